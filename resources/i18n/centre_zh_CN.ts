<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CentreTab</name>
    <message>
        <source>Le&amp;gal name</source>
        <translation>法定名称(&amp;G)</translation>
    </message>
    <message>
        <source>Ser&amp;vice hotline</source>
        <translation>服务热线(&amp;V)</translation>
    </message>
    <message>
        <source>signs and seals every document; empty: the centre&apos;s name</source>
        <translation>用于所有文书的落款和盖章；留空则用中心名称</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>&amp;Legal name</source>
        <translation>法定名称(&amp;L)</translation>
    </message>
    <message>
        <source>Service &amp;hotline</source>
        <translation>服务热线(&amp;H)</translation>
    </message>
    <message>
        <source>signs and seals every document; empty: the centre&apos;s name</source>
        <translation>用于所有文书的落款和盖章；留空则用中心名称</translation>
    </message>
</context>
</TS>

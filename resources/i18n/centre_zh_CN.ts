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
    <message>
        <source>Printed &amp;documents</source>
        <translation>打印文书(&amp;D)</translation>
    </message>
    <message>
        <source>Work orders in two parts: for the engineer and for the owner (工程联 / 业主联)</source>
        <translation>派工单一式两联：工程联和业主联</translation>
    </message>
    <message>
        <source>Anonymous survey forms: no name or unit printed, and the form promises confidentiality</source>
        <translation>满意度调查表不记名：不打印姓名和房号，表上注明严格保密</translation>
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
<context>
    <name>PrintActions</name>
    <message>
        <source>Take down on (poster)</source>
        <translation>撤除日期（公告）</translation>
    </message>
</context>
</TS>

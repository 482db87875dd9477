<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CallNumber</name>
    <message>
        <source>Number to call:</source>
        <translation>回访电话：</translation>
    </message>
    <message>
        <source>Sho&amp;w the number to call</source>
        <translation>显示回访电话(&amp;W)</translation>
    </message>
    <message>
        <source>Shows the full number for this callback; written to the audit log</source>
        <translation>为本次回访显示完整号码；会记入审计日志</translation>
    </message>
    <message>
        <source>no number on record</source>
        <translation>没有登记电话</translation>
    </message>
</context>
<context>
    <name>CallbacksTab</name>
    <message>
        <source>Choose the owner&apos;s rating first.</source>
        <translation>请先选择业主的评价。</translation>
    </message>
</context>
<context>
    <name>HolidaysTab</name>
    <message>
        <source>%1 is already in the table as %2 (%3). Replace it with %4 (%5)?</source>
        <translation>%1 已在表中，为%2（%3）。要改为%4（%5）吗？</translation>
    </message>
</context>
<context>
    <name>SlaTab</name>
    <message>
        <source>%1: %2 is not accepted; give a whole number from 1 to 10000.</source>
        <translation>%1：%2 不可接受，请填写 1 到 10000 之间的整数。</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Labels</name>
    <message>
        <source>Attachment</source>
        <translation>附件</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../../frontdesk/ui/widgets/file_dialogs.py" line="45"/>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/file_dialogs.py" line="47"/>
        <source>%1 file</source>
        <translation>%1 文件</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/file_dialogs.py" line="48"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
</context>
</TS>

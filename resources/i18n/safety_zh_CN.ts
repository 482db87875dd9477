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
    <name>Refusals</name>
    <message>
        <location filename="../../frontdesk/ui/widgets/refusals.py" line="141"/>
        <source>The disk holding %1 is full. Nothing was saved by this action, and nothing saved before is lost or damaged: free some space on that disk and try again.</source>
        <translation>%1 所在的磁盘已满。这次操作没有保存任何内容，之前保存的数据没有丢失，也没有损坏：请清理该磁盘的空间后重试。</translation>
    </message>
    <message>
        <location filename="../../frontdesk/core/errors.py" line="39"/>
        <source>holds {char} at character {at}, which text here may not hold; type it again without it</source>
        <translation>第{at}个字处含有不可用的控制字符{char}，请去掉后重新输入</translation>
    </message>
    <message>
        <source>This full bundle was already used to join another PC. Each new PC joins from a full bundle of its own: export a new one on a PC of the centre (Sync, full bundle).</source>
        <translation>这个完整包已经用于加入另一台电脑。每台新电脑须用自己的完整包加入：请在本中心的一台电脑上重新导出一个（同步 → 完整包）。</translation>
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

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Signed work order (返单)</source>
        <translation>签字返单</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>现场照片</translation>
    </message>
    <message>
        <source>Letter received</source>
        <translation>来函</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Attach a &amp;file…</source>
        <translation>添加附件(&amp;F)…</translation>
    </message>
    <message>
        <source>View</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Drop photos or scanned pages here, or attach them with the button</source>
        <translation>把照片或扫描件拖到这里，或用按钮添加</translation>
    </message>
    <message>
        <source>Attachments (%1)</source>
        <translation>附件（%1）</translation>
    </message>
    <message>
        <source>Attachments: none yet — drop photos or scans here</source>
        <translation>附件：暂无 —— 可把照片或扫描件拖到这里</translation>
    </message>
    <message>
        <source>Attach photos or scans</source>
        <translation>添加照片或扫描件</translation>
    </message>
    <message>
        <source>Pictures and PDF (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.pdf)</source>
        <translation>图片和 PDF (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.pdf)</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>The file of this attachment is not on this computer yet (it arrives with the next sync, or comes back from a backup).</source>
        <translation>此附件的文件还不在本机（下次同步时送达，或从备份恢复）。</translation>
    </message>
    <message>
        <source>Remove the attachment</source>
        <translation>移除附件</translation>
    </message>
    <message>
        <source>Remove %1? It stays in the audit trail.</source>
        <translation>移除“%1”？审计记录中仍会保留。</translation>
    </message>
</context>
<context>
    <name>Viewer</name>
    <message>
        <source>This PDF cannot be shown.</source>
        <translation>无法显示此 PDF。</translation>
    </message>
    <message>
        <source>This picture cannot be shown.</source>
        <translation>无法显示此图片。</translation>
    </message>
    <message>
        <source>Attachment: %1</source>
        <translation>附件：%1</translation>
    </message>
    <message>
        <source>%1 · attached by %2 at %3</source>
        <translation>%1 · %2 于 %3 添加</translation>
    </message>
</context>
<context>
    <name>UnitView</name>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Attachment</source>
        <translation>附件</translation>
    </message>
</context>
</TS>

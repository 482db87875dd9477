<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../frontdesk/ui/about.py" line="31" />
        <source>About frontdesk</source>
        <translation>关于本程序</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/about.py" line="32" />
        <source>Front desk of the property service centre</source>
        <translation>物业服务中心客服前台</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/about.py" line="35" />
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/about.py" line="35" />
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/about.py" line="36" />
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/about.py" line="36" />
        <source>Log file</source>
        <translation>日志文件</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/about.py" line="42" />
        <source>Open the log's folder</source>
        <translation>打开日志所在文件夹</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/about.py" line="66" />
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/about.py" line="67" />
        <source>Version, database, backups and log (F1)</source>
        <translation>版本、数据库、备份与日志（F1）</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../frontdesk/ui/pages/audit.py" line="16" />
        <source>Login</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/audit.py" line="17" />
        <source>Failed login</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/audit.py" line="18" />
        <source>Viewed an ID number</source>
        <translation>查看身份证号</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/audit.py" line="19" />
        <source>Viewed a phone</source>
        <translation>查看电话</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/audit.py" line="20" />
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/audit.py" line="21" />
        <source>Saved a document</source>
        <translation>保存文书</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/audit.py" line="22" />
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/audit.py" line="23" />
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/audit.py" line="24" />
        <source>Setting changed</source>
        <translation>修改设置</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/audit.py" line="25" />
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/audit.py" line="26" />
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/audit.py" line="27" />
        <source>Created</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/audit.py" line="28" />
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/audit.py" line="29" />
        <source>Ticket moved</source>
        <translation>工单流转</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/audit.py" line="30" />
        <source>Anonymised</source>
        <translation>已匿名化</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/audit.py" line="31" />
        <source>Personal data export</source>
        <translation>个人信息导出</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/audit.py" line="35" />
        <source>Centre created</source>
        <translation>创建中心</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/audit.py" line="35" />
        <source>Demo data made</source>
        <translation>生成演示数据</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/audit.py" line="35" />
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/audit.py" line="35" />
        <source>People merged</source>
        <translation>合并住户</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/audit.py" line="35" />
        <source>Note added</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/audit.py" line="35" />
        <source>Call noted</source>
        <translation>记录通话</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/audit.py" line="35" />
        <source>Letter noted</source>
        <translation>记录函件</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/audit.py" line="35" />
        <source>Visit noted</source>
        <translation>记录上门</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/audit.py" line="35" />
        <source>Escalated</source>
        <translation>督办</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/audit.py" line="35" />
        <source>Transferred</source>
        <translation>转交</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/audit.py" line="35" />
        <source>Callback</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/audit.py" line="35" />
        <source>File attached</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/audit.py" line="35" />
        <source>Attachment removed</source>
        <translation>删除附件</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/audit.py" line="35" />
        <source>Category added</source>
        <translation>新增分类</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/audit.py" line="35" />
        <source>Category removed</source>
        <translation>删除分类</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/audit.py" line="35" />
        <source>Holiday set</source>
        <translation>设置节假日</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/audit.py" line="35" />
        <source>Holiday removed</source>
        <translation>删除节假日</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/audit.py" line="35" />
        <source>Official holidays copied</source>
        <translation>导入法定节假日</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/audit.py" line="35" />
        <source>Inspection planned</source>
        <translation>生成巡检单</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/audit.py" line="35" />
        <source>Inspection entered</source>
        <translation>录入巡检单</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/audit.py" line="35" />
        <source>Inspection entered again</source>
        <translation>重新录入巡检单</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/audit.py" line="35" />
        <source>Centre key shown</source>
        <translation>查看中心密钥</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/audit.py" line="35" />
        <source>Head office key trusted</source>
        <translation>信任总部密钥</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/audit.py" line="35" />
        <source>Sync export</source>
        <translation>同步导出</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/audit.py" line="35" />
        <source>Sync import</source>
        <translation>同步导入</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/audit.py" line="35" />
        <source>Terminal joined</source>
        <translation>终端加入</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/audit.py" line="35" />
        <source>Terminal renewed after a restore</source>
        <translation>恢复备份后终端重新登记</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/audit.py" line="35" />
        <source>Sync conflict settled</source>
        <translation>处理同步冲突</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/audit.py" line="35" />
        <source>%1 (refused)</source>
        <translation>%1（被拒绝）</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/audit.py" line="35" />
        <source>attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/audit.py" line="35" />
        <source>inspection sheet</source>
        <translation>巡检单</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/audit.py" line="35" />
        <source>survey</source>
        <translation>满意度调查</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/audit.py" line="35" />
        <source>survey form</source>
        <translation>调查表</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/audit.py" line="35" />
        <source>terminal</source>
        <translation>终端</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/audit.py" line="35" />
        <source>sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/audit.py" line="35" />
        <source>bundle</source>
        <translation>数据包</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/audit.py" line="34" />
        <source>ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/audit.py" line="34" />
        <source>unit</source>
        <translation>房屋</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/audit.py" line="35" />
        <source>person</source>
        <translation>住户</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/audit.py" line="35" />
        <source>staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/audit.py" line="36" />
        <source>setting</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/audit.py" line="36" />
        <source>audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/audit.py" line="37" />
        <source>category</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/audit.py" line="37" />
        <source>holiday</source>
        <translation>节假日</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/audit.py" line="38" />
        <source>standard answer</source>
        <translation>常用答复</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/audit.py" line="39" />
        <source>template</source>
        <translation>文书模板</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/audit.py" line="40" />
        <source>document</source>
        <translation>文书</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/audit.py" line="42" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/audit.py" line="42" />
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/audit.py" line="43" />
        <source>Action</source>
        <translation>动作</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/audit.py" line="43" />
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/audit.py" line="44" />
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/audit.py" line="53" />
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/audit.py" line="82" />
        <source>(the program)</source>
        <translation>（程序自动）</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/audit.py" line="149" />
        <source>&amp;Who</source>
        <translation>操作人(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/audit.py" line="149" />
        <source>&amp;Action</source>
        <translation>动作(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/audit.py" line="149" />
        <source>&amp;Record</source>
        <translation>记录(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/audit.py" line="150" />
        <source>&amp;From</source>
        <translation>从(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/audit.py" line="150" />
        <source>&amp;To</source>
        <translation>到(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/audit.py" line="152" />
        <source>Ticket number, unit, name …</source>
        <translation>工单号、房号、姓名 …</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/audit.py" line="153" />
        <source>&amp;Search</source>
        <translation>查询(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/audit.py" line="154" />
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/audit.py" line="163" />
        <source>Anyone</source>
        <translation>全部人员</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/audit.py" line="167" />
        <source>Any</source>
        <translation>全部动作</translation>
    </message>
    <message numerus="yes">
        <location filename="../../frontdesk/ui/pages/audit.py" line="193" />
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n 条</numerusform></translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/audit.py" line="202" />
        <location filename="../../frontdesk/ui/pages/audit.py" line="209" />
        <location filename="../../frontdesk/ui/pages/audit.py" line="212" />
        <source>Export the audit log</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/audit.py" line="203" />
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/audit.py" line="213" />
        <source>%1 row(s) written to %2</source>
        <translation>已将 %1 条写入 %2</translation>
    </message>
</context>
<context>
    <name>AutoBackup</name>
    <message>
        <location filename="../../frontdesk/ui/autobackup.py" line="63" />
        <source>The database is damaged</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/autobackup.py" line="64" />
        <source>The check of %1 found damage (%2). Nothing more can be saved in it. Restart now to restore the newest good backup (the damaged file is kept aside)?</source>
        <translation>检查发现 %1 已损坏（%2）。其中不能再保存任何内容。现在重新启动以恢复最新的完好备份吗（损坏的文件会另存）？</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/autobackup.py" line="69" />
        <source>&amp;Restart now</source>
        <translation>现在重新启动(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/autobackup.py" line="70" />
        <source>&amp;Later</source>
        <translation>稍后(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/autobackup.py" line="82" />
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/autobackup.py" line="83" />
        <source>Today's automatic backup was not made: %1</source>
        <translation>今天的自动备份没有完成：%1</translation>
    </message>
    <message>
        <source>Backing up today's work…</source>
        <translation>正在备份今天的数据…</translation>
    </message>
</context>
<context>
    <name>BackupBanner</name>
    <message>
        <location filename="../../frontdesk/ui/widgets/backup_banner.py" line="48" />
        <source>The backup folder %1 is missing: plug in the backup disk or USB stick, or choose another folder (Settings → Backups).</source>
        <translation>备份文件夹 %1 不存在：请插上备份硬盘或U盘，或另选文件夹（设置 → 备份）。</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/backup_banner.py" line="51" />
        <source>There is no backup yet in %1: make one now (Settings → Backups).</source>
        <translation>%1 中还没有备份：请现在备份（设置 → 备份）。</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/backup_banner.py" line="53" />
        <source>The last good backup is from %1, more than two days ago: check the backup folder %2 (Settings → Backups).</source>
        <translation>最近一次完好的备份是 %1，已超过两天：请检查备份文件夹 %2（设置 → 备份）。</translation>
    </message>
</context>
<context>
    <name>BackupTab</name>
    <message>
        <location filename="../../frontdesk/ui/admin/backup_tab.py" line="89" />
        <location filename="../../frontdesk/ui/admin/backup_tab.py" line="156" />
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/backup_tab.py" line="92" />
        <source>Backup &amp;folder</source>
        <translation>备份文件夹(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/backup_tab.py" line="93" />
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/backup_tab.py" line="94" />
        <source>Empty: the backups folder beside the database</source>
        <translation>留空：数据库旁边的 backups 文件夹</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/backup_tab.py" line="95" />
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/backup_tab.py" line="96" />
        <source>daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/backup_tab.py" line="96" />
        <source>weekly</source>
        <translation>每周</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/backup_tab.py" line="96" />
        <source>monthly</source>
        <translation>每月</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/backup_tab.py" line="98" />
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/backup_tab.py" line="99" />
        <source>Anonymise &amp;after</source>
        <translation>匿名化期限(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/backup_tab.py" line="100" />
        <source> years</source>
        <translation> 年</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/backup_tab.py" line="101" />
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/backup_tab.py" line="102" />
        <source>People who left more than this many years ago become 已匿名 (their tickets stay); checked once a day. Personal data law (PIPL).</source>
        <translation>迁出超过此年限的住户将变为“已匿名”（其工单保留）；每天检查一次。依据《个人信息保护法》。</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/backup_tab.py" line="104" />
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/backup_tab.py" line="105" />
        <source>&amp;Restore the selected backup…</source>
        <translation>恢复所选备份(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/backup_tab.py" line="106" />
        <source>Restore from a f&amp;ile…</source>
        <translation>从文件恢复(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/backup_tab.py" line="107" />
        <source>Made at</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/backup_tab.py" line="107" />
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/backup_tab.py" line="107" />
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/backup_tab.py" line="120" />
        <source>start of the day</source>
        <translation>每日首次启动</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/backup_tab.py" line="120" />
        <source>at close</source>
        <translation>关闭时</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/backup_tab.py" line="120" />
        <source>by hand</source>
        <translation>手动</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/backup_tab.py" line="125" />
        <source>before an upgrade</source>
        <translation>升级之前</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/backup_tab.py" line="132" />
        <source>The backup folder %1 is missing (a USB stick not plugged in?).</source>
        <translation>备份文件夹 %1 不存在（U盘没有插上？）。</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/backup_tab.py" line="134" />
        <source>No backup in %1 yet.</source>
        <translation>%1 中还没有备份。</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/backup_tab.py" line="136" />
        <source>Last good backup: %2, in %1.</source>
        <translation>最近一次完好的备份：%2，位于 %1。</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/backup_tab.py" line="143" />
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/backup_tab.py" line="170" />
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/backup_tab.py" line="185" />
        <source>Restore from a file</source>
        <translation>从文件恢复</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/backup_tab.py" line="186" />
        <source>Backups (*.db);;All files (*)</source>
        <translation>备份 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/backup_tab.py" line="198" />
        <location filename="../../frontdesk/ui/admin/backup_tab.py" line="205" />
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/backup_tab.py" line="201" />
        <source>Restore the backup of %1 (%2 tickets)?

Changes made after %1 will be missing from the restored data; the current data is kept aside first. The window closes and the program reopens on the restored data at the login.</source>
        <translation>恢复 %1 的备份（%2 张工单）吗？

恢复后的数据中将没有 %1 之后所做的修改；当前数据会先另存一份。窗口将关闭，程序在恢复后的数据上重新打开并要求登录。</translation>
    </message>
</context>
<context>
    <name>IntakeDraft</name>
    <message>
        <location filename="../../frontdesk/ui/intake_draft.py" line="160" />
        <source>An intake typed at %1 was not saved (the program was closed or the power went off). Bring it back to finish it?</source>
        <translation>%1 录入的一条登记没有保存（程序被关闭或断电）。要找回并继续填写吗？</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/intake_draft.py" line="162" />
        <source>&amp;Bring it back</source>
        <translation>找回(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/intake_draft.py" line="163" />
        <source>D&amp;iscard</source>
        <translation>放弃(&amp;I)</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <location filename="../../frontdesk/ui/privacy_actions.py" line="20" />
        <source>What we hold…</source>
        <translation>个人信息导出…</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/privacy_actions.py" line="21" />
        <source>Export everything the centre holds about this person (a request under PIPL)</source>
        <translation>导出中心保存的此人全部信息（依《个人信息保护法》的查询请求）</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/privacy_actions.py" line="32" />
        <location filename="../../frontdesk/ui/privacy_actions.py" line="40" />
        <location filename="../../frontdesk/ui/privacy_actions.py" line="43" />
        <source>What we hold about this person</source>
        <translation>中心保存的此人信息</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/privacy_actions.py" line="34" />
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/privacy_actions.py" line="44" />
        <source>Written to %1</source>
        <translation>已写入 %1</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../frontdesk/ui/recovery.py" line="54" />
        <source>The database needs attention</source>
        <translation>数据库需要处理</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/recovery.py" line="55" />
        <source>The centre's database is damaged</source>
        <translation>中心的数据库已损坏</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/recovery.py" line="56" />
        <source>opening</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/recovery.py" line="56" />
        <source>integrity</source>
        <translation>完整性</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/recovery.py" line="58" />
        <source>The file %1 did not pass the %2 check at start (%3). Working on in it could lose more; it will not be changed.</source>
        <translation>文件 %1 在启动时没有通过%2检查（%3）。继续在其中工作可能丢失更多数据；程序不会改动它。</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/recovery.py" line="64" />
        <source>The newest good backup is from %1 (%2 tickets). Restoring it brings the data back as it was then: changes made after %1 will be missing. The damaged file is kept aside in %3.</source>
        <translation>最新的完好备份是 %1 的（%2 张工单）。恢复它会把数据还原到那时：%1 之后所做的修改将会缺失。损坏的文件会另存到 %3。</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/recovery.py" line="70" />
        <source>No good backup was found in %1. Choose a backup file (for example from a USB stick), or quit and ask your administrator.</source>
        <translation>在 %1 中没有找到完好的备份。请选择一个备份文件（例如U盘上的），或退出并联系管理员。</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/recovery.py" line="73" />
        <source>&amp;Restore this backup</source>
        <translation>恢复此备份(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/recovery.py" line="75" />
        <source>&amp;Choose another backup…</source>
        <translation>选择其他备份(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/recovery.py" line="76" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/recovery.py" line="80" />
        <source>Choose a backup</source>
        <translation>选择备份</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/recovery.py" line="81" />
        <source>Backups (*.db);;All files (*)</source>
        <translation>备份 (*.db);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <location filename="../../frontdesk/ui/widgets/counter_refusals.py" line="8" />
        <source>change the centre's settings</source>
        <translation>修改中心设置</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/counter_refusals.py" line="9" />
        <source>create or change staff accounts</source>
        <translation>新建或修改员工账号</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/counter_refusals.py" line="10" />
        <source>make a backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/counter_refusals.py" line="11" />
        <source>restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/counter_refusals.py" line="12" />
        <source>change where and how long backups are kept</source>
        <translation>修改备份的位置和保留期限</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/counter_refusals.py" line="13" />
        <source>export unmasked phones and ID numbers</source>
        <translation>导出不打码的电话和身份证号</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/counter_refusals.py" line="14" />
        <source>see a full ID number or phone</source>
        <translation>查看完整的身份证号或电话</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/counter_refusals.py" line="15" />
        <source>read the audit log</source>
        <translation>查看审计日志</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/counter_refusals.py" line="16" />
        <source>export what the centre holds about a person</source>
        <translation>导出中心保存的某人信息</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/counter_refusals.py" line="17" />
        <source>anonymise the people who left</source>
        <translation>将已迁出住户匿名化</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/counter_refusals.py" line="18" />
        <source>change categories, holidays or document templates</source>
        <translation>修改分类、节假日或文书模板</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/counter_refusals.py" line="19" />
        <source>add, change or delete standard answers</source>
        <translation>新增、修改或删除常用答复</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/counter_refusals.py" line="20" />
        <source>escalate a ticket (督办)</source>
        <translation>督办工单</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/counter_refusals.py" line="21" />
        <source>transfer a ticket's ownership</source>
        <translation>转交工单的首问责任</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/counter_refusals.py" line="22" />
        <source>record a callback</source>
        <translation>登记回访</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/counter_refusals.py" line="40" />
        <source> or </source>
        <translation>或</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/counter_refusals.py" line="41" />
        <source>A %1 may not %2: only %3 may.</source>
        <translation>%1不能%2：只有%3可以。</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/counter_refusals.py" line="48" />
        <source>%1 holds no centre (no centre name or no administrator); choose another backup.</source>
        <translation>%1 中没有中心（没有中心名称或管理员）；请选择其他备份。</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/counter_refusals.py" line="51" />
        <source>%1 is not a frontdesk backup.</source>
        <translation>%1 不是本程序的备份。</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/counter_refusals.py" line="53" />
        <source>%1 was made by a newer frontdesk (%2); install the newer program first.</source>
        <translation>%1 是较新版本的程序制作的（%2）；请先安装新版本程序。</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/counter_refusals.py" line="56" />
        <source>%1 is damaged (%2); choose another backup.</source>
        <translation>%1 已损坏（%2）；请选择其他备份。</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/counter_refusals.py" line="59" />
        <source>The database is damaged (%1): no backup was made, and every earlier backup is kept.</source>
        <translation>数据库已损坏（%1）：没有做备份，以前的备份全部保留。</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/counter_refusals.py" line="63" />
        <source>This database was found damaged (%1); nothing was saved. An administrator restores the newest good backup (Settings → Backups).</source>
        <translation>此数据库已被发现损坏（%1）；什么也没有保存。请管理员恢复最新的完好备份（设置 → 备份）。</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/counter_refusals.py" line="67" />
        <source>%1 is a file, not a folder: choose the folder the backups go in.</source>
        <translation>%1 是文件而不是文件夹：请选择存放备份的文件夹。</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/counter_refusals.py" line="70" />
        <source>Several people have this name; choose one by its id (%1).</source>
        <translation>有多人同名；请用编号指定一人（%1）。</translation>
    </message>
</context>
<context>
    <name>Ring</name>
    <message>
        <location filename="../../frontdesk/ui/ring.py" line="34" />
        <source>Call from %1</source>
        <translation>来电 %1</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/ring.py" line="61" />
        <source>Call from %1: a new caller, not in the archive</source>
        <translation>来电 %1：新来电人，档案中没有</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/ring.py" line="64" />
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/ring.py" line="65" />
        <source>%1 (%2), open tickets: %3</source>
        <translation>%1（%2），未结工单：%3</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/ring.py" line="67" />
        <source>Call from %1: %2</source>
        <translation>来电 %1：%2</translation>
    </message>
</context>
<context>
    <name>Start</name>
    <message>
        <location filename="../../frontdesk/ui/app.py" line="80" />
        <source>%1 was made by a newer frontdesk (%2). Install the newer program to open it.</source>
        <translation>%1 是较新版本的程序制作的（%2）。请安装新版本程序后再打开。</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/app.py" line="166" />
        <location filename="../../frontdesk/ui/app.py" line="169" />
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/app.py" line="169" />
        <source>The backup of %1 was restored. The data as it was before is kept in %2. Please log in again.</source>
        <translation>已恢复 %1 的备份。恢复前的数据另存于 %2。请重新登录。</translation>
    </message>
</context>
<context><name>Crash</name><message><location filename="../../frontdesk/ui/crash.py" line="40" /><source>Log file: %1</source><translation>日志文件：%1</translation></message></context></TS>
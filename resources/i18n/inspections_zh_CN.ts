<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>DueStrip</name>
    <message>
        <location filename="../../frontdesk/ui/inspections/hooks.py" line="44" />
        <source>Inspection rounds</source>
        <translation>巡检</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <location filename="../../frontdesk/ui/inspections/entry.py" line="150" />
        <source>Inspected by</source>
        <translation>巡检人</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/inspections/entry.py" line="151" />
        <source>Inspected at</source>
        <translation>巡检时间</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/inspections/entry.py" line="171" />
        <source>Save (Ctrl+S)</source>
        <translation>保存 (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/inspections/entry.py" line="174" />
        <source>Space ticks Abnormal, Enter goes to the next field; Ctrl+S saves.</source>
        <translation>空格勾选“异常”，回车到下一项；Ctrl+S 保存。</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/inspections/entry.py" line="228" />
        <source>%1 finding(s)</source>
        <translation>异常 %1 项</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/inspections/entry.py" line="232" />
        <source>Score %1 / 100</source>
        <translation>得分 %1 / 100</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/inspections/entry.py" line="259" />
        <source>%1: abnormal — say what was found in its remark.</source>
        <translation>%1：已判为异常，请在备注中写明发现的情况。</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/inspections/entry.py" line="262" />
        <source>%1: type a number.</source>
        <translation>%1：请填写数字。</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/inspections/entry.py" line="268" />
        <source>The inspection time is in the future.</source>
        <translation>巡检时间晚于现在。</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/inspections/entry.py" line="275" />
        <source>Abnormal</source>
        <translation>异常</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/inspections/entry.py" line="275" />
        <source>Open repair</source>
        <translation>生成报修</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/inspections/entry.py" line="276" />
        <source>What was found (required)</source>
        <translation>发现的情况（必填）</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/inspections/entry.py" line="276" />
        <source>Remark</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/inspections/entry.py" line="277" />
        <source>Outside %1</source>
        <translation>超出 %1</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../frontdesk/ui/inspections/history.py" line="108" />
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/inspections/history.py" line="108" />
        <source>Round</source>
        <translation>巡检单号</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/inspections/history.py" line="108" />
        <source>Inspector</source>
        <translation>巡检人</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/inspections/history.py" line="109" />
        <source>Findings</source>
        <translation>异常</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/inspections/history.py" line="109" />
        <source>Abnormal items</source>
        <translation>异常项目</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/inspections/history.py" line="110" />
        <source>Trend of</source>
        <translation>趋势：</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/inspections/history.py" line="123" />
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
</context>
<context>
    <name>InspectionTemplatesTab</name>
    <message>
        <location filename="../../frontdesk/ui/admin/inspections_tab.py" line="36" />
        <source>Inspection templates</source>
        <translation>巡检模板</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/inspections_tab.py" line="107" />
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/inspections_tab.py" line="107" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/inspections_tab.py" line="107" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/inspections_tab.py" line="107" />
        <source>Area (score sheets)</source>
        <translation>评分区域（评分表）</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/inspections_tab.py" line="108" />
        <source>Places (one a line; {building} = each building)</source>
        <translation>巡检地点（每行一个；{building} 表示每栋楼）</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/inspections_tab.py" line="108" />
        <source>Frequency</source>
        <translation>频次</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/inspections_tab.py" line="109" />
        <source>Passes per sheet</source>
        <translation>每表巡检次数</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/inspections_tab.py" line="109" />
        <source>Extra fields on the sheet (、)</source>
        <translation>表头附加栏（用、分隔）</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/inspections_tab.py" line="110" />
        <source>Repair category of findings</source>
        <translation>异常报修类别</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/inspections_tab.py" line="119" />
        <source> th (31 = month end)</source>
        <translation> 日（31 = 月末）</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/inspections_tab.py" line="120" />
        <source>every </source>
        <translation>每 </translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/inspections_tab.py" line="121" />
        <source> days from</source>
        <translation> 天，起始</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/inspections_tab.py" line="122" />
        <source>Item</source>
        <translation>巡检项目</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/inspections_tab.py" line="122" />
        <source>Standard</source>
        <translation>标准 / 要求</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/inspections_tab.py" line="122" />
        <source>Judged by</source>
        <translation>判定方式</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/inspections_tab.py" line="123" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/inspections_tab.py" line="123" />
        <source>Min</source>
        <translation>下限</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/inspections_tab.py" line="123" />
        <source>Max</source>
        <translation>上限</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/inspections_tab.py" line="123" />
        <source>Weight</source>
        <translation>分值</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/inspections_tab.py" line="124" />
        <source>New template</source>
        <translation>新建模板</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/inspections_tab.py" line="125" />
        <source>Add item</source>
        <translation>添加项目</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/inspections_tab.py" line="126" />
        <source>Remove item</source>
        <translation>删除项目</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/inspections_tab.py" line="127" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/inspections_tab.py" line="128" />
        <source>Reset to shipped</source>
        <translation>恢复默认</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/inspections_tab.py" line="219" />
        <source>New inspection sheet</source>
        <translation>新巡检表</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/inspections_tab.py" line="266" />
        <source>Saved %1.</source>
        <translation>已保存（%1）。</translation>
    </message>
</context>
<context>
    <name>InspectionWords</name>
    <message>
        <location filename="../../frontdesk/ui/inspections/words.py" line="9" />
        <source>Upcoming</source>
        <translation>未到</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/inspections/words.py" line="10" />
        <source>Due today</source>
        <translation>今日应检</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/inspections/words.py" line="11" />
        <source>Late</source>
        <translation>逾期未检</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/inspections/words.py" line="12" />
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/inspections/words.py" line="13" />
        <source>Missed</source>
        <translation>漏检</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/inspections/words.py" line="15" />
        <source>Daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/inspections/words.py" line="16" />
        <source>Weekly</source>
        <translation>每周</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/inspections/words.py" line="17" />
        <source>Monthly</source>
        <translation>每月</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/inspections/words.py" line="18" />
        <source>Every N days</source>
        <translation>每 N 天</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/inspections/words.py" line="19" />
        <source>Normal / abnormal</source>
        <translation>正常 / 异常</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/inspections/words.py" line="20" />
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/inspections/words.py" line="21" />
        <source>Reading</source>
        <translation>读数</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/inspections/words.py" line="22" />
        <source>Equipment</source>
        <translation>设备巡检</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/inspections/words.py" line="23" />
        <source>Service-quality score sheet</source>
        <translation>服务质量评分表</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/inspections/words.py" line="24" />
        <source>Also on holidays</source>
        <translation>节假日照常</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/inspections/words.py" line="25" />
        <source>Not on holidays</source>
        <translation>节假日不检</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/inspections/words.py" line="26" />
        <source>Next working day</source>
        <translation>顺延至下一工作日</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/inspections/hooks.py" line="76" />
        <source>Inspection rounds: %1 of %2 done (%3%); missed %4</source>
        <translation>巡检：应检 %2 次，已检 %1 次（%3%），漏检 %4 次</translation>
    </message>
</context>
<context>
    <name>InspectionsPage</name>
    <message>
        <location filename="../../frontdesk/ui/pages/inspections.py" line="40" />
        <source>Inspections</source>
        <translation>巡检</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/inspections.py" line="102" />
        <source>Rounds of</source>
        <translation>巡检日期</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/inspections.py" line="103" />
        <source>Round number from the sheet (type or scan), Enter</source>
        <translation>输入或扫描巡检单号，回车录入</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/inspections.py" line="104" />
        <source>Enter sheet (Enter)</source>
        <translation>录入巡检单 (Enter)</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/inspections.py" line="105" />
        <source>Print sheet (Ctrl+P)</source>
        <translation>打印巡检表 (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/inspections.py" line="124" />
        <source>(missed: in the last 7 days)</source>
        <translation>（漏检：近 7 天）</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/inspections.py" line="136" />
        <source>Service quality by area (score / 100, against the month before): %1</source>
        <translation>服务质量评分（满分 100，与上月比）：%1</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/inspections.py" line="137" />
        <source>no score sheets yet</source>
        <translation>尚无评分表</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/inspections.py" line="185" />
        <source>%1 saved: %2 finding(s).</source>
        <translation>%1 已保存：异常 %2 项。</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/inspections.py" line="187" />
        <source>Repair tickets opened: %1</source>
        <translation>已生成报修工单：%1</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/inspections.py" line="210" />
        <source>Print sheet</source>
        <translation>打印巡检表</translation>
    </message>
</context>
<context>
    <name>RoundLink</name>
    <message>
        <location filename="../../frontdesk/ui/inspections/hooks.py" line="64" />
        <source>Inspection round %1: %2</source>
        <translation>巡检单 %1：%2</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/inspections/hooks.py" line="65" />
        <source>From inspection round %1 (%2, %3: %4)</source>
        <translation>来自巡检单 %1（%2，%3：%4）</translation>
    </message>
</context>
<context>
    <name>RoundsModel</name>
    <message>
        <location filename="../../frontdesk/ui/inspections/model.py" line="16" />
        <source>(%1 open)</source>
        <translation>（%1 项未关闭）</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/inspections/model.py" line="16" />
        <source>(closed)</source>
        <translation>（已关闭）</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/inspections/model.py" line="18" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/inspections/model.py" line="18" />
        <source>Due</source>
        <translation>应检日</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/inspections/model.py" line="19" />
        <source>Sheet</source>
        <translation>巡检表</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/inspections/model.py" line="19" />
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/inspections/model.py" line="20" />
        <source>Round</source>
        <translation>巡检单号</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/inspections/model.py" line="20" />
        <source>Inspector</source>
        <translation>巡检人</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/inspections/model.py" line="21" />
        <source>Findings · score</source>
        <translation>异常 · 得分</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../../frontdesk/ui/inspections/history.py" line="42" />
        <source>No readings yet</source>
        <translation>暂无读数</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Inspections</source>
        <translation>巡检</translation>
    </message>
</context>
</TS>
<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>HqView</name>
    <message>
        <location filename="../../frontdesk/ui/hq_view.py" line="27" />
        <source>Rank</source>
        <extracomment>The window's columns: (key in a report row, English header translated in context HqView, kind).</extracomment>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/hq_view.py" line="28" />
        <source>Centre</source>
        <translation>服务中心</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/hq_view.py" line="29" />
        <source>Intakes</source>
        <translation>登记</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/hq_view.py" line="31" />
        <source>Intakes vs last month</source>
        <translation>登记环比</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/hq_view.py" line="32" />
        <source>Timely (month)</source>
        <translation>当月及时完成率</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/hq_view.py" line="33" />
        <location filename="../../frontdesk/ui/hq_view.py" line="36" />
        <location filename="../../frontdesk/ui/hq_view.py" line="39" />
        <source>Change (points)</source>
        <translation>环比（百分点）</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/hq_view.py" line="34" />
        <source>Timely (year to date)</source>
        <translation>累计及时完成率</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/hq_view.py" line="35" />
        <source>Callback satisfaction</source>
        <translation>回访满意率</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/hq_view.py" line="37" />
        <source>Repeat complaints</source>
        <translation>二次投诉</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/hq_view.py" line="38" />
        <source>Complaints from late repair</source>
        <translation>维修不及时投诉占比</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/hq_view.py" line="40" />
        <source>Survey index</source>
        <translation>满意度指数</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/hq_view.py" line="41" />
        <source>Targets met</source>
        <translation>达标项数</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/hq_view.py" line="44" />
        <source>Group total</source>
        <extracomment>Words the models look up by text (translated in context HqView).</extracomment>
        <translation>集团合计</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/hq_view.py" line="44" />
        <source>Target met</source>
        <translation>达标</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/hq_view.py" line="45" />
        <source>Target missed</source>
        <translation>未达标</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/hq_view.py" line="49" />
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/hq_view.py" line="49" />
        <source>Received</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/hq_view.py" line="50" />
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/hq_view.py" line="50" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/hq_view.py" line="51" />
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/hq_view.py" line="51" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/hq_view.py" line="52" />
        <source>Due</source>
        <translation>时限</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/hq_view.py" line="52" />
        <source>Met at</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/hq_view.py" line="53" />
        <source>Rating</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/hq_view.py" line="54" />
        <source>Description</source>
        <translation>内容</translation>
    </message>
</context>
<context>
    <name>HqWindow</name>
    <message>
        <location filename="../../frontdesk/ui/hq_view.py" line="297" />
        <source>Head office — group report</source>
        <translation>总部 — 集团月度对比</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/hq_view.py" line="298" />
        <source>Month:</source>
        <translation>月份：</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/hq_view.py" line="299" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/hq_view.py" line="300" />
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/hq_view.py" line="301" />
        <source>Tickets of a centre</source>
        <translation>中心工单</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/hq_view.py" line="317" />
        <source>Computing the group report…</source>
        <translation>正在计算集团报表…</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/hq_view.py" line="336" />
        <source>Centres: %1; intakes in the group: %2</source>
        <translation>服务中心 %1 个；集团登记 %2 件</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/hq_view.py" line="345" />
        <source>Timely completion (month), target 60%</source>
        <translation>当月维修及时完成率（目标 60%）</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/hq_view.py" line="347" />
        <source>Callback satisfaction, target 85%</source>
        <translation>回访满意率（目标 85%）</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/hq_view.py" line="349" />
        <source>Intakes</source>
        <translation>登记</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/hq_view.py" line="353" />
        <source>%1 — tickets received in %2: %3</source>
        <translation>%1 — %2 登记的工单：%3 件</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/hq_view.py" line="356" />
        <source>Double-click a centre to list its tickets of the month.</source>
        <translation>双击一个服务中心，列出它本月的工单。</translation>
    </message>
</context>
</TS>
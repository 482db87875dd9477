<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CallbacksTab</name>
    <message>
        <location filename="../../frontdesk/ui/reports/callbacks.py" line="109"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/callbacks.py" line="109"/>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/callbacks.py" line="109"/>
        <source>Person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/callbacks.py" line="110"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/callbacks.py" line="110"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/callbacks.py" line="110"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/callbacks.py" line="111"/>
        <source>Owner told</source>
        <translation>告知业主</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/callbacks.py" line="111"/>
        <source>Callback due</source>
        <translation>回访期限</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/callbacks.py" line="112"/>
        <source>Tries</source>
        <translation>已试次数</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/callbacks.py" line="112"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/callbacks.py" line="116"/>
        <source>The owner&apos;s rating:</source>
        <translation>业主评价：</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/callbacks.py" line="117"/>
        <source>Comment:</source>
        <translation>意见：</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/callbacks.py" line="118"/>
        <source>Reached: save the rating</source>
        <translation>已接通：保存评价</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/callbacks.py" line="119"/>
        <source>Not reached</source>
        <translation>未接通</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/callbacks.py" line="120"/>
        <source>Print the callback letter</source>
        <translation>打印回访函</translation>
    </message>
    <message numerus="yes">
        <location filename="../../frontdesk/ui/reports/callbacks.py" line="121"/>
        <location filename="../../frontdesk/ui/reports/callbacks.py" line="146"/>
        <source>%n ticket(s) waiting for the callback</source>
        <translation>
            <numerusform>%n 件待回访</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/callbacks.py" line="168"/>
        <source>Nothing to call back.</source>
        <translation>没有待回访的工单。</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/callbacks.py" line="194"/>
        <source>Callback</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/callbacks.py" line="198"/>
        <source>%1: not reached (try %2).</source>
        <translation>%1：未接通（第 %2 次）。</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/callbacks.py" line="201"/>
        <source>%1: unsatisfied, reopened; a note went to the first responder %2.</source>
        <translation>%1：不满意，已重新处理，并已留言给首问责任人 %2。</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/callbacks.py" line="204"/>
        <source>%1: callback recorded, ticket closed.</source>
        <translation>%1：回访已记录，工单关闭。</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/callbacks.py" line="209"/>
        <source>Three tries failed: print the callback letter.</source>
        <translation>已三次未接通：请打印回访函。</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/callbacks.py" line="220"/>
        <source>Callback letter</source>
        <translation>回访函</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/callbacks.py" line="221"/>
        <source>Printing is not available in this build; use: frontdesk print callback-letter --ticket %1 --out FILE.pdf</source>
        <translation>此版本不能打印；请使用：frontdesk print callback-letter --ticket %1 --out 文件.pdf</translation>
    </message>
</context>
<context>
    <name>DailyLogTab</name>
    <message>
        <location filename="../../frontdesk/ui/reports/daily_log.py" line="60"/>
        <source>Day:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/daily_log.py" line="61"/>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/daily_log.py" line="62"/>
        <source>Export XLSX</source>
        <translation>导出 XLSX</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/daily_log.py" line="63"/>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/daily_log.py" line="64"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/daily_log.py" line="64"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/daily_log.py" line="64"/>
        <source>Channel</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/daily_log.py" line="65"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/daily_log.py" line="65"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/daily_log.py" line="65"/>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/daily_log.py" line="66"/>
        <source>Person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/daily_log.py" line="66"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/daily_log.py" line="66"/>
        <source>Description</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/daily_log.py" line="67"/>
        <source>First responder</source>
        <translation>首问责任人</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/daily_log.py" line="67"/>
        <source>Handler</source>
        <translation>处理人</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/daily_log.py" line="68"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/daily_log.py" line="68"/>
        <source>Deadline</source>
        <translation>时限</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/daily_log.py" line="68"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/daily_log.py" line="69"/>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/daily_log.py" line="97"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/daily_log.py" line="98"/>
        <source>(%1)</source>
        <translation>（%1）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../frontdesk/ui/reports/daily_log.py" line="99"/>
        <source>%n intake(s)</source>
        <translation>
            <numerusform>共 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/daily_log.py" line="112"/>
        <source>Export the daily log</source>
        <translation>导出来电来访登记台账</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/daily_log.py" line="116"/>
        <source>Exporting the daily log</source>
        <translation>正在导出登记台账</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/daily_log.py" line="118"/>
        <source>Exported %1 rows to %2</source>
        <translation>已导出 %1 行到 %2</translation>
    </message>
</context>
<context>
    <name>MonthlyTab</name>
    <message>
        <location filename="../../frontdesk/ui/reports/monthly.py" line="129"/>
        <source>Month:</source>
        <translation>月份：</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/monthly.py" line="130"/>
        <source>Show</source>
        <translation>查看</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/monthly.py" line="131"/>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/monthly.py" line="135"/>
        <source>Pick a month and press Show.</source>
        <translation>请选择月份，然后点“查看”。</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/monthly.py" line="148"/>
        <source>Computing the monthly analysis</source>
        <translation>正在计算月度分析</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/monthly.py" line="156"/>
        <source>Monthly analysis %1: %2 intakes</source>
        <translation>%1 月度分析：登记 %2 件</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/monthly.py" line="160"/>
        <location filename="../../frontdesk/ui/reports/monthly.py" line="163"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/monthly.py" line="160"/>
        <source>Due this month</source>
        <translation>本月到期</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/monthly.py" line="160"/>
        <source>Met in time</source>
        <translation>按时完成</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/monthly.py" line="160"/>
        <source>Rate</source>
        <translation>及时率</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/monthly.py" line="162"/>
        <source>All</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/monthly.py" line="163"/>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/monthly.py" line="163"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/monthly.py" line="163"/>
        <source>Count</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/monthly.py" line="163"/>
        <source>Keywords</source>
        <translation>常见关键词</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/monthly.py" line="167"/>
        <source>Intake by type</source>
        <translation>按类型登记量</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/monthly.py" line="169"/>
        <source>Intake by channel</source>
        <translation>按渠道登记量</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/monthly.py" line="171"/>
        <source>Bldg %1</source>
        <translation>%1栋</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/monthly.py" line="173"/>
        <source>Intake by building</source>
        <translation>按楼栋登记量</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/monthly.py" line="177"/>
        <source>Intake per month</source>
        <translation>每月登记量</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/monthly.py" line="179"/>
        <source>Repair timeliness and satisfaction (%)</source>
        <translation>维修及时完成率与回访满意率（%）</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/monthly.py" line="180"/>
        <source>Repair timeliness</source>
        <translation>维修及时完成率</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/monthly.py" line="181"/>
        <source>Callback satisfaction</source>
        <translation>回访满意率</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/monthly.py" line="182"/>
        <source>year target 80%</source>
        <translation>累计目标 80%</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/monthly.py" line="183"/>
        <source>target 85%</source>
        <translation>目标 85%</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/monthly.py" line="185"/>
        <source>Complaints (%)</source>
        <translation>投诉指标（%）</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/monthly.py" line="186"/>
        <source>Caused by late repair</source>
        <translation>维修不及时引起的投诉</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/monthly.py" line="187"/>
        <location filename="../../frontdesk/ui/reports/monthly.py" line="209"/>
        <source>Repeat complaints</source>
        <translation>二次投诉</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/monthly.py" line="188"/>
        <source>limit 5%</source>
        <translation>上限 5%</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/monthly.py" line="196"/>
        <source>met</source>
        <translation>达标</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/monthly.py" line="196"/>
        <source>missed</source>
        <translation>未达标</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/monthly.py" line="199"/>
        <source>Repair timely completion rate</source>
        <translation>维修及时完成率</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/monthly.py" line="201"/>
        <source>Repair timely completion since January</source>
        <translation>累计维修及时完成率（本年）</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/monthly.py" line="203"/>
        <source>Callback satisfaction rate</source>
        <translation>回访满意率</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/monthly.py" line="206"/>
        <source>Complaints caused by late repair</source>
        <translation>维修不及时引起的投诉占比</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/monthly.py" line="216"/>
        <source>Measure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/monthly.py" line="216"/>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/monthly.py" line="216"/>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/monthly.py" line="216"/>
        <source>Change</source>
        <translation>环比</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/monthly.py" line="217"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/monthly.py" line="217"/>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/monthly.py" line="221"/>
        <source>%1 pp</source>
        <translation>%1 个百分点</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/monthly.py" line="235"/>
        <source>Export the monthly analysis</source>
        <translation>导出月度分析报告</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/monthly.py" line="239"/>
        <source>Writing the monthly analysis</source>
        <translation>正在生成月度分析报告</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/monthly.py" line="241"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../frontdesk/ui/pages/reports.py" line="37"/>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/reports.py" line="40"/>
        <source>Daily log</source>
        <translation>登记台账</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/reports.py" line="40"/>
        <source>Callbacks</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/reports.py" line="40"/>
        <source>Monthly analysis</source>
        <translation>月度分析</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/reports.py" line="41"/>
        <source>Satisfaction survey</source>
        <translation>满意度调查</translation>
    </message>
</context>
<context>
    <name>SurveyTab</name>
    <message>
        <location filename="../../frontdesk/ui/reports/survey.py" line="108"/>
        <source>Year:</source>
        <translation>年度：</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/survey.py" line="109"/>
        <source>Create this year&apos;s survey</source>
        <translation>创建本年度调查</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/survey.py" line="110"/>
        <source>Export results…</source>
        <translation>导出结果…</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/survey.py" line="111"/>
        <source>Print the forms…</source>
        <translation>打印调查表…</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/survey.py" line="112"/>
        <source>Survey forms per unit are printed from the print centre</source>
        <translation>各户的满意度调查表在“打印”页批量打印</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/survey.py" line="113"/>
        <source>Enter returned forms</source>
        <translation>录入回收的调查表</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/survey.py" line="116"/>
        <source>Unit:</source>
        <translation>房号：</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/survey.py" line="117"/>
        <source>Ten scores (1-5):</source>
        <translation>十项评分（1-5）：</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/survey.py" line="118"/>
        <source>Comment:</source>
        <translation>意见：</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/survey.py" line="119"/>
        <source>Save (Enter)</source>
        <translation>保存（回车）</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/survey.py" line="121"/>
        <source>e.g. 5445354453, in the form&apos;s order</source>
        <translation>如 5445354453，按调查表顺序</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/survey.py" line="122"/>
        <source>Results</source>
        <translation>调查结果</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/survey.py" line="134"/>
        <source>No survey for %1 yet.</source>
        <translation>%1 年度尚未创建调查。</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/survey.py" line="144"/>
        <source>Reliability</source>
        <translation>可靠性</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/survey.py" line="144"/>
        <source>Responsiveness</source>
        <translation>迅速反应</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/survey.py" line="145"/>
        <source>Competence</source>
        <translation>工作水平</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/survey.py" line="145"/>
        <source>Access</source>
        <translation>服务可及性</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/survey.py" line="145"/>
        <source>Courtesy</source>
        <translation>态度</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/survey.py" line="146"/>
        <source>Communication</source>
        <translation>沟通</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/survey.py" line="146"/>
        <source>Credibility</source>
        <translation>信用度</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/survey.py" line="147"/>
        <source>Security</source>
        <translation>安全性</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/survey.py" line="147"/>
        <source>Understanding</source>
        <translation>对业主需求的理解</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/survey.py" line="148"/>
        <source>Tangibles</source>
        <translation>设施与环境</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/survey.py" line="155"/>
        <source>%1 forms entered</source>
        <translation>已录入 %1 份</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/survey.py" line="157"/>
        <source>%1: index %2, satisfied %3 (%4 forms)   %5: index %6, satisfied %7 (%8 forms)</source>
        <translation>%1 年：满意度指数 %2，满意率 %3（%4 份）&#x3000;&#x3000;%5 年：满意度指数 %6，满意率 %7（%8 份）</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/survey.py" line="161"/>
        <source>Element</source>
        <translation>要素</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/survey.py" line="161"/>
        <location filename="../../frontdesk/ui/reports/survey.py" line="162"/>
        <source>Mean %1</source>
        <translation>%1 平均分</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/survey.py" line="161"/>
        <location filename="../../frontdesk/ui/reports/survey.py" line="162"/>
        <location filename="../../frontdesk/ui/reports/survey.py" line="168"/>
        <source>Index %1</source>
        <translation>%1 指数</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/survey.py" line="165"/>
        <source>Property type</source>
        <translation>物业类型</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/survey.py" line="166"/>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/survey.py" line="167"/>
        <location filename="../../frontdesk/ui/reports/survey.py" line="168"/>
        <source>Forms %1</source>
        <translation>%1 答卷</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/survey.py" line="167"/>
        <source>Index</source>
        <translation>指数</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/survey.py" line="167"/>
        <source>Satisfied</source>
        <translation>满意率</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/survey.py" line="178"/>
        <source>Survey</source>
        <translation>满意度调查</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/survey.py" line="197"/>
        <source>Saved %1: %2</source>
        <translation>已保存 %1：%2</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/survey.py" line="211"/>
        <location filename="../../frontdesk/ui/reports/survey.py" line="215"/>
        <source>Export the survey results</source>
        <translation>导出调查结果</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/reports/survey.py" line="216"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AnswersPanel</name>
    <message>
        <location filename="../../frontdesk/ui/widgets/answers_panel.py" line="52"/>
        <source>Standard answers</source>
        <translation>常用答复</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/answers_panel.py" line="53"/>
        <source>Search the answers</source>
        <translation>搜索答复</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/answers_panel.py" line="54"/>
        <source>Use th&amp;is answer</source>
        <translation>采用此答复(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/answers_panel.py" line="70"/>
        <source>Standard answers are not available yet.</source>
        <translation>常用答复暂不可用。</translation>
    </message>
</context>
<context>
    <name>CallbackDialog</name>
    <message>
        <location filename="../../frontdesk/ui/ticket_dialogs.py" line="64"/>
        <source>Callback %1</source>
        <translation>回访 %1</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/ticket_dialogs.py" line="65"/>
        <source>Owner &amp;reached</source>
        <translation>已联系上业主(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/ticket_dialogs.py" line="73"/>
        <source>Unsatisfied reopens the ticket for more work.</source>
        <translation>选择“不满意”将重新处理该工单。</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/ticket_dialogs.py" line="76"/>
        <source>R&amp;ating</source>
        <translation>满意度(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/ticket_dialogs.py" line="77"/>
        <source>&amp;Comment</source>
        <translation>意见(&amp;C)</translation>
    </message>
</context>
<context>
    <name>DispatchDialog</name>
    <message>
        <location filename="../../frontdesk/ui/ticket_dialogs.py" line="39"/>
        <source>Dispatch %1</source>
        <translation>派单 %1</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/ticket_dialogs.py" line="43"/>
        <source>%1 (no named person)</source>
        <translation>%1（不指定人员）</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/ticket_dialogs.py" line="51"/>
        <source>What to do, when the owner is at home</source>
        <translation>要做什么、业主何时在家</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/ticket_dialogs.py" line="52"/>
        <source>&amp;Handler</source>
        <translation>处理人(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/ticket_dialogs.py" line="53"/>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
</context>
<context>
    <name>EventsModel</name>
    <message>
        <location filename="../../frontdesk/ui/models/events.py" line="44"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/models/events.py" line="44"/>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/models/events.py" line="44"/>
        <source>Who</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/models/events.py" line="44"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/models/events.py" line="66"/>
        <source>not reached (try %1)</source>
        <translation>未联系上（第%1次）</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/models/events.py" line="70"/>
        <source>repeat of %1</source>
        <translation>二次投诉，前次 %1</translation>
    </message>
</context>
<context>
    <name>GlobalSearch</name>
    <message>
        <location filename="../../frontdesk/ui/search_box.py" line="103"/>
        <source>Search: unit 3-2-1202, name, phone or last 4 digits, zsf, ticket no.</source>
        <translation>搜索：房号 3-2-1202、姓名、电话或尾号后四位、拼音首字母 zsf、工单号</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/search_box.py" line="104"/>
        <source>Ctrl+F. Up/Down choose, Enter opens, Esc closes</source>
        <translation>Ctrl+F。上下键选择，回车打开，Esc 关闭</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../frontdesk/ui/labels.py" line="7"/>
        <location filename="../../frontdesk/ui/labels.py" line="51"/>
        <source>Registered</source>
        <translation>已登记</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/labels.py" line="8"/>
        <source>Dispatched</source>
        <translation>已派单</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/labels.py" line="9"/>
        <source>In progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/labels.py" line="10"/>
        <source>Done, to verify</source>
        <translation>待复验</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/labels.py" line="11"/>
        <source>Verified</source>
        <translation>已复验</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/labels.py" line="12"/>
        <source>Owner told</source>
        <translation>已告知</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/labels.py" line="13"/>
        <source>Closed</source>
        <translation>已回访关闭</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/labels.py" line="14"/>
        <location filename="../../frontdesk/ui/labels.py" line="48"/>
        <source>Cancelled</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/labels.py" line="15"/>
        <source>Reopened</source>
        <translation>重新处理</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/labels.py" line="18"/>
        <source>Repair</source>
        <translation>报修</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/labels.py" line="19"/>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/labels.py" line="20"/>
        <source>Inquiry</source>
        <translation>咨询</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/labels.py" line="21"/>
        <source>Suggestion</source>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/labels.py" line="22"/>
        <source>Praise</source>
        <translation>表扬</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/labels.py" line="25"/>
        <source>Phone call</source>
        <translation>来电</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/labels.py" line="26"/>
        <location filename="../../frontdesk/ui/labels.py" line="56"/>
        <source>Visit</source>
        <translation>来访</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/labels.py" line="27"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/labels.py" line="28"/>
        <source>Opinion box</source>
        <translation>意见箱</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/labels.py" line="29"/>
        <source>Door visit</source>
        <translation>上门</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/labels.py" line="30"/>
        <source>Found on patrol</source>
        <translation>巡查</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/labels.py" line="33"/>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/labels.py" line="34"/>
        <source>Basically satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/labels.py" line="35"/>
        <source>Unsatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/labels.py" line="38"/>
        <source>In the unit</source>
        <translation>户内</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/labels.py" line="39"/>
        <source>Common area</source>
        <translation>公共区域</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/labels.py" line="42"/>
        <source>On time</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/labels.py" line="43"/>
        <source>Near due</source>
        <translation>临近到期</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/labels.py" line="44"/>
        <source>Overdue</source>
        <translation>已超时</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/labels.py" line="45"/>
        <source>Met</source>
        <translation>按时完成</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/labels.py" line="46"/>
        <source>Met late</source>
        <translation>超时完成</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/labels.py" line="47"/>
        <source>Callback overdue</source>
        <translation>回访超时</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/labels.py" line="52"/>
        <source>Moved</source>
        <translation>状态变更</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/labels.py" line="53"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/labels.py" line="54"/>
        <source>Call to the owner</source>
        <translation>致电业主</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/labels.py" line="55"/>
        <source>Letter printed</source>
        <translation>已打印函件</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/labels.py" line="57"/>
        <source>Escalated</source>
        <translation>督办</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/labels.py" line="58"/>
        <source>Callback</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/labels.py" line="59"/>
        <source>Ownership transferred</source>
        <translation>转交首问责任</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/labels.py" line="60"/>
        <source>Assigned</source>
        <translation>已指派</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/labels.py" line="63"/>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/labels.py" line="64"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/labels.py" line="65"/>
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/labels.py" line="111"/>
        <source>%1 d</source>
        <translation>%1天</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/labels.py" line="113"/>
        <source>%1 d %2 h</source>
        <translation>%1天%2小时</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/labels.py" line="115"/>
        <source>%1 h %2 min</source>
        <translation>%1小时%2分</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/labels.py" line="116"/>
        <source>%1 min</source>
        <translation>%1分钟</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/labels.py" line="123"/>
        <source>%1 left</source>
        <translation>剩余%1</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/labels.py" line="124"/>
        <source>overdue %1</source>
        <translation>超时%1</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../../frontdesk/ui/pages/intake.py" line="39"/>
        <source>Intake</source>
        <translation>登记</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/intake.py" line="173"/>
        <source>&amp;Caller</source>
        <translation>来电人(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/intake.py" line="173"/>
        <source>&amp;Unit</source>
        <translation>房号(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/intake.py" line="173"/>
        <source>&amp;Type</source>
        <translation>类型(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/intake.py" line="174"/>
        <source>Cate&amp;gory</source>
        <translation>类别(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/intake.py" line="174"/>
        <source>C&amp;hannel</source>
        <translation>渠道(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/intake.py" line="174"/>
        <source>Urgency</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/intake.py" line="175"/>
        <source>&amp;Place</source>
        <translation>位置(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/intake.py" line="175"/>
        <source>&amp;Description</source>
        <translation>内容(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/intake.py" line="175"/>
        <source>&amp;Visit time</source>
        <translation>上门时间(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/intake.py" line="176"/>
        <source>Call-back &amp;number</source>
        <translation>回电号码(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/intake.py" line="176"/>
        <source>&amp;Answer given</source>
        <translation>答复内容(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/intake.py" line="191"/>
        <source>&amp;Emergency (leak, power cut, lift entrapment, gas)</source>
        <translation>紧急报修(&amp;E)（漏水、停电、电梯困人、燃气）</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/intake.py" line="192"/>
        <source>Where exactly: kitchen, lift hall of 3-2, car park B2 …</source>
        <translation>具体位置：厨房、3-2电梯厅、地下车库B2……</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/intake.py" line="193"/>
        <source>What the caller says, in their words</source>
        <translation>来电人反映的情况（按原话记录）</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/intake.py" line="194"/>
        <source>e.g. tomorrow morning, after 18:00</source>
        <translation>例如：明天上午、18:00以后</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/intake.py" line="195"/>
        <source>Only if different from the caller&apos;s phone</source>
        <translation>与来电人电话不同时填写</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/intake.py" line="196"/>
        <source>3-2-1202</source>
        <translation>3-2-1202</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/intake.py" line="197"/>
        <source>Answered on the spot: c&amp;lose it now</source>
        <translation>当场答复，立即关闭(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/intake.py" line="198"/>
        <source>What the caller was told (a standard answer can be taken from the right)</source>
        <translation>答复内容（可从右侧采用常用答复）</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/intake.py" line="199"/>
        <source>&amp;Save (Ctrl+Enter)</source>
        <translation>保存(&amp;S)（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/intake.py" line="200"/>
        <source>New call (Ctrl+N)</source>
        <translation>新登记（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/intake.py" line="201"/>
        <location filename="../../frontdesk/ui/pages/intake.py" line="477"/>
        <source>Read the number to the caller</source>
        <translation>请将工单号告知来电人</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/intake.py" line="202"/>
        <source>The new ticket&apos;s number appears here</source>
        <translation>新工单号将显示在这里</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/intake.py" line="286"/>
        <source>No caller chosen: the unit&apos;s owner is taken, or choose the common area</source>
        <translation>未选择来电人：默认为该房屋业主，或选择公共区域</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/intake.py" line="294"/>
        <source>Unit %1: %2</source>
        <translation>房屋 %1：%2</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/intake.py" line="342"/>
        <source>Deadline: %1 (%2)</source>
        <translation>时限：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/intake.py" line="367"/>
        <source>Recent tickets of %1</source>
        <translation>%1 近期工单</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/intake.py" line="368"/>
        <source>Recent tickets of the unit</source>
        <translation>该房屋近期工单</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/intake.py" line="387"/>
        <source>Repeat complaint (二次投诉): the same unit complained of %1 on %2: &lt;a href=&apos;%3&apos;&gt;%3&lt;/a&gt; (%4). Handle with care and press the department.</source>
        <translation>二次投诉：该房屋已于 %2 投诉过“%1”：&lt;a href=&apos;%3&apos;&gt;%3&lt;/a&gt;（%4）。请妥善处理并督促责任部门。</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/board.py" line="47"/>
        <source>Board</source>
        <translation>看板</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/board.py" line="130"/>
        <source>&amp;Mine (first responder)</source>
        <translation>我的首问(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/board.py" line="131"/>
        <source>&amp;Overdue only</source>
        <translation>只看超时(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/board.py" line="132"/>
        <source>Open (Enter)</source>
        <translation>打开（回车）</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/board.py" line="133"/>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/board.py" line="184"/>
        <source>All handlers</source>
        <translation>全部处理人</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/board.py" line="195"/>
        <source>All buildings</source>
        <translation>全部楼栋</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/board.py" line="196"/>
        <source>Building %1</source>
        <translation>%1栋</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/board.py" line="220"/>
        <source>%1 open, %2 overdue</source>
        <translation>未结 %1 件，超时 %2 件</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/board.py" line="279"/>
        <source>Select a card: Enter opens it, Ctrl+Right moves it on</source>
        <translation>选择卡片：回车打开，Ctrl+→ 进入下一步</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/board.py" line="281"/>
        <source>%1 → move to:</source>
        <translation>%1 → 转到：</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/board.py" line="290"/>
        <source>Call&amp;back…</source>
        <translation>回访(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/dashboard.py" line="95"/>
        <source>Dashboard</source>
        <translation>工作台</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/dashboard.py" line="98"/>
        <source>My open tickets (first responder)</source>
        <translation>我的未结工单（首问）</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/dashboard.py" line="98"/>
        <source>Overdue</source>
        <translation>已超时</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/dashboard.py" line="99"/>
        <source>Callbacks due today</source>
        <translation>今日待回访</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/dashboard.py" line="99"/>
        <source>Calls and visits today</source>
        <translation>今日来电来访</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/dashboard.py" line="104"/>
        <source>Today by type and channel</source>
        <translation>今日分类与渠道</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/dashboard.py" line="147"/>
        <source>Updated %1</source>
        <translation>更新于 %1</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../frontdesk/ui/ticket_dialogs.py" line="100"/>
        <source>Please say why.</source>
        <translation>请填写原因。</translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <location filename="../../frontdesk/ui/widgets/refusals.py" line="32"/>
        <source>A ticket cannot go from %1 to %2 (from %1 it can go to: %3).</source>
        <translation>工单不能从“%1”转到“%2”（“%1”可转到：%3）。</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/refusals.py" line="35"/>
        <source>The ticket is already %1.</source>
        <translation>工单已经是“%1”。</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/refusals.py" line="38"/>
        <source>A %1 may not move a ticket from %2 to %3.</source>
        <translation>%1无权将工单从“%2”转到“%3”。</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/refusals.py" line="41"/>
        <source>Only an administrator may do this.</source>
        <translation>只有管理员可以这样做。</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/refusals.py" line="43"/>
        <source>Only a supervisor may do this.</source>
        <translation>只有客服主管可以执行此操作。</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/refusals.py" line="45"/>
        <source>Only an inquiry, suggestion or praise can be closed at once; a %1 goes through the repair loop.</source>
        <translation>只有咨询、建议、表扬可以当场关闭；%1须走完处理闭环。</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/refusals.py" line="49"/>
        <source>A repair must be verified (返单复验) before the owner is told.</source>
        <translation>报修须先返单复验，才能告知业主。</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/refusals.py" line="51"/>
        <source>Closing after the callback needs the owner&apos;s rating.</source>
        <translation>回访后关闭须记录业主的满意度。</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/refusals.py" line="53"/>
        <source>An unsatisfied callback reopens the ticket.</source>
        <translation>回访不满意将重新处理该工单。</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/refusals.py" line="55"/>
        <source>A ticket is reopened after an unsatisfied callback, or by a supervisor.</source>
        <translation>工单只能因回访不满意或由主管重新处理。</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/refusals.py" line="57"/>
        <source>Only the first responder or a supervisor may cancel a ticket.</source>
        <translation>只有首问责任人或主管可以撤销工单。</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/refusals.py" line="59"/>
        <source>The callback comes after the owner was told; the ticket is %1.</source>
        <translation>回访须在告知业主之后进行；该工单目前为“%1”。</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/refusals.py" line="60"/>
        <source>The ticket is %1.</source>
        <translation>工单已是“%1”。</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/refusals.py" line="63"/>
        <source>They already own this ticket.</source>
        <translation>该人员已是此工单的首问责任人。</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/refusals.py" line="73"/>
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/refusals.py" line="74"/>
        <source>The centre must keep at least one active administrator.</source>
        <translation>中心必须保留至少一名在用的管理员。</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/refusals.py" line="75"/>
        <source>Only a supervisor or an administrator may see or export full ID numbers and phones.</source>
        <translation>只有主管或管理员可以查看或导出完整的身份证号和电话。</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/refusals.py" line="77"/>
        <source>A record cannot be merged into itself.</source>
        <translation>不能把一条记录合并到它自己。</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/refusals.py" line="78"/>
        <source>No units are selected: import the owners&apos; list first, or widen the selection.</source>
        <translation>没有选中任何房屋：请先导入业主名单，或放宽选择范围。</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/refusals.py" line="80"/>
        <source>A built-in entry cannot be removed.</source>
        <translation>内置项目不能删除。</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/refusals.py" line="81"/>
        <source>The ticket is already finished.</source>
        <translation>该工单已经结束。</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/refusals.py" line="82"/>
        <source>This database is already set up.</source>
        <translation>该数据库已经初始化。</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/refusals.py" line="83"/>
        <source>This database is not set up yet.</source>
        <translation>该数据库尚未初始化。</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/refusals.py" line="86"/>
        <source>This already exists (%1).</source>
        <translation>已经存在（%1）。</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/refusals.py" line="87"/>
        <source>Stopped: %1.</source>
        <translation>已中止：%1。</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/refusals.py" line="88"/>
        <source>The user is not active (%1).</source>
        <translation>该用户已停用（%1）。</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/refusals.py" line="89"/>
        <source>The record was merged into another one (%1).</source>
        <translation>该记录已合并到另一条记录（%1）。</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/refusals.py" line="90"/>
        <source>These are different people (%1).</source>
        <translation>这是不同的人（%1）。</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/refusals.py" line="91"/>
        <source>The file is not there (%1).</source>
        <translation>文件不存在（%1）。</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/refusals.py" line="92"/>
        <source>The file cannot be read (%1).</source>
        <translation>无法读取文件（%1）。</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/refusals.py" line="93"/>
        <source>The file cannot be written (%1).</source>
        <translation>无法写入文件（%1）。</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/refusals.py" line="94"/>
        <source>The document number was taken meanwhile; prepare the document again (%1).</source>
        <translation>文档编号已被占用，请重新生成文档（%1）。</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/refusals.py" line="96"/>
        <source>This document is not printed for this kind of ticket (%1).</source>
        <translation>这类工单不打印此文档（%1）。</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/refusals.py" line="97"/>
        <source>There is no official holiday table for this year (%1).</source>
        <translation>该年份没有官方节假日表（%1）。</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/refusals.py" line="98"/>
        <source>Not possible here (%1).</source>
        <translation>此处无法执行（%1）。</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/refusals.py" line="100"/>
        <source>person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/refusals.py" line="101"/>
        <source>standard answer</source>
        <translation>常用答复</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/refusals.py" line="128"/>
        <source>attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/refusals.py" line="128"/>
        <source>conflict</source>
        <translation>同步冲突</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/refusals.py" line="128"/>
        <source>inspection sheet</source>
        <translation>巡检单</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/refusals.py" line="128"/>
        <source>notice template</source>
        <translation>通知模板</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/refusals.py" line="128"/>
        <source>complaint reply template</source>
        <translation>投诉处理回复函模板</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/refusals.py" line="128"/>
        <source>callback letter template</source>
        <translation>回访函模板</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/refusals.py" line="128"/>
        <source>survey form template</source>
        <translation>满意度调查表模板</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/refusals.py" line="128"/>
        <source>inspection template</source>
        <translation>巡检表模板</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/refusals.py" line="102"/>
        <source>survey form</source>
        <translation>调查表</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/refusals.py" line="103"/>
        <source>survey</source>
        <translation>满意度调查</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/refusals.py" line="104"/>
        <source>ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/refusals.py" line="105"/>
        <source>unit</source>
        <translation>房屋</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/refusals.py" line="106"/>
        <source>units</source>
        <translation>房屋</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/refusals.py" line="107"/>
        <source>user</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/refusals.py" line="108"/>
        <source>template</source>
        <translation>模板</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/refusals.py" line="109"/>
        <source>category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/refusals.py" line="110"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/refusals.py" line="110"/>
        <source>Kind</source>
        <translation>种类</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/refusals.py" line="111"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/refusals.py" line="111"/>
        <source>Text</source>
        <translation>正文</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/refusals.py" line="112"/>
        <source>Units</source>
        <translation>房屋</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/refusals.py" line="112"/>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/refusals.py" line="113"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/refusals.py" line="113"/>
        <source>Scores</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/refusals.py" line="114"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/refusals.py" line="115"/>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/refusals.py" line="115"/>
        <source>Items</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/refusals.py" line="116"/>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/refusals.py" line="116"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/refusals.py" line="117"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/refusals.py" line="117"/>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/refusals.py" line="118"/>
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/refusals.py" line="119"/>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/refusals.py" line="120"/>
        <source>Deadlines</source>
        <translation>时限</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/refusals.py" line="120"/>
        <source>Rounds</source>
        <translation>轮次</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/refusals.py" line="121"/>
        <source>Public</source>
        <translation>公示</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/refusals.py" line="121"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/refusals.py" line="122"/>
        <source>Handling</source>
        <translation>处理</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/refusals.py" line="123"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/refusals.py" line="124"/>
        <source>Display name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/refusals.py" line="125"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/refusals.py" line="126"/>
        <source>Comment</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/refusals.py" line="126"/>
        <source>Centre</source>
        <translation>中心</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/refusals.py" line="127"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/refusals.py" line="127"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/refusals.py" line="137"/>
        <source>Not possible: %1</source>
        <translation>无法执行：%1</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/refusals.py" line="143"/>
        <source>There is no %1 %2.</source>
        <translation>没有%1“%2”。</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/refusals.py" line="148"/>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/refusals.py" line="149"/>
        <source>Description</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/refusals.py" line="150"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/refusals.py" line="151"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/refusals.py" line="152"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/refusals.py" line="153"/>
        <source>Place</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/refusals.py" line="154"/>
        <source>Call-back number</source>
        <translation>回电号码</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/refusals.py" line="155"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/refusals.py" line="156"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/refusals.py" line="157"/>
        <source>Rating</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/refusals.py" line="158"/>
        <source>Handler</source>
        <translation>处理人</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/refusals.py" line="162"/>
        <source>Description: please write what the caller says.</source>
        <translation>内容：请记录来电人反映的情况。</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/refusals.py" line="164"/>
        <source>Note: the note is empty.</source>
        <translation>备注：备注内容为空。</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/refusals.py" line="166"/>
        <source>Unit: a request in the unit needs the unit (or choose the common area).</source>
        <translation>房号：户内事项需要填写房号（或选择公共区域）。</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/refusals.py" line="171"/>
        <source>there is no unit %1 (nearby: %2)</source>
        <translation>没有房号 %1（附近的房号：%2）</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/refusals.py" line="172"/>
        <source>there is no unit %1 (a unit code is building-entrance-room, e.g. 3-2-1202)</source>
        <translation>没有房号 %1（房号格式为 楼栋-单元-房间，如 3-2-1202）</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/refusals.py" line="175"/>
        <source>&apos;%1&apos; is not one of: %2</source>
        <translation>“%1”不在可选范围内：%2</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/refusals.py" line="179"/>
        <source>unknown placeholder %1 (usable: %2)</source>
        <translation>未知的占位符 %1（可用：%2）</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/refusals.py" line="182"/>
        <source>required</source>
        <translation>必填</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/refusals.py" line="184"/>
        <source>the template is empty</source>
        <translation>模板是空的</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/refusals.py" line="186"/>
        <source>&apos;%1&apos; is neither a mobile number nor a landline with its area code</source>
        <translation>“%1”既不是手机号，也不是带区号的固定电话</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/refusals.py" line="188"/>
        <source>: </source>
        <translation>：</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/widgets/refusals.py" line="191"/>
        <source>Not accepted: %1</source>
        <translation>输入不被接受：%1</translation>
    </message>
</context>
<context>
    <name>TicketActions</name>
    <message>
        <location filename="../../frontdesk/ui/ticket_actions.py" line="20"/>
        <source>Not done</source>
        <translation>未执行</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/ticket_actions.py" line="78"/>
        <source>Cancel %1</source>
        <translation>撤销 %1</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/ticket_actions.py" line="78"/>
        <source>Reopen %1</source>
        <translation>重新处理 %1</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/ticket_actions.py" line="79"/>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/ticket_actions.py" line="101"/>
        <source>Escalate %1</source>
        <translation>督办 %1</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/ticket_actions.py" line="102"/>
        <source>&amp;Pressed for what, by when</source>
        <translation>督办事项与期限(&amp;P)</translation>
    </message>
</context>
<context>
    <name>TicketListModel</name>
    <message>
        <location filename="../../frontdesk/ui/models/ticket_list.py" line="73"/>
        <source>Number</source>
        <translation>工单号</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/models/ticket_list.py" line="74"/>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/models/ticket_list.py" line="75"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/models/ticket_list.py" line="76"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/models/ticket_list.py" line="70"/>
        <source>Callback</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/models/ticket_list.py" line="71"/>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/models/ticket_list.py" line="72"/>
        <source>Time</source>
        <translation>时限</translation>
    </message>
</context>
<context>
    <name>TicketWindow</name>
    <message>
        <location filename="../../frontdesk/ui/ticket_window.py" line="179"/>
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/ticket_window.py" line="180"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/ticket_window.py" line="180"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/ticket_window.py" line="180"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/ticket_window.py" line="181"/>
        <source>Urgency</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/ticket_window.py" line="181"/>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/ticket_window.py" line="181"/>
        <source>Caller</source>
        <translation>来电人</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/ticket_window.py" line="182"/>
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/ticket_window.py" line="182"/>
        <source>Place</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/ticket_window.py" line="183"/>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/ticket_window.py" line="183"/>
        <source>Deadline</source>
        <translation>时限</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/ticket_window.py" line="184"/>
        <source>First responder</source>
        <translation>首问责任人</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/ticket_window.py" line="184"/>
        <source>Handler</source>
        <translation>处理人</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/ticket_window.py" line="185"/>
        <source>Preferred visit time</source>
        <translation>预约上门时间</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/ticket_window.py" line="185"/>
        <source>Callback due</source>
        <translation>回访期限</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/ticket_window.py" line="186"/>
        <source>Rating</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/ticket_window.py" line="186"/>
        <source>Escalated</source>
        <translation>督办</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/ticket_window.py" line="188"/>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/ticket_window.py" line="190"/>
        <source>Found and done:</source>
        <translation>处理情况：</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/ticket_window.py" line="191"/>
        <source>What was found and done (used in the reply letter)</source>
        <translation>查明的情况和处理结果（用于回复函）</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/ticket_window.py" line="192"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/ticket_window.py" line="193"/>
        <source>A note, or what was said on the call to the owner</source>
        <translation>备注，或致电业主时所说的内容</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/ticket_window.py" line="194"/>
        <source>Add &amp;note</source>
        <translation>添加备注(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/ticket_window.py" line="195"/>
        <source>Log &amp;call to owner</source>
        <translation>记录致电业主(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/ticket_window.py" line="196"/>
        <source>Next step:</source>
        <translation>下一步：</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/ticket_window.py" line="197"/>
        <source>Call&amp;back…</source>
        <translation>回访(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/ticket_window.py" line="198"/>
        <source>&amp;Escalate (督办)…</source>
        <translation>督办(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/ticket_window.py" line="199"/>
        <source>&amp;Transfer ownership…</source>
        <translation>转交首问责任(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/ticket_window.py" line="200"/>
        <source>Print complaint reply</source>
        <translation>打印投诉回复函</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/ticket_window.py" line="200"/>
        <source>Print callback letter</source>
        <translation>打印回访函</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/ticket_window.py" line="201"/>
        <source>Print work order</source>
        <translation>打印派工单</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/ticket_window.py" line="272"/>
        <source>Repeat complaint of &lt;a href=&apos;%1&apos;&gt;%1&lt;/a&gt;</source>
        <translation>二次投诉，前次：&lt;a href=&apos;%1&apos;&gt;%1&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/ticket_window.py" line="278"/>
        <source>Emergency</source>
        <translation>紧急</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/ticket_window.py" line="278"/>
        <source>Ordinary</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/ticket_window.py" line="291"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/ticket_window.py" line="291"/>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../frontdesk/ui/ticket_dialogs.py" line="113"/>
        <source>Transfer ownership of %1</source>
        <translation>转交 %1 的首问责任</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/ticket_dialogs.py" line="120"/>
        <source>&amp;To</source>
        <translation>转交给(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/ticket_dialogs.py" line="121"/>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/ticket_dialogs.py" line="126"/>
        <source>A transfer needs a reason.</source>
        <translation>转交需要填写原因。</translation>
    </message>
</context>
</TS>

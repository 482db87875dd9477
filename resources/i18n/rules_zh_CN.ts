<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Labels</name>
    <message>
        <source>Found and done</source>
        <translation>处理情况</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Select a card: Enter opens it, 1–9 or Ctrl+Right moves it on</source>
        <translation>选择卡片：回车打开，数字键 1–9 或 Ctrl+→ 转到下一步</translation>
    </message>
    <message>
        <source>Dispatched to me (handler)</source>
        <translation>派给我的工单（处理人）</translation>
    </message>
    <message>
        <source>Previous ticket</source>
        <translation>上一张工单</translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <source>'{target}' is not a state (valid: {valid})</source>
        <translation>“{target}”不是工单状态（可选：{valid}）。</translation>
    </message>
    <message>
        <source>the ticket is already {source}</source>
        <translation>工单已经是“{source}”。</translation>
    </message>
    <message>
        <source>a ticket cannot go from {source} to {target} (allowed from {source}: {allowed})</source>
        <translation>工单不能从“{source}”转到“{target}”（“{source}”可转到：{allowed}）。</translation>
    </message>
    <message>
        <source>only {roles} may move a ticket from {source} to {target} (you are {role})</source>
        <translation>只有{roles}可以把工单从“{source}”转到“{target}”（您是{role}）。</translation>
    </message>
    <message>
        <source>an engineer acts only on tickets dispatched to them; {number} is not dispatched to you</source>
        <translation>工程人员只能处理派给自己的工单；{number}没有派给您。</translation>
    </message>
    <message>
        <source>only an inquiry, suggestion or praise can be closed at intake; a {type} goes through the repair loop</source>
        <translation>只有咨询、建议和表扬可以当场办结；{type}要走报修闭环。</translation>
    </message>
    <message>
        <source>a repair must be verified (返单复验) before the owner is notified</source>
        <translation>报修要先返单复验，才能告知业主。</translation>
    </message>
    <message>
        <source>closing after the callback needs the owner's rating (satisfied, basic or unsatisfied)</source>
        <translation>回访后关闭需要业主的评价（满意、基本满意或不满意）。</translation>
    </message>
    <message>
        <source>an unsatisfied callback reopens the ticket: move it to reopened</source>
        <translation>回访不满意要重新处理：请转到“重新处理”。</translation>
    </message>
    <message>
        <source>a satisfied or basic callback closes the ticket: move it to closed</source>
        <translation>回访满意或基本满意即关闭工单：请转到“已回访关闭”。</translation>
    </message>
    <message>
        <source>a ticket is reopened from an unsatisfied callback, or by a supervisor</source>
        <translation>工单只能因回访不满意重新处理，或由主管重新打开。</translation>
    </message>
    <message>
        <source>only the first responder or a supervisor may cancel a ticket</source>
        <translation>只有首问负责人或主管可以撤销工单。</translation>
    </message>
    <message>
        <source>moving a ticket from {source} to {target} needs a note saying why</source>
        <translation>工单从“{source}”转到“{target}”需要写明原因。</translation>
    </message>
    <message>
        <source>a handler is named only when dispatching (--to dispatched), not from {source} to {target}</source>
        <translation>只有派单时才指定处理人，从“{source}”转到“{target}”不需要。</translation>
    </message>
    <message>
        <source>a rating is given only at the callback (from notified to closed or reopened), not from {source} to {target}</source>
        <translation>只有回访（从“已告知”转到关闭或重新处理）才填写评价，从“{source}”转到“{target}”不需要。</translation>
    </message>
    <message>
        <source>a callback follows the owner being told; {number} is {source}</source>
        <translation>回访在告知业主之后进行；{number}现在是“{source}”。</translation>
    </message>
    <message>
        <source>the ticket is {source}</source>
        <translation>工单已是“{source}”。</translation>
    </message>
    <message>
        <source>'{to}' already owns {number}</source>
        <translation>“{to}”已经是{number}的首问负责人。</translation>
    </message>
    <message>
        <source>required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>the note is empty</source>
        <translation>备注内容为空</translation>
    </message>
    <message>
        <source>at most {max} characters</source>
        <translation>最多{max}个字</translation>
    </message>
    <message>
        <source>unknown value '{value}' (valid: {valid})</source>
        <translation>“{value}”不是可选值（可选：{valid}）</translation>
    </message>
    <message>
        <source>no unit '{value}' (unit codes are building-entrance-room, e.g. 3-2-1202)</source>
        <translation>没有房号 {value}（房号格式为 楼栋-单元-房间，如 3-2-1202）</translation>
    </message>
    <message>
        <source>no unit '{value}' (nearby: {nearby})</source>
        <translation>没有房号 {value}（附近的房号：{nearby}）</translation>
    </message>
    <message>
        <source>an in-unit request needs a unit (or choose the common area)</source>
        <translation>户内报事需要房号（或选择公共区域）</translation>
    </message>
    <message>
        <source>'{value}' is neither a mobile (11 digits, 1[3-9]…) nor a landline with area code</source>
        <translation>“{value}”既不是手机号（11位，1[3-9]开头），也不是带区号的座机号</translation>
    </message>
    <message>
        <source>{value} is not on record at unit {unit}</source>
        <translation>{value}不是{unit}登记的住户</translation>
    </message>
    <message>
        <source>{value} is in the future</source>
        <translation>{value}还没有到</translation>
    </message>
    <message>
        <source>{value} is before {floor}</source>
        <translation>{value}早于{floor}</translation>
    </message>
    <message>
        <source>there is no such date: {value}</source>
        <translation>没有这一天：{value}</translation>
    </message>
    <message>
        <source>'{value}' is not a time like YYYY-MM-DD HH:MM</source>
        <translation>“{value}”不是“年-月-日 时:分”格式的时间</translation>
    </message>
    <message>
        <source>'{value}' cannot handle work</source>
        <translation>“{value}”不能承接工单</translation>
    </message>
    <message>
        <source>'{value}' is not desk staff: ownership stays at the desk</source>
        <translation>“{value}”不是前台人员：首问责任留在前台</translation>
    </message>
    <message>
        <source>a rating is given only when the owner was reached</source>
        <translation>联系上业主才填写评价</translation>
    </message>
    <message>
        <source>say what is pressed and by when</source>
        <translation>请写明督办什么、何时完成</translation>
    </message>
    <message>
        <source>a transfer needs a reason</source>
        <translation>转交需要写明原因</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>来电人</translation>
    </message>
    <message>
        <source>Place detail</source>
        <translation>具体位置</translation>
    </message>
    <message>
        <source>Line %1, </source>
        <translation>第%1行，</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>record a callback</source>
        <translation>登记回访</translation>
    </message>
    <message>
        <source>change, merge, import or export the owners' archive</source>
        <translation>修改、合并、导入或导出业主档案</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>TicketWindow</name>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
</TS>

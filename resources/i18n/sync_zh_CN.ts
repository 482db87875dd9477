<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>EditDialog</name>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="385"/>
        <source>Settle by editing</source>
        <translation>编辑后解决</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="392"/>
        <source>theirs: %1</source>
        <translation>对方：%1</translation>
    </message>
</context>
<context>
    <name>SyncLine</name>
    <message>
        <location filename="../../frontdesk/ui/sync_auto.py" line="143"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/sync_auto.py" line="144"/>
        <source>Sync: last export %1, last import %2</source>
        <translation>同步：上次导出 %1，上次导入 %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../frontdesk/ui/sync_auto.py" line="147"/>
        <source> · %n conflict(s) wait</source>
        <translation>
            <numerusform> · %n 处冲突待处理</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncNames</name>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="23"/>
        <source>settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="24"/>
        <source>staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="25"/>
        <source>terminals</source>
        <translation>终端</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="26"/>
        <source>units</source>
        <translation>房屋</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="27"/>
        <source>people</source>
        <translation>住户</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="28"/>
        <source>phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="29"/>
        <source>occupancies</source>
        <translation>入住关系</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="30"/>
        <source>holidays</source>
        <translation>节假日</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="31"/>
        <source>categories</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="32"/>
        <source>standard_answers</source>
        <translation>常用答复</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="33"/>
        <source>templates</source>
        <translation>模板</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="34"/>
        <source>surveys</source>
        <translation>满意度调查</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="35"/>
        <source>tickets</source>
        <translation>工单</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="36"/>
        <source>survey_responses</source>
        <translation>调查答卷</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="37"/>
        <source>ticket_events</source>
        <translation>工单记录</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="38"/>
        <source>printed_documents</source>
        <translation>打印记录</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="39"/>
        <source>audit</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="40"/>
        <source>inspection_rounds</source>
        <translation>巡检</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="41"/>
        <source>inspection_results</source>
        <translation>巡检结果</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="42"/>
        <source>attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="43"/>
        <source>notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="44"/>
        <source>description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="45"/>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="46"/>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="47"/>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="48"/>
        <source>category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="49"/>
        <source>handler_id</source>
        <translation>处理人</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="61"/>
        <source>department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="61"/>
        <source>dispatched_at</source>
        <translation>派单时间</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="61"/>
        <source>cancelled_at</source>
        <translation>取消时间</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="61"/>
        <source>started_at</source>
        <translation>开始处理时间</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="61"/>
        <source>done_at</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="61"/>
        <source>verified_at</source>
        <translation>复验时间</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="61"/>
        <source>notified_at</source>
        <translation>告知业主时间</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="61"/>
        <source>closed_at</source>
        <translation>关闭时间</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="61"/>
        <source>due_at</source>
        <translation>时限</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="61"/>
        <source>urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="61"/>
        <source>contact_phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="61"/>
        <source>satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="61"/>
        <source>escalated</source>
        <translation>已升级</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="61"/>
        <source>person_id</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="61"/>
        <source>unit_id</source>
        <translation>房号</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="61"/>
        <source>place_detail</source>
        <translation>具体位置</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="61"/>
        <source>first_responder_id</source>
        <translation>首问责任人</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="61"/>
        <source>callback_attempts</source>
        <translation>回访次数</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="61"/>
        <source>callback_due_at</source>
        <translation>回访时限</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="61"/>
        <source>met_at</source>
        <translation>按时完成时间</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="50"/>
        <source>deleted_at</source>
        <translation>删除时间</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="51"/>
        <source>value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="52"/>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="53"/>
        <source>body</source>
        <translation>正文</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="54"/>
        <source>area</source>
        <translation>面积</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="55"/>
        <source>tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="56"/>
        <source>care_needs</source>
        <translation>关怀需求</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="57"/>
        <source>preferences</source>
        <translation>偏好</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="58"/>
        <source>customer_class</source>
        <translation>客户类别</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="59"/>
        <source>handling_text</source>
        <translation>处理情况</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="160"/>
        <location filename="../../frontdesk/ui/pages/sync.py" line="245"/>
        <location filename="../../frontdesk/ui/pages/sync.py" line="264"/>
        <location filename="../../frontdesk/ui/pages/sync.py" line="266"/>
        <location filename="../../frontdesk/ui/pages/sync.py" line="273"/>
        <location filename="../../frontdesk/ui/pages/sync.py" line="353"/>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="163"/>
        <source>Exchange with the other terminals</source>
        <translation>与其他终端交换数据</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="164"/>
        <source>Sync folder: a shared network folder or a USB stick</source>
        <translation>同步文件夹：共享网络文件夹或U盘</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="165"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="166"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="167"/>
        <source>Everything (for a new terminal)</source>
        <translation>全部数据（用于新终端）</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="168"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="169"/>
        <source>Exchange automatically through this folder: at start, on F5, when closing and every</source>
        <translation>通过此文件夹自动交换：启动时、按F5时、关闭时，以及每隔</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="170"/>
        <source>minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="171"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="172"/>
        <source>What came in</source>
        <translation>导入结果</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="173"/>
        <location filename="../../frontdesk/ui/pages/sync.py" line="175"/>
        <source>Table</source>
        <translation>数据表</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="173"/>
        <source>New rows</source>
        <translation>新增行</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="173"/>
        <source>Updated rows</source>
        <translation>更新行</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="174"/>
        <source>Conflicts: changed on both sides</source>
        <translation>冲突：双方都修改过的记录</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="175"/>
        <source>Fields</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="175"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="176"/>
        <source>Ours</source>
        <translation>本机</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="177"/>
        <source>Theirs</source>
        <translation>对方</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="178"/>
        <source>Keep ours</source>
        <translation>保留本机</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="179"/>
        <source>Take theirs</source>
        <translation>采用对方</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="180"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="181"/>
        <source>Centre key…</source>
        <translation>中心密钥…</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="182"/>
        <source>Trust head office…</source>
        <translation>信任总部密钥…</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="211"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="212"/>
        <source>(first, no letter)</source>
        <translation>（第一台，无字母）</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="213"/>
        <source>This terminal: %1 · last export %2 · last import %3 · %4 bundles applied</source>
        <translation>本终端：%1 · 上次导出 %2 · 上次导入 %3 · 已导入 %4 个数据包</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="235"/>
        <source>Sync folder</source>
        <translation>同步文件夹</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="247"/>
        <source>Centre key</source>
        <translation>中心密钥</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="248"/>
        <source>Hand this key to head office and to a new terminal of this centre; keep it out of bundles, mail and chat:</source>
        <translation>请将此密钥交给总部及本中心新加入的终端；不要放进数据包、邮件或聊天中：</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="257"/>
        <source>Head office&apos;s key file</source>
        <translation>总部密钥文件</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="266"/>
        <source>Head office&apos;s key is registered: its reference bundles will be accepted.</source>
        <translation>已登记总部密钥：今后接受总部发布的基础数据包。</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="273"/>
        <source>Choose the sync folder first.</source>
        <translation>请先选择同步文件夹。</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="283"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="293"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="304"/>
        <source>Nothing changed since the last export; no bundle written.</source>
        <translation>自上次导出以来没有变化，未生成数据包。</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="306"/>
        <source>Bundle %1 written: %2</source>
        <translation>已生成第 %1 号数据包：%2</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="319"/>
        <source>Refused %1: %2</source>
        <translation>已拒收 %1：%2</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="321"/>
        <source>Skipped %1 (already here)</source>
        <translation>已跳过 %1（已导入过）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../frontdesk/ui/pages/sync.py" line="323"/>
        <source>%n bundle(s) applied</source>
        <translation>
            <numerusform>已导入 %n 个数据包</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="323"/>
        <source>No new bundles.</source>
        <translation>没有新的数据包。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../frontdesk/ui/pages/sync.py" line="326"/>
        <source>%n conflict(s) wait to be settled</source>
        <translation>
            <numerusform>%n 处冲突待处理</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncRefusals</name>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="362"/>
        <source>%1 is missing</source>
        <translation>缺少 %1</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="363"/>
        <source>%1 is damaged</source>
        <translation>%1 已损坏</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="364"/>
        <source>%1 is cut short (copied only in part)</source>
        <translation>%1 不完整（只复制了一部分）</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="365"/>
        <source>%1 was changed after the bundle was made</source>
        <translation>%1 在生成数据包后被改动过</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="366"/>
        <source>the signature does not match: changed, or not made with this centre&apos;s key (%1)</source>
        <translation>签名不符：数据包被改动，或不是用本中心密钥生成的（%1）</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="368"/>
        <source>made by a newer program (unknown format, %1)</source>
        <translation>由更新版本的程序生成（未知格式，%1）</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="369"/>
        <source>from another centre, or from a head office not trusted here (%1)</source>
        <translation>来自其他中心，或来自本机未信任的总部（%1）</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="370"/>
        <source>%1 points outside the bundle&apos;s folder</source>
        <translation>%1 指向数据包文件夹之外</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="371"/>
        <source>%1 is not listed in the bundle</source>
        <translation>%1 不在数据包清单中</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="372"/>
        <source>the columns of %1 do not match this program</source>
        <translation>%1 的列与本程序不符</translation>
    </message>
    <message>
        <source>two PCs joined from the same full bundle and send as the same terminal, with the same ticket letter; keep using one of them and join the other again from a new full bundle (%1)</source>
        <translation>两台电脑用同一个完整包加入，以同一个终端、同一个工单字母发送同步包；请只继续使用其中一台，另一台用新的完整包重新加入（%1）</translation>
    </message>
</context>
</TS>

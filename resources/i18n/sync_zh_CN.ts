<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>EditDialog</name>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="327"/>
        <source>Settle by editing</source>
        <translation>编辑后解决</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="334"/>
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
        <location filename="../../frontdesk/ui/pages/sync.py" line="22"/>
        <source>settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="23"/>
        <source>staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="24"/>
        <source>terminals</source>
        <translation>终端</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="25"/>
        <source>units</source>
        <translation>房屋</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="26"/>
        <source>people</source>
        <translation>住户</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="27"/>
        <source>phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="28"/>
        <source>occupancies</source>
        <translation>入住关系</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="29"/>
        <source>holidays</source>
        <translation>节假日</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="30"/>
        <source>categories</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="31"/>
        <source>standard_answers</source>
        <translation>常用答复</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="32"/>
        <source>templates</source>
        <translation>模板</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="33"/>
        <source>surveys</source>
        <translation>满意度调查</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="34"/>
        <source>tickets</source>
        <translation>工单</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="35"/>
        <source>survey_responses</source>
        <translation>调查答卷</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="36"/>
        <source>ticket_events</source>
        <translation>工单记录</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="37"/>
        <source>printed_documents</source>
        <translation>打印记录</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="38"/>
        <source>audit</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="39"/>
        <source>inspection_rounds</source>
        <translation>巡检</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="40"/>
        <source>inspection_results</source>
        <translation>巡检结果</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="41"/>
        <source>attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="42"/>
        <source>notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="43"/>
        <source>description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="44"/>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="45"/>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="46"/>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="47"/>
        <source>category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="48"/>
        <source>handler_id</source>
        <translation>处理人</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="49"/>
        <source>deleted_at</source>
        <translation>删除时间</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="50"/>
        <source>value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="51"/>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="52"/>
        <source>body</source>
        <translation>正文</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="53"/>
        <source>area</source>
        <translation>面积</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="54"/>
        <source>tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="55"/>
        <source>care_needs</source>
        <translation>关怀需求</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="56"/>
        <source>preferences</source>
        <translation>偏好</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="57"/>
        <source>customer_class</source>
        <translation>客户类别</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="58"/>
        <source>handling_text</source>
        <translation>处理情况</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="152"/>
        <location filename="../../frontdesk/ui/pages/sync.py" line="231"/>
        <location filename="../../frontdesk/ui/pages/sync.py" line="311"/>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="155"/>
        <source>Exchange with the other terminals</source>
        <translation>与其他终端交换数据</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="156"/>
        <source>Sync folder: a shared network folder or a USB stick</source>
        <translation>同步文件夹：共享网络文件夹或U盘</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="157"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="158"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="159"/>
        <source>Everything (for a new terminal)</source>
        <translation>全部数据（用于新终端）</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="160"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="161"/>
        <source>Exchange automatically through this folder: at start, on F5, when closing and every</source>
        <translation>通过此文件夹自动交换：启动时、按F5时、关闭时，以及每隔</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="162"/>
        <source>minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="163"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="164"/>
        <source>What came in</source>
        <translation>导入结果</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="165"/>
        <location filename="../../frontdesk/ui/pages/sync.py" line="167"/>
        <source>Table</source>
        <translation>数据表</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="165"/>
        <source>New rows</source>
        <translation>新增行</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="165"/>
        <source>Updated rows</source>
        <translation>更新行</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="166"/>
        <source>Conflicts: changed on both sides</source>
        <translation>冲突：双方都修改过的记录</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="167"/>
        <source>Fields</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="167"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="168"/>
        <source>Ours</source>
        <translation>本机</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="169"/>
        <source>Theirs</source>
        <translation>对方</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="170"/>
        <source>Keep ours</source>
        <translation>保留本机</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="171"/>
        <source>Take theirs</source>
        <translation>采用对方</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="172"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="200"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="201"/>
        <source>(first, no letter)</source>
        <translation>（第一台，无字母）</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="202"/>
        <source>This terminal: %1 · last export %2 · last import %3 · %4 bundles applied</source>
        <translation>本终端：%1 · 上次导出 %2 · 上次导入 %3 · 已导入 %4 个数据包</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="224"/>
        <source>Sync folder</source>
        <translation>同步文件夹</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="231"/>
        <source>Choose the sync folder first.</source>
        <translation>请先选择同步文件夹。</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="241"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="251"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="262"/>
        <source>Nothing changed since the last export; no bundle written.</source>
        <translation>自上次导出以来没有变化，未生成数据包。</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="264"/>
        <source>Bundle %1 written: %2</source>
        <translation>已生成第 %1 号数据包：%2</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="277"/>
        <source>Refused %1: %2</source>
        <translation>已拒收 %1：%2</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="279"/>
        <source>Skipped %1 (already here)</source>
        <translation>已跳过 %1（已导入过）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../frontdesk/ui/pages/sync.py" line="281"/>
        <source>%n bundle(s) applied</source>
        <translation>
            <numerusform>已导入 %n 个数据包</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/sync.py" line="281"/>
        <source>No new bundles.</source>
        <translation>没有新的数据包。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../frontdesk/ui/pages/sync.py" line="284"/>
        <source>%n conflict(s) wait to be settled</source>
        <translation>
            <numerusform>%n 处冲突待处理</numerusform>
        </translation>
    </message>
</context>
</TS>

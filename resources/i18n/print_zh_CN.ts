<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>HandlingDialog</name>
    <message>
        <location filename="../../frontdesk/ui/print_actions.py" line="40"/>
        <source>Letter to the owner — %1</source>
        <translation>致业主函件 — %1</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/print_actions.py" line="41"/>
        <source>What was found and what was done, written for the owner (printed in the complaint reply and the callback letter, and kept on the ticket):</source>
        <translation>查明的情况及处理结果，写给业主看（打印在投诉处理回复函和回访函中，并保存在工单上）：</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/print_actions.py" line="47"/>
        <source>Preview letter</source>
        <translation>预览回复函</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/print_actions.py" line="61"/>
        <source>Write what was found and done first.</source>
        <translation>请先填写查明的情况及处理结果。</translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <location filename="../../frontdesk/ui/print_actions.py" line="73"/>
        <source>Notice for %1</source>
        <translation>%1 的通知</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/print_actions.py" line="73"/>
        <source>Notice</source>
        <translation>通知</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/print_actions.py" line="82"/>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/print_actions.py" line="88"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../frontdesk/ui/print_preview.py" line="146"/>
        <source>Print preview — %1</source>
        <translation>打印预览 — %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../frontdesk/ui/print_preview.py" line="147"/>
        <source>of %n page(s)</source>
        <translation>
            <numerusform>共 %n 页</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/print_preview.py" line="148"/>
        <source>Previous</source>
        <translation>上一页</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/print_preview.py" line="149"/>
        <source>Next</source>
        <translation>下一页</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/print_preview.py" line="150"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/print_preview.py" line="151"/>
        <source>Save PDF…</source>
        <translation>保存 PDF…</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/print_preview.py" line="152"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/print_preview.py" line="193"/>
        <location filename="../../frontdesk/ui/print_preview.py" line="225"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/print_preview.py" line="201"/>
        <location filename="../../frontdesk/ui/print_preview.py" line="211"/>
        <source>Save PDF</source>
        <translation>保存 PDF</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/print_preview.py" line="201"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>整页</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation>缩小</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <location filename="../../frontdesk/ui/print_actions.py" line="20"/>
        <source>Reason</source>
        <extracomment>The notice values a receptionist fills in (placeholders of the notice templates), in form order.</extracomment>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/print_actions.py" line="21"/>
        <source>From</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/print_actions.py" line="22"/>
        <source>Until</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/print_actions.py" line="23"/>
        <source>Affected area</source>
        <translation>影响范围</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/print_actions.py" line="24"/>
        <source>Deadline</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/print_actions.py" line="25"/>
        <source>Where</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/print_actions.py" line="26"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/print_actions.py" line="27"/>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/print_actions.py" line="28"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/print_actions.py" line="29"/>
        <source>Text</source>
        <translation>正文</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/print_actions.py" line="107"/>
        <source>Water outage</source>
        <translation>停水通知</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/print_actions.py" line="108"/>
        <source>Power outage</source>
        <translation>停电通知</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/print_actions.py" line="109"/>
        <source>Handover reminder</source>
        <translation>催办收房（催办函）</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/print_actions.py" line="110"/>
        <source>Fee reminder</source>
        <translation>物业费催缴</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/print_actions.py" line="111"/>
        <source>Free text</source>
        <translation>自由文本</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/print_actions.py" line="112"/>
        <source>Standard</source>
        <translation>标准</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/print_actions.py" line="113"/>
        <source>Elevator</source>
        <translation>电梯</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/print_actions.py" line="114"/>
        <source>Fire safety</source>
        <translation>消防</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/print_actions.py" line="115"/>
        <source>Secondary water supply</source>
        <translation>二次供水</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/print_actions.py" line="116"/>
        <source>Public lighting</source>
        <translation>公共照明</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/print_actions.py" line="117"/>
        <source>Security patrol</source>
        <translation>秩序巡查</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/print_actions.py" line="129"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
</context>
<context>
    <name>PrintCentrePage</name>
    <message>
        <location filename="../../frontdesk/ui/pages/print_centre.py" line="37"/>
        <location filename="../../frontdesk/ui/pages/print_centre.py" line="316"/>
        <location filename="../../frontdesk/ui/pages/print_centre.py" line="326"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/print_centre.py" line="156"/>
        <location filename="../../frontdesk/ui/pages/print_centre.py" line="174"/>
        <source>Document</source>
        <translation>文书</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/print_centre.py" line="157"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/print_centre.py" line="158"/>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/print_centre.py" line="159"/>
        <source>Ticket number</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>巡检地点</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/print_centre.py" line="160"/>
        <source>e.g. TS-20261122-003</source>
        <translation>例如 TS-20261122-003</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/print_centre.py" line="161"/>
        <source>Units (one page per unit)</source>
        <translation>房屋（每户一页）</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/print_centre.py" line="162"/>
        <source>Building / entrance</source>
        <translation>楼栋 / 单元</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/print_centre.py" line="163"/>
        <source>Or unit codes</source>
        <translation>或房号</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/print_centre.py" line="164"/>
        <source>1-, 1-2-, 3-2-1202 … comma-separated</source>
        <translation>1-、1-2-、3-2-1202 …… 用逗号分隔</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/print_centre.py" line="165"/>
        <source>Only</source>
        <translation>仅限</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/print_centre.py" line="166"/>
        <source>One public notice for the notice board instead</source>
        <translation>改为打印一张公告（张贴公告栏）</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/print_centre.py" line="167"/>
        <source>Notice details (left empty: a blank to fill in by hand)</source>
        <translation>通知内容（留空则打印横线，手工填写）</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/print_centre.py" line="171"/>
        <source>Preview…</source>
        <translation>预览…</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/print_centre.py" line="172"/>
        <source>Save PDF…</source>
        <translation>保存 PDF…</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/print_centre.py" line="173"/>
        <source>Recently printed</source>
        <translation>最近打印</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/print_centre.py" line="174"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/print_centre.py" line="174"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/print_centre.py" line="175"/>
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/print_centre.py" line="175"/>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/print_centre.py" line="175"/>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/print_centre.py" line="175"/>
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/print_centre.py" line="178"/>
        <source>Complaint reply letter</source>
        <translation>投诉处理回复函</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/print_centre.py" line="178"/>
        <source>Callback letter</source>
        <translation>回访函</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/print_centre.py" line="179"/>
        <source>Repair work order</source>
        <translation>维修派工单</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/print_centre.py" line="179"/>
        <source>Notice</source>
        <translation>通知</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/print_centre.py" line="180"/>
        <source>Satisfaction survey form</source>
        <translation>满意度调查表</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/print_centre.py" line="180"/>
        <source>Inspection sheet</source>
        <translation>巡检表</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/print_centre.py" line="194"/>
        <source>Any property type</source>
        <translation>任意物业类型</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/print_centre.py" line="195"/>
        <source>Any handover status</source>
        <translation>任意交房状态</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/print_centre.py" line="196"/>
        <source>Any tag</source>
        <translation>任意标签</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/print_centre.py" line="205"/>
        <source>All buildings</source>
        <translation>全部楼栋</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/print_centre.py" line="207"/>
        <source>Building %1</source>
        <translation>%1栋</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/print_centre.py" line="215"/>
        <source>All entrances</source>
        <translation>全部单元</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/print_centre.py" line="219"/>
        <source>Entrance %1</source>
        <translation>%1单元</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/print_centre.py" line="296"/>
        <source>One page for the notice board.</source>
        <translation>打印一张公告，张贴于公告栏。</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/print_centre.py" line="302"/>
        <source>Not units of this centre: %1 (write 1-, 1-2-, 3-2-1202, or all)</source>
        <translation>本中心没有这些房屋：%1（请写 1-、1-2-、3-2-1202 或 all）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../frontdesk/ui/pages/print_centre.py" line="307"/>
        <source>%n unit(s): one page each, in one PDF.</source>
        <translation>
            <numerusform>共 %n 户：每户一页，合成一个 PDF。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/print_centre.py" line="316"/>
        <source>Type the ticket number first.</source>
        <translation>请先输入工单号。</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/print_centre.py" line="337"/>
        <source>Preparing %1</source>
        <translation>正在生成%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../frontdesk/ui/pages/print_centre.py" line="342"/>
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>已保存 %1（共 %n 页）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/print_centre.py" line="353"/>
        <location filename="../../frontdesk/ui/pages/print_centre.py" line="368"/>
        <source>Save PDF</source>
        <translation>保存 PDF</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/print_centre.py" line="353"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <location filename="../../frontdesk/ui/template_editor.py" line="64"/>
        <source>Notices</source>
        <translation>通知</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/template_editor.py" line="64"/>
        <source>Complaint reply letter</source>
        <translation>投诉处理回复函</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/template_editor.py" line="65"/>
        <source>Callback letter</source>
        <translation>回访函</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/template_editor.py" line="65"/>
        <source>Survey form</source>
        <translation>满意度调查表</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/template_editor.py" line="66"/>
        <source>Inspection sheets (JSON items)</source>
        <translation>巡检表（JSON 格式的巡检项目）</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/template_editor.py" line="74"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/template_editor.py" line="75"/>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/template_editor.py" line="76"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/template_editor.py" line="77"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/template_editor.py" line="78"/>
        <source>Back to the shipped text</source>
        <translation>恢复为出厂文本</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/template_editor.py" line="89"/>
        <source>Placeholders: %1</source>
        <translation>可用占位符：%1</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/template_editor.py" line="127"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ArchivePage</name>
    <message>
        <location filename="../../frontdesk/ui/pages/archive.py" line="43"/>
        <source>Archive</source>
        <translation>档案</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/archive.py" line="124"/>
        <source>Unit, name, phone (last four), pinyin initials…</source>
        <translation>房号、姓名、电话（尾号四位）、拼音首字母…</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/archive.py" line="128"/>
        <source>All types</source>
        <translation>全部物业类型</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/archive.py" line="129"/>
        <source>Any handover</source>
        <translation>全部交房状态</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/archive.py" line="130"/>
        <source>Any class</source>
        <translation>全部客户分类</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/archive.py" line="131"/>
        <source>Any tag</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/archive.py" line="125"/>
        <source>Import owners…</source>
        <translation>导入业主…</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/archive.py" line="126"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/archive.py" line="127"/>
        <location filename="../../frontdesk/ui/pages/archive.py" line="183"/>
        <source>Choose a unit in the tree, or search for a unit, a person or a phone.</source>
        <translation>在左侧选择房屋，或搜索房号、姓名、电话。</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/archive.py" line="140"/>
        <location filename="../../frontdesk/ui/pages/archive.py" line="155"/>
        <source>%1 units</source>
        <translation>共 %1 户</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/archive.py" line="184"/>
        <source>%1 units, %2 people on record, %3 key customers</source>
        <translation>共 %1 户，登记住户 %2 人，重点客户 %3 人</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/archive.py" line="278"/>
        <source>Nothing found</source>
        <translation>没有找到</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/archive.py" line="304"/>
        <location filename="../../frontdesk/ui/pages/archive.py" line="308"/>
        <source>Export the archive</source>
        <translation>导出档案</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/archive.py" line="305"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/archive.py" line="309"/>
        <source>Include full phones and ID numbers? (The export is written to the audit log.)</source>
        <translation>是否导出完整的电话和身份证号？（本次导出将记入审计日志）</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/archive.py" line="320"/>
        <source>Exporting the archive</source>
        <translation>正在导出档案</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/archive.py" line="321"/>
        <source>%1 rows written to %2</source>
        <translation>已导出 %1 行到 %2</translation>
    </message>
</context>
<context>
    <name>ArchiveTreeModel</name>
    <message>
        <location filename="../../frontdesk/ui/archive/tree_model.py" line="107"/>
        <source>Building / unit</source>
        <translation>楼栋 / 房屋</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/archive/tree_model.py" line="107"/>
        <source>Units / area</source>
        <translation>户数 / 面积</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/archive/tree_model.py" line="107"/>
        <source>Property type</source>
        <translation>物业类型</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/archive/tree_model.py" line="108"/>
        <source>Owner / handover</source>
        <translation>业主 / 交房状态</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/archive/tree_model.py" line="134"/>
        <source>Building %1</source>
        <translation>%1 栋</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/archive/tree_model.py" line="137"/>
        <source>Entrance %1</source>
        <translation>%1 单元</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../frontdesk/ui/labels.py" line="10"/>
        <source>Owner</source>
        <translation>业主</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/labels.py" line="11"/>
        <source>Co-owner</source>
        <translation>共有人</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/labels.py" line="12"/>
        <source>Tenant</source>
        <translation>租户</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/labels.py" line="13"/>
        <source>Family</source>
        <translation>家属</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/labels.py" line="21"/>
        <source>Structure (civil works)</source>
        <translation>结构（土建）</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/labels.py" line="22"/>
        <source>Air-conditioning</source>
        <translation>空调</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/labels.py" line="23"/>
        <source>Decoration</source>
        <translation>装修</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/labels.py" line="24"/>
        <source>Appliances</source>
        <translation>家电</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/labels.py" line="25"/>
        <source>Water and electricity</source>
        <translation>水电</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/labels.py" line="26"/>
        <source>Doors and windows</source>
        <translation>门窗</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/labels.py" line="27"/>
        <source>Shared facilities</source>
        <translation>公共设施</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/labels.py" line="28"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/labels.py" line="35"/>
        <source>Handed over</source>
        <translation>已交房</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/labels.py" line="36"/>
        <source>Not handed over</source>
        <translation>未交房</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/labels.py" line="39"/>
        <source>Unsold</source>
        <translation>未售</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/labels.py" line="37"/>
        <source>Vacant</source>
        <translation>空置</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/labels.py" line="38"/>
        <source>Being decorated</source>
        <translation>装修中</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/labels.py" line="45"/>
        <source>Residential</source>
        <translation>住宅</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/labels.py" line="46"/>
        <source>Commercial</source>
        <translation>商业</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/labels.py" line="47"/>
        <source>Office</source>
        <translation>写字楼</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/labels.py" line="54"/>
        <source>Key customer</source>
        <translation>重点</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/labels.py" line="55"/>
        <source>Ordinary</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/labels.py" line="56"/>
        <source>Prospective</source>
        <translation>潜在</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/labels.py" line="64"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/labels.py" line="65"/>
        <location filename="../../frontdesk/ui/labels.py" line="66"/>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/labels.py" line="67"/>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/labels.py" line="68"/>
        <source>Customer class</source>
        <translation>客户分类</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/labels.py" line="69"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/labels.py" line="70"/>
        <source>Area</source>
        <translation>建筑面积</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/labels.py" line="71"/>
        <source>Property type</source>
        <translation>物业类型</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/labels.py" line="72"/>
        <source>Handover status</source>
        <translation>交房状态</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/labels.py" line="73"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/labels.py" line="74"/>
        <source>Care needs</source>
        <translation>关怀需求</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/labels.py" line="75"/>
        <source>Preferences</source>
        <translation>偏好</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/labels.py" line="76"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/labels.py" line="77"/>
        <source>Unit</source>
        <translation>房屋</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/labels.py" line="78"/>
        <source>Relation</source>
        <translation>身份</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/labels.py" line="89"/>
        <source>required</source>
        <translation>必填</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/labels.py" line="92"/>
        <source>&apos;%1&apos; is neither a mobile number (11 digits, 13x–19x) nor a landline with its area code</source>
        <translation>“%1”既不是手机号（11 位，13x–19x 开头），也不是带区号的固定电话</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/labels.py" line="96"/>
        <source>an ID number has 17 digits and a check digit or X</source>
        <translation>身份证号应为 17 位数字加一位校验码（数字或 X）</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/labels.py" line="99"/>
        <source>the check digit of %1 is wrong (GB 11643)</source>
        <translation>%1 的校验码不正确（GB 11643）</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/labels.py" line="103"/>
        <source>&apos;%1&apos; is not an area in square metres</source>
        <translation>“%1”不是有效的面积（平方米）</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/labels.py" line="111"/>
        <source>&apos;%1&apos; is not a unit code like 3-2-1202 or 3栋2单元1202</source>
        <translation>“%1”不是房号（应如 3-2-1202 或 3栋2单元1202）</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/labels.py" line="115"/>
        <source>unknown value &apos;%1&apos; (valid: %2)</source>
        <translation>无法识别“%1”（可选：%2）</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/labels.py" line="142"/>
        <source>this name and phone are on record with another ID number</source>
        <translation>此姓名和电话已登记了另一个身份证号</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/labels.py" line="79"/>
        <source>Building (with entrance and room)</source>
        <translation>楼栋（与单元、房号合成房屋）</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/labels.py" line="80"/>
        <source>Entrance (with building and room)</source>
        <translation>单元（与楼栋、房号合成房屋）</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/labels.py" line="119"/>
        <source>&apos;%1&apos; is an ID number Excel turned into a number (its last digits are lost); format the column as text in Excel and type the number again</source>
        <translation>“%1”是被 Excel 变成数字的身份证号（末几位已丢失）；请在 Excel 中把这一列设为文本，再重新输入号码</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/labels.py" line="129"/>
        <source>room %1, building %2, entrance %3: the building or the entrance is not a number like 3 or 3栋</source>
        <translation>房号 %1、楼栋 %2、单元 %3：楼栋或单元不是 3 或 3栋 这样的数字</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/labels.py" line="140"/>
        <source>at most 40 characters</source>
        <translation>最多 40 个字</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/labels.py" line="133"/>
        <source>unreadable characters (bytes the file&apos;s encoding does not have); retype this cell</source>
        <translation>无法识别的字符（文件编码中没有这些字节）；请重新输入这一格</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/labels.py" line="137"/>
        <source>&apos;%1&apos; holds more than one name: put each person on a line of their own</source>
        <translation>“%1”中有不止一个姓名：请每人单独一行</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/labels.py" line="124"/>
        <source>&apos;%1&apos; is a phone Excel turned into a number (digits are lost); format the column as text in Excel and type it again</source>
        <translation>“%1”是被 Excel 变成数字的电话（部分数字已丢失）；请在 Excel 中把这一列设为文本，再重新输入</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/labels.py" line="107"/>
        <source>&apos;%1&apos; names no entrance (单元): write it like 3栋1单元1202</source>
        <translation>“%1”缺少单元：请写成 3栋1单元1202 这样</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../frontdesk/ui/archive/import_wizard.py" line="19"/>
        <source>Choose the owners&apos; spreadsheet</source>
        <translation>选择业主表格</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/archive/import_wizard.py" line="20"/>
        <source>CSV (UTF-8 or GB18030) or XLSX, with a header line. Refused lines are written to NAME.rejects.csv beside the file, to correct and import again.</source>
        <translation>CSV（UTF-8 或 GB18030）或 XLSX，第一行为表头。被拒绝的行写入同目录下的“文件名.rejects.csv”，改正后可再次导入。</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/archive/import_wizard.py" line="25"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/archive/import_wizard.py" line="29"/>
        <source>Detect (UTF-8, then GB18030)</source>
        <translation>自动识别（先 UTF-8，再 GB18030）</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/archive/import_wizard.py" line="36"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/archive/import_wizard.py" line="37"/>
        <source>Text encoding</source>
        <translation>文字编码</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/archive/import_wizard.py" line="40"/>
        <source>Owners&apos; spreadsheet</source>
        <translation>业主表格</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/archive/import_wizard.py" line="41"/>
        <source>Spreadsheets (*.csv *.xlsx)</source>
        <translation>表格文件 (*.csv *.xlsx)</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../frontdesk/ui/archive/import_wizard.py" line="208"/>
        <source>Import owners</source>
        <translation>导入业主</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../frontdesk/ui/archive/import_wizard.py" line="54"/>
        <source>Match the columns</source>
        <translation>对应表格列</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/archive/import_wizard.py" line="55"/>
        <source>Unit and name are required; columns left as &apos;not imported&apos; are skipped.</source>
        <translation>房号和姓名必须对应；设为“不导入”的列将被跳过。</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/archive/import_wizard.py" line="88"/>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/archive/import_wizard.py" line="104"/>
        <source>Still to choose: %1</source>
        <translation>还需对应：%1</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../frontdesk/ui/archive/dialogs.py" line="187"/>
        <source>Merge records of %1</source>
        <translation>合并 %1 的档案</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/archive/dialogs.py" line="188"/>
        <source>Choose the other record of this person. Its tickets, phones, units, tags and notes move to this record; the other record is kept, marked as merged.</source>
        <translation>请选择同一人的另一份档案。其工单、电话、房屋、标签和备注将并入本档案；另一份档案保留并标记为已合并。</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/archive/dialogs.py" line="193"/>
        <source>Search by name, phone or pinyin</source>
        <translation>按姓名、电话或拼音搜索</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/archive/dialogs.py" line="198"/>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/archive/dialogs.py" line="229"/>
        <source>Merge %1 into this record of %2?</source>
        <translation>将 %1 合并到 %2 的这份档案中？</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../frontdesk/ui/archive/dialogs.py" line="90"/>
        <source>Edit person</source>
        <translation>编辑客户档案</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/archive/dialogs.py" line="90"/>
        <source>Add a person</source>
        <translation>新增住户</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/archive/dialogs.py" line="101"/>
        <source>(type the full list to replace)</source>
        <translation>（输入完整号码以替换）</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/archive/dialogs.py" line="105"/>
        <source>(leave empty to keep)</source>
        <translation>（留空则不变）</translation>
    </message>
</context>
<context>
    <name>PersonView</name>
    <message>
        <location filename="../../frontdesk/ui/archive/person_view.py" line="81"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/archive/person_view.py" line="82"/>
        <source>Merge…</source>
        <translation>合并…</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/archive/person_view.py" line="83"/>
        <source>Show full ID and phones</source>
        <translation>查看完整证件号和电话</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/archive/person_view.py" line="84"/>
        <source>Supervisors and administrators only; written to the audit log</source>
        <translation>仅限主管和管理员；将记入审计日志</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/archive/person_view.py" line="85"/>
        <source>Customer archive</source>
        <translation>客户档案</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/archive/person_view.py" line="86"/>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/archive/person_view.py" line="86"/>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/archive/person_view.py" line="87"/>
        <source>Customer class</source>
        <translation>客户分类</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/archive/person_view.py" line="87"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/archive/person_view.py" line="88"/>
        <source>Care needs</source>
        <translation>关怀需求</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/archive/person_view.py" line="88"/>
        <source>Preferences</source>
        <translation>偏好</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/archive/person_view.py" line="89"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/archive/person_view.py" line="91"/>
        <location filename="../../frontdesk/ui/archive/person_view.py" line="93"/>
        <source>Unit</source>
        <translation>房屋</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/archive/person_view.py" line="91"/>
        <source>Relation</source>
        <translation>身份</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/archive/person_view.py" line="91"/>
        <source>Area</source>
        <translation>建筑面积</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/archive/person_view.py" line="92"/>
        <source>Property type</source>
        <translation>物业类型</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/archive/person_view.py" line="93"/>
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/archive/person_view.py" line="93"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/archive/person_view.py" line="94"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/archive/person_view.py" line="94"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/archive/person_view.py" line="94"/>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/archive/person_view.py" line="95"/>
        <source>Callback</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/archive/person_view.py" line="95"/>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/archive/person_view.py" line="96"/>
        <source>Units held</source>
        <translation>名下房屋</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/archive/person_view.py" line="97"/>
        <source>Tickets and callbacks</source>
        <translation>工单与回访</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/archive/person_view.py" line="138"/>
        <source>%1 tries, not reached</source>
        <translation>已拨 %1 次，未接通</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/archive/person_view.py" line="156"/>
        <source>Not allowed</source>
        <translation>无权操作</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../frontdesk/ui/archive/import_wizard.py" line="115"/>
        <source>Check and import</source>
        <translation>检查并导入</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/archive/import_wizard.py" line="116"/>
        <source>&apos;Check&apos; reads the whole file and writes nothing. &apos;Import&apos; writes everything in one go: a cancel leaves the archive as it was.</source>
        <translation>“检查”读取整个文件，不写入任何数据。“导入”一次性写入：中途取消则档案保持原样。</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/archive/import_wizard.py" line="118"/>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/archive/import_wizard.py" line="121"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/archive/import_wizard.py" line="153"/>
        <source>Checking the file</source>
        <translation>正在检查文件</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/archive/import_wizard.py" line="153"/>
        <source>Importing owners</source>
        <translation>正在导入业主</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/archive/import_wizard.py" line="163"/>
        <source>Check only: nothing was written.</source>
        <translation>仅检查：未写入任何数据。</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/archive/import_wizard.py" line="163"/>
        <source>Imported.</source>
        <translation>导入完成。</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/archive/import_wizard.py" line="164"/>
        <source>Lines read: %1</source>
        <translation>读取行数：%1</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/archive/import_wizard.py" line="167"/>
        <source>Units: %1 added, %2 changed</source>
        <translation>房屋：新增 %1，修改 %2</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/archive/import_wizard.py" line="169"/>
        <source>People: %1 added, %2 already on record (%3 of them changed)</source>
        <translation>住户：新增 %1，已有档案 %2（其中修改 %3）</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/archive/import_wizard.py" line="172"/>
        <source>Ties to units: %1 added, %2 changed</source>
        <translation>住户与房屋关系：新增 %1，修改 %2</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/archive/import_wizard.py" line="176"/>
        <source>Repeated lines: %1</source>
        <translation>重复行：%1</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/archive/import_wizard.py" line="177"/>
        <source>Refused lines: %1</source>
        <translation>拒绝的行：%1</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/archive/import_wizard.py" line="179"/>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/archive/import_wizard.py" line="185"/>
        <source>Refused lines were written to %1</source>
        <translation>被拒绝的行已写入 %1</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/archive/import_wizard.py" line="200"/>
        <source>Cancelled: nothing was written.</source>
        <translation>已取消：未写入任何数据。</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/archive/import_wizard.py" line="165"/>
        <source>Header found on line %1 (the lines above it are a title)</source>
        <translation>表头在第 %1 行（上面几行是标题）</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/archive/import_wizard.py" line="174"/>
        <source>Lines with a unit and nobody in it: %1 (the units alone are imported)</source>
        <translation>只有房号、没有住户的行：%1（只导入房屋）</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/archive/import_wizard.py" line="182"/>
        <source>line %1: %2 has the ID number of %3 on record: taken as the same person</source>
        <translation>第 %1 行：%2 的身份证号与档案中的 %3 相同，按同一人处理</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/archive/import_wizard.py" line="187"/>
        <source>The refused lines could not be written to a file: %1</source>
        <translation>拒收的行无法写入文件：%1</translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <location filename="../../frontdesk/ui/archive/dialogs.py" line="156"/>
        <source>Edit unit %1</source>
        <translation>编辑房屋 %1</translation>
    </message>
</context>
<context>
    <name>UnitView</name>
    <message>
        <location filename="../../frontdesk/ui/archive/unit_view.py" line="111"/>
        <source>Edit unit…</source>
        <translation>编辑房屋…</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/archive/unit_view.py" line="112"/>
        <source>Add a person…</source>
        <translation>新增住户…</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/archive/unit_view.py" line="113"/>
        <location filename="../../frontdesk/ui/archive/unit_view.py" line="217"/>
        <location filename="../../frontdesk/ui/archive/unit_view.py" line="222"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/archive/unit_view.py" line="114"/>
        <source>Notice to this unit</source>
        <translation>致本户通知</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/archive/unit_view.py" line="125"/>
        <source>House health archive</source>
        <translation>房屋健康档案</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/archive/unit_view.py" line="116"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/archive/unit_view.py" line="115"/>
        <source>Satisfaction survey form</source>
        <translation>满意度调查表</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/archive/unit_view.py" line="116"/>
        <source>Relation</source>
        <translation>身份</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/archive/unit_view.py" line="116"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/archive/unit_view.py" line="117"/>
        <source>Class</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/archive/unit_view.py" line="117"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/archive/unit_view.py" line="118"/>
        <source>Kind / date</source>
        <translation>类别 / 日期</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/archive/unit_view.py" line="118"/>
        <location filename="../../frontdesk/ui/archive/unit_view.py" line="120"/>
        <location filename="../../frontdesk/ui/archive/unit_view.py" line="122"/>
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/archive/unit_view.py" line="118"/>
        <location filename="../../frontdesk/ui/archive/unit_view.py" line="122"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/archive/unit_view.py" line="119"/>
        <source>Outcome</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/archive/unit_view.py" line="119"/>
        <source>Done</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/archive/unit_view.py" line="119"/>
        <location filename="../../frontdesk/ui/archive/unit_view.py" line="124"/>
        <source>Description</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/archive/unit_view.py" line="120"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/archive/unit_view.py" line="120"/>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/archive/unit_view.py" line="120"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/archive/unit_view.py" line="121"/>
        <source>Who</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/archive/unit_view.py" line="122"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/archive/unit_view.py" line="123"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/archive/unit_view.py" line="123"/>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/archive/unit_view.py" line="123"/>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/archive/unit_view.py" line="125"/>
        <source>Occupants</source>
        <translation>住户</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/archive/unit_view.py" line="125"/>
        <source>Timeline</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/archive/unit_view.py" line="126"/>
        <source>Tickets</source>
        <translation>工单</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/archive/unit_view.py" line="141"/>
        <source>Building %1, entrance %2, floor %3</source>
        <translation>%1 栋 %2 单元 %3 层</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/archive/unit_view.py" line="143"/>
        <source>area not recorded</source>
        <translation>面积未登记</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/archive/unit_view.py" line="162"/>
        <source>Tickets (%1)</source>
        <translation>工单（%1）</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/archive/unit_view.py" line="166"/>
        <source>Printed: %1</source>
        <translation>打印：%1</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/archive/unit_view.py" line="168"/>
        <source>Inspection finding</source>
        <translation>巡检发现</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/archive/unit_view.py" line="217"/>
        <source>Printing is not available in this version.</source>
        <translation>此版本不提供打印功能。</translation>
    </message>
</context>
<context>
    <name>_Form</name>
    <message>
        <location filename="../../frontdesk/ui/archive/dialogs.py" line="70"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CallNumber</name>
    <message>
        <source>Number to call:</source>
        <translation>回访电话：</translation>
    </message>
    <message>
        <source>Sho&amp;w the number to call</source>
        <translation>显示回访电话(&amp;W)</translation>
    </message>
    <message>
        <source>Shows the full number for this callback; written to the audit log</source>
        <translation>为本次回访显示完整号码；会记入审计日志</translation>
    </message>
    <message>
        <source>no number on record</source>
        <translation>没有登记电话</translation>
    </message>
</context>
<context>
    <name>CallbacksTab</name>
    <message>
        <source>Choose the owner&apos;s rating first.</source>
        <translation>请先选择业主的评价。</translation>
    </message>
    <message>
        <source>Hello, am I speaking with %1? This is %2 from %3 customer service.
The %4 you reported on %5 (%6: %7) has been dealt with; I am calling to ask how it went.
Are you satisfied with how it was handled: satisfied, basically satisfied or unsatisfied?
(If unsatisfied: what is still wrong? We will arrange the work again at once, and the first responder will get back to you.)
Is there anything else we can do for you? Thank you for your support. Goodbye.</source>
        <translation>您好，请问是%1吗？我是%3客服%2。
您%5反映的%4（%6：%7）已经处理完毕，今天给您做个回访。
请问您对这次处理满意吗？是满意、基本满意，还是不满意？
（不满意时：请问哪里还不满意？我们马上安排重新处理，并由首问责任人跟进回复您。）
请问您还有其他需要吗？感谢您的支持，再见。</translation>
    </message>
    <message>
        <source>the owner</source>
        <translation>业主</translation>
    </message>
    <message>
        <source>the property service centre</source>
        <translation>物业服务中心</translation>
    </message>
    <message>
        <source>MMMM d</source>
        <translation>M月d日</translation>
    </message>
</context>
<context>
    <name>HolidaysTab</name>
    <message>
        <source>%1 is already in the table as %2 (%3). Replace it with %4 (%5)?</source>
        <translation>%1 已在表中，为%2（%3）。要改为%4（%5）吗？</translation>
    </message>
</context>
<context>
    <name>SlaTab</name>
    <message>
        <source>%1: %2 is not accepted; give a whole number from 1 to 10000.</source>
        <translation>%1：%2 不可接受，请填写 1 到 10000 之间的整数。</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Civil works</source>
        <translation>土建</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>电梯</translation>
    </message>
    <message>
        <source>Facilities and equipment</source>
        <translation>设施设备</translation>
    </message>
    <message>
        <source>Management and service</source>
        <translation>管理服务</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>收费</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>突发事件</translation>
    </message>
    <message>
        <source>Parking</source>
        <translation>停车</translation>
    </message>
    <message>
        <source>Title deeds</source>
        <translation>权证</translation>
    </message>
    <message>
        <source>Community events</source>
        <translation>社区活动</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>环境</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>安全</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Elderly, living alone</source>
        <translation>独居老人</translation>
    </message>
    <message>
        <source>Pregnant</source>
        <translation>孕妇</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>残障</translation>
    </message>
    <message>
        <source>Owners&apos; committee</source>
        <translation>业委会</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Complaint-sensitive</source>
        <translation>投诉敏感</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>e.g. 3-2-1202 (building-entrance-room)</source>
        <translation>如 3-2-1202（楼-单元-房号）</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>First lines hold</source>
        <translation>前几行的内容</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>导入为</translation>
    </message>
</context>
</TS>

<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AnswerDialog</name>
    <message>
        <location filename="../../frontdesk/ui/answer_dialog.py" line="51" />
        <source>Edit standard answer</source>
        <translation>编辑常用答复</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/answer_dialog.py" line="51" />
        <source>New standard answer</source>
        <translation>新建常用答复</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/answer_dialog.py" line="52" />
        <source>&amp;Title</source>
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/answer_dialog.py" line="52" />
        <source>&amp;Category</source>
        <translation>分类(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/answer_dialog.py" line="53" />
        <source>T&amp;ags</source>
        <translation>标签(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/answer_dialog.py" line="53" />
        <source>Hot</source>
        <translation>热点</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/answer_dialog.py" line="53" />
        <source>&amp;Answer</source>
        <translation>答复内容(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/answer_dialog.py" line="55" />
        <source>separated by commas, e.g. 停车，收费</source>
        <translation>用逗号分隔，例如 停车，收费</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/answer_dialog.py" line="56" />
        <source>a hot question: list it first</source>
        <translation>热点问题：排在最前</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/answer_dialog.py" line="57" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/answer_dialog.py" line="58" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/answer_dialog.py" line="74" />
        <source>The title is required.</source>
        <translation>请填写标题。</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/answer_dialog.py" line="75" />
        <source>The answer text is required.</source>
        <translation>请填写答复内容。</translation>
    </message>
</context>
<context>
    <name>AnswersPage</name>
    <message>
        <location filename="../../frontdesk/ui/pages/answers.py" line="37" />
        <source>Answers</source>
        <translation>常用答复</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/answers.py" line="113" />
        <source>Search the answers (title, text, tags)…</source>
        <translation>搜索常用答复（标题、内容、标签）…</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/answers.py" line="117" />
        <source>All categories</source>
        <translation>全部分类</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/answers.py" line="123" />
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/answers.py" line="124" />
        <source>Copy the answer to the clipboard (Enter in the list)</source>
        <translation>把答复复制到剪贴板（在列表中按回车）</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/answers.py" line="125" />
        <source>&amp;Use in intake</source>
        <translation>用于登记(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/answers.py" line="126" />
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/answers.py" line="127" />
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/answers.py" line="128" />
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/answers.py" line="169" />
        <source>%1 answers (hot first)</source>
        <translation>共 %1 条（热点在前）</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/answers.py" line="181" />
        <source>No answer found</source>
        <translation>没有找到答复</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/answers.py" line="183" />
        <source>No standard answers yet</source>
        <translation>还没有常用答复</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/answers.py" line="191" />
        <source>Hot</source>
        <translation>热点</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/answers.py" line="230" />
        <source>Copied: %1</source>
        <translation>已复制：%1</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/answers.py" line="276" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/answers.py" line="276" />
        <source>Delete the answer “%1”?</source>
        <translation>删除答复“%1”？</translation>
    </message>
</context>
<context>
    <name>CategoriesTab</name>
    <message>
        <location filename="../../frontdesk/ui/admin/categories_tab.py" line="53" />
        <source>Ticket &amp;type</source>
        <translation>工单类型(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/categories_tab.py" line="57" />
        <source>new category, e.g. 燃气</source>
        <translation>新分类，例如 燃气</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/categories_tab.py" line="58" />
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/categories_tab.py" line="59" />
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/categories_tab.py" line="60" />
        <source>Built-in categories cannot be removed. Removing one of yours keeps it on the tickets that already have it.</source>
        <translation>内置分类不能删除。删除自定义分类后，已使用该分类的工单保持不变。</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/categories_tab.py" line="74" />
        <source>(built-in)</source>
        <translation>（内置）</translation>
    </message>
</context>
<context>
    <name>CentreTab</name>
    <message>
        <location filename="../../frontdesk/ui/admin/centre_tab.py" line="79" />
        <source>Centre &amp;name</source>
        <translation>中心名称(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/centre_tab.py" line="79" />
        <source>&amp;Address</source>
        <translation>地址(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/centre_tab.py" line="79" />
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/centre_tab.py" line="79" />
        <source>Letter&amp;head lines</source>
        <translation>信头文字(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/centre_tab.py" line="80" />
        <source>L&amp;ogo (image)</source>
        <translation>标志图片(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/centre_tab.py" line="80" />
        <source>&amp;Font for documents</source>
        <translation>文档字体(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/centre_tab.py" line="80" />
        <source>Lock after idle &amp;minutes</source>
        <translation>空闲锁屏分钟数(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/centre_tab.py" line="81" />
        <source>&amp;Language</source>
        <translation>界面语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/centre_tab.py" line="86" />
        <source>one line per row, printed at the top of every document</source>
        <translation>每行一条，打印在每份文档的顶部</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/centre_tab.py" line="87" />
        <source>empty: a Chinese font found on this computer</source>
        <translation>留空：使用本机找到的中文字体</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/centre_tab.py" line="88" />
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/centre_tab.py" line="89" />
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/centre_tab.py" line="90" />
        <location filename="../../frontdesk/ui/admin/centre_tab.py" line="91" />
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/centre_tab.py" line="92" />
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/centre_tab.py" line="113" />
        <source>Choose a file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/centre_tab.py" line="129" />
        <source>The centre needs a name.</source>
        <translation>请填写中心名称。</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/centre_tab.py" line="140" />
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../frontdesk/ui/crash.py" line="38" />
        <source>Not possible</source>
        <translation>无法完成</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/crash.py" line="40" />
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/crash.py" line="41" />
        <source>An unexpected error occurred. Your saved work is safe; the details were written to the log file. Please tell your administrator what you were doing.</source>
        <translation>发生了意外错误。已保存的数据不受影响，详情已写入日志文件。请告诉管理员您当时正在做什么。</translation>
    </message>
</context>
<context>
    <name>HolidaysTab</name>
    <message>
        <location filename="../../frontdesk/ui/admin/holidays_tab.py" line="77" />
        <source>Holiday (day off)</source>
        <translation>节假日（休息）</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/holidays_tab.py" line="77" />
        <source>Make-up workday (调休)</source>
        <translation>调休上班日</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/holidays_tab.py" line="80" />
        <source>&amp;Year</source>
        <translation>年份(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/holidays_tab.py" line="85" />
        <source>name, e.g. 春节</source>
        <translation>名称，例如 春节</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/holidays_tab.py" line="86" />
        <source>&amp;Add or change</source>
        <translation>添加或修改(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/holidays_tab.py" line="87" />
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/holidays_tab.py" line="88" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/holidays_tab.py" line="88" />
        <source>Weekday</source>
        <translation>星期</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/holidays_tab.py" line="88" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/holidays_tab.py" line="88" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/holidays_tab.py" line="111" />
        <source>%1: the centre's own table is in force; it replaces the official table for this year. Remove all its days to go back to the official one.</source>
        <translation>%1 年：正在使用本中心自定的假日表，它替代该年的国家法定假日表。删除其中所有日期即恢复使用法定表。</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/holidays_tab.py" line="116" />
        <source>%1: the official table is in force (read only). Adding a day starts the centre's own table, which then replaces the official one for the whole year: copy the official table first to keep its days.</source>
        <translation>%1 年：正在使用国家法定假日表（只读）。一旦添加日期，即开始使用本中心自定的假日表，并替代该年整张法定表；如需保留法定假日，请先复制法定表。</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/holidays_tab.py" line="121" />
        <source>Copy official table for %1</source>
        <translation>复制 %1 年法定假日表</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/holidays_tab.py" line="144" />
        <location filename="../../frontdesk/ui/admin/holidays_tab.py" line="155" />
        <location filename="../../frontdesk/ui/admin/holidays_tab.py" line="167" />
        <source>Holidays</source>
        <translation>节假日</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/holidays_tab.py" line="148" />
        <source>(%1 days copied)</source>
        <translation>（已复制 %1 天）</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/holidays_tab.py" line="156" />
        <source>%1 uses the official table. Copy it first, so your day is added to it? (No: your table starts empty and replaces the official one.)</source>
        <translation>%1 年目前使用法定假日表。是否先复制法定表，再添加这一天？（选“否”：自定表从空白开始，并替代法定表。）</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../frontdesk/ui/lock.py" line="108" />
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/lock.py" line="110" />
        <source>%1 is logged in. Enter the password to continue.</source>
        <translation>当前登录：%1。请输入密码继续。</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/lock.py" line="111" />
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/lock.py" line="112" />
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/lock.py" line="113" />
        <source>Switch user…</source>
        <translation>切换用户…</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>密码错误。</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../frontdesk/ui/login.py" line="63" />
        <location filename="../../frontdesk/ui/login.py" line="67" />
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/login.py" line="64" />
        <source>&amp;User name</source>
        <translation>用户名(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/login.py" line="65" />
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/login.py" line="66" />
        <source>e.g. desk1</source>
        <translation>例如 desk1</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/login.py" line="68" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/login.py" line="69" />
        <source>This is a demo centre. Its accounts (click one to fill in the user name):</source>
        <translation>这是演示中心，可用账号如下（点击即可填入用户名）：</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/login.py" line="74" />
        <source>password: %1</source>
        <translation>密码：%1</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/login.py" line="102" />
        <source>Enter your user name.</source>
        <translation>请输入用户名。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../frontdesk/ui/main_window.py" line="151" />
        <source>Dashboard</source>
        <extracomment>Pages only some roles see (a Page class may also say so itself with a `roles` tuple).</extracomment>
        <translation>工作台</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/main_window.py" line="151" />
        <source>Intake</source>
        <translation>登记</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/main_window.py" line="151" />
        <source>Board</source>
        <translation>看板</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/main_window.py" line="152" />
        <source>Archive</source>
        <translation>档案</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/main_window.py" line="152" />
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/main_window.py" line="152" />
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/main_window.py" line="153" />
        <source>Answers</source>
        <translation>常用答复</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/main_window.py" line="158" />
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/main_window.py" line="153" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/main_window.py" line="226" />
        <source>This page could not be opened; the details are in the log.</source>
        <translation>此页面无法打开，详情已写入日志。</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/main_window.py" line="293" />
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/main_window.py" line="292" />
        <source>Ticket %1: the ticket window is not available in this version.</source>
        <translation>工单 %1：本版本尚无工单窗口。</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/main_window.py" line="303" />
        <source>The archive is not available in this version.</source>
        <translation>本版本尚无档案页面。</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/main_window.py" line="335" />
        <source>Open: %1    Overdue: %2</source>
        <translation>未结：%1    超时：%2</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/main_window.py" line="416" />
        <source>Ctrl+N intake · Ctrl+F search · F5 refresh · Ctrl+L lock</source>
        <translation>Ctrl+N 登记 · Ctrl+F 搜索 · F5 刷新 · Ctrl+L 锁屏</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/main_window.py" line="417" />
        <source>Lock</source>
        <translation>锁屏</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/main_window.py" line="418" />
        <source>Lock the window (Ctrl+L)</source>
        <translation>锁定窗口（Ctrl+L）</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/main_window.py" line="424" />
        <source>Front desk — %1</source>
        <translation>客服前台 — %1</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/main_window.py" line="424" />
        <source>Front desk</source>
        <translation>客服前台</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/main_window.py" line="429" />
        <source>Logged in: %1</source>
        <translation>当前用户：%1</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../frontdesk/ui/pages/settings.py" line="52" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/settings.py" line="55" />
        <source>Centre and language</source>
        <translation>中心与语言</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/settings.py" line="55" />
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/settings.py" line="55" />
        <source>Categories</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/settings.py" line="56" />
        <source>Deadlines</source>
        <translation>时限</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/settings.py" line="56" />
        <source>Holidays</source>
        <translation>节假日</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/pages/settings.py" line="56" />
        <source>Templates</source>
        <translation>文书模板</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../frontdesk/ui/setup_dialog.py" line="53" />
        <source>Set up the service centre</source>
        <translation>设置服务中心</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/setup_dialog.py" line="54" />
        <source>This database has no service centre yet. Enter the centre's details and the first administrator's account.</source>
        <translation>此数据库还没有服务中心。请填写中心信息和第一个管理员账号。</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/setup_dialog.py" line="56" />
        <source>&amp;Centre name</source>
        <translation>中心名称(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/setup_dialog.py" line="56" />
        <source>&amp;Address</source>
        <translation>地址(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/setup_dialog.py" line="56" />
        <source>P&amp;hone</source>
        <translation>电话(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/setup_dialog.py" line="56" />
        <source>Admin &amp;user name</source>
        <translation>管理员用户名(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/setup_dialog.py" line="57" />
        <source>Admin &amp;display name</source>
        <translation>管理员姓名(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/setup_dialog.py" line="57" />
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/setup_dialog.py" line="57" />
        <source>Password &amp;again</source>
        <translation>再次输入密码(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/setup_dialog.py" line="61" />
        <source>e.g. 阳光花园物业服务中心</source>
        <translation>例如 阳光花园物业服务中心</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/setup_dialog.py" line="62" />
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/setup_dialog.py" line="63" />
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/setup_dialog.py" line="64" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/setup_dialog.py" line="81" />
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../frontdesk/ui/labels.py" line="10" />
        <source>Receptionist</source>
        <translation>前台客服</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/labels.py" line="11" />
        <source>Supervisor</source>
        <translation>客服主管</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/labels.py" line="12" />
        <source>Engineer</source>
        <translation>工程</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/labels.py" line="13" />
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/labels.py" line="22" />
        <source>Too many wrong passwords: this account is locked until %1. Ask an administrator or try again later.</source>
        <translation>密码错误次数过多：该账号已锁定至 %1。请联系管理员或稍后再试。</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/labels.py" line="26" />
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/labels.py" line="32" />
        <source>Repair</source>
        <translation>报修</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/labels.py" line="33" />
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/labels.py" line="34" />
        <source>Inquiry</source>
        <translation>咨询</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/labels.py" line="35" />
        <source>Suggestion</source>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/labels.py" line="36" />
        <source>Praise</source>
        <translation>表扬</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/labels.py" line="45" />
        <source>This user name is taken.</source>
        <translation>该用户名已被使用。</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/labels.py" line="47" />
        <source>The centre must keep at least one active administrator.</source>
        <translation>中心必须至少保留一个启用的管理员账号。</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/labels.py" line="49" />
        <source>The centre needs a name.</source>
        <translation>请填写中心名称。</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/labels.py" line="50" />
        <source>User name: 2 to 32 letters, digits, '.', '_' or '-'.</source>
        <translation>用户名：2 到 32 个字母、数字、“.”、“_”或“-”。</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/labels.py" line="51" />
        <source>The name is required.</source>
        <translation>请填写姓名。</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/labels.py" line="52" />
        <source>The password needs at least 6 characters.</source>
        <translation>密码至少需要 6 个字符。</translation>
    </message>
</context>
<context>
    <name>SlaTab</name>
    <message>
        <location filename="../../frontdesk/ui/admin/sla_tab.py" line="63" />
        <source>Emergency repair: on site within</source>
        <translation>紧急报修：到场时限</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/sla_tab.py" line="64" />
        <source>Repair: respond within</source>
        <translation>报修：响应时限</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/sla_tab.py" line="65" />
        <source>Complaint: answer within</source>
        <translation>投诉：答复时限</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/sla_tab.py" line="65" />
        <source>Inquiry: answer within</source>
        <translation>咨询：答复时限</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/sla_tab.py" line="66" />
        <source>Suggestion: answer within</source>
        <translation>建议：答复时限</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/sla_tab.py" line="66" />
        <source>Praise: answer within</source>
        <translation>表扬：答复时限</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/sla_tab.py" line="67" />
        <source>Callback after completion within</source>
        <translation>完工后回访时限</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/sla_tab.py" line="71" />
        <source>minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/sla_tab.py" line="71" />
        <source>hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/sla_tab.py" line="71" />
        <source>working days</source>
        <translation>个工作日</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/sla_tab.py" line="72" />
        <source>calendar days</source>
        <translation>天（自然日）</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/sla_tab.py" line="75" />
        <source>How long the desk has for each kind of request. Working days follow the holiday calendar (with make-up workdays).</source>
        <translation>各类诉求的处理时限。工作日按节假日表计算（含调休上班日）。</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/sla_tab.py" line="82" />
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/sla_tab.py" line="83" />
        <source>Back to &amp;defaults</source>
        <translation>恢复默认值(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/sla_tab.py" line="112" />
        <source>Saved. New tickets get these deadlines.</source>
        <translation>已保存。新登记的工单将使用这些时限。</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <location filename="../../frontdesk/ui/admin/staff_tab.py" line="56" />
        <source>Staff account</source>
        <translation>员工账号</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/staff_tab.py" line="57" />
        <source>&amp;User name</source>
        <translation>用户名(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/staff_tab.py" line="57" />
        <source>&amp;Display name</source>
        <translation>姓名(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/staff_tab.py" line="57" />
        <source>&amp;Role</source>
        <translation>角色(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/staff_tab.py" line="57" />
        <source>D&amp;epartment</source>
        <translation>部门(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/staff_tab.py" line="58" />
        <source>P&amp;hone</source>
        <translation>电话(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/staff_tab.py" line="58" />
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/staff_tab.py" line="60" />
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/staff_tab.py" line="63" />
        <source>may log in</source>
        <translation>允许登录</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/staff_tab.py" line="64" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/staff_tab.py" line="65" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>StaffTab</name>
    <message>
        <location filename="../../frontdesk/ui/admin/staff_tab.py" line="126" />
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/staff_tab.py" line="126" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/staff_tab.py" line="126" />
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/staff_tab.py" line="127" />
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/staff_tab.py" line="127" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/staff_tab.py" line="128" />
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/staff_tab.py" line="129" />
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/staff_tab.py" line="130" />
        <source>&amp;Reset password…</source>
        <translation>重置密码(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/staff_tab.py" line="143" />
        <source>active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/staff_tab.py" line="143" />
        <source>inactive</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/staff_tab.py" line="145" />
        <source>locked until %1</source>
        <translation>锁定至 %1</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/staff_tab.py" line="180" />
        <location filename="../../frontdesk/ui/admin/staff_tab.py" line="188" />
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <location filename="../../frontdesk/ui/admin/staff_tab.py" line="181" />
        <source>New password for %1:</source>
        <translation>%1 的新密码：</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <location filename="../../frontdesk/ui/jobs.py" line="63" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
</TS>
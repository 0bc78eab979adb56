<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Entente::ActorDictionariesDialog</name>
    <message>
        <source>Actor Dictionaries</source>
        <translation>行为体词典</translation>
    </message>
    <message>
        <source>Actor dictionaries in the PETRARCH/Phoenix format (a name in capitals with “_” between words, “+” lines for other names, CAMEO codes such as [USAGOV 090120-170120]). Their actors are suggested with the side and role their codes give on each article’s date.</source>
        <translation>PETRARCH/Phoenix 格式的行为体词典（名称全部大写、词间以“_”连接，以“+”开头的行列出其他名称，CAMEO 代码如 [USAGOV 090120-170120]）。其中的行为体将按其代码在各篇文章日期所对应的所属方和职务给出建议。</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Add Actor Dictionaries</source>
        <translation>添加行为体词典</translation>
    </message>
    <message>
        <source>Actor dictionaries (*.txt *.actors *.dict);;All files (*)</source>
        <translation>行为体词典 (*.txt *.actors *.dict);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Learned lexicon</source>
        <translation>已学习的词库</translation>
    </message>
    <message>
        <source>&amp;Open File</source>
        <translation>打开文件(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Forget Everything…</source>
        <translation>全部遗忘(&amp;F)…</translation>
    </message>
    <message>
        <source>Open the lexicon in a text editor: every line is one thing learned, delete it to forget it</source>
        <translation>在文本编辑器中打开词库：每一行是一条已学习的内容，删除该行即可遗忘</translation>
    </message>
    <message>
        <source>Forget Everything</source>
        <translation>全部遗忘</translation>
    </message>
    <message>
        <source>Forget every actor, phrasing and rejection learned in this folder?</source>
        <translation>要遗忘在此文件夹中学习到的所有行为体、措辞和拒绝记录吗？</translation>
    </message>
    <message>
        <source>Could not write the lexicon: %1</source>
        <translation>无法写入词库：%1</translation>
    </message>
    <message>
        <source>Actor &amp;Dictionaries…</source>
        <translation>行为体词典(&amp;D)…</translation>
    </message>
    <message>
        <source>Choose the actor dictionaries the suggestions use, and see what they learned</source>
        <translation>选择建议所用的行为体词典，并查看已学习的内容</translation>
    </message>
    <message>
        <source>Could not read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n actor(s))</source>
        <translation>
            <numerusform>%1（%n 个行为体）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (could not be read)</source>
        <translation>%1（无法读取）</translation>
    </message>
    <message>
        <source>Open articles to learn from: the lexicon is kept in their folder.</source>
        <translation>请打开用于学习的文章：词库保存在文章所在的文件夹中。</translation>
    </message>
    <message>
        <source>%1
%2 actor(s), %3 meeting phrasing(s) learned.</source>
        <translation>%1
已学习 %2 个行为体、%3 种会晤措辞。</translation>
    </message>
</context>
<context>
    <name>Entente::ActorForm</name>
    <message>
        <source>The id that marks and meetings use; renaming it renames them too</source>
        <translation>标记和会晤所使用的 ID；重命名时会一并更新它们</translation>
    </message>
    <message>
        <source>The name lists and views show</source>
        <translation>列表和视图中显示的名称</translation>
    </message>
    <message>
        <source>A person, an organisation or a state</source>
        <translation>个人、组织或国家</translation>
    </message>
    <message>
        <source>The state or side the actor belongs to, for example USA</source>
        <translation>行为体所属的国家或阵营，例如 USA</translation>
    </message>
    <message>
        <source>The actor&apos;s office or function, for example Secretary of State</source>
        <translation>行为体的职位或职能，例如 Secretary of State</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>以逗号分隔</translation>
    </message>
    <message>
        <source>Other names the article uses for the actor, separated by commas</source>
        <translation>文章中对该行为体使用的其他名称，以逗号分隔</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>ID(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Side:</source>
        <translation>所属方(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>职务(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Aliases:</source>
        <translation>别名(&amp;A)：</translation>
    </message>
    <message>
        <source>%1 (side from title)</source>
        <translation>%1（所属方取自头衔）</translation>
    </message>
</context>
<context>
    <name>Entente::ActorModel</name>
    <message>
        <source>Also known as: %1</source>
        <translation>又称：%1</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>职务：%1</translation>
    </message>
    <message>
        <source>Side: %1</source>
        <translation>所属方：%1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>所属方</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>会晤</translation>
    </message>
</context>
<context>
    <name>Entente::AnalysisDocks</name>
    <message>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>关系网络</translation>
    </message>
    <message>
        <source>Issue Status</source>
        <translation>议题状态</translation>
    </message>
    <message>
        <source>Export View…</source>
        <translation>导出视图…</translation>
    </message>
    <message>
        <source>Save this view as a PNG, SVG or PDF picture</source>
        <translation>将此视图保存为 PNG、SVG 或 PDF 图片</translation>
    </message>
    <message>
        <source>Export &amp;View…</source>
        <translation>导出视图(&amp;V)…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Save the calendar, network or chart shown last as a picture</source>
        <translation>将最近显示的日历、网络或图表保存为图片</translation>
    </message>
    <message>
        <source>Export Vie&amp;w As</source>
        <translation>导出视图为(&amp;X)</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>会晤</translation>
    </message>
</context>
<context>
    <name>Entente::AnnotatedEditor</name>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
</context>
<context>
    <name>Entente::ArticleSet</name>
    <message>
        <source>%1: no .entente or .txt files in this folder</source>
        <translation>%1：此文件夹中没有 .entente 或 .txt 文件</translation>
    </message>
    <message>
        <source>No article is open.</source>
        <translation>没有打开的文章。</translation>
    </message>
    <message>
        <source>%1 is read-only.</source>
        <translation>%1 为只读。</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>无法保存：%1</translation>
    </message>
</context>
<context>
    <name>Entente::ArticleViews</name>
    <message>
        <source>Show &amp;Markup</source>
        <translation>显示标注源文本(&amp;M)</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>Show the article as annotated text, with its marks and records written out</source>
        <translation>以标注文本形式显示文章，并写出其中的标记和记录</translation>
    </message>
</context>
<context>
    <name>Entente::AutoSaver</name>
    <message>
        <source>Could not open %1.</source>
        <translation>无法打开 %1。</translation>
    </message>
    <message>
        <source>could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>could not create the recovery folder %1</source>
        <translation>无法创建恢复文件夹 %1</translation>
    </message>
    <message>
        <source>could not start a recovery session in %1 (is the folder writable?)</source>
        <translation>无法在 %1 中启动恢复会话（该文件夹是否可写？）</translation>
    </message>
</context>
<context>
    <name>Entente::AutosaveBanner</name>
    <message>
        <source>Try Again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Write the recovery copies now</source>
        <translation>立即写入恢复副本</translation>
    </message>
    <message numerus="yes">
        <source>Autosave failed for %1: %2. Unsaved changes would be lost in a crash; Entente tries again every %n second(s). Save the article to keep them.</source>
        <translation>
            <numerusform>%1 自动保存失败：%2。程序崩溃时未保存的更改将会丢失；Entente 每 %n 秒重试一次。请保存文章以保留这些更改。</numerusform>
        </translation>
    </message>
    <message>
        <source>Recovery folder: %1</source>
        <translation>恢复文件夹：%1</translation>
    </message>
</context>
<context>
    <name>Entente::Briefing</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>简报</translation>
    </message>
    <message>
        <source>%1: a briefing is written as .pdf or .html</source>
        <translation>%1：简报只能写为 .pdf 或 .html</translation>
    </message>
    <message>
        <source>Calendar, %1</source>
        <translation>日历，%1</translation>
    </message>
    <message>
        <source>Meetings per month</source>
        <translation>每月会晤</translation>
    </message>
    <message>
        <source>Who met whom</source>
        <translation>谁会见了谁</translation>
    </message>
    <message>
        <source>Issue status</source>
        <translation>议题状态</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1，第 %2 行</translation>
    </message>
    <message>
        <source>(no sentence of the article is marked for it)</source>
        <translation>（文章中没有为此标记的句子）</translation>
    </message>
    <message>
        <source>no dated records</source>
        <translation>没有带日期的记录</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n 场会晤</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n issue status change(s)</source>
        <translation>
            <numerusform>%n 次议题状态变更</numerusform>
        </translation>
    </message>
    <message>
        <source>Meetings with a participant of: %1</source>
        <translation>有以下所属方人员参加的会晤：%1</translation>
    </message>
    <message>
        <source>Meeting statuses: %1</source>
        <translation>会晤状态：%1</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Prepared with Entente on %1. Every meeting and status change below cites the sentence it rests on.</source>
        <translation>由 Entente 于 %1 编制。以下每场会晤和每次状态变更都注明了其所依据的句子。</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>会晤</translation>
    </message>
    <message>
        <source>No meetings in this period.</source>
        <translation>此期间没有会晤。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>与会者</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Sources of the meetings</source>
        <translation>会晤的来源</translation>
    </message>
    <message>
        <source>Sources of the issue status changes</source>
        <translation>议题状态变更的来源</translation>
    </message>
    <message>
        <source>No status changes in this period.</source>
        <translation>此期间没有状态变更。</translation>
    </message>
    <message>
        <source>%1: the briefing was stopped before it was written</source>
        <translation>%1：简报在写入之前已停止</translation>
    </message>
    <message>
        <source>Undated</source>
        <translation>无日期</translation>
    </message>
</context>
<context>
    <name>Entente::BriefingCommand</name>
    <message>
        <source>usage: entente briefing FILE|FOLDER... --from DATE --to DATE --output briefing.pdf|briefing.html [--title TEXT] [--sides A,B] [--statuses S,T]</source>
        <translation>用法：entente briefing FILE|FOLDER... --from DATE --to DATE --output briefing.pdf|briefing.html [--title TEXT] [--sides A,B] [--statuses S,T]</translation>
    </message>
    <message>
        <source>briefing.pdf or briefing.html.</source>
        <translation>briefing.pdf 或 briefing.html。</translation>
    </message>
    <message>
        <source>The title on the first page.</source>
        <translation>首页上的标题。</translation>
    </message>
    <message>
        <source>Language.</source>
        <translation>语言。</translation>
    </message>
    <message>
        <source>name at least one article file or folder</source>
        <translation>请至少指定一个文章文件或文件夹</translation>
    </message>
    <message>
        <source>--output must name a .pdf or .html file</source>
        <translation>--output 必须指定 .pdf 或 .html 文件</translation>
    </message>
    <message>
        <source>--from and --to are required</source>
        <translation>必须指定 --from 和 --to</translation>
    </message>
    <message>
        <source>entente briefing: no readable article files</source>
        <translation>entente briefing：没有可读取的文章文件</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n meeting(s), %2 status changes</source>
        <translation>
            <numerusform>已写入 %1：%n 场会晤，%2 次状态变更</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Entente::BriefingDialog</name>
    <message>
        <source>Briefing</source>
        <translation>简报</translation>
    </message>
    <message>
        <source>Only the meetings the network&apos;s side and status filters show</source>
        <translation>仅包含关系网络的所属方和状态筛选所显示的会晤</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>时段(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>另存为(&amp;S)：</translation>
    </message>
    <message>
        <source>A PDF, or one HTML file with everything in it (.html).</source>
        <translation>PDF，或包含全部内容的单个 HTML 文件（.html）。</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Save Briefing</source>
        <translation>保存简报</translation>
    </message>
    <message>
        <source>PDF document (*.pdf);;Web page, self-contained (*.html)</source>
        <translation>PDF 文档 (*.pdf);;网页，独立文件 (*.html)</translation>
    </message>
    <message>
        <source>Could not write the briefing</source>
        <translation>无法写入简报</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>已写入 %1。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>&amp;Briefing…</source>
        <translation>简报(&amp;B)…</translation>
    </message>
    <message>
        <source>A PDF or HTML briefing of a period: meetings, calendar, network, issues and sources</source>
        <translation>某一时段的 PDF 或 HTML 简报：会晤、日历、关系网络、议题和来源</translation>
    </message>
    <message>
        <source>Writing the briefing…</source>
        <translation>正在写入简报…</translation>
    </message>
    <message>
        <source>Preparing the briefing…</source>
        <translation>正在准备简报…</translation>
    </message>
</context>
<context>
    <name>Entente::CalendarAgenda</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Meetings of the weeks shown</source>
        <translation>所显示各周的会晤</translation>
    </message>
</context>
<context>
    <name>Entente::CalendarAgendaPainter</name>
    <message numerus="yes">
        <source>Meetings shown (%n)</source>
        <comment>heading of the exported agenda</comment>
        <translation>
            <numerusform>所显示的会晤（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>No meetings in these weeks.</source>
        <translation>这几周没有会晤。</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <comment>meetings left out of the exported agenda</comment>
        <translation>
            <numerusform>… 另有 %n 场</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Entente::CalendarGeometry</name>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
</context>
<context>
    <name>Entente::CalendarGrid</name>
    <message>
        <source>Meeting calendar</source>
        <translation>会晤日历</translation>
    </message>
</context>
<context>
    <name>Entente::CalendarText</name>
    <message>
        <source>, </source>
        <comment>separator of participant names</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>≈ %1</source>
        <comment>label of a meeting whose date is approximate</comment>
        <translation>≈ %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a month-only meeting: its month, then its label</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>地点：</translation>
    </message>
    <message>
        <source>Participants:</source>
        <translation>与会者：</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <comment>meetings of a day that do not fit in its cell</comment>
        <translation>
            <numerusform>+%n 场</numerusform>
        </translation>
    </message>
    <message>
        <source>+%1</source>
        <comment>meetings of a day that do not fit in a narrow cell</comment>
        <translation>+%1</translation>
    </message>
</context>
<context>
    <name>Entente::CalendarView</name>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Go to Selected Meeting</source>
        <translation>转到所选会晤</translation>
    </message>
    <message>
        <source>Previous month (Page Up)</source>
        <translation>上个月（Page Up）</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>上个月</translation>
    </message>
    <message>
        <source>Next month (Page Down)</source>
        <translation>下个月（Page Down）</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>下个月</translation>
    </message>
    <message>
        <source>Show the month of today</source>
        <translation>显示本月</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>QDate format of the calendar&apos;s month picker</comment>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>Jump to a month</source>
        <translation>跳转到某个月份</translation>
    </message>
    <message>
        <source>Month shown</source>
        <translation>所显示的月份</translation>
    </message>
    <message>
        <source>Show the month of the meeting selected in any view</source>
        <translation>显示在任一视图中所选会晤所在的月份</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>会晤</translation>
    </message>
    <message>
        <source>The nearest earlier month with meetings (Shift+Page Up)</source>
        <translation>之前最近一个有会晤的月份（Shift+Page Up）</translation>
    </message>
    <message>
        <source>The nearest later month with meetings (Shift+Page Down)</source>
        <translation>之后最近一个有会晤的月份（Shift+Page Down）</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>One month with its meetings (M)</source>
        <translation>单月及其会晤（M）</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Twelve months, shaded by meetings a day (Y)</source>
        <translation>十二个月，按每日会晤数着色（Y）</translation>
    </message>
    <message>
        <source>Previous year (Page Up)</source>
        <translation>上一年（Page Up）</translation>
    </message>
    <message>
        <source>Next year (Page Down)</source>
        <translation>下一年（Page Down）</translation>
    </message>
    <message>
        <source>Calendar, year view</source>
        <translation>日历，年视图</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
</context>
<context>
    <name>Entente::CalendarYear</name>
    <message>
        <source>Meetings of the year</source>
        <translation>本年度的会晤</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n meeting(s). Click to open the month.</source>
        <translation>
            <numerusform>%1：%n 场会晤。单击可打开该月。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>the first and last month of the year view</comment>
        <translation>%1至%2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n meeting(s)</source>
        <comment>year view title: the months shown, the meetings in them</comment>
        <translation>
            <numerusform>%1：%n 场会晤</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a month of the year view and its number of meetings</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Meetings a day:</source>
        <translation>每日会晤数：</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation>%1 或更多</translation>
    </message>
    <message>
        <source>Meetings known only to the week or month count for their months.</source>
        <translation>仅知道所在周或月的会晤计入其所在月份。</translation>
    </message>
</context>
<context>
    <name>Entente::CommandHelpers</name>
    <message>
        <source>Only meetings and status changes from this day (YYYY-MM-DD, or a week or month).</source>
        <translation>仅包括自该日起的会晤和状态变更（YYYY-MM-DD，或某一周或某个月）。</translation>
    </message>
    <message>
        <source>Only meetings and status changes up to this day.</source>
        <translation>仅包括截至该日的会晤和状态变更。</translation>
    </message>
    <message>
        <source>Only meetings with a participant of these sides (comma-separated).</source>
        <translation>仅包括有这些所属方人员参加的会晤（以逗号分隔）。</translation>
    </message>
    <message>
        <source>Only meetings of these statuses: planned, held, cancelled, failed.</source>
        <translation>仅包括以下状态的会晤：planned、held、cancelled、failed。</translation>
    </message>
    <message>
        <source>--%1 must be a date such as 2023-07-13, 2023-W28 or 2023-07, not &apos;%2&apos;</source>
        <translation>--%1 必须是 2023-07-13、2023-W28 或 2023-07 之类的日期，而不是“%2”</translation>
    </message>
    <message>
        <source>--to is before --from</source>
        <translation>--to 早于 --from</translation>
    </message>
    <message>
        <source>--statuses: unknown meeting status &apos;%1&apos; (planned, held, cancelled or failed)</source>
        <translation>--statuses：未知的会晤状态“%1”（planned、held、cancelled 或 failed）</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
</context>
<context>
    <name>Entente::CommandLine</name>
    <message numerus="yes">
        <source>%n file(s) checked</source>
        <translation>
            <numerusform>已检查 %n 个文件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 个警告</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: error: a folder with no articles (no .entente or .txt files in it)</source>
        <translation>%1：错误：文件夹中没有文章（没有 .entente 或 .txt 文件）</translation>
    </message>
    <message>
        <source>%1: warning: skipped: %2</source>
        <translation>%1：警告：已跳过：%2</translation>
    </message>
    <message>
        <source>entente: cannot write the corpus: %1</source>
        <translation>entente：无法写入语料库：%1</translation>
    </message>
    <message>
        <source>entente: cannot write the plain text: %1</source>
        <translation>entente：无法写入纯文本：%1</translation>
    </message>
</context>
<context>
    <name>Entente::Corpus</name>
    <message>
        <source>actor</source>
        <translation>行为体</translation>
    </message>
    <message>
        <source>issue</source>
        <translation>议题</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is defined differently in %3; keeping that definition</source>
        <translation>%1“%2”在 %3 中有不同的定义；保留该处的定义</translation>
    </message>
    <message>
        <source>reports of meeting &apos;%1&apos; disagree on its date: %2 here, %3 in %4</source>
        <translation>关于会晤“%1”的报道在日期上不一致：此处为 %2，%4 中为 %3</translation>
    </message>
    <message>
        <source>reports of meeting &apos;%1&apos; disagree on its place: %2 here, %3 in %4</source>
        <translation>关于会晤“%1”的报道在地点上不一致：此处为 %2，%4 中为 %3</translation>
    </message>
</context>
<context>
    <name>Entente::CorpusEditor</name>
    <message>
        <source>open read-only</source>
        <translation>以只读方式打开</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 more</source>
        <translation>另外 %1 个</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>将 %1 重命名为 %2</translation>
    </message>
    <message>
        <source>Renamed %1 to %2</source>
        <translation>已将 %1 重命名为 %2</translation>
    </message>
    <message>
        <source>Merge %1 into %2</source>
        <translation>将 %1 合并到 %2</translation>
    </message>
    <message>
        <source>Merged %1 into %2</source>
        <translation>已将 %1 合并到 %2</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>删除 %1</translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation>已删除 %1</translation>
    </message>
    <message>
        <source>Nothing changed: every article that uses the id is left alone: %1.</source>
        <translation>未做任何更改：所有使用该 ID 的文章均保持不变：%1。</translation>
    </message>
    <message>
        <source>%1 in %2 (%3).</source>
        <translation>%1，涉及 %2（%3）。</translation>
    </message>
    <message>
        <source>1 article</source>
        <translation>1 篇文章</translation>
    </message>
    <message>
        <source>%1 articles</source>
        <translation>%1 篇文章</translation>
    </message>
    <message>
        <source>1 mark</source>
        <translation>1 个标记</translation>
    </message>
    <message>
        <source>%1 marks</source>
        <translation>%1 个标记</translation>
    </message>
    <message>
        <source>Left alone: %1.</source>
        <translation>保持不变：%1。</translation>
    </message>
    <message>
        <source>“%1” is not undone: %2 changed since; undo the changes made there after it first.</source>
        <translation>未撤销“%1”：%2 此后已被更改；请先撤销之后在那里所做的更改。</translation>
    </message>
    <message>
        <source>“%1” is not redone: %2 changed since it was undone.</source>
        <translation>未重做“%1”：%2 在撤销后已被更改。</translation>
    </message>
    <message>
        <source>Undone in %1: %2.</source>
        <translation>已在 %1 中撤销：%2。</translation>
    </message>
    <message>
        <source>Redone in %1: %2.</source>
        <translation>已在 %1 中重做：%2。</translation>
    </message>
</context>
<context>
    <name>Entente::CorpusEdits</name>
    <message>
        <source>there is no %1 &apos;%2&apos;</source>
        <translation>不存在%1“%2”</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>this change would alter the article&apos;s words or break the file</source>
        <translation>此更改会改变文章的文字或损坏文件</translation>
    </message>
    <message>
        <source>dates have no ids</source>
        <translation>日期没有 ID</translation>
    </message>
    <message>
        <source>bad id &apos;%1&apos;: use letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;</source>
        <translation>无效的 ID“%1”：请使用字母、数字、&apos;-&apos;、&apos;_&apos; 或 &apos;.&apos;</translation>
    </message>
    <message>
        <source>the %1 id &apos;%2&apos; is already used</source>
        <translation>%1 ID“%2”已被使用</translation>
    </message>
    <message>
        <source>only actors and meetings can be merged</source>
        <translation>只能合并行为体和会晤</translation>
    </message>
    <message>
        <source>a record cannot be merged into itself</source>
        <translation>记录不能合并到其自身</translation>
    </message>
    <message>
        <source>dates have no records</source>
        <translation>日期没有记录</translation>
    </message>
</context>
<context>
    <name>Entente::CorpusStep</name>
    <message>
        <source>%1 changed while the change was prepared; try again.</source>
        <translation>准备更改期间 %1 已被修改；请重试。</translation>
    </message>
</context>
<context>
    <name>Entente::DataExportCommand</name>
    <message>
        <source>usage: entente export FILE|FOLDER... --format csv|gexf|graphml|ics|brat|plover --output PATH [--from DATE] [--to DATE] [--sides A,B] [--statuses S,T] [--table NAME]</source>
        <translation>用法：entente export FILE|FOLDER... --format csv|gexf|graphml|ics|brat|plover --output PATH [--from DATE] [--to DATE] [--sides A,B] [--statuses S,T] [--table NAME]</translation>
    </message>
    <message>
        <source>csv, gexf, graphml, ics, brat or plover.</source>
        <translation>csv、gexf、graphml、ics、brat 或 plover。</translation>
    </message>
    <message>
        <source>The file, or the folder for CSV tables and brat.</source>
        <translation>输出文件；对于 CSV 表格和 brat 则为文件夹。</translation>
    </message>
    <message>
        <source>CSV into one file: actors, meetings, participants, issues or statuses.</source>
        <translation>将 CSV 写入单个文件：actors、meetings、participants、issues 或 statuses。</translation>
    </message>
    <message>
        <source>Language.</source>
        <translation>语言。</translation>
    </message>
    <message>
        <source>name at least one article file or folder</source>
        <translation>请至少指定一个文章文件或文件夹</translation>
    </message>
    <message>
        <source>--output PATH is required</source>
        <translation>必须指定 --output 路径</translation>
    </message>
    <message>
        <source>--format must be csv, gexf, graphml, ics, brat or plover</source>
        <translation>--format 必须为 csv、gexf、graphml、ics、brat 或 plover</translation>
    </message>
    <message>
        <source>entente export: no readable article files</source>
        <translation>entente export：没有可读取的文章文件</translation>
    </message>
    <message>
        <source>Wrote %1 to %2</source>
        <translation>已将 %1 写入 %2</translation>
    </message>
    <message>
        <source>%1 changed while it was exported; export again</source>
        <translation>%1 在导出期间已更改；请重新导出</translation>
    </message>
</context>
<context>
    <name>Entente::DataExportDialog</name>
    <message>
        <source>Only &amp;from</source>
        <translation>仅限从(&amp;F)</translation>
    </message>
    <message>
        <source>Export Data</source>
        <translation>导出数据</translation>
    </message>
    <message>
        <source>All tables, one file each, in a folder</source>
        <translation>所有表格，每个表格一个文件，存入文件夹</translation>
    </message>
    <message>
        <source>sides %1</source>
        <translation>所属方 %1</translation>
    </message>
    <message>
        <source>statuses %1</source>
        <translation>状态 %1</translation>
    </message>
    <message>
        <source>Only the meetings the network shows (%1)</source>
        <translation>仅包含关系网络所显示的会晤（%1）</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Tables:</source>
        <translation>表格(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>保存到(&amp;S)：</translation>
    </message>
    <message>
        <source>Meetings:</source>
        <translation>会晤：</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>A folder: files already in it with the same names are replaced.</source>
        <translation>文件夹：其中已有的同名文件将被替换。</translation>
    </message>
    <message>
        <source>One file, replaced if it exists.</source>
        <translation>单个文件，如已存在则替换。</translation>
    </message>
    <message>
        <source>Export Data to a Folder</source>
        <translation>将数据导出到文件夹</translation>
    </message>
    <message>
        <source>Preparing the export…</source>
        <translation>正在准备导出…</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>导出已取消；未写入任何内容。</translation>
    </message>
    <message>
        <source>Wrote %1 to %2.</source>
        <translation>已将 %1 写入 %2。</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>已略去：%1</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <source>Export &amp;Data…</source>
        <translation>导出数据(&amp;D)…</translation>
    </message>
    <message>
        <source>Save actors, meetings and issues for spreadsheets, Gephi, calendars, brat or event data</source>
        <translation>保存行为体、会晤和议题，供电子表格、Gephi、日历、brat 或事件数据使用</translation>
    </message>
</context>
<context>
    <name>Entente::DateLineEdit</name>
    <message>
        <source>2023-07-12, 20230712, today, yesterday…</source>
        <translation>2023-07-12、20230712、今天、昨天…</translation>
    </message>
    <message>
        <source>Type a day as you like: 2023-07-12, 20230712, %1, today, yesterday or 3 days ago</source>
        <translation>可按任意方式输入日期：2023-07-12、20230712、%1、今天、昨天或“3 days ago”</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Pick the day in a calendar</source>
        <translation>在日历中选择日期</translation>
    </message>
    <message>
        <source>Not a day yet: write 2023-07-12, 20230712, today or yesterday</source>
        <translation>尚不是有效日期：请写作 2023-07-12、20230712、今天或昨天</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>明天</translation>
    </message>
</context>
<context>
    <name>Entente::DateResolution</name>
    <message>
        <source>Read as %1 against the article&apos;s date, %2 (%3). Enter confirms; type to correct.</source>
        <translation>按文章日期 %2（%3）解读为 %1。按 Enter 确认；直接输入可更正。</translation>
    </message>
    <message>
        <source>Read as %1 (%2). Enter confirms; type to correct.</source>
        <translation>解读为 %1（%2）。按 Enter 确认；直接输入可更正。</translation>
    </message>
    <message>
        <source>Written as a date: %1</source>
        <translation>以日期形式写出：%1</translation>
    </message>
    <message>
        <source>The article has no date to resolve “%1” against: type the date.</source>
        <translation>文章没有可用来解析“%1”的日期：请输入日期。</translation>
    </message>
    <message>
        <source>“%1” names no date Entente can resolve: the article&apos;s date (%2) is offered; correct it.</source>
        <translation>“%1”不是 Entente 能解析的日期：已填入文章日期（%2）；请更正。</translation>
    </message>
</context>
<context>
    <name>Entente::DiskChangeBanner</name>
    <message>
        <source>&amp;Reload</source>
        <translation>重新加载(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Keep My Version</source>
        <translation>保留我的版本(&amp;K)</translation>
    </message>
    <message>
        <source>Show the file as it is on disk now; Undo brings your text back</source>
        <translation>显示磁盘上该文件的当前内容；撤销可恢复您的文本</translation>
    </message>
    <message>
        <source>Keep your text; saving will overwrite the file</source>
        <translation>保留您的文本；保存时将覆盖该文件</translation>
    </message>
    <message>
        <source>%1 was changed on disk by another program. Reload shows the file and puts your unsaved changes in the undo history; Keep My Version lets Save overwrite the file.</source>
        <translation>%1 已被其他程序在磁盘上更改。“重新加载”会显示该文件，并将您未保存的更改放入撤销历史；“保留我的版本”则让“保存”覆盖该文件。</translation>
    </message>
    <message>
        <source>%1 was changed on disk by another program.</source>
        <translation>%1 已被其他程序在磁盘上更改。</translation>
    </message>
    <message>
        <source>%1 was deleted or moved on disk. Save writes it again.</source>
        <translation>%1 已在磁盘上被删除或移动。“保存”会重新写入该文件。</translation>
    </message>
    <message>
        <source>File Changed on Disk</source>
        <translation>磁盘上的文件已更改</translation>
    </message>
    <message>
        <source>%1 was changed on disk since you opened it.</source>
        <translation>%1 自打开后已在磁盘上被更改。</translation>
    </message>
    <message>
        <source>Saving replaces the other program&apos;s changes with your version.</source>
        <translation>保存将用您的版本替换其他程序所做的更改。</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>覆盖(&amp;O)</translation>
    </message>
</context>
<context>
    <name>Entente::DiskWatcher</name>
    <message>
        <source>No article is open.</source>
        <translation>没有打开的文章。</translation>
    </message>
    <message>
        <source>Could not read %1.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>%1:%2:%3: error: %4</source>
        <translation>%1:%2:%3: 错误：%4</translation>
    </message>
</context>
<context>
    <name>Entente::DocumentEdits</name>
    <message>
        <source>the document has changed since it was read; try again</source>
        <translation>文档在读取后已被更改；请重试</translation>
    </message>
    <message>
        <source>bad id &apos;%1&apos;: use letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;</source>
        <translation>无效的 ID“%1”：请使用字母、数字、&apos;-&apos;、&apos;_&apos; 或 &apos;.&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (use 2023-07-13, 2023-W28, 2023-07, ~2023-07-13 or start..end)</source>
        <translation>“%1”不是日期（请使用 2023-07-13、2023-W28、2023-07、~2023-07-13 或 开始..结束）</translation>
    </message>
    <message>
        <source>the dates &apos;%1&apos; end before they start</source>
        <translation>日期“%1”的结束早于开始</translation>
    </message>
    <message>
        <source>select some words to mark</source>
        <translation>请选择要标记的文字</translation>
    </message>
    <message>
        <source>marks belong in the article, not in the records section</source>
        <translation>标记应位于文章正文中，而不是记录部分</translation>
    </message>
    <message>
        <source>a mark lies on one line: the words cross a line break</source>
        <translation>标记必须位于同一行：所选文字跨越了换行</translation>
    </message>
    <message>
        <source>the words of a mark cannot contain &apos;[&apos; or &apos;]&apos;</source>
        <translation>标记的文字不能包含 &apos;[&apos; 或 &apos;]&apos;</translation>
    </message>
    <message>
        <source>there is no issue &apos;%1&apos;</source>
        <translation>不存在议题“%1”</translation>
    </message>
    <message>
        <source>a record lies on one line: remove the line breaks</source>
        <translation>记录必须位于同一行：请删除换行</translation>
    </message>
    <message>
        <source>no mark has the anchor &apos;#%1&apos;</source>
        <translation>没有任何标记带有锚点“#%1”</translation>
    </message>
    <message>
        <source>the words overlap a mark: marks do not nest</source>
        <translation>所选文字与已有标记重叠：标记不能嵌套</translation>
    </message>
    <message>
        <source>bad anchor &apos;#%1&apos;: use letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;</source>
        <translation>无效的锚点“#%1”：请使用字母、数字、&apos;-&apos;、&apos;_&apos; 或 &apos;.&apos;</translation>
    </message>
    <message>
        <source>another mark already has the anchor &apos;#%1&apos;</source>
        <translation>另一个标记已使用锚点“#%1”</translation>
    </message>
    <message>
        <source>there is no such mark</source>
        <translation>不存在该标记</translation>
    </message>
    <message>
        <source>status lines are added, changed and removed one status change at a time</source>
        <translation>状态行只能逐条添加、修改和删除，每次一条状态变更</translation>
    </message>
    <message>
        <source>not an article, actor, meeting or issue record: &apos;%1&apos;</source>
        <translation>不是 article、actor、meeting 或 issue 记录：“%1”</translation>
    </message>
    <message>
        <source>issue &apos;%1&apos; has no such status change</source>
        <translation>议题“%1”没有这条状态变更</translation>
    </message>
    <message>
        <source>dates have no records</source>
        <translation>日期标记没有对应的记录</translation>
    </message>
    <message>
        <source>there is no %1 &apos;%2&apos;</source>
        <translation>不存在 %1 记录“%2”</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the only participant of meeting &apos;%2&apos;: remove the meeting first</source>
        <translation>“%1”是会晤“%2”的唯一与会者：请先删除该会晤</translation>
    </message>
    <message>
        <source>dates have no ids</source>
        <translation>日期标记没有 ID</translation>
    </message>
    <message>
        <source>the %1 id &apos;%2&apos; is already used</source>
        <translation>%1 ID“%2”已被使用</translation>
    </message>
    <message>
        <source>there is no actor &apos;%1&apos;</source>
        <translation>不存在行为体“%1”</translation>
    </message>
    <message>
        <source>an actor cannot be merged into itself</source>
        <translation>行为体不能与自身合并</translation>
    </message>
    <message>
        <source>this change would alter the article&apos;s words or break the file</source>
        <translation>此更改会改动文章的文字或损坏文件</translation>
    </message>
</context>
<context>
    <name>Entente::DuplicateModel</name>
    <message>
        <source>Meeting</source>
        <translation>会晤</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>行为体</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 及另外 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1: merge %2 (%3) into %4 (%5)</source>
        <translation>%1：将 %2（%3）合并到 %4（%5）</translation>
    </message>
    <message>
        <source>Merge → Keep</source>
        <translation>合并 → 保留</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
</context>
<context>
    <name>Entente::DuplicateRejections</name>
    <message>
        <source>%1: cannot read the rejected duplicates: %2</source>
        <translation>%1：无法读取已拒绝的重复项：%2</translation>
    </message>
    <message>
        <source>%1:%2: not a rejected pair (kind, then two ids): kept as it is</source>
        <translation>%1:%2：不是已拒绝的配对（应为类型加两个 ID）：保持原样</translation>
    </message>
    <message>
        <source>%1: cannot write the rejected duplicates: %2</source>
        <translation>%1：无法写入已拒绝的重复项：%2</translation>
    </message>
</context>
<context>
    <name>Entente::DuplicateSearch</name>
    <message>
        <source>No articles are open: there is no folder to remember the answer in.</source>
        <translation>没有打开任何文章：没有可用于记住该答复的文件夹。</translation>
    </message>
</context>
<context>
    <name>Entente::Duplicates</name>
    <message>
        <source>the id %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Both are named %1</source>
        <translation>两者都名为 %1</translation>
    </message>
    <message>
        <source>%1 and %2 are the same name once case, accents, punctuation and titles are set aside</source>
        <translation>忽略大小写、重音符号、标点和头衔后，%1 与 %2 是同一个名称</translation>
    </message>
    <message>
        <source>%1 and %2 are the same name: “%3” and “%4” are forms of one name</source>
        <translation>%1 与 %2 是同一个名称：“%3”和“%4”是同一名称的不同形式</translation>
    </message>
    <message>
        <source>%1 and %2 have the same name parts in another order</source>
        <translation>%1 与 %2 的名称组成部分相同，只是顺序不同</translation>
    </message>
    <message>
        <source>%1 has every part of %2 and more</source>
        <translation>%1 包含 %2 的所有部分，且不止于此</translation>
    </message>
    <message>
        <source>%1 and %2 have the same family name, and the initials fit</source>
        <translation>%1 与 %2 姓氏相同，且首字母相符</translation>
    </message>
    <message>
        <source>%1 is the initials of %2</source>
        <translation>%1 是 %2 的首字母缩写</translation>
    </message>
    <message>
        <source>%1 is part of %2</source>
        <translation>%1 是 %2 的一部分</translation>
    </message>
    <message>
        <source>%1 is the family name of %2</source>
        <translation>%1 是 %2 的姓氏</translation>
    </message>
    <message>
        <source>%1 is the first part of %2</source>
        <translation>%1 是 %2 的第一部分</translation>
    </message>
    <message>
        <source>%1; both %2</source>
        <translation>%1；同属 %2</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>无日期</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <source>held</source>
        <translation>已举行</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) in common (%1)</source>
        <translation>
            <numerusform>%n 位共同与会者（%1）</numerusform>
        </translation>
    </message>
    <message>
        <source>dates %1 and %2</source>
        <translation>日期 %1 和 %2</translation>
    </message>
    <message>
        <source>the same date, %1</source>
        <translation>同一日期：%1</translation>
    </message>
    <message>
        <source>dates %1 and %2 overlap</source>
        <translation>日期 %1 与 %2 重叠</translation>
    </message>
    <message numerus="yes">
        <source>dates %1 and %2, %n day(s) apart</source>
        <translation>
            <numerusform>日期 %1 和 %2，相隔 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>均在 %1</translation>
    </message>
    <message>
        <source>one %1, the other %2</source>
        <translation>一场%1，另一场%2</translation>
    </message>
</context>
<context>
    <name>Entente::DuplicatesCommand</name>
    <message>
        <source>usage: entente duplicates FILE|FOLDER... [--min-score 0.5] [--reject KIND:ID,ID]</source>
        <translation>用法：entente duplicates FILE|FOLDER... [--min-score 0.5] [--reject KIND:ID,ID]</translation>
    </message>
    <message>
        <source>Propose only pairs scoring at least this, from 0 to 1 (default 0.5).</source>
        <translation>仅建议得分不低于此值的配对，取值 0 到 1（默认 0.5）。</translation>
    </message>
    <message>
        <source>Remember that two records are different (actor:ID,ID or meeting:ID,ID), then print what is left.</source>
        <translation>记住两条记录并不相同（actor:ID,ID 或 meeting:ID,ID），然后输出其余结果。</translation>
    </message>
    <message>
        <source>Language.</source>
        <translation>语言。</translation>
    </message>
    <message>
        <source>--min-score must be a number from 0 to 1, not &apos;%1&apos;</source>
        <translation>--min-score 必须是 0 到 1 之间的数字，而不是“%1”</translation>
    </message>
    <message>
        <source>--reject takes KIND:ID,ID with KIND actor or meeting, not &apos;%1&apos;</source>
        <translation>--reject 的格式为 KIND:ID,ID，其中 KIND 为 actor 或 meeting，而不是“%1”</translation>
    </message>
    <message>
        <source>name at least one file or folder</source>
        <translation>请至少指定一个文件或文件夹</translation>
    </message>
    <message>
        <source>no article files in %1</source>
        <translation>%1 中没有文章文件</translation>
    </message>
</context>
<context>
    <name>Entente::DuplicatesPanel</name>
    <message>
        <source>Enter merges the selected proposal, Delete marks the two as different (remembered), Space or Right skips to the next</source>
        <translation>Enter 合并所选建议，Delete 将两者标为不同（会被记住），Space 或 Right 跳到下一条</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Merge the two records into the one to keep (Enter)</source>
        <translation>将两条记录合并到要保留的那条中（Enter）</translation>
    </message>
    <message>
        <source>Different</source>
        <translation>不同</translation>
    </message>
    <message>
        <source>They are not the same: never propose them again for this folder (Delete)</source>
        <translation>两者并不相同：在此文件夹中不再建议（Delete）</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Decide later; go to the next proposal (Space)</source>
        <translation>稍后决定；转到下一条建议（Space）</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会晤</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>行为体</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1 · %2 %&lt;/b&gt;&lt;br&gt;Merge &lt;b&gt;%3&lt;/b&gt; (%4) into &lt;b&gt;%5&lt;/b&gt; (%6)&lt;br&gt;%7&lt;br&gt;&lt;i&gt;%n article(s): %8&lt;/i&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%1 · %2 %&lt;/b&gt;&lt;br&gt;将 &lt;b&gt;%3&lt;/b&gt;（%4）合并到 &lt;b&gt;%5&lt;/b&gt;（%6）&lt;br&gt;%7&lt;br&gt;&lt;i&gt;%n 篇文章：%8&lt;/i&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Open articles to look for actors and meetings that are one under several names.</source>
        <translation>请打开文章，以查找以多个名称出现的同一行为体或会晤。</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>正在查找重复项…</translation>
    </message>
    <message>
        <source>No likely duplicates in the open articles.</source>
        <translation>已打开的文章中没有可能的重复项。</translation>
    </message>
    <message numerus="yes">
        <source>%n likely duplicate(s), most likely first.</source>
        <translation>
            <numerusform>%n 个可能的重复项，按可能性从高到低排列。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Entente::Exchange::Brat</name>
    <message>
        <source>%1; the line is skipped</source>
        <translation>%1；已跳过该行</translation>
    </message>
    <message>
        <source>expected &apos;T1&lt;tab&gt;Type start end&lt;tab&gt;text&apos;</source>
        <translation>应为 &apos;T1&lt;tab&gt;Type start end&lt;tab&gt;text&apos;</translation>
    </message>
    <message>
        <source>expected &apos;E1&lt;tab&gt;Type:T1 Role:T2 ...&apos;</source>
        <translation>应为 &apos;E1&lt;tab&gt;Type:T1 Role:T2 ...&apos;</translation>
    </message>
    <message>
        <source>expected &apos;R1&lt;tab&gt;Type Arg1:T1 Arg2:T2&apos;</source>
        <translation>应为 &apos;R1&lt;tab&gt;Type Arg1:T1 Arg2:T2&apos;</translation>
    </message>
    <message>
        <source>expected &apos;A1&lt;tab&gt;Name target [value]&apos;</source>
        <translation>应为 &apos;A1&lt;tab&gt;Name target [value]&apos;</translation>
    </message>
    <message>
        <source>expected &apos;N1&lt;tab&gt;Reference T1 Database:key&lt;tab&gt;text&apos;</source>
        <translation>应为 &apos;N1&lt;tab&gt;Reference T1 Database:key&lt;tab&gt;text&apos;</translation>
    </message>
    <message>
        <source>expected &apos;#1&lt;tab&gt;AnnotatorNotes T1&lt;tab&gt;text&apos;</source>
        <translation>应为 &apos;#1&lt;tab&gt;AnnotatorNotes T1&lt;tab&gt;text&apos;</translation>
    </message>
    <message>
        <source>expected &apos;*&lt;tab&gt;Equiv T1 T2 ...&apos;</source>
        <translation>应为 &apos;*&lt;tab&gt;Equiv T1 T2 ...&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a brat annotation id (T, E, R, A, M, N, # or *)</source>
        <translation>“%1”不是 brat 标注 ID（T、E、R、A、M、N、# 或 *）</translation>
    </message>
    <message>
        <source>the text at %1&apos;s offsets is not &apos;%2&apos;; the annotation is skipped</source>
        <translation>%1 的偏移位置处的文本不是“%2”；已跳过该标注</translation>
    </message>
    <message>
        <source>the type &apos;%1&apos; is not in the type mapping; its annotations are skipped</source>
        <translation>类型“%1”不在类型映射中；已跳过其标注</translation>
    </message>
    <message>
        <source>discontinuous annotations cannot be marks</source>
        <translation>不连续的标注不能作为标记</translation>
    </message>
    <message>
        <source>the annotation covers no words</source>
        <translation>该标注未涵盖任何文字</translation>
    </message>
    <message>
        <source>a mark lies on one line</source>
        <translation>标记必须位于同一行</translation>
    </message>
    <message>
        <source>a mark&apos;s words contain no &apos;[&apos; or &apos;]&apos;</source>
        <translation>标记的文字不能包含 &apos;[&apos; 或 &apos;]&apos;</translation>
    </message>
    <message>
        <source>it overlaps %1, and marks do not overlap</source>
        <translation>它与 %1 重叠，而标记不能重叠</translation>
    </message>
    <message>
        <source>%1 is skipped: %2</source>
        <translation>已跳过 %1：%2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date</source>
        <translation>“%1”不是日期</translation>
    </message>
    <message>
        <source>bad id &apos;%1&apos;: use letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;</source>
        <translation>无效的 ID“%1”：请使用字母、数字、&apos;-&apos;、&apos;_&apos; 或 &apos;.&apos;</translation>
    </message>
    <message>
        <source>%1 is skipped: the date &apos;%2&apos; has no value (give it an N line &apos;Date:2023-07-13&apos;)</source>
        <translation>已跳过 %1：日期“%2”没有值（请用 N 行 &apos;Date:2023-07-13&apos; 给出）</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>该文件不是 UTF-8 文本</translation>
    </message>
    <message>
        <source>the text contains Entente markup of its own (&apos;[words]{kind=…}&apos; or the records line); not imported</source>
        <translation>文本中已含有 Entente 自身的标记（&apos;[words]{kind=…}&apos; 或记录行）；未导入</translation>
    </message>
    <message>
        <source>not imported: the result does not read back: %1</source>
        <translation>未导入：结果无法重新读取：%1</translation>
    </message>
    <message>
        <source>%1 is skipped: a meeting needs an event with participants</source>
        <translation>已跳过 %1：会晤需要一个带有与会者的事件</translation>
    </message>
    <message>
        <source>the meeting has no participants among its arguments</source>
        <translation>该会晤的参数中没有与会者</translation>
    </message>
    <message>
        <source>the meeting has no date (give it a Date argument or a date on its line)</source>
        <translation>该会晤没有日期（请给出 Date 参数，或在其所在行中写出日期）</translation>
    </message>
    <message>
        <source>unknown meeting status &apos;%1&apos;</source>
        <translation>未知的会晤状态“%1”</translation>
    </message>
    <message>
        <source>the relation %1 (%2) does not join a meeting and an issue; it is not imported</source>
        <translation>关系 %1（%2）并未连接会晤与议题；未导入</translation>
    </message>
    <message>
        <source>the status &apos;%1&apos; of %2 is not imported</source>
        <translation>%2 的状态“%1”未导入</translation>
    </message>
    <message>
        <source>the status of %1 needs a date on its line; it is not imported</source>
        <translation>%1 的状态需要在其所在行中给出日期；未导入</translation>
    </message>
    <message>
        <source>expected &apos;brat type = %1&apos;</source>
        <translation>应为 &apos;brat type = %1&apos;</translation>
    </message>
</context>
<context>
    <name>Entente::Exchange::BratExport</name>
    <message numerus="yes">
        <source>the article has no words to attach its %n record(s) to in brat; they are left out</source>
        <translation>
            <numerusform>文章中没有可在 brat 中附加其 %n 条记录的文字；已略去这些记录</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Entente::Exchange::BratImport</name>
    <message>
        <source>no %1 beside it; not imported</source>
        <translation>旁边没有 %1；未导入</translation>
    </message>
</context>
<context>
    <name>Entente::Exchange::Csv</name>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>该文件不是 UTF-8 文本</translation>
    </message>
    <message>
        <source>the quote opened here is never closed</source>
        <translation>此处开始的引号始终未闭合</translation>
    </message>
</context>
<context>
    <name>Entente::Exchange::CsvImport</name>
    <message>
        <source>%1; the row is skipped</source>
        <translation>%1；已跳过该行</translation>
    </message>
    <message>
        <source>the %1 column is empty</source>
        <translation>%1 列为空</translation>
    </message>
    <message>
        <source>bad id &apos;%1&apos;: use letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;</source>
        <translation>无效的 ID“%1”：请使用字母、数字、&apos;-&apos;、&apos;_&apos; 或 &apos;.&apos;</translation>
    </message>
    <message>
        <source>bad id &apos;%1&apos; in %2</source>
        <translation>%2 中的 ID“%1”无效</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (use 2023-07-13, 2023-W28, 2023-07 or ~2023-07-13)</source>
        <translation>“%1”不是日期（请使用 2023-07-13、2023-W28、2023-07 或 ~2023-07-13）</translation>
    </message>
    <message>
        <source>not an actors, meetings, issues or statuses table (see the header); the file is skipped</source>
        <translation>不是 actors、meetings、issues 或 statuses 表格（见表头）；已跳过该文件</translation>
    </message>
    <message>
        <source>the header has no &apos;%1&apos; column; the file is skipped</source>
        <translation>表头中没有“%1”列；已跳过该文件</translation>
    </message>
    <message>
        <source>the actor has no name</source>
        <translation>该行为体没有名称</translation>
    </message>
    <message>
        <source>unknown actor kind &apos;%1&apos; (expected person, organisation or state)</source>
        <translation>未知的行为体类型“%1”（应为 person、organisation 或 state）</translation>
    </message>
    <message>
        <source>actor &apos;%1&apos; is already defined on line %2</source>
        <translation>行为体“%1”已在第 %2 行定义</translation>
    </message>
    <message>
        <source>the meeting has no participants</source>
        <translation>该会晤没有与会者</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date range</source>
        <translation>“%1”不是日期范围</translation>
    </message>
    <message>
        <source>the meeting ends before it starts</source>
        <translation>会晤的结束日期早于开始日期</translation>
    </message>
    <message>
        <source>unknown meeting status &apos;%1&apos; (expected planned, held, cancelled or failed)</source>
        <translation>未知的会晤状态“%1”（应为 planned、held、cancelled 或 failed）</translation>
    </message>
    <message>
        <source>meeting &apos;%1&apos; is already defined on line %2</source>
        <translation>会晤“%1”已在第 %2 行定义</translation>
    </message>
    <message>
        <source>the issue has no title</source>
        <translation>该议题没有标题</translation>
    </message>
    <message>
        <source>unknown issue status &apos;%1&apos; (expected open, in-dialogue, stalled, escalating or resolved)</source>
        <translation>未知的议题状态“%1”（应为 open、in-dialogue、stalled、escalating 或 resolved）</translation>
    </message>
    <message>
        <source>bad anchor &apos;%1&apos;</source>
        <translation>无效的锚点“%1”</translation>
    </message>
</context>
<context>
    <name>Entente::Exchange::DataExport</name>
    <message>
        <source>CSV tables (spreadsheets, R, pandas)</source>
        <translation>CSV 表格（电子表格、R、pandas）</translation>
    </message>
    <message>
        <source>GEXF 1.3 network with a timeline (Gephi)</source>
        <translation>带时间线的 GEXF 1.3 网络（Gephi）</translation>
    </message>
    <message>
        <source>GraphML network (igraph, NetworkX, yEd, Cytoscape)</source>
        <translation>GraphML 网络（igraph、NetworkX、yEd、Cytoscape）</translation>
    </message>
    <message>
        <source>iCalendar meetings (any calendar)</source>
        <translation>iCalendar 会晤（适用于任何日历）</translation>
    </message>
    <message>
        <source>brat standoff annotations (brat, INCEpTION)</source>
        <translation>brat standoff 标注（brat、INCEpTION）</translation>
    </message>
    <message>
        <source>PLOVER event records (JSON)</source>
        <translation>PLOVER 事件记录（JSON）</translation>
    </message>
    <message>
        <source>%1: name the table to write (actors, meetings, participants, issues or statuses), or give a folder for all of them</source>
        <translation>%1：请指定要写入的表格（actors、meetings、participants、issues 或 statuses），或给出一个文件夹以写入全部表格</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s), %1 actors, %2 issues and %3 status changes as CSV</source>
        <translation>
            <numerusform>%n 场会晤、%1 个行为体、%2 个议题和 %3 次状态变更，CSV 格式</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the network of %n meeting(s)</source>
        <translation>
            <numerusform>%n 场会晤的关系网络</numerusform>
        </translation>
    </message>
    <message>
        <source>Entente meetings</source>
        <translation>Entente 会晤</translation>
    </message>
    <message>
        <source>meeting &apos;%1&apos; has no date and is left out</source>
        <translation>会晤“%1”没有日期，已略去</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) as calendar events</source>
        <translation>
            <numerusform>%n 场会晤，作为日历事件</numerusform>
        </translation>
    </message>
    <message>
        <source>meeting &apos;%1&apos; was cancelled or failed: not an event record</source>
        <translation>会晤“%1”已取消或失败：不构成事件记录</translation>
    </message>
    <message numerus="yes">
        <source>%n event record(s)</source>
        <translation>
            <numerusform>%n 条事件记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) as brat standoff</source>
        <translation>
            <numerusform>%n 篇文章，brat standoff 格式</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Entente::Exchange::IcsExport</name>
    <message>
        <source>week %1 of %2, day not known</source>
        <translation>%2 年第 %1 周，具体日期未知</translation>
    </message>
    <message>
        <source>%1, day not known</source>
        <translation>%1，具体日期未知</translation>
    </message>
    <message>
        <source>approximate date</source>
        <translation>大致日期</translation>
    </message>
    <message>
        <source>Participants: %1</source>
        <translation>与会者：%1</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>类型：%1</translation>
    </message>
    <message>
        <source>Source (%1, line %2): %3</source>
        <translation>来源（%1，第 %2 行）：%3</translation>
    </message>
    <message>
        <source>quarter %1 of %2, day not known</source>
        <translation>%2 年第 %1 季度，具体日期未知</translation>
    </message>
    <message>
        <source>a season of %1, day not known</source>
        <translation>%1 年的某个季节，具体日期未知</translation>
    </message>
    <message>
        <source>the %1s, day not known</source>
        <translation>%1 年代，具体日期未知</translation>
    </message>
    <message>
        <source>century %1, day not known</source>
        <translation>%1 世纪，具体日期未知</translation>
    </message>
</context>
<context>
    <name>Entente::Exchange::OutputFiles</name>
    <message>
        <source>%1: cannot create the folder %2</source>
        <translation>%1：无法创建文件夹 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>%1 already exists; nothing was written</source>
        <translation>%1 已存在；未写入任何内容</translation>
    </message>
    <message>
        <source>cannot write in %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>Entente::ExportCaption</name>
    <message>
        <source>no filters</source>
        <translation>无筛选</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between filters</comment>
        <translation>；</translation>
    </message>
    <message>
        <source>all dates</source>
        <translation>全部日期</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <comment>export caption: view · date range · filters</comment>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Actor network</source>
        <translation>行为体网络</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>自 %1 起</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>a date range</comment>
        <translation>%1至%2</translation>
    </message>
    <message>
        <source>sides: %1</source>
        <translation>所属方：%1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between names</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>meetings: %1</source>
        <translation>会晤：%1</translation>
    </message>
    <message>
        <source>actors without meetings hidden</source>
        <translation>已隐藏没有会晤的行为体</translation>
    </message>
    <message>
        <source>ego view of %1</source>
        <translation>%1 的自我中心视图</translation>
    </message>
</context>
<context>
    <name>Entente::ExportCommand</name>
    <message>
        <source>The view to export.</source>
        <translation>要导出的视图。</translation>
    </message>
    <message>
        <source>png, svg or pdf (default: from the output&apos;s suffix).</source>
        <translation>png、svg 或 pdf（默认：根据输出文件的后缀）。</translation>
    </message>
    <message>
        <source>The image file to write.</source>
        <translation>要写入的图像文件。</translation>
    </message>
    <message>
        <source>The calendar&apos;s month, YYYY-MM.</source>
        <translation>日历的月份，格式为 YYYY-MM。</translation>
    </message>
    <message>
        <source>Width in logical pixels.</source>
        <translation>宽度（逻辑像素）。</translation>
    </message>
    <message>
        <source>PNG pixels per logical pixel.</source>
        <translation>每个逻辑像素对应的 PNG 像素数。</translation>
    </message>
    <message>
        <source>Language.</source>
        <translation>语言。</translation>
    </message>
    <message>
        <source>name at least one article file or folder</source>
        <translation>请至少指定一个文章文件或文件夹</translation>
    </message>
    <message>
        <source>--view must be one of: %1</source>
        <translation>--view 必须是以下值之一：%1</translation>
    </message>
    <message>
        <source>--output PATH is required</source>
        <translation>必须指定 --output 路径</translation>
    </message>
    <message>
        <source>--format must be png, svg or pdf</source>
        <translation>--format 必须为 png、svg 或 pdf</translation>
    </message>
    <message>
        <source>--month must be YYYY-MM, not &apos;%1&apos;</source>
        <translation>--month 必须为 YYYY-MM 格式，而不是“%1”</translation>
    </message>
    <message>
        <source>--month applies to the calendar view only</source>
        <translation>--month 仅适用于日历视图</translation>
    </message>
    <message>
        <source>entente export: no readable article files</source>
        <translation>entente export：没有可读取的文章文件</translation>
    </message>
    <message>
        <source>Entente %1</source>
        <translation>Entente %1</translation>
    </message>
    <message>
        <source>usage: entente export FILE|FOLDER... --view calendar|network|issues|meetings|timeline --format png|svg|pdf --output PATH [--month YYYY-MM] [--from DATE] [--to DATE] [--width N] [--scale N]</source>
        <translation>用法：entente export FILE|FOLDER... --view calendar|network|issues|meetings|timeline --format png|svg|pdf --output PATH [--month YYYY-MM] [--from DATE] [--to DATE] [--width N] [--scale N]</translation>
    </message>
    <message>
        <source>the calendar shows at most %1 months; the timeline and the meetings chart show any span</source>
        <translation>日历最多显示 %1 个月；时间线和会晤图表可显示任意时间跨度</translation>
    </message>
    <message>
        <source>--from and --to do not apply to the %1 view</source>
        <translation>--from 和 --to 不适用于 %1 视图</translation>
    </message>
    <message>
        <source>First day shown: YYYY-MM-DD, YYYY-MM, YYYY-Www or YYYY (calendar: its month; timeline and charts: that day; network: meetings from then).</source>
        <translation>显示的第一天：YYYY-MM-DD、YYYY-MM、YYYY-Www 或 YYYY（日历：该日所在月份；时间线和图表：该日；关系网络：自该日起的会晤）。</translation>
    </message>
    <message>
        <source>Last day shown, in the same forms (a month or year means its last day).</source>
        <translation>显示的最后一天，格式同上（月份或年份表示其最后一天）。</translation>
    </message>
    <message>
        <source>--width must be a whole number from %1 to %2, not &apos;%3&apos;</source>
        <translation>--width 必须是 %1 到 %2 之间的整数，而不是“%3”</translation>
    </message>
    <message>
        <source>--scale must be a number from %1 to %2, not &apos;%3&apos;</source>
        <translation>--scale 必须是 %1 到 %2 之间的数字，而不是“%3”</translation>
    </message>
    <message>
        <source>--from must be a date such as 2023-07-13, 2023-07, 2023-W28 or 2023, not &apos;%1&apos;</source>
        <translation>--from 必须是 2023-07-13、2023-07、2023-W28 或 2023 之类的日期，而不是“%1”</translation>
    </message>
    <message>
        <source>--to must be a date such as 2023-07-13, 2023-07, 2023-W28 or 2023, not &apos;%1&apos;</source>
        <translation>--to 必须是 2023-07-13、2023-07、2023-W28 或 2023 之类的日期，而不是“%1”</translation>
    </message>
    <message>
        <source>--to (%1) is before --from (%2)</source>
        <translation>--to（%1）早于 --from（%2）</translation>
    </message>
    <message>
        <source>give either --month or --from/--to</source>
        <translation>请指定 --month 或 --from/--to 之一</translation>
    </message>
    <message>
        <source>%1: error: a folder with no articles (no .entente or .txt files in it)</source>
        <translation>%1：错误：文件夹中没有文章（没有 .entente 或 .txt 文件）</translation>
    </message>
    <message>
        <source>%1: warning: skipped: %2</source>
        <translation>%1：警告：已跳过：%2</translation>
    </message>
    <message>
        <source>entente export: %1: %2</source>
        <translation>entente export：%1：%2</translation>
    </message>
</context>
<context>
    <name>Entente::ExportDialog</name>
    <message>
        <source>Export %1</source>
        <translation>导出%1</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG 图像</translation>
    </message>
    <message>
        <source>SVG drawing (vector, text stays text)</source>
        <translation>SVG 绘图（矢量，文字保持为文本）</translation>
    </message>
    <message>
        <source>PDF document (vector)</source>
        <translation>PDF 文档（矢量）</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>The width of the picture in logical pixels; the height follows</source>
        <translation>图片宽度（逻辑像素）；高度随之确定</translation>
    </message>
    <message>
        <source>Pixels per logical pixel: 2 gives a sharp picture on high-DPI screens and slides</source>
        <translation>每个逻辑像素对应的像素数：设为 2 可在高 DPI 屏幕和幻灯片上获得清晰的图片</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>Fi&amp;le:</source>
        <translation>文件(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>宽度(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Scale:</source>
        <translation>缩放(&amp;S)：</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG 图像 (*.png);;SVG 绘图 (*.svg);;PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <source>Caption:</source>
        <translation>说明文字：</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>已导出</translation>
    </message>
</context>
<context>
    <name>Entente::FindAllPanel</name>
    <message>
        <source>Match &amp;case</source>
        <translation>区分大小写(&amp;C)</translation>
    </message>
    <message>
        <source>Find in all articles</source>
        <translation>在所有文章中查找</translation>
    </message>
    <message>
        <source>Words to find in every open article (the words, not the markup); Enter searches at once</source>
        <translation>要在每篇已打开文章中查找的词语（查找词语，而非标注）；按 Enter 立即搜索</translation>
    </message>
    <message>
        <source>Enter or a click shows the words in their article</source>
        <translation>按 Enter 或单击可在所在文章中显示这些词语</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <source>Type words to find them in every open article.</source>
        <translation>输入词语以在每篇已打开文章中查找。</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is not in any of the %n open article(s).</source>
        <translation>
            <numerusform>“%1”不在 %n 篇已打开文章中的任何一篇里。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n 处匹配</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n article(s)</source>
        <translation>
            <numerusform>位于 %n 篇文章中</numerusform>
        </translation>
    </message>
    <message>
        <source>only the first %L1 are listed</source>
        <translation>仅列出前 %L1 条</translation>
    </message>
</context>
<context>
    <name>Entente::FindBar</name>
    <message>
        <source>Find in the article</source>
        <translation>在文章中查找</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一个</translation>
    </message>
    <message>
        <source>Find the previous match (Shift+F3)</source>
        <translation>查找上一个匹配项（Shift+F3）</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <source>Find the next match (F3 or Enter)</source>
        <translation>查找下一个匹配项（F3 或 Enter）</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>关闭查找栏（Esc）</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>查找：</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
</context>
<context>
    <name>Entente::FindResultModel</name>
    <message>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>上下文</translation>
    </message>
</context>
<context>
    <name>Entente::Format</name>
    <message>
        <source>no mark has the anchor &apos;#%1&apos; named as evidence</source>
        <translation>没有任何标记带有被引作证据的锚点“#%1”</translation>
    </message>
    <message>
        <source>this is not a text file (a NUL byte at byte %1)</source>
        <translation>这不是文本文件（第 %1 字节处有 NUL 字节）</translation>
    </message>
    <message>
        <source>this file is not valid UTF-8 text</source>
        <translation>此文件不是有效的 UTF-8 文本</translation>
    </message>
    <message>
        <source>mark is not closed: &apos;}&apos; expected before the end of the line</source>
        <translation>标记未闭合：行尾之前应有 &apos;}&apos;</translation>
    </message>
    <message>
        <source>mark needs kind=value, for example {actor=blinken}</source>
        <translation>标记须采用 kind=value 形式，例如 {actor=blinken}</translation>
    </message>
    <message>
        <source>unknown mark kind &apos;%1&apos; (expected actor, meeting, issue or date)</source>
        <translation>未知的标记类型“%1”（应为 actor、meeting、issue 或 date）</translation>
    </message>
    <message>
        <source>bad anchor &apos;#%1&apos;: use letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;</source>
        <translation>无效的锚点“#%1”：请使用字母、数字、&apos;-&apos;、&apos;_&apos; 或 &apos;.&apos;</translation>
    </message>
    <message>
        <source>mark has no value after &apos;=&apos;</source>
        <translation>标记的 &apos;=&apos; 之后没有值</translation>
    </message>
    <message>
        <source>bad id &apos;%1&apos;: use letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;</source>
        <translation>无效的 ID“%1”：请使用字母、数字、&apos;-&apos;、&apos;_&apos; 或 &apos;.&apos;</translation>
    </message>
    <message>
        <source>a record needs &apos;type id: fields&apos;, for example &apos;actor blinken: Antony Blinken&apos;</source>
        <translation>记录须采用 &apos;type id: fields&apos; 格式，例如 &apos;actor blinken: Antony Blinken&apos;</translation>
    </message>
    <message>
        <source>unknown record type &apos;%1&apos; (expected article, actor, meeting, issue or status)</source>
        <translation>未知的记录类型“%1”（应为 article、actor、meeting、issue 或 status）</translation>
    </message>
    <message>
        <source>the %1 record needs one id before &apos;:&apos;</source>
        <translation>%1 记录在 &apos;:&apos; 之前需要一个 ID</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (use YYYY-MM-DD)</source>
        <translation>“%1”不是日期（请使用 YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>article fields are key=value, for example date=2023-07-12</source>
        <translation>article 记录的字段格式为 key=value，例如 date=2023-07-12</translation>
    </message>
    <message>
        <source>actor &apos;%1&apos; is defined twice</source>
        <translation>行为体“%1”被定义了两次</translation>
    </message>
    <message>
        <source>unknown actor kind &apos;%1&apos; (expected person, organisation or state)</source>
        <translation>未知的行为体类型“%1”（应为 person、organisation 或 state）</translation>
    </message>
    <message>
        <source>too many fields: an actor has name; kind; side, then key=value fields</source>
        <translation>字段过多：行为体的字段依次为名称; 类型; 所属方，其后为 key=value 字段</translation>
    </message>
    <message>
        <source>actor &apos;%1&apos; has no name</source>
        <translation>行为体“%1”没有名称</translation>
    </message>
    <message>
        <source>meeting &apos;%1&apos; is defined twice</source>
        <translation>会晤“%1”被定义了两次</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date or range (use 2023-07-13, 2023-W28, 2023-07, ~2023-07-13 or start..end)</source>
        <translation>“%1”不是日期或日期范围（请使用 2023-07-13、2023-W28、2023-07、~2023-07-13 或 开始..结束）</translation>
    </message>
    <message>
        <source>the meeting ends before it starts</source>
        <translation>会晤的结束日期早于开始日期</translation>
    </message>
    <message>
        <source>too many fields: a meeting has participants; date, then key=value fields</source>
        <translation>字段过多：会晤的字段依次为与会者; 日期，其后为 key=value 字段</translation>
    </message>
    <message>
        <source>unknown meeting status &apos;%1&apos; (expected planned, held, cancelled or failed)</source>
        <translation>未知的会晤状态“%1”（应为 planned、held、cancelled 或 failed）</translation>
    </message>
    <message>
        <source>meeting &apos;%1&apos; has no participants</source>
        <translation>会晤“%1”没有与会者</translation>
    </message>
    <message>
        <source>meeting &apos;%1&apos; has no date</source>
        <translation>会晤“%1”没有日期</translation>
    </message>
    <message>
        <source>issue &apos;%1&apos; is defined twice</source>
        <translation>议题“%1”被定义了两次</translation>
    </message>
    <message>
        <source>too many fields: an issue has a title, then key=value fields</source>
        <translation>字段过多：议题先是标题，其后为 key=value 字段</translation>
    </message>
    <message>
        <source>status of an unknown issue &apos;%1&apos; (define &apos;issue %1: title&apos; before it)</source>
        <translation>未知议题“%1”的状态（请先定义 &apos;issue %1: 标题&apos;）</translation>
    </message>
    <message>
        <source>unknown issue status &apos;%1&apos; (expected open, in-dialogue, stalled, escalating or resolved)</source>
        <translation>未知的议题状态“%1”（应为 open、in-dialogue、stalled、escalating 或 resolved）</translation>
    </message>
    <message>
        <source>too many fields: a status has date; status, then key=value fields</source>
        <translation>字段过多：状态记录的字段依次为日期; 状态，其后为 key=value 字段</translation>
    </message>
    <message>
        <source>a status needs a date and a status, for example &apos;status hacking: 2023-07-11; escalating&apos;</source>
        <translation>状态记录需要日期和状态，例如 &apos;status hacking: 2023-07-11; escalating&apos;</translation>
    </message>
    <message>
        <source>this looks like UTF-16 text without a byte-order mark; save it as UTF-8 (or as UTF-16 with a byte-order mark)</source>
        <translation>这看起来是不带字节顺序标记的 UTF-16 文本；请另存为 UTF-8（或带字节顺序标记的 UTF-16）</translation>
    </message>
    <message>
        <source>this is not a text file (a NUL character at byte %1)</source>
        <translation>这不是文本文件（第 %1 字节处有 NUL 字符）</translation>
    </message>
    <message>
        <source>this file is not valid %1 text</source>
        <translation>此文件不是有效的 %1 文本</translation>
    </message>
    <message>
        <source>the file ends in the middle of a character</source>
        <translation>文件在某个字符的中间结束</translation>
    </message>
    <message>
        <source>cannot read this folder</source>
        <translation>无法读取此文件夹</translation>
    </message>
    <message>
        <source>cannot read this file (no permission)</source>
        <translation>无法读取此文件（没有权限）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (use 2023-07-13, 2023-W28, 2023-07, 2023-Q3, 2023-SU, 2023 or ~2023-07-13)</source>
        <translation>“%1”不是日期（请使用 2023-07-13、2023-W28、2023-07、2023-Q3、2023-SU、2023 或 ~2023-07-13）</translation>
    </message>
    <message>
        <source>the mark refers to an unknown actor &apos;%1&apos;</source>
        <translation>该标记引用了未知的行为体“%1”</translation>
    </message>
    <message>
        <source>the meeting names an unknown actor &apos;%1&apos;</source>
        <translation>该会晤引用了未知的行为体“%1”</translation>
    </message>
    <message>
        <source>the mark refers to an unknown meeting &apos;%1&apos;</source>
        <translation>该标记引用了未知的会晤“%1”</translation>
    </message>
    <message>
        <source>the mark refers to an unknown issue &apos;%1&apos;</source>
        <translation>该标记引用了未知的议题“%1”</translation>
    </message>
    <message>
        <source>the meeting names an unknown issue &apos;%1&apos;</source>
        <translation>该会晤引用了未知的议题“%1”</translation>
    </message>
</context>
<context>
    <name>Entente::FuzzyDateEdit</name>
    <message>
        <source>No date</source>
        <translation>无日期</translation>
    </message>
    <message>
        <source>How precise the article is about this date</source>
        <translation>文章对该日期的精确程度</translation>
    </message>
    <message>
        <source>The day; for a week, month, quarter, season, year, decade or century any day of it</source>
        <translation>具体日期；对于周、月、季度、季节、年、十年或世纪，可为其中任意一天</translation>
    </message>
</context>
<context>
    <name>Entente::IdListEdit</name>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>Entente::ImportCommand</name>
    <message>
        <source>usage: entente import FILE|FOLDER... --output FOLDER [--format brat|csv] [--types MAPPING]  |  entente import --print-types</source>
        <translation>用法：entente import FILE|FOLDER... --output FOLDER [--format brat|csv] [--types MAPPING]  |  entente import --print-types</translation>
    </message>
    <message>
        <source>The folder to write the Entente files to.</source>
        <translation>写入 Entente 文件的文件夹。</translation>
    </message>
    <message>
        <source>brat or csv (default: from the files).</source>
        <translation>brat 或 csv（默认：根据文件判断）。</translation>
    </message>
    <message>
        <source>A brat type mapping (&apos;Type = actor:person&apos; lines).</source>
        <translation>brat 类型映射（形如 &apos;Type = actor:person&apos; 的行）。</translation>
    </message>
    <message>
        <source>Print the default brat type mapping.</source>
        <translation>输出默认的 brat 类型映射。</translation>
    </message>
    <message>
        <source>Language.</source>
        <translation>语言。</translation>
    </message>
    <message>
        <source>name the files or folders to import</source>
        <translation>请指定要导入的文件或文件夹</translation>
    </message>
    <message>
        <source>--output FOLDER is required</source>
        <translation>必须指定 --output 文件夹</translation>
    </message>
    <message>
        <source>say --format brat or --format csv</source>
        <translation>请指定 --format brat 或 --format csv</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n brat document(s), %2 marks</source>
        <translation>
            <numerusform>%n 个 brat 文档中的 %1 个，%2 个标记</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n CSV row(s)</source>
        <translation>
            <numerusform>%n 行 CSV 中的 %1 行</numerusform>
        </translation>
    </message>
    <message>
        <source>entente import: nothing to write</source>
        <translation>entente import：没有可写入的内容</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 into %n file(s) in %2</source>
        <translation>
            <numerusform>已将 %1 导入 %2 中的 %n 个文件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Entente::ImportDialog</name>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Make Entente files of brat annotations or CSV tables</source>
        <translation>从 brat 标注或 CSV 表格生成 Entente 文件</translation>
    </message>
    <message>
        <source>Actor: person</source>
        <translation>行为体：个人</translation>
    </message>
    <message>
        <source>Actor: organisation</source>
        <translation>行为体：组织</translation>
    </message>
    <message>
        <source>Actor: state</source>
        <translation>行为体：国家</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会晤</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>议题</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>不导入</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Add &amp;Files…</source>
        <translation>添加文件(&amp;F)…</translation>
    </message>
    <message>
        <source>Add F&amp;older…</source>
        <translation>添加文件夹(&amp;O)…</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>清空(&amp;L)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>brat type</source>
        <translation>brat 类型</translation>
    </message>
    <message>
        <source>Entente kind</source>
        <translation>Entente 类型</translation>
    </message>
    <message>
        <source>&amp;Add Type</source>
        <translation>添加类型(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Defaults</source>
        <translation>默认值(&amp;D)</translation>
    </message>
    <message>
        <source>brat entity and event types</source>
        <translation>brat 实体和事件类型</translation>
    </message>
    <message>
        <source>How the types of other projects&apos; annotations become Entente marks. Types not listed are skipped and reported.</source>
        <translation>其他项目的标注类型如何转换为 Entente 标记。未列出的类型将被跳过并报告。</translation>
    </message>
    <message>
        <source>&amp;Import:</source>
        <translation>导入(&amp;I)：</translation>
    </message>
    <message>
        <source>Write Entente files &amp;to:</source>
        <translation>Entente 文件写入到(&amp;T)：</translation>
    </message>
    <message>
        <source>Write Entente Files To</source>
        <translation>选择 Entente 文件的写入位置</translation>
    </message>
    <message>
        <source>Add brat .ann files (with their .txt), CSV tables, or folders of them.</source>
        <translation>添加 brat .ann 文件（及其 .txt 文件）、CSV 表格或包含这些文件的文件夹。</translation>
    </message>
    <message>
        <source>Import either brat annotations or CSV tables, not both at once.</source>
        <translation>一次只能导入 brat 标注或 CSV 表格，不能同时导入两者。</translation>
    </message>
    <message>
        <source>brat standoff annotations</source>
        <translation>brat standoff 标注</translation>
    </message>
    <message>
        <source>CSV tables (actors, meetings, issues, statuses)</source>
        <translation>CSV 表格（行为体、会晤、议题、状态）</translation>
    </message>
    <message>
        <source>Import Files</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <source>brat annotations and CSV tables (*.ann *.csv);;All files (*)</source>
        <translation>brat 标注和 CSV 表格 (*.ann *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import a Folder</source>
        <translation>导入文件夹</translation>
    </message>
    <message>
        <source>Choose brat annotations or CSV tables to import, and a folder to write to.</source>
        <translation>请选择要导入的 brat 标注或 CSV 表格，以及要写入的文件夹。</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n brat document(s) with %2 marks</source>
        <translation>
            <numerusform>%n 个 brat 文档中的 %1 个，含 %2 个标记</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n CSV row(s)</source>
        <translation>
            <numerusform>%n 行 CSV 中的 %1 行</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>导入已取消；未写入任何内容。</translation>
    </message>
    <message>
        <source>Nothing could be imported.</source>
        <translation>没有可导入的内容。</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 into %n file(s) in %2.</source>
        <translation>
            <numerusform>已将 %1 导入 %2 中的 %n 个文件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): the rows or annotations they name were skipped.</source>
        <translation>
            <numerusform>%n 个问题：所涉及的行或标注已被跳过。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Entente::IssueForm</name>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>编辑(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>The id that marks and meetings use; renaming it renames them too</source>
        <translation>标记和会晤所使用的 ID；重命名时会一并更新它们</translation>
    </message>
    <message>
        <source>What lists and charts show for the issue</source>
        <translation>列表和图表中显示的议题名称</translation>
    </message>
    <message>
        <source>The issue&apos;s status changes in date order</source>
        <translation>该议题按日期排列的状态变更</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Add a status change</source>
        <translation>添加状态变更</translation>
    </message>
    <message>
        <source>Change the selected status change</source>
        <translation>修改所选的状态变更</translation>
    </message>
    <message>
        <source>Remove the selected status change</source>
        <translation>移除所选的状态变更</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>ID(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;History:</source>
        <translation>历史(&amp;H)：</translation>
    </message>
</context>
<context>
    <name>Entente::IssueModel</name>
    <message>
        <source>Issue</source>
        <translation>议题</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>始于</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变更</translation>
    </message>
</context>
<context>
    <name>Entente::IssueStatusChart</name>
    <message>
        <source>Status of open issues</source>
        <translation>未决议题的状态</translation>
    </message>
    <message>
        <source>Status changes</source>
        <translation>状态变化</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>tool tip: date: status</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>quoted evidence words</comment>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Approximate date</source>
        <translation>大致日期</translation>
    </message>
    <message>
        <source>Known to the week, month or coarser</source>
        <translation>仅精确到周、月或更粗的粒度</translation>
    </message>
    <message>
        <source>Issue status chart</source>
        <translation>议题状态图</translation>
    </message>
    <message>
        <source>the first %1 of %2 issues</source>
        <translation>%2 个议题中的前 %1 个</translation>
    </message>
    <message>
        <source>selected: %1</source>
        <translation>已选：%1</translation>
    </message>
</context>
<context>
    <name>Entente::Labels</name>
    <message>
        <source>Person</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>State</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>已举行</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未决</translation>
    </message>
    <message>
        <source>In dialogue</source>
        <translation>对话中</translation>
    </message>
    <message>
        <source>Stalled</source>
        <translation>停滞</translation>
    </message>
    <message>
        <source>Escalating</source>
        <translation>升级中</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Approximate</source>
        <translation>大约</translation>
    </message>
    <message>
        <source>week of %1</source>
        <comment>a week, named by its Monday</comment>
        <translation>%1 当周</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>QDate format of a month: July 2023</comment>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>around %1</source>
        <comment>an approximate date</comment>
        <translation>%1前后</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>days of one month: 16–19 July 2023</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>a date range</comment>
        <translation>%1至%2</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Season</source>
        <translation>季节</translation>
    </message>
    <message>
        <source>Decade</source>
        <translation>十年</translation>
    </message>
    <message>
        <source>Century</source>
        <translation>世纪</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <comment>a quarter of a year: Q3 2023</comment>
        <translation>%2年第%1季度</translation>
    </message>
    <message>
        <source>spring %1</source>
        <comment>a season</comment>
        <translation>%1年春季</translation>
    </message>
    <message>
        <source>summer %1</source>
        <comment>a season</comment>
        <translation>%1年夏季</translation>
    </message>
    <message>
        <source>autumn %1</source>
        <comment>a season</comment>
        <translation>%1年秋季</translation>
    </message>
    <message>
        <source>winter %1–%2</source>
        <comment>a season: December to February</comment>
        <translation>%1–%2年冬季</translation>
    </message>
    <message>
        <source>the %1s</source>
        <comment>a decade: the 1990s</comment>
        <translation>%1年代</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>a century, as its years: 1900–1999</comment>
        <translation>%1–%2</translation>
    </message>
</context>
<context>
    <name>Entente::MainWindow</name>
    <message>
        <source>Articles (*.entente *.txt);;All files (*)</source>
        <translation>文章 (*.entente *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open an article with File ▸ Open (Ctrl+O), or a whole folder (Ctrl+Shift+O).</source>
        <translation>通过“文件 ▸ 打开”(Ctrl+O) 打开文章，或打开整个文件夹 (Ctrl+Shift+O)。</translation>
    </message>
    <message>
        <source>This file is read-only: you can read and select, but not change it. Use File ▸ Save As to keep an editable copy.</source>
        <translation>此文件为只读：可以阅读和选择，但不能修改。使用“文件 ▸ 另存为”可保存一份可编辑的副本。</translation>
    </message>
    <message>
        <source>Filter actors</source>
        <translation>筛选行为体</translation>
    </message>
    <message>
        <source>Filter meetings</source>
        <translation>筛选会晤</translation>
    </message>
    <message>
        <source>Filter issues</source>
        <translation>筛选议题</translation>
    </message>
    <message>
        <source>The selected issue&apos;s status over time; click a row to see its evidence in the text</source>
        <translation>所选议题的状态随时间的变化；单击某行可在正文中查看其证据</translation>
    </message>
    <message>
        <source>Problems found in the open articles; double-click one to go to it</source>
        <translation>在已打开文章中发现的问题；双击可跳转到该处</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>行为体</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>会晤</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>议题</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open one or more article files</source>
        <translation>打开一个或多个文章文件</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>打开文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Open every article file in a folder and its subfolders</source>
        <translation>打开文件夹及其子文件夹中的所有文章文件</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the shown article</source>
        <translation>保存当前显示的文章</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Export &amp;Plain Text…</source>
        <translation>导出纯文本(&amp;P)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Save the article&apos;s words without any markup</source>
        <translation>保存不含任何标记的文章正文</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>查找上一个(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Entente</source>
        <translation>关于 Entente(&amp;A)</translation>
    </message>
    <message>
        <source>About Entente</source>
        <translation>关于 Entente</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Entente %1&lt;/h3&gt;&lt;p&gt;Who met whom, when and where, and which issues stay open: a relationship tracker for analysts.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Entente %1&lt;/h3&gt;&lt;p&gt;谁在何时何地会见了谁，哪些议题仍悬而未决：面向分析人员的关系追踪工具。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Opening articles…</source>
        <translation>正在打开文章…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Some files could not be opened</source>
        <translation>部分文件无法打开</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be opened.</source>
        <translation>
            <numerusform>%n 个文件无法打开。</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Articles</source>
        <translation>打开文章</translation>
    </message>
    <message>
        <source>Open Folder of Articles</source>
        <translation>打开文章文件夹</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Save Article As</source>
        <translation>文章另存为</translation>
    </message>
    <message>
        <source>Export Plain Text</source>
        <translation>导出纯文本</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>文本文件 (*.txt)</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Save them?</source>
        <translation>%1 有尚未保存的更改。是否保存？</translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n 个行为体</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n 场会晤</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n issue(s)</source>
        <translation>
            <numerusform>%n 个议题</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <source>Entente</source>
        <translation>Entente</translation>
    </message>
    <message>
        <source>%1%2 — Entente</source>
        <translation>%1%2 — Entente</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>检查器</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Suggest on &amp;Opening Raw Articles</source>
        <translation>打开未标注的文章时提供建议(&amp;O)</translation>
    </message>
    <message>
        <source>Run the pre-tagger when an article without any marks is shown</source>
        <translation>显示没有任何标记的文章时运行预标注器</translation>
    </message>
    <message>
        <source>Tagging</source>
        <translation>标注</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>记录(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Inspect</source>
        <translation>检查(&amp;I)</translation>
    </message>
    <message>
        <source>Show the selected actor, meeting or issue in the inspector</source>
        <translation>在检查器中显示所选的行为体、会晤或议题</translation>
    </message>
    <message>
        <source>&amp;Rename Id…</source>
        <translation>重命名 ID(&amp;R)…</translation>
    </message>
    <message>
        <source>Select an actor, meeting or issue first.</source>
        <translation>请先选择一个行为体、会晤或议题。</translation>
    </message>
    <message>
        <source>Rename Id</source>
        <translation>重命名 ID</translation>
    </message>
    <message>
        <source>Not renamed</source>
        <translation>未重命名</translation>
    </message>
    <message>
        <source>&amp;Merge Actor Into…</source>
        <translation>将行为体合并到(&amp;M)…</translation>
    </message>
    <message>
        <source>Select the actor to merge first.</source>
        <translation>请先选择要合并的行为体。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Merge Actor</source>
        <translation>合并行为体</translation>
    </message>
    <message>
        <source>Merge “%1” into (its aliases, marks and meetings move there):</source>
        <translation>将“%1”合并到（其别名、标记和会晤将移至该处）：</translation>
    </message>
    <message>
        <source>Two records for the same actor: keep one, with the other&apos;s aliases, marks and meetings</source>
        <translation>同一行为体有两条记录：保留其中一条，并接收另一条的别名、标记和会晤</translation>
    </message>
    <message>
        <source>&amp;Delete Record…</source>
        <translation>删除记录(&amp;D)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Del</source>
        <translation>Ctrl+Shift+Del</translation>
    </message>
    <message>
        <source>Delete the selected record and its marks; the article&apos;s words stay</source>
        <translation>删除所选记录及其标记；文章文字保持不变</translation>
    </message>
    <message>
        <source>Stop opening; the articles read so far stay open</source>
        <translation>停止打开；已读取的文章保持打开</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>重复项</translation>
    </message>
    <message>
        <source>Opening articles… %L1 of %L2</source>
        <translation>正在打开文章… %L1/%L2</translation>
    </message>
    <message>
        <source>Listing the folder…</source>
        <translation>正在列出文件夹内容…</translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n article(s) opened</source>
        <translation>
            <numerusform>已停止：已打开 %n 篇文章</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) opened</source>
        <translation>
            <numerusform>已打开 %n 篇文章</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>removed from disk</source>
        <translation>已从磁盘中删除</translation>
    </message>
    <message>
        <source>changed on disk</source>
        <translation>磁盘上的文件已更改</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>已跳过：%1</translation>
    </message>
    <message>
        <source>&amp;Close Article</source>
        <translation>关闭文章(&amp;C)</translation>
    </message>
    <message>
        <source>Close the shown article (asks first when it has unsaved changes)</source>
        <translation>关闭当前显示的文章（若有未保存的更改，会先询问）</translation>
    </message>
    <message>
        <source>Find in &amp;All Articles…</source>
        <translation>在所有文章中查找(&amp;A)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>Find words in every open article and list where they are</source>
        <translation>在每篇已打开文章中查找词语并列出其位置</translation>
    </message>
    <message>
        <source>New id for “%1” (letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;); marks and meetings follow in every open article:</source>
        <translation>“%1”的新 ID（字母、数字、&apos;-&apos;、&apos;_&apos; 或 &apos;.&apos;）；每篇已打开文章中的标记和会晤都会随之更新：</translation>
    </message>
    <message>
        <source>Find in All Articles</source>
        <translation>在所有文章中查找</translation>
    </message>
    <message>
        <source>%1 is no longer open.</source>
        <translation>%1 已不再打开。</translation>
    </message>
    <message>
        <source>&amp;Next Article</source>
        <translation>下一篇文章(&amp;N)</translation>
    </message>
    <message>
        <source>Show the article of the next tab</source>
        <translation>显示下一个标签页的文章</translation>
    </message>
    <message>
        <source>&amp;Previous Article</source>
        <translation>上一篇文章(&amp;P)</translation>
    </message>
    <message>
        <source>Show the article of the previous tab</source>
        <translation>显示上一个标签页的文章</translation>
    </message>
    <message>
        <source>&amp;User Manual</source>
        <translation>用户手册(&amp;U)</translation>
    </message>
    <message>
        <source>An analyst&apos;s day with Entente, step by step</source>
        <translation>使用 Entente 的分析师的一天，逐步讲解</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Ctrl+/</source>
        <translation>Ctrl+/</translation>
    </message>
    <message>
        <source>Every keyboard shortcut of the window, with a filter</source>
        <translation>窗口的所有键盘快捷键，可筛选</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Save them before closing it?</source>
        <translation>%1 有未保存的更改。关闭前是否保存？</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>另有 %1 篇</translation>
    </message>
    <message>
        <source>%1 articles have changes that are not saved. Save them all?</source>
        <translation>%1 篇文章有未保存的更改。全部保存？</translation>
    </message>
</context>
<context>
    <name>Entente::MeetingForm</name>
    <message>
        <source>On one &amp;day</source>
        <translation>仅一天(&amp;D)</translation>
    </message>
    <message>
        <source>The id that marks use; renaming it renames them too</source>
        <translation>标记所使用的 ID；重命名时会一并更新它们</translation>
    </message>
    <message>
        <source>What lists and the calendar show for the meeting</source>
        <translation>列表和日历中显示的会晤名称</translation>
    </message>
    <message>
        <source>The actors who meet</source>
        <translation>参加会晤的行为体</translation>
    </message>
    <message>
        <source>Type an actor&apos;s name, alias or id, then Add</source>
        <translation>输入行为体的名称、别名或 ID，然后单击“添加”</translation>
    </message>
    <message>
        <source>Add the chosen actor as a participant</source>
        <translation>将所选行为体添加为与会者</translation>
    </message>
    <message>
        <source>Remove the selected participants</source>
        <translation>移除所选的与会者</translation>
    </message>
    <message>
        <source>The meeting ends on the day it starts</source>
        <translation>会晤在开始当天结束</translation>
    </message>
    <message>
        <source>Where the meeting takes place</source>
        <translation>会晤举行的地点</translation>
    </message>
    <message>
        <source>Whether the meeting is planned, held, cancelled or failed</source>
        <translation>会晤是计划中、已举行、已取消还是失败</translation>
    </message>
    <message>
        <source>What sort of meeting: talks, visit, call, summit or another word</source>
        <translation>会晤的类型：会谈、访问、通话、峰会或其他说法</translation>
    </message>
    <message>
        <source>The issues discussed at the meeting</source>
        <translation>会晤中讨论的议题</translation>
    </message>
    <message>
        <source>Type an issue&apos;s title or id, then Add</source>
        <translation>输入议题的标题或 ID，然后单击“添加”</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>ID(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Participants:</source>
        <translation>与会者(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>开始(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>结束(&amp;E)：</translation>
    </message>
    <message>
        <source>P&amp;lace:</source>
        <translation>地点(&amp;L)：</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>状态(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>Iss&amp;ues:</source>
        <translation>议题(&amp;U)：</translation>
    </message>
</context>
<context>
    <name>Entente::MeetingModel</name>
    <message>
        <source>Meeting</source>
        <translation>会晤</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>与会者</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
</context>
<context>
    <name>Entente::MeetingsChart</name>
    <message>
        <source>d MMM yyyy</source>
        <comment>QDate format of a week&apos;s Monday: 3 Jul 2023</comment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <comment>QDate format of a month axis label: Jul 2023</comment>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>Meetings per week</source>
        <translation>每周会晤</translation>
    </message>
    <message>
        <source>Meetings per month</source>
        <translation>每月会晤</translation>
    </message>
    <message>
        <source>Week (from Monday)</source>
        <translation>周（自周一起）</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>会晤</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %n meeting(s)</source>
        <comment>status, month or week: count</comment>
        <translation>
            <numerusform>%1，%2：%n 场会晤</numerusform>
        </translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Decade</source>
        <translation>十年</translation>
    </message>
    <message>
        <source>Century</source>
        <translation>世纪</translation>
    </message>
    <message>
        <source>Meetings per quarter</source>
        <translation>每季度会晤</translation>
    </message>
    <message>
        <source>Meetings per year</source>
        <translation>每年会晤</translation>
    </message>
    <message>
        <source>Meetings per decade</source>
        <translation>每十年会晤</translation>
    </message>
    <message>
        <source>Meetings per century</source>
        <translation>每世纪会晤</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <comment>a quarter and its year: Q3 2023</comment>
        <translation>%2年第%1季度</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>the years of a decade or a century: 2020–2029</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>meetings starting in the range only</source>
        <translation>仅包括在此范围内开始的会晤</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <comment>meetings of a bar not named in its tool tip</comment>
        <translation>
            <numerusform>… 另有 %n 场</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Entente::MessageBanner</name>
    <message>
        <source>Close this message</source>
        <translation>关闭此消息</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>Entente::NetworkLegend</name>
    <message>
        <source>No side</source>
        <translation>无所属方</translation>
    </message>
    <message>
        <source>Line width: meetings together</source>
        <translation>线宽：共同会晤次数</translation>
    </message>
    <message>
        <source>Node size: meetings</source>
        <translation>节点大小：会晤次数</translation>
    </message>
    <message>
        <source>Dashed: side from title</source>
        <translation>虚线：所属方取自头衔</translation>
    </message>
    <message>
        <source>Width: meetings together</source>
        <translation>宽度：共同会晤数</translation>
    </message>
    <message>
        <source>Size: meetings</source>
        <translation>大小：会晤数</translation>
    </message>
    <message numerus="yes">
        <source>+%n more side(s)</source>
        <translation>
            <numerusform>+另外 %n 个所属方</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Entente::NetworkPanel</name>
    <message>
        <source>Meetings from</source>
        <translation>会晤时间从</translation>
    </message>
    <message>
        <source>Network filters</source>
        <translation>网络筛选</translation>
    </message>
    <message>
        <source>Show only meetings that overlap these dates</source>
        <translation>仅显示与这些日期重叠的会晤</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>起始日</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>结束日</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Show only meetings with actors of these sides</source>
        <translation>仅显示有这些所属方的行为体参加的会晤</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <source>Show the whole network (F)</source>
        <translation>显示整个网络（F）</translation>
    </message>
    <message>
        <source>Unpin All</source>
        <translation>全部取消固定</translation>
    </message>
    <message>
        <source>Let the layout place the nodes you moved</source>
        <translation>让布局重新放置已移动的节点</translation>
    </message>
    <message>
        <source>All Sides</source>
        <translation>所有所属方</translation>
    </message>
    <message>
        <source>No side</source>
        <translation>无所属方</translation>
    </message>
    <message>
        <source>All sides</source>
        <translation>所有所属方</translation>
    </message>
    <message>
        <source>Sides: %1 of %2</source>
        <translation>所属方：%1/%2</translation>
    </message>
    <message>
        <source>Actors Without Meetings</source>
        <translation>无会晤的行为体</translation>
    </message>
    <message>
        <source>Also show actors with no meeting that passes the filters</source>
        <translation>同时显示没有通过筛选条件之会晤的行为体</translation>
    </message>
    <message>
        <source>Ego View</source>
        <translation>自我中心视图</translation>
    </message>
    <message>
        <source>Show only the selected actor and the actors it met (E); Esc shows the whole network</source>
        <translation>仅显示所选行为体及其会见过的行为体（E）；按 Esc 显示整个网络</translation>
    </message>
    <message>
        <source>Find Actor…</source>
        <translation>查找行为体…</translation>
    </message>
    <message>
        <source>Find an actor by name or alias (Ctrl+F in the network)</source>
        <translation>按名称或别名查找行为体（在网络中按 Ctrl+F）</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <source>Show or hide the legend (L)</source>
        <translation>显示或隐藏图例（L）</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n actor(s)</source>
        <translation>
            <numerusform>%1 / %n 个行为体</numerusform>
        </translation>
    </message>
    <message>
        <source>Actors the network shows, of all actors in the corpus</source>
        <translation>网络所显示的行为体数，占语料库中全部行为体的比例</translation>
    </message>
</context>
<context>
    <name>Entente::NetworkView</name>
    <message>
        <source>Actor network</source>
        <translation>行为体网络</translation>
    </message>
    <message>
        <source>Not defined as an actor</source>
        <translation>未定义为行为体</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;%n meeting(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;%n 场会晤</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1 – %2&lt;/b&gt;: %n meeting(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1 – %2&lt;/b&gt;：%n 场会晤</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>date, place</comment>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>&lt;br&gt;• %1: %2 (%3)</source>
        <translation>&lt;br&gt;• %1：%2（%3）</translation>
    </message>
    <message>
        <source>Find actor…</source>
        <translation>查找行为体…</translation>
    </message>
    <message>
        <source>Find actor</source>
        <translation>查找行为体</translation>
    </message>
    <message>
        <source>Type a name or alias; Enter selects the actor and centres it, Esc closes</source>
        <translation>输入名称或别名；按 Enter 选中该行为体并居中显示，按 Esc 关闭</translation>
    </message>
    <message>
        <source>Close Find</source>
        <translation>关闭查找</translation>
    </message>
    <message>
        <source>Select an actor first: the ego view shows it and the actors it met</source>
        <translation>请先选择一个行为体：自我中心视图会显示它及其会见过的行为体</translation>
    </message>
    <message numerus="yes">
        <source>Ego view of %1: %n actor(s) met. Esc or E shows the whole network</source>
        <translation>
            <numerusform>%1 的自我中心视图：会见过 %n 个行为体。按 Esc 或 E 显示整个网络</numerusform>
        </translation>
    </message>
    <message>
        <source>No actor shown here is called “%1”</source>
        <translation>此处显示的行为体中没有名为“%1”的</translation>
    </message>
    <message>
        <source>%1 (side from title)</source>
        <translation>%1（所属方取自头衔）</translation>
    </message>
</context>
<context>
    <name>Entente::QuickPicker</name>
    <message>
        <source>Actor for “%1”</source>
        <translation>“%1”对应的行为体</translation>
    </message>
    <message>
        <source>Meeting for “%1”</source>
        <translation>“%1”对应的会晤</translation>
    </message>
    <message>
        <source>Issue for “%1”</source>
        <translation>“%1”对应的议题</translation>
    </message>
    <message>
        <source>Type to search names, aliases and ids. Enter links the words, Esc cancels.</source>
        <translation>输入以搜索名称、别名和 ID。Enter 链接所选文字，Esc 取消。</translation>
    </message>
    <message>
        <source>Search or name a new record</source>
        <translation>搜索，或为新记录命名</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>2023-07-13, 2023-W28, 2023-07, ~2023-07-13 or first..last</source>
        <translation>2023-07-13、2023-W28、2023-07、~2023-07-13 或 first..last</translation>
    </message>
    <message>
        <source>Create new: “%1”</source>
        <translation>新建：“%1”</translation>
    </message>
    <message>
        <source>Make a new record with fields filled from the words; correct them in the inspector</source>
        <translation>新建一条记录，字段根据所选文字填写；可在检查器中更正</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>“%1” is not a date: write 2023-07-13, 2023-W28, 2023-07, ~2023-07-13 or first..last.</source>
        <translation>“%1”不是日期：请写作 2023-07-13、2023-W28、2023-07、~2023-07-13 或 first..last。</translation>
    </message>
    <message>
        <source>Type to search names, aliases and ids. Enter links the words, Tab changes the kind of a new actor, Esc cancels.</source>
        <translation>输入以搜索名称、别名和 ID。Enter 链接所选文字，Tab 切换新行为体的类型，Esc 取消。</translation>
    </message>
    <message>
        <source>Create new person: “%1”</source>
        <translation>新建个人：“%1”</translation>
    </message>
    <message>
        <source>Create new organisation: “%1”</source>
        <translation>新建组织：“%1”</translation>
    </message>
    <message>
        <source>Create new state: “%1”</source>
        <translation>新建国家：“%1”</translation>
    </message>
</context>
<context>
    <name>Entente::ReadingDocument</name>
    <message>
        <source>The tag on “%1” was taken off: a mark’s words cannot hold a line break or a bracket (Ctrl+Z brings it back)</source>
        <translation>已取消“%1”上的标注：标记的文字不能包含换行或方括号（Ctrl+Z 可恢复）</translation>
    </message>
</context>
<context>
    <name>Entente::ReadingView</name>
    <message>
        <source>Actor</source>
        <translation>行为体</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会晤</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>议题</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1：%2（%3）</translation>
    </message>
    <message>
        <source>Warning: no record has the id “%1”: create it, or tag the words again to link them to another one</source>
        <translation>警告：没有 ID 为“%1”的记录：请创建该记录，或重新标注这些文字以将其链接到其他记录</translation>
    </message>
</context>
<context>
    <name>Entente::RecordForm</name>
    <message>
        <source>There is no record to rename.</source>
        <translation>没有可重命名的记录。</translation>
    </message>
</context>
<context>
    <name>Entente::RecordInspector</name>
    <message>
        <source>This article is read-only: its records cannot be changed here.</source>
        <translation>此文章为只读：无法在此修改其记录。</translation>
    </message>
    <message>
        <source>Select an actor, meeting or issue, or tag words in the article, to see it here.</source>
        <translation>选择一个行为体、会晤或议题，或在文章中标注文字，即可在此查看。</translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation>合并到(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>创建(&amp;C)</translation>
    </message>
    <message>
        <source>Merge this actor into another one of the article: its marks, meetings and names go there</source>
        <translation>将此行为体合并到文章中的另一个行为体：其标记、会晤和名称将移至该处</translation>
    </message>
    <message>
        <source>Remove this record and unmark its words; the article text stays</source>
        <translation>移除此记录并取消其文字的标记；文章正文保持不变</translation>
    </message>
    <message>
        <source>Discard the new record (Esc)</source>
        <translation>放弃新记录（Esc）</translation>
    </message>
    <message>
        <source>Add the record to the article and mark its words (Enter)</source>
        <translation>将记录添加到文章并标记其文字（Enter）</translation>
    </message>
    <message>
        <source>New actor</source>
        <translation>新行为体</translation>
    </message>
    <message>
        <source>Actor: %1</source>
        <translation>行为体：%1</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>新会晤</translation>
    </message>
    <message>
        <source>Meeting: %1</source>
        <translation>会晤：%1</translation>
    </message>
    <message>
        <source>New issue</source>
        <translation>新议题</translation>
    </message>
    <message>
        <source>Issue: %1</source>
        <translation>议题：%1</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>位于 %1</translation>
    </message>
    <message>
        <source>Select the actor to merge first.</source>
        <translation>请先选择要合并的行为体。</translation>
    </message>
    <message>
        <source>Delete Record</source>
        <translation>删除记录</translation>
    </message>
    <message>
        <source>Select the record to rename first.</source>
        <translation>请先选择要重命名的记录。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Merge Actor</source>
        <translation>合并行为体</translation>
    </message>
    <message>
        <source>Merge “%1” into:</source>
        <translation>将“%1”合并到：</translation>
    </message>
    <message>
        <source>Delete “%1” and unmark the words that name it in %2?

The articles&apos; words stay as they are; only the record and its marks go. Undo gives them back.</source>
        <translation>删除“%1”，并取消 %2 中指代它的词语的标记？

文章的文字保持不变；只移除该记录及其标记。撤销可将其恢复。</translation>
    </message>
    <message>
        <source>1 article</source>
        <translation>1 篇文章</translation>
    </message>
    <message>
        <source>%1 articles</source>
        <translation>%1 篇文章</translation>
    </message>
    <message>
        <source>The open articles have no other actor to merge into.</source>
        <translation>已打开的文章中没有可合并到的其他行为体。</translation>
    </message>
</context>
<context>
    <name>Entente::RecordPanel</name>
    <message>
        <source>Show only the rows that contain this text (names, aliases, places, ids)</source>
        <translation>仅显示包含此文本的行（名称、别名、地点、ID）</translation>
    </message>
</context>
<context>
    <name>Entente::RecordValidation</name>
    <message>
        <source>Another actor already has the id &apos;%1&apos;.</source>
        <translation>另一个行为体已使用 ID“%1”。</translation>
    </message>
    <message>
        <source>Another meeting already has the id &apos;%1&apos;.</source>
        <translation>另一个会晤已使用 ID“%1”。</translation>
    </message>
    <message>
        <source>Another issue already has the id &apos;%1&apos;.</source>
        <translation>另一个议题已使用 ID“%1”。</translation>
    </message>
    <message>
        <source>Enter an id.</source>
        <translation>请输入 ID。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid id: use letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;.</source>
        <translation>“%1”不是有效的 ID：请使用字母、数字、&apos;-&apos;、&apos;_&apos; 或 &apos;.&apos;。</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>请输入名称。</translation>
    </message>
    <message>
        <source>Add at least one participant.</source>
        <translation>请至少添加一位与会者。</translation>
    </message>
    <message>
        <source>There is no actor &apos;%1&apos;.</source>
        <translation>不存在行为体“%1”。</translation>
    </message>
    <message>
        <source>Enter a valid start date.</source>
        <translation>请输入有效的开始日期。</translation>
    </message>
    <message>
        <source>Enter a valid end date.</source>
        <translation>请输入有效的结束日期。</translation>
    </message>
    <message>
        <source>The meeting ends before it starts.</source>
        <translation>会晤的结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>There is no issue &apos;%1&apos;.</source>
        <translation>不存在议题“%1”。</translation>
    </message>
    <message>
        <source>Enter a title.</source>
        <translation>请输入标题。</translation>
    </message>
    <message>
        <source>Enter a valid date.</source>
        <translation>请输入有效的日期。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid anchor: use letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;.</source>
        <translation>“%1”不是有效的锚点：请使用字母、数字、&apos;-&apos;、&apos;_&apos; 或 &apos;.&apos;。</translation>
    </message>
</context>
<context>
    <name>Entente::RecoveryPrompt</name>
    <message>
        <source>Restore Unsaved Changes</source>
        <translation>恢复未保存的更改</translation>
    </message>
    <message>
        <source>Entente did not quit normally. Changes that were not saved can be restored:</source>
        <translation>Entente 未正常退出。可以恢复以下未保存的更改：</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… 另有 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>丢弃(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Not Now</source>
        <translation>暂不处理(&amp;N)</translation>
    </message>
    <message>
        <source>Some changes could not be restored</source>
        <translation>部分更改无法恢复</translation>
    </message>
</context>
<context>
    <name>Entente::SafeFile</name>
    <message>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation>这是文件夹，而不是文件</translation>
    </message>
    <message>
        <source>this is a FIFO (named pipe), not a regular file</source>
        <translation>这是 FIFO（命名管道），而不是普通文件</translation>
    </message>
    <message>
        <source>this is a socket, not a regular file</source>
        <translation>这是套接字，而不是普通文件</translation>
    </message>
    <message>
        <source>this is a device, not a regular file</source>
        <translation>这是设备，而不是普通文件</translation>
    </message>
    <message>
        <source>this is a broken symbolic link (what it points to does not exist)</source>
        <translation>这是失效的符号链接（其指向的目标不存在）</translation>
    </message>
    <message>
        <source>this symbolic link loops (it leads back to itself)</source>
        <translation>此符号链接形成循环（指回其自身）</translation>
    </message>
    <message>
        <source>cannot look at this file (no permission?)</source>
        <translation>无法查看此文件（没有权限？）</translation>
    </message>
    <message>
        <source>this is not a regular file</source>
        <translation>这不是普通文件</translation>
    </message>
    <message>
        <source>%1: will not replace it: %2</source>
        <translation>%1：不会替换：%2</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
    <message>
        <source>the file is too large (%1 MB; Entente opens files up to %2 MB)</source>
        <translation>文件过大（%1 MB；Entente 最多可打开 %2 MB 的文件）</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
</context>
<context>
    <name>Entente::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>菜单</translation>
    </message>
    <message>
        <source>Filter by action, key or menu</source>
        <translation>按操作、按键或菜单筛选</translation>
    </message>
</context>
<context>
    <name>Entente::StatusDialog</name>
    <message>
        <source>Edit Status Change</source>
        <translation>编辑状态变更</translation>
    </message>
    <message>
        <source>Add Status Change</source>
        <translation>添加状态变更</translation>
    </message>
    <message>
        <source>The issue&apos;s status from this date on</source>
        <translation>该议题自此日期起的状态</translation>
    </message>
    <message>
        <source>The anchor of the marked words that support this change (optional)</source>
        <translation>支持此变更的已标记文字的锚点（可选）</translation>
    </message>
    <message>
        <source>A short note on the change (optional)</source>
        <translation>关于此变更的简短备注（可选）</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>证据(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>Entente::StatusHistoryModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>文章</translation>
    </message>
</context>
<context>
    <name>Entente::Suggest::SuggestFile</name>
    <message>
        <source>%1: error: cannot read: %2</source>
        <translation>%1：错误：无法读取：%2</translation>
    </message>
    <message>
        <source>%1: error: this is not a text file (a NUL byte)</source>
        <translation>%1：错误：这不是文本文件（含有 NUL 字节）</translation>
    </message>
    <message>
        <source>%1: error: this file is not valid UTF-8 text</source>
        <translation>%1：错误：此文件不是有效的 UTF-8 文本</translation>
    </message>
    <message>
        <source>%1: error: an annotated file this large cannot be pre-tagged; give its plain text</source>
        <translation>%1：错误：如此大的已标注文件无法预标注；请提供其纯文本</translation>
    </message>
    <message>
        <source>%1: error: cannot write the annotated article</source>
        <translation>%1：错误：无法写入已标注的文章</translation>
    </message>
    <message>
        <source>%1: error: cannot read</source>
        <translation>%1：错误：无法读取</translation>
    </message>
</context>
<context>
    <name>Entente::SuggestCommand</name>
    <message>
        <source>Write the annotated article to this file instead of standard output.</source>
        <translation>将已标注的文章写入此文件，而不是标准输出。</translation>
    </message>
    <message>
        <source>Language.</source>
        <translation>语言。</translation>
    </message>
    <message>
        <source>--date must be YYYY-MM-DD, not &apos;%1&apos;</source>
        <translation>--date 必须为 YYYY-MM-DD 格式，而不是“%1”</translation>
    </message>
    <message>
        <source>%1: error: no publication date: the text names none; give it with --date YYYY-MM-DD so that words like &apos;on Thursday&apos; can be placed</source>
        <translation>%1：错误：没有发布日期：正文中未提及；请用 --date YYYY-MM-DD 指定，以便确定“周四”之类词语所指的日期</translation>
    </message>
    <message>
        <source>%1: error: cannot write: %2</source>
        <translation>%1：错误：无法写入：%2</translation>
    </message>
    <message>
        <source>usage: entente suggest FILE [--date YYYY-MM-DD] [--output FILE] [--actors FILE]...
       entente suggest FILE|FOLDER... --output-dir DIR [--date YYYY-MM-DD] [--actors FILE]...</source>
        <translation>用法：entente suggest FILE [--date YYYY-MM-DD] [--output FILE] [--actors FILE]...
      entente suggest FILE|FOLDER... --output-dir DIR [--date YYYY-MM-DD] [--actors FILE]...</translation>
    </message>
    <message>
        <source>cannot create the output folder &apos;%1&apos;</source>
        <translation>无法创建输出文件夹“%1”</translation>
    </message>
    <message>
        <source>%1: note: skipped: it would be overwritten</source>
        <translation>%1：注意：已跳过：否则会被覆盖</translation>
    </message>
    <message>
        <source>no article files (.txt, .entente) in %1</source>
        <translation>%1 中没有文章文件（.txt、.entente）</translation>
    </message>
    <message>
        <source>entente suggest: %1/%2 articles</source>
        <translation>entente suggest：%1/%2 篇文章</translation>
    </message>
    <message>
        <source>%1: warning: no publication date: relative dates were left out; run it again with --date YYYY-MM-DD</source>
        <translation>%1：警告：没有发布日期：已略过相对日期；请使用 --date YYYY-MM-DD 重新运行</translation>
    </message>
    <message>
        <source>entente suggest: %1 of %2 articles pre-tagged into %3 (%4 meetings) in %5 s on %6 threads</source>
        <translation>entente suggest：已将 %2 篇文章中的 %1 篇预标注到 %3（%4 场会晤），用时 %5 秒，使用 %6 个线程</translation>
    </message>
    <message>
        <source>%1: note: publication date %2 taken from the text (%3); give --date if it is wrong</source>
        <translation>%1：注意：发布日期 %2 取自正文（%3）；如有误，请用 --date 指定</translation>
    </message>
    <message>
        <source>The articles&apos; publication date, YYYY-MM-DD (default: each file&apos;s, or taken from its date line).</source>
        <translation>文章的发布日期，格式为 YYYY-MM-DD（默认：使用各文件自身的日期，或取自其日期行）。</translation>
    </message>
    <message>
        <source>Pre-tag every raw article of the files and folders given into this folder, on all cores.</source>
        <translation>将所给文件和文件夹中的每篇未标注文章预标注后写入此文件夹，使用所有处理器核心。</translation>
    </message>
    <message>
        <source>An actor dictionary in the PETRARCH/Phoenix format (may be given more than once).</source>
        <translation>PETRARCH/Phoenix 格式的行为体词典（可多次指定）。</translation>
    </message>
    <message>
        <source>The learned lexicon to use (default: entente-lexicon.tsv in each article&apos;s folder).</source>
        <translation>要使用的已学习词库（默认：各文章所在文件夹中的 entente-lexicon.tsv）。</translation>
    </message>
    <message>
        <source>Threads for --output-dir (default: all cores).</source>
        <translation>--output-dir 使用的线程数（默认：所有核心）。</translation>
    </message>
    <message>
        <source>name an article file, or files and folders with --output-dir</source>
        <translation>请指定一个文章文件，或配合 --output-dir 指定多个文件和文件夹</translation>
    </message>
    <message>
        <source>%1: error: not an actor dictionary: %2</source>
        <translation>%1：错误：不是行为体词典：%2</translation>
    </message>
    <message>
        <source>give --output or --output-dir, not both</source>
        <translation>请指定 --output 或 --output-dir，不能同时指定</translation>
    </message>
    <message>
        <source>several articles or a folder need --output-dir</source>
        <translation>多篇文章或文件夹需要使用 --output-dir</translation>
    </message>
    <message>
        <source>%1: error: %2</source>
        <translation>%1：错误：%2</translation>
    </message>
    <message>
        <source>entente suggest: cannot write to standard output: %1</source>
        <translation>entente suggest：无法写入标准输出：%1</translation>
    </message>
</context>
<context>
    <name>Entente::SuggestKnowledge</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>Entente::SuggestionModel</name>
    <message>
        <source>Actor</source>
        <translation>行为体</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会晤</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>议题</translation>
    </message>
    <message>
        <source>%1 “%2” → %3
%4 (confidence %5 %)</source>
        <translation>%1“%2”→ %3
%4（置信度 %5 %）</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>文章</translation>
    </message>
</context>
<context>
    <name>Entente::SuggestionPanel</name>
    <message>
        <source>Enter accepts the selected suggestion, Delete rejects it; F8 and Shift+F8 move</source>
        <translation>Enter 接受所选建议，Delete 拒绝；F8 和 Shift+F8 切换</translation>
    </message>
    <message>
        <source>&amp;Suggest Annotations</source>
        <translation>建议标注(&amp;S)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Propose actors, dates, meetings and issues for the shown article</source>
        <translation>为当前显示的文章建议行为体、日期、会晤和议题</translation>
    </message>
    <message>
        <source>A&amp;ccept Suggestion</source>
        <translation>接受建议(&amp;C)</translation>
    </message>
    <message>
        <source>Make the selected suggestion a mark and record</source>
        <translation>将所选建议转为标记和记录</translation>
    </message>
    <message>
        <source>R&amp;eject Suggestion</source>
        <translation>拒绝建议(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Next Suggestion</source>
        <translation>下一条建议(&amp;N)</translation>
    </message>
    <message>
        <source>Go to the next suggestion</source>
        <translation>转到下一条建议</translation>
    </message>
    <message>
        <source>&amp;Previous Suggestion</source>
        <translation>上一条建议(&amp;P)</translation>
    </message>
    <message>
        <source>Go to the previous suggestion</source>
        <translation>转到上一条建议</translation>
    </message>
    <message>
        <source>Accept All</source>
        <translation>全部接受</translation>
    </message>
    <message>
        <source>No suggestions yet: Tag ▸ Suggest Annotations (Ctrl+Shift+A) proposes them.</source>
        <translation>尚无建议：使用“标注 ▸ 建议标注”(Ctrl+Shift+A) 生成建议。</translation>
    </message>
    <message>
        <source>Dates resolved against %1</source>
        <translation>日期按 %1 解析</translation>
    </message>
    <message>
        <source>The article&apos;s date is unknown: relative dates were left out.</source>
        <translation>文章日期未知：已略过相对日期。</translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) to review. </source>
        <translation>
            <numerusform>%n 条建议待审阅。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会晤</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <source>This article</source>
        <translation>当前文章</translation>
    </message>
    <message>
        <source>All articles, by kind and confidence</source>
        <translation>所有文章，按类型和置信度排列</translation>
    </message>
    <message>
        <source>Review the shown article, or the whole corpus as one queue</source>
        <translation>审阅当前显示的文章，或将整个语料库作为一个队列审阅</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>≥ </source>
        <translation>≥ </translation>
    </message>
    <message>
        <source>Accept All takes the suggestions of a kind at or above this confidence</source>
        <translation>“全部接受”会接受某一类型中置信度不低于此值的建议</translation>
    </message>
    <message>
        <source>Suggest for &amp;All Articles</source>
        <translation>为所有文章提供建议(&amp;A)</translation>
    </message>
    <message>
        <source>Run the pre-tagger on every open article in the background, then review them as one queue</source>
        <translation>在后台对每篇已打开的文章运行预标注器，然后将其作为一个队列审阅</translation>
    </message>
    <message>
        <source>Drop the selected suggestion; it is not proposed again in this folder</source>
        <translation>丢弃所选建议；在此文件夹中不会再次提出</translation>
    </message>
    <message>
        <source>Accept every shown suggestion of one kind at or above the confidence</source>
        <translation>接受某一类型中置信度不低于阈值的所有已显示建议</translation>
    </message>
    <message>
        <source>All %1 Suggestions at or above the confidence</source>
        <translation>置信度不低于阈值的所有%1建议</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>Suggesting: %v of %m articles</source>
        <translation>正在生成建议：%v/%m 篇文章</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n article(s). </source>
        <translation>
            <numerusform>处理 %n 篇文章后已取消。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) to review in all articles, by kind and confidence.</source>
        <translation>
            <numerusform>所有文章中共有 %n 条建议待审阅，按类型和置信度排列。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) without a date: their relative dates were left out.</source>
        <translation>
            <numerusform>%n 篇文章没有日期：已略过其中的相对日期。</numerusform>
        </translation>
    </message>
    <message>
        <source> (taken from the article’s %1: check it)</source>
        <translation>（取自文章的“%1”：请核对）</translation>
    </message>
    <message>
        <source>Select a suggestion to see why it was made.</source>
        <translation>选择一条建议即可查看提出它的原因。</translation>
    </message>
</context>
<context>
    <name>Entente::SuggestionReview</name>
    <message>
        <source>Open an article first.</source>
        <translation>请先打开一篇文章。</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1（%2，%3）</translation>
    </message>
    <message>
        <source>Suggested %1: %2 — %3</source>
        <translation>建议的%1：%2 — %3</translation>
    </message>
    <message>
        <source>Rejected “%1”: it will not be suggested again for this file (Ctrl+Z takes it back)</source>
        <translation>已拒绝“%1”：此文件中不会再次建议（Ctrl+Z 可撤销）</translation>
    </message>
    <message>
        <source>Could not accept “%1”: %2</source>
        <translation>无法接受“%1”：%2</translation>
    </message>
    <message>
        <source>Accepted “%1”</source>
        <translation>已接受“%1”</translation>
    </message>
    <message numerus="yes">
        <source>Accepted %n suggestion(s)</source>
        <translation>
            <numerusform>已接受 %n 条建议</numerusform>
        </translation>
    </message>
    <message>
        <source>the suggestion names an unknown actor &apos;%1&apos;</source>
        <translation>该建议引用了未知的行为体“%1”</translation>
    </message>
    <message>
        <source>Could not write the learned lexicon %1: %2</source>
        <translation>无法写入已学习的词库 %1：%2</translation>
    </message>
</context>
<context>
    <name>Entente::Tagger</name>
    <message>
        <source>&amp;Tag</source>
        <translation>标注(&amp;T)</translation>
    </message>
    <message>
        <source>Tag as &amp;Actor</source>
        <translation>标注为行为体(&amp;A)</translation>
    </message>
    <message>
        <source>Tag as &amp;Meeting</source>
        <translation>标注为会晤(&amp;M)</translation>
    </message>
    <message>
        <source>Tag as &amp;Date</source>
        <translation>标注为日期(&amp;D)</translation>
    </message>
    <message>
        <source>Tag as &amp;Issue</source>
        <translation>标注为议题(&amp;I)</translation>
    </message>
    <message>
        <source>Tag the selected words as an actor: a person, organisation or state (Ctrl+1)</source>
        <translation>将所选文字标注为行为体：个人、组织或国家（Ctrl+1）</translation>
    </message>
    <message>
        <source>Tag the selected words as a meeting: who met whom, when and where (Ctrl+2)</source>
        <translation>将所选文字标注为会晤：谁在何时何地会见了谁（Ctrl+2）</translation>
    </message>
    <message>
        <source>Tag the selected words as a date, resolved against the article&apos;s date (Ctrl+3)</source>
        <translation>将所选文字标注为日期，并按文章日期解析（Ctrl+3）</translation>
    </message>
    <message>
        <source>Tag the selected words as a bilateral issue (Ctrl+4)</source>
        <translation>将所选文字标注为双边议题（Ctrl+4）</translation>
    </message>
    <message>
        <source>Lock Kind: Actor</source>
        <translation>锁定类型：行为体</translation>
    </message>
    <message>
        <source>Lock Kind: Meeting</source>
        <translation>锁定类型：会晤</translation>
    </message>
    <message>
        <source>Lock Kind: Date</source>
        <translation>锁定类型：日期</translation>
    </message>
    <message>
        <source>Lock Kind: Issue</source>
        <translation>锁定类型：议题</translation>
    </message>
    <message>
        <source>&amp;Lock Kind</source>
        <translation>锁定类型(&amp;L)</translation>
    </message>
    <message>
        <source>Fast pass: every selection is tagged with this kind at once; press the shortcut again to unlock</source>
        <translation>快速模式：每次选择都会立即标注为此类型；再次按下快捷键即可解锁</translation>
    </message>
    <message>
        <source>Kind locked: select words to tag them; Ctrl+Shift+%1 unlocks</source>
        <translation>类型已锁定：选择文字即可标注；Ctrl+Shift+%1 解锁</translation>
    </message>
    <message>
        <source>Kind unlocked</source>
        <translation>类型已解锁</translation>
    </message>
    <message>
        <source>&amp;Remove Mark</source>
        <translation>移除标记(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the mark at the cursor; its words stay in the article</source>
        <translation>移除光标处的标记；其文字保留在文章中</translation>
    </message>
    <message>
        <source>&amp;Grow Mark by a Word</source>
        <translation>标记扩展一个词(&amp;G)</translation>
    </message>
    <message>
        <source>Take the next word into the mark at the cursor</source>
        <translation>将下一个词纳入光标处的标记</translation>
    </message>
    <message>
        <source>&amp;Shrink Mark by a Word</source>
        <translation>标记缩减一个词(&amp;S)</translation>
    </message>
    <message>
        <source>Leave the last word of the mark at the cursor out</source>
        <translation>将光标处标记的最后一个词移出</translation>
    </message>
    <message>
        <source>&amp;Fit Mark to Selection</source>
        <translation>使标记适应所选内容(&amp;F)</translation>
    </message>
    <message>
        <source>The mark the selection starts in takes exactly the selected words</source>
        <translation>所选内容起始处的标记将恰好涵盖所选文字</translation>
    </message>
    <message>
        <source>Select the words to tag first.</source>
        <translation>请先选择要标注的文字。</translation>
    </message>
    <message>
        <source>Cannot tag these words: %1</source>
        <translation>无法标注这些文字：%1</translation>
    </message>
    <message>
        <source>Article Date</source>
        <translation>文章日期</translation>
    </message>
    <message>
        <source>Dates like “on Thursday” or “last week” are resolved against the day the article was published. When was it?</source>
        <translation>“周四”或“上周”之类的日期是相对于文章发布日来解析的。文章是哪天发布的？</translation>
    </message>
    <message>
        <source>&amp;Published on:</source>
        <translation>发布日期(&amp;P)：</translation>
    </message>
    <message>
        <source>Guessed from the dates written in the article: check it.</source>
        <translation>根据文章中写出的日期推测：请核对。</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>未更改：%1</translation>
    </message>
    <message>
        <source>Tagged “%1”</source>
        <translation>已标注“%1”</translation>
    </message>
    <message>
        <source>New actor “%1” (%2): check it in the inspector</source>
        <translation>新行为体“%1”（%2）：请在检查器中核对</translation>
    </message>
    <message>
        <source>Put the cursor in a mark to remove it.</source>
        <translation>请将光标置于标记内以移除它。</translation>
    </message>
    <message>
        <source>Removed the mark on “%1”; the words stay</source>
        <translation>已移除“%1”上的标记；文字保留</translation>
    </message>
    <message>
        <source>Put the cursor in a mark to grow it.</source>
        <translation>请将光标置于标记内以扩展它。</translation>
    </message>
    <message>
        <source>The mark cannot grow: the line or the next mark comes first.</source>
        <translation>标记无法扩展：已到达行尾或下一个标记。</translation>
    </message>
    <message>
        <source>Put the cursor in a mark to shrink it.</source>
        <translation>请将光标置于标记内以缩减它。</translation>
    </message>
    <message>
        <source>The mark has one word left: remove it instead (Ctrl+Shift+Backspace).</source>
        <translation>标记只剩一个词：请改为移除它（Ctrl+Shift+Backspace）。</translation>
    </message>
    <message>
        <source>Select words starting inside the mark to fit it to them.</source>
        <translation>请选择从标记内部开始的文字，以使标记与之相符。</translation>
    </message>
</context>
<context>
    <name>Entente::TimeRows</name>
    <message>
        <source>Nothing to show: no dated records in the open articles.</source>
        <translation>没有可显示的内容：已打开的文章中没有带日期的记录。</translation>
    </message>
</context>
<context>
    <name>Entente::TimeScale</name>
    <message>
        <source>Q%1</source>
        <comment>a quarter of a year on a time axis: Q3</comment>
        <translation>Q%1</translation>
    </message>
    <message>
        <source>day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>季度</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <comment>steps of a time axis</comment>
        <translation>
            <numerusform>%n 年</numerusform>
        </translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>a decade or a century on a time axis: 2010–2019</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>a span of years</comment>
        <translation>%1至%2</translation>
    </message>
</context>
<context>
    <name>Entente::TimelineLanes</name>
    <message>
        <source>No participants</source>
        <translation>无与会者</translation>
    </message>
    <message>
        <source>No side</source>
        <translation>无所属方</translation>
    </message>
    <message>
        <source>No issue</source>
        <translation>无议题</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>a lane of two actors or sides</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>actor pairs</source>
        <translation>行为体对</translation>
    </message>
    <message>
        <source>side pairs</source>
        <translation>所属方对</translation>
    </message>
    <message>
        <source>issues</source>
        <translation>议题</translation>
    </message>
</context>
<context>
    <name>Entente::TimelineView</name>
    <message>
        <source>Meetings over time, by actor pair</source>
        <translation>会晤随时间的分布，按行为体对</translation>
    </message>
    <message>
        <source>Meetings over time, by side pair</source>
        <translation>会晤随时间的分布，按所属方对</translation>
    </message>
    <message>
        <source>Meetings over time, by issue</source>
        <translation>会晤随时间的分布，按议题</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a lane&apos;s label and its number of meetings</comment>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s), %1</source>
        <comment>merged marks of the timeline: count, dates</comment>
        <translation>
            <numerusform>%n 场会晤，%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <comment>meetings of a merged mark not named</comment>
        <translation>
            <numerusform>… 另有 %n 场</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click or zoom in to tell them apart.</source>
        <translation>双击或放大即可区分它们。</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Approximate</source>
        <translation>大约</translation>
    </message>
    <message>
        <source>Week, month or coarser</source>
        <translation>周、月或更粗的粒度</translation>
    </message>
    <message>
        <source>Several meetings (count)</source>
        <translation>多场会晤（数量）</translation>
    </message>
    <message>
        <source>Actor pairs</source>
        <translation>行为体对</translation>
    </message>
    <message>
        <source>Side pairs</source>
        <translation>所属方对</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>议题</translation>
    </message>
    <message>
        <source>What each lane of the timeline holds</source>
        <translation>时间线各泳道所包含的内容</translation>
    </message>
    <message>
        <source>&amp;Lanes:</source>
        <translation>泳道(&amp;L)：</translation>
    </message>
    <message>
        <source>Zoom out (-, or the wheel over the lanes)</source>
        <translation>缩小（-，或在泳道上滚动滚轮）</translation>
    </message>
    <message>
        <source>Zoom in (+, double-click, or the wheel over the lanes)</source>
        <translation>放大（+、双击，或在泳道上滚动滚轮）</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <source>Show every meeting (Home)</source>
        <translation>显示所有会晤（Home）</translation>
    </message>
    <message>
        <source>Go to Selected Meeting</source>
        <translation>转到所选会晤</translation>
    </message>
    <message>
        <source>Zoom to the meeting selected in any view</source>
        <translation>缩放到在任一视图中所选的会晤</translation>
    </message>
    <message>
        <source>Timeline of meetings</source>
        <translation>会晤时间线</translation>
    </message>
    <message>
        <source>lanes: %1</source>
        <translation>泳道：%1</translation>
    </message>
    <message>
        <source>the %1 lanes with the most meetings of %2</source>
        <translation>%2 条泳道中会晤最多的 %1 条</translation>
    </message>
    <message>
        <source>Shown: %1</source>
        <comment>the days the timeline shows</comment>
        <translation>显示范围：%1</translation>
    </message>
</context>
<context>
    <name>Entente::TxtSaveChoice</name>
    <message>
        <source>Save as an Entente File?</source>
        <translation>另存为 Entente 文件？</translation>
    </message>
    <message>
        <source>“%1” is a plain text file. Save the annotated article as “%2” beside it?</source>
        <translation>“%1”是纯文本文件。是否将已标注的文章另存为同一位置的“%2”？</translation>
    </message>
    <message>
        <source>The .txt file stays as it was. “%1” already exists and will be replaced.</source>
        <translation>.txt 文件保持不变。“%1”已存在，将被替换。</translation>
    </message>
    <message>
        <source>The .txt file stays as it was; Entente goes on with “%1”. Writing into the .txt puts the marks and records into it.</source>
        <translation>.txt 文件保持不变；Entente 将继续使用“%1”。若写入 .txt 文件，则会把标记和记录写入其中。</translation>
    </message>
    <message>
        <source>Save as “%1”</source>
        <translation>另存为“%1”</translation>
    </message>
    <message>
        <source>Write into “%1”</source>
        <translation>写入“%1”</translation>
    </message>
    <message>
        <source>Do the same for every .txt article until Entente quits</source>
        <translation>在退出 Entente 之前，对每篇 .txt 文章都这样处理</translation>
    </message>
</context>
<context>
    <name>Entente::UserManual</name>
    <message>
        <source>User Manual</source>
        <translation>用户手册</translation>
    </message>
    <message>
        <source>The manual is not installed. It is docs/manual.md in Entente&apos;s sources, and %1 once installed.</source>
        <translation>用户手册未安装。它是 Entente 源代码中的 docs/manual.md，安装后位于 %1。</translation>
    </message>
    <message>
        <source>No program here opens Markdown files. The manual is at:
%1</source>
        <translation>此处没有可打开 Markdown 文件的程序。手册位于：
%1</translation>
    </message>
</context>
<context>
    <name>Entente::ViewExporter</name>
    <message>
        <source>%1: the view has nothing to export</source>
        <translation>%1：该视图没有可导出的内容</translation>
    </message>
    <message>
        <source>%1: %2×%3 pixels is too large; the limit is %4 pixels a side</source>
        <translation>%1：%2×%3 像素过大；每边上限为 %4 像素</translation>
    </message>
    <message>
        <source>Exported from Entente</source>
        <translation>由 Entente 导出</translation>
    </message>
    <message>
        <source>%1: %2 is too wide; the limit is %3</source>
        <translation>%1：%2 过宽；上限为 %3</translation>
    </message>
    <message>
        <source>%1: drawn at %2×%3 instead of %4×%5, the largest size Entente writes</source>
        <translation>%1：以 %2×%3 而非 %4×%5 绘制，这是 Entente 可写入的最大尺寸</translation>
    </message>
    <message>
        <source>%1: drawn at %2×%3 pixels instead of %4×%5, to stay within %L6 megapixels; SVG and PDF keep every detail at any size</source>
        <translation>%1：以 %2×%3 像素而非 %4×%5 绘制，以保持在 %L6 百万像素以内；SVG 和 PDF 在任何尺寸下都保留全部细节</translation>
    </message>
    <message>
        <source>%1: %2×%3 pixels is an empty image; use a larger --scale or --width</source>
        <translation>%1：%2×%3 像素是空图像；请使用更大的 --scale 或 --width</translation>
    </message>
    <message>
        <source>%1: not enough memory for a %2×%3 pixel image</source>
        <translation>%1：内存不足，无法生成 %2×%3 像素的图像</translation>
    </message>
    <message>
        <source>%1: the PNG could not be made</source>
        <translation>%1：无法生成 PNG</translation>
    </message>
    <message>
        <source>%1: nothing was drawn, so nothing was written</source>
        <translation>%1：未绘制任何内容，因此未写入任何内容</translation>
    </message>
    <message>
        <source>%1: drawn at %2×%3 pixels, where its names are legible and it draws in a moment; at full size it is %4×%5: --width draws it larger (up to %L6 megapixels); SVG and PDF keep every detail at any size</source>
        <translation>%1：以 %2×%3 像素绘制，名称清晰可读且瞬间完成；完整尺寸为 %4×%5：--width 可绘制更大的图（最多 %L6 百万像素）；SVG 和 PDF 在任何尺寸下都保留全部细节</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Entente: a relationship tracker for analysts.</source>
        <translation>Entente：面向分析人员的关系追踪工具。</translation>
    </message>
    <message>
        <source>Article files or folders to open.</source>
        <translation>要打开的文章文件或文件夹。</translation>
    </message>
    <message>
        <source>Validate the files; print file:line:column: error: ... and exit 1 on errors.</source>
        <translation>验证文件；出错时输出 file:line:column: error: ... 并以状态码 1 退出。</translation>
    </message>
    <message>
        <source>Print the corpus (actors, meetings, issues) as JSON.</source>
        <translation>以 JSON 格式输出语料库（行为体、会晤、议题）。</translation>
    </message>
    <message>
        <source>Print the articles&apos; words without markup.</source>
        <translation>输出不含标记的文章正文。</translation>
    </message>
    <message>
        <source>Use this language (for example de or zh_CN) instead of the system&apos;s.</source>
        <translation>使用此语言（例如 de 或 zh_CN）代替系统语言。</translation>
    </message>
    <message>
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>entente: use one of --check, --dump or --plain</source>
        <translation>entente：请只使用 --check、--dump 或 --plain 之一</translation>
    </message>
    <message>
        <source>entente: name at least one file or folder</source>
        <translation>entente：请至少指定一个文件或文件夹</translation>
    </message>
    <message>
        <source>Start a separate Entente even when one is running (by default the files go to it).</source>
        <translation>即使已有 Entente 在运行，也启动一个单独的实例（默认情况下文件会交给正在运行的实例）。</translation>
    </message>
</context>
</TS>

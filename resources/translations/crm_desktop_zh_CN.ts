<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="80" />
        <source>&amp;New vault…</source>
        <translation>新建保险库(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="80" />
        <source>&amp;Open vault…</source>
        <translation>打开保险库(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="81" />
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="81" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="81" />
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="82" />
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="82" />
        <source>&amp;Add a contact…</source>
        <translation>添加联系人(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="83" />
        <source>Add a &amp;deal…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="83" />
        <source>Add a &amp;reminder…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="84" />
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="84" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="85" />
        <source>&amp;About crm-desktop</source>
        <translation>关于 crm-desktop(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="91" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="92" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="93" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="94" />
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="95" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../crm_desktop/gui/controller.py" line="161" />
        <source>Open a vault</source>
        <translation>打开保险库</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/banner.py" line="37" />
        <source>Show</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/banner.py" line="38" />
        <source>Dismiss</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CloseDealDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/close_deal_dialog.py" line="12" />
        <source>Close as won</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/close_deal_dialog.py" line="12" />
        <source>Close as lost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/close_deal_dialog.py" line="14" />
        <source>Close “{name}” as won. Why did it win?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/close_deal_dialog.py" line="15" />
        <source>Close “{name}” as lost. Why was it lost?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/close_deal_dialog.py" line="21" />
        <source>The reason (optional)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ContactDetail</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_detail.py" line="75" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_detail.py" line="75" />
        <location filename="../../crm_desktop/gui/widgets/contact_detail.py" line="124" />
        <source>Organization</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_detail.py" line="76" />
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_detail.py" line="76" />
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_detail.py" line="77" />
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_detail.py" line="77" />
        <source>E-mails</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_detail.py" line="77" />
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_detail.py" line="80" />
        <source>Select a contact, or press Ctrl+N to add one.</source>
        <translation>选择一个联系人，或按 Ctrl+N 添加。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_detail.py" line="124" />
        <source>Person</source>
        <translation>个人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_detail.py" line="141" />
        <source>Not a valid phone number, kept as typed: {numbers}</source>
        <translation>不是有效的电话号码，已按原样保存：{numbers}</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <location filename="../../crm_desktop/gui/models/contacts_model.py" line="220" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/contacts_model.py" line="220" />
        <source>Organization</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/contacts_model.py" line="220" />
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/contacts_model.py" line="220" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/contacts_model.py" line="221" />
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/contacts_model.py" line="221" />
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/contacts_model.py" line="221" />
        <source>Last interaction</source>
        <translation>最近互动</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <location filename="../../crm_desktop/gui/pages/contacts_page.py" line="83" />
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/contacts_page.py" line="83" />
        <source>People</source>
        <translation>个人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/contacts_page.py" line="84" />
        <source>Organizations</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/contacts_page.py" line="85" />
        <source>All tiers</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/contacts_page.py" line="85" />
        <source>Tier A</source>
        <translation>A 级</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/contacts_page.py" line="86" />
        <source>Tier B</source>
        <translation>B 级</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/contacts_page.py" line="86" />
        <source>Tier C</source>
        <translation>C 级</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/pages/contacts_page.py" line="160" />
        <source>The best %n matches; type more to narrow</source>
        <translation>
            <numerusform>最匹配的 %n 个；继续输入以缩小范围</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/pages/contacts_page.py" line="162" />
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n 个联系人</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../crm_desktop/gui/pages/dashboard_page.py" line="66" />
        <source>Open pipeline by stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/dashboard_page.py" line="67" />
        <source>Follow-ups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/dashboard_page.py" line="68" />
        <source>Going cold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/dashboard_page.py" line="69" />
        <source>This week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/dashboard_page.py" line="70" />
        <source>Click a stage to list its deals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/dashboard_page.py" line="95" />
        <source>{total} (weighted {weighted})</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/pages/dashboard_page.py" line="98" />
        <source>%n open deal(s)</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/dashboard_page.py" line="106" />
        <source>{overdue} overdue · {today} due today · {week} later this week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/dashboard_page.py" line="111" />
        <source>Nothing overdue, nothing due today.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/pages/dashboard_page.py" line="115" />
        <source>%n day(s) late</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/dashboard_page.py" line="122" />
        <source>Tier {tier}: {n} (over {days} days)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/dashboard_page.py" line="125" />
        <source>{name} — tier {tier}, silent {days} days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/dashboard_page.py" line="128" />
        <source>No client has gone cold.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/pages/dashboard_page.py" line="135" />
        <source>%n interaction(s) since Monday</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/dashboard_page.py" line="146" />
        <source>No interactions logged this week.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DealForm</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_form.py" line="75" />
        <source>Stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_form.py" line="75" />
        <source>Name</source>
        <translation type="unfinished">姓名</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_form.py" line="75" />
        <source>Amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_form.py" line="76" />
        <source>Currency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_form.py" line="76" />
        <source>Probability (%)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_form.py" line="77" />
        <source>Expected close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_form.py" line="77" />
        <source>Owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_form.py" line="78" />
        <source>Retainer fee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_form.py" line="78" />
        <source>Success fee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_form.py" line="79" />
        <source>Success fee (%)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_form.py" line="79" />
        <source>Weighted amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_form.py" line="80" />
        <source>Expected fee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_form.py" line="101" />
        <source>Stage default: {p}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DealListModel</name>
    <message>
        <location filename="../../crm_desktop/gui/models/deal_list_model.py" line="155" />
        <source>Deal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/deal_list_model.py" line="155" />
        <source>Client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/deal_list_model.py" line="155" />
        <source>Stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/deal_list_model.py" line="155" />
        <source>Amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/deal_list_model.py" line="156" />
        <source>Probability</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/deal_list_model.py" line="156" />
        <source>Expected close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/deal_list_model.py" line="156" />
        <source>Owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/deal_list_model.py" line="156" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/deal_list_model.py" line="159" />
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/deal_list_model.py" line="159" />
        <source>Won</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/deal_list_model.py" line="159" />
        <source>Lost</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DealQuickAddDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/deal_quick_add.py" line="38" />
        <source>Add a deal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/deal_quick_add.py" line="42" />
        <source>Name:</source>
        <translation type="unfinished">姓名：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/deal_quick_add.py" line="42" />
        <source>Client:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/deal_quick_add.py" line="43" />
        <source>Amount:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/deal_quick_add.py" line="43" />
        <source>Currency:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/deal_quick_add.py" line="44" />
        <source>Expected close:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/deal_quick_add.py" line="50" />
        <source>Stage:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/deal_quick_add.py" line="51" />
        <source>An organization's name (added if new)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/deal_quick_add.py" line="59" />
        <source>Add</source>
        <translation type="unfinished">添加</translation>
    </message>
</context>
<context>
    <name>DealView</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_view.py" line="112" />
        <source>← Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_view.py" line="113" />
        <source>Back to the pipeline (Esc)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_view.py" line="114" />
        <source>Won…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_view.py" line="115" />
        <source>Lost…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_view.py" line="116" />
        <source>Parties</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_view.py" line="117" />
        <source>Add note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_view.py" line="118" />
        <source>Write a note (Ctrl+Return adds it)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_view.py" line="119" />
        <source>Add a reminder…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_view.py" line="124" />
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_view.py" line="124" />
        <source>Interactions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_view.py" line="124" />
        <source>Reminders</source>
        <translation type="unfinished">提醒</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_view.py" line="167" />
        <source>Notes ({n})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_view.py" line="168" />
        <source>Interactions ({n})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_view.py" line="169" />
        <source>Reminders ({n})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_view.py" line="176" />
        <source>closed {date}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_view.py" line="179" />
        <source>Reason: {reason}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DealsPage</name>
    <message>
        <location filename="../../crm_desktop/gui/pages/deals_page.py" line="119" />
        <source>Board</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/deals_page.py" line="120" />
        <source>List</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/deals_page.py" line="121" />
        <source>New deal…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/deals_page.py" line="122" />
        <source>Add a deal (Ctrl+Shift+D)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/deals_page.py" line="124" />
        <source>All stages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/deals_page.py" line="125" />
        <source>All owners</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/deals_page.py" line="139" />
        <source>Any status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/deals_page.py" line="139" />
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/deals_page.py" line="139" />
        <source>Won</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/deals_page.py" line="140" />
        <source>Lost</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/pages/deals_page.py" line="186" />
        <location filename="../../crm_desktop/gui/pages/deals_page.py" line="189" />
        <source>%n deal(s)</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/deals_page.py" line="187" />
        <source>No deals yet: press Ctrl+Shift+D to add one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/deals_page.py" line="240" />
        <source>Moved {deal} to {stage}. Ctrl+Z undoes it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../../crm_desktop/gui/demo_flow.py" line="74" />
        <source>Filling the demo vault with sample contacts, deals and notes…</source>
        <translation>正在向演示保险库填入示例联系人、交易和记录…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/demo_flow.py" line="75" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/demo_flow.py" line="76" />
        <source>Try the demo</source>
        <translation>试用演示</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../crm_desktop/gui/errors.py" line="29" />
        <source>Wrong passphrase. Check Caps Lock and the keyboard layout, and try again.</source>
        <translation>口令错误。请检查大写锁定键和键盘布局，然后重试。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/errors.py" line="32" />
        <source>This vault is open in another crm-desktop window or command. Close it there first: two programs writing at once could damage your data.</source>
        <translation>此保险库已在另一个 crm-desktop 窗口或命令中打开。请先在那里关闭：两个程序同时写入可能损坏您的数据。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/errors.py" line="36" />
        <source>There is no vault at {path}.</source>
        <translation>{path} 处没有保险库。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/errors.py" line="38" />
        <source>{name} is not a crm-desktop vault ({why}).</source>
        <translation>{name} 不是 crm-desktop 保险库（{why}）。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/errors.py" line="41" />
        <source>The vault is damaged: {detail}.</source>
        <translation>保险库已损坏：{detail}。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/errors.py" line="44" />
        <source>Unreadable: {tables}.</source>
        <translation>无法读取：{tables}。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/errors.py" line="47" />
        <source>Still readable: {tables}.</source>
        <translation>仍可读取：{tables}。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/errors.py" line="49" />
        <source>Restore your newest backup, or salvage what still reads.</source>
        <translation>请恢复最新的备份，或抢救仍可读取的数据。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/errors.py" line="57" />
        <source>Something unexpected went wrong ({kind}). The details were written to the log.</source>
        <translation>发生了意外错误（{kind}）。详细信息已写入日志。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/errors.py" line="68" />
        <source>crm-desktop</source>
        <translation>crm-desktop</translation>
    </message>
</context>
<context>
    <name>LockedPage</name>
    <message>
        <location filename="../../crm_desktop/gui/pages/locked_page.py" line="27" />
        <source>&lt;h2&gt;The vault is locked&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;保险库已锁定&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/locked_page.py" line="28" />
        <source>Unlock…</source>
        <translation>解锁…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="169" />
        <source>Search contacts ({keys})</source>
        <translation>搜索联系人（{keys}）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="173" />
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="173" />
        <source>Deals</source>
        <translation>交易</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="173" />
        <location filename="../../crm_desktop/gui/main_window.py" line="234" />
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="173" />
        <source>Dashboard</source>
        <translation>仪表板</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="174" />
        <source>Trash</source>
        <translation>回收站</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="226" />
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="226" />
        <source>Unlocked</source>
        <translation>已解锁</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="227" />
        <source>crm-desktop</source>
        <translation>crm-desktop</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="234" />
        <source>Reminders ({n})</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/main_window.py" line="235" />
        <source>%n reminder(s) overdue</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="238" />
        <source>Working…</source>
        <translation>处理中…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="284" />
        <location filename="../../crm_desktop/gui/main_window.py" line="289" />
        <source>Added {name}</source>
        <translation>已添加 {name}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="294" />
        <source>Reminder added</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="303" />
        <source>Redone: {what}</source>
        <translation>已重做：{what}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="303" />
        <source>Undone: {what}</source>
        <translation>已撤销：{what}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="314" />
        <source>About crm-desktop</source>
        <translation>关于 crm-desktop</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="315" />
        <source>&lt;h3&gt;crm-desktop {version}&lt;/h3&gt;&lt;p&gt;An offline CRM for small project-financing teams: one encrypted file on this computer, no server.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;crm-desktop {version}&lt;/h3&gt;&lt;p&gt;面向小型项目融资团队的离线 CRM：数据保存在本机的一个加密文件中，无需服务器。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <location filename="../../crm_desktop/gui/notifier.py" line="49" />
        <source>Reminder due</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/notifier.py" line="61" />
        <source>and %n more</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/notifier.py" line="63" />
        <source>Due now: {what}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PipelineBoard</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/pipeline_board.py" line="102" />
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/pipeline_board.py" line="103" />
        <source>Move to</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PipelineChart</name>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/widgets/pipeline_chart.py" line="109" />
        <source>%n deal(s)</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/pipeline_chart.py" line="112" />
        <source>No open deals yet.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>&lt;h2&gt;{title}&lt;/h2&gt;&lt;p&gt;This page is not built yet. It comes in a later version; for now, use Contacts.&lt;/p&gt;</source>
        <translation type="vanished">&lt;h2&gt;{title}&lt;/h2&gt;&lt;p&gt;此页面尚未完成，将在以后的版本中提供；目前请使用“联系人”。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>QuickAddDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/quick_add.py" line="42" />
        <source>Add a contact</source>
        <translation>添加联系人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/quick_add.py" line="46" />
        <source>Person</source>
        <translation>个人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/quick_add.py" line="47" />
        <source>Organization</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/quick_add.py" line="50" />
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/quick_add.py" line="51" />
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/quick_add.py" line="51" />
        <source>Organization:</source>
        <translation>机构：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/quick_add.py" line="52" />
        <source>Title:</source>
        <translation>职务：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/quick_add.py" line="52" />
        <source>Phone:</source>
        <translation>电话：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/quick_add.py" line="53" />
        <source>E-mail:</source>
        <translation>电子邮件：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/quick_add.py" line="57" />
        <source>Tier:</source>
        <translation>等级：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/quick_add.py" line="60" />
        <source>Add</source>
        <translation>添加</translation>
    </message>
</context>
<context>
    <name>ReminderModel</name>
    <message>
        <location filename="../../crm_desktop/gui/models/reminder_model.py" line="50" />
        <source>Snoozed; first due {when}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/reminder_model.py" line="75" />
        <source>Done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/reminder_model.py" line="75" />
        <source>Due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/reminder_model.py" line="75" />
        <source>What</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/reminder_model.py" line="75" />
        <source>About</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/reminder_model.py" line="76" />
        <source>Repeats</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReminderQuickAddDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/reminder_quick_add.py" line="48" />
        <source>Add a reminder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/reminder_quick_add.py" line="59" />
        <source>Does not repeat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/reminder_quick_add.py" line="59" />
        <source>Every day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/reminder_quick_add.py" line="59" />
        <source>Every week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/reminder_quick_add.py" line="60" />
        <source>Every month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/reminder_quick_add.py" line="60" />
        <source>Every year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/reminder_quick_add.py" line="63" />
        <source>What:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/reminder_quick_add.py" line="64" />
        <source>When:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/reminder_quick_add.py" line="66" />
        <source>Repeats:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/reminder_quick_add.py" line="70" />
        <source>About:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/reminder_quick_add.py" line="73" />
        <source>Add</source>
        <translation type="unfinished">添加</translation>
    </message>
</context>
<context>
    <name>RemindersPage</name>
    <message>
        <location filename="../../crm_desktop/gui/pages/reminders_page.py" line="106" />
        <location filename="../../crm_desktop/gui/pages/reminders_page.py" line="121" />
        <source>Done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/reminders_page.py" line="107" />
        <source>Mark the selected reminders done (Ctrl+Return)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/reminders_page.py" line="108" />
        <source>Snooze</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/reminders_page.py" line="109" />
        <source>New reminder…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/reminders_page.py" line="110" />
        <source>Add a reminder (Ctrl+Shift+R)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/reminders_page.py" line="112" />
        <source>For an hour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/reminders_page.py" line="112" />
        <source>Until tomorrow</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/reminders_page.py" line="113" />
        <source>Until next week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/reminders_page.py" line="115" />
        <source>Until a date…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/reminders_page.py" line="120" />
        <source>Today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/reminders_page.py" line="120" />
        <source>Overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/reminders_page.py" line="120" />
        <source>Upcoming</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/reminders_page.py" line="184" />
        <source>Nothing due today.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/reminders_page.py" line="184" />
        <source>Nothing overdue. Well done.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/reminders_page.py" line="185" />
        <source>No reminders ahead. Ctrl+Shift+R adds one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/reminders_page.py" line="186" />
        <source>No reminders done yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/reminders_page.py" line="208" />
        <source>Done. Next time: {when}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/reminders_page.py" line="210" />
        <source>Done.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/reminders_page.py" line="223" />
        <source>Snoozed until {when}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/shortcuts_dialog.py" line="12" />
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/shortcuts_dialog.py" line="17" />
        <source>Clear the search</source>
        <translation>清除搜索</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/shortcuts_dialog.py" line="17" />
        <source>Save a field</source>
        <translation>保存字段</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/shortcuts_dialog.py" line="17" />
        <source>Enter or Tab</source>
        <translation>Enter 或 Tab</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/shortcuts_dialog.py" line="19" />
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/shortcuts_dialog.py" line="19" />
        <source>Keys</source>
        <translation>按键</translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/snooze_dialog.py" line="16" />
        <source>Snooze until…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/snooze_dialog.py" line="26" />
        <source>Until:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StageColumn</name>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/widgets/stage_column.py" line="83" />
        <source>%n more in the list…</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/start_dialog.py" line="42" />
        <source>Welcome to crm-desktop</source>
        <translation>欢迎使用 crm-desktop</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/start_dialog.py" line="56" />
        <source>&lt;h2&gt;Welcome&lt;/h2&gt;&lt;p&gt;crm-desktop keeps your contacts, deals and notes in one encrypted file on this computer. Nothing leaves the machine.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;欢迎&lt;/h2&gt;&lt;p&gt;crm-desktop 将您的联系人、交易和记录保存在本机的一个加密文件中。任何数据都不会离开这台电脑。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/start_dialog.py" line="59" />
        <source>Create a vault</source>
        <translation>创建保险库</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/start_dialog.py" line="62" />
        <source>Try the demo</source>
        <translation>试用演示</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/start_dialog.py" line="64" />
        <source>Open a vault file…</source>
        <translation>打开保险库文件…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/start_dialog.py" line="82" />
        <source>Change…</source>
        <translation>更改…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/start_dialog.py" line="96" />
        <source>&lt;b&gt;Nobody can recover a lost passphrase&lt;/b&gt; — not us, not anyone. Without it the vault cannot be opened. Write it down and keep it somewhere safe.</source>
        <translation>&lt;b&gt;口令一旦丢失，任何人都无法找回&lt;/b&gt;——我们不能，其他人也不能。没有口令就无法打开保险库。请把它写下来，妥善保管。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/start_dialog.py" line="101" />
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/start_dialog.py" line="103" />
        <source>Create the vault</source>
        <translation>创建保险库</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/start_dialog.py" line="111" />
        <source>Location:</source>
        <translation>位置：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/start_dialog.py" line="112" />
        <source>Passphrase:</source>
        <translation>口令：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/start_dialog.py" line="113" />
        <source>Repeat it:</source>
        <translation>再输入一次：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/start_dialog.py" line="135" />
        <source>Too short: use at least {n} characters.</source>
        <translation>太短：至少使用 {n} 个字符。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/start_dialog.py" line="136" />
        <source>Weak: add words — a few plain words make a strong passphrase.</source>
        <translation>弱：再加几个词——几个普通词语就能组成强口令。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/start_dialog.py" line="137" />
        <source>Fair: one or two more words would make it strong.</source>
        <translation>中等：再加一两个词就会很强。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/start_dialog.py" line="138" />
        <source>Strong.</source>
        <translation>强。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/start_dialog.py" line="147" />
        <source>The two passphrases differ. Type the same one twice.</source>
        <translation>两次输入的口令不一致。请输入相同的口令两次。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/start_dialog.py" line="153" />
        <source>The passphrase is too short: use at least {n} characters.</source>
        <translation>口令太短：至少使用 {n} 个字符。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/start_dialog.py" line="176" />
        <source>Open a vault</source>
        <translation>打开保险库</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/start_dialog.py" line="183" />
        <source>Where to keep the new vault</source>
        <translation>新保险库的保存位置</translation>
    </message>
</context>
<context>
    <name>TrashModel</name>
    <message>
        <location filename="../../crm_desktop/gui/models/trash_model.py" line="56" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/trash_model.py" line="56" />
        <source>Record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/trash_model.py" line="56" />
        <source>Deleted</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TrashPage</name>
    <message>
        <location filename="../../crm_desktop/gui/pages/trash_page.py" line="74" />
        <source>Restore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/trash_page.py" line="75" />
        <source>Put the selected records back where they were (Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/trash_page.py" line="76" />
        <source>Empty trash…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/trash_page.py" line="77" />
        <source>The trash is empty.
What you delete waits here until you empty it.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/pages/trash_page.py" line="95" />
        <source>%n record(s) in the trash</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/trash_page.py" line="114" />
        <source>Restored {label}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/trash_page.py" line="123" />
        <source>Empty the trash?</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/pages/trash_page.py" line="124" />
        <source>Erase %n record(s) in the trash permanently?</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/trash_page.py" line="127" />
        <source>This cannot be undone: Undo will not bring them back, and only a backup made before now still holds them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/trash_page.py" line="131" />
        <source>Erase permanently</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/pages/trash_page.py" line="138" />
        <source>Erased %n record(s) for good.</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/unlock_dialog.py" line="37" />
        <source>Unlock {name}</source>
        <translation>解锁 {name}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/unlock_dialog.py" line="39" />
        <source>&lt;b&gt;{name}&lt;/b&gt; is locked.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; 已锁定。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/unlock_dialog.py" line="49" />
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/unlock_dialog.py" line="53" />
        <source>Other vault…</source>
        <translation>其他保险库…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/unlock_dialog.py" line="60" />
        <source>Passphrase:</source>
        <translation>口令：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/unlock_dialog.py" line="73" />
        <source>Type the passphrase of this vault.</source>
        <translation>请输入此保险库的口令。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/unlock_dialog.py" line="76" />
        <source>Unlocking…</source>
        <translation>正在解锁…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/unlock_dialog.py" line="94" />
        <source>Open a vault</source>
        <translation>打开保险库</translation>
    </message>
</context>
</TS>
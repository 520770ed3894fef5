<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>About</name>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/about.py" line="12" />
        <source>About crm-desktop</source>
        <translation>关于 crm-desktop</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/about.py" line="13" />
        <source>&lt;h3&gt;crm-desktop {version}&lt;/h3&gt;&lt;p&gt;An offline CRM for small project-financing teams: one encrypted file on this computer, no server.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;crm-desktop {version}&lt;/h3&gt;&lt;p&gt;为小型项目融资团队打造的离线 CRM：本机上一个加密文件，无需服务器。&lt;/p&gt;</translation>
    </message>
</context>
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
        <translation>添加交易(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="83" />
        <source>Add a &amp;reminder…</source>
        <translation>添加提醒(&amp;R)…</translation>
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
    <name>AttachmentsView</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/attachments_view.py" line="79" />
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/attachments_view.py" line="80" />
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/attachments_view.py" line="81" />
        <source>Move to trash</source>
        <translation>移到回收站</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/attachments_view.py" line="82" />
        <source>Drop files here to attach them. They are kept inside the encrypted vault; opening one writes a private copy that is removed when the vault locks or the app closes.</source>
        <translation>把文件拖到这里即可附加。文件保存在加密保险库内；打开时会写出一份私有副本，保险库锁定或程序关闭时即删除。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/attachments_view.py" line="113" />
        <source>Attach files</source>
        <translation>附加文件</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/banner.py" line="37" />
        <source>Show</source>
        <translation>查看</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/banner.py" line="38" />
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>CloseDealDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/close_deal_dialog.py" line="12" />
        <source>Close as won</source>
        <translation>以赢单结束</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/close_deal_dialog.py" line="12" />
        <source>Close as lost</source>
        <translation>以输单结束</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/close_deal_dialog.py" line="14" />
        <source>Close “{name}” as won. Why did it win?</source>
        <translation>将“{name}”以赢单结束。为什么赢了？</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/close_deal_dialog.py" line="15" />
        <source>Close “{name}” as lost. Why was it lost?</source>
        <translation>将“{name}”以输单结束。为什么输了？</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/close_deal_dialog.py" line="21" />
        <source>The reason (optional)</source>
        <translation>原因（可选）</translation>
    </message>
</context>
<context>
    <name>ContactDetail</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_detail.py" line="76" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_detail.py" line="76" />
        <location filename="../../crm_desktop/gui/widgets/contact_detail.py" line="127" />
        <source>Organization</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_detail.py" line="77" />
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_detail.py" line="77" />
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_detail.py" line="78" />
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_detail.py" line="78" />
        <source>E-mails</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_detail.py" line="78" />
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_detail.py" line="81" />
        <source>Select a contact, or press Ctrl+N to add one.</source>
        <translation>选择一个联系人，或按 Ctrl+N 添加。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_detail.py" line="127" />
        <source>Person</source>
        <translation>个人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_detail.py" line="144" />
        <source>Not a valid phone number, kept as typed: {numbers}</source>
        <translation>不是有效的电话号码，已按原样保存：{numbers}</translation>
    </message>
</context>
<context>
    <name>ContactRecordsView</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_records.py" line="65" />
        <source>New deal…</source>
        <translation>新建交易…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_records.py" line="66" />
        <source>New reminder…</source>
        <translation>新建提醒…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_records.py" line="79" />
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_records.py" line="79" />
        <source>Deals</source>
        <translation>交易</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_records.py" line="79" />
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_records.py" line="79" />
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_records.py" line="82" />
        <source>History</source>
        <translation>历史记录</translation>
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
        <location filename="../../crm_desktop/gui/pages/contacts_page.py" line="103" />
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/contacts_page.py" line="103" />
        <source>People</source>
        <translation>个人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/contacts_page.py" line="104" />
        <source>Organizations</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/contacts_page.py" line="105" />
        <source>All tiers</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/contacts_page.py" line="105" />
        <source>Tier A</source>
        <translation>A 级</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/contacts_page.py" line="106" />
        <source>Tier B</source>
        <translation>B 级</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/contacts_page.py" line="106" />
        <source>Tier C</source>
        <translation>C 级</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/pages/contacts_page.py" line="181" />
        <source>The best %n matches; type more to narrow</source>
        <translation>
            <numerusform>最匹配的 %n 个；继续输入以缩小范围</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/pages/contacts_page.py" line="183" />
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
        <translation>各阶段进行中的交易</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/dashboard_page.py" line="67" />
        <source>Follow-ups</source>
        <translation>跟进</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/dashboard_page.py" line="68" />
        <source>Going cold</source>
        <translation>渐趋冷淡</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/dashboard_page.py" line="69" />
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/dashboard_page.py" line="70" />
        <source>Click a stage to list its deals</source>
        <translation>点击一个阶段以列出其交易</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/dashboard_page.py" line="95" />
        <source>{total} (weighted {weighted})</source>
        <translation>{total}（加权 {weighted}）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/pages/dashboard_page.py" line="98" />
        <source>%n open deal(s)</source>
        <translation>
            <numerusform>%n 笔进行中的交易</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/dashboard_page.py" line="106" />
        <source>{overdue} overdue · {today} due today · {week} later this week</source>
        <translation>逾期 {overdue} · 今天到期 {today} · 本周稍后 {week}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/dashboard_page.py" line="111" />
        <source>Nothing overdue, nothing due today.</source>
        <translation>没有逾期，今天也没有到期事项。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/pages/dashboard_page.py" line="115" />
        <source>%n day(s) late</source>
        <translation>
            <numerusform>逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/dashboard_page.py" line="122" />
        <source>Tier {tier}: {n} (over {days} days)</source>
        <translation>{tier} 级：{n}（超过 {days} 天）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/dashboard_page.py" line="125" />
        <source>{name} — tier {tier}, silent {days} days</source>
        <translation>{name} — {tier} 级，{days} 天无联系</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/dashboard_page.py" line="128" />
        <source>No client has gone cold.</source>
        <translation>没有客户变冷淡。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/pages/dashboard_page.py" line="135" />
        <source>%n interaction(s) since Monday</source>
        <translation>
            <numerusform>本周一以来 %n 次互动</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/dashboard_page.py" line="146" />
        <source>No interactions logged this week.</source>
        <translation>本周尚未记录互动。</translation>
    </message>
</context>
<context>
    <name>DealForm</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_form.py" line="75" />
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_form.py" line="75" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_form.py" line="75" />
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_form.py" line="76" />
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_form.py" line="76" />
        <source>Probability (%)</source>
        <translation>成交概率（%）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_form.py" line="77" />
        <source>Expected close</source>
        <translation>预计成交日</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_form.py" line="77" />
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_form.py" line="78" />
        <source>Retainer fee</source>
        <translation>聘用费</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_form.py" line="78" />
        <source>Success fee</source>
        <translation>成功费</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_form.py" line="79" />
        <source>Success fee (%)</source>
        <translation>成功费（%）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_form.py" line="79" />
        <source>Weighted amount</source>
        <translation>加权金额</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_form.py" line="80" />
        <source>Expected fee</source>
        <translation>预期费用</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_form.py" line="101" />
        <source>Stage default: {p}</source>
        <translation>阶段默认：{p}</translation>
    </message>
</context>
<context>
    <name>DealListModel</name>
    <message>
        <location filename="../../crm_desktop/gui/models/deal_list_model.py" line="155" />
        <source>Deal</source>
        <translation>交易</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/deal_list_model.py" line="155" />
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/deal_list_model.py" line="155" />
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/deal_list_model.py" line="155" />
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/deal_list_model.py" line="156" />
        <source>Probability</source>
        <translation>概率</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/deal_list_model.py" line="156" />
        <source>Expected close</source>
        <translation>预计成交日</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/deal_list_model.py" line="156" />
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/deal_list_model.py" line="156" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/deal_list_model.py" line="159" />
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/deal_list_model.py" line="159" />
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/deal_list_model.py" line="159" />
        <source>Lost</source>
        <translation>输单</translation>
    </message>
</context>
<context>
    <name>DealQuickAddDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/deal_quick_add.py" line="38" />
        <source>Add a deal</source>
        <translation>添加交易</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/deal_quick_add.py" line="42" />
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/deal_quick_add.py" line="42" />
        <source>Client:</source>
        <translation>客户：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/deal_quick_add.py" line="43" />
        <source>Amount:</source>
        <translation>金额：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/deal_quick_add.py" line="43" />
        <source>Currency:</source>
        <translation>币种：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/deal_quick_add.py" line="44" />
        <source>Expected close:</source>
        <translation>预计成交日：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/deal_quick_add.py" line="50" />
        <source>Stage:</source>
        <translation>阶段：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/deal_quick_add.py" line="51" />
        <source>An organization's name (added if new)</source>
        <translation>机构名称（如为新机构则自动添加）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/deal_quick_add.py" line="59" />
        <source>Add</source>
        <translation>添加</translation>
    </message>
</context>
<context>
    <name>DealView</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_view.py" line="118" />
        <source>← Back</source>
        <translation>← 返回</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_view.py" line="119" />
        <source>Back to the pipeline (Esc)</source>
        <translation>返回交易看板（Esc）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_view.py" line="120" />
        <source>Won…</source>
        <translation>赢单…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_view.py" line="121" />
        <source>Lost…</source>
        <translation>输单…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_view.py" line="122" />
        <source>Parties</source>
        <translation>参与方</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_view.py" line="123" />
        <source>Add note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_view.py" line="124" />
        <source>Write a note (Ctrl+Return adds it)</source>
        <translation>写一条备注（Ctrl+Return 添加）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_view.py" line="125" />
        <source>Add a reminder…</source>
        <translation>添加提醒…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_view.py" line="126" />
        <source>Add a party…</source>
        <translation>添加参与方…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_view.py" line="131" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_view.py" line="131" />
        <source>Interactions</source>
        <translation>互动</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_view.py" line="131" />
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_view.py" line="174" />
        <source>Notes ({n})</source>
        <translation>备注（{n}）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_view.py" line="175" />
        <source>Interactions ({n})</source>
        <translation>互动（{n}）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_view.py" line="176" />
        <source>Reminders ({n})</source>
        <translation>提醒（{n}）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_view.py" line="183" />
        <source>closed {date}</source>
        <translation>{date} 结束</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_view.py" line="186" />
        <source>Reason: {reason}</source>
        <translation>原因：{reason}</translation>
    </message>
</context>
<context>
    <name>DealsPage</name>
    <message>
        <location filename="../../crm_desktop/gui/pages/deals_page.py" line="121" />
        <source>Board</source>
        <translation>看板</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/deals_page.py" line="122" />
        <source>List</source>
        <translation>列表</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/deals_page.py" line="123" />
        <source>New deal…</source>
        <translation>新建交易…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/deals_page.py" line="124" />
        <source>Add a deal (Ctrl+Shift+D)</source>
        <translation>添加交易（Ctrl+Shift+D）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/deals_page.py" line="126" />
        <source>All stages</source>
        <translation>全部阶段</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/deals_page.py" line="127" />
        <source>All owners</source>
        <translation>全部负责人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/deals_page.py" line="141" />
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/deals_page.py" line="141" />
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/deals_page.py" line="141" />
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/deals_page.py" line="142" />
        <source>Lost</source>
        <translation>输单</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/pages/deals_page.py" line="188" />
        <location filename="../../crm_desktop/gui/pages/deals_page.py" line="191" />
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n 笔交易</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/deals_page.py" line="189" />
        <source>No deals yet: press Ctrl+Shift+D to add one.</source>
        <translation>还没有交易：按 Ctrl+Shift+D 添加。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/deals_page.py" line="253" />
        <source>Moved {deal} to {stage}. Ctrl+Z undoes it.</source>
        <translation>已将 {deal} 移到 {stage}。按 Ctrl+Z 撤销。</translation>
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
    <name>HistoryView</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/history_view.py" line="53" />
        <source>undone</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/history_view.py" line="65" />
        <source>No changes recorded yet.</source>
        <translation>尚无变更记录。</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="13" />
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="14" />
        <source>Call</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="15" />
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="16" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="22" />
        <source>Sponsor</source>
        <translation>发起人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="23" />
        <source>Lender</source>
        <translation>贷款方</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="24" />
        <source>Investor</source>
        <translation>投资方</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="25" />
        <source>Adviser</source>
        <translation>顾问</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="26" />
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="32" />
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="33" />
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="34" />
        <source>Lost</source>
        <translation>输单</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="35" />
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="41" />
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="42" />
        <source>Deal</source>
        <translation>交易</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="43" />
        <source>Interaction</source>
        <translation>互动</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="44" />
        <source>Reminder</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="45" />
        <source>Deal note</source>
        <translation>交易备注</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="46" />
        <source>Attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="59" />
        <source>hourly</source>
        <translation>每小时</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="60" />
        <source>daily</source>
        <translation>每天</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="61" />
        <source>weekly</source>
        <translation>每周</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="62" />
        <source>monthly</source>
        <translation>每月</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="63" />
        <source>yearly</source>
        <translation>每年</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="66" />
        <source>every %1 hours</source>
        <translation>每 %1 小时</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="67" />
        <source>every %1 days</source>
        <translation>每 %1 天</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="68" />
        <source>every %1 weeks</source>
        <translation>每 %1 周</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="69" />
        <source>every %1 months</source>
        <translation>每 %1 个月</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="70" />
        <source>every %1 years</source>
        <translation>每 %1 年</translation>
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
        <location filename="../../crm_desktop/gui/main_window.py" line="155" />
        <source>Search contacts ({keys})</source>
        <translation>搜索联系人（{keys}）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="159" />
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="159" />
        <source>Deals</source>
        <translation>交易</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="159" />
        <location filename="../../crm_desktop/gui/main_window.py" line="219" />
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="159" />
        <source>Dashboard</source>
        <translation>仪表板</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="160" />
        <source>Trash</source>
        <translation>回收站</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="212" />
        <source>crm-desktop</source>
        <translation>crm-desktop</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="219" />
        <source>Reminders ({n})</source>
        <translation>提醒（{n}）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/main_window.py" line="220" />
        <source>%n reminder(s) overdue</source>
        <translation>
            <numerusform>%n 条提醒已逾期</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="270" />
        <location filename="../../crm_desktop/gui/main_window.py" line="275" />
        <source>Added {name}</source>
        <translation>已添加 {name}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="280" />
        <source>Reminder added</source>
        <translation>已添加提醒</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <location filename="../../crm_desktop/gui/notifier.py" line="49" />
        <source>Reminder due</source>
        <translation>提醒到期</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/notifier.py" line="61" />
        <source>and %n more</source>
        <translation>
            <numerusform>另有 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/notifier.py" line="63" />
        <source>Due now: {what}</source>
        <translation>现在到期：{what}</translation>
    </message>
</context>
<context>
    <name>PartyDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/party_dialog.py" line="52" />
        <source>Add a party</source>
        <translation>添加参与方</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/party_dialog.py" line="56" />
        <source>Type a name, a phone or an e-mail</source>
        <translation>输入姓名、电话或电子邮件</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/party_dialog.py" line="65" />
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/party_dialog.py" line="79" />
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/party_dialog.py" line="111" />
        <source>Find the contact first.</source>
        <translation>请先找到联系人。</translation>
    </message>
</context>
<context>
    <name>PipelineBoard</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/pipeline_board.py" line="99" />
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/pipeline_board.py" line="100" />
        <source>Move to</source>
        <translation>移到</translation>
    </message>
</context>
<context>
    <name>PipelineChart</name>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/widgets/pipeline_chart.py" line="109" />
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n 笔交易</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/pipeline_chart.py" line="112" />
        <source>No open deals yet.</source>
        <translation>还没有进行中的交易。</translation>
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
    <name>Records</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/record_html.py" line="48" />
        <source>No interactions yet.</source>
        <translation>还没有互动。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/record_html.py" line="51" />
        <source>The newest {shown} of {total}.</source>
        <translation>共 {total} 条，显示最新的 {shown} 条。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/record_html.py" line="59" />
        <source>No notes yet.</source>
        <translation>还没有备注。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/record_html.py" line="76" />
        <source>No reminders.</source>
        <translation>没有提醒。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/record_html.py" line="85" />
        <source>No deals.</source>
        <translation>没有交易。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/record_html.py" line="91" />
        <source>No parties yet.</source>
        <translation>还没有参与方。</translation>
    </message>
</context>
<context>
    <name>ReminderModel</name>
    <message>
        <location filename="../../crm_desktop/gui/models/reminder_model.py" line="65" />
        <source>{when} in {zone}</source>
        <translation>{zone} 时间 {when}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/reminder_model.py" line="68" />
        <source>Snoozed; first due {when}</source>
        <translation>已推迟；原定 {when} 到期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/reminder_model.py" line="84" />
        <source>Done</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/reminder_model.py" line="84" />
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/reminder_model.py" line="84" />
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/reminder_model.py" line="84" />
        <source>About</source>
        <translation>相关</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/reminder_model.py" line="85" />
        <source>Repeats</source>
        <translation>重复</translation>
    </message>
</context>
<context>
    <name>ReminderQuickAddDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/reminder_quick_add.py" line="48" />
        <source>Add a reminder</source>
        <translation>添加提醒</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/reminder_quick_add.py" line="59" />
        <source>Does not repeat</source>
        <translation>不重复</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/reminder_quick_add.py" line="59" />
        <source>Every day</source>
        <translation>每天</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/reminder_quick_add.py" line="59" />
        <source>Every week</source>
        <translation>每周</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/reminder_quick_add.py" line="60" />
        <source>Every month</source>
        <translation>每月</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/reminder_quick_add.py" line="60" />
        <source>Every year</source>
        <translation>每年</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/reminder_quick_add.py" line="63" />
        <source>What:</source>
        <translation>事项：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/reminder_quick_add.py" line="64" />
        <source>When:</source>
        <translation>时间：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/reminder_quick_add.py" line="66" />
        <source>Repeats:</source>
        <translation>重复：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/reminder_quick_add.py" line="70" />
        <source>About:</source>
        <translation>相关：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/reminder_quick_add.py" line="73" />
        <source>Add</source>
        <translation>添加</translation>
    </message>
</context>
<context>
    <name>RemindersPage</name>
    <message>
        <location filename="../../crm_desktop/gui/pages/reminders_page.py" line="106" />
        <location filename="../../crm_desktop/gui/pages/reminders_page.py" line="121" />
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/reminders_page.py" line="107" />
        <source>Mark the selected reminders done (Ctrl+Return)</source>
        <translation>将所选提醒标为完成（Ctrl+Return）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/reminders_page.py" line="108" />
        <source>Snooze</source>
        <translation>推迟</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/reminders_page.py" line="109" />
        <source>New reminder…</source>
        <translation>新建提醒…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/reminders_page.py" line="110" />
        <source>Add a reminder (Ctrl+Shift+R)</source>
        <translation>添加提醒（Ctrl+Shift+R）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/reminders_page.py" line="112" />
        <source>For an hour</source>
        <translation>推迟一小时</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/reminders_page.py" line="112" />
        <source>Until tomorrow</source>
        <translation>推迟到明天</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/reminders_page.py" line="113" />
        <source>Until next week</source>
        <translation>推迟到下周</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/reminders_page.py" line="115" />
        <source>Until a date…</source>
        <translation>推迟到指定时间…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/reminders_page.py" line="120" />
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/reminders_page.py" line="120" />
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/reminders_page.py" line="120" />
        <source>Upcoming</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/reminders_page.py" line="184" />
        <source>Nothing due today.</source>
        <translation>今天没有到期的提醒。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/reminders_page.py" line="184" />
        <source>Nothing overdue. Well done.</source>
        <translation>没有逾期的提醒。做得好。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/reminders_page.py" line="185" />
        <source>No reminders ahead. Ctrl+Shift+R adds one.</source>
        <translation>之后没有提醒。按 Ctrl+Shift+R 添加。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/reminders_page.py" line="186" />
        <source>No reminders done yet.</source>
        <translation>还没有完成的提醒。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/reminders_page.py" line="208" />
        <source>Done. Next time: {when}</source>
        <translation>已完成。下一次：{when}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/reminders_page.py" line="210" />
        <source>Done.</source>
        <translation>已完成。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/reminders_page.py" line="223" />
        <source>Snoozed until {when}</source>
        <translation>已推迟到 {when}</translation>
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
        <location filename="../../crm_desktop/gui/dialogs/shortcuts_dialog.py" line="18" />
        <source>Move a deal card to the previous or next stage</source>
        <translation>把交易卡片移到上一个或下一个阶段</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/shortcuts_dialog.py" line="19" />
        <source>Open the deal card, the record in a list</source>
        <translation>打开交易卡片或列表中的记录</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/shortcuts_dialog.py" line="19" />
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/shortcuts_dialog.py" line="20" />
        <source>Back from a deal to the board</source>
        <translation>从交易返回看板</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/shortcuts_dialog.py" line="21" />
        <source>Add the note, log the interaction, mark reminders done</source>
        <translation>添加备注、记录互动、将提醒标为完成</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/shortcuts_dialog.py" line="23" />
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/shortcuts_dialog.py" line="23" />
        <source>Keys</source>
        <translation>按键</translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/snooze_dialog.py" line="16" />
        <source>Snooze until…</source>
        <translation>推迟到…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/snooze_dialog.py" line="26" />
        <source>Until:</source>
        <translation>直到：</translation>
    </message>
</context>
<context>
    <name>StageColumn</name>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/widgets/stage_column.py" line="60" />
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n 笔交易</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/widgets/stage_column.py" line="65" />
        <source>%n more in the list…</source>
        <translation>
            <numerusform>列表中还有 %n 笔…</numerusform>
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
    <name>StatusLine</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/status_line.py" line="25" />
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/status_line.py" line="25" />
        <source>Unlocked</source>
        <translation>已解锁</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/status_line.py" line="28" />
        <source>Working…</source>
        <translation>处理中…</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/timeline.py" line="83" />
        <source>Subject (optional)</source>
        <translation>主题（可选）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/timeline.py" line="84" />
        <source>What was said, what was agreed (Ctrl+Return logs it)</source>
        <translation>谈了什么、约定了什么（Ctrl+Return 记录）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/timeline.py" line="85" />
        <source>Log</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/timeline.py" line="86" />
        <source>When it happened</source>
        <translation>发生时间</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/timeline.py" line="87" />
        <source>Show older</source>
        <translation>显示更早的</translation>
    </message>
</context>
<context>
    <name>TrashModel</name>
    <message>
        <location filename="../../crm_desktop/gui/models/trash_model.py" line="56" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/trash_model.py" line="56" />
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/trash_model.py" line="56" />
        <source>Deleted</source>
        <translation>删除时间</translation>
    </message>
</context>
<context>
    <name>TrashPage</name>
    <message>
        <location filename="../../crm_desktop/gui/pages/trash_page.py" line="74" />
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/trash_page.py" line="75" />
        <source>Put the selected records back where they were (Enter)</source>
        <translation>把所选记录放回原处（Enter）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/trash_page.py" line="76" />
        <source>Empty trash…</source>
        <translation>清空回收站…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/trash_page.py" line="77" />
        <source>The trash is empty.
What you delete waits here until you empty it.</source>
        <translation>回收站是空的。
删除的内容会留在这里，直到您清空回收站。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/pages/trash_page.py" line="95" />
        <source>%n record(s) in the trash</source>
        <translation>
            <numerusform>回收站中有 %n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/trash_page.py" line="114" />
        <source>Restored {label}</source>
        <translation>已恢复 {label}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/trash_page.py" line="123" />
        <source>Empty the trash?</source>
        <translation>清空回收站？</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/pages/trash_page.py" line="124" />
        <source>Erase %n record(s) in the trash permanently?</source>
        <translation>
            <numerusform>永久删除回收站中的 %n 条记录？</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/trash_page.py" line="127" />
        <source>This cannot be undone: Undo will not bring them back, and only a backup made before now still holds them.</source>
        <translation>此操作无法撤销：“撤销”不能找回它们，只有此前做的备份里还有。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/trash_page.py" line="131" />
        <source>Erase permanently</source>
        <translation>永久删除</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/pages/trash_page.py" line="138" />
        <source>Erased %n record(s) for good.</source>
        <translation>
            <numerusform>已永久删除 %n 条记录。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UndoRunner</name>
    <message>
        <location filename="../../crm_desktop/gui/undo_runner.py" line="30" />
        <source>Redone: {what}</source>
        <translation>已重做：{what}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/undo_runner.py" line="30" />
        <source>Undone: {what}</source>
        <translation>已撤销：{what}</translation>
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
<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_TW">
<context>
    <name>About</name>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/about.py" line="12" />
        <source>About crm-desktop</source>
        <translation>關於 crm-desktop</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/about.py" line="13" />
        <source>&lt;h3&gt;crm-desktop {version}&lt;/h3&gt;&lt;p&gt;An offline CRM for small project-financing teams: one encrypted file on this computer, no server.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;crm-desktop {version}&lt;/h3&gt;&lt;p&gt;為小型專案融資團隊打造的離線 CRM：本機上一個加密檔案，無需伺服器。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="80" />
        <source>&amp;New vault…</source>
        <translation>新增保險庫(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="80" />
        <source>&amp;Open vault…</source>
        <translation>開啟保險庫(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="81" />
        <source>&amp;Lock</source>
        <translation>鎖定(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="81" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="81" />
        <source>&amp;Undo</source>
        <translation>復原(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="82" />
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="82" />
        <source>&amp;Add a contact…</source>
        <translation>新增聯絡人(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="83" />
        <source>Add a &amp;deal…</source>
        <translation>新增交易(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="83" />
        <source>Add a &amp;reminder…</source>
        <translation>新增提醒(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="84" />
        <source>&amp;Search</source>
        <translation>搜尋(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="84" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>鍵盤快捷鍵(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="85" />
        <source>&amp;About crm-desktop</source>
        <translation>關於 crm-desktop(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="91" />
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="92" />
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="93" />
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="94" />
        <source>&amp;Language</source>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="95" />
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../crm_desktop/gui/controller.py" line="161" />
        <source>Open a vault</source>
        <translation>開啟保險庫</translation>
    </message>
</context>
<context>
    <name>AttachmentsView</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/attachments_view.py" line="79" />
        <source>Add files…</source>
        <translation>新增檔案…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/attachments_view.py" line="80" />
        <source>Open</source>
        <translation>開啟</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/attachments_view.py" line="81" />
        <source>Move to trash</source>
        <translation>移到垃圾桶</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/attachments_view.py" line="82" />
        <source>Drop files here to attach them. They are kept inside the encrypted vault; opening one writes a private copy that is removed when the vault locks or the app closes.</source>
        <translation>把檔案拖到這裡即可附加。檔案儲存在加密保險庫內；開啟時會寫出一份私有副本，保險庫鎖定或程式關閉時即刪除。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/attachments_view.py" line="113" />
        <source>Attach files</source>
        <translation>附加檔案</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/banner.py" line="37" />
        <source>Show</source>
        <translation>檢視</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/banner.py" line="38" />
        <source>Dismiss</source>
        <translation>關閉</translation>
    </message>
</context>
<context>
    <name>CloseDealDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/close_deal_dialog.py" line="12" />
        <source>Close as won</source>
        <translation>以贏單結束</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/close_deal_dialog.py" line="12" />
        <source>Close as lost</source>
        <translation>以輸單結束</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/close_deal_dialog.py" line="14" />
        <source>Close “{name}” as won. Why did it win?</source>
        <translation>將“{name}”以贏單結束。為什麼贏了？</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/close_deal_dialog.py" line="15" />
        <source>Close “{name}” as lost. Why was it lost?</source>
        <translation>將“{name}”以輸單結束。為什麼輸了？</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/close_deal_dialog.py" line="21" />
        <source>The reason (optional)</source>
        <translation>原因（可選）</translation>
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
        <translation>機構</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_detail.py" line="77" />
        <source>Title</source>
        <translation>職務</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_detail.py" line="77" />
        <source>Department</source>
        <translation>部門</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_detail.py" line="78" />
        <source>Phones</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_detail.py" line="78" />
        <source>E-mails</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_detail.py" line="78" />
        <source>Tier</source>
        <translation>等級</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_detail.py" line="81" />
        <source>Select a contact, or press Ctrl+N to add one.</source>
        <translation>選擇一個聯絡人，或按 Ctrl+N 新增。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_detail.py" line="127" />
        <source>Person</source>
        <translation>個人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_detail.py" line="144" />
        <source>Not a valid phone number, kept as typed: {numbers}</source>
        <translation>不是有效的電話號碼，已按原樣儲存：{numbers}</translation>
    </message>
</context>
<context>
    <name>ContactRecordsView</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_records.py" line="65" />
        <source>New deal…</source>
        <translation>新增交易…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_records.py" line="66" />
        <source>New reminder…</source>
        <translation>新增提醒…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_records.py" line="79" />
        <source>Timeline</source>
        <translation>時間線</translation>
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
        <translation>歷史記錄</translation>
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
        <translation>機構</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/contacts_model.py" line="220" />
        <source>Title</source>
        <translation>職務</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/contacts_model.py" line="220" />
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/contacts_model.py" line="221" />
        <source>E-mail</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/contacts_model.py" line="221" />
        <source>Tier</source>
        <translation>等級</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/contacts_model.py" line="221" />
        <source>Last interaction</source>
        <translation>最近互動</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <location filename="../../crm_desktop/gui/pages/contacts_page.py" line="103" />
        <source>All kinds</source>
        <translation>全部類型</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/contacts_page.py" line="103" />
        <source>People</source>
        <translation>個人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/contacts_page.py" line="104" />
        <source>Organizations</source>
        <translation>機構</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/contacts_page.py" line="105" />
        <source>All tiers</source>
        <translation>全部等級</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/contacts_page.py" line="105" />
        <source>Tier A</source>
        <translation>A 級</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/contacts_page.py" line="106" />
        <source>Tier B</source>
        <translation>B 級</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/contacts_page.py" line="106" />
        <source>Tier C</source>
        <translation>C 級</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/pages/contacts_page.py" line="181" />
        <source>The best %n matches; type more to narrow</source>
        <translation>
            <numerusform>最匹配的 %n 個；繼續輸入以縮小範圍</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/pages/contacts_page.py" line="183" />
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n 個聯絡人</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../crm_desktop/gui/pages/dashboard_page.py" line="66" />
        <source>Open pipeline by stage</source>
        <translation>各階段進行中的交易</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/dashboard_page.py" line="67" />
        <source>Follow-ups</source>
        <translation>跟進</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/dashboard_page.py" line="68" />
        <source>Going cold</source>
        <translation>漸趨冷淡</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/dashboard_page.py" line="69" />
        <source>This week</source>
        <translation>本週</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/dashboard_page.py" line="70" />
        <source>Click a stage to list its deals</source>
        <translation>點選一個階段以列出其交易</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/dashboard_page.py" line="95" />
        <source>{total} (weighted {weighted})</source>
        <translation>{total}（加權 {weighted}）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/pages/dashboard_page.py" line="98" />
        <source>%n open deal(s)</source>
        <translation>
            <numerusform>%n 筆進行中的交易</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/dashboard_page.py" line="106" />
        <source>{overdue} overdue · {today} due today · {week} later this week</source>
        <translation>逾期 {overdue} · 今天到期 {today} · 本週稍後 {week}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/dashboard_page.py" line="111" />
        <source>Nothing overdue, nothing due today.</source>
        <translation>沒有逾期，今天也沒有到期事項。</translation>
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
        <translation>{tier} 級：{n}（超過 {days} 天）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/dashboard_page.py" line="125" />
        <source>{name} — tier {tier}, silent {days} days</source>
        <translation>{name} — {tier} 級，{days} 天無聯絡</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/dashboard_page.py" line="128" />
        <source>No client has gone cold.</source>
        <translation>沒有客戶變冷淡。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/pages/dashboard_page.py" line="135" />
        <source>%n interaction(s) since Monday</source>
        <translation>
            <numerusform>本週一以來 %n 次互動</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/dashboard_page.py" line="146" />
        <source>No interactions logged this week.</source>
        <translation>本週尚未記錄互動。</translation>
    </message>
</context>
<context>
    <name>DealForm</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_form.py" line="75" />
        <source>Stage</source>
        <translation>階段</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_form.py" line="75" />
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_form.py" line="75" />
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_form.py" line="76" />
        <source>Currency</source>
        <translation>幣種</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_form.py" line="76" />
        <source>Probability (%)</source>
        <translation>成交機率（%）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_form.py" line="77" />
        <source>Expected close</source>
        <translation>預計成交日</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_form.py" line="77" />
        <source>Owner</source>
        <translation>負責人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_form.py" line="78" />
        <source>Retainer fee</source>
        <translation>聘用費</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_form.py" line="78" />
        <source>Success fee</source>
        <translation>成功費</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_form.py" line="79" />
        <source>Success fee (%)</source>
        <translation>成功費（%）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_form.py" line="79" />
        <source>Weighted amount</source>
        <translation>加權金額</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_form.py" line="80" />
        <source>Expected fee</source>
        <translation>預期費用</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_form.py" line="101" />
        <source>Stage default: {p}</source>
        <translation>階段預設：{p}</translation>
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
        <translation>客戶</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/deal_list_model.py" line="155" />
        <source>Stage</source>
        <translation>階段</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/deal_list_model.py" line="155" />
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/deal_list_model.py" line="156" />
        <source>Probability</source>
        <translation>機率</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/deal_list_model.py" line="156" />
        <source>Expected close</source>
        <translation>預計成交日</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/deal_list_model.py" line="156" />
        <source>Owner</source>
        <translation>負責人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/deal_list_model.py" line="156" />
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/deal_list_model.py" line="159" />
        <source>Open</source>
        <translation>進行中</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/deal_list_model.py" line="159" />
        <source>Won</source>
        <translation>贏單</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/deal_list_model.py" line="159" />
        <source>Lost</source>
        <translation>輸單</translation>
    </message>
</context>
<context>
    <name>DealQuickAddDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/deal_quick_add.py" line="38" />
        <source>Add a deal</source>
        <translation>新增交易</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/deal_quick_add.py" line="42" />
        <source>Name:</source>
        <translation>名稱：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/deal_quick_add.py" line="42" />
        <source>Client:</source>
        <translation>客戶：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/deal_quick_add.py" line="43" />
        <source>Amount:</source>
        <translation>金額：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/deal_quick_add.py" line="43" />
        <source>Currency:</source>
        <translation>幣種：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/deal_quick_add.py" line="44" />
        <source>Expected close:</source>
        <translation>預計成交日：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/deal_quick_add.py" line="50" />
        <source>Stage:</source>
        <translation>階段：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/deal_quick_add.py" line="51" />
        <source>An organization's name (added if new)</source>
        <translation>機構名稱（如為新機構則自動新增）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/deal_quick_add.py" line="59" />
        <source>Add</source>
        <translation>新增</translation>
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
        <translation>贏單…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_view.py" line="121" />
        <source>Lost…</source>
        <translation>輸單…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_view.py" line="122" />
        <source>Parties</source>
        <translation>參與方</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_view.py" line="123" />
        <source>Add note</source>
        <translation>新增備註</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_view.py" line="124" />
        <source>Write a note (Ctrl+Return adds it)</source>
        <translation>寫一條備註（Ctrl+Return 新增）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_view.py" line="125" />
        <source>Add a reminder…</source>
        <translation>新增提醒…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_view.py" line="126" />
        <source>Add a party…</source>
        <translation>新增參與方…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_view.py" line="131" />
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_view.py" line="131" />
        <source>Interactions</source>
        <translation>互動</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_view.py" line="131" />
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_view.py" line="174" />
        <source>Notes ({n})</source>
        <translation>備註（{n}）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_view.py" line="175" />
        <source>Interactions ({n})</source>
        <translation>互動（{n}）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_view.py" line="176" />
        <source>Reminders ({n})</source>
        <translation>提醒（{n}）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_view.py" line="183" />
        <source>closed {date}</source>
        <translation>{date} 結束</translation>
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
        <translation>新增交易…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/deals_page.py" line="124" />
        <source>Add a deal (Ctrl+Shift+D)</source>
        <translation>新增交易（Ctrl+Shift+D）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/deals_page.py" line="126" />
        <source>All stages</source>
        <translation>全部階段</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/deals_page.py" line="127" />
        <source>All owners</source>
        <translation>全部負責人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/deals_page.py" line="141" />
        <source>Any status</source>
        <translation>全部狀態</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/deals_page.py" line="141" />
        <source>Open</source>
        <translation>進行中</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/deals_page.py" line="141" />
        <source>Won</source>
        <translation>贏單</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/deals_page.py" line="142" />
        <source>Lost</source>
        <translation>輸單</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/pages/deals_page.py" line="188" />
        <location filename="../../crm_desktop/gui/pages/deals_page.py" line="191" />
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n 筆交易</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/deals_page.py" line="189" />
        <source>No deals yet: press Ctrl+Shift+D to add one.</source>
        <translation>還沒有交易：按 Ctrl+Shift+D 新增。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/deals_page.py" line="253" />
        <source>Moved {deal} to {stage}. Ctrl+Z undoes it.</source>
        <translation>已將 {deal} 移到 {stage}。按 Ctrl+Z 復原。</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../../crm_desktop/gui/demo_flow.py" line="74" />
        <source>Filling the demo vault with sample contacts, deals and notes…</source>
        <translation>正在向示範保險庫填入範例聯絡人、交易和記錄…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/demo_flow.py" line="75" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/demo_flow.py" line="76" />
        <source>Try the demo</source>
        <translation>試用示範</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../crm_desktop/gui/errors.py" line="29" />
        <source>Wrong passphrase. Check Caps Lock and the keyboard layout, and try again.</source>
        <translation>密碼錯誤。請檢查大寫鎖定鍵和鍵盤佈局，然後重試。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/errors.py" line="32" />
        <source>This vault is open in another crm-desktop window or command. Close it there first: two programs writing at once could damage your data.</source>
        <translation>此保險庫已在另一個 crm-desktop 視窗或命令中開啟。請先在那裡關閉：兩個程式同時寫入可能損壞您的資料。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/errors.py" line="36" />
        <source>There is no vault at {path}.</source>
        <translation>{path} 處沒有保險庫。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/errors.py" line="38" />
        <source>{name} is not a crm-desktop vault ({why}).</source>
        <translation>{name} 不是 crm-desktop 保險庫（{why}）。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/errors.py" line="41" />
        <source>The vault is damaged: {detail}.</source>
        <translation>保險庫已損壞：{detail}。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/errors.py" line="44" />
        <source>Unreadable: {tables}.</source>
        <translation>無法讀取：{tables}。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/errors.py" line="47" />
        <source>Still readable: {tables}.</source>
        <translation>仍可讀取：{tables}。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/errors.py" line="49" />
        <source>Restore your newest backup, or salvage what still reads.</source>
        <translation>請恢復最新的備份，或搶救仍可讀取的資料。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/errors.py" line="57" />
        <source>Something unexpected went wrong ({kind}). The details were written to the log.</source>
        <translation>發生了意外錯誤（{kind}）。詳細資訊已寫入日誌。</translation>
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
        <translation>已復原</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/history_view.py" line="65" />
        <source>No changes recorded yet.</source>
        <translation>尚無變更記錄。</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="13" />
        <source>Meeting</source>
        <translation>會議</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="14" />
        <source>Call</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="15" />
        <source>E-mail</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="16" />
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="22" />
        <source>Sponsor</source>
        <translation>發起人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="23" />
        <source>Lender</source>
        <translation>貸款方</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="24" />
        <source>Investor</source>
        <translation>投資方</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="25" />
        <source>Adviser</source>
        <translation>顧問</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="26" />
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="32" />
        <source>Open</source>
        <translation>進行中</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="33" />
        <source>Won</source>
        <translation>贏單</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="34" />
        <source>Lost</source>
        <translation>輸單</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="35" />
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="41" />
        <source>Contact</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="42" />
        <source>Deal</source>
        <translation>交易</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="43" />
        <source>Interaction</source>
        <translation>互動</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="44" />
        <source>Reminder</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="45" />
        <source>Deal note</source>
        <translation>交易備註</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="46" />
        <source>Attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="59" />
        <source>hourly</source>
        <translation>每小時</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="60" />
        <source>daily</source>
        <translation>每天</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="61" />
        <source>weekly</source>
        <translation>每週</translation>
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
        <translation>每 %1 小時</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="67" />
        <source>every %1 days</source>
        <translation>每 %1 天</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="68" />
        <source>every %1 weeks</source>
        <translation>每 %1 週</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="69" />
        <source>every %1 months</source>
        <translation>每 %1 個月</translation>
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
        <translation>&lt;h2&gt;保險庫已鎖定&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/locked_page.py" line="28" />
        <source>Unlock…</source>
        <translation>解鎖…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="155" />
        <source>Search contacts ({keys})</source>
        <translation>搜尋聯絡人（{keys}）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="159" />
        <source>Contacts</source>
        <translation>聯絡人</translation>
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
        <translation>儀表板</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="160" />
        <source>Trash</source>
        <translation>垃圾桶</translation>
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
            <numerusform>%n 條提醒已逾期</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="270" />
        <location filename="../../crm_desktop/gui/main_window.py" line="275" />
        <source>Added {name}</source>
        <translation>已新增 {name}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="280" />
        <source>Reminder added</source>
        <translation>已新增提醒</translation>
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
            <numerusform>另有 %n 條</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/notifier.py" line="63" />
        <source>Due now: {what}</source>
        <translation>現在到期：{what}</translation>
    </message>
</context>
<context>
    <name>PartyDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/party_dialog.py" line="52" />
        <source>Add a party</source>
        <translation>新增參與方</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/party_dialog.py" line="56" />
        <source>Type a name, a phone or an e-mail</source>
        <translation>輸入姓名、電話或電子郵件</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/party_dialog.py" line="65" />
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/party_dialog.py" line="79" />
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/party_dialog.py" line="111" />
        <source>Find the contact first.</source>
        <translation>請先找到聯絡人。</translation>
    </message>
</context>
<context>
    <name>PipelineBoard</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/pipeline_board.py" line="99" />
        <source>Open</source>
        <translation>開啟</translation>
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
            <numerusform>%n 筆交易</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/pipeline_chart.py" line="112" />
        <source>No open deals yet.</source>
        <translation>還沒有進行中的交易。</translation>
    </message>
</context>
<context>
    <name>QuickAddDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/quick_add.py" line="42" />
        <source>Add a contact</source>
        <translation>新增聯絡人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/quick_add.py" line="46" />
        <source>Person</source>
        <translation>個人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/quick_add.py" line="47" />
        <source>Organization</source>
        <translation>機構</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/quick_add.py" line="50" />
        <source>Kind:</source>
        <translation>類型：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/quick_add.py" line="51" />
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/quick_add.py" line="51" />
        <source>Organization:</source>
        <translation>機構：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/quick_add.py" line="52" />
        <source>Title:</source>
        <translation>職務：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/quick_add.py" line="52" />
        <source>Phone:</source>
        <translation>電話：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/quick_add.py" line="53" />
        <source>E-mail:</source>
        <translation>電子郵件：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/quick_add.py" line="57" />
        <source>Tier:</source>
        <translation>等級：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/quick_add.py" line="60" />
        <source>Add</source>
        <translation>新增</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/record_html.py" line="48" />
        <source>No interactions yet.</source>
        <translation>還沒有互動。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/record_html.py" line="51" />
        <source>The newest {shown} of {total}.</source>
        <translation>共 {total} 條，顯示最新的 {shown} 條。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/record_html.py" line="59" />
        <source>No notes yet.</source>
        <translation>還沒有備註。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/record_html.py" line="76" />
        <source>No reminders.</source>
        <translation>沒有提醒。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/record_html.py" line="85" />
        <source>No deals.</source>
        <translation>沒有交易。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/record_html.py" line="91" />
        <source>No parties yet.</source>
        <translation>還沒有參與方。</translation>
    </message>
</context>
<context>
    <name>ReminderModel</name>
    <message>
        <location filename="../../crm_desktop/gui/models/reminder_model.py" line="65" />
        <source>{when} in {zone}</source>
        <translation>{zone} 時間 {when}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/reminder_model.py" line="68" />
        <source>Snoozed; first due {when}</source>
        <translation>已推遲；原定 {when} 到期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/reminder_model.py" line="84" />
        <source>Done</source>
        <translation>完成時間</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/reminder_model.py" line="84" />
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/reminder_model.py" line="84" />
        <source>What</source>
        <translation>事項</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/reminder_model.py" line="84" />
        <source>About</source>
        <translation>相關</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/reminder_model.py" line="85" />
        <source>Repeats</source>
        <translation>重複</translation>
    </message>
</context>
<context>
    <name>ReminderQuickAddDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/reminder_quick_add.py" line="48" />
        <source>Add a reminder</source>
        <translation>新增提醒</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/reminder_quick_add.py" line="59" />
        <source>Does not repeat</source>
        <translation>不重複</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/reminder_quick_add.py" line="59" />
        <source>Every day</source>
        <translation>每天</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/reminder_quick_add.py" line="59" />
        <source>Every week</source>
        <translation>每週</translation>
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
        <translation>事項：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/reminder_quick_add.py" line="64" />
        <source>When:</source>
        <translation>時間：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/reminder_quick_add.py" line="66" />
        <source>Repeats:</source>
        <translation>重複：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/reminder_quick_add.py" line="70" />
        <source>About:</source>
        <translation>相關：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/reminder_quick_add.py" line="73" />
        <source>Add</source>
        <translation>新增</translation>
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
        <translation>將所選提醒標為完成（Ctrl+Return）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/reminders_page.py" line="108" />
        <source>Snooze</source>
        <translation>推遲</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/reminders_page.py" line="109" />
        <source>New reminder…</source>
        <translation>新增提醒…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/reminders_page.py" line="110" />
        <source>Add a reminder (Ctrl+Shift+R)</source>
        <translation>新增提醒（Ctrl+Shift+R）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/reminders_page.py" line="112" />
        <source>For an hour</source>
        <translation>推遲一小時</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/reminders_page.py" line="112" />
        <source>Until tomorrow</source>
        <translation>推遲到明天</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/reminders_page.py" line="113" />
        <source>Until next week</source>
        <translation>推遲到下週</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/reminders_page.py" line="115" />
        <source>Until a date…</source>
        <translation>推遲到指定時間…</translation>
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
        <translation>即將到期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/reminders_page.py" line="184" />
        <source>Nothing due today.</source>
        <translation>今天沒有到期的提醒。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/reminders_page.py" line="184" />
        <source>Nothing overdue. Well done.</source>
        <translation>沒有逾期的提醒。做得好。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/reminders_page.py" line="185" />
        <source>No reminders ahead. Ctrl+Shift+R adds one.</source>
        <translation>之後沒有提醒。按 Ctrl+Shift+R 新增。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/reminders_page.py" line="186" />
        <source>No reminders done yet.</source>
        <translation>還沒有完成的提醒。</translation>
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
        <translation>已推遲到 {when}</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/shortcuts_dialog.py" line="12" />
        <source>Keyboard shortcuts</source>
        <translation>鍵盤快捷鍵</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/shortcuts_dialog.py" line="17" />
        <source>Clear the search</source>
        <translation>清除搜尋</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/shortcuts_dialog.py" line="17" />
        <source>Save a field</source>
        <translation>儲存欄位</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/shortcuts_dialog.py" line="17" />
        <source>Enter or Tab</source>
        <translation>Enter 或 Tab</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/shortcuts_dialog.py" line="18" />
        <source>Move a deal card to the previous or next stage</source>
        <translation>把交易卡片移到上一個或下一個階段</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/shortcuts_dialog.py" line="19" />
        <source>Open the deal card, the record in a list</source>
        <translation>開啟交易卡片或列表中的記錄</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/shortcuts_dialog.py" line="19" />
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/shortcuts_dialog.py" line="20" />
        <source>Back from a deal to the board</source>
        <translation>從交易返回看板</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/shortcuts_dialog.py" line="21" />
        <source>Add the note, log the interaction, mark reminders done</source>
        <translation>新增備註、記錄互動、將提醒標為完成</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/shortcuts_dialog.py" line="23" />
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/shortcuts_dialog.py" line="23" />
        <source>Keys</source>
        <translation>按鍵</translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/snooze_dialog.py" line="16" />
        <source>Snooze until…</source>
        <translation>推遲到…</translation>
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
            <numerusform>%n 筆交易</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/widgets/stage_column.py" line="65" />
        <source>%n more in the list…</source>
        <translation>
            <numerusform>列表中還有 %n 筆…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/start_dialog.py" line="42" />
        <source>Welcome to crm-desktop</source>
        <translation>歡迎使用 crm-desktop</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/start_dialog.py" line="56" />
        <source>&lt;h2&gt;Welcome&lt;/h2&gt;&lt;p&gt;crm-desktop keeps your contacts, deals and notes in one encrypted file on this computer. Nothing leaves the machine.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;歡迎&lt;/h2&gt;&lt;p&gt;crm-desktop 將您的聯絡人、交易和記錄儲存在本機的一個加密檔案中。任何資料都不會離開這台電腦。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/start_dialog.py" line="59" />
        <source>Create a vault</source>
        <translation>建立保險庫</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/start_dialog.py" line="62" />
        <source>Try the demo</source>
        <translation>試用示範</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/start_dialog.py" line="64" />
        <source>Open a vault file…</source>
        <translation>開啟保險庫檔案…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/start_dialog.py" line="82" />
        <source>Change…</source>
        <translation>更改…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/start_dialog.py" line="96" />
        <source>&lt;b&gt;Nobody can recover a lost passphrase&lt;/b&gt; — not us, not anyone. Without it the vault cannot be opened. Write it down and keep it somewhere safe.</source>
        <translation>&lt;b&gt;密碼一旦丟失，任何人都無法找回&lt;/b&gt;——我們不能，其他人也不能。沒有密碼就無法開啟保險庫。請把它寫下來，妥善保管。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/start_dialog.py" line="101" />
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/start_dialog.py" line="103" />
        <source>Create the vault</source>
        <translation>建立保險庫</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/start_dialog.py" line="111" />
        <source>Location:</source>
        <translation>位置：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/start_dialog.py" line="112" />
        <source>Passphrase:</source>
        <translation>密碼：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/start_dialog.py" line="113" />
        <source>Repeat it:</source>
        <translation>再輸入一次：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/start_dialog.py" line="135" />
        <source>Too short: use at least {n} characters.</source>
        <translation>太短：至少使用 {n} 個字元。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/start_dialog.py" line="136" />
        <source>Weak: add words — a few plain words make a strong passphrase.</source>
        <translation>弱：再加幾個詞——幾個普通詞語就能組成強密碼。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/start_dialog.py" line="137" />
        <source>Fair: one or two more words would make it strong.</source>
        <translation>中等：再加一兩個詞就會很強。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/start_dialog.py" line="138" />
        <source>Strong.</source>
        <translation>強。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/start_dialog.py" line="147" />
        <source>The two passphrases differ. Type the same one twice.</source>
        <translation>兩次輸入的密碼不一致。請輸入相同的密碼兩次。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/start_dialog.py" line="153" />
        <source>The passphrase is too short: use at least {n} characters.</source>
        <translation>密碼太短：至少使用 {n} 個字元。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/start_dialog.py" line="176" />
        <source>Open a vault</source>
        <translation>開啟保險庫</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/start_dialog.py" line="183" />
        <source>Where to keep the new vault</source>
        <translation>新保險庫的儲存位置</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/status_line.py" line="25" />
        <source>Locked</source>
        <translation>已鎖定</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/status_line.py" line="25" />
        <source>Unlocked</source>
        <translation>已解鎖</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/status_line.py" line="28" />
        <source>Working…</source>
        <translation>處理中…</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/timeline.py" line="83" />
        <source>Subject (optional)</source>
        <translation>主題（可選）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/timeline.py" line="84" />
        <source>What was said, what was agreed (Ctrl+Return logs it)</source>
        <translation>談了什麼、約定了什麼（Ctrl+Return 記錄）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/timeline.py" line="85" />
        <source>Log</source>
        <translation>記錄</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/timeline.py" line="86" />
        <source>When it happened</source>
        <translation>發生時間</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/timeline.py" line="87" />
        <source>Show older</source>
        <translation>顯示更早的</translation>
    </message>
</context>
<context>
    <name>TrashModel</name>
    <message>
        <location filename="../../crm_desktop/gui/models/trash_model.py" line="56" />
        <source>Kind</source>
        <translation>型別</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/trash_model.py" line="56" />
        <source>Record</source>
        <translation>記錄</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/trash_model.py" line="56" />
        <source>Deleted</source>
        <translation>刪除時間</translation>
    </message>
</context>
<context>
    <name>TrashPage</name>
    <message>
        <location filename="../../crm_desktop/gui/pages/trash_page.py" line="74" />
        <source>Restore</source>
        <translation>恢復</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/trash_page.py" line="75" />
        <source>Put the selected records back where they were (Enter)</source>
        <translation>把所選記錄放回原處（Enter）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/trash_page.py" line="76" />
        <source>Empty trash…</source>
        <translation>清空垃圾桶…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/trash_page.py" line="77" />
        <source>The trash is empty.
What you delete waits here until you empty it.</source>
        <translation>垃圾桶是空的。
刪除的內容會留在這裡，直到您清空垃圾桶。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/pages/trash_page.py" line="95" />
        <source>%n record(s) in the trash</source>
        <translation>
            <numerusform>垃圾桶中有 %n 條記錄</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/trash_page.py" line="114" />
        <source>Restored {label}</source>
        <translation>已恢復 {label}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/trash_page.py" line="123" />
        <source>Empty the trash?</source>
        <translation>清空垃圾桶？</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/pages/trash_page.py" line="124" />
        <source>Erase %n record(s) in the trash permanently?</source>
        <translation>
            <numerusform>永久刪除垃圾桶中的 %n 條記錄？</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/trash_page.py" line="127" />
        <source>This cannot be undone: Undo will not bring them back, and only a backup made before now still holds them.</source>
        <translation>此操作無法復原：「復原」不能找回它們，只有此前做的備份裡還有。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/trash_page.py" line="131" />
        <source>Erase permanently</source>
        <translation>永久刪除</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/pages/trash_page.py" line="138" />
        <source>Erased %n record(s) for good.</source>
        <translation>
            <numerusform>已永久刪除 %n 條記錄。</numerusform>
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
        <translation>已復原：{what}</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/unlock_dialog.py" line="37" />
        <source>Unlock {name}</source>
        <translation>解鎖 {name}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/unlock_dialog.py" line="39" />
        <source>&lt;b&gt;{name}&lt;/b&gt; is locked.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; 已鎖定。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/unlock_dialog.py" line="49" />
        <source>Unlock</source>
        <translation>解鎖</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/unlock_dialog.py" line="53" />
        <source>Other vault…</source>
        <translation>其他保險庫…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/unlock_dialog.py" line="60" />
        <source>Passphrase:</source>
        <translation>密碼：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/unlock_dialog.py" line="73" />
        <source>Type the passphrase of this vault.</source>
        <translation>請輸入此保險庫的密碼。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/unlock_dialog.py" line="76" />
        <source>Unlocking…</source>
        <translation>正在解鎖…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/unlock_dialog.py" line="94" />
        <source>Open a vault</source>
        <translation>開啟保險庫</translation>
    </message>
</context>
</TS>
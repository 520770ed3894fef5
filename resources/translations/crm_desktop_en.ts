<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>About</name>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/about.py" line="12" />
        <source>About crm-desktop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/about.py" line="13" />
        <source>&lt;h3&gt;crm-desktop {version}&lt;/h3&gt;&lt;p&gt;An offline CRM for small project-financing teams: one encrypted file on this computer, no server.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="80" />
        <source>&amp;New vault…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="80" />
        <source>&amp;Open vault…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="81" />
        <source>&amp;Lock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="81" />
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="81" />
        <source>&amp;Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="82" />
        <source>&amp;Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="82" />
        <source>&amp;Add a contact…</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="84" />
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="85" />
        <source>&amp;About crm-desktop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="91" />
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="92" />
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="93" />
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="94" />
        <source>&amp;Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="95" />
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../crm_desktop/gui/controller.py" line="161" />
        <source>Open a vault</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AttachmentsView</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/attachments_view.py" line="79" />
        <source>Add files…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/attachments_view.py" line="80" />
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/attachments_view.py" line="81" />
        <source>Move to trash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/attachments_view.py" line="82" />
        <source>Drop files here to attach them. They are kept inside the encrypted vault; opening one writes a private copy that is removed when the vault locks or the app closes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/attachments_view.py" line="113" />
        <source>Attach files</source>
        <translation type="unfinished" />
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
        <location filename="../../crm_desktop/gui/widgets/contact_detail.py" line="76" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_detail.py" line="76" />
        <location filename="../../crm_desktop/gui/widgets/contact_detail.py" line="127" />
        <source>Organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_detail.py" line="77" />
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_detail.py" line="77" />
        <source>Department</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_detail.py" line="78" />
        <source>Phones</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_detail.py" line="78" />
        <source>E-mails</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_detail.py" line="78" />
        <source>Tier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_detail.py" line="81" />
        <source>Select a contact, or press Ctrl+N to add one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_detail.py" line="127" />
        <source>Person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_detail.py" line="144" />
        <source>Not a valid phone number, kept as typed: {numbers}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ContactRecordsView</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_records.py" line="65" />
        <source>New deal…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_records.py" line="66" />
        <source>New reminder…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_records.py" line="79" />
        <source>Timeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_records.py" line="79" />
        <source>Deals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_records.py" line="79" />
        <source>Reminders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_records.py" line="79" />
        <source>Attachments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_records.py" line="82" />
        <source>History</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <location filename="../../crm_desktop/gui/models/contacts_model.py" line="220" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/contacts_model.py" line="220" />
        <source>Organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/contacts_model.py" line="220" />
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/contacts_model.py" line="220" />
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/contacts_model.py" line="221" />
        <source>E-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/contacts_model.py" line="221" />
        <source>Tier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/contacts_model.py" line="221" />
        <source>Last interaction</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <location filename="../../crm_desktop/gui/pages/contacts_page.py" line="103" />
        <source>All kinds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/contacts_page.py" line="103" />
        <source>People</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/contacts_page.py" line="104" />
        <source>Organizations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/contacts_page.py" line="105" />
        <source>All tiers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/contacts_page.py" line="105" />
        <source>Tier A</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/contacts_page.py" line="106" />
        <source>Tier B</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/contacts_page.py" line="106" />
        <source>Tier C</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/pages/contacts_page.py" line="181" />
        <source>The best %n matches; type more to narrow</source>
        <translation>
            <numerusform>The best match; type more to narrow</numerusform>
            <numerusform>The best %n matches; type more to narrow</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/pages/contacts_page.py" line="183" />
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
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
        <translation>
            <numerusform>%n open deal</numerusform>
            <numerusform>%n open deals</numerusform>
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
        <translation>
            <numerusform>%n day late</numerusform>
            <numerusform>%n days late</numerusform>
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
        <translation>
            <numerusform>%n interaction since Monday</numerusform>
            <numerusform>%n interactions since Monday</numerusform>
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
        <translation type="unfinished" />
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
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DealView</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_view.py" line="118" />
        <source>← Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_view.py" line="119" />
        <source>Back to the pipeline (Esc)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_view.py" line="120" />
        <source>Won…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_view.py" line="121" />
        <source>Lost…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_view.py" line="122" />
        <source>Parties</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_view.py" line="123" />
        <source>Add note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_view.py" line="124" />
        <source>Write a note (Ctrl+Return adds it)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_view.py" line="125" />
        <source>Add a reminder…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_view.py" line="126" />
        <source>Add a party…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_view.py" line="131" />
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_view.py" line="131" />
        <source>Interactions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_view.py" line="131" />
        <source>Reminders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_view.py" line="174" />
        <source>Notes ({n})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_view.py" line="175" />
        <source>Interactions ({n})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_view.py" line="176" />
        <source>Reminders ({n})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_view.py" line="183" />
        <source>closed {date}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_view.py" line="186" />
        <source>Reason: {reason}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DealsPage</name>
    <message>
        <location filename="../../crm_desktop/gui/pages/deals_page.py" line="121" />
        <source>Board</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/deals_page.py" line="122" />
        <source>List</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/deals_page.py" line="123" />
        <source>New deal…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/deals_page.py" line="124" />
        <source>Add a deal (Ctrl+Shift+D)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/deals_page.py" line="126" />
        <source>All stages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/deals_page.py" line="127" />
        <source>All owners</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/deals_page.py" line="141" />
        <source>Any status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/deals_page.py" line="141" />
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/deals_page.py" line="141" />
        <source>Won</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/deals_page.py" line="142" />
        <source>Lost</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/pages/deals_page.py" line="188" />
        <location filename="../../crm_desktop/gui/pages/deals_page.py" line="191" />
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n deal</numerusform>
            <numerusform>%n deals</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/deals_page.py" line="189" />
        <source>No deals yet: press Ctrl+Shift+D to add one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/deals_page.py" line="253" />
        <source>Moved {deal} to {stage}. Ctrl+Z undoes it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../../crm_desktop/gui/demo_flow.py" line="74" />
        <source>Filling the demo vault with sample contacts, deals and notes…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/demo_flow.py" line="75" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/demo_flow.py" line="76" />
        <source>Try the demo</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../crm_desktop/gui/errors.py" line="29" />
        <source>Wrong passphrase. Check Caps Lock and the keyboard layout, and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/errors.py" line="32" />
        <source>This vault is open in another crm-desktop window or command. Close it there first: two programs writing at once could damage your data.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/errors.py" line="36" />
        <source>There is no vault at {path}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/errors.py" line="38" />
        <source>{name} is not a crm-desktop vault ({why}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/errors.py" line="41" />
        <source>The vault is damaged: {detail}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/errors.py" line="44" />
        <source>Unreadable: {tables}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/errors.py" line="47" />
        <source>Still readable: {tables}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/errors.py" line="49" />
        <source>Restore your newest backup, or salvage what still reads.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/errors.py" line="57" />
        <source>Something unexpected went wrong ({kind}). The details were written to the log.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/errors.py" line="68" />
        <source>crm-desktop</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/history_view.py" line="53" />
        <source>undone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/history_view.py" line="65" />
        <source>No changes recorded yet.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="13" />
        <source>Meeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="14" />
        <source>Call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="15" />
        <source>E-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="16" />
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="22" />
        <source>Sponsor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="23" />
        <source>Lender</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="24" />
        <source>Investor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="25" />
        <source>Adviser</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="26" />
        <source>Other</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="32" />
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="33" />
        <source>Won</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="34" />
        <source>Lost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="35" />
        <source>Done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="41" />
        <source>Contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="42" />
        <source>Deal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="43" />
        <source>Interaction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="44" />
        <source>Reminder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="45" />
        <source>Deal note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="46" />
        <source>Attachment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="59" />
        <source>hourly</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="60" />
        <source>daily</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="61" />
        <source>weekly</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="62" />
        <source>monthly</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="63" />
        <source>yearly</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="66" />
        <source>every %1 hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="67" />
        <source>every %1 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="68" />
        <source>every %1 weeks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="69" />
        <source>every %1 months</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="70" />
        <source>every %1 years</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LockedPage</name>
    <message>
        <location filename="../../crm_desktop/gui/pages/locked_page.py" line="27" />
        <source>&lt;h2&gt;The vault is locked&lt;/h2&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/locked_page.py" line="28" />
        <source>Unlock…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="155" />
        <source>Search contacts ({keys})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="159" />
        <source>Contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="159" />
        <source>Deals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="159" />
        <location filename="../../crm_desktop/gui/main_window.py" line="219" />
        <source>Reminders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="159" />
        <source>Dashboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="160" />
        <source>Trash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="212" />
        <source>crm-desktop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="219" />
        <source>Reminders ({n})</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/main_window.py" line="220" />
        <source>%n reminder(s) overdue</source>
        <translation>
            <numerusform>%n reminder overdue</numerusform>
            <numerusform>%n reminders overdue</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="270" />
        <location filename="../../crm_desktop/gui/main_window.py" line="275" />
        <source>Added {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="280" />
        <source>Reminder added</source>
        <translation type="unfinished" />
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
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/notifier.py" line="63" />
        <source>Due now: {what}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PartyDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/party_dialog.py" line="52" />
        <source>Add a party</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/party_dialog.py" line="56" />
        <source>Type a name, a phone or an e-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/party_dialog.py" line="65" />
        <source>Add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/party_dialog.py" line="79" />
        <source>Role:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/party_dialog.py" line="111" />
        <source>Find the contact first.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PipelineBoard</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/pipeline_board.py" line="99" />
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/pipeline_board.py" line="100" />
        <source>Move to</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PipelineChart</name>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/widgets/pipeline_chart.py" line="109" />
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n deal</numerusform>
            <numerusform>%n deals</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/pipeline_chart.py" line="112" />
        <source>No open deals yet.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QuickAddDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/quick_add.py" line="42" />
        <source>Add a contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/quick_add.py" line="46" />
        <source>Person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/quick_add.py" line="47" />
        <source>Organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/quick_add.py" line="50" />
        <source>Kind:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/quick_add.py" line="51" />
        <source>Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/quick_add.py" line="51" />
        <source>Organization:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/quick_add.py" line="52" />
        <source>Title:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/quick_add.py" line="52" />
        <source>Phone:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/quick_add.py" line="53" />
        <source>E-mail:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/quick_add.py" line="57" />
        <source>Tier:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/quick_add.py" line="60" />
        <source>Add</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/record_html.py" line="48" />
        <source>No interactions yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/record_html.py" line="51" />
        <source>The newest {shown} of {total}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/record_html.py" line="59" />
        <source>No notes yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/record_html.py" line="76" />
        <source>No reminders.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/record_html.py" line="85" />
        <source>No deals.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/record_html.py" line="91" />
        <source>No parties yet.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReminderModel</name>
    <message>
        <location filename="../../crm_desktop/gui/models/reminder_model.py" line="65" />
        <source>{when} in {zone}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/reminder_model.py" line="68" />
        <source>Snoozed; first due {when}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/reminder_model.py" line="84" />
        <source>Done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/reminder_model.py" line="84" />
        <source>Due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/reminder_model.py" line="84" />
        <source>What</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/reminder_model.py" line="84" />
        <source>About</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/reminder_model.py" line="85" />
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
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/shortcuts_dialog.py" line="17" />
        <source>Clear the search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/shortcuts_dialog.py" line="17" />
        <source>Save a field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/shortcuts_dialog.py" line="17" />
        <source>Enter or Tab</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/shortcuts_dialog.py" line="18" />
        <source>Move a deal card to the previous or next stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/shortcuts_dialog.py" line="19" />
        <source>Open the deal card, the record in a list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/shortcuts_dialog.py" line="19" />
        <source>Enter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/shortcuts_dialog.py" line="20" />
        <source>Back from a deal to the board</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/shortcuts_dialog.py" line="21" />
        <source>Add the note, log the interaction, mark reminders done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/shortcuts_dialog.py" line="23" />
        <source>Command</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/shortcuts_dialog.py" line="23" />
        <source>Keys</source>
        <translation type="unfinished" />
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
        <location filename="../../crm_desktop/gui/widgets/stage_column.py" line="60" />
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n deal</numerusform>
            <numerusform>%n deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/widgets/stage_column.py" line="65" />
        <source>%n more in the list…</source>
        <translation>
            <numerusform>%n more in the list…</numerusform>
            <numerusform>%n more in the list…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/start_dialog.py" line="42" />
        <source>Welcome to crm-desktop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/start_dialog.py" line="56" />
        <source>&lt;h2&gt;Welcome&lt;/h2&gt;&lt;p&gt;crm-desktop keeps your contacts, deals and notes in one encrypted file on this computer. Nothing leaves the machine.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/start_dialog.py" line="59" />
        <source>Create a vault</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/start_dialog.py" line="62" />
        <source>Try the demo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/start_dialog.py" line="64" />
        <source>Open a vault file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/start_dialog.py" line="82" />
        <source>Change…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/start_dialog.py" line="96" />
        <source>&lt;b&gt;Nobody can recover a lost passphrase&lt;/b&gt; — not us, not anyone. Without it the vault cannot be opened. Write it down and keep it somewhere safe.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/start_dialog.py" line="101" />
        <source>Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/start_dialog.py" line="103" />
        <source>Create the vault</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/start_dialog.py" line="111" />
        <source>Location:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/start_dialog.py" line="112" />
        <source>Passphrase:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/start_dialog.py" line="113" />
        <source>Repeat it:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/start_dialog.py" line="135" />
        <source>Too short: use at least {n} characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/start_dialog.py" line="136" />
        <source>Weak: add words — a few plain words make a strong passphrase.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/start_dialog.py" line="137" />
        <source>Fair: one or two more words would make it strong.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/start_dialog.py" line="138" />
        <source>Strong.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/start_dialog.py" line="147" />
        <source>The two passphrases differ. Type the same one twice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/start_dialog.py" line="153" />
        <source>The passphrase is too short: use at least {n} characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/start_dialog.py" line="176" />
        <source>Open a vault</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/start_dialog.py" line="183" />
        <source>Where to keep the new vault</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/status_line.py" line="25" />
        <source>Locked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/status_line.py" line="25" />
        <source>Unlocked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/status_line.py" line="28" />
        <source>Working…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/timeline.py" line="83" />
        <source>Subject (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/timeline.py" line="84" />
        <source>What was said, what was agreed (Ctrl+Return logs it)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/timeline.py" line="85" />
        <source>Log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/timeline.py" line="86" />
        <source>When it happened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/timeline.py" line="87" />
        <source>Show older</source>
        <translation type="unfinished" />
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
        <translation>
            <numerusform>%n record in the trash</numerusform>
            <numerusform>%n records in the trash</numerusform>
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
        <translation>
            <numerusform>Erase %n record in the trash permanently?</numerusform>
            <numerusform>Erase %n records in the trash permanently?</numerusform>
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
        <translation>
            <numerusform>Erased %n record for good.</numerusform>
            <numerusform>Erased %n records for good.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UndoRunner</name>
    <message>
        <location filename="../../crm_desktop/gui/undo_runner.py" line="30" />
        <source>Redone: {what}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/undo_runner.py" line="30" />
        <source>Undone: {what}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/unlock_dialog.py" line="37" />
        <source>Unlock {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/unlock_dialog.py" line="39" />
        <source>&lt;b&gt;{name}&lt;/b&gt; is locked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/unlock_dialog.py" line="49" />
        <source>Unlock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/unlock_dialog.py" line="53" />
        <source>Other vault…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/unlock_dialog.py" line="60" />
        <source>Passphrase:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/unlock_dialog.py" line="73" />
        <source>Type the passphrase of this vault.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/unlock_dialog.py" line="76" />
        <source>Unlocking…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/unlock_dialog.py" line="94" />
        <source>Open a vault</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>
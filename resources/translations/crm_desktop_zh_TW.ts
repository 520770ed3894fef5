<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>About</name>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/about.py" line="12"/>
        <source>About crm-desktop</source>
        <translation>關於 crm-desktop</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/about.py" line="13"/>
        <source>&lt;h3&gt;crm-desktop {version}&lt;/h3&gt;&lt;p&gt;An offline CRM for small project-financing teams: one encrypted file on this computer, no server.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;crm-desktop {version}&lt;/h3&gt;&lt;p&gt;為小型專案融資團隊打造的離線 CRM：本機上一個加密檔案，無需伺服器。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="97"/>
        <source>&amp;New vault…</source>
        <translation>新增保險庫(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="97"/>
        <source>&amp;Open vault…</source>
        <translation>開啟保險庫(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="98"/>
        <source>&amp;Lock</source>
        <translation>鎖定(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="98"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="98"/>
        <source>&amp;Undo</source>
        <translation>復原(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="99"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="99"/>
        <source>&amp;Add a contact…</source>
        <translation>新增聯絡人(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="100"/>
        <source>Add a &amp;deal…</source>
        <translation>新增交易(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="100"/>
        <source>Add a &amp;reminder…</source>
        <translation>新增提醒(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="101"/>
        <source>&amp;Log a meeting, call or note…</source>
        <translation>記錄會議、電話或備註(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="102"/>
        <source>&amp;Search</source>
        <translation>搜尋(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="102"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>鍵盤快捷鍵(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="103"/>
        <source>&amp;About crm-desktop</source>
        <translation>關於 crm-desktop(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="103"/>
        <source>A short &amp;tour</source>
        <translation>快速導覽(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="104"/>
        <source>User &amp;guide</source>
        <translation>使用者指南(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="105"/>
        <source>&amp;Import…</source>
        <translation>匯入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="105"/>
        <source>&amp;Export…</source>
        <translation>匯出(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="106"/>
        <source>&amp;Reports (PDF)…</source>
        <translation>PDF 報告(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="106"/>
        <source>&amp;Backups…</source>
        <translation>備份(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="107"/>
        <source>&amp;Change passphrase…</source>
        <translation>更改密碼(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="108"/>
        <source>Find &amp;duplicates…</source>
        <translation>尋找重複聯絡人(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="108"/>
        <source>Data &amp;health…</source>
        <translation>資料品質(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="109"/>
        <source>Se&amp;ttings…</source>
        <translation>設定(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="115"/>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="116"/>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="117"/>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="118"/>
        <source>&amp;Language</source>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="119"/>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../crm_desktop/gui/controller.py" line="170"/>
        <source>Open a vault</source>
        <translation>開啟保險庫</translation>
    </message>
</context>
<context>
    <name>AttachmentsView</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/attachments_view.py" line="79"/>
        <source>Add files…</source>
        <translation>新增檔案…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/attachments_view.py" line="80"/>
        <source>Open</source>
        <translation>開啟</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/attachments_view.py" line="81"/>
        <source>Move to trash</source>
        <translation>移到垃圾桶</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/attachments_view.py" line="82"/>
        <source>Drop files here to attach them. They are kept inside the encrypted vault; opening one writes a private copy that is removed when the vault locks or the app closes.</source>
        <translation>把檔案拖到這裡即可附加。檔案儲存在加密保險庫內；開啟時會寫出一份私有副本，保險庫鎖定或程式關閉時即刪除。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/attachments_view.py" line="113"/>
        <source>Attach files</source>
        <translation>附加檔案</translation>
    </message>
</context>
<context>
    <name>BackupContentsDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_contents_dialog.py" line="90"/>
        <source>Inside the backup of {when}</source>
        <translation>{when} 的備份內容</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_contents_dialog.py" line="92"/>
        <source>Read-only: nothing here changes the backup. Opening it…</source>
        <translation>唯讀：這裡的操作不會改動備份。正在開啟…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_contents_dialog.py" line="96"/>
        <source>Search by name, organization or phone</source>
        <translation>按姓名、機構或電話尋找</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_contents_dialog.py" line="102"/>
        <source>&amp;Only those no longer in the vault</source>
        <translation>只顯示保險庫中已沒有的(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_contents_dialog.py" line="111"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_contents_dialog.py" line="111"/>
        <source>Organization</source>
        <translation>機構</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_contents_dialog.py" line="111"/>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_contents_dialog.py" line="111"/>
        <source>In the vault now</source>
        <translation>保險庫中現在</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_contents_dialog.py" line="124"/>
        <source>&amp;Copy back into the vault</source>
        <translation>複製回保險庫(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_contents_dialog.py" line="173"/>
        <source>Passphrase of then</source>
        <translation>當時的密碼</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_contents_dialog.py" line="174"/>
        <source>This backup was made under an earlier passphrase. Type that passphrase:</source>
        <translation>此備份是在使用舊密碼時建立的。請輸入那個密碼：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_contents_dialog.py" line="180"/>
        <source>The backup could not be opened.</source>
        <translation>無法開啟此備份。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_contents_dialog.py" line="188"/>
        <source>Searching the backup…</source>
        <translation>正在尋找備份…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_contents_dialog.py" line="198"/>
        <source>Read-only: nothing here changes the backup. It holds {n} contacts; each is marked against the vault as it is now.</source>
        <translation>唯讀：這裡的操作不會改動備份。備份中有 {n} 個聯絡人，每個都標出了它與保險庫現狀的對比。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_contents_dialog.py" line="213"/>
        <source>The first {shown} of {total}: type to narrow.</source>
        <translation>顯示 {total} 箇中的前 {shown} 個：輸入文字可縮小範圍。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_contents_dialog.py" line="216"/>
        <source>No contact in the backup matches.</source>
        <translation>備份中沒有相符的聯絡人。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_contents_dialog.py" line="224"/>
        <source>Missing (erased since)</source>
        <translation>已不存在（之後被清除）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_contents_dialog.py" line="225"/>
        <source>In the trash</source>
        <translation>在垃圾桶中</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_contents_dialog.py" line="226"/>
        <source>Changed since</source>
        <translation>之後有改動</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_contents_dialog.py" line="227"/>
        <source>The same</source>
        <translation>相同</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_contents_dialog.py" line="243"/>
        <source>Copy back</source>
        <translation>複製回來</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_contents_dialog.py" line="244"/>
        <source>{name} was changed since this backup. Put the backup&apos;s version in its place?

Interactions and links made since are kept; Edit → Undo brings back the version of now.</source>
        <translation>{name} 在此備份之後有過改動。要用備份中的版本取代現在的嗎？

之後新增的互動和關聯會保留；編輯 → 復原 可以恢復現在的版本。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_contents_dialog.py" line="251"/>
        <source>Copying {name} back…</source>
        <translation>正在複製回 {name}…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_contents_dialog.py" line="255"/>
        <source>{name} is back in the vault. Interactions brought back: {n}.</source>
        <translation>{name} 已回到保險庫。一併恢復的互動：{n} 條。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_contents_dialog.py" line="258"/>
        <source>Not linked again (no longer in the vault): {names}.</source>
        <translation>未能重新關聯（已不在保險庫中）：{names}。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_contents_dialog.py" line="260"/>
        <source>Edit → Undo takes it out again.</source>
        <translation>編輯 → 復原 可以再把它移除。</translation>
    </message>
</context>
<context>
    <name>BackupSettingsBox</name>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_settings_box.py" line="31"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_settings_box.py" line="35"/>
        <source> backups</source>
        <translation> 個備份</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_settings_box.py" line="38"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_settings_box.py" line="41"/>
        <source>none — e.g. a USB drive or a synced folder</source>
        <translation>無——例如隨身碟或同步資料夾</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_settings_box.py" line="42"/>
        <source>Choose…</source>
        <translation>選擇…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_settings_box.py" line="49"/>
        <source>Back up automatically: daily on opening, and before an import, a merge, an erase or a passphrase change</source>
        <translation>自動備份：每天首次開啟時，以及匯入、合併、徹底刪除或更改密碼之前</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_settings_box.py" line="51"/>
        <source>&amp;Save settings</source>
        <translation>儲存設定(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_settings_box.py" line="61"/>
        <source>Always keep the newest:</source>
        <translation>始終保留最新的：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_settings_box.py" line="62"/>
        <source>And the last of each day for:</source>
        <translation>每天的最後一份再保留：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_settings_box.py" line="63"/>
        <source>Second folder:</source>
        <translation>第二個資料夾：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_settings_box.py" line="84"/>
        <source>Second folder for backups</source>
        <translation>備份的第二個資料夾</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_words.py" line="13"/>
        <source>by hand</source>
        <translation>手動</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_words.py" line="14"/>
        <source>daily, on opening</source>
        <translation>每日，開啟時</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_words.py" line="15"/>
        <source>before an import</source>
        <translation>匯入前</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_words.py" line="16"/>
        <source>before a merge</source>
        <translation>合併前</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_words.py" line="17"/>
        <source>before an erase</source>
        <translation>徹底刪除前</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_words.py" line="18"/>
        <source>before a passphrase change</source>
        <translation>更改密碼前</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_words.py" line="19"/>
        <source>before a restore</source>
        <translation>恢復前</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_words.py" line="20"/>
        <source>damaged vault, kept as found</source>
        <translation>已損壞的保險庫，按原樣保留</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_words.py" line="25"/>
        <source>before a schema upgrade</source>
        <translation>資料結構升級前</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/dialogs/backup_words.py" line="48"/>
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln 個聯絡人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/dialogs/backup_words.py" line="50"/>
        <source>%Ln deal(s)</source>
        <translation>
            <numerusform>%Ln 筆交易</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/dialogs/backup_words.py" line="52"/>
        <source>%Ln interaction(s)</source>
        <translation>
            <numerusform>%Ln 條互動</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/dialogs/backup_words.py" line="54"/>
        <source>%Ln reminder(s)</source>
        <translation>
            <numerusform>%Ln 條提醒</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} contacts</source>
        <translation type="vanished">{n} 個聯絡人</translation>
    </message>
    <message>
        <source>{n} deals</source>
        <translation type="vanished">{n} 筆交易</translation>
    </message>
    <message>
        <source>{n} interactions</source>
        <translation type="vanished">{n} 次互動</translation>
    </message>
    <message>
        <source>{n} reminders</source>
        <translation type="vanished">{n} 條提醒</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backups_dialog.py" line="51"/>
        <source>Backups</source>
        <translation>備份</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backups_dialog.py" line="59"/>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backups_dialog.py" line="59"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backups_dialog.py" line="59"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backups_dialog.py" line="59"/>
        <source>Verified</source>
        <translation>已驗證</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backups_dialog.py" line="59"/>
        <source>Records</source>
        <translation>記錄數</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backups_dialog.py" line="69"/>
        <source>&amp;Back up now</source>
        <translation>立即備份(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backups_dialog.py" line="71"/>
        <source>&amp;Verify</source>
        <translation>驗證(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backups_dialog.py" line="73"/>
        <source>&amp;Restore…</source>
        <translation>恢復(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backups_dialog.py" line="75"/>
        <source>Look &amp;inside…</source>
        <translation>檢視內容(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backups_dialog.py" line="77"/>
        <source>Open the backup read-only: find a contact, copy it back</source>
        <translation>以唯讀方式開啟備份：找到聯絡人並複製回來</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backups_dialog.py" line="111"/>
        <source>Backups are encrypted with the vault&apos;s passphrase and kept in {folder}.</source>
        <translation>備份使用保險庫的密碼加密，儲存在 {folder}。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backups_dialog.py" line="148"/>
        <source>Copying the vault…</source>
        <translation>正在複製保險庫…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backups_dialog.py" line="148"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backups_dialog.py" line="150"/>
        <source>Back up now</source>
        <translation>立即備份</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backups_dialog.py" line="158"/>
        <source>Copying the vault… {done} of {total}</source>
        <translation>正在複製保險庫… {done}/{total}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backups_dialog.py" line="160"/>
        <source>Checking the copy (every page, structure and row counts)…</source>
        <translation>正在檢查副本（每一頁、結構和列數）…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backups_dialog.py" line="161"/>
        <source>Copying to the second folder…</source>
        <translation>正在複製到第二個資料夾…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backups_dialog.py" line="172"/>
        <source>Cancelled; no backup was made.</source>
        <translation>已取消；未建立備份。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backups_dialog.py" line="174"/>
        <source>Backed up and verified: {size}.</source>
        <translation>已備份並驗證：{size}。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backups_dialog.py" line="175"/>
        <source>No copy in the second folder: {error}</source>
        <translation>未能複製到第二個資料夾：{error}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backups_dialog.py" line="210"/>
        <source>Verifying…</source>
        <translation>正在驗證…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backups_dialog.py" line="214"/>
        <source>The backup is whole: it opens, every page checks out.</source>
        <translation>備份完好：可以開啟，每一頁都通過檢查。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backups_dialog.py" line="217"/>
        <source>The backup failed its check: {problem}</source>
        <translation>備份未通過檢查：{problem}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backups_dialog.py" line="231"/>
        <source>Restore a backup</source>
        <translation>恢復備份</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backups_dialog.py" line="232"/>
        <source>Put the vault back as it was on {when}?

Everything changed since then will no longer show. The vault as it is now is backed up first, so you can come back to it by restoring that backup.</source>
        <translation>將保險庫恢復到 {when} 時的狀態？

此後的所有更改將不再顯示。目前的保險庫會先備份，恢復那份備份即可回到現在的狀態。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backups_dialog.py" line="240"/>
        <source>Restoring the backup of {when}…</source>
        <translation>正在恢復 {when} 的備份…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backups_dialog.py" line="245"/>
        <source>Restored the backup of {when}. The vault as it was is kept as a backup.</source>
        <translation>已恢復 {when} 的備份。恢復前的保險庫已另存為備份。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backups_dialog.py" line="260"/>
        <source>Passphrase of then</source>
        <translation>當時的密碼</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backups_dialog.py" line="261"/>
        <source>This backup was made under an earlier passphrase. Type that passphrase:</source>
        <translation>此備份是在使用舊密碼時建立的。請輸入那個密碼：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backups_dialog.py" line="266"/>
        <source>The backup was not opened: it needs its earlier passphrase.</source>
        <translation>未開啟備份：需要當時的舊密碼。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backups_dialog.py" line="274"/>
        <source>Settings saved.</source>
        <translation>設定已儲存。</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/banner.py" line="37"/>
        <source>Show</source>
        <translation>檢視</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/banner.py" line="38"/>
        <source>Dismiss</source>
        <translation>關閉</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/change_passphrase_dialog.py" line="45"/>
        <location filename="../../crm_desktop/gui/dialogs/change_passphrase_dialog.py" line="65"/>
        <source>Change passphrase</source>
        <translation>更改密碼</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/change_passphrase_dialog.py" line="55"/>
        <source>&lt;b&gt;Nobody can recover a lost passphrase.&lt;/b&gt; Write the new one down and keep it somewhere safe. Backups made before the change still open with the old passphrase.</source>
        <translation>&lt;b&gt;密碼一旦丟失，任何人都無法找回。&lt;/b&gt;請把新密碼寫下來，妥善保管。更改之前的備份仍需用舊密碼開啟。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/change_passphrase_dialog.py" line="77"/>
        <source>Current passphrase:</source>
        <translation>目前密碼：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/change_passphrase_dialog.py" line="79"/>
        <source>New passphrase:</source>
        <translation>新密碼：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/change_passphrase_dialog.py" line="80"/>
        <source>Repeat it:</source>
        <translation>再輸入一次：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/change_passphrase_dialog.py" line="99"/>
        <source>Too short: use at least {n} characters.</source>
        <translation>太短：至少使用 {n} 個字元。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/change_passphrase_dialog.py" line="100"/>
        <source>Weak: add words — a few plain words make a strong passphrase.</source>
        <translation>弱：再加幾個詞——幾個普通詞語就能組成強密碼。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/change_passphrase_dialog.py" line="101"/>
        <source>Fair: one or two more words would make it strong.</source>
        <translation>中等：再加一兩個詞就會很強。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/change_passphrase_dialog.py" line="102"/>
        <source>Strong.</source>
        <translation>強。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/change_passphrase_dialog.py" line="113"/>
        <source>The two new passphrases differ. Type the same one twice.</source>
        <translation>兩次輸入的新密碼不一致。請輸入相同的密碼兩次。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/change_passphrase_dialog.py" line="119"/>
        <source>The new passphrase is too short: use at least {n} characters.</source>
        <translation>新密碼太短：至少使用 {n} 個字元。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/change_passphrase_dialog.py" line="125"/>
        <source>Backing up, then re-encrypting the vault under the new passphrase… A large vault takes a while.</source>
        <translation>正在備份，然後用新密碼重新加密保險庫… 保險庫較大時需要一些時間。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/change_passphrase_dialog.py" line="141"/>
        <source>This is not the vault&apos;s current passphrase.</source>
        <translation>這不是保險庫的目前密碼。</translation>
    </message>
</context>
<context>
    <name>CloseDealDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/close_deal_dialog.py" line="12"/>
        <source>Close as won</source>
        <translation>以贏單結束</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/close_deal_dialog.py" line="12"/>
        <source>Close as lost</source>
        <translation>以輸單結束</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/close_deal_dialog.py" line="14"/>
        <source>Close “{name}” as won. Why did it win?</source>
        <translation>將「{name}」以贏單結束。為什麼贏了？</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/close_deal_dialog.py" line="15"/>
        <source>Close “{name}” as lost. Why was it lost?</source>
        <translation>將「{name}」以輸單結束。為什麼輸了？</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/close_deal_dialog.py" line="21"/>
        <source>The reason (optional)</source>
        <translation>原因（可選）</translation>
    </message>
</context>
<context>
    <name>ContactActions</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_actions.py" line="51"/>
        <source>Move to &amp;trash</source>
        <translation>移到垃圾桶(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_actions.py" line="52"/>
        <source>&amp;Report on this contact (PDF)…</source>
        <translation>此聯絡人的報告 (PDF)(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_actions.py" line="53"/>
        <source>E&amp;xport everything about this person (JSON)…</source>
        <translation>匯出此人的全部資料 (JSON)(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_actions.py" line="54"/>
        <source>&amp;Erase this person everywhere…</source>
        <translation>徹底刪除此人的所有資料(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_actions.py" line="67"/>
        <source>{name} moved to the trash (Edit → Undo brings it back).</source>
        <translation>{name} 已移到垃圾桶（「編輯 → 復原」可以恢復）。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_actions.py" line="81"/>
        <source>Everything about {name}</source>
        <translation>{name} 的全部資料</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_actions.py" line="82"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_actions.py" line="95"/>
        <source>Saved everything about {name} to {path} — it is not encrypted.</source>
        <translation>已將 {name} 的全部資料儲存到 {path}——該檔案未加密。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_actions.py" line="103"/>
        <source>Erase {name}</source>
        <translation>徹底刪除 {name}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_actions.py" line="104"/>
        <source>Erase {name} and everything only about them (interactions, reminders, attachments) for good? This cannot be undone; the audit keeps only a line saying that a contact was erased. Backups made before now still hold them until they are rotated out (File → Backups).</source>
        <translation>永久刪除 {name} 以及只與其相關的全部內容（互動、提醒、附件）？此操作無法復原；審計記錄中只保留一行，說明有一個聯絡人被刪除。此前做的備份裡仍有這些資料，直到這些備份按輪換規則被清除（檔案 → 備份）。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_actions.py" line="110"/>
        <source>Erase for good</source>
        <translation>永久刪除</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_actions.py" line="127"/>
        <source>{name} was erased.</source>
        <translation>{name} 已被徹底刪除。</translation>
    </message>
</context>
<context>
    <name>ContactDetail</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_detail.py" line="63"/>
        <source>&amp;Merge…</source>
        <translation>合併(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_detail.py" line="91"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_detail.py" line="91"/>
        <location filename="../../crm_desktop/gui/widgets/contact_detail.py" line="159"/>
        <source>Organization</source>
        <translation>機構</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_detail.py" line="92"/>
        <source>Title</source>
        <translation>職務</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_detail.py" line="92"/>
        <source>Department</source>
        <translation>部門</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_detail.py" line="93"/>
        <source>Phones</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_detail.py" line="93"/>
        <source>E-mails</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_detail.py" line="93"/>
        <source>Tier</source>
        <translation>等級</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_detail.py" line="96"/>
        <source>Select a contact, or press Ctrl+N to add one.</source>
        <translation>選擇一個聯絡人，或按 Ctrl+N 新增。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_detail.py" line="159"/>
        <source>Person</source>
        <translation>個人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_detail.py" line="176"/>
        <source>Not a valid phone number, kept as typed: {numbers}</source>
        <translation>不是有效的電話號碼，已按原樣儲存：{numbers}</translation>
    </message>
</context>
<context>
    <name>ContactFilterBar</name>
    <message>
        <location filename="../../crm_desktop/gui/pages/contact_filters.py" line="40"/>
        <source>All kinds</source>
        <translation>全部類型</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/contact_filters.py" line="40"/>
        <source>People</source>
        <translation>個人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/contact_filters.py" line="41"/>
        <source>Organizations</source>
        <translation>機構</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/contact_filters.py" line="42"/>
        <source>All tiers</source>
        <translation>全部等級</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/contact_filters.py" line="42"/>
        <source>Tier A</source>
        <translation>A 級</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/contact_filters.py" line="43"/>
        <source>Tier B</source>
        <translation>B 級</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/contact_filters.py" line="43"/>
        <source>Tier C</source>
        <translation>C 級</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/contact_filters.py" line="52"/>
        <location filename="../../crm_desktop/gui/pages/contact_filters.py" line="54"/>
        <source>All tags</source>
        <translation>全部標籤</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/contact_filters.py" line="55"/>
        <source>Needs follow-up</source>
        <translation>需要跟進</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/contact_filters.py" line="57"/>
        <source>A reminder overdue or due today, or no interaction for longer than the tier allows (as the dashboard&apos;s &quot;Going cold&quot; counts it)</source>
        <translation>有逾期或今天到期的提醒，或超過該等級允許的時間沒有互動（與儀表板「漸趨冷淡」的計算方式相同）</translation>
    </message>
</context>
<context>
    <name>ContactPicker</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_picker.py" line="43"/>
        <source>Type a name, a phone or an e-mail</source>
        <translation>輸入姓名、電話或電子郵件</translation>
    </message>
</context>
<context>
    <name>ContactRecordsView</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_records.py" line="65"/>
        <source>New deal…</source>
        <translation>新增交易…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_records.py" line="66"/>
        <source>New reminder…</source>
        <translation>新增提醒…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_records.py" line="79"/>
        <source>Timeline</source>
        <translation>時間線</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_records.py" line="79"/>
        <source>Deals</source>
        <translation>交易</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_records.py" line="79"/>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_records.py" line="79"/>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_records.py" line="82"/>
        <source>History</source>
        <translation>歷史記錄</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <location filename="../../crm_desktop/gui/models/contacts_model.py" line="264"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/contacts_model.py" line="264"/>
        <source>Organization</source>
        <translation>機構</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/contacts_model.py" line="264"/>
        <source>Title</source>
        <translation>職務</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/contacts_model.py" line="264"/>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/contacts_model.py" line="265"/>
        <source>E-mail</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/contacts_model.py" line="265"/>
        <source>Tier</source>
        <translation>等級</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/contacts_model.py" line="265"/>
        <source>Last interaction</source>
        <translation>最近互動</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>All kinds</source>
        <translation type="vanished">全部類型</translation>
    </message>
    <message>
        <source>People</source>
        <translation type="vanished">個人</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation type="vanished">機構</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation type="vanished">全部等級</translation>
    </message>
    <message>
        <source>Tier A</source>
        <translation type="vanished">A 級</translation>
    </message>
    <message>
        <source>Tier B</source>
        <translation type="vanished">B 級</translation>
    </message>
    <message>
        <source>Tier C</source>
        <translation type="vanished">C 級</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/contacts_page.py" line="130"/>
        <source>Your vault is ready</source>
        <translation>您的保險庫已準備就緒</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/contacts_page.py" line="131"/>
        <source>Add the people and organizations you work with, bring in the list you keep in Excel, or look around a vault filled with sample data first.</source>
        <translation>新增與您合作的個人和機構，匯入您在 Excel 中維護的名單，或者先在一個填滿範例資料的保險庫中看看。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/contacts_page.py" line="133"/>
        <source>Add your first contact ({keys})</source>
        <translation>新增第一個聯絡人（{keys}）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/contacts_page.py" line="134"/>
        <source>Import your Excel list…</source>
        <translation>匯入 Excel 名單…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/contacts_page.py" line="135"/>
        <source>Try the demo vault</source>
        <translation>試用示範保險庫</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/pages/contacts_page.py" line="223"/>
        <source>The best %n matches; type more to narrow</source>
        <translation>
            <numerusform>最匹配的 %n 個；繼續輸入以縮小範圍</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/pages/contacts_page.py" line="225"/>
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln 個聯絡人</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/contacts_page.py" line="240"/>
        <source>No contacts match &apos;{text}&apos;</source>
        <translation>沒有與「{text}」相符的聯絡人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/contacts_page.py" line="241"/>
        <source>Check the spelling, or search by phone, e-mail or pinyin.</source>
        <translation>請檢查拼字，或按電話、電子郵件或拼音搜尋。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/contacts_page.py" line="242"/>
        <source>Clear the search</source>
        <translation>清除搜尋</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/contacts_page.py" line="244"/>
        <source>No contacts match these filters</source>
        <translation>沒有符合這些篩選條件的聯絡人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/contacts_page.py" line="245"/>
        <source>Clear the filters</source>
        <translation>清除篩選</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation type="vanished">
            <numerusform>%n 個聯絡人</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoreErrors</name>
    <message>
        <location filename="../../crm_desktop/gui/error_words.py" line="38"/>
        <source>Cannot undo &apos;{what}&apos;: &apos;{blocker}&apos; came after it and cannot be undone.</source>
        <translation>無法復原「{what}」：之後的「{blocker}」無法復原。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words.py" line="42"/>
        <source>Cannot redo &apos;{what}&apos;: &apos;{blocker}&apos; came after it and cannot be undone.</source>
        <translation>無法重做「{what}」：之後的「{blocker}」無法復原。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words.py" line="46"/>
        <source>Cannot undo &apos;{what}&apos;: it erased data.</source>
        <translation>無法復原「{what}」：它已徹底刪除了資料。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words.py" line="50"/>
        <source>Cannot undo or redo &apos;{what}&apos;: the attached file&apos;s bytes are no longer kept; add the file again.</source>
        <translation>無法復原或重做「{what}」：附件的檔案內容已不再保留；請重新新增該檔案。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words.py" line="64"/>
        <source>No import preset with id {name}.</source>
        <translation>沒有名為「{name}」的匯入預設。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words.py" line="66"/>
        <source>No backup with id {path}.</source>
        <translation>{path} 處沒有備份。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words.py" line="68"/>
        <source>No {entity} in the trash with id {ident}.</source>
        <translation>垃圾桶中沒有 ID 為 {ident} 的{entity}。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words.py" line="71"/>
        <source>No {entity} in the backup with id {ident}.</source>
        <translation>備份中沒有 ID 為 {ident} 的{entity}。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words.py" line="73"/>
        <source>No {entity} with id {ident}.</source>
        <translation>沒有 ID 為 {ident} 的{entity}。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words.py" line="81"/>
        <source>row {row}</source>
        <translation>第 {row} 條記錄</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words.py" line="83"/>
        <source>line {line}</source>
        <translation>第 {line} 行</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words.py" line="85"/>
        <source>column &apos;{column}&apos;</source>
        <translation>「{column}」欄</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words.py" line="88"/>
        <source>{source} ({place}): {message}. Nothing was imported.</source>
        <translation>{source}（{place}）：{message}。未匯入任何內容。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words.py" line="90"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words.py" line="92"/>
        <source>{source}: {message}. Nothing was imported.</source>
        <translation>{source}：{message}。未匯入任何內容。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words.py" line="102"/>
        <source>Could not write {path}: {detail}. Nothing was changed.</source>
        <translation>無法寫入 {path}：{detail}。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words.py" line="116"/>
        <source>Import of {source} cancelled: nothing was written.</source>
        <translation>已取消匯入 {source}：未寫入任何內容。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words.py" line="124"/>
        <source>Import of {source} refused: {count} row(s) have errors (first: {first}). Nothing was written.</source>
        <translation>已拒絕匯入 {source}：{count} 條記錄有錯誤（第一個：{first}）。未寫入任何內容。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words.py" line="129"/>
        <source>Nothing to redo.</source>
        <translation>沒有可重做的操作。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words.py" line="130"/>
        <source>Nothing to undo.</source>
        <translation>沒有可復原的操作。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words.py" line="134"/>
        <source>A file already exists at {path}; refusing to overwrite it.</source>
        <translation>{path} 已有檔案，不會覆蓋它。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words.py" line="138"/>
        <source>The vault {path} is busy with another operation (an import, a backup...). Wait for it to finish and try again; nothing was changed.</source>
        <translation>保險庫 {path} 正在進行其他操作（匯入、備份等）。請等它完成後再試；未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_base.py" line="36"/>
        <source>contact</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_base.py" line="37"/>
        <source>person</source>
        <translation>個人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_base.py" line="38"/>
        <source>organization</source>
        <translation>機構</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_base.py" line="39"/>
        <source>deal</source>
        <translation>交易</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_base.py" line="40"/>
        <source>interaction</source>
        <translation>互動</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_base.py" line="41"/>
        <source>reminder</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_base.py" line="42"/>
        <source>stage</source>
        <translation>階段</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_base.py" line="43"/>
        <source>tag</source>
        <translation>標籤</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_base.py" line="44"/>
        <source>attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_base.py" line="45"/>
        <source>custom field</source>
        <translation>自訂欄位</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_base.py" line="46"/>
        <source>party</source>
        <translation>參與方</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_base.py" line="47"/>
        <source>import batch</source>
        <translation>匯入批次</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_base.py" line="48"/>
        <source>backup</source>
        <translation>備份</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="12"/>
        <source>is required</source>
        <translation>必填</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="13"/>
        <source>must be text</source>
        <translation>必須是文字</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="14"/>
        <source>must not be empty</source>
        <translation>不能為空</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="16"/>
        <source>is too long ({length} characters; at most {most})</source>
        <translation>太長了（{length} 個字元，最多 {most} 個）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="19"/>
        <source>&apos;{value}&apos; is not a date (use YYYY-MM-DD)</source>
        <translation>「{value}」不是日期（請按 YYYY-MM-DD 填寫）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="22"/>
        <source>&apos;{value}&apos; is not a date and time (use YYYY-MM-DD HH:MM)</source>
        <translation>「{value}」不是日期和時間（請按 YYYY-MM-DD HH:MM 填寫）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="25"/>
        <source>&apos;{value}&apos; is not a date and time (use ISO 8601, e.g. {example})</source>
        <translation>「{value}」不是日期和時間（請按 ISO 8601 填寫，如 {example}）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="28"/>
        <source>must be a date and time</source>
        <translation>必須是日期和時間</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="30"/>
        <source>needs a time zone (e.g. {a} or {b})</source>
        <translation>需要時區（如 {a} 或 {b}）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="32"/>
        <source>needs a time zone</source>
        <translation>需要時區</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="35"/>
        <source>&apos;{value}&apos; is not a known time zone (use an IANA name such as {example})</source>
        <translation>「{value}」不是已知的時區（請使用 IANA 名稱，如 {example}）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="39"/>
        <source>must be in the future</source>
        <translation>必須是將來的時間</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="41"/>
        <source>{start} is after {end}</source>
        <translation>{start} 晚於 {end}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="43"/>
        <source>money must not be a float</source>
        <translation>金額不能是浮點數</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="45"/>
        <source>&apos;{value}&apos; is not a number</source>
        <translation>「{value}」不是數字</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="46"/>
        <source>must not be negative</source>
        <translation>不能為負數</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="48"/>
        <source>{value} is too large</source>
        <translation>{value} 太大了</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="50"/>
        <source>{value} has more than {places} decimal places</source>
        <translation>{value} 的小數超過 {places} 位</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="53"/>
        <source>&apos;{value}&apos; is not an ISO 4217 code (three letters, e.g. {example})</source>
        <translation>「{value}」不是 ISO 4217 幣種（應為三個字母，如 {example}）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="56"/>
        <source>&apos;{value}&apos; is not a known ISO 4217 currency</source>
        <translation>「{value}」不是已知的 ISO 4217 幣種</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="59"/>
        <source>&apos;{value}&apos; is not a region phone numbers know</source>
        <translation>「{value}」不是電話號碼可用的地區</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="62"/>
        <source>an amount needs a currency (ISO 4217, e.g. {example})</source>
        <translation>填寫金額時需要幣種（ISO 4217，如 {example}）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="65"/>
        <source>must be a whole percent from 0 to 100</source>
        <translation>必須是 0 到 100 之間的整數百分比</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="67"/>
        <source>&apos;{value}&apos; is not a whole percent from 0 to 100</source>
        <translation>「{value}」不是 0 到 100 之間的整數百分比</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="70"/>
        <source>{value} is outside 0..100</source>
        <translation>{value} 超出了 0 到 100 的範圍</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="72"/>
        <source>must be a whole number from {low} to {high}</source>
        <translation>必須是 {low} 到 {high} 之間的整數</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="75"/>
        <source>must be between {low} and {high}</source>
        <translation>必須在 {low} 到 {high} 之間</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="77"/>
        <source>is required (won or lost)</source>
        <translation>必填（贏單或輸單）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="79"/>
        <source>is required (one of {allowed})</source>
        <translation>必填（可選：{allowed}）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="82"/>
        <source>&apos;{value}&apos; is not one of {allowed}</source>
        <translation>「{value}」不是可選值之一（可選：{allowed}）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="84"/>
        <source>limit and offset must not be negative</source>
        <translation>limit 和 offset 不能為負數</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="90"/>
        <source>An email address must have an @-sign.</source>
        <translation>電子郵件地址必須包含 @。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="92"/>
        <source>There must be something before the @-sign.</source>
        <translation>@ 前面必須有內容。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="94"/>
        <source>There must be something after the @-sign.</source>
        <translation>@ 後面必須有內容。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="96"/>
        <source>The part after the @-sign contains invalid characters: {chars}.</source>
        <translation>@ 後面的部分包含無效字元：{chars}。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="99"/>
        <source>The email address contains invalid characters before the @-sign: {chars}.</source>
        <translation>@ 前面的部分包含無效字元：{chars}。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="103"/>
        <source>The part after the @-sign is not valid. It should have a period.</source>
        <translation>@ 後面的部分無效，應包含一個點（.）。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="106"/>
        <source>An email address cannot have two periods in a row.</source>
        <translation>電子郵件地址不能有兩個連續的點（..）。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="109"/>
        <source>An email address cannot start with a period.</source>
        <translation>電子郵件地址不能以點（.）開頭。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="111"/>
        <source>An email address cannot end with a period.</source>
        <translation>電子郵件地址不能以點（.）結尾。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="113"/>
        <source>An email address cannot have a period immediately before the @-sign.</source>
        <translation>@ 前面不能緊挨著點（.）。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="116"/>
        <source>An email address cannot have a hyphen immediately after the @-sign.</source>
        <translation>@ 後面不能緊跟連字元（-）。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="123"/>
        <source>&apos;{value}&apos; is not a valid e-mail address ({problem})</source>
        <translation>「{value}」不是有效的電子郵件地址（{problem}）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="131"/>
        <source>a contact needs a name</source>
        <translation>聯絡人必須有名稱</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="133"/>
        <source>only a person is linked to an organization</source>
        <translation>只有個人才能關聯到機構</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="135"/>
        <source>link a person to an organization</source>
        <translation>請將個人關聯到機構</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_files.py" line="11"/>
        <source>the file is empty</source>
        <translation>檔案是空的</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_files.py" line="13"/>
        <source>cannot be opened ({detail})</source>
        <translation>無法開啟（{detail}）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_files.py" line="15"/>
        <source>this looks like a binary file, not text (CSV)</source>
        <translation>這看起來不是文字檔案（CSV）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_files.py" line="17"/>
        <source>no header row was found</source>
        <translation>找不到表頭</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_files.py" line="19"/>
        <source>the text after this line is not valid {encoding}; choose another encoding</source>
        <translation>此行之後的文字不是有效的 {encoding} 編碼；請選擇其他編碼</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_files.py" line="23"/>
        <source>unknown encoding &apos;{name}&apos;</source>
        <translation>未知的編碼「{name}」</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_files.py" line="25"/>
        <source>the CSV cannot be read ({detail})</source>
        <translation>無法讀取此 CSV（{detail}）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_files.py" line="27"/>
        <source>this is an old Excel .xls workbook; save it as .xlsx or CSV in Excel and import that</source>
        <translation>這是舊版 Excel .xls 工作簿；請在 Excel 中另存為 .xlsx 或 CSV 後再匯入</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_files.py" line="31"/>
        <source>this is not an Excel workbook (.xlsx is a zip archive; the file may be damaged or truncated)</source>
        <translation>這不是 Excel 工作簿（.xlsx 是 zip 壓縮包；檔案可能已損壞或不完整）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_files.py" line="35"/>
        <source>it cannot be read as an Excel workbook (damaged, truncated, or another kind of zip file)</source>
        <translation>無法作為 Excel 工作簿讀取（已損壞、不完整，或是其他類型的 zip 檔案）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_files.py" line="39"/>
        <source>there is no sheet number {number}</source>
        <translation>沒有第 {number} 個工作表</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_files.py" line="41"/>
        <source>there is no sheet &apos;{sheet}&apos; (sheets: {sheets})</source>
        <translation>沒有工作表「{sheet}」（現有工作表：{sheets}）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_files.py" line="44"/>
        <source>the sheet &apos;{sheet}&apos; is empty</source>
        <translation>工作表「{sheet}」是空的</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_files.py" line="46"/>
        <source>a {format} file is not read as a table (use the JSON restore)</source>
        <translation>{format} 檔案不能作為表格讀取（請使用 JSON 恢復）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_files.py" line="49"/>
        <source>this is not valid JSON ({detail})</source>
        <translation>這不是有效的 JSON（{detail}）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_files.py" line="51"/>
        <source>this JSON is not a crm-desktop export</source>
        <translation>這個 JSON 不是 crm-desktop 的匯出檔案</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_files.py" line="53"/>
        <source>export version {version} is newer than this program reads</source>
        <translation>匯出版本 {version} 比本程式能讀取的版本更新</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_files.py" line="56"/>
        <source>the last card has no END:VCARD (the file is truncated)</source>
        <translation>最後一張名片缺少 END:VCARD（檔案不完整）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_files.py" line="59"/>
        <source>this is not a vCard file (no BEGIN:VCARD)</source>
        <translation>這不是 vCard 檔案（沒有 BEGIN:VCARD）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_files.py" line="64"/>
        <source>it is open read-only; open it for writing to change the passphrase</source>
        <translation>它以唯讀方式開啟；要更改密碼，請以可寫方式開啟</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_files.py" line="67"/>
        <source>it is open read-only; open it for writing to restore a backup</source>
        <translation>它以唯讀方式開啟；要恢復備份，請以可寫方式開啟</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_files.py" line="70"/>
        <source>it is open read-only; open it for writing to copy a record back</source>
        <translation>它以唯讀方式開啟；要複製回記錄，請以可寫方式開啟</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_files.py" line="73"/>
        <source>the file or its folder is read-only (open the vault read-only instead)</source>
        <translation>檔案或其所在資料夾為唯讀（請改為以唯讀方式開啟保險庫）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_files.py" line="77"/>
        <source>the disk is full {raw}</source>
        <translation>磁碟已滿 {raw}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_files.py" line="79"/>
        <source>the file or its folder is read-only {raw}</source>
        <translation>檔案或其所在資料夾為唯讀 {raw}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_files.py" line="82"/>
        <source>the file cannot be opened for writing {raw}</source>
        <translation>無法以寫入方式開啟檔案 {raw}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_files.py" line="85"/>
        <source>it cannot be opened ({detail})</source>
        <translation>無法開啟（{detail}）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_files.py" line="87"/>
        <source>the backup folder cannot be created ({detail})</source>
        <translation>無法建立備份資料夾（{detail}）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_files.py" line="90"/>
        <source>the folder cannot be created ({detail})</source>
        <translation>無法建立資料夾（{detail}）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_files.py" line="93"/>
        <source>the backup folder is read-only or not accessible ({detail})</source>
        <translation>備份資料夾為唯讀，或無法開啟（{detail}）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_other.py" line="13"/>
        <source>The copy of {backup} did not verify ({problem}); the vault was not changed.</source>
        <translation>{backup} 的副本未通過驗證（{problem}）；保險庫未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_other.py" line="17"/>
        <source>Another backup is being written to {folder}; try again later.</source>
        <translation>另一個備份正在寫入 {folder}；請稍後再試。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_other.py" line="21"/>
        <source>The backup just written to {folder} did not verify ({problem}); it was removed and the vault is as it was.</source>
        <translation>剛寫入 {folder} 的備份未通過驗證（{problem}）；已將其刪除，保險庫保持原樣。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_other.py" line="26"/>
        <source>The backup just written to {folder} does not hold the same rows as the vault; it was removed and the vault is as it was.</source>
        <translation>剛寫入 {folder} 的備份與保險庫的記錄不一致；已將其刪除，保險庫保持原樣。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_other.py" line="30"/>
        <source>the copy did not verify ({problem})</source>
        <translation>副本未通過驗證（{problem}）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_other.py" line="34"/>
        <source>Cannot write {target}: {detail}.</source>
        <translation>無法寫入 {target}：{detail}。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_other.py" line="36"/>
        <source>vCard version {version}: choose 4.0 or 3.0.</source>
        <translation>vCard 版本 {version}：請選擇 4.0 或 3.0。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_other.py" line="39"/>
        <source>iCalendar component {component}: choose VTODO or VEVENT.</source>
        <translation>iCalendar 元件 {component}：請選擇 VTODO 或 VEVENT。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_other.py" line="42"/>
        <source>Cannot export &apos;{entity}&apos; as CSV (contact, deal or interaction).</source>
        <translation>無法將「{entity}」匯出為 CSV（只能匯出聯絡人、交易或互動）。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_other.py" line="45"/>
        <source>Unknown CSV encoding &apos;{encoding}&apos; (utf-8-sig, utf-8 or gbk).</source>
        <translation>未知的 CSV 編碼「{encoding}」（可用 utf-8-sig、utf-8 或 gbk）。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_other.py" line="50"/>
        <source>The vault {path} was written by a newer version of crm-desktop (schema {revision}). Update crm-desktop to open it; the file was not changed.</source>
        <translation>保險庫 {path} 由更新版本的 crm-desktop 寫入（資料結構 {revision}）。請更新 crm-desktop 後再開啟；檔案未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_other.py" line="55"/>
        <source>The vault {path} could not be upgraded from schema {revision} ({detail}). It was left unchanged, and a copy taken before the upgrade is at {backup}.</source>
        <translation>保險庫 {path} 無法從資料結構 {revision} 升級（{detail}）。保險庫保持原樣，升級前的副本儲存在 {backup}。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_other.py" line="60"/>
        <source>The report font {font} is missing (looked in {where}); reinstall crm-desktop.</source>
        <translation>缺少報告字型 {font}（已尋找：{where}）；請重新安裝 crm-desktop。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="13"/>
        <source>{count} deal(s) are in stage &apos;{name}&apos; ({trashed} in the trash); move them to another stage first</source>
        <translation>階段「{name}」中有 {count} 筆交易（其中 {trashed} 筆在垃圾桶中）；請先將它們移到其他階段</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="16"/>
        <source>{count} deal(s) are in stage &apos;{name}&apos;; move them to another stage first</source>
        <translation>階段「{name}」中有 {count} 筆交易；請先將它們移到其他階段</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="22"/>
        <source>the pipeline has no won stage</source>
        <translation>沒有贏單階段</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="24"/>
        <source>the pipeline has no lost stage</source>
        <translation>沒有輸單階段</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="30"/>
        <source>no {entity} with id {ident}</source>
        <translation>沒有 ID 為 {ident} 的{entity}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="33"/>
        <source>{value} is not a contact id</source>
        <translation>{value} 不是聯絡人 ID</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="35"/>
        <source>{value} is not (contact id, role)</source>
        <translation>{value} 不是（聯絡人 ID, 角色）的形式</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="37"/>
        <source>&apos;{value}&apos; is not a kind of record</source>
        <translation>「{value}」不是一種記錄類型</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="40"/>
        <source>a stage named &apos;{name}&apos; already exists</source>
        <translation>已有名為「{name}」的階段</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="43"/>
        <source>no stage &apos;{name}&apos;</source>
        <translation>沒有名為「{name}」的階段</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="45"/>
        <source>a stage cannot be both won and lost</source>
        <translation>階段不能既是贏單又是輸單</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="49"/>
        <source>the pipeline needs at least one stage</source>
        <translation>至少要保留一個階段</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="51"/>
        <source>the pipeline has no stages</source>
        <translation>還沒有任何階段</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="54"/>
        <source>give the success fee as an amount or as a percent, not both</source>
        <translation>成功費請填寫金額或百分比，不要兩者都填</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="58"/>
        <source>a choice field needs at least one choice</source>
        <translation>選項欄位至少需要一個選項</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="60"/>
        <source>a {entity} field named &apos;{name}&apos; exists already</source>
        <translation>已有名為「{name}」的{entity}欄位</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="63"/>
        <source>choose another tag to merge into</source>
        <translation>請選擇要合併到的另一個標籤</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="65"/>
        <source>a tag named &apos;{name}&apos; exists already; merge into it instead</source>
        <translation>已有名為「{name}」的標籤；請改為合併到該標籤</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="69"/>
        <source>name at least one contact to merge into the first</source>
        <translation>請至少指定一個要合併到第一個聯絡人的聯絡人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="72"/>
        <source>contact {ident} cannot be merged into itself</source>
        <translation>聯絡人 {ident} 不能合併到自身</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="75"/>
        <source>&apos;{name}&apos; is not a field that can be chosen</source>
        <translation>「{name}」不是可以選擇的欄位</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="78"/>
        <source>&apos;{name}&apos;: contact {ident} is not one of those merged</source>
        <translation>「{name}」：聯絡人 {ident} 不在要合併的聯絡人中</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="82"/>
        <source>{a} (#{a_id}) is a {a_kind}, {b} (#{b_id}) a {b_kind}</source>
        <translation>{a}（#{a_id}）是{a_kind}，{b}（#{b_id}）是{b_kind}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="86"/>
        <source>a contact cannot be distinct from itself</source>
        <translation>不能將聯絡人標記為與自己不是同一個</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="88"/>
        <source>give one RRULE line</source>
        <translation>請只填寫一行 RRULE</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="90"/>
        <source>give one RRULE line, without DTSTART</source>
        <translation>請只填寫一行 RRULE，不要包含 DTSTART</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="92"/>
        <source>FREQ must be one of {allowed}</source>
        <translation>FREQ 必須是以下之一：{allowed}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="94"/>
        <source>INTERVAL must be a whole number of at least 1</source>
        <translation>INTERVAL 必須是不小於 1 的整數</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="96"/>
        <source>&apos;{value}&apos; never occurs</source>
        <translation>按「{value}」永遠不會到期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="98"/>
        <source>&apos;{value}&apos; is not a valid RRULE ({detail})</source>
        <translation>「{value}」不是有效的 RRULE（{detail}）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="101"/>
        <source>this reminder is done already</source>
        <translation>這條提醒已經完成了</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="103"/>
        <source>a done reminder cannot be snoozed</source>
        <translation>已完成的提醒不能推遲</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="105"/>
        <source>name at least one contact (or a deal)</source>
        <translation>請至少指定一個聯絡人（或一筆交易）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="107"/>
        <source>give an age, or an instant with its time zone</source>
        <translation>請給出時長，或帶時區的時間點</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="110"/>
        <source>not a searchable type: {types} (use {allowed})</source>
        <translation>不可搜尋的類型：{types}（可用：{allowed}）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="113"/>
        <source>ranked ids are for contacts or deals</source>
        <translation>排序的 ID 只適用於聯絡人或交易</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="119"/>
        <source>{name} is {size}; the limit is {limit}</source>
        <translation>{name} 大小為 {size}；上限是 {limit}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="122"/>
        <source>the file needs a name</source>
        <translation>檔案需要名稱</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="124"/>
        <source>attach the file to a contact, a deal or an interaction</source>
        <translation>請將檔案附加到聯絡人、交易或互動</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="127"/>
        <source>{name} is a folder, not a file</source>
        <translation>{name} 是資料夾，不是檔案</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="129"/>
        <source>{name} is not a file</source>
        <translation>{name} 不是檔案</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="131"/>
        <source>{name} does not exist</source>
        <translation>{name} 不存在</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="133"/>
        <source>{name} cannot be read (permission denied)</source>
        <translation>無權讀取 {name}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="136"/>
        <source>the content must be bytes</source>
        <translation>內容必須是位元組資料</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="139"/>
        <source>is not a backup setting</source>
        <translation>不是備份設定項</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="141"/>
        <source>give the folder as a full path</source>
        <translation>請填寫資料夾的完整路徑</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="143"/>
        <source>The new passphrase is the same as the current one.</source>
        <translation>新密碼與目前密碼相同。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="145"/>
        <source>is the vault itself</source>
        <translation>這就是保險庫本身</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="147"/>
        <source>&apos;{value}&apos; cannot be copied back; only: {allowed}</source>
        <translation>「{value}」不能複製回來；只能複製：{allowed}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="151"/>
        <source>the preset &apos;{name}&apos; cannot be read ({detail})</source>
        <translation>無法讀取預設「{name}」（{detail}）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="154"/>
        <source>the vault already holds data ({what}); the demo fills only an empty vault</source>
        <translation>保險庫中已有資料（{what}）；示範資料只能填入空的保險庫</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="158"/>
        <source>has no pipeline stages to put demo deals in</source>
        <translation>沒有可放入示範交易的階段</translation>
    </message>
</context>
<context>
    <name>CustomFieldEditor</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/custom_field_editor.py" line="22"/>
        <source>Field</source>
        <translation>欄位</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/custom_field_editor.py" line="22"/>
        <source>For</source>
        <translation>用於</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/custom_field_editor.py" line="22"/>
        <source>Type</source>
        <translation>類型</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/custom_field_editor.py" line="22"/>
        <source>Values</source>
        <translation>取值</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/custom_field_editor.py" line="26"/>
        <source>Contacts</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/custom_field_editor.py" line="26"/>
        <source>Deals</source>
        <translation>交易</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/custom_field_editor.py" line="27"/>
        <source>Interactions</source>
        <translation>互動</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/custom_field_editor.py" line="28"/>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/custom_field_editor.py" line="28"/>
        <source>Number</source>
        <translation>數字</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/custom_field_editor.py" line="28"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/custom_field_editor.py" line="29"/>
        <source>Choice</source>
        <translation>選項</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/custom_field_editor.py" line="30"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/custom_field_editor.py" line="33"/>
        <source>Rename</source>
        <translation>重新命名</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/custom_field_editor.py" line="38"/>
        <source>Name of a new field</source>
        <translation>新欄位名稱</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/custom_field_editor.py" line="48"/>
        <source>Choices, separated by ;</source>
        <translation>選項，用 ; 分隔</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/custom_field_editor.py" line="49"/>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/custom_field_editor.py" line="56"/>
        <source>Selected:</source>
        <translation>所選：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/custom_field_editor.py" line="57"/>
        <source>New field:</source>
        <translation>新欄位：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/custom_field_editor.py" line="90"/>
        <source>Added {name}.</source>
        <translation>已新增 {name}。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/custom_field_editor.py" line="96"/>
        <source>Renamed to {name}.</source>
        <translation>已重新命名為 {name}。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/custom_field_editor.py" line="103"/>
        <source>Remove a field</source>
        <translation>移除欄位</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/custom_field_editor.py" line="104"/>
        <source>Remove the field {name} and its values on {count} records? Undo brings them back.</source>
        <translation>移除欄位 {name} 及其在 {count} 條記錄上的值？「復原」可以恢復。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/custom_field_editor.py" line="108"/>
        <source>Removed {name}. Undo brings it back.</source>
        <translation>已移除 {name}。「復原」可以恢復。</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../crm_desktop/gui/pages/dashboard_page.py" line="79"/>
        <source>Open pipeline by stage</source>
        <translation>各階段進行中的交易</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/dashboard_page.py" line="80"/>
        <source>Follow-ups</source>
        <translation>跟進</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/dashboard_page.py" line="81"/>
        <source>Going cold</source>
        <translation>漸趨冷淡</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/dashboard_page.py" line="82"/>
        <source>This week</source>
        <translation>本週</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/dashboard_page.py" line="83"/>
        <source>Click a stage to list its deals</source>
        <translation>點選一個階段以列出其交易</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/dashboard_page.py" line="84"/>
        <source>Figures appear here as you work</source>
        <translation>隨著您的工作，這裡會顯示各項資料</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/dashboard_page.py" line="85"/>
        <source>Once you have contacts and deals, the dashboard shows the open pipeline by stage, the follow-ups overdue and due today, the clients going cold and this week&apos;s activity.</source>
        <translation>有了聯絡人和交易後，儀表板會顯示各階段進行中的交易、逾期和今天到期的跟進、漸趨冷淡的客戶以及本週動態。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/dashboard_page.py" line="87"/>
        <source>See it with the demo vault</source>
        <translation>用示範保險庫看看</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/dashboard_page.py" line="130"/>
        <source>{total} (weighted {weighted})</source>
        <translation>{total}（加權 {weighted}）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/pages/dashboard_page.py" line="133"/>
        <source>%n open deal(s)</source>
        <translation>
            <numerusform>%n 筆進行中的交易</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/dashboard_page.py" line="141"/>
        <source>{overdue} overdue · {today} due today · {week} later this week</source>
        <translation>逾期 {overdue} · 今天到期 {today} · 本週稍後 {week}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/dashboard_page.py" line="147"/>
        <source>Nothing overdue, nothing due today.</source>
        <translation>沒有逾期，今天也沒有到期事項。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/pages/dashboard_page.py" line="151"/>
        <source>%n day(s) late</source>
        <translation>
            <numerusform>逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/dashboard_page.py" line="158"/>
        <source>Tier {tier}: {n} (over {days} days)</source>
        <translation>{tier} 級：{n}（超過 {days} 天）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/dashboard_page.py" line="161"/>
        <source>{name} — tier {tier}, silent {days} days</source>
        <translation>{name} — {tier} 級，{days} 天無聯絡</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/dashboard_page.py" line="164"/>
        <source>No client has gone cold.</source>
        <translation>沒有客戶變冷淡。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/pages/dashboard_page.py" line="169"/>
        <source>%n interaction(s) since Monday</source>
        <translation>
            <numerusform>本週一以來 %n 次互動</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/dashboard_page.py" line="180"/>
        <source>No interactions logged this week.</source>
        <translation>本週尚未記錄互動。</translation>
    </message>
</context>
<context>
    <name>DealForm</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_form.py" line="75"/>
        <source>Stage</source>
        <translation>階段</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_form.py" line="75"/>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_form.py" line="75"/>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_form.py" line="76"/>
        <source>Currency</source>
        <translation>幣種</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_form.py" line="76"/>
        <source>Probability (%)</source>
        <translation>成交機率（%）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_form.py" line="77"/>
        <source>Expected close</source>
        <translation>預計成交日</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_form.py" line="77"/>
        <source>Owner</source>
        <translation>負責人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_form.py" line="78"/>
        <source>Retainer fee</source>
        <translation>聘用費</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_form.py" line="78"/>
        <source>Success fee</source>
        <translation>成功費</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_form.py" line="79"/>
        <source>Success fee (%)</source>
        <translation>成功費（%）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_form.py" line="79"/>
        <source>Weighted amount</source>
        <translation>加權金額</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_form.py" line="80"/>
        <source>Expected fee</source>
        <translation>預期費用</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_form.py" line="101"/>
        <source>Stage default: {p}</source>
        <translation>階段預設：{p}</translation>
    </message>
</context>
<context>
    <name>DealListModel</name>
    <message>
        <location filename="../../crm_desktop/gui/models/deal_list_model.py" line="155"/>
        <source>Deal</source>
        <translation>交易</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/deal_list_model.py" line="155"/>
        <source>Client</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/deal_list_model.py" line="155"/>
        <source>Stage</source>
        <translation>階段</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/deal_list_model.py" line="155"/>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/deal_list_model.py" line="156"/>
        <source>Probability</source>
        <translation>機率</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/deal_list_model.py" line="156"/>
        <source>Expected close</source>
        <translation>預計成交日</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/deal_list_model.py" line="156"/>
        <source>Owner</source>
        <translation>負責人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/deal_list_model.py" line="156"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/deal_list_model.py" line="159"/>
        <source>Open</source>
        <translation>進行中</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/deal_list_model.py" line="159"/>
        <source>Won</source>
        <translation>贏單</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/deal_list_model.py" line="159"/>
        <source>Lost</source>
        <translation>輸單</translation>
    </message>
</context>
<context>
    <name>DealQuickAddDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/deal_quick_add.py" line="38"/>
        <source>Add a deal</source>
        <translation>新增交易</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/deal_quick_add.py" line="42"/>
        <source>Name:</source>
        <translation>名稱：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/deal_quick_add.py" line="42"/>
        <source>Client:</source>
        <translation>客戶：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/deal_quick_add.py" line="43"/>
        <source>Amount:</source>
        <translation>金額：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/deal_quick_add.py" line="43"/>
        <source>Currency:</source>
        <translation>幣種：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/deal_quick_add.py" line="44"/>
        <source>Expected close:</source>
        <translation>預計成交日：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/deal_quick_add.py" line="50"/>
        <source>Stage:</source>
        <translation>階段：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/deal_quick_add.py" line="51"/>
        <source>An organization&apos;s name (added if new)</source>
        <translation>機構名稱（如為新機構則自動新增）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/deal_quick_add.py" line="59"/>
        <source>Add</source>
        <translation>新增</translation>
    </message>
</context>
<context>
    <name>DealView</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_view.py" line="123"/>
        <source>← Back</source>
        <translation>← 返回</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_view.py" line="124"/>
        <source>Back to the pipeline (Esc)</source>
        <translation>返回交易看板（Esc）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_view.py" line="125"/>
        <source>Won…</source>
        <translation>贏單…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_view.py" line="126"/>
        <source>Lost…</source>
        <translation>輸單…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_view.py" line="127"/>
        <source>Move to &amp;trash</source>
        <translation>移到垃圾桶(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_view.py" line="128"/>
        <source>The deal, its parties and notes go to the trash; Edit → Undo brings them back.</source>
        <translation>該交易及其參與方和備註將移到垃圾桶；「編輯 → 復原」可以恢復。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_view.py" line="130"/>
        <source>Parties</source>
        <translation>參與方</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_view.py" line="131"/>
        <source>Add note</source>
        <translation>新增備註</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_view.py" line="132"/>
        <source>Write a note (Ctrl+Return adds it)</source>
        <translation>寫一條備註（Ctrl+Return 新增）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_view.py" line="133"/>
        <source>Add a reminder…</source>
        <translation>新增提醒…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_view.py" line="134"/>
        <source>Add a party…</source>
        <translation>新增參與方…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_view.py" line="139"/>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_view.py" line="139"/>
        <source>Interactions</source>
        <translation>互動</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_view.py" line="139"/>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_view.py" line="187"/>
        <source>Notes ({n})</source>
        <translation>備註（{n}）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_view.py" line="188"/>
        <source>Interactions ({n})</source>
        <translation>互動（{n}）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_view.py" line="189"/>
        <source>Reminders ({n})</source>
        <translation>提醒（{n}）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_view.py" line="196"/>
        <source>closed {date}</source>
        <translation>{date} 結束</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_view.py" line="199"/>
        <source>Reason: {reason}</source>
        <translation>原因：{reason}</translation>
    </message>
</context>
<context>
    <name>DealsPage</name>
    <message>
        <location filename="../../crm_desktop/gui/pages/deals_page.py" line="130"/>
        <source>Board</source>
        <translation>看板</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/deals_page.py" line="131"/>
        <source>List</source>
        <translation>列表</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/deals_page.py" line="132"/>
        <source>New deal…</source>
        <translation>新增交易…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/deals_page.py" line="133"/>
        <source>Add a deal (Ctrl+Shift+D)</source>
        <translation>新增交易（Ctrl+Shift+D）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/deals_page.py" line="135"/>
        <source>No deals yet</source>
        <translation>還沒有交易</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/deals_page.py" line="136"/>
        <source>A deal follows your pipeline from the first meeting to the signing. The stages are yours: rename, add or reorder them in Settings.</source>
        <translation>一筆交易從首次會面到簽約，沿著您的流程推進。階段由您決定：可在「設定」中重新命名、新增或調整順序。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/deals_page.py" line="139"/>
        <source>Add your first deal ({keys})</source>
        <translation>新增第一筆交易（{keys}）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/deals_page.py" line="142"/>
        <source>All stages</source>
        <translation>全部階段</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/deals_page.py" line="143"/>
        <source>All owners</source>
        <translation>全部負責人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/deals_page.py" line="157"/>
        <source>Any status</source>
        <translation>全部狀態</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/deals_page.py" line="157"/>
        <source>Open</source>
        <translation>進行中</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/deals_page.py" line="157"/>
        <source>Won</source>
        <translation>贏單</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/deals_page.py" line="158"/>
        <source>Lost</source>
        <translation>輸單</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/pages/deals_page.py" line="204"/>
        <location filename="../../crm_desktop/gui/pages/deals_page.py" line="207"/>
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n 筆交易</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/deals_page.py" line="205"/>
        <source>No deals yet: press Ctrl+Shift+D to add one.</source>
        <translation>還沒有交易：按 Ctrl+Shift+D 新增。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/deals_page.py" line="253"/>
        <source>{name} moved to the trash (Edit → Undo brings it back).</source>
        <translation>{name} 已移到垃圾桶（「編輯 → 復原」可以恢復）。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/deals_page.py" line="284"/>
        <source>Moved {deal} to {stage}. Ctrl+Z undoes it.</source>
        <translation>已將 {deal} 移到 {stage}。按 Ctrl+Z 復原。</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../../crm_desktop/gui/demo_flow.py" line="74"/>
        <source>Filling the demo vault with sample contacts, deals and notes…</source>
        <translation>正在向示範保險庫填入範例聯絡人、交易和記錄…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/demo_flow.py" line="75"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/demo_flow.py" line="76"/>
        <source>Try the demo</source>
        <translation>試用示範</translation>
    </message>
</context>
<context>
    <name>DetectPage</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_detect_page.py" line="42"/>
        <source>What was found</source>
        <translation>識別結果</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_detect_page.py" line="43"/>
        <source>Check that the first rows read right. If the text looks garbled, choose another encoding.</source>
        <translation>請檢查前幾列是否讀取正確。如果文字顯示為亂碼，請選擇其他編碼。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_detect_page.py" line="57"/>
        <source>File:</source>
        <translation>檔案：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_detect_page.py" line="58"/>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_detect_page.py" line="59"/>
        <source>&amp;Encoding:</source>
        <translation>編碼(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_detect_page.py" line="60"/>
        <source>&amp;Sheet:</source>
        <translation>工作表(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_detect_page.py" line="61"/>
        <source>Header:</source>
        <translation>表頭：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_detect_page.py" line="62"/>
        <source>&amp;Rows are:</source>
        <translation>每列是(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_detect_page.py" line="65"/>
        <source>The first rows:</source>
        <translation>前幾列：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_detect_page.py" line="92"/>
        <source>{label} (detected, {sure}% sure)</source>
        <translation>{label}（檢測結果，可信度 {sure}%）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_detect_page.py" line="104"/>
        <source>row {n} of the sheet</source>
        <translation>工作表第 {n} 列</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_detect_page.py" line="104"/>
        <source>line {n}</source>
        <translation>第 {n} 行</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_detect_page.py" line="106"/>
        <source>the first line</source>
        <translation>第一行</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_detect_page.py" line="117"/>
        <source>A crm-desktop JSON export is restored whole: its stages, tags, custom fields, contacts, deals, notes and reminders. Records the vault already holds (same id) are skipped, so restoring the same file twice adds nothing.</source>
        <translation>crm-desktop 的 JSON 匯出檔案會整體恢復：包括階段、標籤、自訂欄位、聯絡人、交易、備註和提醒。保險庫中已有的記錄（相同 id）會被跳過，因此同一檔案恢復兩次也不會重複新增。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_detect_page.py" line="140"/>
        <source>Reading the file again…</source>
        <translation>正在重新讀取檔案…</translation>
    </message>
</context>
<context>
    <name>DuplicateModel</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_duplicates.py" line="56"/>
        <source>Row</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_duplicates.py" line="56"/>
        <source>In the file</source>
        <translation>檔案中</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_duplicates.py" line="56"/>
        <source>May be</source>
        <translation>可能是</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_duplicates.py" line="56"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_duplicates.py" line="57"/>
        <source>Import will</source>
        <translation>匯入時將</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_duplicates.py" line="93"/>
        <source>{name} (row {row} of the file)</source>
        <translation>{name}（檔案第 {row} 列）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_duplicates.py" line="110"/>
        <source>{action} — your choice</source>
        <translation>{action}（您的選擇）</translation>
    </message>
</context>
<context>
    <name>DuplicateWarning</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/dup_warning.py" line="43"/>
        <source>&amp;Open it</source>
        <translation>開啟該聯絡人(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/dup_warning.py" line="46"/>
        <source>Add an&amp;yway</source>
        <translation>仍然新增(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/dup_warning.py" line="68"/>
        <source>Looks like {name} ({details}) — {why}</source>
        <translation>似乎是 {name}（{details}）——{why}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/dup_warning.py" line="71"/>
        <source>Looks like {name} — {why}</source>
        <translation>似乎是 {name}——{why}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/widgets/dup_warning.py" line="73"/>
        <source>(and %n more)</source>
        <translation>
            <numerusform>（另有 %n 個）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/dup_labels.py" line="15"/>
        <source>same phone</source>
        <translation>電話相同</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/dup_labels.py" line="16"/>
        <source>same e-mail</source>
        <translation>電子郵件相同</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/dup_labels.py" line="17"/>
        <source>same name</source>
        <translation>姓名相同</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/dup_labels.py" line="18"/>
        <source>same name in simplified / traditional</source>
        <translation>簡繁體姓名相同</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/dup_labels.py" line="19"/>
        <source>same name in pinyin</source>
        <translation>拼音相同</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/dup_labels.py" line="20"/>
        <source>similar name</source>
        <translation>姓名相似</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/dup_labels.py" line="21"/>
        <source>same organization</source>
        <translation>機構相同</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/dup_labels.py" line="22"/>
        <source>similar name at the same organization</source>
        <translation>同一機構中姓名相似</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/dup_labels.py" line="24"/>
        <source>same organization name</source>
        <translation>機構名稱相同</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/dup_labels.py" line="29"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/dup_labels.py" line="36"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/dup_labels.py" line="37"/>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/dup_labels.py" line="38"/>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/dup_labels.py" line="39"/>
        <source>Given name (phonetic)</source>
        <translation>名（拼音）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/dup_labels.py" line="40"/>
        <source>Family name (phonetic)</source>
        <translation>姓（拼音）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/dup_labels.py" line="41"/>
        <source>Organization</source>
        <translation>機構</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/dup_labels.py" line="42"/>
        <source>Title</source>
        <translation>職務</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/dup_labels.py" line="43"/>
        <source>Department</source>
        <translation>部門</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/dup_labels.py" line="44"/>
        <source>Phones</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/dup_labels.py" line="45"/>
        <source>E-mails</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/dup_labels.py" line="46"/>
        <source>Website</source>
        <translation>網站</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/dup_labels.py" line="47"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/dup_labels.py" line="48"/>
        <source>Tier</source>
        <translation>等級</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/dup_labels.py" line="49"/>
        <source>Owner</source>
        <translation>負責人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/dup_labels.py" line="50"/>
        <source>Note</source>
        <translation>備註</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/duplicates_dialog.py" line="59"/>
        <source>Find duplicates</source>
        <translation>尋找重複</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/duplicates_dialog.py" line="67"/>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/duplicates_dialog.py" line="71"/>
        <source>Search &amp;again</source>
        <translation>重新尋找(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/duplicates_dialog.py" line="88"/>
        <source>&amp;Merge</source>
        <translation>合併(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/duplicates_dialog.py" line="91"/>
        <source>One record keeps the chosen values and every interaction, deal and reminder; Edit → Undo reverts the merge.</source>
        <translation>保留一條記錄，帶上所選的值以及全部互動、交易和提醒；「編輯 → 復原」可以撤回合併。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/duplicates_dialog.py" line="93"/>
        <source>&amp;Not the same</source>
        <translation>不是同一個(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/duplicates_dialog.py" line="96"/>
        <source>These records are different people or organizations: they are not proposed together again.</source>
        <translation>這些記錄是不同的個人或機構：以後不會再把它們作為重複項提出。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/duplicates_dialog.py" line="144"/>
        <source>Looking for duplicates…</source>
        <translation>正在尋找重複項…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/duplicates_dialog.py" line="161"/>
        <source>Preparing the contacts for comparison…</source>
        <translation>正在準備比對聯絡人…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/duplicates_dialog.py" line="163"/>
        <source>Comparing contacts: {done} of {total} pairs</source>
        <translation>正在比對聯絡人：{done}/{total} 對</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/dialogs/duplicates_dialog.py" line="181"/>
        <source>%n group(s) of likely duplicates</source>
        <translation>
            <numerusform>%n 組可能重複的記錄</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/duplicates_dialog.py" line="182"/>
        <source>No duplicates found.</source>
        <translation>未發現重複項。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/duplicates_dialog.py" line="187"/>
        <source>Stopped. Search again to see the groups.</source>
        <translation>已停止。重新尋找即可檢視各組。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/duplicates_dialog.py" line="196"/>
        <source>Score {score}: {why}</source>
        <translation>得分 {score}：{why}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/duplicates_dialog.py" line="252"/>
        <source>Merged into {name}. Edit → Undo brings the records back.</source>
        <translation>已合併到 {name}。「編輯 → 復原」可以恢復這些記錄。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/duplicates_dialog.py" line="264"/>
        <source>{names}: not the same; not proposed together again.</source>
        <translation>{names}：不是同一個；以後不會再一起提出。</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../crm_desktop/gui/errors.py" line="31"/>
        <source>Wrong passphrase. Check Caps Lock and the keyboard layout, and try again.</source>
        <translation>密碼錯誤。請檢查大寫鎖定鍵和鍵盤佈局，然後重試。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/errors.py" line="34"/>
        <source>This vault is open in another crm-desktop window or command. Close it there first: two programs writing at once could damage your data.</source>
        <translation>此保險庫已在另一個 crm-desktop 視窗或命令中開啟。請先在那裡關閉：兩個程式同時寫入可能損壞您的資料。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/errors.py" line="38"/>
        <source>There is no vault at {path}.</source>
        <translation>{path} 處沒有保險庫。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/errors.py" line="40"/>
        <source>{name} is not a crm-desktop vault ({why}).</source>
        <translation>{name} 不是 crm-desktop 保險庫（{why}）。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/errors.py" line="43"/>
        <source>The vault is damaged: {detail}.</source>
        <translation>保險庫已損壞：{detail}。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/errors.py" line="46"/>
        <source>Unreadable: {tables}.</source>
        <translation>無法讀取：{tables}。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/errors.py" line="49"/>
        <source>Still readable: {tables}.</source>
        <translation>仍可讀取：{tables}。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/errors.py" line="51"/>
        <source>Restore your newest backup, or salvage what still reads.</source>
        <translation>請恢復最新的備份，或搶救仍可讀取的資料。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/errors.py" line="58"/>
        <source>Something unexpected went wrong ({kind}). The details were written to the log.</source>
        <translation>發生了意外錯誤（{kind}）。詳細資訊已寫入日誌。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/errors.py" line="69"/>
        <source>crm-desktop</source>
        <translation>crm-desktop</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/export_dialog.py" line="59"/>
        <location filename="../../crm_desktop/gui/dialogs/export_dialog.py" line="194"/>
        <source>Export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/export_dialog.py" line="63"/>
        <source>Contacts as CSV</source>
        <translation>聯絡人（CSV）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/export_dialog.py" line="64"/>
        <source>Contacts as an Excel workbook (XLSX)</source>
        <translation>聯絡人（Excel 工作簿，XLSX）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/export_dialog.py" line="65"/>
        <source>Contacts as vCards (phones, address books)</source>
        <translation>聯絡人（vCard，用於手機、通訊錄）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/export_dialog.py" line="66"/>
        <source>Deals as CSV</source>
        <translation>交易（CSV）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/export_dialog.py" line="67"/>
        <source>Deals as an Excel workbook (XLSX)</source>
        <translation>交易（Excel 工作簿，XLSX）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/export_dialog.py" line="68"/>
        <source>Reminders as a calendar (iCalendar)</source>
        <translation>提醒（行事曆，iCalendar）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/export_dialog.py" line="69"/>
        <source>Everything, as JSON (to move or keep the whole vault)</source>
        <translation>全部資料（JSON，用於遷移或存檔整個保險庫）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/export_dialog.py" line="73"/>
        <source>UTF-8 with BOM (opens right in Excel)</source>
        <translation>UTF-8 帶 BOM（Excel 可正確開啟）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/export_dialog.py" line="74"/>
        <source>GBK (older Chinese Excel and programs)</source>
        <translation>GBK（舊版中文 Excel 及程式）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/export_dialog.py" line="75"/>
        <source>UTF-8 without BOM</source>
        <translation>UTF-8 不帶 BOM</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/export_dialog.py" line="78"/>
        <source>4.0 (current)</source>
        <translation>4.0（目前版本）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/export_dialog.py" line="79"/>
        <source>3.0 (older phones, Outlook)</source>
        <translation>3.0（舊款手機、Outlook）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/export_dialog.py" line="82"/>
        <source>To-dos</source>
        <translation>待辦事項</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/export_dialog.py" line="83"/>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/export_dialog.py" line="84"/>
        <source>Include reminders that are &amp;done</source>
        <translation>包括已完成的提醒(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/export_dialog.py" line="86"/>
        <source>Include the &amp;trash</source>
        <translation>包括垃圾桶(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/export_dialog.py" line="87"/>
        <source>Include attached &amp;files</source>
        <translation>包括附件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/export_dialog.py" line="92"/>
        <source>&amp;Browse…</source>
        <translation>瀏覽(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/export_dialog.py" line="98"/>
        <source>&amp;What:</source>
        <translation>內容(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/export_dialog.py" line="99"/>
        <source>&amp;Encoding:</source>
        <translation>編碼(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/export_dialog.py" line="100"/>
        <source>&amp;vCard version:</source>
        <translation>vCard 版本(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/export_dialog.py" line="101"/>
        <source>&amp;As:</source>
        <translation>匯出為(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/export_dialog.py" line="105"/>
        <source>&amp;Save to:</source>
        <translation>儲存到(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/export_dialog.py" line="109"/>
        <source>The file written is not encrypted: keep it somewhere safe, and delete it when you no longer need it.</source>
        <translation>匯出的檔案未加密：請妥善保管，不再需要時請刪除。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/export_dialog.py" line="119"/>
        <source>E&amp;xport</source>
        <translation>匯出(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/export_dialog.py" line="122"/>
        <source>S&amp;how in folder</source>
        <translation>在資料夾中顯示(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/export_dialog.py" line="180"/>
        <source>Export to</source>
        <translation>匯出到</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/export_dialog.py" line="181"/>
        <source>{kind} files (*{suffix})</source>
        <translation>{kind} 檔案 (*{suffix})</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/export_dialog.py" line="194"/>
        <source>{name} exists. Replace it?</source>
        <translation>{name} 已存在。要取代嗎？</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/export_dialog.py" line="211"/>
        <source>Exporting…</source>
        <translation>正在匯出…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/dialogs/export_dialog.py" line="226"/>
        <source>Saved %n record(s) to {path}.</source>
        <translation>
            <numerusform>已將 %n 條記錄儲存到 {path}。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_file_page.py" line="35"/>
        <location filename="../../crm_desktop/gui/widgets/import_file_page.py" line="73"/>
        <source>Choose a file to import</source>
        <translation>選擇要匯入的檔案</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_file_page.py" line="36"/>
        <source>A CSV or Excel (XLSX) table, a vCard file from a phone or an address book, or a crm-desktop JSON export. Nothing is written before the last step, and every import can be undone as a whole.</source>
        <translation>CSV 或 Excel (XLSX) 表格、來自手機或通訊錄的 vCard 檔案，或 crm-desktop 的 JSON 匯出檔案。最後一步之前不會寫入任何內容，每次匯入都可以整體復原。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_file_page.py" line="39"/>
        <source>&amp;File:</source>
        <translation>檔案(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_file_page.py" line="42"/>
        <source>The path of the file</source>
        <translation>檔案路徑</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_file_page.py" line="45"/>
        <source>&amp;Browse…</source>
        <translation>瀏覽(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_file_page.py" line="50"/>
        <source>Earlier imports</source>
        <translation>匯入歷史</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_file_page.py" line="74"/>
        <source>Contacts, deals and notes (*.csv *.txt *.tsv *.xlsx *.xlsm *.vcf *.vcard *.json);;All files (*)</source>
        <translation>聯絡人、交易和備註 (*.csv *.txt *.tsv *.xlsx *.xlsm *.vcf *.vcard *.json);;所有檔案 (*)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_file_page.py" line="93"/>
        <source>There is no file at {path}.</source>
        <translation>{path} 處沒有檔案。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_file_page.py" line="97"/>
        <source>Reading {name}…</source>
        <translation>正在讀取 {name}…</translation>
    </message>
</context>
<context>
    <name>GeneralSettings</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/general_settings.py" line="56"/>
        <source>Off</source>
        <translation>關閉</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/general_settings.py" line="57"/>
        <source> min</source>
        <translation> 分鐘</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/general_settings.py" line="64"/>
        <source>Phone region:</source>
        <translation>電話地區：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/general_settings.py" line="65"/>
        <source>Currency:</source>
        <translation>幣種：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/general_settings.py" line="67"/>
        <source>Language:</source>
        <translation>語言：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/general_settings.py" line="68"/>
        <source>Lock after idle:</source>
        <translation>閒置後鎖定：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/general_settings.py" line="70"/>
        <source>This vault</source>
        <translation>此保險庫</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/general_settings.py" line="71"/>
        <source>Phone numbers typed without +country code are read in this region; new deals start in this currency.</source>
        <translation>未輸入 +國碼的電話號碼按此地區解讀；新交易預設使用此幣種。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/general_settings.py" line="75"/>
        <source>This computer</source>
        <translation>此電腦</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/general_settings.py" line="92"/>
        <source>None</source>
        <translation>無</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/general_settings.py" line="124"/>
        <source>Saved. Undo takes it back.</source>
        <translation>已儲存。「復原」可以撤回。</translation>
    </message>
</context>
<context>
    <name>GroupList</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/dup_groups.py" line="24"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/dup_groups.py" line="24"/>
        <source>Contacts</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/dup_groups.py" line="24"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/guide_dialog.py" line="72"/>
        <source>User guide</source>
        <translation>使用者指南</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/guide_dialog.py" line="75"/>
        <source>The user guide is missing from this installation ({path}).</source>
        <translation>此安裝中缺少使用者指南（{path}）。</translation>
    </message>
</context>
<context>
    <name>HealthDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/health_dialog.py" line="100"/>
        <source>Data health</source>
        <translation>資料品質</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/health_dialog.py" line="105"/>
        <source>Check</source>
        <translation>檢查項</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/health_dialog.py" line="105"/>
        <source>Count</source>
        <translation>數量</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/health_dialog.py" line="105"/>
        <source>Detail</source>
        <translation>詳情</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/health_dialog.py" line="111"/>
        <source>&amp;Open</source>
        <translation>開啟(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/health_dialog.py" line="114"/>
        <source>&amp;Right as it is</source>
        <translation>無需修改(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/health_dialog.py" line="116"/>
        <source>Not reported again for this check until the contact changes.</source>
        <translation>在聯絡人發生變更之前，此項檢查不再報告它。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/health_dialog.py" line="118"/>
        <source>Check &amp;again</source>
        <translation>重新檢查(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/health_dialog.py" line="147"/>
        <source>Checking the vault…</source>
        <translation>正在檢查保險庫…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/health_dialog.py" line="161"/>
        <source>Tier {tier}: no interaction in {days} days</source>
        <translation>{tier} 級：{days} 天無互動</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/health_dialog.py" line="164"/>
        <source>Contacts without a phone</source>
        <translation>沒有電話的聯絡人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/health_dialog.py" line="165"/>
        <source>Contacts without an e-mail</source>
        <translation>沒有電子郵件的聯絡人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/health_dialog.py" line="166"/>
        <source>People without an organization</source>
        <translation>沒有所屬機構的個人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/health_dialog.py" line="167"/>
        <source>Contacts without a tier</source>
        <translation>沒有等級的聯絡人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/health_dialog.py" line="168"/>
        <source>Phones that did not parse (kept as typed)</source>
        <translation>無法解析的電話（按原樣儲存）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/health_dialog.py" line="169"/>
        <source>Invalid e-mails</source>
        <translation>無效的電子郵件</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/health_dialog.py" line="170"/>
        <source>Open deals past their expected close</source>
        <translation>已過預計成交日的進行中交易</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/health_dialog.py" line="171"/>
        <source>Overdue reminders</source>
        <translation>逾期的提醒</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/health_dialog.py" line="176"/>
        <source>last: {day}</source>
        <translation>最近：{day}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/health_dialog.py" line="177"/>
        <source>never met</source>
        <translation>從未互動</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/health_dialog.py" line="184"/>
        <source>{day}: {contacts} contacts ({people} people, {orgs} organizations)</source>
        <translation>{day}：{contacts} 個聯絡人（{people} 個個人，{orgs} 個機構）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/dialogs/health_dialog.py" line="192"/>
        <source>%n more marked right as it is</source>
        <translation>
            <numerusform>另有 %n 項已標為無需修改</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/health_dialog.py" line="199"/>
        <source>… and {n} more</source>
        <translation>… 另有 {n} 項</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/health_dialog.py" line="204"/>
        <source>Groups of likely duplicates</source>
        <translation>可能重複的記錄組</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/health_dialog.py" line="206"/>
        <source>Open the group to merge its records, or mark them not the same.</source>
        <translation>開啟該組以合併其記錄，或標記為不是同一個。</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/history_view.py" line="53"/>
        <source>undone</source>
        <translation>已復原</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/history_view.py" line="65"/>
        <source>No changes recorded yet.</source>
        <translation>尚無變更記錄。</translation>
    </message>
</context>
<context>
    <name>ImportDuplicates</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_duplicates.py" line="40"/>
        <source>Skip</source>
        <translation>跳過</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_duplicates.py" line="41"/>
        <source>Create a new contact</source>
        <translation>新增聯絡人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_duplicates.py" line="42"/>
        <source>Update (the file&apos;s values replace)</source>
        <translation>更新（用檔案中的值取代）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_duplicates.py" line="43"/>
        <source>Merge (add what is missing)</source>
        <translation>合併（補上缺少的內容）</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="15"/>
        <source>Kind (meeting, call, e-mail, note)</source>
        <translation>類型（會議、電話、電子郵件、備註）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="17"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="18"/>
        <source>Kind (person / organization)</source>
        <translation>類型（個人/機構）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="19"/>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="20"/>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="21"/>
        <source>Given name (phonetic)</source>
        <translation>名（拼音）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="22"/>
        <source>Family name (phonetic)</source>
        <translation>姓（拼音）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="23"/>
        <source>Other names</source>
        <translation>其他名稱</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="24"/>
        <source>Organization</source>
        <translation>機構</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="25"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="26"/>
        <source>Department</source>
        <translation>部門</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="27"/>
        <source>Title</source>
        <translation>職務</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="28"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="29"/>
        <source>Website</source>
        <translation>網站</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="30"/>
        <source>Tier</source>
        <translation>等級</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="31"/>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="32"/>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="33"/>
        <source>Owner</source>
        <translation>負責人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="34"/>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="35"/>
        <source>Phone label</source>
        <translation>電話類別</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="36"/>
        <source>E-mail</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="37"/>
        <source>E-mail label</source>
        <translation>電子郵件類別</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="38"/>
        <source>Address (one line)</source>
        <translation>地址（單行）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="39"/>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="40"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="41"/>
        <source>Region / province</source>
        <translation>地區/省份</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="42"/>
        <source>Postcode</source>
        <translation>郵遞區號</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="43"/>
        <source>Country</source>
        <translation>國家/地區</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="44"/>
        <source>Address label</source>
        <translation>地址類別</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="45"/>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="46"/>
        <source>Group members</source>
        <translation>群組成員</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="47"/>
        <source>Keep as custom field</source>
        <translation>保留為自訂欄位</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="48"/>
        <source>Custom field label</source>
        <translation>自訂欄位名稱</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="49"/>
        <source>Custom field value</source>
        <translation>自訂欄位值</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="50"/>
        <source>Skip (do not import)</source>
        <translation>跳過（不匯入）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="51"/>
        <source>Record id (uid)</source>
        <translation>記錄 ID (uid)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="52"/>
        <source>Deal name</source>
        <translation>交易名稱</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="53"/>
        <source>Client</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="54"/>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="55"/>
        <source>Currency</source>
        <translation>幣種</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="56"/>
        <source>Stage</source>
        <translation>階段</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="57"/>
        <source>Probability</source>
        <translation>機率</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="58"/>
        <source>Expected close</source>
        <translation>預計成交日</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="59"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="60"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="61"/>
        <source>Close reason</source>
        <translation>結束原因</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="62"/>
        <source>Retainer fee</source>
        <translation>聘用費</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="63"/>
        <source>Success fee (amount)</source>
        <translation>成功費（金額）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="64"/>
        <source>Success fee (%)</source>
        <translation>成功費（%）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="65"/>
        <source>Parties</source>
        <translation>參與方</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="66"/>
        <source>Date and time</source>
        <translation>日期和時間</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="67"/>
        <source>Subject</source>
        <translation>主題</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="68"/>
        <source>Text</source>
        <translation>內容</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="69"/>
        <source>Participants</source>
        <translation>參與人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="70"/>
        <source>Deal</source>
        <translation>交易</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="81"/>
        <source>Contacts</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="82"/>
        <source>Deals</source>
        <translation>交易</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="83"/>
        <source>Interactions (meetings, calls, notes)</source>
        <translation>互動（會議、電話、備註）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="89"/>
        <source>CSV (text)</source>
        <translation>CSV（文字）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="90"/>
        <source>Excel workbook (XLSX)</source>
        <translation>Excel 工作簿 (XLSX)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="91"/>
        <source>vCard</source>
        <translation>vCard</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="92"/>
        <source>crm-desktop JSON export</source>
        <translation>crm-desktop JSON 匯出檔案</translation>
    </message>
</context>
<context>
    <name>ImportHistory</name>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/import_history.py" line="51"/>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/import_history.py" line="51"/>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/import_history.py" line="51"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/import_history.py" line="52"/>
        <source>Rows</source>
        <translation>列數</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/import_history.py" line="52"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/import_history.py" line="60"/>
        <source>&amp;Undo this import</source>
        <translation>復原此次匯入(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/import_history.py" line="82"/>
        <source>Imported</source>
        <translation>已匯入</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/import_history.py" line="82"/>
        <source>Undone</source>
        <translation>已復原</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/import_history.py" line="82"/>
        <source>Unfinished</source>
        <translation>未完成</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/import_history.py" line="95"/>
        <source>No imports yet.</source>
        <translation>還沒有匯入記錄。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/import_history.py" line="116"/>
        <source>Undoing the import of {name}…</source>
        <translation>正在復原 {name} 的匯入…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/import_history.py" line="122"/>
        <source>The import of {name} is undone.</source>
        <translation>{name} 的匯入已復原。</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/import_history.py" line="136"/>
        <source>Import history</source>
        <translation>匯入歷史</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/import_wizard.py" line="35"/>
        <source>Import</source>
        <translation>匯入</translation>
    </message>
</context>
<context>
    <name>InteractionQuickAdd</name>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/interaction_quick_add.py" line="59"/>
        <source>Log an interaction</source>
        <translation>記錄互動</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/interaction_quick_add.py" line="84"/>
        <source>What it was about</source>
        <translation>事由</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/interaction_quick_add.py" line="87"/>
        <source>Notes (Ctrl+Enter saves)</source>
        <translation>備註（Ctrl+Enter 儲存）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/interaction_quick_add.py" line="91"/>
        <source>Contact:</source>
        <translation>聯絡人：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/interaction_quick_add.py" line="93"/>
        <source>Kind:</source>
        <translation>類型：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/interaction_quick_add.py" line="94"/>
        <source>When:</source>
        <translation>時間：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/interaction_quick_add.py" line="95"/>
        <source>Subject:</source>
        <translation>主題：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/interaction_quick_add.py" line="96"/>
        <source>Notes:</source>
        <translation>備註：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/interaction_quick_add.py" line="99"/>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/interaction_quick_add.py" line="148"/>
        <source>Find the contact first: type part of a name.</source>
        <translation>請先找到聯絡人：輸入姓名的一部分。</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="13"/>
        <source>Meeting</source>
        <translation>會議</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="14"/>
        <source>Call</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="15"/>
        <source>E-mail</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="16"/>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="22"/>
        <source>Sponsor</source>
        <translation>發起人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="23"/>
        <source>Lender</source>
        <translation>貸款方</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="24"/>
        <source>Investor</source>
        <translation>投資方</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="25"/>
        <source>Adviser</source>
        <translation>顧問</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="26"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="32"/>
        <source>Open</source>
        <translation>進行中</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="33"/>
        <source>Won</source>
        <translation>贏單</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="34"/>
        <source>Lost</source>
        <translation>輸單</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="35"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="41"/>
        <source>Contact</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="42"/>
        <source>Deal</source>
        <translation>交易</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="43"/>
        <source>Interaction</source>
        <translation>互動</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="44"/>
        <source>Reminder</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="45"/>
        <source>Deal note</source>
        <translation>交易備註</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="46"/>
        <source>Attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="59"/>
        <source>hourly</source>
        <translation>每小時</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="60"/>
        <source>daily</source>
        <translation>每天</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="61"/>
        <source>weekly</source>
        <translation>每週</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="62"/>
        <source>monthly</source>
        <translation>每月</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="63"/>
        <source>yearly</source>
        <translation>每年</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="66"/>
        <source>every %1 hours</source>
        <translation>每 %1 小時</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="67"/>
        <source>every %1 days</source>
        <translation>每 %1 天</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="68"/>
        <source>every %1 weeks</source>
        <translation>每 %1 週</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="69"/>
        <source>every %1 months</source>
        <translation>每 %1 個月</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="70"/>
        <source>every %1 years</source>
        <translation>每 %1 年</translation>
    </message>
</context>
<context>
    <name>LockedPage</name>
    <message>
        <location filename="../../crm_desktop/gui/pages/locked_page.py" line="27"/>
        <source>&lt;h2&gt;The vault is locked&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;保險庫已鎖定&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/locked_page.py" line="28"/>
        <source>Unlock…</source>
        <translation>解鎖…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Search contacts ({keys})</source>
        <translation type="vanished">搜尋聯絡人（{keys}）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="122"/>
        <source>Search contacts, deals and notes ({keys})</source>
        <translation>搜尋聯絡人、交易和備註（{keys}）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="126"/>
        <source>Contacts</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="126"/>
        <source>Deals</source>
        <translation>交易</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="126"/>
        <location filename="../../crm_desktop/gui/main_window.py" line="187"/>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="126"/>
        <source>Dashboard</source>
        <translation>儀表板</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="127"/>
        <source>Trash</source>
        <translation>垃圾桶</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="180"/>
        <source>crm-desktop</source>
        <translation>crm-desktop</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="187"/>
        <source>Reminders ({n})</source>
        <translation>提醒（{n}）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/main_window.py" line="188"/>
        <source>%n reminder(s) overdue</source>
        <translation>
            <numerusform>%n 條提醒已逾期</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="236"/>
        <source>Logged</source>
        <translation>已記錄</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="249"/>
        <location filename="../../crm_desktop/gui/main_window.py" line="254"/>
        <source>Added {name}</source>
        <translation>已新增 {name}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="259"/>
        <source>Reminder added</source>
        <translation>已新增提醒</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_mapping_page.py" line="44"/>
        <source>Match the columns to fields</source>
        <translation>為檔案的每一欄選擇欄位</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_mapping_page.py" line="47"/>
        <source>Column in the file</source>
        <translation>檔案中的欄</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_mapping_page.py" line="47"/>
        <source>First values</source>
        <translation>前幾個值</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_mapping_page.py" line="48"/>
        <source>Imported as</source>
        <translation>匯入為</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_mapping_page.py" line="62"/>
        <source>guess (month first when unclear)</source>
        <translation>自動（歧義時月在前）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_mapping_page.py" line="62"/>
        <source>year-month-day</source>
        <translation>年-月-日</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_mapping_page.py" line="63"/>
        <source>month/day/year</source>
        <translation>月/日/年</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_mapping_page.py" line="63"/>
        <source>day/month/year</source>
        <translation>日/月/年</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_mapping_page.py" line="66"/>
        <source>&amp;Dates like 03/04/2024 are:</source>
        <translation>03/04/2024 這樣的日期是(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_mapping_page.py" line="71"/>
        <source>&amp;Preset:</source>
        <translation>預設(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_mapping_page.py" line="73"/>
        <source>&amp;Load</source>
        <translation>載入(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_mapping_page.py" line="75"/>
        <source>Sa&amp;ve as preset…</source>
        <translation>另存為預設(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_mapping_page.py" line="100"/>
        <source>{n} columns, read as {what}. A column left as a custom field is kept under its own name; choose Skip to leave it out.</source>
        <translation>{n} 欄，按{what}讀取。設為自訂欄位的欄以原欄名儲存；選擇「跳過」則不匯入該欄。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_mapping_page.py" line="128"/>
        <source>Field for column {column}</source>
        <translation>「{column}」欄對應的欄位</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_mapping_page.py" line="167"/>
        <source>Preset “{name}” loaded.</source>
        <translation>已載入預設「{name}」。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_mapping_page.py" line="170"/>
        <source>Save as preset</source>
        <translation>另存為預設</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_mapping_page.py" line="171"/>
        <source>A name for this mapping:</source>
        <translation>此對應的名稱：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_mapping_page.py" line="185"/>
        <source>Saved as preset “{name}”.</source>
        <translation>已另存為預設「{name}」。</translation>
    </message>
</context>
<context>
    <name>MergeChooser</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/dup_compare.py" line="87"/>
        <source>Choose a group on the left to compare its records.</source>
        <translation>在左側選擇一組以比較其中的記錄。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/widgets/dup_compare.py" line="103"/>
        <source>%n interaction(s)</source>
        <translation>
            <numerusform>%n 次互動</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/widgets/dup_compare.py" line="104"/>
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n 筆交易</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/widgets/dup_compare.py" line="105"/>
        <source>%n reminder(s)</source>
        <translation>
            <numerusform>%n 條提醒</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/dup_compare.py" line="110"/>
        <source>Keep this record</source>
        <translation>保留這條記錄</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/dup_compare.py" line="112"/>
        <source>The other records go to the trash, marked merged; everything linked to them moves to this one.</source>
        <translation>其他記錄會移到垃圾桶並標為已合併；與它們關聯的所有內容都轉到這條記錄。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/dup_compare.py" line="116"/>
        <source>Carries:</source>
        <translation>關聯內容：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/dup_compare.py" line="162"/>
        <source>All of them</source>
        <translation>全部保留</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/dup_compare.py" line="162"/>
        <source>Both, joined</source>
        <translation>兩者合併</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <location filename="../../crm_desktop/gui/notifier.py" line="49"/>
        <source>Reminder due</source>
        <translation>提醒到期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/notifier.py" line="62"/>
        <source>and %n more</source>
        <translation>另有 %n 條</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/notifier.py" line="64"/>
        <source>Due now: {what}</source>
        <translation>現在到期：{what}</translation>
    </message>
</context>
<context>
    <name>PartyDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/party_dialog.py" line="52"/>
        <source>Add a party</source>
        <translation>新增參與方</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/party_dialog.py" line="56"/>
        <source>Type a name, a phone or an e-mail</source>
        <translation>輸入姓名、電話或電子郵件</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/party_dialog.py" line="65"/>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/party_dialog.py" line="79"/>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/party_dialog.py" line="111"/>
        <source>Find the contact first.</source>
        <translation>請先找到聯絡人。</translation>
    </message>
</context>
<context>
    <name>PathField</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/path_field.py" line="21"/>
        <source>&amp;Browse…</source>
        <translation>瀏覽(&amp;B)…</translation>
    </message>
</context>
<context>
    <name>PipelineBoard</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/pipeline_board.py" line="99"/>
        <source>Open</source>
        <translation>開啟</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/pipeline_board.py" line="100"/>
        <source>Move to</source>
        <translation>移到</translation>
    </message>
</context>
<context>
    <name>PipelineChart</name>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/widgets/pipeline_chart.py" line="109"/>
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n 筆交易</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/pipeline_chart.py" line="112"/>
        <source>No open deals yet.</source>
        <translation>還沒有進行中的交易。</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_preview_page.py" line="48"/>
        <source>Check before importing</source>
        <translation>匯入前檢查</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_preview_page.py" line="49"/>
        <source>Nothing has been written yet. Import writes every row below in one step, which can be undone as a whole.</source>
        <translation>尚未寫入任何內容。「匯入」會一次寫入下面的所有列，並可整體復原。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_preview_page.py" line="52"/>
        <source>&amp;Import</source>
        <translation>匯入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_preview_page.py" line="63"/>
        <source>&amp;Rows that match a record already in the vault:</source>
        <translation>與保險庫中已有記錄相符的列(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_preview_page.py" line="98"/>
        <source>Same phone or e-mail: merge them; the others I choose</source>
        <translation>電話或電子郵件相同的合併，其餘由我選擇</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_preview_page.py" line="99"/>
        <source>Skip them (the vault keeps its record)</source>
        <translation>跳過（保留保險庫中的記錄）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_preview_page.py" line="100"/>
        <source>Import them as new records</source>
        <translation>作為新記錄匯入</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_preview_page.py" line="102"/>
        <source>Merge them all: add what a contact lacks, overwrite nothing</source>
        <translation>全部合併：補上聯絡人缺少的內容，不覆蓋任何內容</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_preview_page.py" line="104"/>
        <source>Update the existing contact with the file&apos;s values</source>
        <translation>用檔案中的值更新已有聯絡人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_preview_page.py" line="121"/>
        <source>{name} is a crm-desktop JSON export: it is restored whole, and records the vault already holds are skipped.</source>
        <translation>{name} 是 crm-desktop 的 JSON 匯出檔案：將整體恢復，保險庫中已有的記錄會被跳過。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_preview_page.py" line="126"/>
        <source>Reading every row of {name} to see what importing it would do…</source>
        <translation>正在讀取 {name} 的每一列，預估匯入結果…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/widgets/import_preview_page.py" line="158"/>
        <source>&lt;b&gt;%n&lt;/b&gt; new</source>
        <translation>
            <numerusform>新增 &lt;b&gt;%n&lt;/b&gt; 條</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/widgets/import_preview_page.py" line="159"/>
        <source>&lt;b&gt;%n&lt;/b&gt; to merge into a contact</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; 列將合併進已有聯絡人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/widgets/import_preview_page.py" line="160"/>
        <source>&lt;b&gt;%n&lt;/b&gt; to update</source>
        <translation>
            <numerusform>更新 &lt;b&gt;%n&lt;/b&gt; 條</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/widgets/import_preview_page.py" line="161"/>
        <source>&lt;b&gt;%n&lt;/b&gt; possible duplicate(s) for you to check</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; 列可能重複，需要您檢視</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; possible duplicate(s)</source>
        <translation type="vanished">
            <numerusform>&lt;b&gt;%n&lt;/b&gt; 條可能重複</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/widgets/import_preview_page.py" line="162"/>
        <source>&lt;b&gt;%n&lt;/b&gt; row(s) with errors, not imported</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; 列有錯誤，不匯入</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_preview_page.py" line="165"/>
        <source>Rows to check are skipped unless you choose another action for them (in bold below: F2 or a click on the action).</source>
        <translation>需要檢視的列預設跳過，除非您為它們選擇其他處理方式（下方粗體列：按 F2 或點選處理方式）。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/widgets/import_preview_page.py" line="168"/>
        <source>%n problem(s) listed below, errors first.</source>
        <translation>
            <numerusform>下面列出 %n 個問題，錯誤在前。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_preview_page.py" line="170"/>
        <source>This file was imported before ({when}, {status}).</source>
        <translation>此檔案以前匯入過（{when}，{status}）。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/widgets/import_preview_page.py" line="173"/>
        <source>Possible duplicates (%n)</source>
        <translation>
            <numerusform>可能重複（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/widgets/import_preview_page.py" line="174"/>
        <source>Problems (%n)</source>
        <translation>
            <numerusform>問題（%n）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_preview_page.py" line="212"/>
        <source>Importing {name}…</source>
        <translation>正在匯入 {name}…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_preview_page.py" line="213"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_preview_page.py" line="215"/>
        <source>Import</source>
        <translation>匯入</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_preview_page.py" line="234"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_preview_page.py" line="241"/>
        <source>Importing: {n} rows read…</source>
        <translation>正在匯入：已讀取 {n} 列…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_preview_page.py" line="263"/>
        <source>Import cancelled: nothing was written.</source>
        <translation>匯入已取消：未寫入任何內容。</translation>
    </message>
</context>
<context>
    <name>ProblemModel</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_problems.py" line="25"/>
        <source>Row</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_problems.py" line="25"/>
        <source>Line</source>
        <translation>行號</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_problems.py" line="25"/>
        <source>Column</source>
        <translation>欄</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_problems.py" line="25"/>
        <source>Field</source>
        <translation>欄位</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_problems.py" line="26"/>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_problems.py" line="26"/>
        <source>What is wrong</source>
        <translation>問題</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_problems.py" line="52"/>
        <source>whole file</source>
        <translation>整個檔案</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_problems.py" line="60"/>
        <source>Error: not imported</source>
        <translation>錯誤：未匯入</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_problems.py" line="60"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
</context>
<context>
    <name>QuickAddDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/quick_add.py" line="44"/>
        <source>Add a contact</source>
        <translation>新增聯絡人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/quick_add.py" line="48"/>
        <source>Person</source>
        <translation>個人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/quick_add.py" line="49"/>
        <source>Organization</source>
        <translation>機構</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/quick_add.py" line="52"/>
        <source>Kind:</source>
        <translation>類型：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/quick_add.py" line="53"/>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/quick_add.py" line="53"/>
        <source>Organization:</source>
        <translation>機構：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/quick_add.py" line="54"/>
        <source>Title:</source>
        <translation>職務：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/quick_add.py" line="54"/>
        <source>Phone:</source>
        <translation>電話：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/quick_add.py" line="55"/>
        <source>E-mail:</source>
        <translation>電子郵件：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/quick_add.py" line="59"/>
        <source>Tier:</source>
        <translation>等級：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/quick_add.py" line="72"/>
        <source>Add</source>
        <translation>新增</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/record_html.py" line="48"/>
        <source>No interactions yet.</source>
        <translation>還沒有互動。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/record_html.py" line="51"/>
        <source>The newest {shown} of {total}.</source>
        <translation>共 {total} 條，顯示最新的 {shown} 條。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/record_html.py" line="59"/>
        <source>No notes yet.</source>
        <translation>還沒有備註。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/record_html.py" line="76"/>
        <source>No reminders.</source>
        <translation>沒有提醒。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/record_html.py" line="85"/>
        <source>No deals.</source>
        <translation>沒有交易。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/record_html.py" line="91"/>
        <source>No parties yet.</source>
        <translation>還沒有參與方。</translation>
    </message>
</context>
<context>
    <name>ReminderModel</name>
    <message>
        <location filename="../../crm_desktop/gui/models/reminder_model.py" line="65"/>
        <source>{when} in {zone}</source>
        <translation>{zone} 時間 {when}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/reminder_model.py" line="68"/>
        <source>Snoozed; first due {when}</source>
        <translation>已推遲；原定 {when} 到期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/reminder_model.py" line="84"/>
        <source>Done</source>
        <translation>完成時間</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/reminder_model.py" line="84"/>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/reminder_model.py" line="84"/>
        <source>What</source>
        <translation>事項</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/reminder_model.py" line="84"/>
        <source>About</source>
        <translation>相關</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/reminder_model.py" line="85"/>
        <source>Repeats</source>
        <translation>重複</translation>
    </message>
</context>
<context>
    <name>ReminderQuickAddDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/reminder_quick_add.py" line="48"/>
        <source>Add a reminder</source>
        <translation>新增提醒</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/reminder_quick_add.py" line="59"/>
        <source>Does not repeat</source>
        <translation>不重複</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/reminder_quick_add.py" line="59"/>
        <source>Every day</source>
        <translation>每天</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/reminder_quick_add.py" line="59"/>
        <source>Every week</source>
        <translation>每週</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/reminder_quick_add.py" line="60"/>
        <source>Every month</source>
        <translation>每月</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/reminder_quick_add.py" line="60"/>
        <source>Every year</source>
        <translation>每年</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/reminder_quick_add.py" line="63"/>
        <source>What:</source>
        <translation>事項：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/reminder_quick_add.py" line="64"/>
        <source>When:</source>
        <translation>時間：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/reminder_quick_add.py" line="66"/>
        <source>Repeats:</source>
        <translation>重複：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/reminder_quick_add.py" line="70"/>
        <source>About:</source>
        <translation>相關：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/reminder_quick_add.py" line="73"/>
        <source>Add</source>
        <translation>新增</translation>
    </message>
</context>
<context>
    <name>RemindersPage</name>
    <message>
        <location filename="../../crm_desktop/gui/pages/reminders_page.py" line="105"/>
        <location filename="../../crm_desktop/gui/pages/reminders_page.py" line="120"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/reminders_page.py" line="106"/>
        <source>Mark the selected reminders done (Ctrl+Return)</source>
        <translation>將所選提醒標為完成（Ctrl+Return）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/reminders_page.py" line="107"/>
        <source>Snooze</source>
        <translation>推遲</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/reminders_page.py" line="108"/>
        <source>New reminder…</source>
        <translation>新增提醒…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/reminders_page.py" line="109"/>
        <source>Add a reminder (Ctrl+Shift+R)</source>
        <translation>新增提醒（Ctrl+Shift+R）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/reminders_page.py" line="111"/>
        <source>For an hour</source>
        <translation>推遲一小時</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/reminders_page.py" line="111"/>
        <source>Until tomorrow</source>
        <translation>推遲到明天</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/reminders_page.py" line="112"/>
        <source>Until next week</source>
        <translation>推遲到下週</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/reminders_page.py" line="114"/>
        <source>Until a date…</source>
        <translation>推遲到指定時間…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/reminders_page.py" line="119"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/reminders_page.py" line="119"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/reminders_page.py" line="119"/>
        <source>Upcoming</source>
        <translation>即將到期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/reminders_page.py" line="185"/>
        <source>Nothing due today.</source>
        <translation>今天沒有到期的提醒。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/reminders_page.py" line="185"/>
        <source>Nothing overdue. Well done.</source>
        <translation>沒有逾期的提醒。做得好。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/reminders_page.py" line="186"/>
        <source>No reminders ahead. Ctrl+Shift+R adds one.</source>
        <translation>之後沒有提醒。按 Ctrl+Shift+R 新增。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/reminders_page.py" line="187"/>
        <source>No reminders done yet.</source>
        <translation>還沒有完成的提醒。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/reminders_page.py" line="191"/>
        <source>Add a reminder ({keys})</source>
        <translation>新增提醒（{keys}）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/reminders_page.py" line="193"/>
        <source>Nothing due — add a reminder</source>
        <translation>沒有到期事項——新增一條提醒</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/reminders_page.py" line="194"/>
        <source>A reminder brings a follow-up back on its day: a call to return, a document to chase. It can repeat, and it can be about a contact or a deal.</source>
        <translation>提醒會在當天把要跟進的事提到您面前：要回的電話、要催的文件。提醒可以重複，也可以關聯到聯絡人或交易。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/reminders_page.py" line="219"/>
        <source>Done. Next time: {when}</source>
        <translation>已完成。下一次：{when}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/reminders_page.py" line="221"/>
        <source>Done.</source>
        <translation>已完成。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/reminders_page.py" line="234"/>
        <source>Snoozed until {when}</source>
        <translation>已推遲到 {when}</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_dialog.py" line="64"/>
        <source>Write a report</source>
        <translation>產生報告</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_dialog.py" line="84"/>
        <source>That contact is no longer in the vault.</source>
        <translation>該聯絡人已不在保險庫中。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_dialog.py" line="87"/>
        <source>Save the report as</source>
        <translation>報告另存為</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_dialog.py" line="87"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_dialog.py" line="93"/>
        <source>&amp;Open</source>
        <translation>開啟(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_dialog.py" line="95"/>
        <source>Show in &amp;folder</source>
        <translation>在資料夾中顯示(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_dialog.py" line="97"/>
        <source>&amp;Write PDF</source>
        <translation>產生 PDF(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_dialog.py" line="138"/>
        <source>&amp;Report:</source>
        <translation>報告(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_dialog.py" line="139"/>
        <source>&amp;Period:</source>
        <translation>期間(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_dialog.py" line="141"/>
        <source>&amp;Contact:</source>
        <translation>聯絡人(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_dialog.py" line="142"/>
        <source>&amp;Language:</source>
        <translation>語言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_dialog.py" line="143"/>
        <source>&amp;Save as:</source>
        <translation>儲存為(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_dialog.py" line="166"/>
        <source>A dossier covers the whole history, whatever the dates.</source>
        <translation>客戶檔案涵蓋全部歷史，不受日期限制。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_dialog.py" line="168"/>
        <source>This report describes the vault as it is today.</source>
        <translation>此報告反映保險庫今天的狀況。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_dialog.py" line="217"/>
        <source>Choose where to save the report.</source>
        <translation>請選擇報告的儲存位置。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_dialog.py" line="220"/>
        <source>Find the contact or organization for the dossier first.</source>
        <translation>請先找到客戶檔案所對應的聯絡人或機構。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_dialog.py" line="222"/>
        <source>The period starts after it ends.</source>
        <translation>期間的開始日期晚於結束日期。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_dialog.py" line="224"/>
        <source>{path} is a folder. Type a file name.</source>
        <translation>{path} 是資料夾。請輸入檔名。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_dialog.py" line="226"/>
        <source>The folder {folder} does not exist.</source>
        <translation>資料夾 {folder} 不存在。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_dialog.py" line="230"/>
        <source>Reading the vault…</source>
        <translation>正在讀取保險庫…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_dialog.py" line="230"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_dialog.py" line="232"/>
        <source>Writing the report</source>
        <translation>正在產生報告</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_dialog.py" line="244"/>
        <source>Laying out the pages…</source>
        <translation>正在排版…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/dialogs/report_dialog.py" line="260"/>
        <source>Saved {name}: %n page(s).</source>
        <translation>
            <numerusform>已儲存 {name}：共 %n 頁。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_dialog.py" line="268"/>
        <source>Cancelled: no file was written.</source>
        <translation>已取消：未寫入檔案。</translation>
    </message>
</context>
<context>
    <name>ReportNames</name>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_names.py" line="18"/>
        <source>Pipeline</source>
        <translation>交易進展</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_names.py" line="19"/>
        <source>Follow-ups</source>
        <translation>跟進</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_names.py" line="20"/>
        <source>Going cold</source>
        <translation>漸趨冷淡</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_names.py" line="21"/>
        <source>Activity</source>
        <translation>互動動態</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_names.py" line="22"/>
        <source>Data health</source>
        <translation>資料品質</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_names.py" line="23"/>
        <source>Client dossier</source>
        <translation>客戶檔案</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_names.py" line="29"/>
        <source>Open deals by stage and currency with fees, the forecast by month, deals won and lost in the period, and time spent in each stage.</source>
        <translation>按階段和幣種列出進行中的交易及費用、按月預測、期間內贏單和輸單的交易，以及在各階段停留的時間。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_names.py" line="31"/>
        <source>Reminders overdue, due today and coming up, with their contact and deal.</source>
        <translation>逾期、今天到期和即將到期的提醒，以及相關的聯絡人和交易。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_names.py" line="33"/>
        <source>Clients silent for longer than their tier allows, most silent first.</source>
        <translation>超過其等級允許的時間沒有聯絡的客戶，沉寂最久的排在前面。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_names.py" line="35"/>
        <source>Meetings, calls, e-mails and notes logged in the period, week by week.</source>
        <translation>期間內記錄的會議、電話、電子郵件和備註，按周列出。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_names.py" line="37"/>
        <source>Missing and invalid phones and e-mails, people without an organization, deals past their expected close.</source>
        <translation>缺失或無效的電話和電子郵件、沒有所屬機構的個人、已過預計成交日的交易。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_names.py" line="39"/>
        <source>Everything about one contact or organization: details, people, deals, reminders and the whole history with minutes.</source>
        <translation>一個聯絡人或機構的全部資訊：詳細資料、相關人員、交易、提醒，以及含會議紀要的完整歷史。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_names.py" line="47"/>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_names.py" line="48"/>
        <source>Last month</source>
        <translation>上個月</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_names.py" line="49"/>
        <source>This quarter</source>
        <translation>本季</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_names.py" line="50"/>
        <source>Last quarter</source>
        <translation>上一季</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_names.py" line="51"/>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_names.py" line="52"/>
        <source>Last year</source>
        <translation>去年</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_names.py" line="55"/>
        <source>Custom dates</source>
        <translation>自訂日期</translation>
    </message>
</context>
<context>
    <name>SavedFile</name>
    <message>
        <location filename="../../crm_desktop/gui/saved_file.py" line="35"/>
        <source>You may not write to the folder {folder}. Choose another folder.</source>
        <translation>您無權寫入資料夾 {folder}。請選擇其他資料夾。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/saved_file.py" line="39"/>
        <source>The disk is full: there is no room for {name} in {folder}. Free some space or choose another disk.</source>
        <translation>磁碟已滿：{folder} 中沒有空間存放 {name}。請釋放一些空間，或選擇其他磁碟。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/saved_file.py" line="43"/>
        <source>{path} is a folder. Type a file name.</source>
        <translation>{path} 是資料夾。請輸入檔名。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/saved_file.py" line="46"/>
        <source>The folder {folder} does not exist.</source>
        <translation>資料夾 {folder} 不存在。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/saved_file.py" line="48"/>
        <source>{name} could not be written: {reason}.</source>
        <translation>無法寫入 {name}：{reason}。</translation>
    </message>
</context>
<context>
    <name>SearchModel</name>
    <message>
        <location filename="../../crm_desktop/gui/models/search_model.py" line="66"/>
        <source>No matches for “{text}”</source>
        <translation>沒有與「{text}」相符的結果</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/search_model.py" line="81"/>
        <source>Contacts</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/search_model.py" line="81"/>
        <source>Deals</source>
        <translation>交易</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/search_model.py" line="82"/>
        <source>Interactions and notes</source>
        <translation>互動和備註</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/search_model.py" line="90"/>
        <source>Show more than {n} contacts</source>
        <translation>顯示更多聯絡人（超過 {n} 個）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/search_model.py" line="91"/>
        <source>Show more than {n} deals</source>
        <translation>顯示更多交易（超過 {n} 筆）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/search_model.py" line="92"/>
        <source>Show more than {n} interactions</source>
        <translation>顯示更多互動（超過 {n} 條）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/models/search_model.py" line="93"/>
        <source>Show all %n contact(s)</source>
        <translation>
            <numerusform>顯示全部 %n 個聯絡人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/models/search_model.py" line="94"/>
        <source>Show all %n deal(s)</source>
        <translation>
            <numerusform>顯示全部 %n 筆交易</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/models/search_model.py" line="95"/>
        <source>Show all %n interaction(s)</source>
        <translation>
            <numerusform>顯示全部 %n 條互動</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/settings_dialog.py" line="28"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/settings_dialog.py" line="36"/>
        <source>&amp;General</source>
        <translation>一般(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/settings_dialog.py" line="37"/>
        <source>&amp;Pipeline</source>
        <translation>交易階段(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/settings_dialog.py" line="38"/>
        <source>Custom &amp;fields</source>
        <translation>自訂欄位(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/settings_dialog.py" line="39"/>
        <source>&amp;Tags</source>
        <translation>標籤(&amp;T)</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/shortcuts_dialog.py" line="12"/>
        <source>Keyboard shortcuts</source>
        <translation>鍵盤快捷鍵</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/shortcuts_dialog.py" line="17"/>
        <source>Clear the search</source>
        <translation>清除搜尋</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/shortcuts_dialog.py" line="17"/>
        <source>Save a field</source>
        <translation>儲存欄位</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/shortcuts_dialog.py" line="17"/>
        <source>Enter or Tab</source>
        <translation>Enter 或 Tab</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/shortcuts_dialog.py" line="18"/>
        <source>Move a deal card to the previous or next stage</source>
        <translation>把交易卡片移到上一個或下一個階段</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/shortcuts_dialog.py" line="19"/>
        <source>Open the deal card, the record in a list</source>
        <translation>開啟交易卡片或列表中的記錄</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/shortcuts_dialog.py" line="19"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/shortcuts_dialog.py" line="20"/>
        <source>Back from a deal to the board</source>
        <translation>從交易返回看板</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/shortcuts_dialog.py" line="21"/>
        <source>Add the note, log the interaction, mark reminders done</source>
        <translation>新增備註、記錄互動、將提醒標為完成</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/shortcuts_dialog.py" line="23"/>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/shortcuts_dialog.py" line="23"/>
        <source>Keys</source>
        <translation>按鍵</translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/snooze_dialog.py" line="16"/>
        <source>Snooze until…</source>
        <translation>推遲到…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/snooze_dialog.py" line="26"/>
        <source>Until:</source>
        <translation>直到：</translation>
    </message>
</context>
<context>
    <name>StageColumn</name>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/widgets/stage_column.py" line="60"/>
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n 筆交易</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/widgets/stage_column.py" line="65"/>
        <source>%n more in the list…</source>
        <translation>
            <numerusform>列表中還有 %n 筆…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StageEditor</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/stage_editor.py" line="34"/>
        <source>Stage</source>
        <translation>階段</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/stage_editor.py" line="34"/>
        <source>Probability</source>
        <translation>機率</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/stage_editor.py" line="34"/>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/stage_editor.py" line="35"/>
        <source>Deals</source>
        <translation>交易</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/stage_editor.py" line="39"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/stage_editor.py" line="41"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/stage_editor.py" line="43"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/stage_editor.py" line="48"/>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/stage_editor.py" line="54"/>
        <source>Name of a new stage</source>
        <translation>新階段名稱</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/stage_editor.py" line="58"/>
        <location filename="../../crm_desktop/gui/widgets/stage_editor.py" line="79"/>
        <source>Open</source>
        <translation>進行中</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/stage_editor.py" line="59"/>
        <location filename="../../crm_desktop/gui/widgets/stage_editor.py" line="79"/>
        <source>Won</source>
        <translation>贏單</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/stage_editor.py" line="60"/>
        <location filename="../../crm_desktop/gui/widgets/stage_editor.py" line="79"/>
        <source>Lost</source>
        <translation>輸單</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/stage_editor.py" line="61"/>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/stage_editor.py" line="66"/>
        <source>Selected:</source>
        <translation>所選：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/stage_editor.py" line="67"/>
        <source>New stage:</source>
        <translation>新階段：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/stage_editor.py" line="108"/>
        <location filename="../../crm_desktop/gui/widgets/stage_editor.py" line="111"/>
        <source>Saved {name}.</source>
        <translation>已儲存 {name}。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/stage_editor.py" line="120"/>
        <source>Added {name}.</source>
        <translation>已新增 {name}。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/stage_editor.py" line="127"/>
        <source>Removed {name}. Undo brings it back.</source>
        <translation>已移除 {name}。「復原」可以恢復。</translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/start_dialog.py" line="42"/>
        <source>Welcome to crm-desktop</source>
        <translation>歡迎使用 crm-desktop</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/start_dialog.py" line="56"/>
        <source>&lt;h2&gt;Welcome&lt;/h2&gt;&lt;p&gt;crm-desktop keeps your contacts, deals and notes in one encrypted file on this computer. Nothing leaves the machine.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;歡迎&lt;/h2&gt;&lt;p&gt;crm-desktop 將您的聯絡人、交易和記錄儲存在本機的一個加密檔案中。任何資料都不會離開這台電腦。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/start_dialog.py" line="59"/>
        <source>Create a vault</source>
        <translation>建立保險庫</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/start_dialog.py" line="62"/>
        <source>Try the demo</source>
        <translation>試用示範</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/start_dialog.py" line="64"/>
        <source>Open a vault file…</source>
        <translation>開啟保險庫檔案…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/start_dialog.py" line="82"/>
        <source>Change…</source>
        <translation>更改…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/start_dialog.py" line="96"/>
        <source>&lt;b&gt;Nobody can recover a lost passphrase&lt;/b&gt; — not us, not anyone. Without it the vault cannot be opened. Write it down and keep it somewhere safe.</source>
        <translation>&lt;b&gt;密碼一旦丟失，任何人都無法找回&lt;/b&gt;——我們不能，其他人也不能。沒有密碼就無法開啟保險庫。請把它寫下來，妥善保管。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/start_dialog.py" line="101"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/start_dialog.py" line="103"/>
        <source>Create the vault</source>
        <translation>建立保險庫</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/start_dialog.py" line="111"/>
        <source>Location:</source>
        <translation>位置：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/start_dialog.py" line="112"/>
        <source>Passphrase:</source>
        <translation>密碼：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/start_dialog.py" line="113"/>
        <source>Repeat it:</source>
        <translation>再輸入一次：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/start_dialog.py" line="135"/>
        <source>Too short: use at least {n} characters.</source>
        <translation>太短：至少使用 {n} 個字元。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/start_dialog.py" line="136"/>
        <source>Weak: add words — a few plain words make a strong passphrase.</source>
        <translation>弱：再加幾個詞——幾個普通詞語就能組成強密碼。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/start_dialog.py" line="137"/>
        <source>Fair: one or two more words would make it strong.</source>
        <translation>中等：再加一兩個詞就會很強。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/start_dialog.py" line="138"/>
        <source>Strong.</source>
        <translation>強。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/start_dialog.py" line="147"/>
        <source>The two passphrases differ. Type the same one twice.</source>
        <translation>兩次輸入的密碼不一致。請輸入相同的密碼兩次。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/start_dialog.py" line="153"/>
        <source>The passphrase is too short: use at least {n} characters.</source>
        <translation>密碼太短：至少使用 {n} 個字元。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/start_dialog.py" line="176"/>
        <source>Open a vault</source>
        <translation>開啟保險庫</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/start_dialog.py" line="183"/>
        <source>Where to keep the new vault</source>
        <translation>新保險庫的儲存位置</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/status_line.py" line="25"/>
        <source>Locked</source>
        <translation>已鎖定</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/status_line.py" line="25"/>
        <source>Unlocked</source>
        <translation>已解鎖</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/status_line.py" line="28"/>
        <source>Working…</source>
        <translation>處理中…</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_summary_page.py" line="31"/>
        <source>Import finished</source>
        <translation>匯入完成</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_summary_page.py" line="32"/>
        <source>The whole import is one step: “Undo this import” (or Edit → Undo, or the import history) takes it back out.</source>
        <translation>整個匯入是一步操作：「復原此次匯入」（或「編輯 → 復原」，或匯入歷史）可以把它整體撤回。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_summary_page.py" line="38"/>
        <source>Rows skipped or imported with a remark:</source>
        <translation>已跳過或附帶說明匯入的列：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_summary_page.py" line="42"/>
        <source>&amp;Save the rows not imported…</source>
        <translation>儲存未匯入的列(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_summary_page.py" line="44"/>
        <source>A CSV file of those rows, as they were, with why: fix them in Excel and import that file.</source>
        <translation>將這些列按原樣連同原因存為 CSV 檔案：在 Excel 中改正後再匯入該檔案。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_summary_page.py" line="47"/>
        <source>&amp;Undo this import</source>
        <translation>復原此次匯入(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_summary_page.py" line="67"/>
        <source>Imported from {name}:</source>
        <translation>從 {name} 匯入：</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/widgets/import_summary_page.py" line="68"/>
        <source>&lt;b&gt;%n&lt;/b&gt; record(s) created</source>
        <translation>
            <numerusform>新增 &lt;b&gt;%n&lt;/b&gt; 條記錄</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/widgets/import_summary_page.py" line="69"/>
        <source>&lt;b&gt;%n&lt;/b&gt; record(s) updated</source>
        <translation>
            <numerusform>更新 &lt;b&gt;%n&lt;/b&gt; 條記錄</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/widgets/import_summary_page.py" line="70"/>
        <source>&lt;b&gt;%n&lt;/b&gt; row(s) merged into existing contacts</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; 列合併進了已有聯絡人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/widgets/import_summary_page.py" line="71"/>
        <source>&lt;b&gt;%n&lt;/b&gt; row(s) skipped</source>
        <translation>
            <numerusform>跳過 &lt;b&gt;%n&lt;/b&gt; 列</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/widgets/import_summary_page.py" line="72"/>
        <source>&lt;b&gt;%n&lt;/b&gt; row(s) with errors, not imported</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; 列有錯誤，未匯入</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/widgets/import_summary_page.py" line="75"/>
        <source>The first %n problems are listed.</source>
        <translation>
            <numerusform>列出了前 %n 個問題。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_summary_page.py" line="87"/>
        <source>-not-imported</source>
        <translation>-未匯入</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_summary_page.py" line="88"/>
        <source>Save the rows not imported</source>
        <translation>儲存未匯入的列</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_summary_page.py" line="89"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/widgets/import_summary_page.py" line="104"/>
        <source>%n row(s) saved to {path}</source>
        <translation>
            <numerusform>已將 %n 列儲存到 {path}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_summary_page.py" line="116"/>
        <source>Undoing the import…</source>
        <translation>正在復原匯入…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_summary_page.py" line="121"/>
        <source>The import is undone: nothing of it is left in your lists.</source>
        <translation>匯入已復原：列表中不再有它的任何內容。</translation>
    </message>
</context>
<context>
    <name>TagEditor</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/tag_editor.py" line="20"/>
        <source>Tag</source>
        <translation>標籤</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/tag_editor.py" line="20"/>
        <source>Contacts</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/tag_editor.py" line="23"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/tag_editor.py" line="26"/>
        <source>Rename</source>
        <translation>重新命名</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/tag_editor.py" line="31"/>
        <source>Merge</source>
        <translation>合併</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/tag_editor.py" line="35"/>
        <source>Selected:</source>
        <translation>所選：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/tag_editor.py" line="36"/>
        <source>Merge into:</source>
        <translation>合併到：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/tag_editor.py" line="68"/>
        <source>Renamed to {name}.</source>
        <translation>已重新命名為 {name}。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/tag_editor.py" line="76"/>
        <source>Merged {old} into {name}.</source>
        <translation>已將 {old} 合併到 {name}。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/tag_editor.py" line="83"/>
        <source>Remove a tag</source>
        <translation>移除標籤</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/tag_editor.py" line="84"/>
        <source>Take the tag {name} off {count} contacts? Undo puts it back.</source>
        <translation>從 {count} 個聯絡人上移除標籤 {name}？「復原」可以恢復。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/tag_editor.py" line="88"/>
        <source>Removed {name}. Undo brings it back.</source>
        <translation>已移除 {name}。「復原」可以恢復。</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/timeline.py" line="83"/>
        <source>Subject (optional)</source>
        <translation>主題（可選）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/timeline.py" line="84"/>
        <source>What was said, what was agreed (Ctrl+Return logs it)</source>
        <translation>談了什麼、約定了什麼（Ctrl+Return 記錄）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/timeline.py" line="85"/>
        <source>Log</source>
        <translation>記錄</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/timeline.py" line="86"/>
        <source>When it happened</source>
        <translation>發生時間</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/timeline.py" line="87"/>
        <source>Show older</source>
        <translation>顯示更早的</translation>
    </message>
</context>
<context>
    <name>Tools</name>
    <message>
        <location filename="../../crm_desktop/gui/tools.py" line="63"/>
        <source>The passphrase was changed.</source>
        <translation>密碼已更改。</translation>
    </message>
</context>
<context>
    <name>TourDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/tour_dialog.py" line="109"/>
        <source>Welcome</source>
        <translation>歡迎</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/tour_dialog.py" line="110"/>
        <source>Everything you keep here is in one encrypted file on this computer; nothing leaves it. This tour shows the five pages in a minute: Next, or the → key, walks on.</source>
        <translation>您在這裡儲存的一切都在本機的一個加密檔案中，不會離開這台電腦。本導覽用一分鐘介紹五個頁面：點「下一步」或按 → 鍵繼續。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/tour_dialog.py" line="112"/>
        <source>locks the vault</source>
        <translation>鎖定保險庫</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/tour_dialog.py" line="113"/>
        <source>Contacts</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/tour_dialog.py" line="114"/>
        <source>People and organizations with their phones, e-mails, notes and history. Search by name, phone, e-mail or pinyin; filter by kind, tier, tag, or who needs a follow-up.</source>
        <translation>個人和機構，以及他們的電話、電子郵件、備註和歷史記錄。可按姓名、電話、電子郵件或拼音搜尋；按類型、等級、標籤或是否需要跟進篩選。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/tour_dialog.py" line="116"/>
        <location filename="../../crm_desktop/gui/dialogs/tour_dialog.py" line="121"/>
        <location filename="../../crm_desktop/gui/dialogs/tour_dialog.py" line="126"/>
        <location filename="../../crm_desktop/gui/dialogs/tour_dialog.py" line="132"/>
        <location filename="../../crm_desktop/gui/dialogs/tour_dialog.py" line="136"/>
        <source>shows this page</source>
        <translation>顯示此頁面</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/tour_dialog.py" line="116"/>
        <source>adds a contact</source>
        <translation>新增聯絡人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/tour_dialog.py" line="117"/>
        <source>searches</source>
        <translation>搜尋</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/tour_dialog.py" line="118"/>
        <source>Deals</source>
        <translation>交易</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/tour_dialog.py" line="119"/>
        <source>Your pipeline as a board: drag a card to its next stage, or press Alt+→. The list view filters deals by stage, status and owner.</source>
        <translation>以看板呈現的交易流程：把卡片拖到下一個階段，或按 Alt+→。列表檢視可按階段、狀態和負責人篩選交易。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/tour_dialog.py" line="122"/>
        <source>adds a deal</source>
        <translation>新增交易</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/tour_dialog.py" line="123"/>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/tour_dialog.py" line="124"/>
        <source>Follow-ups due today, overdue and ahead. Mark them done or snooze them; a recurring one comes back by itself.</source>
        <translation>今天到期、已逾期和即將到來的跟進事項。可標為完成或推遲；重複的提醒會自動再次出現。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/tour_dialog.py" line="127"/>
        <source>adds a reminder</source>
        <translation>新增提醒</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/tour_dialog.py" line="128"/>
        <source>marks the selected ones done</source>
        <translation>將所選項標為完成</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/tour_dialog.py" line="129"/>
        <source>Dashboard</source>
        <translation>儀表板</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/tour_dialog.py" line="130"/>
        <source>The open pipeline by stage, follow-ups due, clients going cold and this week&apos;s activity. Click a figure to open the records behind it.</source>
        <translation>各階段進行中的交易、到期的跟進、漸趨冷淡的客戶以及本週動態。點選數字即可開啟其背後的記錄。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/tour_dialog.py" line="133"/>
        <source>Trash and undo</source>
        <translation>垃圾桶與復原</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/tour_dialog.py" line="134"/>
        <source>Deleted records wait in the trash until you empty it, and Undo takes back the last change. Help lists every key, and this tour is there too.</source>
        <translation>刪除的記錄會留在垃圾桶，直到您清空它；「復原」可以撤回最近一次更改。「說明」選單列出所有快捷鍵，這個導覽也在那裡。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/tour_dialog.py" line="136"/>
        <source>undoes</source>
        <translation>復原</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/tour_dialog.py" line="137"/>
        <source>lists every key</source>
        <translation>列出所有快捷鍵</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/tour_dialog.py" line="141"/>
        <source>A quick tour</source>
        <translation>快速導覽</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/tour_dialog.py" line="142"/>
        <source>Don&apos;t show this again</source>
        <translation>不再顯示</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/tour_dialog.py" line="143"/>
        <source>Skip</source>
        <translation>跳過</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/tour_dialog.py" line="144"/>
        <source>Close the tour (Esc)</source>
        <translation>關閉導覽（Esc）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/tour_dialog.py" line="145"/>
        <source>&amp;Back</source>
        <translation>上一步(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/tour_dialog.py" line="170"/>
        <source>Step {n} of {total}</source>
        <translation>第 {n} 步，共 {total} 步</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/tour_dialog.py" line="175"/>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/tour_dialog.py" line="175"/>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
</context>
<context>
    <name>TrashModel</name>
    <message>
        <location filename="../../crm_desktop/gui/models/trash_model.py" line="56"/>
        <source>Kind</source>
        <translation>型別</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/trash_model.py" line="56"/>
        <source>Record</source>
        <translation>記錄</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/trash_model.py" line="56"/>
        <source>Deleted</source>
        <translation>刪除時間</translation>
    </message>
</context>
<context>
    <name>TrashPage</name>
    <message>
        <location filename="../../crm_desktop/gui/pages/trash_page.py" line="71"/>
        <source>Restore</source>
        <translation>恢復</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/trash_page.py" line="72"/>
        <source>Put the selected records back where they were (Enter)</source>
        <translation>把所選記錄放回原處（Enter）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/trash_page.py" line="73"/>
        <source>Empty trash…</source>
        <translation>清空垃圾桶…</translation>
    </message>
    <message>
        <source>The trash is empty.
What you delete waits here until you empty it.</source>
        <translation type="vanished">垃圾桶是空的。
刪除的內容會留在這裡，直到您清空垃圾桶。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/trash_page.py" line="74"/>
        <source>The trash is empty.</source>
        <translation>垃圾桶是空的。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/trash_page.py" line="75"/>
        <source>Deleted records stay here until you empty it.</source>
        <translation>刪除的記錄會留在這裡，直到您清空垃圾桶。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/pages/trash_page.py" line="93"/>
        <source>%n record(s) in the trash</source>
        <translation>
            <numerusform>垃圾桶中有 %n 條記錄</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/trash_page.py" line="112"/>
        <source>Restored {label}</source>
        <translation>已恢復 {label}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/trash_page.py" line="121"/>
        <source>Empty the trash?</source>
        <translation>清空垃圾桶？</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/pages/trash_page.py" line="122"/>
        <source>Erase %n record(s) in the trash permanently?</source>
        <translation>
            <numerusform>永久刪除垃圾桶中的 %n 條記錄？</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/trash_page.py" line="125"/>
        <source>This cannot be undone: Undo will not bring them back, and only a backup made before now still holds them.</source>
        <translation>此操作無法復原：「復原」不能找回它們，只有此前做的備份裡還有。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/trash_page.py" line="129"/>
        <source>Erase permanently</source>
        <translation>永久刪除</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/pages/trash_page.py" line="136"/>
        <source>Erased %n record(s) for good.</source>
        <translation>
            <numerusform>已永久刪除 %n 條記錄。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UndoRunner</name>
    <message>
        <location filename="../../crm_desktop/gui/undo_runner.py" line="30"/>
        <source>Redone: {what}</source>
        <translation>已重做：{what}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/undo_runner.py" line="30"/>
        <source>Undone: {what}</source>
        <translation>已復原：{what}</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/unlock_dialog.py" line="46"/>
        <source>Unlock {name}</source>
        <translation>解鎖 {name}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/unlock_dialog.py" line="48"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; is locked.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; 已鎖定。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/unlock_dialog.py" line="58"/>
        <source>Unlock</source>
        <translation>解鎖</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/unlock_dialog.py" line="62"/>
        <source>Other vault…</source>
        <translation>其他保險庫…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/unlock_dialog.py" line="69"/>
        <source>Passphrase:</source>
        <translation>密碼：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/unlock_dialog.py" line="89"/>
        <source>&amp;Salvage what can be read…</source>
        <translation>搶救可讀取的資料(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/unlock_dialog.py" line="107"/>
        <source>Type the passphrase of this vault.</source>
        <translation>請輸入此保險庫的密碼。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/unlock_dialog.py" line="111"/>
        <source>Unlocking…</source>
        <translation>正在解鎖…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/unlock_dialog.py" line="137"/>
        <source>A verified backup from {when} ({counts}) can take its place. The damaged file is kept aside in the backups folder, never deleted.</source>
        <translation>可以用 {when} 的已驗證備份（{counts}）取代它。損壞的檔案會另存到備份資料夾，不會被刪除。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/unlock_dialog.py" line="140"/>
        <source>&amp;Open the newest backup ({when})</source>
        <translation>開啟最新的備份（{when}）(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/unlock_dialog.py" line="142"/>
        <source>No verified backup of this vault was found beside it.</source>
        <translation>在此保險庫旁邊沒有找到已驗證的備份。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/unlock_dialog.py" line="153"/>
        <source>Restoring the backup, keeping the damaged file aside…</source>
        <translation>正在恢復備份，並另存損壞的檔案…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/unlock_dialog.py" line="161"/>
        <source>Restored. Opening…</source>
        <translation>已恢復。正在開啟…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/unlock_dialog.py" line="167"/>
        <source>Save what can be read</source>
        <translation>儲存可讀取的資料</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/unlock_dialog.py" line="173"/>
        <source>Reading what can be read…</source>
        <translation>正在讀取可讀取的資料…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/unlock_dialog.py" line="180"/>
        <source>Saved {rows} records into {out}.</source>
        <translation>已將 {rows} 條記錄儲存到 {out}。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/unlock_dialog.py" line="183"/>
        <source>Some rows were lost in: {tables}.</source>
        <translation>以下表格中有部分資料列遺失：{tables}。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/unlock_dialog.py" line="185"/>
        <source>The JSON file is not encrypted: keep it safe, delete it when done.</source>
        <translation>該 JSON 檔案未加密：請妥善保管，用完後刪除。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/unlock_dialog.py" line="187"/>
        <source>Open it with “Other vault…” and the same passphrase.</source>
        <translation>請用「其他保險庫…」和相同的密碼開啟它。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/unlock_dialog.py" line="191"/>
        <source>Open a vault</source>
        <translation>開啟保險庫</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>About</name>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/about.py" line="12"/>
        <source>About crm-desktop</source>
        <translation>关于 crm-desktop</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/about.py" line="13"/>
        <source>&lt;h3&gt;crm-desktop {version}&lt;/h3&gt;&lt;p&gt;An offline CRM for small project-financing teams: one encrypted file on this computer, no server.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;crm-desktop {version}&lt;/h3&gt;&lt;p&gt;为小型项目融资团队打造的离线 CRM：本机上一个加密文件，无需服务器。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="97"/>
        <source>&amp;New vault…</source>
        <translation>新建保险库(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="97"/>
        <source>&amp;Open vault…</source>
        <translation>打开保险库(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="98"/>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="98"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="98"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="99"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="99"/>
        <source>&amp;Add a contact…</source>
        <translation>添加联系人(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="100"/>
        <source>Add a &amp;deal…</source>
        <translation>添加交易(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="100"/>
        <source>Add a &amp;reminder…</source>
        <translation>添加提醒(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="101"/>
        <source>&amp;Log a meeting, call or note…</source>
        <translation>记录会议、电话或备注(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="102"/>
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="102"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="103"/>
        <source>&amp;About crm-desktop</source>
        <translation>关于 crm-desktop(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="103"/>
        <source>A short &amp;tour</source>
        <translation>快速导览(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="104"/>
        <source>User &amp;guide</source>
        <translation>用户指南(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="105"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="105"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="106"/>
        <source>&amp;Reports (PDF)…</source>
        <translation>PDF 报告(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="106"/>
        <source>&amp;Backups…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="107"/>
        <source>&amp;Change passphrase…</source>
        <translation>更改口令(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="108"/>
        <source>Find &amp;duplicates…</source>
        <translation>查找重复联系人(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="108"/>
        <source>Data &amp;health…</source>
        <translation>数据质量(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="109"/>
        <source>Se&amp;ttings…</source>
        <translation>设置(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="115"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="116"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="117"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="118"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="119"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../crm_desktop/gui/controller.py" line="170"/>
        <source>Open a vault</source>
        <translation>打开保险库</translation>
    </message>
</context>
<context>
    <name>AttachmentsView</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/attachments_view.py" line="79"/>
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/attachments_view.py" line="80"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/attachments_view.py" line="81"/>
        <source>Move to trash</source>
        <translation>移到回收站</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/attachments_view.py" line="82"/>
        <source>Drop files here to attach them. They are kept inside the encrypted vault; opening one writes a private copy that is removed when the vault locks or the app closes.</source>
        <translation>把文件拖到这里即可附加。文件保存在加密保险库内；打开时会写出一份私有副本，保险库锁定或程序关闭时即删除。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/attachments_view.py" line="113"/>
        <source>Attach files</source>
        <translation>附加文件</translation>
    </message>
</context>
<context>
    <name>BackupContentsDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_contents_dialog.py" line="90"/>
        <source>Inside the backup of {when}</source>
        <translation>{when} 的备份内容</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_contents_dialog.py" line="92"/>
        <source>Read-only: nothing here changes the backup. Opening it…</source>
        <translation>只读：这里的操作不会改动备份。正在打开…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_contents_dialog.py" line="96"/>
        <source>Search by name, organization or phone</source>
        <translation>按姓名、机构或电话查找</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_contents_dialog.py" line="102"/>
        <source>&amp;Only those no longer in the vault</source>
        <translation>只显示保险库中已没有的(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_contents_dialog.py" line="111"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_contents_dialog.py" line="111"/>
        <source>Organization</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_contents_dialog.py" line="111"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_contents_dialog.py" line="111"/>
        <source>In the vault now</source>
        <translation>保险库中现在</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_contents_dialog.py" line="124"/>
        <source>&amp;Copy back into the vault</source>
        <translation>复制回保险库(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_contents_dialog.py" line="173"/>
        <source>Passphrase of then</source>
        <translation>当时的口令</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_contents_dialog.py" line="174"/>
        <source>This backup was made under an earlier passphrase. Type that passphrase:</source>
        <translation>此备份是在使用旧口令时创建的。请输入那个口令：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_contents_dialog.py" line="180"/>
        <source>The backup could not be opened.</source>
        <translation>无法打开此备份。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_contents_dialog.py" line="188"/>
        <source>Searching the backup…</source>
        <translation>正在查找备份…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_contents_dialog.py" line="198"/>
        <source>Read-only: nothing here changes the backup. It holds {n} contacts; each is marked against the vault as it is now.</source>
        <translation>只读：这里的操作不会改动备份。备份中有 {n} 个联系人，每个都标出了它与保险库现状的对比。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_contents_dialog.py" line="213"/>
        <source>The first {shown} of {total}: type to narrow.</source>
        <translation>显示 {total} 个中的前 {shown} 个：输入文字可缩小范围。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_contents_dialog.py" line="216"/>
        <source>No contact in the backup matches.</source>
        <translation>备份中没有匹配的联系人。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_contents_dialog.py" line="224"/>
        <source>Missing (erased since)</source>
        <translation>已不存在（之后被清除）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_contents_dialog.py" line="225"/>
        <source>In the trash</source>
        <translation>在回收站中</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_contents_dialog.py" line="226"/>
        <source>Changed since</source>
        <translation>之后有改动</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_contents_dialog.py" line="227"/>
        <source>The same</source>
        <translation>相同</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_contents_dialog.py" line="243"/>
        <source>Copy back</source>
        <translation>复制回来</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_contents_dialog.py" line="244"/>
        <source>{name} was changed since this backup. Put the backup&apos;s version in its place?

Interactions and links made since are kept; Edit → Undo brings back the version of now.</source>
        <translation>{name} 在此备份之后有过改动。要用备份中的版本替换现在的吗？

之后新增的互动和关联会保留；编辑 → 撤销 可以恢复现在的版本。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_contents_dialog.py" line="251"/>
        <source>Copying {name} back…</source>
        <translation>正在复制回 {name}…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_contents_dialog.py" line="255"/>
        <source>{name} is back in the vault. Interactions brought back: {n}.</source>
        <translation>{name} 已回到保险库。一并恢复的互动：{n} 条。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_contents_dialog.py" line="258"/>
        <source>Not linked again (no longer in the vault): {names}.</source>
        <translation>未能重新关联（已不在保险库中）：{names}。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_contents_dialog.py" line="260"/>
        <source>Edit → Undo takes it out again.</source>
        <translation>编辑 → 撤销 可以再把它移除。</translation>
    </message>
</context>
<context>
    <name>BackupSettingsBox</name>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_settings_box.py" line="31"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_settings_box.py" line="35"/>
        <source> backups</source>
        <translation> 个备份</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_settings_box.py" line="38"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_settings_box.py" line="41"/>
        <source>none — e.g. a USB drive or a synced folder</source>
        <translation>无——例如 U 盘或同步文件夹</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_settings_box.py" line="42"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_settings_box.py" line="49"/>
        <source>Back up automatically: daily on opening, and before an import, a merge, an erase or a passphrase change</source>
        <translation>自动备份：每天首次打开时，以及导入、合并、彻底删除或更改口令之前</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_settings_box.py" line="51"/>
        <source>&amp;Save settings</source>
        <translation>保存设置(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_settings_box.py" line="61"/>
        <source>Always keep the newest:</source>
        <translation>始终保留最新的：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_settings_box.py" line="62"/>
        <source>And the last of each day for:</source>
        <translation>每天的最后一份再保留：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_settings_box.py" line="63"/>
        <source>Second folder:</source>
        <translation>第二个文件夹：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_settings_box.py" line="84"/>
        <source>Second folder for backups</source>
        <translation>备份的第二个文件夹</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_words.py" line="13"/>
        <source>by hand</source>
        <translation>手动</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_words.py" line="14"/>
        <source>daily, on opening</source>
        <translation>每日，打开时</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_words.py" line="15"/>
        <source>before an import</source>
        <translation>导入前</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_words.py" line="16"/>
        <source>before a merge</source>
        <translation>合并前</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_words.py" line="17"/>
        <source>before an erase</source>
        <translation>彻底删除前</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_words.py" line="18"/>
        <source>before a passphrase change</source>
        <translation>更改口令前</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_words.py" line="19"/>
        <source>before a restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_words.py" line="20"/>
        <source>damaged vault, kept as found</source>
        <translation>已损坏的保险库，按原样保留</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_words.py" line="25"/>
        <source>before a schema upgrade</source>
        <translation>数据结构升级前</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/dialogs/backup_words.py" line="48"/>
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln 个联系人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/dialogs/backup_words.py" line="50"/>
        <source>%Ln deal(s)</source>
        <translation>
            <numerusform>%Ln 笔交易</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/dialogs/backup_words.py" line="52"/>
        <source>%Ln interaction(s)</source>
        <translation>
            <numerusform>%Ln 条互动</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/dialogs/backup_words.py" line="54"/>
        <source>%Ln reminder(s)</source>
        <translation>
            <numerusform>%Ln 条提醒</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} contacts</source>
        <translation type="vanished">{n} 个联系人</translation>
    </message>
    <message>
        <source>{n} deals</source>
        <translation type="vanished">{n} 笔交易</translation>
    </message>
    <message>
        <source>{n} interactions</source>
        <translation type="vanished">{n} 次互动</translation>
    </message>
    <message>
        <source>{n} reminders</source>
        <translation type="vanished">{n} 条提醒</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backups_dialog.py" line="51"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backups_dialog.py" line="59"/>
        <source>When</source>
        <translation>时间</translation>
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
        <translation>已验证</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backups_dialog.py" line="59"/>
        <source>Records</source>
        <translation>记录数</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backups_dialog.py" line="69"/>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backups_dialog.py" line="71"/>
        <source>&amp;Verify</source>
        <translation>验证(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backups_dialog.py" line="73"/>
        <source>&amp;Restore…</source>
        <translation>恢复(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backups_dialog.py" line="75"/>
        <source>Look &amp;inside…</source>
        <translation>查看内容(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backups_dialog.py" line="77"/>
        <source>Open the backup read-only: find a contact, copy it back</source>
        <translation>以只读方式打开备份：找到联系人并复制回来</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backups_dialog.py" line="111"/>
        <source>Backups are encrypted with the vault&apos;s passphrase and kept in {folder}.</source>
        <translation>备份使用保险库的口令加密，保存在 {folder}。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backups_dialog.py" line="148"/>
        <source>Copying the vault…</source>
        <translation>正在复制保险库…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backups_dialog.py" line="148"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backups_dialog.py" line="150"/>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backups_dialog.py" line="158"/>
        <source>Copying the vault… {done} of {total}</source>
        <translation>正在复制保险库… {done}/{total}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backups_dialog.py" line="160"/>
        <source>Checking the copy (every page, structure and row counts)…</source>
        <translation>正在检查副本（每一页、结构和行数）…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backups_dialog.py" line="161"/>
        <source>Copying to the second folder…</source>
        <translation>正在复制到第二个文件夹…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backups_dialog.py" line="172"/>
        <source>Cancelled; no backup was made.</source>
        <translation>已取消；未创建备份。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backups_dialog.py" line="174"/>
        <source>Backed up and verified: {size}.</source>
        <translation>已备份并验证：{size}。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backups_dialog.py" line="175"/>
        <source>No copy in the second folder: {error}</source>
        <translation>未能复制到第二个文件夹：{error}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backups_dialog.py" line="210"/>
        <source>Verifying…</source>
        <translation>正在验证…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backups_dialog.py" line="214"/>
        <source>The backup is whole: it opens, every page checks out.</source>
        <translation>备份完好：可以打开，每一页都通过检查。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backups_dialog.py" line="217"/>
        <source>The backup failed its check: {problem}</source>
        <translation>备份未通过检查：{problem}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backups_dialog.py" line="231"/>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backups_dialog.py" line="232"/>
        <source>Put the vault back as it was on {when}?

Everything changed since then will no longer show. The vault as it is now is backed up first, so you can come back to it by restoring that backup.</source>
        <translation>将保险库恢复到 {when} 时的状态？

此后的所有更改将不再显示。当前的保险库会先备份，恢复那份备份即可回到现在的状态。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backups_dialog.py" line="240"/>
        <source>Restoring the backup of {when}…</source>
        <translation>正在恢复 {when} 的备份…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backups_dialog.py" line="245"/>
        <source>Restored the backup of {when}. The vault as it was is kept as a backup.</source>
        <translation>已恢复 {when} 的备份。恢复前的保险库已另存为备份。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backups_dialog.py" line="260"/>
        <source>Passphrase of then</source>
        <translation>当时的口令</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backups_dialog.py" line="261"/>
        <source>This backup was made under an earlier passphrase. Type that passphrase:</source>
        <translation>此备份是在使用旧口令时创建的。请输入那个口令：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backups_dialog.py" line="266"/>
        <source>The backup was not opened: it needs its earlier passphrase.</source>
        <translation>未打开备份：需要当时的旧口令。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backups_dialog.py" line="274"/>
        <source>Settings saved.</source>
        <translation>设置已保存。</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/banner.py" line="37"/>
        <source>Show</source>
        <translation>查看</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/banner.py" line="38"/>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/change_passphrase_dialog.py" line="45"/>
        <location filename="../../crm_desktop/gui/dialogs/change_passphrase_dialog.py" line="65"/>
        <source>Change passphrase</source>
        <translation>更改口令</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/change_passphrase_dialog.py" line="55"/>
        <source>&lt;b&gt;Nobody can recover a lost passphrase.&lt;/b&gt; Write the new one down and keep it somewhere safe. Backups made before the change still open with the old passphrase.</source>
        <translation>&lt;b&gt;口令一旦丢失，任何人都无法找回。&lt;/b&gt;请把新口令写下来，妥善保管。更改之前的备份仍需用旧口令打开。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/change_passphrase_dialog.py" line="77"/>
        <source>Current passphrase:</source>
        <translation>当前口令：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/change_passphrase_dialog.py" line="79"/>
        <source>New passphrase:</source>
        <translation>新口令：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/change_passphrase_dialog.py" line="80"/>
        <source>Repeat it:</source>
        <translation>再输入一次：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/change_passphrase_dialog.py" line="99"/>
        <source>Too short: use at least {n} characters.</source>
        <translation>太短：至少使用 {n} 个字符。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/change_passphrase_dialog.py" line="100"/>
        <source>Weak: add words — a few plain words make a strong passphrase.</source>
        <translation>弱：再加几个词——几个普通词语就能组成强口令。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/change_passphrase_dialog.py" line="101"/>
        <source>Fair: one or two more words would make it strong.</source>
        <translation>中等：再加一两个词就会很强。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/change_passphrase_dialog.py" line="102"/>
        <source>Strong.</source>
        <translation>强。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/change_passphrase_dialog.py" line="113"/>
        <source>The two new passphrases differ. Type the same one twice.</source>
        <translation>两次输入的新口令不一致。请输入相同的口令两次。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/change_passphrase_dialog.py" line="119"/>
        <source>The new passphrase is too short: use at least {n} characters.</source>
        <translation>新口令太短：至少使用 {n} 个字符。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/change_passphrase_dialog.py" line="125"/>
        <source>Backing up, then re-encrypting the vault under the new passphrase… A large vault takes a while.</source>
        <translation>正在备份，然后用新口令重新加密保险库… 保险库较大时需要一些时间。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/change_passphrase_dialog.py" line="141"/>
        <source>This is not the vault&apos;s current passphrase.</source>
        <translation>这不是保险库的当前口令。</translation>
    </message>
</context>
<context>
    <name>CloseDealDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/close_deal_dialog.py" line="12"/>
        <source>Close as won</source>
        <translation>以赢单结束</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/close_deal_dialog.py" line="12"/>
        <source>Close as lost</source>
        <translation>以输单结束</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/close_deal_dialog.py" line="14"/>
        <source>Close “{name}” as won. Why did it win?</source>
        <translation>将“{name}”以赢单结束。为什么赢了？</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/close_deal_dialog.py" line="15"/>
        <source>Close “{name}” as lost. Why was it lost?</source>
        <translation>将“{name}”以输单结束。为什么输了？</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/close_deal_dialog.py" line="21"/>
        <source>The reason (optional)</source>
        <translation>原因（可选）</translation>
    </message>
</context>
<context>
    <name>ContactActions</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_actions.py" line="51"/>
        <source>Move to &amp;trash</source>
        <translation>移到回收站(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_actions.py" line="52"/>
        <source>&amp;Report on this contact (PDF)…</source>
        <translation>此联系人的报告 (PDF)(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_actions.py" line="53"/>
        <source>E&amp;xport everything about this person (JSON)…</source>
        <translation>导出此人的全部数据 (JSON)(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_actions.py" line="54"/>
        <source>&amp;Erase this person everywhere…</source>
        <translation>彻底删除此人的所有数据(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_actions.py" line="67"/>
        <source>{name} moved to the trash (Edit → Undo brings it back).</source>
        <translation>{name} 已移到回收站（“编辑 → 撤销”可以恢复）。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_actions.py" line="81"/>
        <source>Everything about {name}</source>
        <translation>{name} 的全部数据</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_actions.py" line="82"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_actions.py" line="95"/>
        <source>Saved everything about {name} to {path} — it is not encrypted.</source>
        <translation>已将 {name} 的全部数据保存到 {path}——该文件未加密。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_actions.py" line="103"/>
        <source>Erase {name}</source>
        <translation>彻底删除 {name}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_actions.py" line="104"/>
        <source>Erase {name} and everything only about them (interactions, reminders, attachments) for good? This cannot be undone; the audit keeps only a line saying that a contact was erased. Backups made before now still hold them until they are rotated out (File → Backups).</source>
        <translation>永久删除 {name} 以及只与其相关的全部内容（互动、提醒、附件）？此操作无法撤销；审计记录中只保留一行，说明有一个联系人被删除。此前做的备份里仍有这些数据，直到这些备份按轮换规则被清除（文件 → 备份）。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_actions.py" line="110"/>
        <source>Erase for good</source>
        <translation>永久删除</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_actions.py" line="127"/>
        <source>{name} was erased.</source>
        <translation>{name} 已被彻底删除。</translation>
    </message>
</context>
<context>
    <name>ContactDetail</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_detail.py" line="63"/>
        <source>&amp;Merge…</source>
        <translation>合并(&amp;M)…</translation>
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
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_detail.py" line="92"/>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_detail.py" line="92"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_detail.py" line="93"/>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_detail.py" line="93"/>
        <source>E-mails</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_detail.py" line="93"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_detail.py" line="96"/>
        <source>Select a contact, or press Ctrl+N to add one.</source>
        <translation>选择一个联系人，或按 Ctrl+N 添加。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_detail.py" line="159"/>
        <source>Person</source>
        <translation>个人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_detail.py" line="176"/>
        <source>Not a valid phone number, kept as typed: {numbers}</source>
        <translation>不是有效的电话号码，已按原样保存：{numbers}</translation>
    </message>
</context>
<context>
    <name>ContactFilterBar</name>
    <message>
        <location filename="../../crm_desktop/gui/pages/contact_filters.py" line="40"/>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/contact_filters.py" line="40"/>
        <source>People</source>
        <translation>个人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/contact_filters.py" line="41"/>
        <source>Organizations</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/contact_filters.py" line="42"/>
        <source>All tiers</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/contact_filters.py" line="42"/>
        <source>Tier A</source>
        <translation>A 级</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/contact_filters.py" line="43"/>
        <source>Tier B</source>
        <translation>B 级</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/contact_filters.py" line="43"/>
        <source>Tier C</source>
        <translation>C 级</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/contact_filters.py" line="52"/>
        <location filename="../../crm_desktop/gui/pages/contact_filters.py" line="54"/>
        <source>All tags</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/contact_filters.py" line="55"/>
        <source>Needs follow-up</source>
        <translation>需要跟进</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/contact_filters.py" line="57"/>
        <source>A reminder overdue or due today, or no interaction for longer than the tier allows (as the dashboard&apos;s &quot;Going cold&quot; counts it)</source>
        <translation>有逾期或今天到期的提醒，或超过该等级允许的时间没有互动（与仪表板“渐趋冷淡”的计算方式相同）</translation>
    </message>
</context>
<context>
    <name>ContactPicker</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_picker.py" line="43"/>
        <source>Type a name, a phone or an e-mail</source>
        <translation>输入姓名、电话或电子邮件</translation>
    </message>
</context>
<context>
    <name>ContactRecordsView</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_records.py" line="65"/>
        <source>New deal…</source>
        <translation>新建交易…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_records.py" line="66"/>
        <source>New reminder…</source>
        <translation>新建提醒…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_records.py" line="79"/>
        <source>Timeline</source>
        <translation>时间线</translation>
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
        <translation>历史记录</translation>
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
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/contacts_model.py" line="264"/>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/contacts_model.py" line="264"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/contacts_model.py" line="265"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/contacts_model.py" line="265"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/contacts_model.py" line="265"/>
        <source>Last interaction</source>
        <translation>最近互动</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>All kinds</source>
        <translation type="vanished">全部类型</translation>
    </message>
    <message>
        <source>People</source>
        <translation type="vanished">个人</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation type="vanished">机构</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation type="vanished">全部等级</translation>
    </message>
    <message>
        <source>Tier A</source>
        <translation type="vanished">A 级</translation>
    </message>
    <message>
        <source>Tier B</source>
        <translation type="vanished">B 级</translation>
    </message>
    <message>
        <source>Tier C</source>
        <translation type="vanished">C 级</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/contacts_page.py" line="130"/>
        <source>Your vault is ready</source>
        <translation>您的保险库已准备就绪</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/contacts_page.py" line="131"/>
        <source>Add the people and organizations you work with, bring in the list you keep in Excel, or look around a vault filled with sample data first.</source>
        <translation>添加与您合作的个人和机构，导入您在 Excel 中维护的名单，或者先在一个填满示例数据的保险库中看看。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/contacts_page.py" line="133"/>
        <source>Add your first contact ({keys})</source>
        <translation>添加第一个联系人（{keys}）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/contacts_page.py" line="134"/>
        <source>Import your Excel list…</source>
        <translation>导入 Excel 名单…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/contacts_page.py" line="135"/>
        <source>Try the demo vault</source>
        <translation>试用演示保险库</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/pages/contacts_page.py" line="215"/>
        <source>The best %n matches; type more to narrow</source>
        <translation>
            <numerusform>最匹配的 %n 个；继续输入以缩小范围</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/pages/contacts_page.py" line="217"/>
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln 个联系人</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/contacts_page.py" line="232"/>
        <source>No contacts match &apos;{text}&apos;</source>
        <translation>没有与“{text}”匹配的联系人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/contacts_page.py" line="233"/>
        <source>Check the spelling, or search by phone, e-mail or pinyin.</source>
        <translation>请检查拼写，或按电话、电子邮件或拼音搜索。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/contacts_page.py" line="234"/>
        <source>Clear the search</source>
        <translation>清除搜索</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/contacts_page.py" line="236"/>
        <source>No contacts match these filters</source>
        <translation>没有符合这些筛选条件的联系人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/contacts_page.py" line="237"/>
        <source>Clear the filters</source>
        <translation>清除筛选</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation type="vanished">
            <numerusform>%n 个联系人</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoreErrors</name>
    <message>
        <location filename="../../crm_desktop/gui/error_words.py" line="38"/>
        <source>Cannot undo &apos;{what}&apos;: &apos;{blocker}&apos; came after it and cannot be undone.</source>
        <translation>无法撤销“{what}”：之后的“{blocker}”无法撤销。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words.py" line="42"/>
        <source>Cannot redo &apos;{what}&apos;: &apos;{blocker}&apos; came after it and cannot be undone.</source>
        <translation>无法重做“{what}”：之后的“{blocker}”无法撤销。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words.py" line="46"/>
        <source>Cannot undo &apos;{what}&apos;: it erased data.</source>
        <translation>无法撤销“{what}”：它已彻底删除了数据。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words.py" line="50"/>
        <source>Cannot undo or redo &apos;{what}&apos;: the attached file&apos;s bytes are no longer kept; add the file again.</source>
        <translation>无法撤销或重做“{what}”：附件的文件内容已不再保留；请重新添加该文件。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words.py" line="64"/>
        <source>No import preset with id {name}.</source>
        <translation>没有名为“{name}”的导入预设。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words.py" line="66"/>
        <source>No backup with id {path}.</source>
        <translation>{path} 处没有备份。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words.py" line="68"/>
        <source>No {entity} in the trash with id {ident}.</source>
        <translation>回收站中没有 ID 为 {ident} 的{entity}。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words.py" line="71"/>
        <source>No {entity} in the backup with id {ident}.</source>
        <translation>备份中没有 ID 为 {ident} 的{entity}。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words.py" line="73"/>
        <source>No {entity} with id {ident}.</source>
        <translation>没有 ID 为 {ident} 的{entity}。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words.py" line="81"/>
        <source>row {row}</source>
        <translation>第 {row} 条记录</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words.py" line="83"/>
        <source>line {line}</source>
        <translation>第 {line} 行</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words.py" line="85"/>
        <source>column &apos;{column}&apos;</source>
        <translation>“{column}”栏</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words.py" line="88"/>
        <source>{source} ({place}): {message}. Nothing was imported.</source>
        <translation>{source}（{place}）：{message}。未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words.py" line="90"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words.py" line="92"/>
        <source>{source}: {message}. Nothing was imported.</source>
        <translation>{source}：{message}。未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words.py" line="102"/>
        <source>Could not write {path}: {detail}. Nothing was changed.</source>
        <translation>无法写入 {path}：{detail}。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words.py" line="116"/>
        <source>Import of {source} cancelled: nothing was written.</source>
        <translation>已取消导入 {source}：未写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words.py" line="124"/>
        <source>Import of {source} refused: {count} row(s) have errors (first: {first}). Nothing was written.</source>
        <translation>已拒绝导入 {source}：{count} 条记录有错误（第一个：{first}）。未写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words.py" line="129"/>
        <source>Nothing to redo.</source>
        <translation>没有可重做的操作。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words.py" line="130"/>
        <source>Nothing to undo.</source>
        <translation>没有可撤销的操作。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words.py" line="134"/>
        <source>A file already exists at {path}; refusing to overwrite it.</source>
        <translation>{path} 已有文件，不会覆盖它。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words.py" line="138"/>
        <source>The vault {path} is busy with another operation (an import, a backup...). Wait for it to finish and try again; nothing was changed.</source>
        <translation>保险库 {path} 正在进行其他操作（导入、备份等）。请等它完成后再试；未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_base.py" line="36"/>
        <source>contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_base.py" line="37"/>
        <source>person</source>
        <translation>个人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_base.py" line="38"/>
        <source>organization</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_base.py" line="39"/>
        <source>deal</source>
        <translation>交易</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_base.py" line="40"/>
        <source>interaction</source>
        <translation>互动</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_base.py" line="41"/>
        <source>reminder</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_base.py" line="42"/>
        <source>stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_base.py" line="43"/>
        <source>tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_base.py" line="44"/>
        <source>attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_base.py" line="45"/>
        <source>custom field</source>
        <translation>自定义字段</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_base.py" line="46"/>
        <source>party</source>
        <translation>参与方</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_base.py" line="47"/>
        <source>import batch</source>
        <translation>导入批次</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_base.py" line="48"/>
        <source>backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="12"/>
        <source>is required</source>
        <translation>必填</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="13"/>
        <source>must be text</source>
        <translation>必须是文本</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="14"/>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="16"/>
        <source>is too long ({length} characters; at most {most})</source>
        <translation>太长了（{length} 个字符，最多 {most} 个）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="19"/>
        <source>&apos;{value}&apos; is not a date (use YYYY-MM-DD)</source>
        <translation>“{value}”不是日期（请按 YYYY-MM-DD 填写）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="22"/>
        <source>&apos;{value}&apos; is not a date and time (use YYYY-MM-DD HH:MM)</source>
        <translation>“{value}”不是日期和时间（请按 YYYY-MM-DD HH:MM 填写）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="25"/>
        <source>&apos;{value}&apos; is not a date and time (use ISO 8601, e.g. {example})</source>
        <translation>“{value}”不是日期和时间（请按 ISO 8601 填写，如 {example}）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="28"/>
        <source>must be a date and time</source>
        <translation>必须是日期和时间</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="30"/>
        <source>needs a time zone (e.g. {a} or {b})</source>
        <translation>需要时区（如 {a} 或 {b}）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="32"/>
        <source>needs a time zone</source>
        <translation>需要时区</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="35"/>
        <source>&apos;{value}&apos; is not a known time zone (use an IANA name such as {example})</source>
        <translation>“{value}”不是已知的时区（请使用 IANA 名称，如 {example}）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="39"/>
        <source>must be in the future</source>
        <translation>必须是将来的时间</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="41"/>
        <source>{start} is after {end}</source>
        <translation>{start} 晚于 {end}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="43"/>
        <source>money must not be a float</source>
        <translation>金额不能是浮点数</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="45"/>
        <source>&apos;{value}&apos; is not a number</source>
        <translation>“{value}”不是数字</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="46"/>
        <source>must not be negative</source>
        <translation>不能为负数</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="48"/>
        <source>{value} is too large</source>
        <translation>{value} 太大了</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="50"/>
        <source>{value} has more than {places} decimal places</source>
        <translation>{value} 的小数超过 {places} 位</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="53"/>
        <source>&apos;{value}&apos; is not an ISO 4217 code (three letters, e.g. {example})</source>
        <translation>“{value}”不是 ISO 4217 币种（应为三个字母，如 {example}）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="56"/>
        <source>&apos;{value}&apos; is not a known ISO 4217 currency</source>
        <translation>“{value}”不是已知的 ISO 4217 币种</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="59"/>
        <source>&apos;{value}&apos; is not a region phone numbers know</source>
        <translation>“{value}”不是电话号码可用的地区</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="62"/>
        <source>an amount needs a currency (ISO 4217, e.g. {example})</source>
        <translation>填写金额时需要币种（ISO 4217，如 {example}）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="65"/>
        <source>must be a whole percent from 0 to 100</source>
        <translation>必须是 0 到 100 之间的整数百分比</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="67"/>
        <source>&apos;{value}&apos; is not a whole percent from 0 to 100</source>
        <translation>“{value}”不是 0 到 100 之间的整数百分比</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="70"/>
        <source>{value} is outside 0..100</source>
        <translation>{value} 超出了 0 到 100 的范围</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="72"/>
        <source>must be a whole number from {low} to {high}</source>
        <translation>必须是 {low} 到 {high} 之间的整数</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="75"/>
        <source>must be between {low} and {high}</source>
        <translation>必须在 {low} 到 {high} 之间</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="77"/>
        <source>is required (won or lost)</source>
        <translation>必填（赢单或输单）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="79"/>
        <source>is required (one of {allowed})</source>
        <translation>必填（可选：{allowed}）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="82"/>
        <source>&apos;{value}&apos; is not one of {allowed}</source>
        <translation>“{value}”不是可选值之一（可选：{allowed}）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="84"/>
        <source>limit and offset must not be negative</source>
        <translation>limit 和 offset 不能为负数</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="90"/>
        <source>An email address must have an @-sign.</source>
        <translation>电子邮件地址必须包含 @。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="92"/>
        <source>There must be something before the @-sign.</source>
        <translation>@ 前面必须有内容。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="94"/>
        <source>There must be something after the @-sign.</source>
        <translation>@ 后面必须有内容。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="96"/>
        <source>The part after the @-sign contains invalid characters: {chars}.</source>
        <translation>@ 后面的部分包含无效字符：{chars}。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="99"/>
        <source>The email address contains invalid characters before the @-sign: {chars}.</source>
        <translation>@ 前面的部分包含无效字符：{chars}。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="103"/>
        <source>The part after the @-sign is not valid. It should have a period.</source>
        <translation>@ 后面的部分无效，应包含一个点（.）。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="106"/>
        <source>An email address cannot have two periods in a row.</source>
        <translation>电子邮件地址不能有两个连续的点（..）。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="109"/>
        <source>An email address cannot start with a period.</source>
        <translation>电子邮件地址不能以点（.）开头。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="111"/>
        <source>An email address cannot end with a period.</source>
        <translation>电子邮件地址不能以点（.）结尾。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="113"/>
        <source>An email address cannot have a period immediately before the @-sign.</source>
        <translation>@ 前面不能紧挨着点（.）。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="116"/>
        <source>An email address cannot have a hyphen immediately after the @-sign.</source>
        <translation>@ 后面不能紧跟连字符（-）。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="123"/>
        <source>&apos;{value}&apos; is not a valid e-mail address ({problem})</source>
        <translation>“{value}”不是有效的电子邮件地址（{problem}）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="131"/>
        <source>a contact needs a name</source>
        <translation>联系人必须有名称</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="133"/>
        <source>only a person is linked to an organization</source>
        <translation>只有个人才能关联到机构</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="135"/>
        <source>link a person to an organization</source>
        <translation>请将个人关联到机构</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_files.py" line="11"/>
        <source>the file is empty</source>
        <translation>文件是空的</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_files.py" line="13"/>
        <source>cannot be opened ({detail})</source>
        <translation>无法打开（{detail}）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_files.py" line="15"/>
        <source>this looks like a binary file, not text (CSV)</source>
        <translation>这看起来不是文本文件（CSV）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_files.py" line="17"/>
        <source>no header row was found</source>
        <translation>找不到表头</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_files.py" line="19"/>
        <source>the text after this line is not valid {encoding}; choose another encoding</source>
        <translation>此行之后的文本不是有效的 {encoding} 编码；请选择其他编码</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_files.py" line="23"/>
        <source>unknown encoding &apos;{name}&apos;</source>
        <translation>未知的编码“{name}”</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_files.py" line="25"/>
        <source>the CSV cannot be read ({detail})</source>
        <translation>无法读取此 CSV（{detail}）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_files.py" line="27"/>
        <source>this is an old Excel .xls workbook; save it as .xlsx or CSV in Excel and import that</source>
        <translation>这是旧版 Excel .xls 工作簿；请在 Excel 中另存为 .xlsx 或 CSV 后再导入</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_files.py" line="31"/>
        <source>this is not an Excel workbook (.xlsx is a zip archive; the file may be damaged or truncated)</source>
        <translation>这不是 Excel 工作簿（.xlsx 是 zip 压缩包；文件可能已损坏或不完整）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_files.py" line="35"/>
        <source>it cannot be read as an Excel workbook (damaged, truncated, or another kind of zip file)</source>
        <translation>无法作为 Excel 工作簿读取（已损坏、不完整，或是其他类型的 zip 文件）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_files.py" line="39"/>
        <source>there is no sheet number {number}</source>
        <translation>没有第 {number} 个工作表</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_files.py" line="41"/>
        <source>there is no sheet &apos;{sheet}&apos; (sheets: {sheets})</source>
        <translation>没有工作表“{sheet}”（现有工作表：{sheets}）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_files.py" line="44"/>
        <source>the sheet &apos;{sheet}&apos; is empty</source>
        <translation>工作表“{sheet}”是空的</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_files.py" line="46"/>
        <source>a {format} file is not read as a table (use the JSON restore)</source>
        <translation>{format} 文件不能作为表格读取（请使用 JSON 恢复）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_files.py" line="49"/>
        <source>this is not valid JSON ({detail})</source>
        <translation>这不是有效的 JSON（{detail}）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_files.py" line="51"/>
        <source>this JSON is not a crm-desktop export</source>
        <translation>这个 JSON 不是 crm-desktop 的导出文件</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_files.py" line="53"/>
        <source>export version {version} is newer than this program reads</source>
        <translation>导出版本 {version} 比本程序能读取的版本更新</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_files.py" line="56"/>
        <source>the last card has no END:VCARD (the file is truncated)</source>
        <translation>最后一张名片缺少 END:VCARD（文件不完整）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_files.py" line="59"/>
        <source>this is not a vCard file (no BEGIN:VCARD)</source>
        <translation>这不是 vCard 文件（没有 BEGIN:VCARD）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_files.py" line="64"/>
        <source>it is open read-only; open it for writing to change the passphrase</source>
        <translation>它以只读方式打开；要更改口令，请以可写方式打开</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_files.py" line="67"/>
        <source>it is open read-only; open it for writing to restore a backup</source>
        <translation>它以只读方式打开；要恢复备份，请以可写方式打开</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_files.py" line="70"/>
        <source>it is open read-only; open it for writing to copy a record back</source>
        <translation>它以只读方式打开；要复制回记录，请以可写方式打开</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_files.py" line="73"/>
        <source>the file or its folder is read-only (open the vault read-only instead)</source>
        <translation>文件或其所在文件夹为只读（请改为以只读方式打开保险库）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_files.py" line="77"/>
        <source>the disk is full {raw}</source>
        <translation>磁盘已满 {raw}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_files.py" line="79"/>
        <source>the file or its folder is read-only {raw}</source>
        <translation>文件或其所在文件夹为只读 {raw}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_files.py" line="82"/>
        <source>the file cannot be opened for writing {raw}</source>
        <translation>无法以写入方式打开文件 {raw}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_files.py" line="85"/>
        <source>it cannot be opened ({detail})</source>
        <translation>无法打开（{detail}）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_files.py" line="87"/>
        <source>the backup folder cannot be created ({detail})</source>
        <translation>无法创建备份文件夹（{detail}）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_files.py" line="90"/>
        <source>the folder cannot be created ({detail})</source>
        <translation>无法创建文件夹（{detail}）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_files.py" line="93"/>
        <source>the backup folder is read-only or not accessible ({detail})</source>
        <translation>备份文件夹为只读，或无法打开（{detail}）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_other.py" line="13"/>
        <source>The copy of {backup} did not verify ({problem}); the vault was not changed.</source>
        <translation>{backup} 的副本未通过验证（{problem}）；保险库未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_other.py" line="17"/>
        <source>Another backup is being written to {folder}; try again later.</source>
        <translation>另一个备份正在写入 {folder}；请稍后再试。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_other.py" line="21"/>
        <source>The backup just written to {folder} did not verify ({problem}); it was removed and the vault is as it was.</source>
        <translation>刚写入 {folder} 的备份未通过验证（{problem}）；已将其删除，保险库保持原样。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_other.py" line="26"/>
        <source>The backup just written to {folder} does not hold the same rows as the vault; it was removed and the vault is as it was.</source>
        <translation>刚写入 {folder} 的备份与保险库的记录不一致；已将其删除，保险库保持原样。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_other.py" line="30"/>
        <source>the copy did not verify ({problem})</source>
        <translation>副本未通过验证（{problem}）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_other.py" line="34"/>
        <source>Cannot write {target}: {detail}.</source>
        <translation>无法写入 {target}：{detail}。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_other.py" line="36"/>
        <source>vCard version {version}: choose 4.0 or 3.0.</source>
        <translation>vCard 版本 {version}：请选择 4.0 或 3.0。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_other.py" line="39"/>
        <source>iCalendar component {component}: choose VTODO or VEVENT.</source>
        <translation>iCalendar 组件 {component}：请选择 VTODO 或 VEVENT。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_other.py" line="42"/>
        <source>Cannot export &apos;{entity}&apos; as CSV (contact, deal or interaction).</source>
        <translation>无法将“{entity}”导出为 CSV（只能导出联系人、交易或互动）。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_other.py" line="45"/>
        <source>Unknown CSV encoding &apos;{encoding}&apos; (utf-8-sig, utf-8 or gbk).</source>
        <translation>未知的 CSV 编码“{encoding}”（可用 utf-8-sig、utf-8 或 gbk）。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_other.py" line="50"/>
        <source>The vault {path} was written by a newer version of crm-desktop (schema {revision}). Update crm-desktop to open it; the file was not changed.</source>
        <translation>保险库 {path} 由更新版本的 crm-desktop 写入（数据结构 {revision}）。请更新 crm-desktop 后再打开；文件未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_other.py" line="55"/>
        <source>The vault {path} could not be upgraded from schema {revision} ({detail}). It was left unchanged, and a copy taken before the upgrade is at {backup}.</source>
        <translation>保险库 {path} 无法从数据结构 {revision} 升级（{detail}）。保险库保持原样，升级前的副本保存在 {backup}。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_other.py" line="60"/>
        <source>The report font {font} is missing (looked in {where}); reinstall crm-desktop.</source>
        <translation>缺少报告字体 {font}（已查找：{where}）；请重新安装 crm-desktop。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="13"/>
        <source>{count} deal(s) are in stage &apos;{name}&apos; ({trashed} in the trash); move them to another stage first</source>
        <translation>阶段“{name}”中有 {count} 笔交易（其中 {trashed} 笔在回收站中）；请先将它们移到其他阶段</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="16"/>
        <source>{count} deal(s) are in stage &apos;{name}&apos;; move them to another stage first</source>
        <translation>阶段“{name}”中有 {count} 笔交易；请先将它们移到其他阶段</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="22"/>
        <source>the pipeline has no won stage</source>
        <translation>没有赢单阶段</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="24"/>
        <source>the pipeline has no lost stage</source>
        <translation>没有输单阶段</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="30"/>
        <source>no {entity} with id {ident}</source>
        <translation>没有 ID 为 {ident} 的{entity}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="33"/>
        <source>{value} is not a contact id</source>
        <translation>{value} 不是联系人 ID</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="35"/>
        <source>{value} is not (contact id, role)</source>
        <translation>{value} 不是（联系人 ID, 角色）的形式</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="37"/>
        <source>&apos;{value}&apos; is not a kind of record</source>
        <translation>“{value}”不是一种记录类型</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="40"/>
        <source>a stage named &apos;{name}&apos; already exists</source>
        <translation>已有名为“{name}”的阶段</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="43"/>
        <source>no stage &apos;{name}&apos;</source>
        <translation>没有名为“{name}”的阶段</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="45"/>
        <source>a stage cannot be both won and lost</source>
        <translation>阶段不能既是赢单又是输单</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="49"/>
        <source>the pipeline needs at least one stage</source>
        <translation>至少要保留一个阶段</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="51"/>
        <source>the pipeline has no stages</source>
        <translation>还没有任何阶段</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="54"/>
        <source>give the success fee as an amount or as a percent, not both</source>
        <translation>成功费请填写金额或百分比，不要两者都填</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="58"/>
        <source>a choice field needs at least one choice</source>
        <translation>选项字段至少需要一个选项</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="60"/>
        <source>a {entity} field named &apos;{name}&apos; exists already</source>
        <translation>已有名为“{name}”的{entity}字段</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="63"/>
        <source>choose another tag to merge into</source>
        <translation>请选择要合并到的另一个标签</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="65"/>
        <source>a tag named &apos;{name}&apos; exists already; merge into it instead</source>
        <translation>已有名为“{name}”的标签；请改为合并到该标签</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="69"/>
        <source>name at least one contact to merge into the first</source>
        <translation>请至少指定一个要合并到第一个联系人的联系人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="72"/>
        <source>contact {ident} cannot be merged into itself</source>
        <translation>联系人 {ident} 不能合并到自身</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="75"/>
        <source>&apos;{name}&apos; is not a field that can be chosen</source>
        <translation>“{name}”不是可以选择的字段</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="78"/>
        <source>&apos;{name}&apos;: contact {ident} is not one of those merged</source>
        <translation>“{name}”：联系人 {ident} 不在要合并的联系人中</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="82"/>
        <source>{a} (#{a_id}) is a {a_kind}, {b} (#{b_id}) a {b_kind}</source>
        <translation>{a}（#{a_id}）是{a_kind}，{b}（#{b_id}）是{b_kind}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="86"/>
        <source>a contact cannot be distinct from itself</source>
        <translation>不能将联系人标记为与自己不是同一个</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="88"/>
        <source>give one RRULE line</source>
        <translation>请只填写一行 RRULE</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="90"/>
        <source>give one RRULE line, without DTSTART</source>
        <translation>请只填写一行 RRULE，不要包含 DTSTART</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="92"/>
        <source>FREQ must be one of {allowed}</source>
        <translation>FREQ 必须是以下之一：{allowed}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="94"/>
        <source>INTERVAL must be a whole number of at least 1</source>
        <translation>INTERVAL 必须是不小于 1 的整数</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="96"/>
        <source>&apos;{value}&apos; never occurs</source>
        <translation>按“{value}”永远不会到期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="98"/>
        <source>&apos;{value}&apos; is not a valid RRULE ({detail})</source>
        <translation>“{value}”不是有效的 RRULE（{detail}）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="101"/>
        <source>this reminder is done already</source>
        <translation>这条提醒已经完成了</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="103"/>
        <source>a done reminder cannot be snoozed</source>
        <translation>已完成的提醒不能推迟</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="105"/>
        <source>name at least one contact (or a deal)</source>
        <translation>请至少指定一个联系人（或一笔交易）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="107"/>
        <source>give an age, or an instant with its time zone</source>
        <translation>请给出时长，或带时区的时间点</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="110"/>
        <source>not a searchable type: {types} (use {allowed})</source>
        <translation>不可搜索的类型：{types}（可用：{allowed}）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="113"/>
        <source>ranked ids are for contacts or deals</source>
        <translation>排序的 ID 只适用于联系人或交易</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="119"/>
        <source>{name} is {size}; the limit is {limit}</source>
        <translation>{name} 大小为 {size}；上限是 {limit}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="122"/>
        <source>the file needs a name</source>
        <translation>文件需要名称</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="124"/>
        <source>attach the file to a contact, a deal or an interaction</source>
        <translation>请将文件附加到联系人、交易或互动</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="127"/>
        <source>{name} is a folder, not a file</source>
        <translation>{name} 是文件夹，不是文件</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="129"/>
        <source>{name} is not a file</source>
        <translation>{name} 不是文件</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="131"/>
        <source>{name} does not exist</source>
        <translation>{name} 不存在</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="133"/>
        <source>{name} cannot be read (permission denied)</source>
        <translation>无权读取 {name}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="136"/>
        <source>the content must be bytes</source>
        <translation>内容必须是字节数据</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="139"/>
        <source>is not a backup setting</source>
        <translation>不是备份设置项</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="141"/>
        <source>give the folder as a full path</source>
        <translation>请填写文件夹的完整路径</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="143"/>
        <source>The new passphrase is the same as the current one.</source>
        <translation>新口令与当前口令相同。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="145"/>
        <source>is the vault itself</source>
        <translation>这就是保险库本身</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="147"/>
        <source>&apos;{value}&apos; cannot be copied back; only: {allowed}</source>
        <translation>“{value}”不能复制回来；只能复制：{allowed}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="151"/>
        <source>the preset &apos;{name}&apos; cannot be read ({detail})</source>
        <translation>无法读取预设“{name}”（{detail}）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="154"/>
        <source>the vault already holds data ({what}); the demo fills only an empty vault</source>
        <translation>保险库中已有数据（{what}）；演示数据只能填入空的保险库</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="158"/>
        <source>has no pipeline stages to put demo deals in</source>
        <translation>没有可放入演示交易的阶段</translation>
    </message>
</context>
<context>
    <name>CustomFieldEditor</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/custom_field_editor.py" line="22"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/custom_field_editor.py" line="22"/>
        <source>For</source>
        <translation>用于</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/custom_field_editor.py" line="22"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/custom_field_editor.py" line="22"/>
        <source>Values</source>
        <translation>取值</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/custom_field_editor.py" line="26"/>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/custom_field_editor.py" line="26"/>
        <source>Deals</source>
        <translation>交易</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/custom_field_editor.py" line="27"/>
        <source>Interactions</source>
        <translation>互动</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/custom_field_editor.py" line="28"/>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/custom_field_editor.py" line="28"/>
        <source>Number</source>
        <translation>数字</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/custom_field_editor.py" line="28"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/custom_field_editor.py" line="29"/>
        <source>Choice</source>
        <translation>选项</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/custom_field_editor.py" line="30"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/custom_field_editor.py" line="33"/>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/custom_field_editor.py" line="38"/>
        <source>Name of a new field</source>
        <translation>新字段名称</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/custom_field_editor.py" line="48"/>
        <source>Choices, separated by ;</source>
        <translation>选项，用 ; 分隔</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/custom_field_editor.py" line="49"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/custom_field_editor.py" line="56"/>
        <source>Selected:</source>
        <translation>所选：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/custom_field_editor.py" line="57"/>
        <source>New field:</source>
        <translation>新字段：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/custom_field_editor.py" line="90"/>
        <source>Added {name}.</source>
        <translation>已添加 {name}。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/custom_field_editor.py" line="96"/>
        <source>Renamed to {name}.</source>
        <translation>已重命名为 {name}。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/custom_field_editor.py" line="103"/>
        <source>Remove a field</source>
        <translation>移除字段</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/custom_field_editor.py" line="104"/>
        <source>Remove the field {name} and its values on {count} records? Undo brings them back.</source>
        <translation>移除字段 {name} 及其在 {count} 条记录上的值？“撤销”可以恢复。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/custom_field_editor.py" line="108"/>
        <source>Removed {name}. Undo brings it back.</source>
        <translation>已移除 {name}。“撤销”可以恢复。</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../crm_desktop/gui/pages/dashboard_page.py" line="79"/>
        <source>Open pipeline by stage</source>
        <translation>各阶段进行中的交易</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/dashboard_page.py" line="80"/>
        <source>Follow-ups</source>
        <translation>跟进</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/dashboard_page.py" line="81"/>
        <source>Going cold</source>
        <translation>渐趋冷淡</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/dashboard_page.py" line="82"/>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/dashboard_page.py" line="83"/>
        <source>Click a stage to list its deals</source>
        <translation>点击一个阶段以列出其交易</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/dashboard_page.py" line="84"/>
        <source>Figures appear here as you work</source>
        <translation>随着您的工作，这里会显示各项数据</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/dashboard_page.py" line="85"/>
        <source>Once you have contacts and deals, the dashboard shows the open pipeline by stage, the follow-ups overdue and due today, the clients going cold and this week&apos;s activity.</source>
        <translation>有了联系人和交易后，仪表板会显示各阶段进行中的交易、逾期和今天到期的跟进、渐趋冷淡的客户以及本周动态。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/dashboard_page.py" line="87"/>
        <source>See it with the demo vault</source>
        <translation>用演示保险库看看</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/dashboard_page.py" line="130"/>
        <source>{total} (weighted {weighted})</source>
        <translation>{total}（加权 {weighted}）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/pages/dashboard_page.py" line="133"/>
        <source>%n open deal(s)</source>
        <translation>
            <numerusform>%n 笔进行中的交易</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/dashboard_page.py" line="141"/>
        <source>{overdue} overdue · {today} due today · {week} later this week</source>
        <translation>逾期 {overdue} · 今天到期 {today} · 本周稍后 {week}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/dashboard_page.py" line="147"/>
        <source>Nothing overdue, nothing due today.</source>
        <translation>没有逾期，今天也没有到期事项。</translation>
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
        <translation>{tier} 级：{n}（超过 {days} 天）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/dashboard_page.py" line="161"/>
        <source>{name} — tier {tier}, silent {days} days</source>
        <translation>{name} — {tier} 级，{days} 天无联系</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/dashboard_page.py" line="164"/>
        <source>No client has gone cold.</source>
        <translation>没有客户变冷淡。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/pages/dashboard_page.py" line="169"/>
        <source>%n interaction(s) since Monday</source>
        <translation>
            <numerusform>本周一以来 %n 次互动</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/dashboard_page.py" line="180"/>
        <source>No interactions logged this week.</source>
        <translation>本周尚未记录互动。</translation>
    </message>
</context>
<context>
    <name>DealForm</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_form.py" line="75"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_form.py" line="75"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_form.py" line="75"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_form.py" line="76"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_form.py" line="76"/>
        <source>Probability (%)</source>
        <translation>成交概率（%）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_form.py" line="77"/>
        <source>Expected close</source>
        <translation>预计成交日</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_form.py" line="77"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_form.py" line="78"/>
        <source>Retainer fee</source>
        <translation>聘用费</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_form.py" line="78"/>
        <source>Success fee</source>
        <translation>成功费</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_form.py" line="79"/>
        <source>Success fee (%)</source>
        <translation>成功费（%）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_form.py" line="79"/>
        <source>Weighted amount</source>
        <translation>加权金额</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_form.py" line="80"/>
        <source>Expected fee</source>
        <translation>预期费用</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_form.py" line="101"/>
        <source>Stage default: {p}</source>
        <translation>阶段默认：{p}</translation>
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
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/deal_list_model.py" line="155"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/deal_list_model.py" line="155"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/deal_list_model.py" line="156"/>
        <source>Probability</source>
        <translation>概率</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/deal_list_model.py" line="156"/>
        <source>Expected close</source>
        <translation>预计成交日</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/deal_list_model.py" line="156"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/deal_list_model.py" line="156"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/deal_list_model.py" line="159"/>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/deal_list_model.py" line="159"/>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/deal_list_model.py" line="159"/>
        <source>Lost</source>
        <translation>输单</translation>
    </message>
</context>
<context>
    <name>DealQuickAddDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/deal_quick_add.py" line="38"/>
        <source>Add a deal</source>
        <translation>添加交易</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/deal_quick_add.py" line="42"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/deal_quick_add.py" line="42"/>
        <source>Client:</source>
        <translation>客户：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/deal_quick_add.py" line="43"/>
        <source>Amount:</source>
        <translation>金额：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/deal_quick_add.py" line="43"/>
        <source>Currency:</source>
        <translation>币种：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/deal_quick_add.py" line="44"/>
        <source>Expected close:</source>
        <translation>预计成交日：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/deal_quick_add.py" line="50"/>
        <source>Stage:</source>
        <translation>阶段：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/deal_quick_add.py" line="51"/>
        <source>An organization&apos;s name (added if new)</source>
        <translation>机构名称（如为新机构则自动添加）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/deal_quick_add.py" line="59"/>
        <source>Add</source>
        <translation>添加</translation>
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
        <translation>赢单…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_view.py" line="126"/>
        <source>Lost…</source>
        <translation>输单…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_view.py" line="127"/>
        <source>Move to &amp;trash</source>
        <translation>移到回收站(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_view.py" line="128"/>
        <source>The deal, its parties and notes go to the trash; Edit → Undo brings them back.</source>
        <translation>该交易及其参与方和备注将移到回收站；“编辑 → 撤销”可以恢复。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_view.py" line="130"/>
        <source>Parties</source>
        <translation>参与方</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_view.py" line="131"/>
        <source>Add note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_view.py" line="132"/>
        <source>Write a note (Ctrl+Return adds it)</source>
        <translation>写一条备注（Ctrl+Return 添加）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_view.py" line="133"/>
        <source>Add a reminder…</source>
        <translation>添加提醒…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_view.py" line="134"/>
        <source>Add a party…</source>
        <translation>添加参与方…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_view.py" line="139"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_view.py" line="139"/>
        <source>Interactions</source>
        <translation>互动</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_view.py" line="139"/>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_view.py" line="187"/>
        <source>Notes ({n})</source>
        <translation>备注（{n}）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_view.py" line="188"/>
        <source>Interactions ({n})</source>
        <translation>互动（{n}）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_view.py" line="189"/>
        <source>Reminders ({n})</source>
        <translation>提醒（{n}）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_view.py" line="196"/>
        <source>closed {date}</source>
        <translation>{date} 结束</translation>
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
        <translation>新建交易…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/deals_page.py" line="133"/>
        <source>Add a deal (Ctrl+Shift+D)</source>
        <translation>添加交易（Ctrl+Shift+D）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/deals_page.py" line="135"/>
        <source>No deals yet</source>
        <translation>还没有交易</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/deals_page.py" line="136"/>
        <source>A deal follows your pipeline from the first meeting to the signing. The stages are yours: rename, add or reorder them in Settings.</source>
        <translation>一笔交易从首次会面到签约，沿着您的流程推进。阶段由您决定：可在“设置”中重命名、添加或调整顺序。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/deals_page.py" line="139"/>
        <source>Add your first deal ({keys})</source>
        <translation>添加第一笔交易（{keys}）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/deals_page.py" line="142"/>
        <source>All stages</source>
        <translation>全部阶段</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/deals_page.py" line="143"/>
        <source>All owners</source>
        <translation>全部负责人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/deals_page.py" line="157"/>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/deals_page.py" line="157"/>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/deals_page.py" line="157"/>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/deals_page.py" line="158"/>
        <source>Lost</source>
        <translation>输单</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/pages/deals_page.py" line="204"/>
        <location filename="../../crm_desktop/gui/pages/deals_page.py" line="207"/>
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n 笔交易</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/deals_page.py" line="205"/>
        <source>No deals yet: press Ctrl+Shift+D to add one.</source>
        <translation>还没有交易：按 Ctrl+Shift+D 添加。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/deals_page.py" line="253"/>
        <source>{name} moved to the trash (Edit → Undo brings it back).</source>
        <translation>{name} 已移到回收站（“编辑 → 撤销”可以恢复）。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/deals_page.py" line="284"/>
        <source>Moved {deal} to {stage}. Ctrl+Z undoes it.</source>
        <translation>已将 {deal} 移到 {stage}。按 Ctrl+Z 撤销。</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../../crm_desktop/gui/demo_flow.py" line="74"/>
        <source>Filling the demo vault with sample contacts, deals and notes…</source>
        <translation>正在向演示保险库填入示例联系人、交易和记录…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/demo_flow.py" line="75"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/demo_flow.py" line="76"/>
        <source>Try the demo</source>
        <translation>试用演示</translation>
    </message>
</context>
<context>
    <name>DetectPage</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_detect_page.py" line="42"/>
        <source>What was found</source>
        <translation>识别结果</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_detect_page.py" line="43"/>
        <source>Check that the first rows read right. If the text looks garbled, choose another encoding.</source>
        <translation>请检查前几行是否读取正确。如果文字显示为乱码，请选择其他编码。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_detect_page.py" line="57"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_detect_page.py" line="58"/>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_detect_page.py" line="59"/>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_detect_page.py" line="60"/>
        <source>&amp;Sheet:</source>
        <translation>工作表(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_detect_page.py" line="61"/>
        <source>Header:</source>
        <translation>表头：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_detect_page.py" line="62"/>
        <source>&amp;Rows are:</source>
        <translation>每行是(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_detect_page.py" line="65"/>
        <source>The first rows:</source>
        <translation>前几行：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_detect_page.py" line="92"/>
        <source>{label} (detected, {sure}% sure)</source>
        <translation>{label}（检测结果，可信度 {sure}%）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_detect_page.py" line="104"/>
        <source>row {n} of the sheet</source>
        <translation>工作表第 {n} 行</translation>
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
        <translation>crm-desktop 的 JSON 导出文件会整体恢复：包括阶段、标签、自定义字段、联系人、交易、备注和提醒。保险库中已有的记录（相同 id）会被跳过，因此同一文件恢复两次也不会重复添加。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_detect_page.py" line="140"/>
        <source>Reading the file again…</source>
        <translation>正在重新读取文件…</translation>
    </message>
</context>
<context>
    <name>DuplicateModel</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_duplicates.py" line="56"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_duplicates.py" line="56"/>
        <source>In the file</source>
        <translation>文件中</translation>
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
        <translation>导入时将</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_duplicates.py" line="93"/>
        <source>{name} (row {row} of the file)</source>
        <translation>{name}（文件第 {row} 行）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_duplicates.py" line="110"/>
        <source>{action} — your choice</source>
        <translation>{action}（您的选择）</translation>
    </message>
</context>
<context>
    <name>DuplicateWarning</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/dup_warning.py" line="43"/>
        <source>&amp;Open it</source>
        <translation>打开该联系人(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/dup_warning.py" line="46"/>
        <source>Add an&amp;yway</source>
        <translation>仍然添加(&amp;Y)</translation>
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
            <numerusform>（另有 %n 个）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/dup_labels.py" line="15"/>
        <source>same phone</source>
        <translation>电话相同</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/dup_labels.py" line="16"/>
        <source>same e-mail</source>
        <translation>电子邮件相同</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/dup_labels.py" line="17"/>
        <source>same name</source>
        <translation>姓名相同</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/dup_labels.py" line="18"/>
        <source>same name in simplified / traditional</source>
        <translation>简繁体姓名相同</translation>
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
        <translation>机构相同</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/dup_labels.py" line="22"/>
        <source>similar name at the same organization</source>
        <translation>同一机构中姓名相似</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/dup_labels.py" line="24"/>
        <source>same organization name</source>
        <translation>机构名称相同</translation>
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
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/dup_labels.py" line="42"/>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/dup_labels.py" line="43"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/dup_labels.py" line="44"/>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/dup_labels.py" line="45"/>
        <source>E-mails</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/dup_labels.py" line="46"/>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/dup_labels.py" line="47"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/dup_labels.py" line="48"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/dup_labels.py" line="49"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/dup_labels.py" line="50"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/duplicates_dialog.py" line="59"/>
        <source>Find duplicates</source>
        <translation>查找重复</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/duplicates_dialog.py" line="67"/>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/duplicates_dialog.py" line="71"/>
        <source>Search &amp;again</source>
        <translation>重新查找(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/duplicates_dialog.py" line="88"/>
        <source>&amp;Merge</source>
        <translation>合并(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/duplicates_dialog.py" line="91"/>
        <source>One record keeps the chosen values and every interaction, deal and reminder; Edit → Undo reverts the merge.</source>
        <translation>保留一条记录，带上所选的值以及全部互动、交易和提醒；“编辑 → 撤销”可以撤回合并。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/duplicates_dialog.py" line="93"/>
        <source>&amp;Not the same</source>
        <translation>不是同一个(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/duplicates_dialog.py" line="96"/>
        <source>These records are different people or organizations: they are not proposed together again.</source>
        <translation>这些记录是不同的个人或机构：以后不会再把它们作为重复项提出。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/duplicates_dialog.py" line="144"/>
        <source>Looking for duplicates…</source>
        <translation>正在查找重复项…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/duplicates_dialog.py" line="161"/>
        <source>Preparing the contacts for comparison…</source>
        <translation>正在准备比对联系人…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/duplicates_dialog.py" line="163"/>
        <source>Comparing contacts: {done} of {total} pairs</source>
        <translation>正在比对联系人：{done}/{total} 对</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/dialogs/duplicates_dialog.py" line="181"/>
        <source>%n group(s) of likely duplicates</source>
        <translation>
            <numerusform>%n 组可能重复的记录</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/duplicates_dialog.py" line="182"/>
        <source>No duplicates found.</source>
        <translation>未发现重复项。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/duplicates_dialog.py" line="187"/>
        <source>Stopped. Search again to see the groups.</source>
        <translation>已停止。重新查找即可查看各组。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/duplicates_dialog.py" line="196"/>
        <source>Score {score}: {why}</source>
        <translation>得分 {score}：{why}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/duplicates_dialog.py" line="252"/>
        <source>Merged into {name}. Edit → Undo brings the records back.</source>
        <translation>已合并到 {name}。“编辑 → 撤销”可以恢复这些记录。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/duplicates_dialog.py" line="264"/>
        <source>{names}: not the same; not proposed together again.</source>
        <translation>{names}：不是同一个；以后不会再一起提出。</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../crm_desktop/gui/errors.py" line="31"/>
        <source>Wrong passphrase. Check Caps Lock and the keyboard layout, and try again.</source>
        <translation>口令错误。请检查大写锁定键和键盘布局，然后重试。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/errors.py" line="34"/>
        <source>This vault is open in another crm-desktop window or command. Close it there first: two programs writing at once could damage your data.</source>
        <translation>此保险库已在另一个 crm-desktop 窗口或命令中打开。请先在那里关闭：两个程序同时写入可能损坏您的数据。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/errors.py" line="38"/>
        <source>There is no vault at {path}.</source>
        <translation>{path} 处没有保险库。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/errors.py" line="40"/>
        <source>{name} is not a crm-desktop vault ({why}).</source>
        <translation>{name} 不是 crm-desktop 保险库（{why}）。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/errors.py" line="43"/>
        <source>The vault is damaged: {detail}.</source>
        <translation>保险库已损坏：{detail}。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/errors.py" line="46"/>
        <source>Unreadable: {tables}.</source>
        <translation>无法读取：{tables}。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/errors.py" line="49"/>
        <source>Still readable: {tables}.</source>
        <translation>仍可读取：{tables}。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/errors.py" line="51"/>
        <source>Restore your newest backup, or salvage what still reads.</source>
        <translation>请恢复最新的备份，或抢救仍可读取的数据。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/errors.py" line="58"/>
        <source>Something unexpected went wrong ({kind}). The details were written to the log.</source>
        <translation>发生了意外错误（{kind}）。详细信息已写入日志。</translation>
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
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/export_dialog.py" line="63"/>
        <source>Contacts as CSV</source>
        <translation>联系人（CSV）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/export_dialog.py" line="64"/>
        <source>Contacts as an Excel workbook (XLSX)</source>
        <translation>联系人（Excel 工作簿，XLSX）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/export_dialog.py" line="65"/>
        <source>Contacts as vCards (phones, address books)</source>
        <translation>联系人（vCard，用于手机、通讯录）</translation>
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
        <translation>提醒（日历，iCalendar）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/export_dialog.py" line="69"/>
        <source>Everything, as JSON (to move or keep the whole vault)</source>
        <translation>全部数据（JSON，用于迁移或存档整个保险库）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/export_dialog.py" line="73"/>
        <source>UTF-8 with BOM (opens right in Excel)</source>
        <translation>UTF-8 带 BOM（Excel 可正确打开）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/export_dialog.py" line="74"/>
        <source>GBK (older Chinese Excel and programs)</source>
        <translation>GBK（旧版中文 Excel 及程序）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/export_dialog.py" line="75"/>
        <source>UTF-8 without BOM</source>
        <translation>UTF-8 不带 BOM</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/export_dialog.py" line="78"/>
        <source>4.0 (current)</source>
        <translation>4.0（当前版本）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/export_dialog.py" line="79"/>
        <source>3.0 (older phones, Outlook)</source>
        <translation>3.0（旧款手机、Outlook）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/export_dialog.py" line="82"/>
        <source>To-dos</source>
        <translation>待办事项</translation>
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
        <translation>包括回收站(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/export_dialog.py" line="87"/>
        <source>Include attached &amp;files</source>
        <translation>包括附件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/export_dialog.py" line="92"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/export_dialog.py" line="98"/>
        <source>&amp;What:</source>
        <translation>内容(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/export_dialog.py" line="99"/>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/export_dialog.py" line="100"/>
        <source>&amp;vCard version:</source>
        <translation>vCard 版本(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/export_dialog.py" line="101"/>
        <source>&amp;As:</source>
        <translation>导出为(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/export_dialog.py" line="105"/>
        <source>&amp;Save to:</source>
        <translation>保存到(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/export_dialog.py" line="109"/>
        <source>The file written is not encrypted: keep it somewhere safe, and delete it when you no longer need it.</source>
        <translation>导出的文件未加密：请妥善保管，不再需要时请删除。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/export_dialog.py" line="119"/>
        <source>E&amp;xport</source>
        <translation>导出(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/export_dialog.py" line="122"/>
        <source>S&amp;how in folder</source>
        <translation>在文件夹中显示(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/export_dialog.py" line="180"/>
        <source>Export to</source>
        <translation>导出到</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/export_dialog.py" line="181"/>
        <source>{kind} files (*{suffix})</source>
        <translation>{kind} 文件 (*{suffix})</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/export_dialog.py" line="194"/>
        <source>{name} exists. Replace it?</source>
        <translation>{name} 已存在。要替换吗？</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/export_dialog.py" line="211"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/dialogs/export_dialog.py" line="226"/>
        <source>Saved %n record(s) to {path}.</source>
        <translation>
            <numerusform>已将 %n 条记录保存到 {path}。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_file_page.py" line="35"/>
        <location filename="../../crm_desktop/gui/widgets/import_file_page.py" line="73"/>
        <source>Choose a file to import</source>
        <translation>选择要导入的文件</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_file_page.py" line="36"/>
        <source>A CSV or Excel (XLSX) table, a vCard file from a phone or an address book, or a crm-desktop JSON export. Nothing is written before the last step, and every import can be undone as a whole.</source>
        <translation>CSV 或 Excel (XLSX) 表格、来自手机或通讯录的 vCard 文件，或 crm-desktop 的 JSON 导出文件。最后一步之前不会写入任何内容，每次导入都可以整体撤销。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_file_page.py" line="39"/>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_file_page.py" line="42"/>
        <source>The path of the file</source>
        <translation>文件路径</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_file_page.py" line="45"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_file_page.py" line="50"/>
        <source>Earlier imports</source>
        <translation>导入历史</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_file_page.py" line="74"/>
        <source>Contacts, deals and notes (*.csv *.txt *.tsv *.xlsx *.xlsm *.vcf *.vcard *.json);;All files (*)</source>
        <translation>联系人、交易和备注 (*.csv *.txt *.tsv *.xlsx *.xlsm *.vcf *.vcard *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_file_page.py" line="93"/>
        <source>There is no file at {path}.</source>
        <translation>{path} 处没有文件。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_file_page.py" line="97"/>
        <source>Reading {name}…</source>
        <translation>正在读取 {name}…</translation>
    </message>
</context>
<context>
    <name>GeneralSettings</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/general_settings.py" line="56"/>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/general_settings.py" line="57"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/general_settings.py" line="64"/>
        <source>Phone region:</source>
        <translation>电话地区：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/general_settings.py" line="65"/>
        <source>Currency:</source>
        <translation>币种：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/general_settings.py" line="67"/>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/general_settings.py" line="68"/>
        <source>Lock after idle:</source>
        <translation>空闲后锁定：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/general_settings.py" line="70"/>
        <source>This vault</source>
        <translation>此保险库</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/general_settings.py" line="71"/>
        <source>Phone numbers typed without +country code are read in this region; new deals start in this currency.</source>
        <translation>未输入 +国家代码的电话号码按此地区解读；新交易默认使用此币种。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/general_settings.py" line="75"/>
        <source>This computer</source>
        <translation>此电脑</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/general_settings.py" line="92"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/general_settings.py" line="124"/>
        <source>Saved. Undo takes it back.</source>
        <translation>已保存。“撤销”可以撤回。</translation>
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
        <translation>联系人</translation>
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
        <translation>用户指南</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/guide_dialog.py" line="75"/>
        <source>The user guide is missing from this installation ({path}).</source>
        <translation>此安装中缺少用户指南（{path}）。</translation>
    </message>
</context>
<context>
    <name>HealthDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/health_dialog.py" line="100"/>
        <source>Data health</source>
        <translation>数据质量</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/health_dialog.py" line="105"/>
        <source>Check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/health_dialog.py" line="105"/>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/health_dialog.py" line="105"/>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/health_dialog.py" line="111"/>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/health_dialog.py" line="114"/>
        <source>&amp;Right as it is</source>
        <translation>无需修改(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/health_dialog.py" line="116"/>
        <source>Not reported again for this check until the contact changes.</source>
        <translation>在联系人发生变更之前，此项检查不再报告它。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/health_dialog.py" line="118"/>
        <source>Check &amp;again</source>
        <translation>重新检查(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/health_dialog.py" line="147"/>
        <source>Checking the vault…</source>
        <translation>正在检查保险库…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/health_dialog.py" line="161"/>
        <source>Tier {tier}: no interaction in {days} days</source>
        <translation>{tier} 级：{days} 天无互动</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/health_dialog.py" line="164"/>
        <source>Contacts without a phone</source>
        <translation>没有电话的联系人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/health_dialog.py" line="165"/>
        <source>Contacts without an e-mail</source>
        <translation>没有电子邮件的联系人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/health_dialog.py" line="166"/>
        <source>People without an organization</source>
        <translation>没有所属机构的个人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/health_dialog.py" line="167"/>
        <source>Contacts without a tier</source>
        <translation>没有等级的联系人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/health_dialog.py" line="168"/>
        <source>Phones that did not parse (kept as typed)</source>
        <translation>无法解析的电话（按原样保存）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/health_dialog.py" line="169"/>
        <source>Invalid e-mails</source>
        <translation>无效的电子邮件</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/health_dialog.py" line="170"/>
        <source>Open deals past their expected close</source>
        <translation>已过预计成交日的进行中交易</translation>
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
        <translation>从未互动</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/health_dialog.py" line="184"/>
        <source>{day}: {contacts} contacts ({people} people, {orgs} organizations)</source>
        <translation>{day}：{contacts} 个联系人（{people} 个个人，{orgs} 个机构）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/dialogs/health_dialog.py" line="192"/>
        <source>%n more marked right as it is</source>
        <translation>
            <numerusform>另有 %n 项已标为无需修改</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/health_dialog.py" line="199"/>
        <source>… and {n} more</source>
        <translation>… 另有 {n} 项</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/health_dialog.py" line="204"/>
        <source>Groups of likely duplicates</source>
        <translation>可能重复的记录组</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/health_dialog.py" line="206"/>
        <source>Open the group to merge its records, or mark them not the same.</source>
        <translation>打开该组以合并其记录，或标记为不是同一个。</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/history_view.py" line="53"/>
        <source>undone</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/history_view.py" line="65"/>
        <source>No changes recorded yet.</source>
        <translation>尚无变更记录。</translation>
    </message>
</context>
<context>
    <name>ImportDuplicates</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_duplicates.py" line="40"/>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_duplicates.py" line="41"/>
        <source>Create a new contact</source>
        <translation>新建联系人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_duplicates.py" line="42"/>
        <source>Update (the file&apos;s values replace)</source>
        <translation>更新（用文件中的值替换）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_duplicates.py" line="43"/>
        <source>Merge (add what is missing)</source>
        <translation>合并（补上缺少的内容）</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="15"/>
        <source>Kind (meeting, call, e-mail, note)</source>
        <translation>类型（会议、电话、电子邮件、备注）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="17"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="18"/>
        <source>Kind (person / organization)</source>
        <translation>类型（个人/机构）</translation>
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
        <translation>其他名称</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="24"/>
        <source>Organization</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="25"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="26"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="27"/>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="28"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="29"/>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="30"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="31"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="32"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="33"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="34"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="35"/>
        <source>Phone label</source>
        <translation>电话类别</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="36"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="37"/>
        <source>E-mail label</source>
        <translation>电子邮件类别</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="38"/>
        <source>Address (one line)</source>
        <translation>地址（单行）</translation>
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
        <translation>地区/省份</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="42"/>
        <source>Postcode</source>
        <translation>邮政编码</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="43"/>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="44"/>
        <source>Address label</source>
        <translation>地址类别</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="45"/>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="46"/>
        <source>Group members</source>
        <translation>群组成员</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="47"/>
        <source>Keep as custom field</source>
        <translation>保留为自定义字段</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="48"/>
        <source>Custom field label</source>
        <translation>自定义字段名称</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="49"/>
        <source>Custom field value</source>
        <translation>自定义字段值</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="50"/>
        <source>Skip (do not import)</source>
        <translation>跳过（不导入）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="51"/>
        <source>Record id (uid)</source>
        <translation>记录 ID (uid)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="52"/>
        <source>Deal name</source>
        <translation>交易名称</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="53"/>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="54"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="55"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="56"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="57"/>
        <source>Probability</source>
        <translation>概率</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="58"/>
        <source>Expected close</source>
        <translation>预计成交日</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="59"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="60"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="61"/>
        <source>Close reason</source>
        <translation>结束原因</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="62"/>
        <source>Retainer fee</source>
        <translation>聘用费</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="63"/>
        <source>Success fee (amount)</source>
        <translation>成功费（金额）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="64"/>
        <source>Success fee (%)</source>
        <translation>成功费（%）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="65"/>
        <source>Parties</source>
        <translation>参与方</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="66"/>
        <source>Date and time</source>
        <translation>日期和时间</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="67"/>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="68"/>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="69"/>
        <source>Participants</source>
        <translation>参与人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="70"/>
        <source>Deal</source>
        <translation>交易</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="81"/>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="82"/>
        <source>Deals</source>
        <translation>交易</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="83"/>
        <source>Interactions (meetings, calls, notes)</source>
        <translation>互动（会议、电话、备注）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="89"/>
        <source>CSV (text)</source>
        <translation>CSV（文本）</translation>
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
        <translation>crm-desktop JSON 导出文件</translation>
    </message>
</context>
<context>
    <name>ImportHistory</name>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/import_history.py" line="51"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/import_history.py" line="51"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/import_history.py" line="51"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/import_history.py" line="52"/>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/import_history.py" line="52"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/import_history.py" line="60"/>
        <source>&amp;Undo this import</source>
        <translation>撤销此次导入(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/import_history.py" line="82"/>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/import_history.py" line="82"/>
        <source>Undone</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/import_history.py" line="82"/>
        <source>Unfinished</source>
        <translation>未完成</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/import_history.py" line="95"/>
        <source>No imports yet.</source>
        <translation>还没有导入记录。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/import_history.py" line="116"/>
        <source>Undoing the import of {name}…</source>
        <translation>正在撤销 {name} 的导入…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/import_history.py" line="122"/>
        <source>The import of {name} is undone.</source>
        <translation>{name} 的导入已撤销。</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/import_history.py" line="136"/>
        <source>Import history</source>
        <translation>导入历史</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/import_wizard.py" line="35"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
</context>
<context>
    <name>InteractionQuickAdd</name>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/interaction_quick_add.py" line="59"/>
        <source>Log an interaction</source>
        <translation>记录互动</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/interaction_quick_add.py" line="84"/>
        <source>What it was about</source>
        <translation>事由</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/interaction_quick_add.py" line="87"/>
        <source>Notes (Ctrl+Enter saves)</source>
        <translation>备注（Ctrl+Enter 保存）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/interaction_quick_add.py" line="91"/>
        <source>Contact:</source>
        <translation>联系人：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/interaction_quick_add.py" line="93"/>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/interaction_quick_add.py" line="94"/>
        <source>When:</source>
        <translation>时间：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/interaction_quick_add.py" line="95"/>
        <source>Subject:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/interaction_quick_add.py" line="96"/>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/interaction_quick_add.py" line="99"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/interaction_quick_add.py" line="148"/>
        <source>Find the contact first: type part of a name.</source>
        <translation>请先找到联系人：输入姓名的一部分。</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="13"/>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="14"/>
        <source>Call</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="15"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="16"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="22"/>
        <source>Sponsor</source>
        <translation>发起人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="23"/>
        <source>Lender</source>
        <translation>贷款方</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="24"/>
        <source>Investor</source>
        <translation>投资方</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="25"/>
        <source>Adviser</source>
        <translation>顾问</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="26"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="32"/>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="33"/>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="34"/>
        <source>Lost</source>
        <translation>输单</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="35"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="41"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="42"/>
        <source>Deal</source>
        <translation>交易</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="43"/>
        <source>Interaction</source>
        <translation>互动</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="44"/>
        <source>Reminder</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="45"/>
        <source>Deal note</source>
        <translation>交易备注</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="46"/>
        <source>Attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="59"/>
        <source>hourly</source>
        <translation>每小时</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="60"/>
        <source>daily</source>
        <translation>每天</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="61"/>
        <source>weekly</source>
        <translation>每周</translation>
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
        <translation>每 %1 小时</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="67"/>
        <source>every %1 days</source>
        <translation>每 %1 天</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="68"/>
        <source>every %1 weeks</source>
        <translation>每 %1 周</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="69"/>
        <source>every %1 months</source>
        <translation>每 %1 个月</translation>
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
        <translation>&lt;h2&gt;保险库已锁定&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/locked_page.py" line="28"/>
        <source>Unlock…</source>
        <translation>解锁…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Search contacts ({keys})</source>
        <translation type="vanished">搜索联系人（{keys}）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="122"/>
        <source>Search contacts, deals and notes ({keys})</source>
        <translation>搜索联系人、交易和备注（{keys}）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="126"/>
        <source>Contacts</source>
        <translation>联系人</translation>
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
        <translation>仪表板</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="127"/>
        <source>Trash</source>
        <translation>回收站</translation>
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
            <numerusform>%n 条提醒已逾期</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="236"/>
        <source>Logged</source>
        <translation>已记录</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="249"/>
        <location filename="../../crm_desktop/gui/main_window.py" line="254"/>
        <source>Added {name}</source>
        <translation>已添加 {name}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="259"/>
        <source>Reminder added</source>
        <translation>已添加提醒</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_mapping_page.py" line="44"/>
        <source>Match the columns to fields</source>
        <translation>将各列对应到字段</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_mapping_page.py" line="47"/>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_mapping_page.py" line="47"/>
        <source>First values</source>
        <translation>前几个值</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_mapping_page.py" line="48"/>
        <source>Imported as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_mapping_page.py" line="62"/>
        <source>guess (month first when unclear)</source>
        <translation>自动（歧义时月在前）</translation>
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
        <translation>03/04/2024 这样的日期是(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_mapping_page.py" line="71"/>
        <source>&amp;Preset:</source>
        <translation>预设(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_mapping_page.py" line="73"/>
        <source>&amp;Load</source>
        <translation>载入(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_mapping_page.py" line="75"/>
        <source>Sa&amp;ve as preset…</source>
        <translation>另存为预设(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_mapping_page.py" line="100"/>
        <source>{n} columns, read as {what}. A column left as a custom field is kept under its own name; choose Skip to leave it out.</source>
        <translation>{n} 列，按{what}读取。设为自定义字段的列以原列名保存；选择“跳过”则不导入该列。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_mapping_page.py" line="128"/>
        <source>Field for column {column}</source>
        <translation>列 {column} 对应的字段</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_mapping_page.py" line="167"/>
        <source>Preset “{name}” loaded.</source>
        <translation>已载入预设“{name}”。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_mapping_page.py" line="170"/>
        <source>Save as preset</source>
        <translation>另存为预设</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_mapping_page.py" line="171"/>
        <source>A name for this mapping:</source>
        <translation>此映射的名称：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_mapping_page.py" line="185"/>
        <source>Saved as preset “{name}”.</source>
        <translation>已另存为预设“{name}”。</translation>
    </message>
</context>
<context>
    <name>MergeChooser</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/dup_compare.py" line="87"/>
        <source>Choose a group on the left to compare its records.</source>
        <translation>在左侧选择一组以比较其中的记录。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/widgets/dup_compare.py" line="103"/>
        <source>%n interaction(s)</source>
        <translation>
            <numerusform>%n 次互动</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/widgets/dup_compare.py" line="104"/>
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n 笔交易</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/widgets/dup_compare.py" line="105"/>
        <source>%n reminder(s)</source>
        <translation>
            <numerusform>%n 条提醒</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/dup_compare.py" line="110"/>
        <source>Keep this record</source>
        <translation>保留这条记录</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/dup_compare.py" line="112"/>
        <source>The other records go to the trash, marked merged; everything linked to them moves to this one.</source>
        <translation>其他记录会移到回收站并标为已合并；与它们关联的所有内容都转到这条记录。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/dup_compare.py" line="116"/>
        <source>Carries:</source>
        <translation>关联内容：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/dup_compare.py" line="162"/>
        <source>All of them</source>
        <translation>全部保留</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/dup_compare.py" line="162"/>
        <source>Both, joined</source>
        <translation>两者合并</translation>
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
        <translation>另有 %n 条</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/notifier.py" line="64"/>
        <source>Due now: {what}</source>
        <translation>现在到期：{what}</translation>
    </message>
</context>
<context>
    <name>PartyDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/party_dialog.py" line="52"/>
        <source>Add a party</source>
        <translation>添加参与方</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/party_dialog.py" line="56"/>
        <source>Type a name, a phone or an e-mail</source>
        <translation>输入姓名、电话或电子邮件</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/party_dialog.py" line="65"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/party_dialog.py" line="79"/>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/party_dialog.py" line="111"/>
        <source>Find the contact first.</source>
        <translation>请先找到联系人。</translation>
    </message>
</context>
<context>
    <name>PathField</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/path_field.py" line="21"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
</context>
<context>
    <name>PipelineBoard</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/pipeline_board.py" line="99"/>
        <source>Open</source>
        <translation>打开</translation>
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
            <numerusform>%n 笔交易</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/pipeline_chart.py" line="112"/>
        <source>No open deals yet.</source>
        <translation>还没有进行中的交易。</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_preview_page.py" line="48"/>
        <source>Check before importing</source>
        <translation>导入前检查</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_preview_page.py" line="49"/>
        <source>Nothing has been written yet. Import writes every row below in one step, which can be undone as a whole.</source>
        <translation>尚未写入任何内容。“导入”会一次写入下面的所有行，并可整体撤销。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_preview_page.py" line="52"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_preview_page.py" line="63"/>
        <source>&amp;Rows that match a record already in the vault:</source>
        <translation>与保险库中已有记录匹配的行(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_preview_page.py" line="98"/>
        <source>Same phone or e-mail: merge them; the others I choose</source>
        <translation>电话或电子邮件相同的合并，其余由我选择</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_preview_page.py" line="99"/>
        <source>Skip them (the vault keeps its record)</source>
        <translation>跳过（保留保险库中的记录）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_preview_page.py" line="100"/>
        <source>Import them as new records</source>
        <translation>作为新记录导入</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_preview_page.py" line="102"/>
        <source>Merge them all: add what a contact lacks, overwrite nothing</source>
        <translation>全部合并：补上联系人缺少的内容，不覆盖任何内容</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_preview_page.py" line="104"/>
        <source>Update the existing contact with the file&apos;s values</source>
        <translation>用文件中的值更新已有联系人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_preview_page.py" line="121"/>
        <source>{name} is a crm-desktop JSON export: it is restored whole, and records the vault already holds are skipped.</source>
        <translation>{name} 是 crm-desktop 的 JSON 导出文件：将整体恢复，保险库中已有的记录会被跳过。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_preview_page.py" line="126"/>
        <source>Reading every row of {name} to see what importing it would do…</source>
        <translation>正在读取 {name} 的每一行，预估导入结果…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/widgets/import_preview_page.py" line="158"/>
        <source>&lt;b&gt;%n&lt;/b&gt; new</source>
        <translation>
            <numerusform>新增 &lt;b&gt;%n&lt;/b&gt; 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/widgets/import_preview_page.py" line="159"/>
        <source>&lt;b&gt;%n&lt;/b&gt; to merge into a contact</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; 行将合并进已有联系人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/widgets/import_preview_page.py" line="160"/>
        <source>&lt;b&gt;%n&lt;/b&gt; to update</source>
        <translation>
            <numerusform>更新 &lt;b&gt;%n&lt;/b&gt; 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/widgets/import_preview_page.py" line="161"/>
        <source>&lt;b&gt;%n&lt;/b&gt; possible duplicate(s) for you to check</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; 行可能重复，需要您查看</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; possible duplicate(s)</source>
        <translation type="vanished">
            <numerusform>&lt;b&gt;%n&lt;/b&gt; 条可能重复</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/widgets/import_preview_page.py" line="162"/>
        <source>&lt;b&gt;%n&lt;/b&gt; row(s) with errors, not imported</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; 行有错误，不导入</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_preview_page.py" line="165"/>
        <source>Rows to check are skipped unless you choose another action for them (in bold below: F2 or a click on the action).</source>
        <translation>需要查看的行默认跳过，除非您为它们选择其他处理方式（下方粗体行：按 F2 或点击处理方式）。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/widgets/import_preview_page.py" line="168"/>
        <source>%n problem(s) listed below, errors first.</source>
        <translation>
            <numerusform>下面列出 %n 个问题，错误在前。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_preview_page.py" line="170"/>
        <source>This file was imported before ({when}, {status}).</source>
        <translation>此文件以前导入过（{when}，{status}）。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/widgets/import_preview_page.py" line="173"/>
        <source>Possible duplicates (%n)</source>
        <translation>
            <numerusform>可能重复（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/widgets/import_preview_page.py" line="174"/>
        <source>Problems (%n)</source>
        <translation>
            <numerusform>问题（%n）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_preview_page.py" line="212"/>
        <source>Importing {name}…</source>
        <translation>正在导入 {name}…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_preview_page.py" line="213"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_preview_page.py" line="215"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_preview_page.py" line="234"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_preview_page.py" line="241"/>
        <source>Importing: {n} rows read…</source>
        <translation>正在导入：已读取 {n} 行…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_preview_page.py" line="263"/>
        <source>Import cancelled: nothing was written.</source>
        <translation>导入已取消：未写入任何内容。</translation>
    </message>
</context>
<context>
    <name>ProblemModel</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_problems.py" line="25"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_problems.py" line="25"/>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_problems.py" line="25"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_problems.py" line="25"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_problems.py" line="26"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_problems.py" line="26"/>
        <source>What is wrong</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_problems.py" line="52"/>
        <source>whole file</source>
        <translation>整个文件</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_problems.py" line="60"/>
        <source>Error: not imported</source>
        <translation>错误：未导入</translation>
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
        <translation>添加联系人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/quick_add.py" line="48"/>
        <source>Person</source>
        <translation>个人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/quick_add.py" line="49"/>
        <source>Organization</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/quick_add.py" line="52"/>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/quick_add.py" line="53"/>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/quick_add.py" line="53"/>
        <source>Organization:</source>
        <translation>机构：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/quick_add.py" line="54"/>
        <source>Title:</source>
        <translation>职务：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/quick_add.py" line="54"/>
        <source>Phone:</source>
        <translation>电话：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/quick_add.py" line="55"/>
        <source>E-mail:</source>
        <translation>电子邮件：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/quick_add.py" line="59"/>
        <source>Tier:</source>
        <translation>等级：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/quick_add.py" line="72"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/record_html.py" line="48"/>
        <source>No interactions yet.</source>
        <translation>还没有互动。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/record_html.py" line="51"/>
        <source>The newest {shown} of {total}.</source>
        <translation>共 {total} 条，显示最新的 {shown} 条。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/record_html.py" line="59"/>
        <source>No notes yet.</source>
        <translation>还没有备注。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/record_html.py" line="76"/>
        <source>No reminders.</source>
        <translation>没有提醒。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/record_html.py" line="85"/>
        <source>No deals.</source>
        <translation>没有交易。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/record_html.py" line="91"/>
        <source>No parties yet.</source>
        <translation>还没有参与方。</translation>
    </message>
</context>
<context>
    <name>ReminderModel</name>
    <message>
        <location filename="../../crm_desktop/gui/models/reminder_model.py" line="65"/>
        <source>{when} in {zone}</source>
        <translation>{zone} 时间 {when}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/reminder_model.py" line="68"/>
        <source>Snoozed; first due {when}</source>
        <translation>已推迟；原定 {when} 到期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/reminder_model.py" line="84"/>
        <source>Done</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/reminder_model.py" line="84"/>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/reminder_model.py" line="84"/>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/reminder_model.py" line="84"/>
        <source>About</source>
        <translation>相关</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/reminder_model.py" line="85"/>
        <source>Repeats</source>
        <translation>重复</translation>
    </message>
</context>
<context>
    <name>ReminderQuickAddDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/reminder_quick_add.py" line="48"/>
        <source>Add a reminder</source>
        <translation>添加提醒</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/reminder_quick_add.py" line="59"/>
        <source>Does not repeat</source>
        <translation>不重复</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/reminder_quick_add.py" line="59"/>
        <source>Every day</source>
        <translation>每天</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/reminder_quick_add.py" line="59"/>
        <source>Every week</source>
        <translation>每周</translation>
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
        <translation>事项：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/reminder_quick_add.py" line="64"/>
        <source>When:</source>
        <translation>时间：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/reminder_quick_add.py" line="66"/>
        <source>Repeats:</source>
        <translation>重复：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/reminder_quick_add.py" line="70"/>
        <source>About:</source>
        <translation>相关：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/reminder_quick_add.py" line="73"/>
        <source>Add</source>
        <translation>添加</translation>
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
        <translation>将所选提醒标为完成（Ctrl+Return）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/reminders_page.py" line="107"/>
        <source>Snooze</source>
        <translation>推迟</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/reminders_page.py" line="108"/>
        <source>New reminder…</source>
        <translation>新建提醒…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/reminders_page.py" line="109"/>
        <source>Add a reminder (Ctrl+Shift+R)</source>
        <translation>添加提醒（Ctrl+Shift+R）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/reminders_page.py" line="111"/>
        <source>For an hour</source>
        <translation>推迟一小时</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/reminders_page.py" line="111"/>
        <source>Until tomorrow</source>
        <translation>推迟到明天</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/reminders_page.py" line="112"/>
        <source>Until next week</source>
        <translation>推迟到下周</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/reminders_page.py" line="114"/>
        <source>Until a date…</source>
        <translation>推迟到指定时间…</translation>
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
        <translation>即将到期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/reminders_page.py" line="185"/>
        <source>Nothing due today.</source>
        <translation>今天没有到期的提醒。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/reminders_page.py" line="185"/>
        <source>Nothing overdue. Well done.</source>
        <translation>没有逾期的提醒。做得好。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/reminders_page.py" line="186"/>
        <source>No reminders ahead. Ctrl+Shift+R adds one.</source>
        <translation>之后没有提醒。按 Ctrl+Shift+R 添加。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/reminders_page.py" line="187"/>
        <source>No reminders done yet.</source>
        <translation>还没有完成的提醒。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/reminders_page.py" line="191"/>
        <source>Add a reminder ({keys})</source>
        <translation>添加提醒（{keys}）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/reminders_page.py" line="193"/>
        <source>Nothing due — add a reminder</source>
        <translation>没有到期事项——添加一条提醒</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/reminders_page.py" line="194"/>
        <source>A reminder brings a follow-up back on its day: a call to return, a document to chase. It can repeat, and it can be about a contact or a deal.</source>
        <translation>提醒会在当天把要跟进的事提到您面前：要回的电话、要催的文件。提醒可以重复，也可以关联到联系人或交易。</translation>
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
        <translation>已推迟到 {when}</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_dialog.py" line="64"/>
        <source>Write a report</source>
        <translation>生成报告</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_dialog.py" line="84"/>
        <source>That contact is no longer in the vault.</source>
        <translation>该联系人已不在保险库中。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_dialog.py" line="87"/>
        <source>Save the report as</source>
        <translation>报告另存为</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_dialog.py" line="87"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_dialog.py" line="93"/>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_dialog.py" line="95"/>
        <source>Show in &amp;folder</source>
        <translation>在文件夹中显示(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_dialog.py" line="97"/>
        <source>&amp;Write PDF</source>
        <translation>生成 PDF(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_dialog.py" line="138"/>
        <source>&amp;Report:</source>
        <translation>报告(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_dialog.py" line="139"/>
        <source>&amp;Period:</source>
        <translation>期间(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_dialog.py" line="141"/>
        <source>&amp;Contact:</source>
        <translation>联系人(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_dialog.py" line="142"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_dialog.py" line="143"/>
        <source>&amp;Save as:</source>
        <translation>保存为(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_dialog.py" line="166"/>
        <source>A dossier covers the whole history, whatever the dates.</source>
        <translation>客户档案涵盖全部历史，不受日期限制。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_dialog.py" line="168"/>
        <source>This report describes the vault as it is today.</source>
        <translation>此报告反映保险库今天的状况。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_dialog.py" line="217"/>
        <source>Choose where to save the report.</source>
        <translation>请选择报告的保存位置。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_dialog.py" line="220"/>
        <source>Find the contact or organization for the dossier first.</source>
        <translation>请先找到客户档案所对应的联系人或机构。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_dialog.py" line="222"/>
        <source>The period starts after it ends.</source>
        <translation>期间的开始日期晚于结束日期。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_dialog.py" line="224"/>
        <source>{path} is a folder. Type a file name.</source>
        <translation>{path} 是文件夹。请输入文件名。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_dialog.py" line="226"/>
        <source>The folder {folder} does not exist.</source>
        <translation>文件夹 {folder} 不存在。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_dialog.py" line="230"/>
        <source>Reading the vault…</source>
        <translation>正在读取保险库…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_dialog.py" line="230"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_dialog.py" line="232"/>
        <source>Writing the report</source>
        <translation>正在生成报告</translation>
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
            <numerusform>已保存 {name}：共 %n 页。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_dialog.py" line="268"/>
        <source>Cancelled: no file was written.</source>
        <translation>已取消：未写入文件。</translation>
    </message>
</context>
<context>
    <name>ReportNames</name>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_names.py" line="18"/>
        <source>Pipeline</source>
        <translation>交易进展</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_names.py" line="19"/>
        <source>Follow-ups</source>
        <translation>跟进</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_names.py" line="20"/>
        <source>Going cold</source>
        <translation>渐趋冷淡</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_names.py" line="21"/>
        <source>Activity</source>
        <translation>互动动态</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_names.py" line="22"/>
        <source>Data health</source>
        <translation>数据质量</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_names.py" line="23"/>
        <source>Client dossier</source>
        <translation>客户档案</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_names.py" line="29"/>
        <source>Open deals by stage and currency with fees, the forecast by month, deals won and lost in the period, and time spent in each stage.</source>
        <translation>按阶段和币种列出进行中的交易及费用、按月预测、期间内赢单和输单的交易，以及在各阶段停留的时间。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_names.py" line="31"/>
        <source>Reminders overdue, due today and coming up, with their contact and deal.</source>
        <translation>逾期、今天到期和即将到期的提醒，以及相关的联系人和交易。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_names.py" line="33"/>
        <source>Clients silent for longer than their tier allows, most silent first.</source>
        <translation>超过其等级允许的时间没有联系的客户，沉寂最久的排在前面。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_names.py" line="35"/>
        <source>Meetings, calls, e-mails and notes logged in the period, week by week.</source>
        <translation>期间内记录的会议、电话、电子邮件和备注，按周列出。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_names.py" line="37"/>
        <source>Missing and invalid phones and e-mails, people without an organization, deals past their expected close.</source>
        <translation>缺失或无效的电话和电子邮件、没有所属机构的个人、已过预计成交日的交易。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_names.py" line="39"/>
        <source>Everything about one contact or organization: details, people, deals, reminders and the whole history with minutes.</source>
        <translation>一个联系人或机构的全部信息：详细资料、相关人员、交易、提醒，以及含会议纪要的完整历史。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_names.py" line="47"/>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_names.py" line="48"/>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_names.py" line="49"/>
        <source>This quarter</source>
        <translation>本季度</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_names.py" line="50"/>
        <source>Last quarter</source>
        <translation>上季度</translation>
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
        <translation>自定义日期</translation>
    </message>
</context>
<context>
    <name>SavedFile</name>
    <message>
        <location filename="../../crm_desktop/gui/saved_file.py" line="35"/>
        <source>You may not write to the folder {folder}. Choose another folder.</source>
        <translation>您无权写入文件夹 {folder}。请选择其他文件夹。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/saved_file.py" line="39"/>
        <source>The disk is full: there is no room for {name} in {folder}. Free some space or choose another disk.</source>
        <translation>磁盘已满：{folder} 中没有空间存放 {name}。请释放一些空间，或选择其他磁盘。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/saved_file.py" line="43"/>
        <source>{path} is a folder. Type a file name.</source>
        <translation>{path} 是文件夹。请输入文件名。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/saved_file.py" line="46"/>
        <source>The folder {folder} does not exist.</source>
        <translation>文件夹 {folder} 不存在。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/saved_file.py" line="48"/>
        <source>{name} could not be written: {reason}.</source>
        <translation>无法写入 {name}：{reason}。</translation>
    </message>
</context>
<context>
    <name>SearchModel</name>
    <message>
        <location filename="../../crm_desktop/gui/models/search_model.py" line="66"/>
        <source>No matches for “{text}”</source>
        <translation>没有与“{text}”匹配的结果</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/search_model.py" line="81"/>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/search_model.py" line="81"/>
        <source>Deals</source>
        <translation>交易</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/search_model.py" line="82"/>
        <source>Interactions and notes</source>
        <translation>互动和备注</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/search_model.py" line="90"/>
        <source>Show more than {n} contacts</source>
        <translation>显示更多联系人（超过 {n} 个）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/search_model.py" line="91"/>
        <source>Show more than {n} deals</source>
        <translation>显示更多交易（超过 {n} 笔）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/search_model.py" line="92"/>
        <source>Show more than {n} interactions</source>
        <translation>显示更多互动（超过 {n} 条）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/models/search_model.py" line="93"/>
        <source>Show all %n contact(s)</source>
        <translation>
            <numerusform>显示全部 %n 个联系人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/models/search_model.py" line="94"/>
        <source>Show all %n deal(s)</source>
        <translation>
            <numerusform>显示全部 %n 笔交易</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/models/search_model.py" line="95"/>
        <source>Show all %n interaction(s)</source>
        <translation>
            <numerusform>显示全部 %n 条互动</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/settings_dialog.py" line="28"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/settings_dialog.py" line="36"/>
        <source>&amp;General</source>
        <translation>常规(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/settings_dialog.py" line="37"/>
        <source>&amp;Pipeline</source>
        <translation>交易阶段(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/settings_dialog.py" line="38"/>
        <source>Custom &amp;fields</source>
        <translation>自定义字段(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/settings_dialog.py" line="39"/>
        <source>&amp;Tags</source>
        <translation>标签(&amp;T)</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/shortcuts_dialog.py" line="12"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/shortcuts_dialog.py" line="17"/>
        <source>Clear the search</source>
        <translation>清除搜索</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/shortcuts_dialog.py" line="17"/>
        <source>Save a field</source>
        <translation>保存字段</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/shortcuts_dialog.py" line="17"/>
        <source>Enter or Tab</source>
        <translation>Enter 或 Tab</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/shortcuts_dialog.py" line="18"/>
        <source>Move a deal card to the previous or next stage</source>
        <translation>把交易卡片移到上一个或下一个阶段</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/shortcuts_dialog.py" line="19"/>
        <source>Open the deal card, the record in a list</source>
        <translation>打开交易卡片或列表中的记录</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/shortcuts_dialog.py" line="19"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/shortcuts_dialog.py" line="20"/>
        <source>Back from a deal to the board</source>
        <translation>从交易返回看板</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/shortcuts_dialog.py" line="21"/>
        <source>Add the note, log the interaction, mark reminders done</source>
        <translation>添加备注、记录互动、将提醒标为完成</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/shortcuts_dialog.py" line="23"/>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/shortcuts_dialog.py" line="23"/>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/snooze_dialog.py" line="16"/>
        <source>Snooze until…</source>
        <translation>推迟到…</translation>
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
            <numerusform>%n 笔交易</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/widgets/stage_column.py" line="65"/>
        <source>%n more in the list…</source>
        <translation>
            <numerusform>列表中还有 %n 笔…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StageEditor</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/stage_editor.py" line="34"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/stage_editor.py" line="34"/>
        <source>Probability</source>
        <translation>概率</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/stage_editor.py" line="34"/>
        <source>Outcome</source>
        <translation>结果</translation>
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
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/stage_editor.py" line="54"/>
        <source>Name of a new stage</source>
        <translation>新阶段名称</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/stage_editor.py" line="58"/>
        <location filename="../../crm_desktop/gui/widgets/stage_editor.py" line="79"/>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/stage_editor.py" line="59"/>
        <location filename="../../crm_desktop/gui/widgets/stage_editor.py" line="79"/>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/stage_editor.py" line="60"/>
        <location filename="../../crm_desktop/gui/widgets/stage_editor.py" line="79"/>
        <source>Lost</source>
        <translation>输单</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/stage_editor.py" line="61"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/stage_editor.py" line="66"/>
        <source>Selected:</source>
        <translation>所选：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/stage_editor.py" line="67"/>
        <source>New stage:</source>
        <translation>新阶段：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/stage_editor.py" line="108"/>
        <location filename="../../crm_desktop/gui/widgets/stage_editor.py" line="111"/>
        <source>Saved {name}.</source>
        <translation>已保存 {name}。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/stage_editor.py" line="120"/>
        <source>Added {name}.</source>
        <translation>已添加 {name}。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/stage_editor.py" line="127"/>
        <source>Removed {name}. Undo brings it back.</source>
        <translation>已移除 {name}。“撤销”可以恢复。</translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/start_dialog.py" line="42"/>
        <source>Welcome to crm-desktop</source>
        <translation>欢迎使用 crm-desktop</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/start_dialog.py" line="56"/>
        <source>&lt;h2&gt;Welcome&lt;/h2&gt;&lt;p&gt;crm-desktop keeps your contacts, deals and notes in one encrypted file on this computer. Nothing leaves the machine.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;欢迎&lt;/h2&gt;&lt;p&gt;crm-desktop 将您的联系人、交易和记录保存在本机的一个加密文件中。任何数据都不会离开这台电脑。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/start_dialog.py" line="59"/>
        <source>Create a vault</source>
        <translation>创建保险库</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/start_dialog.py" line="62"/>
        <source>Try the demo</source>
        <translation>试用演示</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/start_dialog.py" line="64"/>
        <source>Open a vault file…</source>
        <translation>打开保险库文件…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/start_dialog.py" line="82"/>
        <source>Change…</source>
        <translation>更改…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/start_dialog.py" line="96"/>
        <source>&lt;b&gt;Nobody can recover a lost passphrase&lt;/b&gt; — not us, not anyone. Without it the vault cannot be opened. Write it down and keep it somewhere safe.</source>
        <translation>&lt;b&gt;口令一旦丢失，任何人都无法找回&lt;/b&gt;——我们不能，其他人也不能。没有口令就无法打开保险库。请把它写下来，妥善保管。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/start_dialog.py" line="101"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/start_dialog.py" line="103"/>
        <source>Create the vault</source>
        <translation>创建保险库</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/start_dialog.py" line="111"/>
        <source>Location:</source>
        <translation>位置：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/start_dialog.py" line="112"/>
        <source>Passphrase:</source>
        <translation>口令：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/start_dialog.py" line="113"/>
        <source>Repeat it:</source>
        <translation>再输入一次：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/start_dialog.py" line="135"/>
        <source>Too short: use at least {n} characters.</source>
        <translation>太短：至少使用 {n} 个字符。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/start_dialog.py" line="136"/>
        <source>Weak: add words — a few plain words make a strong passphrase.</source>
        <translation>弱：再加几个词——几个普通词语就能组成强口令。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/start_dialog.py" line="137"/>
        <source>Fair: one or two more words would make it strong.</source>
        <translation>中等：再加一两个词就会很强。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/start_dialog.py" line="138"/>
        <source>Strong.</source>
        <translation>强。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/start_dialog.py" line="147"/>
        <source>The two passphrases differ. Type the same one twice.</source>
        <translation>两次输入的口令不一致。请输入相同的口令两次。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/start_dialog.py" line="153"/>
        <source>The passphrase is too short: use at least {n} characters.</source>
        <translation>口令太短：至少使用 {n} 个字符。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/start_dialog.py" line="176"/>
        <source>Open a vault</source>
        <translation>打开保险库</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/start_dialog.py" line="183"/>
        <source>Where to keep the new vault</source>
        <translation>新保险库的保存位置</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/status_line.py" line="25"/>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/status_line.py" line="25"/>
        <source>Unlocked</source>
        <translation>已解锁</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/status_line.py" line="28"/>
        <source>Working…</source>
        <translation>处理中…</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_summary_page.py" line="31"/>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_summary_page.py" line="32"/>
        <source>The whole import is one step: “Undo this import” (or Edit → Undo, or the import history) takes it back out.</source>
        <translation>整个导入是一步操作：“撤销此次导入”（或“编辑 → 撤销”，或导入历史）可以把它整体撤回。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_summary_page.py" line="38"/>
        <source>Rows skipped or imported with a remark:</source>
        <translation>已跳过或附带说明导入的行：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_summary_page.py" line="42"/>
        <source>&amp;Save the rows not imported…</source>
        <translation>保存未导入的行(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_summary_page.py" line="44"/>
        <source>A CSV file of those rows, as they were, with why: fix them in Excel and import that file.</source>
        <translation>将这些行按原样连同原因存为 CSV 文件：在 Excel 中改正后再导入该文件。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_summary_page.py" line="47"/>
        <source>&amp;Undo this import</source>
        <translation>撤销此次导入(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_summary_page.py" line="67"/>
        <source>Imported from {name}:</source>
        <translation>从 {name} 导入：</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/widgets/import_summary_page.py" line="68"/>
        <source>&lt;b&gt;%n&lt;/b&gt; record(s) created</source>
        <translation>
            <numerusform>新建 &lt;b&gt;%n&lt;/b&gt; 条记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/widgets/import_summary_page.py" line="69"/>
        <source>&lt;b&gt;%n&lt;/b&gt; record(s) updated</source>
        <translation>
            <numerusform>更新 &lt;b&gt;%n&lt;/b&gt; 条记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/widgets/import_summary_page.py" line="70"/>
        <source>&lt;b&gt;%n&lt;/b&gt; row(s) merged into existing contacts</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; 行合并进了已有联系人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/widgets/import_summary_page.py" line="71"/>
        <source>&lt;b&gt;%n&lt;/b&gt; row(s) skipped</source>
        <translation>
            <numerusform>跳过 &lt;b&gt;%n&lt;/b&gt; 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/widgets/import_summary_page.py" line="72"/>
        <source>&lt;b&gt;%n&lt;/b&gt; row(s) with errors, not imported</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; 行有错误，未导入</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/widgets/import_summary_page.py" line="75"/>
        <source>The first %n problems are listed.</source>
        <translation>
            <numerusform>列出了前 %n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_summary_page.py" line="87"/>
        <source>-not-imported</source>
        <translation>-未导入</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_summary_page.py" line="88"/>
        <source>Save the rows not imported</source>
        <translation>保存未导入的行</translation>
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
            <numerusform>已将 %n 行保存到 {path}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_summary_page.py" line="116"/>
        <source>Undoing the import…</source>
        <translation>正在撤销导入…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_summary_page.py" line="121"/>
        <source>The import is undone: nothing of it is left in your lists.</source>
        <translation>导入已撤销：列表中不再有它的任何内容。</translation>
    </message>
</context>
<context>
    <name>TagEditor</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/tag_editor.py" line="20"/>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/tag_editor.py" line="20"/>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/tag_editor.py" line="23"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/tag_editor.py" line="26"/>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/tag_editor.py" line="31"/>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/tag_editor.py" line="35"/>
        <source>Selected:</source>
        <translation>所选：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/tag_editor.py" line="36"/>
        <source>Merge into:</source>
        <translation>合并到：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/tag_editor.py" line="68"/>
        <source>Renamed to {name}.</source>
        <translation>已重命名为 {name}。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/tag_editor.py" line="76"/>
        <source>Merged {old} into {name}.</source>
        <translation>已将 {old} 合并到 {name}。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/tag_editor.py" line="83"/>
        <source>Remove a tag</source>
        <translation>移除标签</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/tag_editor.py" line="84"/>
        <source>Take the tag {name} off {count} contacts? Undo puts it back.</source>
        <translation>从 {count} 个联系人上移除标签 {name}？“撤销”可以恢复。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/tag_editor.py" line="88"/>
        <source>Removed {name}. Undo brings it back.</source>
        <translation>已移除 {name}。“撤销”可以恢复。</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/timeline.py" line="83"/>
        <source>Subject (optional)</source>
        <translation>主题（可选）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/timeline.py" line="84"/>
        <source>What was said, what was agreed (Ctrl+Return logs it)</source>
        <translation>谈了什么、约定了什么（Ctrl+Return 记录）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/timeline.py" line="85"/>
        <source>Log</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/timeline.py" line="86"/>
        <source>When it happened</source>
        <translation>发生时间</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/timeline.py" line="87"/>
        <source>Show older</source>
        <translation>显示更早的</translation>
    </message>
</context>
<context>
    <name>Tools</name>
    <message>
        <location filename="../../crm_desktop/gui/tools.py" line="63"/>
        <source>The passphrase was changed.</source>
        <translation>口令已更改。</translation>
    </message>
</context>
<context>
    <name>TourDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/tour_dialog.py" line="109"/>
        <source>Welcome</source>
        <translation>欢迎</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/tour_dialog.py" line="110"/>
        <source>Everything you keep here is in one encrypted file on this computer; nothing leaves it. This tour shows the five pages in a minute: Next, or the → key, walks on.</source>
        <translation>您在这里保存的一切都在本机的一个加密文件中，不会离开这台电脑。本导览用一分钟介绍五个页面：点“下一步”或按 → 键继续。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/tour_dialog.py" line="112"/>
        <source>locks the vault</source>
        <translation>锁定保险库</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/tour_dialog.py" line="113"/>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/tour_dialog.py" line="114"/>
        <source>People and organizations with their phones, e-mails, notes and history. Search by name, phone, e-mail or pinyin; filter by kind, tier, tag, or who needs a follow-up.</source>
        <translation>个人和机构，以及他们的电话、电子邮件、备注和历史记录。可按姓名、电话、电子邮件或拼音搜索；按类型、等级、标签或是否需要跟进筛选。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/tour_dialog.py" line="116"/>
        <location filename="../../crm_desktop/gui/dialogs/tour_dialog.py" line="121"/>
        <location filename="../../crm_desktop/gui/dialogs/tour_dialog.py" line="126"/>
        <location filename="../../crm_desktop/gui/dialogs/tour_dialog.py" line="132"/>
        <location filename="../../crm_desktop/gui/dialogs/tour_dialog.py" line="136"/>
        <source>shows this page</source>
        <translation>显示此页面</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/tour_dialog.py" line="116"/>
        <source>adds a contact</source>
        <translation>添加联系人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/tour_dialog.py" line="117"/>
        <source>searches</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/tour_dialog.py" line="118"/>
        <source>Deals</source>
        <translation>交易</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/tour_dialog.py" line="119"/>
        <source>Your pipeline as a board: drag a card to its next stage, or press Alt+→. The list view filters deals by stage, status and owner.</source>
        <translation>以看板呈现的交易流程：把卡片拖到下一个阶段，或按 Alt+→。列表视图可按阶段、状态和负责人筛选交易。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/tour_dialog.py" line="122"/>
        <source>adds a deal</source>
        <translation>添加交易</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/tour_dialog.py" line="123"/>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/tour_dialog.py" line="124"/>
        <source>Follow-ups due today, overdue and ahead. Mark them done or snooze them; a recurring one comes back by itself.</source>
        <translation>今天到期、已逾期和即将到来的跟进事项。可标为完成或推迟；重复的提醒会自动再次出现。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/tour_dialog.py" line="127"/>
        <source>adds a reminder</source>
        <translation>添加提醒</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/tour_dialog.py" line="128"/>
        <source>marks the selected ones done</source>
        <translation>将所选项标为完成</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/tour_dialog.py" line="129"/>
        <source>Dashboard</source>
        <translation>仪表板</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/tour_dialog.py" line="130"/>
        <source>The open pipeline by stage, follow-ups due, clients going cold and this week&apos;s activity. Click a figure to open the records behind it.</source>
        <translation>各阶段进行中的交易、到期的跟进、渐趋冷淡的客户以及本周动态。点击数字即可打开其背后的记录。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/tour_dialog.py" line="133"/>
        <source>Trash and undo</source>
        <translation>回收站与撤销</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/tour_dialog.py" line="134"/>
        <source>Deleted records wait in the trash until you empty it, and Undo takes back the last change. Help lists every key, and this tour is there too.</source>
        <translation>删除的记录会留在回收站，直到您清空它；“撤销”可以撤回最近一次更改。“帮助”菜单列出所有快捷键，这个导览也在那里。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/tour_dialog.py" line="136"/>
        <source>undoes</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/tour_dialog.py" line="137"/>
        <source>lists every key</source>
        <translation>列出所有快捷键</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/tour_dialog.py" line="141"/>
        <source>A quick tour</source>
        <translation>快速导览</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/tour_dialog.py" line="142"/>
        <source>Don&apos;t show this again</source>
        <translation>不再显示</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/tour_dialog.py" line="143"/>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/tour_dialog.py" line="144"/>
        <source>Close the tour (Esc)</source>
        <translation>关闭导览（Esc）</translation>
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
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/trash_model.py" line="56"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/trash_model.py" line="56"/>
        <source>Deleted</source>
        <translation>删除时间</translation>
    </message>
</context>
<context>
    <name>TrashPage</name>
    <message>
        <location filename="../../crm_desktop/gui/pages/trash_page.py" line="71"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/trash_page.py" line="72"/>
        <source>Put the selected records back where they were (Enter)</source>
        <translation>把所选记录放回原处（Enter）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/trash_page.py" line="73"/>
        <source>Empty trash…</source>
        <translation>清空回收站…</translation>
    </message>
    <message>
        <source>The trash is empty.
What you delete waits here until you empty it.</source>
        <translation type="vanished">回收站是空的。
删除的内容会留在这里，直到您清空回收站。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/trash_page.py" line="74"/>
        <source>The trash is empty.</source>
        <translation>回收站是空的。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/trash_page.py" line="75"/>
        <source>Deleted records stay here until you empty it.</source>
        <translation>删除的记录会留在这里，直到您清空回收站。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/pages/trash_page.py" line="93"/>
        <source>%n record(s) in the trash</source>
        <translation>
            <numerusform>回收站中有 %n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/trash_page.py" line="112"/>
        <source>Restored {label}</source>
        <translation>已恢复 {label}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/trash_page.py" line="121"/>
        <source>Empty the trash?</source>
        <translation>清空回收站？</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/pages/trash_page.py" line="122"/>
        <source>Erase %n record(s) in the trash permanently?</source>
        <translation>
            <numerusform>永久删除回收站中的 %n 条记录？</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/trash_page.py" line="125"/>
        <source>This cannot be undone: Undo will not bring them back, and only a backup made before now still holds them.</source>
        <translation>此操作无法撤销：“撤销”不能找回它们，只有此前做的备份里还有。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/trash_page.py" line="129"/>
        <source>Erase permanently</source>
        <translation>永久删除</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/pages/trash_page.py" line="136"/>
        <source>Erased %n record(s) for good.</source>
        <translation>
            <numerusform>已永久删除 %n 条记录。</numerusform>
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
        <translation>已撤销：{what}</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/unlock_dialog.py" line="46"/>
        <source>Unlock {name}</source>
        <translation>解锁 {name}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/unlock_dialog.py" line="48"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; is locked.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; 已锁定。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/unlock_dialog.py" line="58"/>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/unlock_dialog.py" line="62"/>
        <source>Other vault…</source>
        <translation>其他保险库…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/unlock_dialog.py" line="69"/>
        <source>Passphrase:</source>
        <translation>口令：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/unlock_dialog.py" line="89"/>
        <source>&amp;Salvage what can be read…</source>
        <translation>抢救可读取的数据(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/unlock_dialog.py" line="107"/>
        <source>Type the passphrase of this vault.</source>
        <translation>请输入此保险库的口令。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/unlock_dialog.py" line="111"/>
        <source>Unlocking…</source>
        <translation>正在解锁…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/unlock_dialog.py" line="137"/>
        <source>A verified backup from {when} ({counts}) can take its place. The damaged file is kept aside in the backups folder, never deleted.</source>
        <translation>可以用 {when} 的已验证备份（{counts}）替换它。损坏的文件会另存到备份文件夹，不会被删除。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/unlock_dialog.py" line="140"/>
        <source>&amp;Open the newest backup ({when})</source>
        <translation>打开最新的备份（{when}）(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/unlock_dialog.py" line="142"/>
        <source>No verified backup of this vault was found beside it.</source>
        <translation>在此保险库旁边没有找到已验证的备份。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/unlock_dialog.py" line="153"/>
        <source>Restoring the backup, keeping the damaged file aside…</source>
        <translation>正在恢复备份，并另存损坏的文件…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/unlock_dialog.py" line="161"/>
        <source>Restored. Opening…</source>
        <translation>已恢复。正在打开…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/unlock_dialog.py" line="167"/>
        <source>Save what can be read</source>
        <translation>保存可读取的数据</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/unlock_dialog.py" line="173"/>
        <source>Reading what can be read…</source>
        <translation>正在读取可读取的数据…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/unlock_dialog.py" line="180"/>
        <source>Saved {rows} records into {out}.</source>
        <translation>已将 {rows} 条记录保存到 {out}。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/unlock_dialog.py" line="183"/>
        <source>Some rows were lost in: {tables}.</source>
        <translation>以下表中有部分行丢失：{tables}。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/unlock_dialog.py" line="185"/>
        <source>The JSON file is not encrypted: keep it safe, delete it when done.</source>
        <translation>该 JSON 文件未加密：请妥善保管，用完后删除。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/unlock_dialog.py" line="187"/>
        <source>Open it with “Other vault…” and the same passphrase.</source>
        <translation>请用“其他保险库…”和相同的口令打开它。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/unlock_dialog.py" line="191"/>
        <source>Open a vault</source>
        <translation>打开保险库</translation>
    </message>
</context>
</TS>

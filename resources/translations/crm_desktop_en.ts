<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>About</name>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/about.py" line="12"/>
        <source>About crm-desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/about.py" line="13"/>
        <source>&lt;h3&gt;crm-desktop {version}&lt;/h3&gt;&lt;p&gt;An offline CRM for small project-financing teams: one encrypted file on this computer, no server.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="97"/>
        <source>&amp;New vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="97"/>
        <source>&amp;Open vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="98"/>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="98"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="98"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="99"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="99"/>
        <source>&amp;Add a contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="100"/>
        <source>Add a &amp;deal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="100"/>
        <source>Add a &amp;reminder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="101"/>
        <source>&amp;Log a meeting, call or note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="102"/>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="102"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="103"/>
        <source>&amp;About crm-desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="103"/>
        <source>A short &amp;tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="104"/>
        <source>User &amp;guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="105"/>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="105"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="106"/>
        <source>&amp;Reports (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="106"/>
        <source>&amp;Backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="107"/>
        <source>&amp;Change passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="108"/>
        <source>Find &amp;duplicates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="108"/>
        <source>Data &amp;health…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="109"/>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="115"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="116"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="117"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="118"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/actions.py" line="119"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../crm_desktop/gui/controller.py" line="170"/>
        <source>Open a vault</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentsView</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/attachments_view.py" line="79"/>
        <source>Add files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/attachments_view.py" line="80"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/attachments_view.py" line="81"/>
        <source>Move to trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/attachments_view.py" line="82"/>
        <source>Drop files here to attach them. They are kept inside the encrypted vault; opening one writes a private copy that is removed when the vault locks or the app closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/attachments_view.py" line="113"/>
        <source>Attach files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupContentsDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_contents_dialog.py" line="90"/>
        <source>Inside the backup of {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_contents_dialog.py" line="92"/>
        <source>Read-only: nothing here changes the backup. Opening it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_contents_dialog.py" line="96"/>
        <source>Search by name, organization or phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_contents_dialog.py" line="102"/>
        <source>&amp;Only those no longer in the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_contents_dialog.py" line="111"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_contents_dialog.py" line="111"/>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_contents_dialog.py" line="111"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_contents_dialog.py" line="111"/>
        <source>In the vault now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_contents_dialog.py" line="124"/>
        <source>&amp;Copy back into the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_contents_dialog.py" line="173"/>
        <source>Passphrase of then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_contents_dialog.py" line="174"/>
        <source>This backup was made under an earlier passphrase. Type that passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_contents_dialog.py" line="180"/>
        <source>The backup could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_contents_dialog.py" line="188"/>
        <source>Searching the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_contents_dialog.py" line="198"/>
        <source>Read-only: nothing here changes the backup. It holds {n} contacts; each is marked against the vault as it is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_contents_dialog.py" line="213"/>
        <source>The first {shown} of {total}: type to narrow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_contents_dialog.py" line="216"/>
        <source>No contact in the backup matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_contents_dialog.py" line="224"/>
        <source>Missing (erased since)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_contents_dialog.py" line="225"/>
        <source>In the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_contents_dialog.py" line="226"/>
        <source>Changed since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_contents_dialog.py" line="227"/>
        <source>The same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_contents_dialog.py" line="243"/>
        <source>Copy back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_contents_dialog.py" line="244"/>
        <source>{name} was changed since this backup. Put the backup&apos;s version in its place?

Interactions and links made since are kept; Edit → Undo brings back the version of now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_contents_dialog.py" line="251"/>
        <source>Copying {name} back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_contents_dialog.py" line="255"/>
        <source>{name} is back in the vault. Interactions brought back: {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_contents_dialog.py" line="258"/>
        <source>Not linked again (no longer in the vault): {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_contents_dialog.py" line="260"/>
        <source>Edit → Undo takes it out again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupSettingsBox</name>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_settings_box.py" line="31"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_settings_box.py" line="35"/>
        <source> backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_settings_box.py" line="38"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_settings_box.py" line="41"/>
        <source>none — e.g. a USB drive or a synced folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_settings_box.py" line="42"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_settings_box.py" line="49"/>
        <source>Back up automatically: daily on opening, and before an import, a merge, an erase or a passphrase change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_settings_box.py" line="51"/>
        <source>&amp;Save settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_settings_box.py" line="61"/>
        <source>Always keep the newest:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_settings_box.py" line="62"/>
        <source>And the last of each day for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_settings_box.py" line="63"/>
        <source>Second folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_settings_box.py" line="84"/>
        <source>Second folder for backups</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_words.py" line="13"/>
        <source>by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_words.py" line="14"/>
        <source>daily, on opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_words.py" line="15"/>
        <source>before an import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_words.py" line="16"/>
        <source>before a merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_words.py" line="17"/>
        <source>before an erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_words.py" line="18"/>
        <source>before a passphrase change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_words.py" line="19"/>
        <source>before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_words.py" line="20"/>
        <source>damaged vault, kept as found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backup_words.py" line="25"/>
        <source>before a schema upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/dialogs/backup_words.py" line="48"/>
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/dialogs/backup_words.py" line="50"/>
        <source>%Ln deal(s)</source>
        <translation>
            <numerusform>%Ln deal</numerusform>
            <numerusform>%Ln deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/dialogs/backup_words.py" line="52"/>
        <source>%Ln interaction(s)</source>
        <translation>
            <numerusform>%Ln interaction</numerusform>
            <numerusform>%Ln interactions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/dialogs/backup_words.py" line="54"/>
        <source>%Ln reminder(s)</source>
        <translation>
            <numerusform>%Ln reminder</numerusform>
            <numerusform>%Ln reminders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backups_dialog.py" line="51"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backups_dialog.py" line="59"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backups_dialog.py" line="59"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backups_dialog.py" line="59"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backups_dialog.py" line="59"/>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backups_dialog.py" line="59"/>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backups_dialog.py" line="69"/>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backups_dialog.py" line="71"/>
        <source>&amp;Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backups_dialog.py" line="73"/>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backups_dialog.py" line="75"/>
        <source>Look &amp;inside…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backups_dialog.py" line="77"/>
        <source>Open the backup read-only: find a contact, copy it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backups_dialog.py" line="111"/>
        <source>Backups are encrypted with the vault&apos;s passphrase and kept in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backups_dialog.py" line="148"/>
        <source>Copying the vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backups_dialog.py" line="148"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backups_dialog.py" line="150"/>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backups_dialog.py" line="158"/>
        <source>Copying the vault… {done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backups_dialog.py" line="160"/>
        <source>Checking the copy (every page, structure and row counts)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backups_dialog.py" line="161"/>
        <source>Copying to the second folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backups_dialog.py" line="172"/>
        <source>Cancelled; no backup was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backups_dialog.py" line="174"/>
        <source>Backed up and verified: {size}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backups_dialog.py" line="175"/>
        <source>No copy in the second folder: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backups_dialog.py" line="210"/>
        <source>Verifying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backups_dialog.py" line="214"/>
        <source>The backup is whole: it opens, every page checks out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backups_dialog.py" line="217"/>
        <source>The backup failed its check: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backups_dialog.py" line="231"/>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backups_dialog.py" line="232"/>
        <source>Put the vault back as it was on {when}?

Everything changed since then will no longer show. The vault as it is now is backed up first, so you can come back to it by restoring that backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backups_dialog.py" line="240"/>
        <source>Restoring the backup of {when}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backups_dialog.py" line="245"/>
        <source>Restored the backup of {when}. The vault as it was is kept as a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backups_dialog.py" line="260"/>
        <source>Passphrase of then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backups_dialog.py" line="261"/>
        <source>This backup was made under an earlier passphrase. Type that passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backups_dialog.py" line="266"/>
        <source>The backup was not opened: it needs its earlier passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/backups_dialog.py" line="274"/>
        <source>Settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/banner.py" line="37"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/banner.py" line="38"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/change_passphrase_dialog.py" line="45"/>
        <location filename="../../crm_desktop/gui/dialogs/change_passphrase_dialog.py" line="65"/>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/change_passphrase_dialog.py" line="55"/>
        <source>&lt;b&gt;Nobody can recover a lost passphrase.&lt;/b&gt; Write the new one down and keep it somewhere safe. Backups made before the change still open with the old passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/change_passphrase_dialog.py" line="77"/>
        <source>Current passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/change_passphrase_dialog.py" line="79"/>
        <source>New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/change_passphrase_dialog.py" line="80"/>
        <source>Repeat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/change_passphrase_dialog.py" line="99"/>
        <source>Too short: use at least {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/change_passphrase_dialog.py" line="100"/>
        <source>Weak: add words — a few plain words make a strong passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/change_passphrase_dialog.py" line="101"/>
        <source>Fair: one or two more words would make it strong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/change_passphrase_dialog.py" line="102"/>
        <source>Strong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/change_passphrase_dialog.py" line="113"/>
        <source>The two new passphrases differ. Type the same one twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/change_passphrase_dialog.py" line="119"/>
        <source>The new passphrase is too short: use at least {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/change_passphrase_dialog.py" line="125"/>
        <source>Backing up, then re-encrypting the vault under the new passphrase… A large vault takes a while.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/change_passphrase_dialog.py" line="141"/>
        <source>This is not the vault&apos;s current passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloseDealDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/close_deal_dialog.py" line="12"/>
        <source>Close as won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/close_deal_dialog.py" line="12"/>
        <source>Close as lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/close_deal_dialog.py" line="14"/>
        <source>Close “{name}” as won. Why did it win?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/close_deal_dialog.py" line="15"/>
        <source>Close “{name}” as lost. Why was it lost?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/close_deal_dialog.py" line="21"/>
        <source>The reason (optional)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactActions</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_actions.py" line="51"/>
        <source>Move to &amp;trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_actions.py" line="52"/>
        <source>&amp;Report on this contact (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_actions.py" line="53"/>
        <source>E&amp;xport everything about this person (JSON)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_actions.py" line="54"/>
        <source>&amp;Erase this person everywhere…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_actions.py" line="67"/>
        <source>{name} moved to the trash (Edit → Undo brings it back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_actions.py" line="81"/>
        <source>Everything about {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_actions.py" line="82"/>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_actions.py" line="95"/>
        <source>Saved everything about {name} to {path} — it is not encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_actions.py" line="103"/>
        <source>Erase {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_actions.py" line="104"/>
        <source>Erase {name} and everything only about them (interactions, reminders, attachments) for good? This cannot be undone; the audit keeps only a line saying that a contact was erased. Backups made before now still hold them until they are rotated out (File → Backups).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_actions.py" line="110"/>
        <source>Erase for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_actions.py" line="127"/>
        <source>{name} was erased.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactDetail</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_detail.py" line="63"/>
        <source>&amp;Merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_detail.py" line="91"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_detail.py" line="91"/>
        <location filename="../../crm_desktop/gui/widgets/contact_detail.py" line="159"/>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_detail.py" line="92"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_detail.py" line="92"/>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_detail.py" line="93"/>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_detail.py" line="93"/>
        <source>E-mails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_detail.py" line="93"/>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_detail.py" line="96"/>
        <source>Select a contact, or press Ctrl+N to add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_detail.py" line="159"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_detail.py" line="176"/>
        <source>Not a valid phone number, kept as typed: {numbers}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactFilterBar</name>
    <message>
        <location filename="../../crm_desktop/gui/pages/contact_filters.py" line="40"/>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/contact_filters.py" line="40"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/contact_filters.py" line="41"/>
        <source>Organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/contact_filters.py" line="42"/>
        <source>All tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/contact_filters.py" line="42"/>
        <source>Tier A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/contact_filters.py" line="43"/>
        <source>Tier B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/contact_filters.py" line="43"/>
        <source>Tier C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/contact_filters.py" line="52"/>
        <location filename="../../crm_desktop/gui/pages/contact_filters.py" line="54"/>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/contact_filters.py" line="55"/>
        <source>Needs follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/contact_filters.py" line="57"/>
        <source>A reminder overdue or due today, or no interaction for longer than the tier allows (as the dashboard&apos;s &quot;Going cold&quot; counts it)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactPicker</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_picker.py" line="43"/>
        <source>Type a name, a phone or an e-mail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactRecordsView</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_records.py" line="65"/>
        <source>New deal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_records.py" line="66"/>
        <source>New reminder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_records.py" line="79"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_records.py" line="79"/>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_records.py" line="79"/>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_records.py" line="79"/>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/contact_records.py" line="82"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <location filename="../../crm_desktop/gui/models/contacts_model.py" line="264"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/contacts_model.py" line="264"/>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/contacts_model.py" line="264"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/contacts_model.py" line="264"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/contacts_model.py" line="265"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/contacts_model.py" line="265"/>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/contacts_model.py" line="265"/>
        <source>Last interaction</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <location filename="../../crm_desktop/gui/pages/contacts_page.py" line="130"/>
        <source>Your vault is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/contacts_page.py" line="131"/>
        <source>Add the people and organizations you work with, bring in the list you keep in Excel, or look around a vault filled with sample data first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/contacts_page.py" line="133"/>
        <source>Add your first contact ({keys})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/contacts_page.py" line="134"/>
        <source>Import your Excel list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/contacts_page.py" line="135"/>
        <source>Try the demo vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/pages/contacts_page.py" line="215"/>
        <source>The best %n matches; type more to narrow</source>
        <translation>
            <numerusform>The best match; type more to narrow</numerusform>
            <numerusform>The best %n matches; type more to narrow</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/pages/contacts_page.py" line="217"/>
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/contacts_page.py" line="232"/>
        <source>No contacts match &apos;{text}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/contacts_page.py" line="233"/>
        <source>Check the spelling, or search by phone, e-mail or pinyin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/contacts_page.py" line="234"/>
        <source>Clear the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/contacts_page.py" line="236"/>
        <source>No contacts match these filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/contacts_page.py" line="237"/>
        <source>Clear the filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation type="vanished">
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoreErrors</name>
    <message>
        <location filename="../../crm_desktop/gui/error_words.py" line="38"/>
        <source>Cannot undo &apos;{what}&apos;: &apos;{blocker}&apos; came after it and cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words.py" line="42"/>
        <source>Cannot redo &apos;{what}&apos;: &apos;{blocker}&apos; came after it and cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words.py" line="46"/>
        <source>Cannot undo &apos;{what}&apos;: it erased data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words.py" line="50"/>
        <source>Cannot undo or redo &apos;{what}&apos;: the attached file&apos;s bytes are no longer kept; add the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words.py" line="64"/>
        <source>No import preset with id {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words.py" line="66"/>
        <source>No backup with id {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words.py" line="68"/>
        <source>No {entity} in the trash with id {ident}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words.py" line="71"/>
        <source>No {entity} in the backup with id {ident}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words.py" line="73"/>
        <source>No {entity} with id {ident}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words.py" line="81"/>
        <source>row {row}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words.py" line="83"/>
        <source>line {line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words.py" line="85"/>
        <source>column &apos;{column}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words.py" line="88"/>
        <source>{source} ({place}): {message}. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words.py" line="90"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words.py" line="92"/>
        <source>{source}: {message}. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words.py" line="102"/>
        <source>Could not write {path}: {detail}. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words.py" line="116"/>
        <source>Import of {source} cancelled: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words.py" line="124"/>
        <source>Import of {source} refused: {count} row(s) have errors (first: {first}). Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words.py" line="129"/>
        <source>Nothing to redo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words.py" line="130"/>
        <source>Nothing to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words.py" line="134"/>
        <source>A file already exists at {path}; refusing to overwrite it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words.py" line="138"/>
        <source>The vault {path} is busy with another operation (an import, a backup...). Wait for it to finish and try again; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_base.py" line="36"/>
        <source>contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_base.py" line="37"/>
        <source>person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_base.py" line="38"/>
        <source>organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_base.py" line="39"/>
        <source>deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_base.py" line="40"/>
        <source>interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_base.py" line="41"/>
        <source>reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_base.py" line="42"/>
        <source>stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_base.py" line="43"/>
        <source>tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_base.py" line="44"/>
        <source>attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_base.py" line="45"/>
        <source>custom field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_base.py" line="46"/>
        <source>party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_base.py" line="47"/>
        <source>import batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_base.py" line="48"/>
        <source>backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="12"/>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="13"/>
        <source>must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="14"/>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="16"/>
        <source>is too long ({length} characters; at most {most})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="19"/>
        <source>&apos;{value}&apos; is not a date (use YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="22"/>
        <source>&apos;{value}&apos; is not a date and time (use YYYY-MM-DD HH:MM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="25"/>
        <source>&apos;{value}&apos; is not a date and time (use ISO 8601, e.g. {example})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="28"/>
        <source>must be a date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="30"/>
        <source>needs a time zone (e.g. {a} or {b})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="32"/>
        <source>needs a time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="35"/>
        <source>&apos;{value}&apos; is not a known time zone (use an IANA name such as {example})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="39"/>
        <source>must be in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="41"/>
        <source>{start} is after {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="43"/>
        <source>money must not be a float</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="45"/>
        <source>&apos;{value}&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="46"/>
        <source>must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="48"/>
        <source>{value} is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="50"/>
        <source>{value} has more than {places} decimal places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="53"/>
        <source>&apos;{value}&apos; is not an ISO 4217 code (three letters, e.g. {example})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="56"/>
        <source>&apos;{value}&apos; is not a known ISO 4217 currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="59"/>
        <source>&apos;{value}&apos; is not a region phone numbers know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="62"/>
        <source>an amount needs a currency (ISO 4217, e.g. {example})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="65"/>
        <source>must be a whole percent from 0 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="67"/>
        <source>&apos;{value}&apos; is not a whole percent from 0 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="70"/>
        <source>{value} is outside 0..100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="72"/>
        <source>must be a whole number from {low} to {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="75"/>
        <source>must be between {low} and {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="77"/>
        <source>is required (won or lost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="79"/>
        <source>is required (one of {allowed})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="82"/>
        <source>&apos;{value}&apos; is not one of {allowed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="84"/>
        <source>limit and offset must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="90"/>
        <source>An email address must have an @-sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="92"/>
        <source>There must be something before the @-sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="94"/>
        <source>There must be something after the @-sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="96"/>
        <source>The part after the @-sign contains invalid characters: {chars}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="99"/>
        <source>The email address contains invalid characters before the @-sign: {chars}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="103"/>
        <source>The part after the @-sign is not valid. It should have a period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="106"/>
        <source>An email address cannot have two periods in a row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="109"/>
        <source>An email address cannot start with a period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="111"/>
        <source>An email address cannot end with a period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="113"/>
        <source>An email address cannot have a period immediately before the @-sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="116"/>
        <source>An email address cannot have a hyphen immediately after the @-sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="123"/>
        <source>&apos;{value}&apos; is not a valid e-mail address ({problem})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="131"/>
        <source>a contact needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="133"/>
        <source>only a person is linked to an organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_fields.py" line="135"/>
        <source>link a person to an organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_files.py" line="11"/>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_files.py" line="13"/>
        <source>cannot be opened ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_files.py" line="15"/>
        <source>this looks like a binary file, not text (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_files.py" line="17"/>
        <source>no header row was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_files.py" line="19"/>
        <source>the text after this line is not valid {encoding}; choose another encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_files.py" line="23"/>
        <source>unknown encoding &apos;{name}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_files.py" line="25"/>
        <source>the CSV cannot be read ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_files.py" line="27"/>
        <source>this is an old Excel .xls workbook; save it as .xlsx or CSV in Excel and import that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_files.py" line="31"/>
        <source>this is not an Excel workbook (.xlsx is a zip archive; the file may be damaged or truncated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_files.py" line="35"/>
        <source>it cannot be read as an Excel workbook (damaged, truncated, or another kind of zip file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_files.py" line="39"/>
        <source>there is no sheet number {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_files.py" line="41"/>
        <source>there is no sheet &apos;{sheet}&apos; (sheets: {sheets})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_files.py" line="44"/>
        <source>the sheet &apos;{sheet}&apos; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_files.py" line="46"/>
        <source>a {format} file is not read as a table (use the JSON restore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_files.py" line="49"/>
        <source>this is not valid JSON ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_files.py" line="51"/>
        <source>this JSON is not a crm-desktop export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_files.py" line="53"/>
        <source>export version {version} is newer than this program reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_files.py" line="56"/>
        <source>the last card has no END:VCARD (the file is truncated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_files.py" line="59"/>
        <source>this is not a vCard file (no BEGIN:VCARD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_files.py" line="64"/>
        <source>it is open read-only; open it for writing to change the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_files.py" line="67"/>
        <source>it is open read-only; open it for writing to restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_files.py" line="70"/>
        <source>it is open read-only; open it for writing to copy a record back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_files.py" line="73"/>
        <source>the file or its folder is read-only (open the vault read-only instead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_files.py" line="77"/>
        <source>the disk is full {raw}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_files.py" line="79"/>
        <source>the file or its folder is read-only {raw}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_files.py" line="82"/>
        <source>the file cannot be opened for writing {raw}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_files.py" line="85"/>
        <source>it cannot be opened ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_files.py" line="87"/>
        <source>the backup folder cannot be created ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_files.py" line="90"/>
        <source>the folder cannot be created ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_files.py" line="93"/>
        <source>the backup folder is read-only or not accessible ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_other.py" line="13"/>
        <source>The copy of {backup} did not verify ({problem}); the vault was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_other.py" line="17"/>
        <source>Another backup is being written to {folder}; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_other.py" line="21"/>
        <source>The backup just written to {folder} did not verify ({problem}); it was removed and the vault is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_other.py" line="26"/>
        <source>The backup just written to {folder} does not hold the same rows as the vault; it was removed and the vault is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_other.py" line="30"/>
        <source>the copy did not verify ({problem})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_other.py" line="34"/>
        <source>Cannot write {target}: {detail}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_other.py" line="36"/>
        <source>vCard version {version}: choose 4.0 or 3.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_other.py" line="39"/>
        <source>iCalendar component {component}: choose VTODO or VEVENT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_other.py" line="42"/>
        <source>Cannot export &apos;{entity}&apos; as CSV (contact, deal or interaction).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_other.py" line="45"/>
        <source>Unknown CSV encoding &apos;{encoding}&apos; (utf-8-sig, utf-8 or gbk).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_other.py" line="50"/>
        <source>The vault {path} was written by a newer version of crm-desktop (schema {revision}). Update crm-desktop to open it; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_other.py" line="55"/>
        <source>The vault {path} could not be upgraded from schema {revision} ({detail}). It was left unchanged, and a copy taken before the upgrade is at {backup}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_other.py" line="60"/>
        <source>The report font {font} is missing (looked in {where}); reinstall crm-desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="13"/>
        <source>{count} deal(s) are in stage &apos;{name}&apos; ({trashed} in the trash); move them to another stage first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="16"/>
        <source>{count} deal(s) are in stage &apos;{name}&apos;; move them to another stage first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="22"/>
        <source>the pipeline has no won stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="24"/>
        <source>the pipeline has no lost stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="30"/>
        <source>no {entity} with id {ident}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="33"/>
        <source>{value} is not a contact id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="35"/>
        <source>{value} is not (contact id, role)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="37"/>
        <source>&apos;{value}&apos; is not a kind of record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="40"/>
        <source>a stage named &apos;{name}&apos; already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="43"/>
        <source>no stage &apos;{name}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="45"/>
        <source>a stage cannot be both won and lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="49"/>
        <source>the pipeline needs at least one stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="51"/>
        <source>the pipeline has no stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="54"/>
        <source>give the success fee as an amount or as a percent, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="58"/>
        <source>a choice field needs at least one choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="60"/>
        <source>a {entity} field named &apos;{name}&apos; exists already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="63"/>
        <source>choose another tag to merge into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="65"/>
        <source>a tag named &apos;{name}&apos; exists already; merge into it instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="69"/>
        <source>name at least one contact to merge into the first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="72"/>
        <source>contact {ident} cannot be merged into itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="75"/>
        <source>&apos;{name}&apos; is not a field that can be chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="78"/>
        <source>&apos;{name}&apos;: contact {ident} is not one of those merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="82"/>
        <source>{a} (#{a_id}) is a {a_kind}, {b} (#{b_id}) a {b_kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="86"/>
        <source>a contact cannot be distinct from itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="88"/>
        <source>give one RRULE line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="90"/>
        <source>give one RRULE line, without DTSTART</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="92"/>
        <source>FREQ must be one of {allowed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="94"/>
        <source>INTERVAL must be a whole number of at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="96"/>
        <source>&apos;{value}&apos; never occurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="98"/>
        <source>&apos;{value}&apos; is not a valid RRULE ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="101"/>
        <source>this reminder is done already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="103"/>
        <source>a done reminder cannot be snoozed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="105"/>
        <source>name at least one contact (or a deal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="107"/>
        <source>give an age, or an instant with its time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="110"/>
        <source>not a searchable type: {types} (use {allowed})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="113"/>
        <source>ranked ids are for contacts or deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="119"/>
        <source>{name} is {size}; the limit is {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="122"/>
        <source>the file needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="124"/>
        <source>attach the file to a contact, a deal or an interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="127"/>
        <source>{name} is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="129"/>
        <source>{name} is not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="131"/>
        <source>{name} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="133"/>
        <source>{name} cannot be read (permission denied)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="136"/>
        <source>the content must be bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="139"/>
        <source>is not a backup setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="141"/>
        <source>give the folder as a full path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="143"/>
        <source>The new passphrase is the same as the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="145"/>
        <source>is the vault itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="147"/>
        <source>&apos;{value}&apos; cannot be copied back; only: {allowed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="151"/>
        <source>the preset &apos;{name}&apos; cannot be read ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="154"/>
        <source>the vault already holds data ({what}); the demo fills only an empty vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_words_rules.py" line="158"/>
        <source>has no pipeline stages to put demo deals in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomFieldEditor</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/custom_field_editor.py" line="22"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/custom_field_editor.py" line="22"/>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/custom_field_editor.py" line="22"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/custom_field_editor.py" line="22"/>
        <source>Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/custom_field_editor.py" line="26"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/custom_field_editor.py" line="26"/>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/custom_field_editor.py" line="27"/>
        <source>Interactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/custom_field_editor.py" line="28"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/custom_field_editor.py" line="28"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/custom_field_editor.py" line="28"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/custom_field_editor.py" line="29"/>
        <source>Choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/custom_field_editor.py" line="30"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/custom_field_editor.py" line="33"/>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/custom_field_editor.py" line="38"/>
        <source>Name of a new field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/custom_field_editor.py" line="48"/>
        <source>Choices, separated by ;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/custom_field_editor.py" line="49"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/custom_field_editor.py" line="56"/>
        <source>Selected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/custom_field_editor.py" line="57"/>
        <source>New field:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/custom_field_editor.py" line="90"/>
        <source>Added {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/custom_field_editor.py" line="96"/>
        <source>Renamed to {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/custom_field_editor.py" line="103"/>
        <source>Remove a field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/custom_field_editor.py" line="104"/>
        <source>Remove the field {name} and its values on {count} records? Undo brings them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/custom_field_editor.py" line="108"/>
        <source>Removed {name}. Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../crm_desktop/gui/pages/dashboard_page.py" line="79"/>
        <source>Open pipeline by stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/dashboard_page.py" line="80"/>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/dashboard_page.py" line="81"/>
        <source>Going cold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/dashboard_page.py" line="82"/>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/dashboard_page.py" line="83"/>
        <source>Click a stage to list its deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/dashboard_page.py" line="84"/>
        <source>Figures appear here as you work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/dashboard_page.py" line="85"/>
        <source>Once you have contacts and deals, the dashboard shows the open pipeline by stage, the follow-ups overdue and due today, the clients going cold and this week&apos;s activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/dashboard_page.py" line="87"/>
        <source>See it with the demo vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/dashboard_page.py" line="130"/>
        <source>{total} (weighted {weighted})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/pages/dashboard_page.py" line="133"/>
        <source>%n open deal(s)</source>
        <translation>
            <numerusform>%n open deal</numerusform>
            <numerusform>%n open deals</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/dashboard_page.py" line="141"/>
        <source>{overdue} overdue · {today} due today · {week} later this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/dashboard_page.py" line="147"/>
        <source>Nothing overdue, nothing due today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/pages/dashboard_page.py" line="151"/>
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n day late</numerusform>
            <numerusform>%n days late</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/dashboard_page.py" line="158"/>
        <source>Tier {tier}: {n} (over {days} days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/dashboard_page.py" line="161"/>
        <source>{name} — tier {tier}, silent {days} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/dashboard_page.py" line="164"/>
        <source>No client has gone cold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/pages/dashboard_page.py" line="169"/>
        <source>%n interaction(s) since Monday</source>
        <translation>
            <numerusform>%n interaction since Monday</numerusform>
            <numerusform>%n interactions since Monday</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/dashboard_page.py" line="180"/>
        <source>No interactions logged this week.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DealForm</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_form.py" line="75"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_form.py" line="75"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_form.py" line="75"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_form.py" line="76"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_form.py" line="76"/>
        <source>Probability (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_form.py" line="77"/>
        <source>Expected close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_form.py" line="77"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_form.py" line="78"/>
        <source>Retainer fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_form.py" line="78"/>
        <source>Success fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_form.py" line="79"/>
        <source>Success fee (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_form.py" line="79"/>
        <source>Weighted amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_form.py" line="80"/>
        <source>Expected fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_form.py" line="101"/>
        <source>Stage default: {p}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DealListModel</name>
    <message>
        <location filename="../../crm_desktop/gui/models/deal_list_model.py" line="155"/>
        <source>Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/deal_list_model.py" line="155"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/deal_list_model.py" line="155"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/deal_list_model.py" line="155"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/deal_list_model.py" line="156"/>
        <source>Probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/deal_list_model.py" line="156"/>
        <source>Expected close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/deal_list_model.py" line="156"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/deal_list_model.py" line="156"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/deal_list_model.py" line="159"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/deal_list_model.py" line="159"/>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/deal_list_model.py" line="159"/>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DealQuickAddDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/deal_quick_add.py" line="38"/>
        <source>Add a deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/deal_quick_add.py" line="42"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/deal_quick_add.py" line="42"/>
        <source>Client:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/deal_quick_add.py" line="43"/>
        <source>Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/deal_quick_add.py" line="43"/>
        <source>Currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/deal_quick_add.py" line="44"/>
        <source>Expected close:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/deal_quick_add.py" line="50"/>
        <source>Stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/deal_quick_add.py" line="51"/>
        <source>An organization&apos;s name (added if new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/deal_quick_add.py" line="59"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DealView</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_view.py" line="123"/>
        <source>← Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_view.py" line="124"/>
        <source>Back to the pipeline (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_view.py" line="125"/>
        <source>Won…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_view.py" line="126"/>
        <source>Lost…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_view.py" line="127"/>
        <source>Move to &amp;trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_view.py" line="128"/>
        <source>The deal, its parties and notes go to the trash; Edit → Undo brings them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_view.py" line="130"/>
        <source>Parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_view.py" line="131"/>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_view.py" line="132"/>
        <source>Write a note (Ctrl+Return adds it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_view.py" line="133"/>
        <source>Add a reminder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_view.py" line="134"/>
        <source>Add a party…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_view.py" line="139"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_view.py" line="139"/>
        <source>Interactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_view.py" line="139"/>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_view.py" line="187"/>
        <source>Notes ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_view.py" line="188"/>
        <source>Interactions ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_view.py" line="189"/>
        <source>Reminders ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_view.py" line="196"/>
        <source>closed {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/deal_view.py" line="199"/>
        <source>Reason: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DealsPage</name>
    <message>
        <location filename="../../crm_desktop/gui/pages/deals_page.py" line="130"/>
        <source>Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/deals_page.py" line="131"/>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/deals_page.py" line="132"/>
        <source>New deal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/deals_page.py" line="133"/>
        <source>Add a deal (Ctrl+Shift+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/deals_page.py" line="135"/>
        <source>No deals yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/deals_page.py" line="136"/>
        <source>A deal follows your pipeline from the first meeting to the signing. The stages are yours: rename, add or reorder them in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/deals_page.py" line="139"/>
        <source>Add your first deal ({keys})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/deals_page.py" line="142"/>
        <source>All stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/deals_page.py" line="143"/>
        <source>All owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/deals_page.py" line="157"/>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/deals_page.py" line="157"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/deals_page.py" line="157"/>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/deals_page.py" line="158"/>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/pages/deals_page.py" line="204"/>
        <location filename="../../crm_desktop/gui/pages/deals_page.py" line="207"/>
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n deal</numerusform>
            <numerusform>%n deals</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/deals_page.py" line="205"/>
        <source>No deals yet: press Ctrl+Shift+D to add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/deals_page.py" line="253"/>
        <source>{name} moved to the trash (Edit → Undo brings it back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/deals_page.py" line="284"/>
        <source>Moved {deal} to {stage}. Ctrl+Z undoes it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../../crm_desktop/gui/demo_flow.py" line="74"/>
        <source>Filling the demo vault with sample contacts, deals and notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/demo_flow.py" line="75"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/demo_flow.py" line="76"/>
        <source>Try the demo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetectPage</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_detect_page.py" line="42"/>
        <source>What was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_detect_page.py" line="43"/>
        <source>Check that the first rows read right. If the text looks garbled, choose another encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_detect_page.py" line="57"/>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_detect_page.py" line="58"/>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_detect_page.py" line="59"/>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_detect_page.py" line="60"/>
        <source>&amp;Sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_detect_page.py" line="61"/>
        <source>Header:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_detect_page.py" line="62"/>
        <source>&amp;Rows are:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_detect_page.py" line="65"/>
        <source>The first rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_detect_page.py" line="92"/>
        <source>{label} (detected, {sure}% sure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_detect_page.py" line="104"/>
        <source>row {n} of the sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_detect_page.py" line="104"/>
        <source>line {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_detect_page.py" line="106"/>
        <source>the first line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_detect_page.py" line="117"/>
        <source>A crm-desktop JSON export is restored whole: its stages, tags, custom fields, contacts, deals, notes and reminders. Records the vault already holds (same id) are skipped, so restoring the same file twice adds nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_detect_page.py" line="140"/>
        <source>Reading the file again…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicateModel</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_duplicates.py" line="56"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_duplicates.py" line="56"/>
        <source>In the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_duplicates.py" line="56"/>
        <source>May be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_duplicates.py" line="56"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_duplicates.py" line="57"/>
        <source>Import will</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_duplicates.py" line="93"/>
        <source>{name} (row {row} of the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_duplicates.py" line="110"/>
        <source>{action} — your choice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicateWarning</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/dup_warning.py" line="43"/>
        <source>&amp;Open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/dup_warning.py" line="46"/>
        <source>Add an&amp;yway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/dup_warning.py" line="68"/>
        <source>Looks like {name} ({details}) — {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/dup_warning.py" line="71"/>
        <source>Looks like {name} — {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/widgets/dup_warning.py" line="73"/>
        <source>(and %n more)</source>
        <translation>
            <numerusform>(and %n more)</numerusform>
            <numerusform>(and %n more)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/dup_labels.py" line="15"/>
        <source>same phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/dup_labels.py" line="16"/>
        <source>same e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/dup_labels.py" line="17"/>
        <source>same name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/dup_labels.py" line="18"/>
        <source>same name in simplified / traditional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/dup_labels.py" line="19"/>
        <source>same name in pinyin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/dup_labels.py" line="20"/>
        <source>similar name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/dup_labels.py" line="21"/>
        <source>same organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/dup_labels.py" line="22"/>
        <source>similar name at the same organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/dup_labels.py" line="24"/>
        <source>same organization name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/dup_labels.py" line="29"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/dup_labels.py" line="36"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/dup_labels.py" line="37"/>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/dup_labels.py" line="38"/>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/dup_labels.py" line="39"/>
        <source>Given name (phonetic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/dup_labels.py" line="40"/>
        <source>Family name (phonetic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/dup_labels.py" line="41"/>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/dup_labels.py" line="42"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/dup_labels.py" line="43"/>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/dup_labels.py" line="44"/>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/dup_labels.py" line="45"/>
        <source>E-mails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/dup_labels.py" line="46"/>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/dup_labels.py" line="47"/>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/dup_labels.py" line="48"/>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/dup_labels.py" line="49"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/dup_labels.py" line="50"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/duplicates_dialog.py" line="59"/>
        <source>Find duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/duplicates_dialog.py" line="67"/>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/duplicates_dialog.py" line="71"/>
        <source>Search &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/duplicates_dialog.py" line="88"/>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/duplicates_dialog.py" line="91"/>
        <source>One record keeps the chosen values and every interaction, deal and reminder; Edit → Undo reverts the merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/duplicates_dialog.py" line="93"/>
        <source>&amp;Not the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/duplicates_dialog.py" line="96"/>
        <source>These records are different people or organizations: they are not proposed together again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/duplicates_dialog.py" line="144"/>
        <source>Looking for duplicates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/duplicates_dialog.py" line="161"/>
        <source>Preparing the contacts for comparison…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/duplicates_dialog.py" line="163"/>
        <source>Comparing contacts: {done} of {total} pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/dialogs/duplicates_dialog.py" line="181"/>
        <source>%n group(s) of likely duplicates</source>
        <translation>
            <numerusform>%n group of likely duplicates</numerusform>
            <numerusform>%n groups of likely duplicates</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/duplicates_dialog.py" line="182"/>
        <source>No duplicates found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/duplicates_dialog.py" line="187"/>
        <source>Stopped. Search again to see the groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/duplicates_dialog.py" line="196"/>
        <source>Score {score}: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/duplicates_dialog.py" line="252"/>
        <source>Merged into {name}. Edit → Undo brings the records back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/duplicates_dialog.py" line="264"/>
        <source>{names}: not the same; not proposed together again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../crm_desktop/gui/errors.py" line="31"/>
        <source>Wrong passphrase. Check Caps Lock and the keyboard layout, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/errors.py" line="34"/>
        <source>This vault is open in another crm-desktop window or command. Close it there first: two programs writing at once could damage your data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/errors.py" line="38"/>
        <source>There is no vault at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/errors.py" line="40"/>
        <source>{name} is not a crm-desktop vault ({why}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/errors.py" line="43"/>
        <source>The vault is damaged: {detail}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/errors.py" line="46"/>
        <source>Unreadable: {tables}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/errors.py" line="49"/>
        <source>Still readable: {tables}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/errors.py" line="51"/>
        <source>Restore your newest backup, or salvage what still reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/errors.py" line="58"/>
        <source>Something unexpected went wrong ({kind}). The details were written to the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/errors.py" line="69"/>
        <source>crm-desktop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/export_dialog.py" line="59"/>
        <location filename="../../crm_desktop/gui/dialogs/export_dialog.py" line="194"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/export_dialog.py" line="63"/>
        <source>Contacts as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/export_dialog.py" line="64"/>
        <source>Contacts as an Excel workbook (XLSX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/export_dialog.py" line="65"/>
        <source>Contacts as vCards (phones, address books)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/export_dialog.py" line="66"/>
        <source>Deals as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/export_dialog.py" line="67"/>
        <source>Deals as an Excel workbook (XLSX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/export_dialog.py" line="68"/>
        <source>Reminders as a calendar (iCalendar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/export_dialog.py" line="69"/>
        <source>Everything, as JSON (to move or keep the whole vault)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/export_dialog.py" line="73"/>
        <source>UTF-8 with BOM (opens right in Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/export_dialog.py" line="74"/>
        <source>GBK (older Chinese Excel and programs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/export_dialog.py" line="75"/>
        <source>UTF-8 without BOM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/export_dialog.py" line="78"/>
        <source>4.0 (current)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/export_dialog.py" line="79"/>
        <source>3.0 (older phones, Outlook)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/export_dialog.py" line="82"/>
        <source>To-dos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/export_dialog.py" line="83"/>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/export_dialog.py" line="84"/>
        <source>Include reminders that are &amp;done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/export_dialog.py" line="86"/>
        <source>Include the &amp;trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/export_dialog.py" line="87"/>
        <source>Include attached &amp;files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/export_dialog.py" line="92"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/export_dialog.py" line="98"/>
        <source>&amp;What:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/export_dialog.py" line="99"/>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/export_dialog.py" line="100"/>
        <source>&amp;vCard version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/export_dialog.py" line="101"/>
        <source>&amp;As:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/export_dialog.py" line="105"/>
        <source>&amp;Save to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/export_dialog.py" line="109"/>
        <source>The file written is not encrypted: keep it somewhere safe, and delete it when you no longer need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/export_dialog.py" line="119"/>
        <source>E&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/export_dialog.py" line="122"/>
        <source>S&amp;how in folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/export_dialog.py" line="180"/>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/export_dialog.py" line="181"/>
        <source>{kind} files (*{suffix})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/export_dialog.py" line="194"/>
        <source>{name} exists. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/export_dialog.py" line="211"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/dialogs/export_dialog.py" line="226"/>
        <source>Saved %n record(s) to {path}.</source>
        <translation>
            <numerusform>Saved %n record to {path}.</numerusform>
            <numerusform>Saved %n records to {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_file_page.py" line="35"/>
        <location filename="../../crm_desktop/gui/widgets/import_file_page.py" line="73"/>
        <source>Choose a file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_file_page.py" line="36"/>
        <source>A CSV or Excel (XLSX) table, a vCard file from a phone or an address book, or a crm-desktop JSON export. Nothing is written before the last step, and every import can be undone as a whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_file_page.py" line="39"/>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_file_page.py" line="42"/>
        <source>The path of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_file_page.py" line="45"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_file_page.py" line="50"/>
        <source>Earlier imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_file_page.py" line="74"/>
        <source>Contacts, deals and notes (*.csv *.txt *.tsv *.xlsx *.xlsm *.vcf *.vcard *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_file_page.py" line="93"/>
        <source>There is no file at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_file_page.py" line="97"/>
        <source>Reading {name}…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GeneralSettings</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/general_settings.py" line="56"/>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/general_settings.py" line="57"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/general_settings.py" line="64"/>
        <source>Phone region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/general_settings.py" line="65"/>
        <source>Currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/general_settings.py" line="67"/>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/general_settings.py" line="68"/>
        <source>Lock after idle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/general_settings.py" line="70"/>
        <source>This vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/general_settings.py" line="71"/>
        <source>Phone numbers typed without +country code are read in this region; new deals start in this currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/general_settings.py" line="75"/>
        <source>This computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/general_settings.py" line="92"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/general_settings.py" line="124"/>
        <source>Saved. Undo takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupList</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/dup_groups.py" line="24"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/dup_groups.py" line="24"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/dup_groups.py" line="24"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/guide_dialog.py" line="72"/>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/guide_dialog.py" line="75"/>
        <source>The user guide is missing from this installation ({path}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/health_dialog.py" line="100"/>
        <source>Data health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/health_dialog.py" line="105"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/health_dialog.py" line="105"/>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/health_dialog.py" line="105"/>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/health_dialog.py" line="111"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/health_dialog.py" line="114"/>
        <source>&amp;Right as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/health_dialog.py" line="116"/>
        <source>Not reported again for this check until the contact changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/health_dialog.py" line="118"/>
        <source>Check &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/health_dialog.py" line="147"/>
        <source>Checking the vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/health_dialog.py" line="161"/>
        <source>Tier {tier}: no interaction in {days} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/health_dialog.py" line="164"/>
        <source>Contacts without a phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/health_dialog.py" line="165"/>
        <source>Contacts without an e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/health_dialog.py" line="166"/>
        <source>People without an organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/health_dialog.py" line="167"/>
        <source>Contacts without a tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/health_dialog.py" line="168"/>
        <source>Phones that did not parse (kept as typed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/health_dialog.py" line="169"/>
        <source>Invalid e-mails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/health_dialog.py" line="170"/>
        <source>Open deals past their expected close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/health_dialog.py" line="171"/>
        <source>Overdue reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/health_dialog.py" line="176"/>
        <source>last: {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/health_dialog.py" line="177"/>
        <source>never met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/health_dialog.py" line="184"/>
        <source>{day}: {contacts} contacts ({people} people, {orgs} organizations)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/dialogs/health_dialog.py" line="192"/>
        <source>%n more marked right as it is</source>
        <translation>
            <numerusform>%n more marked right as it is</numerusform>
            <numerusform>%n more marked right as it is</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/health_dialog.py" line="199"/>
        <source>… and {n} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/health_dialog.py" line="204"/>
        <source>Groups of likely duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/health_dialog.py" line="206"/>
        <source>Open the group to merge its records, or mark them not the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/history_view.py" line="53"/>
        <source>undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/history_view.py" line="65"/>
        <source>No changes recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDuplicates</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_duplicates.py" line="40"/>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_duplicates.py" line="41"/>
        <source>Create a new contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_duplicates.py" line="42"/>
        <source>Update (the file&apos;s values replace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_duplicates.py" line="43"/>
        <source>Merge (add what is missing)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="15"/>
        <source>Kind (meeting, call, e-mail, note)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="17"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="18"/>
        <source>Kind (person / organization)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="19"/>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="20"/>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="21"/>
        <source>Given name (phonetic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="22"/>
        <source>Family name (phonetic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="23"/>
        <source>Other names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="24"/>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="25"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="26"/>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="27"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="28"/>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="29"/>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="30"/>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="31"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="32"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="33"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="34"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="35"/>
        <source>Phone label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="36"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="37"/>
        <source>E-mail label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="38"/>
        <source>Address (one line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="39"/>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="40"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="41"/>
        <source>Region / province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="42"/>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="43"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="44"/>
        <source>Address label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="45"/>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="46"/>
        <source>Group members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="47"/>
        <source>Keep as custom field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="48"/>
        <source>Custom field label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="49"/>
        <source>Custom field value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="50"/>
        <source>Skip (do not import)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="51"/>
        <source>Record id (uid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="52"/>
        <source>Deal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="53"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="54"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="55"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="56"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="57"/>
        <source>Probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="58"/>
        <source>Expected close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="59"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="60"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="61"/>
        <source>Close reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="62"/>
        <source>Retainer fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="63"/>
        <source>Success fee (amount)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="64"/>
        <source>Success fee (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="65"/>
        <source>Parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="66"/>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="67"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="68"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="69"/>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="70"/>
        <source>Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="81"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="82"/>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="83"/>
        <source>Interactions (meetings, calls, notes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="89"/>
        <source>CSV (text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="90"/>
        <source>Excel workbook (XLSX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="91"/>
        <source>vCard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_fields.py" line="92"/>
        <source>crm-desktop JSON export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportHistory</name>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/import_history.py" line="51"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/import_history.py" line="51"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/import_history.py" line="51"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/import_history.py" line="52"/>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/import_history.py" line="52"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/import_history.py" line="60"/>
        <source>&amp;Undo this import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/import_history.py" line="82"/>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/import_history.py" line="82"/>
        <source>Undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/import_history.py" line="82"/>
        <source>Unfinished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/import_history.py" line="95"/>
        <source>No imports yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/import_history.py" line="116"/>
        <source>Undoing the import of {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/import_history.py" line="122"/>
        <source>The import of {name} is undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/import_history.py" line="136"/>
        <source>Import history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/import_wizard.py" line="35"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InteractionQuickAdd</name>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/interaction_quick_add.py" line="59"/>
        <source>Log an interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/interaction_quick_add.py" line="84"/>
        <source>What it was about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/interaction_quick_add.py" line="87"/>
        <source>Notes (Ctrl+Enter saves)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/interaction_quick_add.py" line="91"/>
        <source>Contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/interaction_quick_add.py" line="93"/>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/interaction_quick_add.py" line="94"/>
        <source>When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/interaction_quick_add.py" line="95"/>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/interaction_quick_add.py" line="96"/>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/interaction_quick_add.py" line="99"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/interaction_quick_add.py" line="148"/>
        <source>Find the contact first: type part of a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="13"/>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="14"/>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="15"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="16"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="22"/>
        <source>Sponsor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="23"/>
        <source>Lender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="24"/>
        <source>Investor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="25"/>
        <source>Adviser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="26"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="32"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="33"/>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="34"/>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="35"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="41"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="42"/>
        <source>Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="43"/>
        <source>Interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="44"/>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="45"/>
        <source>Deal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="46"/>
        <source>Attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="59"/>
        <source>hourly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="60"/>
        <source>daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="61"/>
        <source>weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="62"/>
        <source>monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="63"/>
        <source>yearly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="66"/>
        <source>every %1 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="67"/>
        <source>every %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="68"/>
        <source>every %1 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="69"/>
        <source>every %1 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/labels.py" line="70"/>
        <source>every %1 years</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockedPage</name>
    <message>
        <location filename="../../crm_desktop/gui/pages/locked_page.py" line="27"/>
        <source>&lt;h2&gt;The vault is locked&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/locked_page.py" line="28"/>
        <source>Unlock…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="122"/>
        <source>Search contacts, deals and notes ({keys})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="126"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="126"/>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="126"/>
        <location filename="../../crm_desktop/gui/main_window.py" line="187"/>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="126"/>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="127"/>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="180"/>
        <source>crm-desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="187"/>
        <source>Reminders ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/main_window.py" line="188"/>
        <source>%n reminder(s) overdue</source>
        <translation>
            <numerusform>%n reminder overdue</numerusform>
            <numerusform>%n reminders overdue</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="236"/>
        <source>Logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="249"/>
        <location filename="../../crm_desktop/gui/main_window.py" line="254"/>
        <source>Added {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="259"/>
        <source>Reminder added</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_mapping_page.py" line="44"/>
        <source>Match the columns to fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_mapping_page.py" line="47"/>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_mapping_page.py" line="47"/>
        <source>First values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_mapping_page.py" line="48"/>
        <source>Imported as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_mapping_page.py" line="62"/>
        <source>guess (month first when unclear)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_mapping_page.py" line="62"/>
        <source>year-month-day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_mapping_page.py" line="63"/>
        <source>month/day/year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_mapping_page.py" line="63"/>
        <source>day/month/year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_mapping_page.py" line="66"/>
        <source>&amp;Dates like 03/04/2024 are:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_mapping_page.py" line="71"/>
        <source>&amp;Preset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_mapping_page.py" line="73"/>
        <source>&amp;Load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_mapping_page.py" line="75"/>
        <source>Sa&amp;ve as preset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_mapping_page.py" line="100"/>
        <source>{n} columns, read as {what}. A column left as a custom field is kept under its own name; choose Skip to leave it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_mapping_page.py" line="128"/>
        <source>Field for column {column}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_mapping_page.py" line="167"/>
        <source>Preset “{name}” loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_mapping_page.py" line="170"/>
        <source>Save as preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_mapping_page.py" line="171"/>
        <source>A name for this mapping:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_mapping_page.py" line="185"/>
        <source>Saved as preset “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeChooser</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/dup_compare.py" line="87"/>
        <source>Choose a group on the left to compare its records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/widgets/dup_compare.py" line="103"/>
        <source>%n interaction(s)</source>
        <translation>
            <numerusform>%n interaction</numerusform>
            <numerusform>%n interactions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/widgets/dup_compare.py" line="104"/>
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n deal</numerusform>
            <numerusform>%n deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/widgets/dup_compare.py" line="105"/>
        <source>%n reminder(s)</source>
        <translation>
            <numerusform>%n reminder</numerusform>
            <numerusform>%n reminders</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/dup_compare.py" line="110"/>
        <source>Keep this record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/dup_compare.py" line="112"/>
        <source>The other records go to the trash, marked merged; everything linked to them moves to this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/dup_compare.py" line="116"/>
        <source>Carries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/dup_compare.py" line="162"/>
        <source>All of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/dup_compare.py" line="162"/>
        <source>Both, joined</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <location filename="../../crm_desktop/gui/notifier.py" line="49"/>
        <source>Reminder due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/notifier.py" line="62"/>
        <source>and %n more</source>
        <translation>and %n more</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/notifier.py" line="64"/>
        <source>Due now: {what}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartyDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/party_dialog.py" line="52"/>
        <source>Add a party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/party_dialog.py" line="56"/>
        <source>Type a name, a phone or an e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/party_dialog.py" line="65"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/party_dialog.py" line="79"/>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/party_dialog.py" line="111"/>
        <source>Find the contact first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PathField</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/path_field.py" line="21"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PipelineBoard</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/pipeline_board.py" line="99"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/pipeline_board.py" line="100"/>
        <source>Move to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PipelineChart</name>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/widgets/pipeline_chart.py" line="109"/>
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n deal</numerusform>
            <numerusform>%n deals</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/pipeline_chart.py" line="112"/>
        <source>No open deals yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_preview_page.py" line="48"/>
        <source>Check before importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_preview_page.py" line="49"/>
        <source>Nothing has been written yet. Import writes every row below in one step, which can be undone as a whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_preview_page.py" line="52"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_preview_page.py" line="63"/>
        <source>&amp;Rows that match a record already in the vault:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_preview_page.py" line="98"/>
        <source>Same phone or e-mail: merge them; the others I choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_preview_page.py" line="99"/>
        <source>Skip them (the vault keeps its record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_preview_page.py" line="100"/>
        <source>Import them as new records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_preview_page.py" line="102"/>
        <source>Merge them all: add what a contact lacks, overwrite nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_preview_page.py" line="104"/>
        <source>Update the existing contact with the file&apos;s values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_preview_page.py" line="121"/>
        <source>{name} is a crm-desktop JSON export: it is restored whole, and records the vault already holds are skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_preview_page.py" line="126"/>
        <source>Reading every row of {name} to see what importing it would do…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/widgets/import_preview_page.py" line="158"/>
        <source>&lt;b&gt;%n&lt;/b&gt; new</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; new</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/widgets/import_preview_page.py" line="159"/>
        <source>&lt;b&gt;%n&lt;/b&gt; to merge into a contact</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; to merge into a contact</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; to merge into a contact</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/widgets/import_preview_page.py" line="160"/>
        <source>&lt;b&gt;%n&lt;/b&gt; to update</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; to update</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; to update</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/widgets/import_preview_page.py" line="161"/>
        <source>&lt;b&gt;%n&lt;/b&gt; possible duplicate(s) for you to check</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; possible duplicate for you to check</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; possible duplicates for you to check</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; possible duplicate(s)</source>
        <translation type="vanished">
            <numerusform>&lt;b&gt;%n&lt;/b&gt; possible duplicate</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; possible duplicates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/widgets/import_preview_page.py" line="162"/>
        <source>&lt;b&gt;%n&lt;/b&gt; row(s) with errors, not imported</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; row with errors, not imported</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; rows with errors, not imported</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_preview_page.py" line="165"/>
        <source>Rows to check are skipped unless you choose another action for them (in bold below: F2 or a click on the action).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/widgets/import_preview_page.py" line="168"/>
        <source>%n problem(s) listed below, errors first.</source>
        <translation>
            <numerusform>%n problem listed below, errors first.</numerusform>
            <numerusform>%n problems listed below, errors first.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_preview_page.py" line="170"/>
        <source>This file was imported before ({when}, {status}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/widgets/import_preview_page.py" line="173"/>
        <source>Possible duplicates (%n)</source>
        <translation>
            <numerusform>Possible duplicates (%n)</numerusform>
            <numerusform>Possible duplicates (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/widgets/import_preview_page.py" line="174"/>
        <source>Problems (%n)</source>
        <translation>
            <numerusform>Problems (%n)</numerusform>
            <numerusform>Problems (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_preview_page.py" line="212"/>
        <source>Importing {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_preview_page.py" line="213"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_preview_page.py" line="215"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_preview_page.py" line="234"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_preview_page.py" line="241"/>
        <source>Importing: {n} rows read…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_preview_page.py" line="263"/>
        <source>Import cancelled: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemModel</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_problems.py" line="25"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_problems.py" line="25"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_problems.py" line="25"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_problems.py" line="25"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_problems.py" line="26"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_problems.py" line="26"/>
        <source>What is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_problems.py" line="52"/>
        <source>whole file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_problems.py" line="60"/>
        <source>Error: not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_problems.py" line="60"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickAddDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/quick_add.py" line="44"/>
        <source>Add a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/quick_add.py" line="48"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/quick_add.py" line="49"/>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/quick_add.py" line="52"/>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/quick_add.py" line="53"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/quick_add.py" line="53"/>
        <source>Organization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/quick_add.py" line="54"/>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/quick_add.py" line="54"/>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/quick_add.py" line="55"/>
        <source>E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/quick_add.py" line="59"/>
        <source>Tier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/quick_add.py" line="72"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/record_html.py" line="48"/>
        <source>No interactions yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/record_html.py" line="51"/>
        <source>The newest {shown} of {total}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/record_html.py" line="59"/>
        <source>No notes yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/record_html.py" line="76"/>
        <source>No reminders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/record_html.py" line="85"/>
        <source>No deals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/record_html.py" line="91"/>
        <source>No parties yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderModel</name>
    <message>
        <location filename="../../crm_desktop/gui/models/reminder_model.py" line="65"/>
        <source>{when} in {zone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/reminder_model.py" line="68"/>
        <source>Snoozed; first due {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/reminder_model.py" line="84"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/reminder_model.py" line="84"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/reminder_model.py" line="84"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/reminder_model.py" line="84"/>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/reminder_model.py" line="85"/>
        <source>Repeats</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderQuickAddDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/reminder_quick_add.py" line="48"/>
        <source>Add a reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/reminder_quick_add.py" line="59"/>
        <source>Does not repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/reminder_quick_add.py" line="59"/>
        <source>Every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/reminder_quick_add.py" line="59"/>
        <source>Every week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/reminder_quick_add.py" line="60"/>
        <source>Every month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/reminder_quick_add.py" line="60"/>
        <source>Every year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/reminder_quick_add.py" line="63"/>
        <source>What:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/reminder_quick_add.py" line="64"/>
        <source>When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/reminder_quick_add.py" line="66"/>
        <source>Repeats:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/reminder_quick_add.py" line="70"/>
        <source>About:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/reminder_quick_add.py" line="73"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemindersPage</name>
    <message>
        <location filename="../../crm_desktop/gui/pages/reminders_page.py" line="105"/>
        <location filename="../../crm_desktop/gui/pages/reminders_page.py" line="120"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/reminders_page.py" line="106"/>
        <source>Mark the selected reminders done (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/reminders_page.py" line="107"/>
        <source>Snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/reminders_page.py" line="108"/>
        <source>New reminder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/reminders_page.py" line="109"/>
        <source>Add a reminder (Ctrl+Shift+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/reminders_page.py" line="111"/>
        <source>For an hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/reminders_page.py" line="111"/>
        <source>Until tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/reminders_page.py" line="112"/>
        <source>Until next week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/reminders_page.py" line="114"/>
        <source>Until a date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/reminders_page.py" line="119"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/reminders_page.py" line="119"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/reminders_page.py" line="119"/>
        <source>Upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/reminders_page.py" line="185"/>
        <source>Nothing due today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/reminders_page.py" line="185"/>
        <source>Nothing overdue. Well done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/reminders_page.py" line="186"/>
        <source>No reminders ahead. Ctrl+Shift+R adds one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/reminders_page.py" line="187"/>
        <source>No reminders done yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/reminders_page.py" line="191"/>
        <source>Add a reminder ({keys})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/reminders_page.py" line="193"/>
        <source>Nothing due — add a reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/reminders_page.py" line="194"/>
        <source>A reminder brings a follow-up back on its day: a call to return, a document to chase. It can repeat, and it can be about a contact or a deal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/reminders_page.py" line="219"/>
        <source>Done. Next time: {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/reminders_page.py" line="221"/>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/reminders_page.py" line="234"/>
        <source>Snoozed until {when}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_dialog.py" line="64"/>
        <source>Write a report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_dialog.py" line="84"/>
        <source>That contact is no longer in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_dialog.py" line="87"/>
        <source>Save the report as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_dialog.py" line="87"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_dialog.py" line="93"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_dialog.py" line="95"/>
        <source>Show in &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_dialog.py" line="97"/>
        <source>&amp;Write PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_dialog.py" line="138"/>
        <source>&amp;Report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_dialog.py" line="139"/>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_dialog.py" line="141"/>
        <source>&amp;Contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_dialog.py" line="142"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_dialog.py" line="143"/>
        <source>&amp;Save as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_dialog.py" line="166"/>
        <source>A dossier covers the whole history, whatever the dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_dialog.py" line="168"/>
        <source>This report describes the vault as it is today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_dialog.py" line="217"/>
        <source>Choose where to save the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_dialog.py" line="220"/>
        <source>Find the contact or organization for the dossier first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_dialog.py" line="222"/>
        <source>The period starts after it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_dialog.py" line="224"/>
        <source>{path} is a folder. Type a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_dialog.py" line="226"/>
        <source>The folder {folder} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_dialog.py" line="230"/>
        <source>Reading the vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_dialog.py" line="230"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_dialog.py" line="232"/>
        <source>Writing the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_dialog.py" line="244"/>
        <source>Laying out the pages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/dialogs/report_dialog.py" line="260"/>
        <source>Saved {name}: %n page(s).</source>
        <translation>
            <numerusform>Saved {name}: %n page.</numerusform>
            <numerusform>Saved {name}: %n pages.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_dialog.py" line="268"/>
        <source>Cancelled: no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportNames</name>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_names.py" line="18"/>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_names.py" line="19"/>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_names.py" line="20"/>
        <source>Going cold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_names.py" line="21"/>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_names.py" line="22"/>
        <source>Data health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_names.py" line="23"/>
        <source>Client dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_names.py" line="29"/>
        <source>Open deals by stage and currency with fees, the forecast by month, deals won and lost in the period, and time spent in each stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_names.py" line="31"/>
        <source>Reminders overdue, due today and coming up, with their contact and deal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_names.py" line="33"/>
        <source>Clients silent for longer than their tier allows, most silent first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_names.py" line="35"/>
        <source>Meetings, calls, e-mails and notes logged in the period, week by week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_names.py" line="37"/>
        <source>Missing and invalid phones and e-mails, people without an organization, deals past their expected close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_names.py" line="39"/>
        <source>Everything about one contact or organization: details, people, deals, reminders and the whole history with minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_names.py" line="47"/>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_names.py" line="48"/>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_names.py" line="49"/>
        <source>This quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_names.py" line="50"/>
        <source>Last quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_names.py" line="51"/>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_names.py" line="52"/>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/report_names.py" line="55"/>
        <source>Custom dates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavedFile</name>
    <message>
        <location filename="../../crm_desktop/gui/saved_file.py" line="35"/>
        <source>You may not write to the folder {folder}. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/saved_file.py" line="39"/>
        <source>The disk is full: there is no room for {name} in {folder}. Free some space or choose another disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/saved_file.py" line="43"/>
        <source>{path} is a folder. Type a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/saved_file.py" line="46"/>
        <source>The folder {folder} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/saved_file.py" line="48"/>
        <source>{name} could not be written: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchModel</name>
    <message>
        <location filename="../../crm_desktop/gui/models/search_model.py" line="66"/>
        <source>No matches for “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/search_model.py" line="81"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/search_model.py" line="81"/>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/search_model.py" line="82"/>
        <source>Interactions and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/search_model.py" line="90"/>
        <source>Show more than {n} contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/search_model.py" line="91"/>
        <source>Show more than {n} deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/search_model.py" line="92"/>
        <source>Show more than {n} interactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/models/search_model.py" line="93"/>
        <source>Show all %n contact(s)</source>
        <translation>
            <numerusform>Show the %n contact</numerusform>
            <numerusform>Show all %n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/models/search_model.py" line="94"/>
        <source>Show all %n deal(s)</source>
        <translation>
            <numerusform>Show the %n deal</numerusform>
            <numerusform>Show all %n deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/models/search_model.py" line="95"/>
        <source>Show all %n interaction(s)</source>
        <translation>
            <numerusform>Show the %n interaction</numerusform>
            <numerusform>Show all %n interactions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/settings_dialog.py" line="28"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/settings_dialog.py" line="36"/>
        <source>&amp;General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/settings_dialog.py" line="37"/>
        <source>&amp;Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/settings_dialog.py" line="38"/>
        <source>Custom &amp;fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/settings_dialog.py" line="39"/>
        <source>&amp;Tags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/shortcuts_dialog.py" line="12"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/shortcuts_dialog.py" line="17"/>
        <source>Clear the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/shortcuts_dialog.py" line="17"/>
        <source>Save a field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/shortcuts_dialog.py" line="17"/>
        <source>Enter or Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/shortcuts_dialog.py" line="18"/>
        <source>Move a deal card to the previous or next stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/shortcuts_dialog.py" line="19"/>
        <source>Open the deal card, the record in a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/shortcuts_dialog.py" line="19"/>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/shortcuts_dialog.py" line="20"/>
        <source>Back from a deal to the board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/shortcuts_dialog.py" line="21"/>
        <source>Add the note, log the interaction, mark reminders done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/shortcuts_dialog.py" line="23"/>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/shortcuts_dialog.py" line="23"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/snooze_dialog.py" line="16"/>
        <source>Snooze until…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/snooze_dialog.py" line="26"/>
        <source>Until:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StageColumn</name>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/widgets/stage_column.py" line="60"/>
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n deal</numerusform>
            <numerusform>%n deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/widgets/stage_column.py" line="65"/>
        <source>%n more in the list…</source>
        <translation>
            <numerusform>%n more in the list…</numerusform>
            <numerusform>%n more in the list…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StageEditor</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/stage_editor.py" line="34"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/stage_editor.py" line="34"/>
        <source>Probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/stage_editor.py" line="34"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/stage_editor.py" line="35"/>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/stage_editor.py" line="39"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/stage_editor.py" line="41"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/stage_editor.py" line="43"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/stage_editor.py" line="48"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/stage_editor.py" line="54"/>
        <source>Name of a new stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/stage_editor.py" line="58"/>
        <location filename="../../crm_desktop/gui/widgets/stage_editor.py" line="79"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/stage_editor.py" line="59"/>
        <location filename="../../crm_desktop/gui/widgets/stage_editor.py" line="79"/>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/stage_editor.py" line="60"/>
        <location filename="../../crm_desktop/gui/widgets/stage_editor.py" line="79"/>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/stage_editor.py" line="61"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/stage_editor.py" line="66"/>
        <source>Selected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/stage_editor.py" line="67"/>
        <source>New stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/stage_editor.py" line="108"/>
        <location filename="../../crm_desktop/gui/widgets/stage_editor.py" line="111"/>
        <source>Saved {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/stage_editor.py" line="120"/>
        <source>Added {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/stage_editor.py" line="127"/>
        <source>Removed {name}. Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/start_dialog.py" line="42"/>
        <source>Welcome to crm-desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/start_dialog.py" line="56"/>
        <source>&lt;h2&gt;Welcome&lt;/h2&gt;&lt;p&gt;crm-desktop keeps your contacts, deals and notes in one encrypted file on this computer. Nothing leaves the machine.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/start_dialog.py" line="59"/>
        <source>Create a vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/start_dialog.py" line="62"/>
        <source>Try the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/start_dialog.py" line="64"/>
        <source>Open a vault file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/start_dialog.py" line="82"/>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/start_dialog.py" line="96"/>
        <source>&lt;b&gt;Nobody can recover a lost passphrase&lt;/b&gt; — not us, not anyone. Without it the vault cannot be opened. Write it down and keep it somewhere safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/start_dialog.py" line="101"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/start_dialog.py" line="103"/>
        <source>Create the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/start_dialog.py" line="111"/>
        <source>Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/start_dialog.py" line="112"/>
        <source>Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/start_dialog.py" line="113"/>
        <source>Repeat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/start_dialog.py" line="135"/>
        <source>Too short: use at least {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/start_dialog.py" line="136"/>
        <source>Weak: add words — a few plain words make a strong passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/start_dialog.py" line="137"/>
        <source>Fair: one or two more words would make it strong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/start_dialog.py" line="138"/>
        <source>Strong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/start_dialog.py" line="147"/>
        <source>The two passphrases differ. Type the same one twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/start_dialog.py" line="153"/>
        <source>The passphrase is too short: use at least {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/start_dialog.py" line="176"/>
        <source>Open a vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/start_dialog.py" line="183"/>
        <source>Where to keep the new vault</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/status_line.py" line="25"/>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/status_line.py" line="25"/>
        <source>Unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/status_line.py" line="28"/>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_summary_page.py" line="31"/>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_summary_page.py" line="32"/>
        <source>The whole import is one step: “Undo this import” (or Edit → Undo, or the import history) takes it back out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_summary_page.py" line="38"/>
        <source>Rows skipped or imported with a remark:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_summary_page.py" line="42"/>
        <source>&amp;Save the rows not imported…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_summary_page.py" line="44"/>
        <source>A CSV file of those rows, as they were, with why: fix them in Excel and import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_summary_page.py" line="47"/>
        <source>&amp;Undo this import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_summary_page.py" line="67"/>
        <source>Imported from {name}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/widgets/import_summary_page.py" line="68"/>
        <source>&lt;b&gt;%n&lt;/b&gt; record(s) created</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; record created</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; records created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/widgets/import_summary_page.py" line="69"/>
        <source>&lt;b&gt;%n&lt;/b&gt; record(s) updated</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; record updated</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; records updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/widgets/import_summary_page.py" line="70"/>
        <source>&lt;b&gt;%n&lt;/b&gt; row(s) merged into existing contacts</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; row merged into existing contacts</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; rows merged into existing contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/widgets/import_summary_page.py" line="71"/>
        <source>&lt;b&gt;%n&lt;/b&gt; row(s) skipped</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; row skipped</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; rows skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/widgets/import_summary_page.py" line="72"/>
        <source>&lt;b&gt;%n&lt;/b&gt; row(s) with errors, not imported</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; row with errors, not imported</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; rows with errors, not imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/widgets/import_summary_page.py" line="75"/>
        <source>The first %n problems are listed.</source>
        <translation>
            <numerusform>The first problem is listed.</numerusform>
            <numerusform>The first %n problems are listed.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_summary_page.py" line="87"/>
        <source>-not-imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_summary_page.py" line="88"/>
        <source>Save the rows not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_summary_page.py" line="89"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/widgets/import_summary_page.py" line="104"/>
        <source>%n row(s) saved to {path}</source>
        <translation>
            <numerusform>%n row saved to {path}</numerusform>
            <numerusform>%n rows saved to {path}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_summary_page.py" line="116"/>
        <source>Undoing the import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/import_summary_page.py" line="121"/>
        <source>The import is undone: nothing of it is left in your lists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagEditor</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/tag_editor.py" line="20"/>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/tag_editor.py" line="20"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/tag_editor.py" line="23"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/tag_editor.py" line="26"/>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/tag_editor.py" line="31"/>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/tag_editor.py" line="35"/>
        <source>Selected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/tag_editor.py" line="36"/>
        <source>Merge into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/tag_editor.py" line="68"/>
        <source>Renamed to {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/tag_editor.py" line="76"/>
        <source>Merged {old} into {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/tag_editor.py" line="83"/>
        <source>Remove a tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/tag_editor.py" line="84"/>
        <source>Take the tag {name} off {count} contacts? Undo puts it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/tag_editor.py" line="88"/>
        <source>Removed {name}. Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../crm_desktop/gui/widgets/timeline.py" line="83"/>
        <source>Subject (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/timeline.py" line="84"/>
        <source>What was said, what was agreed (Ctrl+Return logs it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/timeline.py" line="85"/>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/timeline.py" line="86"/>
        <source>When it happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/widgets/timeline.py" line="87"/>
        <source>Show older</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tools</name>
    <message>
        <location filename="../../crm_desktop/gui/tools.py" line="63"/>
        <source>The passphrase was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TourDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/tour_dialog.py" line="109"/>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/tour_dialog.py" line="110"/>
        <source>Everything you keep here is in one encrypted file on this computer; nothing leaves it. This tour shows the five pages in a minute: Next, or the → key, walks on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/tour_dialog.py" line="112"/>
        <source>locks the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/tour_dialog.py" line="113"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/tour_dialog.py" line="114"/>
        <source>People and organizations with their phones, e-mails, notes and history. Search by name, phone, e-mail or pinyin; filter by kind, tier, tag, or who needs a follow-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/tour_dialog.py" line="116"/>
        <location filename="../../crm_desktop/gui/dialogs/tour_dialog.py" line="121"/>
        <location filename="../../crm_desktop/gui/dialogs/tour_dialog.py" line="126"/>
        <location filename="../../crm_desktop/gui/dialogs/tour_dialog.py" line="132"/>
        <location filename="../../crm_desktop/gui/dialogs/tour_dialog.py" line="136"/>
        <source>shows this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/tour_dialog.py" line="116"/>
        <source>adds a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/tour_dialog.py" line="117"/>
        <source>searches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/tour_dialog.py" line="118"/>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/tour_dialog.py" line="119"/>
        <source>Your pipeline as a board: drag a card to its next stage, or press Alt+→. The list view filters deals by stage, status and owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/tour_dialog.py" line="122"/>
        <source>adds a deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/tour_dialog.py" line="123"/>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/tour_dialog.py" line="124"/>
        <source>Follow-ups due today, overdue and ahead. Mark them done or snooze them; a recurring one comes back by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/tour_dialog.py" line="127"/>
        <source>adds a reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/tour_dialog.py" line="128"/>
        <source>marks the selected ones done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/tour_dialog.py" line="129"/>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/tour_dialog.py" line="130"/>
        <source>The open pipeline by stage, follow-ups due, clients going cold and this week&apos;s activity. Click a figure to open the records behind it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/tour_dialog.py" line="133"/>
        <source>Trash and undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/tour_dialog.py" line="134"/>
        <source>Deleted records wait in the trash until you empty it, and Undo takes back the last change. Help lists every key, and this tour is there too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/tour_dialog.py" line="136"/>
        <source>undoes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/tour_dialog.py" line="137"/>
        <source>lists every key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/tour_dialog.py" line="141"/>
        <source>A quick tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/tour_dialog.py" line="142"/>
        <source>Don&apos;t show this again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/tour_dialog.py" line="143"/>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/tour_dialog.py" line="144"/>
        <source>Close the tour (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/tour_dialog.py" line="145"/>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/tour_dialog.py" line="170"/>
        <source>Step {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/tour_dialog.py" line="175"/>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/tour_dialog.py" line="175"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrashModel</name>
    <message>
        <location filename="../../crm_desktop/gui/models/trash_model.py" line="56"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/trash_model.py" line="56"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/models/trash_model.py" line="56"/>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrashPage</name>
    <message>
        <location filename="../../crm_desktop/gui/pages/trash_page.py" line="71"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/trash_page.py" line="72"/>
        <source>Put the selected records back where they were (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/trash_page.py" line="73"/>
        <source>Empty trash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/trash_page.py" line="74"/>
        <source>The trash is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/trash_page.py" line="75"/>
        <source>Deleted records stay here until you empty it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/pages/trash_page.py" line="93"/>
        <source>%n record(s) in the trash</source>
        <translation>
            <numerusform>%n record in the trash</numerusform>
            <numerusform>%n records in the trash</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/trash_page.py" line="112"/>
        <source>Restored {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/trash_page.py" line="121"/>
        <source>Empty the trash?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/pages/trash_page.py" line="122"/>
        <source>Erase %n record(s) in the trash permanently?</source>
        <translation>
            <numerusform>Erase %n record in the trash permanently?</numerusform>
            <numerusform>Erase %n records in the trash permanently?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/trash_page.py" line="125"/>
        <source>This cannot be undone: Undo will not bring them back, and only a backup made before now still holds them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pages/trash_page.py" line="129"/>
        <source>Erase permanently</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/pages/trash_page.py" line="136"/>
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
        <location filename="../../crm_desktop/gui/undo_runner.py" line="30"/>
        <source>Redone: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/undo_runner.py" line="30"/>
        <source>Undone: {what}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/unlock_dialog.py" line="46"/>
        <source>Unlock {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/unlock_dialog.py" line="48"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/unlock_dialog.py" line="58"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/unlock_dialog.py" line="62"/>
        <source>Other vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/unlock_dialog.py" line="69"/>
        <source>Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/unlock_dialog.py" line="89"/>
        <source>&amp;Salvage what can be read…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/unlock_dialog.py" line="107"/>
        <source>Type the passphrase of this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/unlock_dialog.py" line="111"/>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/unlock_dialog.py" line="137"/>
        <source>A verified backup from {when} ({counts}) can take its place. The damaged file is kept aside in the backups folder, never deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/unlock_dialog.py" line="140"/>
        <source>&amp;Open the newest backup ({when})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/unlock_dialog.py" line="142"/>
        <source>No verified backup of this vault was found beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/unlock_dialog.py" line="153"/>
        <source>Restoring the backup, keeping the damaged file aside…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/unlock_dialog.py" line="161"/>
        <source>Restored. Opening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/unlock_dialog.py" line="167"/>
        <source>Save what can be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/unlock_dialog.py" line="173"/>
        <source>Reading what can be read…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/unlock_dialog.py" line="180"/>
        <source>Saved {rows} records into {out}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/unlock_dialog.py" line="183"/>
        <source>Some rows were lost in: {tables}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/unlock_dialog.py" line="185"/>
        <source>The JSON file is not encrypted: keep it safe, delete it when done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/unlock_dialog.py" line="187"/>
        <source>Open it with “Other vault…” and the same passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/dialogs/unlock_dialog.py" line="191"/>
        <source>Open a vault</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
  <context>
    <name>Actions</name>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Quit</translation>
    </message>
    <message>
      <source>Close Daleel</source>
      <translation>Close Daleel</translation>
    </message>
    <message>
      <source>&amp;Find</source>
      <translation>&amp;Find</translation>
    </message>
    <message>
      <source>Go to the search field</source>
      <translation>Go to the search field</translation>
    </message>
    <message>
      <source>&amp;Theme page</source>
      <translation>&amp;Theme page</translation>
    </message>
    <message>
      <source>The theme's introduction, priorities and latest resources</source>
      <translation>The theme's introduction, priorities and latest resources</translation>
    </message>
    <message>
      <source>&amp;Browse and search</source>
      <translation>&amp;Browse and search</translation>
    </message>
    <message>
      <source>Search and filter the whole library</source>
      <translation>Search and filter the whole library</translation>
    </message>
    <message>
      <source>&amp;Priorities tracker</source>
      <translation>&amp;Priorities tracker</translation>
    </message>
    <message>
      <source>Track the work on the current priorities</source>
      <translation>Track the work on the current priorities</translation>
    </message>
    <message>
      <source>&amp;Clear filters</source>
      <translation>&amp;Clear filters</translation>
    </message>
    <message>
      <source>Remove every filter</source>
      <translation>Remove every filter</translation>
    </message>
    <message>
      <source>Arabic-&amp;Indic digits</source>
      <translation>Arabic-&amp;Indic digits</translation>
    </message>
    <message>
      <source>Write numbers and dates with Arabic-Indic digits</source>
      <translation>Write numbers and dates with Arabic-Indic digits</translation>
    </message>
    <message>
      <source>English</source>
      <translation>English</translation>
    </message>
  </context>
  <context>
    <name>App</name>
    <message>
      <source>Daleel cannot start</source>
      <translation>Daleel cannot start</translation>
    </message>
  </context>
  <context>
    <name>AttachmentsView</name>
    <message>
      <source>No attachments for this resource.</source>
      <translation>No attachments for this resource.</translation>
    </message>
    <message>
      <source>Found in the attached document:</source>
      <translation>Found in the attached document:</translation>
    </message>
    <message>
      <source>available offline</source>
      <translation>available offline</translation>
    </message>
    <message>
      <source>not in this catalogue's files</source>
      <translation>not in this catalogue's files</translation>
    </message>
    <message>
      <source>Arabic</source>
      <translation>Arabic</translation>
    </message>
    <message>
      <source>English</source>
      <translation>English</translation>
    </message>
    <message>
      <source>French</source>
      <translation>French</translation>
    </message>
    <message>
      <source>Spanish</source>
      <translation>Spanish</translation>
    </message>
    <message>
      <source>“{name}” is missing or damaged (its checksum does not match); it was not opened.</source>
      <translation>“{name}” is missing or damaged (its checksum does not match); it was not opened.</translation>
    </message>
  </context>
  <context>
    <name>Briefing</name>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Progress</source>
      <translation>Progress</translation>
    </message>
    <message>
      <source>Target date</source>
      <translation>Target date</translation>
    </message>
    <message>
      <source>Next step</source>
      <translation>Next step</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>Overdue</translation>
    </message>
    <message>
      <source>Priorities briefing</source>
      <translation>Priorities briefing</translation>
    </message>
  </context>
  <context>
    <name>BundleCli</name>
    <message>
      <source>Bundle: {catalogue} version {version}, created {created}, by {publisher}</source>
      <translation>Bundle: {catalogue} version {version}, created {created}, by {publisher}</translation>
    </message>
    <message>
      <source>Delta bundle: it updates version {base}</source>
      <translation>Delta bundle: it updates version {base}</translation>
    </message>
    <message>
      <source>Signature: valid, by the trusted key “{signer}”</source>
      <translation>Signature: valid, by the trusted key “{signer}”</translation>
    </message>
    <message>
      <source>Signature: valid, but by a key that is not trusted here ({fingerprint})</source>
      <translation>Signature: valid, but by a key that is not trusted here ({fingerprint})</translation>
    </message>
    <message>
      <source>Signature: none (the bundle is not signed)</source>
      <translation>Signature: none (the bundle is not signed)</translation>
    </message>
    <message>
      <source>This catalogue: {catalogue} version {version}</source>
      <translation>This catalogue: {catalogue} version {version}</translation>
    </message>
    <message>
      <source>Added: {added}   Updated: {updated}   Withdrawn: {withdrawn}   Unchanged: {unchanged}</source>
      <translation>Added: {added}   Updated: {updated}   Withdrawn: {withdrawn}   Unchanged: {unchanged}</translation>
    </message>
    <message>
      <source>New attachments: {count} ({size})</source>
      <translation>New attachments: {count} ({size})</translation>
    </message>
    <message>
      <source>Resources you marked that this bundle changes: {count}</source>
      <translation>Resources you marked that this bundle changes: {count}</translation>
    </message>
    <message>
      <source>updated</source>
      <translation>updated</translation>
    </message>
    <message>
      <source>withdrawn</source>
      <translation>withdrawn</translation>
    </message>
    <message>
      <source>bookmarked: {bookmarked}, notes: {notes}, collections: {collections}</source>
      <translation>bookmarked: {bookmarked}, notes: {notes}, collections: {collections}</translation>
    </message>
    <message>
      <source>Nothing to do: the catalogue already has this bundle's content.</source>
      <translation>Nothing to do: the catalogue already has this bundle's content.</translation>
    </message>
    <message>
      <source>Dry run: nothing was changed.</source>
      <translation>Dry run: nothing was changed.</translation>
    </message>
    <message>
      <source>Apply these changes? [y/N] </source>
      <translation>Apply these changes? [y/N] </translation>
    </message>
    <message>
      <source>Imported version {version}. The previous catalogue was saved as {backup}</source>
      <translation>Imported version {version}. The previous catalogue was saved as {backup}</translation>
    </message>
    <message>
      <source>The bundle is valid: {count} records.</source>
      <translation>The bundle is valid: {count} records.</translation>
    </message>
    <message>
      <source>Wrote {path}: version {version}, {count} records, {files} attachments</source>
      <translation>Wrote {path}: version {version}, {count} records, {files} attachments</translation>
    </message>
    <message>
      <source>The bundle is not signed: importers will be asked to confirm it.</source>
      <translation>The bundle is not signed: importers will be asked to confirm it.</translation>
    </message>
    <message>
      <source>Private key: {private} (keep it secret, off shared machines)
Public key: {public} (give it to the offices that import your bundles)
Fingerprint: {fingerprint}</source>
      <translation>Private key: {private} (keep it secret, off shared machines)
Public key: {public} (give it to the offices that import your bundles)
Fingerprint: {fingerprint}</translation>
    </message>
  </context>
  <context>
    <name>BundleUi</name>
    <message>
      <source>Import a catalogue bundle</source>
      <translation>Import a catalogue bundle</translation>
    </message>
    <message>
      <source>Daleel bundles (*.zip);;All files (*)</source>
      <translation>Daleel bundles (*.zip);;All files (*)</translation>
    </message>
    <message>
      <source>&amp;Import catalogue bundle…</source>
      <translation>&amp;Import catalogue bundle…</translation>
    </message>
    <message>
      <source>Check and apply a catalogue update from a file (a USB stick, a colleague)</source>
      <translation>Check and apply a catalogue update from a file (a USB stick, a colleague)</translation>
    </message>
    <message>
      <source>&amp;Catalogue…</source>
      <translation>&amp;Catalogue…</translation>
    </message>
    <message>
      <source>&amp;What's new</source>
      <translation>&amp;What's new</translation>
    </message>
    <message>
      <source>Show what the last catalogue update added or changed</source>
      <translation>Show what the last catalogue update added or changed</translation>
    </message>
  </context>
  <context>
    <name>CatalogueDialog</name>
    <message>
      <source>{added} added, {updated} updated, {withdrawn} withdrawn</source>
      <translation>{added} added, {updated} updated, {withdrawn} withdrawn</translation>
    </message>
    <message>
      <source>Version {version}, saved {when}</source>
      <translation>Version {version}, saved {when}</translation>
    </message>
    <message>
      <source>not signed</source>
      <translation>not signed</translation>
    </message>
    <message>
      <source>unknown key {fingerprint}</source>
      <translation>unknown key {fingerprint}</translation>
    </message>
    <message>
      <source>The catalogue was restored. Your bookmarks and notes are unchanged.</source>
      <translation>The catalogue was restored. Your bookmarks and notes are unchanged.</translation>
    </message>
    <message>
      <source>Restore previous catalogue</source>
      <translation>Restore previous catalogue</translation>
    </message>
    <message>
      <source>Bring back the catalogue “{what}”? The current one is saved first, and your bookmarks and notes stay as they are.</source>
      <translation>Bring back the catalogue “{what}”? The current one is saved first, and your bookmarks and notes stay as they are.</translation>
    </message>
    <message>
      <source>Catalogue</source>
      <translation>Catalogue</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Title</translation>
    </message>
    <message>
      <source>Catalogue id</source>
      <translation>Catalogue id</translation>
    </message>
    <message>
      <source>Version</source>
      <translation>Version</translation>
    </message>
    <message>
      <source>Publisher</source>
      <translation>Publisher</translation>
    </message>
    <message>
      <source>Import history</source>
      <translation>Import history</translation>
    </message>
    <message>
      <source>Imported</source>
      <translation>Imported</translation>
    </message>
    <message>
      <source>Signed by</source>
      <translation>Signed by</translation>
    </message>
    <message>
      <source>Changes</source>
      <translation>Changes</translation>
    </message>
    <message>
      <source>Backups</source>
      <translation>Backups</translation>
    </message>
    <message>
      <source>No catalogue bundle has been imported yet (File ▸ Import catalogue bundle…).</source>
      <translation>No catalogue bundle has been imported yet (File ▸ Import catalogue bundle…).</translation>
    </message>
    <message>
      <source>No backups yet: Daleel keeps one of the catalogue before each import.</source>
      <translation>No backups yet: Daleel keeps one of the catalogue before each import.</translation>
    </message>
  </context>
  <context>
    <name>CollectionsDialog</name>
    <message>
      <source>Collections</source>
      <translation>Collections</translation>
    </message>
    <message>
      <source>New…</source>
      <translation>New…</translation>
    </message>
    <message>
      <source>Rename…</source>
      <translation>Rename…</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Delete</translation>
    </message>
    <message numerus="yes">
      <source>%1 (%n resources)</source>
      <translation>
        <numerusform>%1 (%n resource)</numerusform>
        <numerusform>%1 (%n resources)</numerusform>
      </translation>
    </message>
    <message>
      <source>No collections yet. Make one with New…, or from the Collections button of a resource.</source>
      <translation>No collections yet. Make one with New…, or from the Collections button of a resource.</translation>
    </message>
    <message>
      <source>New collection</source>
      <translation>New collection</translation>
    </message>
    <message>
      <source>Name:</source>
      <translation>Name:</translation>
    </message>
    <message>
      <source>Rename collection</source>
      <translation>Rename collection</translation>
    </message>
  </context>
  <context>
    <name>DetailMarks</name>
    <message>
      <source>New collection…</source>
      <translation>New collection…</translation>
    </message>
    <message>
      <source>New collection</source>
      <translation>New collection</translation>
    </message>
    <message>
      <source>Name:</source>
      <translation>Name:</translation>
    </message>
    <message>
      <source>Bookmark this resource (Ctrl+D)</source>
      <translation>Bookmark this resource (Ctrl+D)</translation>
    </message>
    <message>
      <source>Bookmarked: click to remove the bookmark (Ctrl+D)</source>
      <translation>Bookmarked: click to remove the bookmark (Ctrl+D)</translation>
    </message>
    <message>
      <source>Bookmark</source>
      <translation>Bookmark</translation>
    </message>
    <message>
      <source>Reading:</source>
      <translation>Reading:</translation>
    </message>
    <message>
      <source>My tags:</source>
      <translation>My tags:</translation>
    </message>
    <message>
      <source>tags, separated by commas</source>
      <translation>tags, separated by commas</translation>
    </message>
    <message>
      <source>Collections</source>
      <translation>Collections</translation>
    </message>
  </context>
  <context>
    <name>DetailPane</name>
    <message>
      <source>Withdrawn in version %1</source>
      <translation>Withdrawn in version %1</translation>
    </message>
    <message>
      <source>Show the resources with this value</source>
      <translation>Show the resources with this value</translation>
    </message>
    <message>
      <source>No summary available.</source>
      <translation>No summary available.</translation>
    </message>
    <message>
      <source>Select a resource to see its details</source>
      <translation>Select a resource to see its details</translation>
    </message>
    <message>
      <source>Bookmarks are coming in a later version</source>
      <translation>Bookmarks are coming in a later version</translation>
    </message>
    <message>
      <source>Bookmark</source>
      <translation>Bookmark</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Keywords</source>
      <translation>Keywords</translation>
    </message>
    <message>
      <source>Summary</source>
      <translation>Summary</translation>
    </message>
    <message>
      <source>Related resources</source>
      <translation>Related resources</translation>
    </message>
    <message>
      <source>Attachments</source>
      <translation>Attachments</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <source>Your notes on this resource will appear here.</source>
      <translation>Your notes on this resource will appear here.</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>Organisations</source>
      <translation>Organisations</translation>
    </message>
    <message>
      <source>Countries</source>
      <translation>Countries</translation>
    </message>
    <message>
      <source>Regions</source>
      <translation>Regions</translation>
    </message>
    <message>
      <source>Themes</source>
      <translation>Themes</translation>
    </message>
    <message>
      <source>Modality</source>
      <translation>Modality</translation>
    </message>
    <message>
      <source>Payment method</source>
      <translation>Payment method</translation>
    </message>
    <message>
      <source>Sector</source>
      <translation>Sector</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Language</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <source>Something went wrong.</source>
      <translation>Something went wrong.</translation>
    </message>
    <message>
      <source>No resource with the id “{uid}” is in the catalogue.</source>
      <translation>No resource with the id “{uid}” is in the catalogue.</translation>
    </message>
    <message>
      <source>“{value}” is not a value of the filter “{facet}”. Run “facets” to see the values.</source>
      <translation>“{value}” is not a value of the filter “{facet}”. Run “facets” to see the values.</translation>
    </message>
    <message>
      <source>The catalogue file {path} is missing.</source>
      <translation>The catalogue file {path} is missing.</translation>
    </message>
    <message>
      <source>The database file {path} is damaged: {detail}</source>
      <translation>The database file {path} is damaged: {detail}</translation>
    </message>
    <message>
      <source>The database file {path} was written by a newer Daleel (schema {found}, this version knows {known}). Update Daleel to open it.</source>
      <translation>The database file {path} was written by a newer Daleel (schema {found}, this version knows {known}). Update Daleel to open it.</translation>
    </message>
    <message>
      <source>The data folder {path} cannot be written to. Choose another with --data-dir.</source>
      <translation>The data folder {path} cannot be written to. Choose another with --data-dir.</translation>
    </message>
    <message>
      <source>{source}, line {line}: {detail}</source>
      <translation>{source}, line {line}: {detail}</translation>
    </message>
    <message>
      <source>The bundle cannot be used.</source>
      <translation>The bundle cannot be used.</translation>
    </message>
    <message>
      <source>The bundle {path} cannot be read: {detail}</source>
      <translation>The bundle {path} cannot be read: {detail}</translation>
    </message>
    <message>
      <source>{name} is not a Daleel bundle: it is not a zip file. Nothing was changed.</source>
      <translation>{name} is not a Daleel bundle: it is not a zip file. Nothing was changed.</translation>
    </message>
    <message>
      <source>{name} is damaged or incomplete (was the copy interrupted?): {detail}. Nothing was changed.</source>
      <translation>{name} is damaged or incomplete (was the copy interrupted?): {detail}. Nothing was changed.</translation>
    </message>
    <message>
      <source>The bundle contains an unsafe file name “{path}” (absolute, “..”, backslash or drive letter). Nothing was changed.</source>
      <translation>The bundle contains an unsafe file name “{path}” (absolute, “..”, backslash or drive letter). Nothing was changed.</translation>
    </message>
    <message>
      <source>The bundle contains “{path}”, which is a link or a special file, not a plain file. Nothing was changed.</source>
      <translation>The bundle contains “{path}”, which is a link or a special file, not a plain file. Nothing was changed.</translation>
    </message>
    <message>
      <source>The bundle contains “{path}” more than once. Nothing was changed.</source>
      <translation>The bundle contains “{path}” more than once. Nothing was changed.</translation>
    </message>
    <message>
      <source>The bundle holds {count} files, more than the {limit} allowed. Nothing was changed.</source>
      <translation>The bundle holds {count} files, more than the {limit} allowed. Nothing was changed.</translation>
    </message>
    <message>
      <source>The bundle unpacks to more than {limit} bytes (a possible zip bomb). Nothing was changed.</source>
      <translation>The bundle unpacks to more than {limit} bytes (a possible zip bomb). Nothing was changed.</translation>
    </message>
    <message>
      <source>“{path}” in the bundle is compressed more than {limit} to 1 (a possible zip bomb). Nothing was changed.</source>
      <translation>“{path}” in the bundle is compressed more than {limit} to 1 (a possible zip bomb). Nothing was changed.</translation>
    </message>
    <message>
      <source>“{path}” in the bundle is larger than its header says (a forged zip). Nothing was changed.</source>
      <translation>“{path}” in the bundle is larger than its header says (a forged zip). Nothing was changed.</translation>
    </message>
    <message>
      <source>The zip is not a Daleel bundle: {detail} (see docs/bundle-format.md). Nothing was changed.</source>
      <translation>The zip is not a Daleel bundle: {detail} (see docs/bundle-format.md). Nothing was changed.</translation>
    </message>
    <message>
      <source>bag-info.txt: the field {field} is {detail}. Nothing was changed.</source>
      <translation>bag-info.txt: the field {field} is {detail}. Nothing was changed.</translation>
    </message>
    <message>
      <source>The bundle uses format version {found}; this Daleel reads version {known}. Update Daleel to import it. Nothing was changed.</source>
      <translation>The bundle uses format version {found}; this Daleel reads version {known}. Update Daleel to import it. Nothing was changed.</translation>
    </message>
    <message>
      <source>“{path}” is listed in the bundle’s manifest but missing from the bundle. Nothing was changed.</source>
      <translation>“{path}” is listed in the bundle’s manifest but missing from the bundle. Nothing was changed.</translation>
    </message>
    <message>
      <source>“{path}” is in the bundle but not in its manifest (added after signing?). Nothing was changed.</source>
      <translation>“{path}” is in the bundle but not in its manifest (added after signing?). Nothing was changed.</translation>
    </message>
    <message>
      <source>“{path}” does not match its checksum: the bundle was changed or damaged. Nothing was changed.</source>
      <translation>“{path}” does not match its checksum: the bundle was changed or damaged. Nothing was changed.</translation>
    </message>
    <message>
      <source>The bundle is not signed, so its origin cannot be checked. Import it only if you trust where it came from (--allow-unsigned). Nothing was changed.</source>
      <translation>The bundle is not signed, so its origin cannot be checked. Import it only if you trust where it came from (--allow-unsigned). Nothing was changed.</translation>
    </message>
    <message>
      <source>The bundle is signed by a key that is not trusted here (fingerprint {fingerprint}). Import it only if you trust where it came from (--allow-unsigned). Nothing was changed.</source>
      <translation>The bundle is signed by a key that is not trusted here (fingerprint {fingerprint}). Import it only if you trust where it came from (--allow-unsigned). Nothing was changed.</translation>
    </message>
    <message>
      <source>The bundle’s signature does not match its contents: it was changed after signing. Nothing was changed.</source>
      <translation>The bundle’s signature does not match its contents: it was changed after signing. Nothing was changed.</translation>
    </message>
    <message>
      <source>The bundle has {count} invalid records or files; nothing was changed. First: {first}</source>
      <translation>The bundle has {count} invalid records or files; nothing was changed. First: {first}</translation>
    </message>
    <message>
      <source>The bundle is for the catalogue “{bundle}”, but this catalogue is “{current}”. Nothing was changed.</source>
      <translation>The bundle is for the catalogue “{bundle}”, but this catalogue is “{current}”. Nothing was changed.</translation>
    </message>
    <message>
      <source>The bundle holds version {bundle}, but the catalogue already has version {current}. Nothing was changed.</source>
      <translation>The bundle holds version {bundle}, but the catalogue already has version {current}. Nothing was changed.</translation>
    </message>
    <message>
      <source>The bundle updates version {base} to {bundle}, but the catalogue has version {current}. Import the missing updates or a full bundle first. Nothing was changed.</source>
      <translation>The bundle updates version {base} to {bundle}, but the catalogue has version {current}. Import the missing updates or a full bundle first. Nothing was changed.</translation>
    </message>
    <message>
      <source>The import was cancelled. Nothing was changed.</source>
      <translation>The import was cancelled. Nothing was changed.</translation>
    </message>
    <message>
      <source>Nothing was imported: confirm with --yes, or look first with --dry-run.</source>
      <translation>Nothing was imported: confirm with --yes, or look first with --dry-run.</translation>
    </message>
    <message>
      <source>The source folder has {count} problems. First: {first}</source>
      <translation>The source folder has {count} problems. First: {first}</translation>
    </message>
    <message>
      <source>{path} is not a usable Ed25519 key: {detail}</source>
      <translation>{path} is not a usable Ed25519 key: {detail}</translation>
    </message>
    <message>
      <source>{path} exists already; it was not overwritten. Choose another name.</source>
      <translation>{path} exists already; it was not overwritten. Choose another name.</translation>
    </message>
    <message>
      <source>The backup {path} is missing or not a catalogue.</source>
      <translation>The backup {path} is missing or not a catalogue.</translation>
    </message>
    <message>
      <source>The file {path} is not a readable Daleel user-data file: {detail}</source>
      <translation>The file {path} is not a readable Daleel user-data file: {detail}</translation>
    </message>
    <message>
      <source>The file {path} was exported by a newer Daleel (format version {found}, this version reads {known}). Update Daleel to import it.</source>
      <translation>The file {path} was exported by a newer Daleel (format version {found}, this version reads {known}). Update Daleel to import it.</translation>
    </message>
    <message>
      <source>The file {path} is not a Daleel user-data export (it looks like {kind}).</source>
      <translation>The file {path} is not a Daleel user-data export (it looks like {kind}).</translation>
    </message>
    <message>
      <source>“{value}” is not a valid value for {field}.</source>
      <translation>“{value}” is not a valid value for {field}.</translation>
    </message>
    <message>
      <source>There is no collection with the id {id}.</source>
      <translation>There is no collection with the id {id}.</translation>
    </message>
    <message>
      <source>There is no note with the id {id}.</source>
      <translation>There is no note with the id {id}.</translation>
    </message>
    <message>
      <source>There is no priority with the id {id}.</source>
      <translation>There is no priority with the id {id}.</translation>
    </message>
    <message>
      <source>The catalogue {path} is damaged ({detail}). Your notes and bookmarks are safe. Restore the newest backup (“recover restore-backup”) or reset to the shipped catalogue (“recover reset-catalogue”).</source>
      <translation>The catalogue {path} is damaged ({detail}). Your notes and bookmarks are safe. Restore the newest backup (“recover restore-backup”) or reset to the shipped catalogue (“recover reset-catalogue”).</translation>
    </message>
    <message>
      <source>The catalogue {path} was written by a newer Daleel (schema {found}, this version knows {known}). Update Daleel, or reset to the shipped catalogue (“recover reset-catalogue”).</source>
      <translation>The catalogue {path} was written by a newer Daleel (schema {found}, this version knows {known}). Update Daleel, or reset to the shipped catalogue (“recover reset-catalogue”).</translation>
    </message>
    <message>
      <source>Your user data file {path} is damaged ({detail}). Open Daleel, or run “recover rescue-userdata”, to move it aside and save what can be read from it.</source>
      <translation>Your user data file {path} is damaged ({detail}). Open Daleel, or run “recover rescue-userdata”, to move it aside and save what can be read from it.</translation>
    </message>
    <message>
      <source>The database file {path} cannot be read ({detail}). It was not changed. Check the disk and the folder's permissions, then start Daleel again.</source>
      <translation>The database file {path} cannot be read ({detail}). It was not changed. Check the disk and the folder's permissions, then start Daleel again.</translation>
    </message>
    <message>
      <source>There is no usable catalogue backup in {path}. Reset to the shipped catalogue.</source>
      <translation>There is no usable catalogue backup in {path}. Reset to the shipped catalogue.</translation>
    </message>
    <message>
      <source>The disk holding {path} is full. Nothing was changed; free some space and try again.</source>
      <translation>The disk holding {path} is full. Nothing was changed; free some space and try again.</translation>
    </message>
    <message>
      <source>Daleel is already running with the data folder {path}. Switch to its window, or close it first.</source>
      <translation>Daleel is already running with the data folder {path}. Switch to its window, or close it first.</translation>
    </message>
    <message>
      <source>The data folder {path} cannot be locked: {detail}. Choose another with --data-dir.</source>
      <translation>The data folder {path} cannot be locked: {detail}. Choose another with --data-dir.</translation>
    </message>
  </context>
  <context>
    <name>FacetGroup</name>
    <message>
      <source>No values in these results</source>
      <translation>No values in these results</translation>
    </message>
    <message>
      <source>Show or hide the values of this filter</source>
      <translation>Show or hide the values of this filter</translation>
    </message>
    <message>
      <source>Show fewer</source>
      <translation>Show fewer</translation>
    </message>
    <message>
      <source>Show all ({count})</source>
      <translation>Show all ({count})</translation>
    </message>
  </context>
  <context>
    <name>FacetPanel</name>
    <message>
      <source>Filters</source>
      <translation>Filters</translation>
    </message>
    <message>
      <source>Clear all</source>
      <translation>Clear all</translation>
    </message>
    <message>
      <source>Remove every filter</source>
      <translation>Remove every filter</translation>
    </message>
    <message>
      <source>Nothing to filter: the catalogue has no resources yet.</source>
      <translation>Nothing to filter: the catalogue has no resources yet.</translation>
    </message>
    <message>
      <source>Nothing to filter: no resource matches this search.</source>
      <translation>Nothing to filter: no resource matches this search.</translation>
    </message>
  </context>
  <context>
    <name>Facets</name>
    <message>
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>Theme</source>
      <translation>Theme</translation>
    </message>
    <message>
      <source>Region</source>
      <translation>Region</translation>
    </message>
    <message>
      <source>Country</source>
      <translation>Country</translation>
    </message>
    <message>
      <source>Modality</source>
      <translation>Modality</translation>
    </message>
    <message>
      <source>Payment method</source>
      <translation>Payment method</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Language</translation>
    </message>
    <message>
      <source>Year</source>
      <translation>Year</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <source>Sector</source>
      <translation>Sector</translation>
    </message>
  </context>
  <context>
    <name>GuideDialog</name>
    <message>
      <source>Daleel user guide</source>
      <translation>Daleel user guide</translation>
    </message>
  </context>
  <context>
    <name>HelpMenu</name>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <source>&amp;User guide</source>
      <translation>&amp;User guide</translation>
    </message>
    <message>
      <source>Read the user guide (offline)</source>
      <translation>Read the user guide (offline)</translation>
    </message>
    <message>
      <source>Copy &amp;diagnostics</source>
      <translation>Copy &amp;diagnostics</translation>
    </message>
    <message>
      <source>Copy versions, data folder and recent log lines, to send to support</source>
      <translation>Copy versions, data folder and recent log lines, to send to support</translation>
    </message>
    <message>
      <source>Open the &amp;log folder</source>
      <translation>Open the &amp;log folder</translation>
    </message>
    <message>
      <source>Show the folder holding Daleel's log file</source>
      <translation>Show the folder holding Daleel's log file</translation>
    </message>
    <message>
      <source>&amp;About Daleel</source>
      <translation>&amp;About Daleel</translation>
    </message>
    <message>
      <source>Version, catalogue and licences</source>
      <translation>Version, catalogue and licences</translation>
    </message>
    <message>
      <source>User guide</source>
      <translation>User guide</translation>
    </message>
    <message>
      <source>The user guide is missing from this copy of Daleel: {path}</source>
      <translation>The user guide is missing from this copy of Daleel: {path}</translation>
    </message>
    <message>
      <source>Diagnostics copied</source>
      <translation>Diagnostics copied</translation>
    </message>
    <message>
      <source>Versions, the data folder and the last lines of the log are on the clipboard: paste them into a message to your support contact. No notes or bookmarks are included.

The log file is {path}</source>
      <translation>Versions, the data folder and the last lines of the log are on the clipboard: paste them into a message to your support contact. No notes or bookmarks are included.

The log file is {path}</translation>
    </message>
    <message>
      <source>Log folder</source>
      <translation>Log folder</translation>
    </message>
    <message>
      <source>Daleel's log file is {path}</source>
      <translation>Daleel's log file is {path}</translation>
    </message>
    <message>
      <source>An offline library of resources on cash and voucher assistance and social protection, in Arabic and English.</source>
      <translation>An offline library of resources on cash and voucher assistance and social protection, in Arabic and English.</translation>
    </message>
    <message>
      <source>Version {version} · catalogue version {catalogue}</source>
      <translation>Version {version} · catalogue version {catalogue}</translation>
    </message>
    <message>
      <source>Data folder: {folder}</source>
      <translation>Data folder: {folder}</translation>
    </message>
    <message>
      <source>Log file: {path}</source>
      <translation>Log file: {path}</translation>
    </message>
    <message>
      <source>Daleel is free software (MIT licence). The libraries and fonts it carries keep their own licences: see the details below, and the licenses folder of the program.</source>
      <translation>Daleel is free software (MIT licence). The libraries and fonts it carries keep their own licences: see the details below, and the licenses folder of the program.</translation>
    </message>
    <message>
      <source>About Daleel</source>
      <translation>About Daleel</translation>
    </message>
  </context>
  <context>
    <name>ImportDialog</name>
    <message>
      <source>updated</source>
      <translation>updated</translation>
    </message>
    <message>
      <source>withdrawn</source>
      <translation>withdrawn</translation>
    </message>
    <message>
      <source>The import was cancelled. Nothing was changed.</source>
      <translation>The import was cancelled. Nothing was changed.</translation>
    </message>
    <message>
      <source>This bundle is signed by a key that is not trusted here (fingerprint {fingerprint}). Continue only if you trust where it came from.</source>
      <translation>This bundle is signed by a key that is not trusted here (fingerprint {fingerprint}). Continue only if you trust where it came from.</translation>
    </message>
    <message>
      <source>This bundle is not signed, so where it comes from cannot be checked. Continue only if you trust where it came from.</source>
      <translation>This bundle is not signed, so where it comes from cannot be checked. Continue only if you trust where it came from.</translation>
    </message>
    <message>
      <source>Checking the file…</source>
      <translation>Checking the file…</translation>
    </message>
    <message>
      <source>Checking checksums and signature…</source>
      <translation>Checking checksums and signature…</translation>
    </message>
    <message>
      <source>Checking every record…</source>
      <translation>Checking every record…</translation>
    </message>
    <message>
      <source>Comparing with your catalogue…</source>
      <translation>Comparing with your catalogue…</translation>
    </message>
    <message>
      <source>Applying the changes…</source>
      <translation>Applying the changes…</translation>
    </message>
    <message>
      <source>Version {version} of “{catalogue}”, from {publisher}</source>
      <translation>Version {version} of “{catalogue}”, from {publisher}</translation>
    </message>
    <message>
      <source>Your catalogue has version {version}.</source>
      <translation>Your catalogue has version {version}.</translation>
    </message>
    <message>
      <source>Nothing to do: your catalogue already has this content.</source>
      <translation>Nothing to do: your catalogue already has this content.</translation>
    </message>
    <message>
      <source>Added: {added}   Updated: {updated}   Withdrawn: {withdrawn}   Unchanged: {unchanged}</source>
      <translation>Added: {added}   Updated: {updated}   Withdrawn: {withdrawn}   Unchanged: {unchanged}</translation>
    </message>
    <message>
      <source>New attachments: {count} ({size})</source>
      <translation>New attachments: {count} ({size})</translation>
    </message>
    <message>
      <source>Signed by the trusted publisher key “{name}”.</source>
      <translation>Signed by the trusted publisher key “{name}”.</translation>
    </message>
    <message>
      <source>Signed by a key you chose to trust once ({fingerprint}).</source>
      <translation>Signed by a key you chose to trust once ({fingerprint}).</translation>
    </message>
    <message>
      <source>Not signed: you chose to trust it.</source>
      <translation>Not signed: you chose to trust it.</translation>
    </message>
    <message>
      <source>Imported version {version}: {added} added, {updated} updated, {withdrawn} withdrawn. The previous catalogue was saved and can be restored from Help ▸ Catalogue.</source>
      <translation>Imported version {version}: {added} added, {updated} updated, {withdrawn} withdrawn. The previous catalogue was saved and can be restored from Help ▸ Catalogue.</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>Import</translation>
    </message>
    <message>
      <source>Show what's new</source>
      <translation>Show what's new</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>Import a catalogue bundle</source>
      <translation>Import a catalogue bundle</translation>
    </message>
    <message>
      <source>Trust this bundle and continue</source>
      <translation>Trust this bundle and continue</translation>
    </message>
    <message>
      <source>Resources you bookmarked or annotated that this bundle changes:</source>
      <translation>Resources you bookmarked or annotated that this bundle changes:</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Something went wrong; the details are in the log file.</source>
      <translation>Something went wrong; the details are in the log file.</translation>
    </message>
    <message>
      <source>Daleel</source>
      <translation>Daleel</translation>
    </message>
    <message>
      <source>Daleel — cash and voucher assistance library</source>
      <translation>Daleel — cash and voucher assistance library</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;File</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>&amp;View</translation>
    </message>
    <message>
      <source>&amp;Language</source>
      <translation>&amp;Language</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <source>Theme</source>
      <translation>Theme</translation>
    </message>
    <message>
      <source>Browse</source>
      <translation>Browse</translation>
    </message>
    <message>
      <source>Priorities</source>
      <translation>Priorities</translation>
    </message>
    <message>
      <source>The priorities tracker is coming</source>
      <translation>The priorities tracker is coming</translation>
    </message>
    <message>
      <source>Here you will follow the work on each current priority of the theme: who does what, by when, and how far it has got.</source>
      <translation>Here you will follow the work on each current priority of the theme: who does what, by when, and how far it has got.</translation>
    </message>
    <message numerus="yes">
      <source>%n resources in the catalogue</source>
      <translation>
        <numerusform>%n resource in the catalogue</numerusform>
        <numerusform>%n resources in the catalogue</numerusform>
      </translation>
    </message>
    <message>
      <source>{count} · version {version}</source>
      <translation>{count} · version {version}</translation>
    </message>
  </context>
  <context>
    <name>Notes</name>
    <message>
      <source>Notes from Daleel</source>
      <translation>Notes from Daleel</translation>
    </message>
    <message>
      <source>(not in the catalogue)</source>
      <translation>(not in the catalogue)</translation>
    </message>
    <message>
      <source>(withdrawn from the catalogue)</source>
      <translation>(withdrawn from the catalogue)</translation>
    </message>
    <message>
      <source>Note of {created}, updated {updated}</source>
      <translation>Note of {created}, updated {updated}</translation>
    </message>
    <message>
      <source>Conflict copy</source>
      <translation>Conflict copy</translation>
    </message>
  </context>
  <context>
    <name>NotesEditor</name>
    <message>
      <source>(empty note)</source>
      <translation>(empty note)</translation>
    </message>
    <message>
      <source>Conflict copy: %1</source>
      <translation>Conflict copy: %1</translation>
    </message>
    <message>
      <source>Add a note</source>
      <translation>Add a note</translation>
    </message>
    <message>
      <source>Delete note</source>
      <translation>Delete note</translation>
    </message>
    <message>
      <source>Write a note; it is saved as you type.</source>
      <translation>Write a note; it is saved as you type.</translation>
    </message>
    <message>
      <source>Notes on this resource</source>
      <translation>Notes on this resource</translation>
    </message>
    <message>
      <source>Text of the chosen note</source>
      <translation>Text of the chosen note</translation>
    </message>
  </context>
  <context>
    <name>PdfViewer</name>
    <message>
      <source>Page {page} of {count}</source>
      <translation>Page {page} of {count}</translation>
    </message>
    <message>
      <source>{current} of {count}</source>
      <translation>{current} of {count}</translation>
    </message>
    <message>
      <source>Not found</source>
      <translation>Not found</translation>
    </message>
    <message>
      <source>Previous page</source>
      <translation>Previous page</translation>
    </message>
    <message>
      <source>Next page</source>
      <translation>Next page</translation>
    </message>
    <message>
      <source>Zoom in</source>
      <translation>Zoom in</translation>
    </message>
    <message>
      <source>Zoom out</source>
      <translation>Zoom out</translation>
    </message>
    <message>
      <source>Fit width</source>
      <translation>Fit width</translation>
    </message>
    <message>
      <source>Find in document</source>
      <translation>Find in document</translation>
    </message>
    <message>
      <source>Next</source>
      <translation>Next</translation>
    </message>
  </context>
  <context>
    <name>PersonalFilters</name>
    <message>
      <source>withdrawn</source>
      <translation>withdrawn</translation>
    </message>
    <message>
      <source>Any collection</source>
      <translation>Any collection</translation>
    </message>
    <message>
      <source>Any personal tag</source>
      <translation>Any personal tag</translation>
    </message>
    <message>
      <source>My library</source>
      <translation>My library</translation>
    </message>
    <message>
      <source>Search everything</source>
      <translation>Search everything</translation>
    </message>
    <message>
      <source>Search the catalogue</source>
      <translation>Search the catalogue</translation>
    </message>
    <message>
      <source>Search my notes</source>
      <translation>Search my notes</translation>
    </message>
    <message>
      <source>Where to search</source>
      <translation>Where to search</translation>
    </message>
    <message>
      <source>Show one collection</source>
      <translation>Show one collection</translation>
    </message>
    <message>
      <source>Show one of my tags</source>
      <translation>Show one of my tags</translation>
    </message>
    <message>
      <source>Bookmarked</source>
      <translation>Bookmarked</translation>
    </message>
    <message>
      <source>Has notes</source>
      <translation>Has notes</translation>
    </message>
  </context>
  <context>
    <name>PrioritiesPane</name>
    <message>
      <source>%1: %2 of %3 done, %4 overdue</source>
      <translation>%1: %2 of %3 done, %4 overdue</translation>
    </message>
    <message>
      <source>%1 (retired from the catalogue)</source>
      <translation>%1 (retired from the catalogue)</translation>
    </message>
    <message>
      <source>%1 (archived)</source>
      <translation>%1 (archived)</translation>
    </message>
    <message>
      <source>%1 (my priority)</source>
      <translation>%1 (my priority)</translation>
    </message>
    <message>
      <source>%1 — overdue</source>
      <translation>%1 — overdue</translation>
    </message>
    <message>
      <source>Restore</source>
      <translation>Restore</translation>
    </message>
    <message>
      <source>Archive</source>
      <translation>Archive</translation>
    </message>
    <message>
      <source>Add a priority</source>
      <translation>Add a priority</translation>
    </message>
    <message>
      <source>Priority:</source>
      <translation>Priority:</translation>
    </message>
    <message>
      <source>Edit the priority</source>
      <translation>Edit the priority</translation>
    </message>
    <message>
      <source>Priority</source>
      <translation>Priority</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Progress</source>
      <translation>Progress</translation>
    </message>
    <message>
      <source>Target date</source>
      <translation>Target date</translation>
    </message>
    <message>
      <source>All statuses</source>
      <translation>All statuses</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>Overdue</translation>
    </message>
    <message>
      <source>Show archived</source>
      <translation>Show archived</translation>
    </message>
    <message>
      <source>The theme's priorities</source>
      <translation>The theme's priorities</translation>
    </message>
    <message>
      <source>Show priorities by status</source>
      <translation>Show priorities by status</translation>
    </message>
    <message>
      <source>Edit</source>
      <translation>Edit</translation>
    </message>
    <message>
      <source>Move up</source>
      <translation>Move up</translation>
    </message>
    <message>
      <source>Move down</source>
      <translation>Move down</translation>
    </message>
    <message>
      <source>Link to a priority</source>
      <translation>Link to a priority</translation>
    </message>
  </context>
  <context>
    <name>PriorityEditor</name>
    <message>
      <source>Choose a priority</source>
      <translation>Choose a priority</translation>
    </message>
    <message>
      <source>Remove link</source>
      <translation>Remove link</translation>
    </message>
    <message>
      <source>%1 (not in the catalogue)</source>
      <translation>%1 (not in the catalogue)</translation>
    </message>
    <message>
      <source>Open this resource</source>
      <translation>Open this resource</translation>
    </message>
    <message>
      <source>Drop resources here, or link them from the list</source>
      <translation>Drop resources here, or link them from the list</translation>
    </message>
    <message>
      <source>status: %1 → %2</source>
      <translation>status: %1 → %2</translation>
    </message>
    <message>
      <source>target date: %1</source>
      <translation>target date: %1</translation>
    </message>
    <message>
      <source>none</source>
      <translation>none</translation>
    </message>
    <message>
      <source>progress: %1 → %2</source>
      <translation>progress: %1 → %2</translation>
    </message>
    <message>
      <source>next step: %1</source>
      <translation>next step: %1</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Progress</source>
      <translation>Progress</translation>
    </message>
    <message>
      <source>Target date</source>
      <translation>Target date</translation>
    </message>
    <message>
      <source>Next step</source>
      <translation>Next step</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <source>Linked resources</source>
      <translation>Linked resources</translation>
    </message>
    <message>
      <source>History</source>
      <translation>History</translation>
    </message>
    <message>
      <source>by</source>
      <translation>by</translation>
    </message>
    <message>
      <source>What happens next, and who does it</source>
      <translation>What happens next, and who does it</translation>
    </message>
  </context>
  <context>
    <name>QGuiApplication</name>
    <message>
      <source>QT_LAYOUT_DIRECTION</source>
      <translation>QT_LAYOUT_DIRECTION</translation>
    </message>
  </context>
  <context>
    <name>QPlatformTheme</name>
    <message>
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
  </context>
  <context>
    <name>RecoveryCli</name>
    <message>
      <source>{path}: {name} damaged: {detail}</source>
      <translation>{path}: {name} damaged: {detail}</translation>
    </message>
    <message>
      <source>{path}: {name} schema {found} is newer than this Daleel ({known})</source>
      <translation>{path}: {name} schema {found} is newer than this Daleel ({known})</translation>
    </message>
    <message>
      <source>{path}: {name} missing</source>
      <translation>{path}: {name} missing</translation>
    </message>
    <message>
      <source>catalogue</source>
      <translation>catalogue</translation>
    </message>
    <message>
      <source>user data</source>
      <translation>user data</translation>
    </message>
    <message>
      <source>To repair: daleel recover restore-backup | reset-catalogue | rescue-userdata</source>
      <translation>To repair: daleel recover restore-backup | reset-catalogue | rescue-userdata</translation>
    </message>
    <message>
      <source>restored the catalogue from {path}</source>
      <translation>restored the catalogue from {path}</translation>
    </message>
    <message>
      <source>reset the catalogue to the shipped one</source>
      <translation>reset the catalogue to the shipped one</translation>
    </message>
    <message>
      <source>{path} is not damaged; nothing was moved</source>
      <translation>{path} is not damaged; nothing was moved</translation>
    </message>
    <message>
      <source>moved the damaged file to {path}</source>
      <translation>moved the damaged file to {path}</translation>
    </message>
    <message>
      <source>saved {rows} readable rows to {path}</source>
      <translation>saved {rows} readable rows to {path}</translation>
    </message>
    <message>
      <source>merged them into a fresh user file</source>
      <translation>merged them into a fresh user file</translation>
    </message>
    <message>
      <source>not merged: a fresh, empty user file was created (see the log)</source>
      <translation>not merged: a fresh, empty user file was created (see the log)</translation>
    </message>
  </context>
  <context>
    <name>RecoveryDialog</name>
    <message>
      <source>Daleel: the catalogue cannot be opened</source>
      <translation>Daleel: the catalogue cannot be opened</translation>
    </message>
    <message>
      <source>The catalogue cannot be opened</source>
      <translation>The catalogue cannot be opened</translation>
    </message>
    <message>
      <source>It was written by a newer version of Daleel, which this one cannot read.</source>
      <translation>It was written by a newer version of Daleel, which this one cannot read.</translation>
    </message>
    <message>
      <source>The file is damaged: %1</source>
      <translation>The file is damaged: %1</translation>
    </message>
    <message>
      <source>Your notes, bookmarks and tracker are kept in a separate file and are not affected. The damaged catalogue is kept aside, not deleted.</source>
      <translation>Your notes, bookmarks and tracker are kept in a separate file and are not affected. The damaged catalogue is kept aside, not deleted.</translation>
    </message>
    <message>
      <source>Restore the newest backup</source>
      <translation>Restore the newest backup</translation>
    </message>
    <message>
      <source>The catalogue as it was before the last import</source>
      <translation>The catalogue as it was before the last import</translation>
    </message>
    <message>
      <source>No usable backup of the catalogue was found</source>
      <translation>No usable backup of the catalogue was found</translation>
    </message>
    <message>
      <source>Reset to the shipped catalogue</source>
      <translation>Reset to the shipped catalogue</translation>
    </message>
    <message>
      <source>The catalogue that came with Daleel; later imports must be done again</source>
      <translation>The catalogue that came with Daleel; later imports must be done again</translation>
    </message>
    <message>
      <source>Quit</source>
      <translation>Quit</translation>
    </message>
    <message>
      <source>Your user data file was damaged. It was moved to %1, and what could be read from it (%2 items) was saved to %3.</source>
      <translation>Your user data file was damaged. It was moved to %1, and what could be read from it (%2 items) was saved to %3.</translation>
    </message>
    <message>
      <source>Those items were put back into a new user data file.</source>
      <translation>Those items were put back into a new user data file.</translation>
    </message>
    <message>
      <source>A new, empty user data file was created; the saved file can be merged into it later (“userdata import”).</source>
      <translation>A new, empty user data file was created; the saved file can be merged into it later (“userdata import”).</translation>
    </message>
    <message>
      <source>Your user data was repaired</source>
      <translation>Your user data was repaired</translation>
    </message>
  </context>
  <context>
    <name>SearchPane</name>
    <message>
      <source>Remove this filter</source>
      <translation>Remove this filter</translation>
    </message>
    <message>
      <source>Clear all</source>
      <translation>Clear all</translation>
    </message>
    <message>
      <source>Search the library</source>
      <translation>Search the library</translation>
    </message>
    <message>
      <source>Search titles, summaries, countries, organisations (Ctrl+F); Esc clears it</source>
      <translation>Search titles, summaries, countries, organisations (Ctrl+F); Esc clears it</translation>
    </message>
    <message>
      <source>Search</source>
      <translation>Search</translation>
    </message>
    <message>
      <source>&amp;Sort:</source>
      <translation>&amp;Sort:</translation>
    </message>
    <message>
      <source>Order of the results</source>
      <translation>Order of the results</translation>
    </message>
    <message>
      <source>Sort</source>
      <translation>Sort</translation>
    </message>
    <message>
      <source>Relevance</source>
      <translation>Relevance</translation>
    </message>
    <message>
      <source>Newest first</source>
      <translation>Newest first</translation>
    </message>
    <message>
      <source>Oldest first</source>
      <translation>Oldest first</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Title</translation>
    </message>
    <message>
      <source>Resources</source>
      <translation>Resources</translation>
    </message>
    <message>
      <source>The catalogue is empty</source>
      <translation>The catalogue is empty</translation>
    </message>
    <message>
      <source>Import a catalogue bundle to start browsing resources.</source>
      <translation>Import a catalogue bundle to start browsing resources.</translation>
    </message>
    <message numerus="yes">
      <source>%n resources</source>
      <translation>
        <numerusform>%n resource</numerusform>
        <numerusform>%n resources</numerusform>
      </translation>
    </message>
    <message>
      <source>No resources match</source>
      <translation>No resources match</translation>
    </message>
    <message>
      <source>Try other words, or remove some filters.</source>
      <translation>Try other words, or remove some filters.</translation>
    </message>
    <message>
      <source>Clear filters</source>
      <translation>Clear filters</translation>
    </message>
    <message>
      <source>Try other or fewer words.</source>
      <translation>Try other or fewer words.</translation>
    </message>
    <message>
      <source>Clear search</source>
      <translation>Clear search</translation>
    </message>
  </context>
  <context>
    <name>SourceSection</name>
    <message>
      <source>Copied</source>
      <translation>Copied</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>Source</translation>
    </message>
    <message>
      <source>Copy</source>
      <translation>Copy</translation>
    </message>
    <message>
      <source>Copy the link to the clipboard</source>
      <translation>Copy the link to the clipboard</translation>
    </message>
    <message>
      <source>Open in browser</source>
      <translation>Open in browser</translation>
    </message>
    <message>
      <source>Open the source in your web browser (needs internet)</source>
      <translation>Open the source in your web browser (needs internet)</translation>
    </message>
    <message>
      <source>Only web links (http, https) can be opened</source>
      <translation>Only web links (http, https) can be opened</translation>
    </message>
    <message>
      <source>Needs an internet connection</source>
      <translation>Needs an internet connection</translation>
    </message>
    <message>
      <source>No source link for this resource.</source>
      <translation>No source link for this resource.</translation>
    </message>
    <message>
      <source>Source link</source>
      <translation>Source link</translation>
    </message>
  </context>
  <context>
    <name>ThemePage</name>
    <message>
      <source>Current priorities</source>
      <translation>Current priorities</translation>
    </message>
    <message>
      <source>Latest resources</source>
      <translation>Latest resources</translation>
    </message>
    <message>
      <source>No resources in this theme yet.</source>
      <translation>No resources in this theme yet.</translation>
    </message>
    <message>
      <source>The catalogue is empty</source>
      <translation>The catalogue is empty</translation>
    </message>
    <message>
      <source>Themes and resources appear here once a catalogue is imported.</source>
      <translation>Themes and resources appear here once a catalogue is imported.</translation>
    </message>
  </context>
  <context>
    <name>Tracker</name>
    <message>
      <source>Not started</source>
      <translation>Not started</translation>
    </message>
    <message>
      <source>In progress</source>
      <translation>In progress</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Done</translation>
    </message>
    <message>
      <source>Blocked</source>
      <translation>Blocked</translation>
    </message>
    <message>
      <source>Unread</source>
      <translation>Unread</translation>
    </message>
    <message>
      <source>Reading</source>
      <translation>Reading</translation>
    </message>
    <message>
      <source>Read</source>
      <translation>Read</translation>
    </message>
  </context>
  <context>
    <name>TrashDialog</name>
    <message>
      <source>Notes trash</source>
      <translation>Notes trash</translation>
    </message>
    <message>
      <source>Restore</source>
      <translation>Restore</translation>
    </message>
    <message>
      <source>Empty the trash…</source>
      <translation>Empty the trash…</translation>
    </message>
    <message>
      <source>The trash is empty: deleted notes wait here until emptied.</source>
      <translation>The trash is empty: deleted notes wait here until emptied.</translation>
    </message>
    <message>
      <source>Empty the trash</source>
      <translation>Empty the trash</translation>
    </message>
    <message>
      <source>Delete the notes in the trash for good? This cannot be undone.</source>
      <translation>Delete the notes in the trash for good? This cannot be undone.</translation>
    </message>
  </context>
  <context>
    <name>Undo</name>
    <message>
      <source>Bookmark</source>
      <translation>Bookmark</translation>
    </message>
    <message>
      <source>Remove bookmark</source>
      <translation>Remove bookmark</translation>
    </message>
    <message>
      <source>Add to collection</source>
      <translation>Add to collection</translation>
    </message>
    <message>
      <source>Remove from collection</source>
      <translation>Remove from collection</translation>
    </message>
    <message>
      <source>New collection</source>
      <translation>New collection</translation>
    </message>
    <message>
      <source>Rename collection</source>
      <translation>Rename collection</translation>
    </message>
    <message>
      <source>Delete collection</source>
      <translation>Delete collection</translation>
    </message>
    <message>
      <source>Edit tags</source>
      <translation>Edit tags</translation>
    </message>
    <message>
      <source>Reading state</source>
      <translation>Reading state</translation>
    </message>
    <message>
      <source>Delete note</source>
      <translation>Delete note</translation>
    </message>
    <message>
      <source>Restore note</source>
      <translation>Restore note</translation>
    </message>
    <message>
      <source>Edit tracking</source>
      <translation>Edit tracking</translation>
    </message>
    <message>
      <source>Link resource</source>
      <translation>Link resource</translation>
    </message>
    <message>
      <source>Unlink resource</source>
      <translation>Unlink resource</translation>
    </message>
    <message>
      <source>Add priority</source>
      <translation>Add priority</translation>
    </message>
    <message>
      <source>Archive priority</source>
      <translation>Archive priority</translation>
    </message>
    <message>
      <source>Edit priority</source>
      <translation>Edit priority</translation>
    </message>
    <message>
      <source>Reorder priorities</source>
      <translation>Reorder priorities</translation>
    </message>
  </context>
  <context>
    <name>UserDataUi</name>
    <message>
      <source>Remove bookmark</source>
      <translation>Remove bookmark</translation>
    </message>
    <message>
      <source>Bookmark</source>
      <translation>Bookmark</translation>
    </message>
    <message>
      <source>Export my data</source>
      <translation>Export my data</translation>
    </message>
    <message>
      <source>JSON files (*.json)</source>
      <translation>JSON files (*.json)</translation>
    </message>
    <message>
      <source>Import my data</source>
      <translation>Import my data</translation>
    </message>
    <message>
      <source>JSON files (*.json);;All files (*)</source>
      <translation>JSON files (*.json);;All files (*)</translation>
    </message>
    <message>
      <source>Added %1, updated %2, unchanged %3.</source>
      <translation>Added %1, updated %2, unchanged %3.</translation>
    </message>
    <message numerus="yes">
      <source>Kept %n conflict copies.</source>
      <translation>
        <numerusform>Kept %n conflict copy.</numerusform>
        <numerusform>Kept %n conflict copies.</numerusform>
      </translation>
    </message>
    <message>
      <source>Kept, though this catalogue does not have them: %1</source>
      <translation>Kept, though this catalogue does not have them: %1</translation>
    </message>
    <message>
      <source>Export notes as Markdown</source>
      <translation>Export notes as Markdown</translation>
    </message>
    <message>
      <source>Markdown (*.md)</source>
      <translation>Markdown (*.md)</translation>
    </message>
    <message>
      <source>Export briefing</source>
      <translation>Export briefing</translation>
    </message>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
      <source>&amp;Undo %1</source>
      <translation>&amp;Undo %1</translation>
    </message>
    <message>
      <source>&amp;Redo %1</source>
      <translation>&amp;Redo %1</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>&amp;Edit</translation>
    </message>
    <message>
      <source>Export my data…</source>
      <translation>Export my data…</translation>
    </message>
    <message>
      <source>Import my data…</source>
      <translation>Import my data…</translation>
    </message>
    <message>
      <source>Export notes as Markdown…</source>
      <translation>Export notes as Markdown…</translation>
    </message>
    <message>
      <source>Export briefing (PDF)…</source>
      <translation>Export briefing (PDF)…</translation>
    </message>
    <message>
      <source>Collections…</source>
      <translation>Collections…</translation>
    </message>
    <message>
      <source>Notes trash…</source>
      <translation>Notes trash…</translation>
    </message>
  </context>
</TS>

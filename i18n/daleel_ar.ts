<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Quit</source>
        <translation>إ&amp;نهاء</translation>
    </message>
    <message>
        <source>Close Daleel</source>
        <translation>إغلاق دليل</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;بحث</translation>
    </message>
    <message>
        <source>Go to the search field</source>
        <translation>الانتقال إلى حقل البحث</translation>
    </message>
    <message>
        <source>&amp;Theme page</source>
        <translation>صفحة ال&amp;موضوع</translation>
    </message>
    <message>
        <source>The theme&apos;s introduction, priorities and latest resources</source>
        <translation>مقدمة الموضوع وأولوياته وأحدث موارده</translation>
    </message>
    <message>
        <source>&amp;Browse and search</source>
        <translation>ت&amp;صفّح وبحث</translation>
    </message>
    <message>
        <source>Search and filter the whole library</source>
        <translation>البحث في المكتبة كلها وتصفيتها</translation>
    </message>
    <message>
        <source>&amp;Priorities tracker</source>
        <translation>متابعة الأ&amp;ولويات</translation>
    </message>
    <message>
        <source>Track the work on the current priorities</source>
        <translation>متابعة العمل على الأولويات الحالية</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>م&amp;سح عوامل التصفية</translation>
    </message>
    <message>
        <source>Remove every filter</source>
        <translation>إزالة كل عوامل التصفية</translation>
    </message>
    <message>
        <source>Arabic-&amp;Indic digits</source>
        <translation>الأرقام ال&amp;هندية (١٢٣)</translation>
    </message>
    <message>
        <source>Write numbers and dates with Arabic-Indic digits</source>
        <translation>كتابة الأرقام والتواريخ بالأرقام الهندية (١٢٣)</translation>
    </message>
    <message>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Daleel cannot start</source>
        <translation>تعذّر تشغيل دليل</translation>
    </message>
</context>
<context>
    <name>AttachmentsView</name>
    <message>
        <source>No attachments for this resource.</source>
        <translation>لا مرفقات لهذا المورد.</translation>
    </message>
    <message>
        <source>Found in the attached document:</source>
        <translation>وُجد في المستند المرفق:</translation>
    </message>
    <message>
        <source>available offline</source>
        <translation>متاح دون اتصال</translation>
    </message>
    <message>
        <source>not in this catalogue&apos;s files</source>
        <translation>غير موجود في ملفات هذا الفهرس</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <source>French</source>
        <translation>الفرنسية</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>الإسبانية</translation>
    </message>
    <message>
        <source>“{name}” is missing or damaged (its checksum does not match); it was not opened.</source>
        <translation>الملف «{name}» مفقود أو تالف (مجموعه الاختباري لا يطابق)؛ لم يُفتح.</translation>
    </message>
</context>
<context>
    <name>Briefing</name>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>التقدّم</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>التاريخ المستهدف</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>الخطوة التالية</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>متأخرة</translation>
    </message>
    <message>
        <source>Priorities briefing</source>
        <translation>إحاطة عن الأولويات</translation>
    </message>
</context>
<context>
    <name>BundleCli</name>
    <message>
        <source>Bundle: {catalogue} version {version}, created {created}, by {publisher}</source>
        <translation>الحزمة: {catalogue} الإصدار {version}، أُنشئت في {created}، الناشر: {publisher}</translation>
    </message>
    <message>
        <source>Delta bundle: it updates version {base}</source>
        <translation>حزمة تحديث جزئي: تحدّث الإصدار {base}</translation>
    </message>
    <message>
        <source>Signature: valid, by the trusted key “{signer}”</source>
        <translation>التوقيع: صالح، بالمفتاح الموثوق «{signer}»</translation>
    </message>
    <message>
        <source>Signature: valid, but by a key that is not trusted here ({fingerprint})</source>
        <translation>التوقيع: صالح، لكن بمفتاح غير موثوق هنا ({fingerprint})</translation>
    </message>
    <message>
        <source>Signature: none (the bundle is not signed)</source>
        <translation>التوقيع: لا يوجد (الحزمة غير موقّعة)</translation>
    </message>
    <message>
        <source>This catalogue: {catalogue} version {version}</source>
        <translation>هذا الفهرس: {catalogue} الإصدار {version}</translation>
    </message>
    <message>
        <source>Added: {added}   Updated: {updated}   Withdrawn: {withdrawn}   Unchanged: {unchanged}</source>
        <translation>مُضاف: {added}   مُحدَّث: {updated}   مسحوب: {withdrawn}   دون تغيير: {unchanged}</translation>
    </message>
    <message>
        <source>New attachments: {count} ({size})</source>
        <translation>مرفقات جديدة: {count} ({size})</translation>
    </message>
    <message>
        <source>Resources you marked that this bundle changes: {count}</source>
        <translation>موارد علّمتَها وتغيّرها هذه الحزمة: {count}</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>مُحدَّث</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>مسحوب</translation>
    </message>
    <message>
        <source>bookmarked: {bookmarked}, notes: {notes}, collections: {collections}</source>
        <translation>في الإشارات المرجعية: {bookmarked}، ملاحظات: {notes}، مجموعات: {collections}</translation>
    </message>
    <message>
        <source>Nothing to do: the catalogue already has this bundle&apos;s content.</source>
        <translation>لا شيء للقيام به: محتوى هذه الحزمة موجود في الفهرس بالفعل.</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>تجربة دون تطبيق: لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>Apply these changes? [y/N] </source>
        <translation>هل تريد تطبيق هذه التغييرات؟ [y/N] </translation>
    </message>
    <message>
        <source>Imported version {version}. The previous catalogue was saved as {backup}</source>
        <translation>استُورد الإصدار {version}. حُفظ الفهرس السابق في {backup}</translation>
    </message>
    <message>
        <source>The bundle is valid: {count} records.</source>
        <translation>الحزمة صالحة: {count} سجلًا.</translation>
    </message>
    <message>
        <source>Wrote {path}: version {version}, {count} records, {files} attachments</source>
        <translation>كُتب {path}: الإصدار {version}، {count} سجلًا، {files} مرفقًا</translation>
    </message>
    <message>
        <source>The bundle is not signed: importers will be asked to confirm it.</source>
        <translation>الحزمة غير موقّعة: سيُطلب ممن يستوردها التأكيد.</translation>
    </message>
    <message>
        <source>Private key: {private} (keep it secret, off shared machines)
Public key: {public} (give it to the offices that import your bundles)
Fingerprint: {fingerprint}</source>
        <translation>المفتاح الخاص: {private} (احتفظ به سرًّا، بعيدًا عن الأجهزة المشتركة)
المفتاح العام: {public} (أعطه للمكاتب التي تستورد حزمك)
البصمة: {fingerprint}</translation>
    </message>
</context>
<context>
    <name>BundleUi</name>
    <message>
        <source>Import a catalogue bundle</source>
        <translation>استيراد حزمة فهرس</translation>
    </message>
    <message>
        <source>Daleel bundles (*.zip);;All files (*)</source>
        <translation>حزم دليل (*.zip);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>&amp;Import catalogue bundle…</source>
        <translation>ا&amp;ستيراد حزمة فهرس…</translation>
    </message>
    <message>
        <source>Check and apply a catalogue update from a file (a USB stick, a colleague)</source>
        <translation>فحص تحديث للفهرس من ملف (ذاكرة USB أو زميل) وتطبيقه</translation>
    </message>
    <message>
        <source>&amp;Catalogue…</source>
        <translation>ال&amp;فهرس…</translation>
    </message>
    <message>
        <source>&amp;What&apos;s new</source>
        <translation>ما ال&amp;جديد</translation>
    </message>
    <message>
        <source>Show what the last catalogue update added or changed</source>
        <translation>عرض ما أضافه آخر تحديث للفهرس أو غيّره</translation>
    </message>
</context>
<context>
    <name>CatalogueDialog</name>
    <message>
        <source>{added} added, {updated} updated, {withdrawn} withdrawn</source>
        <translation>مُضاف {added}، مُحدَّث {updated}، مسحوب {withdrawn}</translation>
    </message>
    <message>
        <source>Version {version}, saved {when}</source>
        <translation>الإصدار {version}، حُفظ في {when}</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>غير موقّعة</translation>
    </message>
    <message>
        <source>unknown key {fingerprint}</source>
        <translation>مفتاح غير معروف {fingerprint}</translation>
    </message>
    <message>
        <source>The catalogue was restored. Your bookmarks and notes are unchanged.</source>
        <translation>استُعيد الفهرس. إشاراتك المرجعية وملاحظاتك لم تتغيّر.</translation>
    </message>
    <message>
        <source>Restore previous catalogue</source>
        <translation>استعادة الفهرس السابق</translation>
    </message>
    <message>
        <source>Bring back the catalogue “{what}”? The current one is saved first, and your bookmarks and notes stay as they are.</source>
        <translation>هل تريد استعادة الفهرس «{what}»؟ يُحفظ الفهرس الحالي أولًا، وتبقى إشاراتك المرجعية وملاحظاتك كما هي.</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>الفهرس</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Catalogue id</source>
        <translation>معرّف الفهرس</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>الناشر</translation>
    </message>
    <message>
        <source>Import history</source>
        <translation>سجل الاستيراد</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>تاريخ الاستيراد</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>الموقِّع</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>التغييرات</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>No catalogue bundle has been imported yet (File ▸ Import catalogue bundle…).</source>
        <translation>لم تُستورد أي حزمة فهرس بعد (ملف ◂ استيراد حزمة فهرس…).</translation>
    </message>
    <message>
        <source>No backups yet: Daleel keeps one of the catalogue before each import.</source>
        <translation>لا نسخ احتياطية بعد: يحتفظ دليل بنسخة من الفهرس قبل كل استيراد.</translation>
    </message>
</context>
<context>
    <name>CollectionsDialog</name>
    <message>
        <source>Collections</source>
        <translation>المجموعات</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>جديدة…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>إعادة تسمية…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n resources)</source>
        <translation>
            <numerusform>%1 (لا موارد)</numerusform>
            <numerusform>%1 (مورد واحد)</numerusform>
            <numerusform>%1 (موردان)</numerusform>
            <numerusform>%1 (%n موارد)</numerusform>
            <numerusform>%1 (%n موردًا)</numerusform>
            <numerusform>%1 (%n مورد)</numerusform>
        </translation>
    </message>
    <message>
        <source>No collections yet. Make one with New…, or from the Collections button of a resource.</source>
        <translation>لا مجموعات بعد. أنشئ واحدة بزر «جديدة…»، أو من زر «المجموعات» في صفحة أي مورد.</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>مجموعة جديدة</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <source>Rename collection</source>
        <translation>إعادة تسمية المجموعة</translation>
    </message>
</context>
<context>
    <name>DetailMarks</name>
    <message>
        <source>New collection…</source>
        <translation>مجموعة جديدة…</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>مجموعة جديدة</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <source>Bookmark this resource (Ctrl+D)</source>
        <translation>أضف إشارة مرجعية لهذا المورد (Ctrl+D)</translation>
    </message>
    <message>
        <source>Bookmarked: click to remove the bookmark (Ctrl+D)</source>
        <translation>عليه إشارة مرجعية: انقر لإزالتها (Ctrl+D)</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>إشارة مرجعية</translation>
    </message>
    <message>
        <source>Reading:</source>
        <translation>القراءة:</translation>
    </message>
    <message>
        <source>My tags:</source>
        <translation>وسومي:</translation>
    </message>
    <message>
        <source>tags, separated by commas</source>
        <translation>وسوم تفصل بينها فواصل</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>المجموعات</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Withdrawn in version %1</source>
        <translation>سُحب في الإصدار %1</translation>
    </message>
    <message>
        <source>Show the resources with this value</source>
        <translation>عرض الموارد التي تحمل هذه القيمة</translation>
    </message>
    <message>
        <source>No summary available.</source>
        <translation>لا يتوفر ملخص.</translation>
    </message>
    <message>
        <source>Select a resource to see its details</source>
        <translation>اختر موردًا لعرض تفاصيله</translation>
    </message>
    <message>
        <source>Bookmarks are coming in a later version</source>
        <translation>الإشارات المرجعية قادمة في إصدار لاحق</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>إشارة مرجعية</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>الكلمات المفتاحية</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <source>Related resources</source>
        <translation>موارد ذات صلة</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>المرفقات</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>Your notes on this resource will appear here.</source>
        <translation>ستظهر هنا ملاحظاتك على هذا المورد.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>المنظمات</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>البلدان</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>المناطق</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>طريقة المساعدة</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>طريقة الدفع</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>القطاع</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong.</source>
        <translation>حدث خطأ ما.</translation>
    </message>
    <message>
        <source>No resource with the id “{uid}” is in the catalogue.</source>
        <translation>لا يوجد في الفهرس مورد بالمعرّف «{uid}».</translation>
    </message>
    <message>
        <source>“{value}” is not a value of the filter “{facet}”. Run “facets” to see the values.</source>
        <translation>«{value}» ليست قيمة من قيم المرشّح «{facet}». شغّل الأمر «facets» لعرض القيم.</translation>
    </message>
    <message>
        <source>The catalogue file {path} is missing.</source>
        <translation>ملف الفهرس {path} غير موجود.</translation>
    </message>
    <message>
        <source>The database file {path} is damaged: {detail}</source>
        <translation>ملف قاعدة البيانات {path} تالف: {detail}</translation>
    </message>
    <message>
        <source>The database file {path} was written by a newer Daleel (schema {found}, this version knows {known}). Update Daleel to open it.</source>
        <translation>ملف قاعدة البيانات {path} كُتب بإصدار أحدث من دليل (المخطط {found}، وهذا الإصدار يعرف حتى {known}). حدّث دليل لفتحه.</translation>
    </message>
    <message>
        <source>The data folder {path} cannot be written to. Choose another with --data-dir.</source>
        <translation>لا يمكن الكتابة في مجلد البيانات {path}. اختر مجلدًا آخر باستخدام ‎--data-dir.</translation>
    </message>
    <message>
        <source>{source}, line {line}: {detail}</source>
        <translation>{source}، السطر {line}: {detail}</translation>
    </message>
    <message>
        <source>The bundle cannot be used.</source>
        <translation>لا يمكن استخدام الحزمة.</translation>
    </message>
    <message>
        <source>The bundle {path} cannot be read: {detail}</source>
        <translation>تعذّرت قراءة الحزمة {path}: {detail}</translation>
    </message>
    <message>
        <source>{name} is not a Daleel bundle: it is not a zip file. Nothing was changed.</source>
        <translation>‏{name} ليست حزمة من دليل: ليست ملف zip. لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>{name} is damaged or incomplete (was the copy interrupted?): {detail}. Nothing was changed.</source>
        <translation>‏{name} تالفة أو ناقصة (هل انقطع النسخ؟): {detail}. لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>The bundle contains an unsafe file name “{path}” (absolute, “..”, backslash or drive letter). Nothing was changed.</source>
        <translation>تحتوي الحزمة على اسم ملف غير آمن «{path}» (مسار مطلق أو «..» أو شرطة مائلة عكسية أو حرف محرّك أقراص). لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>The bundle contains “{path}”, which is a link or a special file, not a plain file. Nothing was changed.</source>
        <translation>تحتوي الحزمة على «{path}»، وهو رابط أو ملف خاص وليس ملفًا عاديًا. لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>The bundle contains “{path}” more than once. Nothing was changed.</source>
        <translation>تحتوي الحزمة على «{path}» أكثر من مرة. لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>The bundle holds {count} files, more than the {limit} allowed. Nothing was changed.</source>
        <translation>تحتوي الحزمة على {count} ملفًا، وهذا أكثر من الحد المسموح ({limit}). لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>The bundle unpacks to more than {limit} bytes (a possible zip bomb). Nothing was changed.</source>
        <translation>يتجاوز حجم الحزمة بعد فكّها {limit} بايت (قد تكون قنبلة ضغط). لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>“{path}” in the bundle is compressed more than {limit} to 1 (a possible zip bomb). Nothing was changed.</source>
        <translation>الملف «{path}» في الحزمة مضغوط بنسبة تتجاوز {limit} إلى 1 (قد تكون قنبلة ضغط). لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>“{path}” in the bundle is larger than its header says (a forged zip). Nothing was changed.</source>
        <translation>الملف «{path}» في الحزمة أكبر مما يذكره رأسه (ملف zip مزوَّر). لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>The zip is not a Daleel bundle: {detail} (see docs/bundle-format.md). Nothing was changed.</source>
        <translation>ملف zip هذا ليس حزمة من دليل: {detail} (انظر docs/bundle-format.md). لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>bag-info.txt: the field {field} is {detail}. Nothing was changed.</source>
        <translation>‏bag-info.txt: الحقل {field} غير صالح ({detail}). لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>The bundle uses format version {found}; this Daleel reads version {known}. Update Daleel to import it. Nothing was changed.</source>
        <translation>تستخدم الحزمة إصدار التنسيق {found}، وهذه النسخة من دليل تقرأ الإصدار {known}. حدّث دليل لاستيرادها. لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>“{path}” is listed in the bundle’s manifest but missing from the bundle. Nothing was changed.</source>
        <translation>الملف «{path}» مذكور في بيان الحزمة لكنه غير موجود فيها. لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>“{path}” is in the bundle but not in its manifest (added after signing?). Nothing was changed.</source>
        <translation>الملف «{path}» موجود في الحزمة لكنه غير مذكور في بيانها (هل أُضيف بعد التوقيع؟). لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>“{path}” does not match its checksum: the bundle was changed or damaged. Nothing was changed.</source>
        <translation>الملف «{path}» لا يطابق مجموعه الاختباري: الحزمة معدّلة أو تالفة. لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>The bundle is not signed, so its origin cannot be checked. Import it only if you trust where it came from (--allow-unsigned). Nothing was changed.</source>
        <translation>الحزمة غير موقّعة، فلا يمكن التحقق من مصدرها. لا تستوردها إلا إذا كنت تثق بمصدرها (--allow-unsigned). لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>The bundle is signed by a key that is not trusted here (fingerprint {fingerprint}). Import it only if you trust where it came from (--allow-unsigned). Nothing was changed.</source>
        <translation>الحزمة موقّعة بمفتاح غير موثوق هنا (البصمة {fingerprint}). لا تستوردها إلا إذا كنت تثق بمصدرها (--allow-unsigned). لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>The bundle’s signature does not match its contents: it was changed after signing. Nothing was changed.</source>
        <translation>توقيع الحزمة لا يطابق محتواها: عُدّلت بعد التوقيع. لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>The bundle has {count} invalid records or files; nothing was changed. First: {first}</source>
        <translation>في الحزمة سجلات أو ملفات غير صالحة عددها {count}؛ لم يتغيّر شيء. أولها: {first}</translation>
    </message>
    <message>
        <source>The bundle is for the catalogue “{bundle}”, but this catalogue is “{current}”. Nothing was changed.</source>
        <translation>الحزمة مخصّصة للفهرس «{bundle}»، وهذا الفهرس هو «{current}». لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>The bundle holds version {bundle}, but the catalogue already has version {current}. Nothing was changed.</source>
        <translation>تحمل الحزمة الإصدار {bundle}، والفهرس لديه الإصدار {current} بالفعل. لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>The bundle updates version {base} to {bundle}, but the catalogue has version {current}. Import the missing updates or a full bundle first. Nothing was changed.</source>
        <translation>تحدّث الحزمة الإصدار {base} إلى {bundle}، لكن الفهرس لديه الإصدار {current}. استورد التحديثات الناقصة أو حزمة كاملة أولًا. لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was changed.</source>
        <translation>أُلغي الاستيراد. لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>Nothing was imported: confirm with --yes, or look first with --dry-run.</source>
        <translation>لم يُستورد شيء: أكّد بالخيار --yes، أو اطّلع أولًا بالخيار --dry-run.</translation>
    </message>
    <message>
        <source>The source folder has {count} problems. First: {first}</source>
        <translation>في مجلد المصدر مشكلات عددها {count}. أولها: {first}</translation>
    </message>
    <message>
        <source>{path} is not a usable Ed25519 key: {detail}</source>
        <translation>‏{path} ليس مفتاح Ed25519 صالحًا للاستخدام: {detail}</translation>
    </message>
    <message>
        <source>{path} exists already; it was not overwritten. Choose another name.</source>
        <translation>‏{path} موجود بالفعل ولم يُستبدل. اختر اسمًا آخر.</translation>
    </message>
    <message>
        <source>The backup {path} is missing or not a catalogue.</source>
        <translation>النسخة الاحتياطية {path} غير موجودة أو ليست فهرسًا.</translation>
    </message>
    <message>
        <source>The file {path} is not a readable Daleel user-data file: {detail}</source>
        <translation>الملف {path} ليس ملف بيانات مستخدم صالحًا من دليل: {detail}</translation>
    </message>
    <message>
        <source>The file {path} was exported by a newer Daleel (format version {found}, this version reads {known}). Update Daleel to import it.</source>
        <translation>صُدِّر الملف {path} بإصدار أحدث من دليل (إصدار التنسيق {found}، وهذا الإصدار يقرأ {known}). حدِّث دليل لاستيراده.</translation>
    </message>
    <message>
        <source>The file {path} is not a Daleel user-data export (it looks like {kind}).</source>
        <translation>الملف {path} ليس تصديرًا لبيانات مستخدم دليل (يبدو أنه {kind}).</translation>
    </message>
    <message>
        <source>“{value}” is not a valid value for {field}.</source>
        <translation>«{value}» ليست قيمة صالحة لـ {field}.</translation>
    </message>
    <message>
        <source>There is no collection with the id {id}.</source>
        <translation>لا توجد مجموعة بالمعرّف {id}.</translation>
    </message>
    <message>
        <source>There is no note with the id {id}.</source>
        <translation>لا توجد ملاحظة بالمعرّف {id}.</translation>
    </message>
    <message>
        <source>There is no priority with the id {id}.</source>
        <translation>لا توجد أولوية بالمعرّف {id}.</translation>
    </message>
    <message>
        <source>The catalogue {path} is damaged ({detail}). Your notes and bookmarks are safe. Restore the newest backup (“recover restore-backup”) or reset to the shipped catalogue (“recover reset-catalogue”).</source>
        <translation>الفهرس {path} تالف ({detail}). ملاحظاتك وعلاماتك المرجعية سليمة. استعد أحدث نسخة احتياطية («recover restore-backup») أو أعد الفهرس إلى النسخة المرفقة مع البرنامج («recover reset-catalogue»).</translation>
    </message>
    <message>
        <source>The catalogue {path} was written by a newer Daleel (schema {found}, this version knows {known}). Update Daleel, or reset to the shipped catalogue (“recover reset-catalogue”).</source>
        <translation>الفهرس {path} كتبه إصدار أحدث من دليل (المخطط {found}، وهذا الإصدار يعرف {known}). حدّث دليل، أو أعد الفهرس إلى النسخة المرفقة مع البرنامج («recover reset-catalogue»).</translation>
    </message>
    <message>
        <source>Your user data file {path} is damaged ({detail}). Open Daleel, or run “recover rescue-userdata”, to move it aside and save what can be read from it.</source>
        <translation>ملف بياناتك {path} تالف ({detail}). افتح دليل، أو شغّل «recover rescue-userdata»، لنقله جانبًا وحفظ ما يمكن قراءته منه.</translation>
    </message>
    <message>
        <source>The database file {path} cannot be read ({detail}). It was not changed. Check the disk and the folder&apos;s permissions, then start Daleel again.</source>
        <translation>تعذّرت قراءة ملف قاعدة البيانات {path} ({detail}). لم يتغير. افحص القرص وأذونات المجلد، ثم شغّل دليل مرة أخرى.</translation>
    </message>
    <message>
        <source>There is no usable catalogue backup in {path}. Reset to the shipped catalogue.</source>
        <translation>لا توجد نسخة احتياطية صالحة من الفهرس في {path}. أعد الفهرس إلى النسخة المرفقة مع البرنامج.</translation>
    </message>
    <message>
        <source>The disk holding {path} is full. Nothing was changed; free some space and try again.</source>
        <translation>القرص الذي يحوي {path} ممتلئ. لم يتغير شيء؛ أفرغ بعض المساحة ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Daleel is already running with the data folder {path}. Switch to its window, or close it first.</source>
        <translation>دليل يعمل بالفعل على مجلد البيانات {path}. انتقل إلى نافذته، أو أغلقه أولًا.</translation>
    </message>
    <message>
        <source>The data folder {path} cannot be locked: {detail}. Choose another with --data-dir.</source>
        <translation>تعذّر قفل مجلد البيانات {path}: {detail}. اختر مجلدًا آخر باستخدام ‎--data-dir.</translation>
    </message>
</context>
<context>
    <name>FacetGroup</name>
    <message>
        <source>No values in these results</source>
        <translation>لا قيم في هذه النتائج</translation>
    </message>
    <message>
        <source>Show or hide the values of this filter</source>
        <translation>إظهار قيم عامل التصفية هذا أو إخفاؤها</translation>
    </message>
    <message>
        <source>Show fewer</source>
        <translation>عرض أقل</translation>
    </message>
    <message>
        <source>Show all ({count})</source>
        <translation>عرض الكل ({count})</translation>
    </message>
</context>
<context>
    <name>FacetPanel</name>
    <message>
        <source>Filters</source>
        <translation>عوامل التصفية</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>مسح الكل</translation>
    </message>
    <message>
        <source>Remove every filter</source>
        <translation>إزالة كل عوامل التصفية</translation>
    </message>
    <message>
        <source>Nothing to filter: the catalogue has no resources yet.</source>
        <translation>لا شيء للتصفية: لا يحتوي الفهرس على أي موارد بعد.</translation>
    </message>
    <message>
        <source>Nothing to filter: no resource matches this search.</source>
        <translation>لا شيء للتصفية: لا يطابق أي مورد هذا البحث.</translation>
    </message>
</context>
<context>
    <name>Facets</name>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>الطريقة</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>وسيلة الدفع</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>السنة</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>القطاع</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Daleel user guide</source>
        <translation>دليل الاستخدام</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>دليل الا&amp;ستخدام</translation>
    </message>
    <message>
        <source>Read the user guide (offline)</source>
        <translation>قراءة دليل الاستخدام (دون اتصال)</translation>
    </message>
    <message>
        <source>Copy &amp;diagnostics</source>
        <translation>نسخ معلومات ال&amp;تشخيص</translation>
    </message>
    <message>
        <source>Copy versions, data folder and recent log lines, to send to support</source>
        <translation>نسخ الإصدارات ومجلد البيانات وآخر أسطر السجل لإرسالها إلى فريق الدعم</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>فتح مجلد ال&amp;سجل</translation>
    </message>
    <message>
        <source>Show the folder holding Daleel&apos;s log file</source>
        <translation>إظهار المجلد الذي يحتوي على ملف سجل دليل</translation>
    </message>
    <message>
        <source>&amp;About Daleel</source>
        <translation>&amp;حول دليل</translation>
    </message>
    <message>
        <source>Version, catalogue and licences</source>
        <translation>الإصدار والفهرس والتراخيص</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>دليل الاستخدام</translation>
    </message>
    <message>
        <source>The user guide is missing from this copy of Daleel: {path}</source>
        <translation>دليل الاستخدام غير موجود في هذه النسخة من دليل: {path}</translation>
    </message>
    <message>
        <source>Diagnostics copied</source>
        <translation>نُسخت معلومات التشخيص</translation>
    </message>
    <message>
        <source>Versions, the data folder and the last lines of the log are on the clipboard: paste them into a message to your support contact. No notes or bookmarks are included.

The log file is {path}</source>
        <translation>نُسخت الإصدارات ومجلد البيانات وآخر أسطر السجل إلى الحافظة: الصقها في رسالة إلى جهة الدعم. لا تتضمن أي ملاحظات أو علامات مرجعية.

ملف السجل هو {path}</translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation>مجلد السجل</translation>
    </message>
    <message>
        <source>Daleel&apos;s log file is {path}</source>
        <translation>ملف سجل دليل هو {path}</translation>
    </message>
    <message>
        <source>An offline library of resources on cash and voucher assistance and social protection, in Arabic and English.</source>
        <translation>مكتبة تعمل دون اتصال بالإنترنت لموارد المساعدات النقدية والقسائم والحماية الاجتماعية، بالعربية والإنجليزية.</translation>
    </message>
    <message>
        <source>Version {version} · catalogue version {catalogue}</source>
        <translation>الإصدار {version}، إصدار الفهرس {catalogue}</translation>
    </message>
    <message>
        <source>Data folder: {folder}</source>
        <translation>مجلد البيانات: {folder}</translation>
    </message>
    <message>
        <source>Log file: {path}</source>
        <translation>ملف السجل: {path}</translation>
    </message>
    <message>
        <source>Daleel is free software (MIT licence). The libraries and fonts it carries keep their own licences: see the details below, and the licenses folder of the program.</source>
        <translation>دليل برنامج حر (رخصة MIT). وتحتفظ المكتبات والخطوط التي يحملها بتراخيصها الخاصة: انظر التفاصيل أدناه، والمجلد licenses في مجلد البرنامج.</translation>
    </message>
    <message>
        <source>About Daleel</source>
        <translation>حول دليل</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>updated</source>
        <translation>مُحدَّث</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>مسحوب</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was changed.</source>
        <translation>أُلغي الاستيراد. لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>This bundle is signed by a key that is not trusted here (fingerprint {fingerprint}). Continue only if you trust where it came from.</source>
        <translation>هذه الحزمة موقّعة بمفتاح غير موثوق هنا (البصمة {fingerprint}). تابع فقط إذا كنت تثق بالجهة التي جاءت منها.</translation>
    </message>
    <message>
        <source>This bundle is not signed, so where it comes from cannot be checked. Continue only if you trust where it came from.</source>
        <translation>هذه الحزمة غير موقّعة، فلا يمكن التحقق من مصدرها. تابع فقط إذا كنت تثق بالجهة التي جاءت منها.</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>جارٍ فحص الملف…</translation>
    </message>
    <message>
        <source>Checking checksums and signature…</source>
        <translation>جارٍ التحقق من المجاميع الاختبارية والتوقيع…</translation>
    </message>
    <message>
        <source>Checking every record…</source>
        <translation>جارٍ فحص كل سجل…</translation>
    </message>
    <message>
        <source>Comparing with your catalogue…</source>
        <translation>جارٍ المقارنة مع فهرسك…</translation>
    </message>
    <message>
        <source>Applying the changes…</source>
        <translation>جارٍ تطبيق التغييرات…</translation>
    </message>
    <message>
        <source>Version {version} of “{catalogue}”, from {publisher}</source>
        <translation>الإصدار {version} من «{catalogue}»، من {publisher}</translation>
    </message>
    <message>
        <source>Your catalogue has version {version}.</source>
        <translation>لدى فهرسك الإصدار {version}.</translation>
    </message>
    <message>
        <source>Nothing to do: your catalogue already has this content.</source>
        <translation>لا شيء للقيام به: فهرسك يحتوي هذا المحتوى بالفعل.</translation>
    </message>
    <message>
        <source>Added: {added}   Updated: {updated}   Withdrawn: {withdrawn}   Unchanged: {unchanged}</source>
        <translation>مُضاف: {added}   مُحدَّث: {updated}   مسحوب: {withdrawn}   دون تغيير: {unchanged}</translation>
    </message>
    <message>
        <source>New attachments: {count} ({size})</source>
        <translation>مرفقات جديدة: {count} ({size})</translation>
    </message>
    <message>
        <source>Signed by the trusted publisher key “{name}”.</source>
        <translation>موقّعة بمفتاح الناشر الموثوق «{name}».</translation>
    </message>
    <message>
        <source>Signed by a key you chose to trust once ({fingerprint}).</source>
        <translation>موقّعة بمفتاح اخترت الوثوق به هذه المرة ({fingerprint}).</translation>
    </message>
    <message>
        <source>Not signed: you chose to trust it.</source>
        <translation>غير موقّعة: اخترت الوثوق بها.</translation>
    </message>
    <message>
        <source>Imported version {version}: {added} added, {updated} updated, {withdrawn} withdrawn. The previous catalogue was saved and can be restored from Help ▸ Catalogue.</source>
        <translation>استُورد الإصدار {version}: مُضاف {added}، مُحدَّث {updated}، مسحوب {withdrawn}. حُفظ الفهرس السابق ويمكن استعادته من مساعدة ◂ الفهرس.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>Show what&apos;s new</source>
        <translation>عرض الجديد</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Import a catalogue bundle</source>
        <translation>استيراد حزمة فهرس</translation>
    </message>
    <message>
        <source>Trust this bundle and continue</source>
        <translation>الوثوق بهذه الحزمة والمتابعة</translation>
    </message>
    <message>
        <source>Resources you bookmarked or annotated that this bundle changes:</source>
        <translation>موارد أضفتها إلى الإشارات المرجعية أو كتبت عنها ملاحظات وتغيّرها هذه الحزمة:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Something went wrong; the details are in the log file.</source>
        <translation>حدث خطأ ما؛ التفاصيل في ملف السجل.</translation>
    </message>
    <message>
        <source>Daleel</source>
        <translation>دليل</translation>
    </message>
    <message>
        <source>Daleel — cash and voucher assistance library</source>
        <translation>دليل — مكتبة المساعدات النقدية والقسائم</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Browse</source>
        <translation>تصفّح</translation>
    </message>
    <message>
        <source>Priorities</source>
        <translation>الأولويات</translation>
    </message>
    <message>
        <source>The priorities tracker is coming</source>
        <translation>متابعة الأولويات قادمة قريبًا</translation>
    </message>
    <message>
        <source>Here you will follow the work on each current priority of the theme: who does what, by when, and how far it has got.</source>
        <translation>ستتابع هنا العمل على كل أولوية حالية للموضوع: من يفعل ماذا، ومتى، وإلى أين وصل.</translation>
    </message>
    <message numerus="yes">
        <source>%n resources in the catalogue</source>
        <translation>
            <numerusform>لا موارد في الفهرس</numerusform>
            <numerusform>مورد واحد في الفهرس</numerusform>
            <numerusform>موردان في الفهرس</numerusform>
            <numerusform>%n موارد في الفهرس</numerusform>
            <numerusform>%n موردًا في الفهرس</numerusform>
            <numerusform>%n مورد في الفهرس</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} · version {version}</source>
        <translation>{count}، الإصدار {version}</translation>
    </message>
</context>
<context>
    <name>Notes</name>
    <message>
        <source>Notes from Daleel</source>
        <translation>ملاحظات من دليل</translation>
    </message>
    <message>
        <source>(not in the catalogue)</source>
        <translation>(ليس في الفهرس)</translation>
    </message>
    <message>
        <source>(withdrawn from the catalogue)</source>
        <translation>(سُحب من الفهرس)</translation>
    </message>
    <message>
        <source>Note of {created}, updated {updated}</source>
        <translation>ملاحظة بتاريخ {created}، حُدّثت في {updated}</translation>
    </message>
    <message>
        <source>Conflict copy</source>
        <translation>نسخة متعارضة</translation>
    </message>
</context>
<context>
    <name>NotesEditor</name>
    <message>
        <source>(empty note)</source>
        <translation>(ملاحظة فارغة)</translation>
    </message>
    <message>
        <source>Conflict copy: %1</source>
        <translation>نسخة متعارضة: %1</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>أضف ملاحظة</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>احذف الملاحظة</translation>
    </message>
    <message>
        <source>Write a note; it is saved as you type.</source>
        <translation>اكتب ملاحظة؛ تُحفظ أثناء الكتابة.</translation>
    </message>
    <message>
        <source>Notes on this resource</source>
        <translation>الملاحظات على هذا المورد</translation>
    </message>
    <message>
        <source>Text of the chosen note</source>
        <translation>نص الملاحظة المختارة</translation>
    </message>
</context>
<context>
    <name>PdfViewer</name>
    <message>
        <source>Page {page} of {count}</source>
        <translation>الصفحة {page} من {count}</translation>
    </message>
    <message>
        <source>{current} of {count}</source>
        <translation>{current} من {count}</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>غير موجود</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>الصفحة السابقة</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>الصفحة التالية</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>تكبير</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>تصغير</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>ملاءمة العرض</translation>
    </message>
    <message>
        <source>Find in document</source>
        <translation>البحث في المستند</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
</context>
<context>
    <name>PersonalFilters</name>
    <message>
        <source>withdrawn</source>
        <translation>مسحوب</translation>
    </message>
    <message>
        <source>Any collection</source>
        <translation>أي مجموعة</translation>
    </message>
    <message>
        <source>Any personal tag</source>
        <translation>أي وسم شخصي</translation>
    </message>
    <message>
        <source>My library</source>
        <translation>مكتبتي</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>البحث في الكل</translation>
    </message>
    <message>
        <source>Search the catalogue</source>
        <translation>البحث في الفهرس</translation>
    </message>
    <message>
        <source>Search my notes</source>
        <translation>البحث في ملاحظاتي</translation>
    </message>
    <message>
        <source>Where to search</source>
        <translation>أين تبحث</translation>
    </message>
    <message>
        <source>Show one collection</source>
        <translation>عرض مجموعة واحدة</translation>
    </message>
    <message>
        <source>Show one of my tags</source>
        <translation>عرض أحد وسومي</translation>
    </message>
    <message>
        <source>Bookmarked</source>
        <translation>عليها إشارة مرجعية</translation>
    </message>
    <message>
        <source>Has notes</source>
        <translation>لها ملاحظات</translation>
    </message>
</context>
<context>
    <name>PrioritiesPane</name>
    <message>
        <source>%1: %2 of %3 done, %4 overdue</source>
        <translation>%1: أُنجز %2 من %3، و%4 متأخرة</translation>
    </message>
    <message>
        <source>%1 (retired from the catalogue)</source>
        <translation>%1 (أُزيلت من الفهرس)</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (مؤرشفة)</translation>
    </message>
    <message>
        <source>%1 (my priority)</source>
        <translation>%1 (أولويتي)</translation>
    </message>
    <message>
        <source>%1 — overdue</source>
        <translation>%1 — متأخرة</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>أرشفة</translation>
    </message>
    <message>
        <source>Add a priority</source>
        <translation>أضف أولوية</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>الأولوية:</translation>
    </message>
    <message>
        <source>Edit the priority</source>
        <translation>تعديل الأولوية</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>التقدّم</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>التاريخ المستهدف</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>متأخرة</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>أظهر المؤرشفة</translation>
    </message>
    <message>
        <source>The theme&apos;s priorities</source>
        <translation>أولويات الموضوع</translation>
    </message>
    <message>
        <source>Show priorities by status</source>
        <translation>عرض الأولويات حسب الحالة</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>إلى الأعلى</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>إلى الأسفل</translation>
    </message>
    <message>
        <source>Link to a priority</source>
        <translation>اربط بأولوية</translation>
    </message>
</context>
<context>
    <name>PriorityEditor</name>
    <message>
        <source>Choose a priority</source>
        <translation>اختر أولوية</translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation>أزل الربط</translation>
    </message>
    <message>
        <source>%1 (not in the catalogue)</source>
        <translation>%1 (ليس في الفهرس)</translation>
    </message>
    <message>
        <source>Open this resource</source>
        <translation>افتح هذا المورد</translation>
    </message>
    <message>
        <source>Drop resources here, or link them from the list</source>
        <translation>أفلت الموارد هنا، أو اربطها من القائمة</translation>
    </message>
    <message>
        <source>status: %1 → %2</source>
        <translation>الحالة: %1 ← %2</translation>
    </message>
    <message>
        <source>target date: %1</source>
        <translation>التاريخ المستهدف: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>progress: %1 → %2</source>
        <translation>التقدّم: %1 ← %2</translation>
    </message>
    <message>
        <source>next step: %1</source>
        <translation>الخطوة التالية: %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>التقدّم</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>التاريخ المستهدف</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>الخطوة التالية</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Linked resources</source>
        <translation>الموارد المرتبطة</translation>
    </message>
    <message>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>by</source>
        <translation>بحلول</translation>
    </message>
    <message>
        <source>What happens next, and who does it</source>
        <translation>ما الخطوة التالية، ومن يقوم بها</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <translation>RTL</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>RecoveryCli</name>
    <message>
        <source>{path}: {name} damaged: {detail}</source>
        <translation>{path}: {name} تالف: {detail}</translation>
    </message>
    <message>
        <source>{path}: {name} schema {found} is newer than this Daleel ({known})</source>
        <translation>{path}: مخطط {name} هو {found}، وهو أحدث مما يعرفه هذا الإصدار من دليل ({known})</translation>
    </message>
    <message>
        <source>{path}: {name} missing</source>
        <translation>{path}: {name} مفقود</translation>
    </message>
    <message>
        <source>catalogue</source>
        <translation>الفهرس</translation>
    </message>
    <message>
        <source>user data</source>
        <translation>بيانات المستخدم</translation>
    </message>
    <message>
        <source>To repair: daleel recover restore-backup | reset-catalogue | rescue-userdata</source>
        <translation>للإصلاح: daleel recover restore-backup | reset-catalogue | rescue-userdata</translation>
    </message>
    <message>
        <source>restored the catalogue from {path}</source>
        <translation>استُعيد الفهرس من {path}</translation>
    </message>
    <message>
        <source>reset the catalogue to the shipped one</source>
        <translation>أُعيد الفهرس إلى النسخة المرفقة مع البرنامج</translation>
    </message>
    <message>
        <source>{path} is not damaged; nothing was moved</source>
        <translation>{path} ليس تالفًا؛ لم يُنقل شيء</translation>
    </message>
    <message>
        <source>moved the damaged file to {path}</source>
        <translation>نُقل الملف التالف إلى {path}</translation>
    </message>
    <message>
        <source>saved {rows} readable rows to {path}</source>
        <translation>حُفظ {rows} صفًّا مقروءًا في {path}</translation>
    </message>
    <message>
        <source>merged them into a fresh user file</source>
        <translation>دُمجت في ملف بيانات جديد</translation>
    </message>
    <message>
        <source>not merged: a fresh, empty user file was created (see the log)</source>
        <translation>لم تُدمج: أُنشئ ملف بيانات جديد فارغ (راجع السجل)</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Daleel: the catalogue cannot be opened</source>
        <translation>دليل: تعذّر فتح الفهرس</translation>
    </message>
    <message>
        <source>The catalogue cannot be opened</source>
        <translation>تعذّر فتح الفهرس</translation>
    </message>
    <message>
        <source>It was written by a newer version of Daleel, which this one cannot read.</source>
        <translation>كتبه إصدار أحدث من دليل لا يستطيع هذا الإصدار قراءته.</translation>
    </message>
    <message>
        <source>The file is damaged: %1</source>
        <translation>الملف تالف: %1</translation>
    </message>
    <message>
        <source>Your notes, bookmarks and tracker are kept in a separate file and are not affected. The damaged catalogue is kept aside, not deleted.</source>
        <translation>ملاحظاتك وعلاماتك المرجعية ومتابعة الأولويات محفوظة في ملف مستقل ولم تتأثر. يُحتفظ بالفهرس التالف جانبًا ولا يُحذف.</translation>
    </message>
    <message>
        <source>Restore the newest backup</source>
        <translation>استعادة أحدث نسخة احتياطية</translation>
    </message>
    <message>
        <source>The catalogue as it was before the last import</source>
        <translation>الفهرس كما كان قبل آخر استيراد</translation>
    </message>
    <message>
        <source>No usable backup of the catalogue was found</source>
        <translation>لم يُعثر على نسخة احتياطية صالحة من الفهرس</translation>
    </message>
    <message>
        <source>Reset to the shipped catalogue</source>
        <translation>إعادة الفهرس إلى النسخة المرفقة</translation>
    </message>
    <message>
        <source>The catalogue that came with Daleel; later imports must be done again</source>
        <translation>الفهرس الذي جاء مع دليل؛ يجب إعادة الاستيرادات اللاحقة</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>Your user data file was damaged. It was moved to %1, and what could be read from it (%2 items) was saved to %3.</source>
        <translation>كان ملف بياناتك تالفًا. نُقل إلى %1، وحُفظ ما أمكن قراءته منه (%2 عنصرًا) في %3.</translation>
    </message>
    <message>
        <source>Those items were put back into a new user data file.</source>
        <translation>أُعيدت هذه العناصر إلى ملف بيانات جديد.</translation>
    </message>
    <message>
        <source>A new, empty user data file was created; the saved file can be merged into it later (“userdata import”).</source>
        <translation>أُنشئ ملف بيانات جديد فارغ؛ يمكن دمج الملف المحفوظ فيه لاحقًا («userdata import»).</translation>
    </message>
    <message>
        <source>Your user data was repaired</source>
        <translation>أُصلحت بياناتك</translation>
    </message>
</context>
<context>
    <name>SearchPane</name>
    <message>
        <source>Remove this filter</source>
        <translation>إزالة عامل التصفية هذا</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>مسح الكل</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>ابحث في المكتبة</translation>
    </message>
    <message>
        <source>Search titles, summaries, countries, organisations (Ctrl+F); Esc clears it</source>
        <translation>ابحث في العناوين والملخصات والبلدان والمنظمات (Ctrl+F)؛ ويمسحه مفتاح Esc</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>&amp;Sort:</source>
        <translation>ال&amp;ترتيب:</translation>
    </message>
    <message>
        <source>Order of the results</source>
        <translation>ترتيب النتائج</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>الترتيب</translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>الأكثر صلة</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>الأحدث أولًا</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>الأقدم أولًا</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>الموارد</translation>
    </message>
    <message>
        <source>The catalogue is empty</source>
        <translation>الفهرس فارغ</translation>
    </message>
    <message>
        <source>Import a catalogue bundle to start browsing resources.</source>
        <translation>استورد حزمة فهرس لتبدأ تصفّح الموارد.</translation>
    </message>
    <message numerus="yes">
        <source>%n resources</source>
        <translation>
            <numerusform>لا موارد</numerusform>
            <numerusform>مورد واحد</numerusform>
            <numerusform>موردان</numerusform>
            <numerusform>%n موارد</numerusform>
            <numerusform>%n موردًا</numerusform>
            <numerusform>%n مورد</numerusform>
        </translation>
    </message>
    <message>
        <source>No resources match</source>
        <translation>لا موارد مطابقة</translation>
    </message>
    <message>
        <source>Try other words, or remove some filters.</source>
        <translation>جرّب كلمات أخرى، أو أزل بعض عوامل التصفية.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>مسح عوامل التصفية</translation>
    </message>
    <message>
        <source>Try other or fewer words.</source>
        <translation>جرّب كلمات أخرى أو أقل.</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>مسح البحث</translation>
    </message>
</context>
<context>
    <name>SourceSection</name>
    <message>
        <source>Copied</source>
        <translation>تم النسخ</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <source>Copy the link to the clipboard</source>
        <translation>نسخ الرابط إلى الحافظة</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>فتح في المتصفح</translation>
    </message>
    <message>
        <source>Open the source in your web browser (needs internet)</source>
        <translation>فتح المصدر في متصفح الويب (يتطلب اتصالًا بالإنترنت)</translation>
    </message>
    <message>
        <source>Only web links (http, https) can be opened</source>
        <translation>لا يمكن فتح سوى روابط الويب (http وhttps)</translation>
    </message>
    <message>
        <source>Needs an internet connection</source>
        <translation>يتطلب اتصالًا بالإنترنت</translation>
    </message>
    <message>
        <source>No source link for this resource.</source>
        <translation>لا يوجد رابط مصدر لهذا المورد.</translation>
    </message>
    <message>
        <source>Source link</source>
        <translation>رابط المصدر</translation>
    </message>
</context>
<context>
    <name>ThemePage</name>
    <message>
        <source>Current priorities</source>
        <translation>الأولويات الحالية</translation>
    </message>
    <message>
        <source>Latest resources</source>
        <translation>أحدث الموارد</translation>
    </message>
    <message>
        <source>No resources in this theme yet.</source>
        <translation>لا توجد موارد في هذا الموضوع بعد.</translation>
    </message>
    <message>
        <source>The catalogue is empty</source>
        <translation>الفهرس فارغ</translation>
    </message>
    <message>
        <source>Themes and resources appear here once a catalogue is imported.</source>
        <translation>تظهر المواضيع والموارد هنا بعد استيراد فهرس.</translation>
    </message>
</context>
<context>
    <name>Tracker</name>
    <message>
        <source>Not started</source>
        <translation>لم تبدأ</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>منجزة</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>متعثّرة</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>غير مقروء</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>قيد القراءة</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>مقروء</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Notes trash</source>
        <translation>سلة الملاحظات</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <source>Empty the trash…</source>
        <translation>أفرغ السلة…</translation>
    </message>
    <message>
        <source>The trash is empty: deleted notes wait here until emptied.</source>
        <translation>سلة الملاحظات فارغة: تبقى الملاحظات المحذوفة هنا إلى أن تُفرَّغ السلة.</translation>
    </message>
    <message>
        <source>Empty the trash</source>
        <translation>أفرغ السلة</translation>
    </message>
    <message>
        <source>Delete the notes in the trash for good? This cannot be undone.</source>
        <translation>أتحذف الملاحظات التي في السلة نهائيًا؟ لا يمكن التراجع عن ذلك.</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Bookmark</source>
        <translation>إشارة مرجعية</translation>
    </message>
    <message>
        <source>Remove bookmark</source>
        <translation>إزالة الإشارة المرجعية</translation>
    </message>
    <message>
        <source>Add to collection</source>
        <translation>إضافة إلى مجموعة</translation>
    </message>
    <message>
        <source>Remove from collection</source>
        <translation>إزالة من مجموعة</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>مجموعة جديدة</translation>
    </message>
    <message>
        <source>Rename collection</source>
        <translation>إعادة تسمية مجموعة</translation>
    </message>
    <message>
        <source>Delete collection</source>
        <translation>حذف مجموعة</translation>
    </message>
    <message>
        <source>Edit tags</source>
        <translation>تعديل الوسوم</translation>
    </message>
    <message>
        <source>Reading state</source>
        <translation>حالة القراءة</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>حذف ملاحظة</translation>
    </message>
    <message>
        <source>Restore note</source>
        <translation>استعادة ملاحظة</translation>
    </message>
    <message>
        <source>Edit tracking</source>
        <translation>تعديل المتابعة</translation>
    </message>
    <message>
        <source>Link resource</source>
        <translation>ربط مورد</translation>
    </message>
    <message>
        <source>Unlink resource</source>
        <translation>إلغاء ربط مورد</translation>
    </message>
    <message>
        <source>Add priority</source>
        <translation>إضافة أولوية</translation>
    </message>
    <message>
        <source>Archive priority</source>
        <translation>أرشفة أولوية</translation>
    </message>
    <message>
        <source>Edit priority</source>
        <translation>تعديل أولوية</translation>
    </message>
    <message>
        <source>Reorder priorities</source>
        <translation>إعادة ترتيب الأولويات</translation>
    </message>
</context>
<context>
    <name>UserDataUi</name>
    <message>
        <source>Remove bookmark</source>
        <translation>أزل الإشارة المرجعية</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>إشارة مرجعية</translation>
    </message>
    <message>
        <source>Export my data</source>
        <translation>تصدير بياناتي</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>ملفات البيانات (*.json)</translation>
    </message>
    <message>
        <source>Import my data</source>
        <translation>استيراد بياناتي</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>ملفات البيانات (*.json);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Added %1, updated %2, unchanged %3.</source>
        <translation>أُضيف %1، وحُدّث %2، وبقي %3 دون تغيير.</translation>
    </message>
    <message numerus="yes">
        <source>Kept %n conflict copies.</source>
        <translation>
            <numerusform>لم تُحفظ أي نسخة متعارضة.</numerusform>
            <numerusform>حُفظت نسخة متعارضة واحدة.</numerusform>
            <numerusform>حُفظت نسختان متعارضتان.</numerusform>
            <numerusform>حُفظت %n نسخ متعارضة.</numerusform>
            <numerusform>حُفظت %n نسخة متعارضة.</numerusform>
            <numerusform>حُفظت %n نسخة متعارضة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept, though this catalogue does not have them: %1</source>
        <translation>احتُفظ بها رغم أنها ليست في هذا الفهرس: %1</translation>
    </message>
    <message>
        <source>Export notes as Markdown</source>
        <translation>تصدير الملاحظات نصًّا منسّقًا</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>نص منسّق (*.md)</translation>
    </message>
    <message>
        <source>Export briefing</source>
        <translation>تصدير الإحاطة</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات للطباعة (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>ت&amp;راجع %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>إ&amp;عادة %1</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>ت&amp;حرير</translation>
    </message>
    <message>
        <source>Export my data…</source>
        <translation>تصدير بياناتي…</translation>
    </message>
    <message>
        <source>Import my data…</source>
        <translation>استيراد بياناتي…</translation>
    </message>
    <message>
        <source>Export notes as Markdown…</source>
        <translation>تصدير الملاحظات نصًّا منسّقًا…</translation>
    </message>
    <message>
        <source>Export briefing (PDF)…</source>
        <translation>تصدير الإحاطة ملفًّا للطباعة…</translation>
    </message>
    <message>
        <source>Collections…</source>
        <translation>المجموعات…</translation>
    </message>
    <message>
        <source>Notes trash…</source>
        <translation>سلة الملاحظات…</translation>
    </message>
</context>
</TS>

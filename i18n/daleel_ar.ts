<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
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
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
  </context>
</TS>

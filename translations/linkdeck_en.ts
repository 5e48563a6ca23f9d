<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>SourcesCommand</name>
    <message numerus="yes">
        <location filename="../src/cli/SourcesCommand.cpp" line="+152"/>
        <source>Exported %n source(s) to %1.</source>
        <translation>
            <numerusform>Exported %n source to %1.</numerusform>
            <numerusform>Exported %n sources to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SourcesPage</name>
    <message numerus="yes">
        <location filename="../ui/sources/SourcesPage.cpp" line="+403"/>
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n source</numerusform>
            <numerusform>%n sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %n source(s)</source>
        <translation>
            <numerusform>%1 of %n source</numerusform>
            <numerusform>%1 of %n sources</numerusform>
        </translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ApplicationEditor</name>
    <message numerus="yes">
        <location filename="../ui/applications/ApplicationEditor.cpp" line="+621"/>
        <source>%n source(s) allowed.</source>
        <translation>
            <numerusform>%n source allowed.</numerusform>
            <numerusform>%n sources allowed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n source(s) need(s) credentials.</source>
        <translation>
            <numerusform>%n source needs credentials.</numerusform>
            <numerusform>%n sources need credentials.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApplicationsTableModel</name>
    <message numerus="yes">
        <location filename="../ui/applications/ApplicationsTableModel.cpp" line="+78"/>
        <source>%n source(s) need(s) credentials</source>
        <translation>
            <numerusform>%n source needs credentials</numerusform>
            <numerusform>%n sources need credentials</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OAuth2TestRun</name>
    <message numerus="yes">
        <location filename="../src/qa/OAuth2TestRun.cpp" line="+196"/>
        <source>, valid for %n second(s)</source>
        <translation>
            <numerusform>, valid for %n second</numerusform>
            <numerusform>, valid for %n seconds</numerusform>
        </translation>
    </message>
</context>
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
        <location filename="../ui/sources/SourcesPage.cpp" line="+430"/>
        <source>&lt;p&gt;&lt;b&gt;%n source(s)&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;%n source&lt;/b&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;%n sources&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n enabled.&lt;/p&gt;</source>
        <translation>
            <numerusform>, %n enabled.&lt;/p&gt;</numerusform>
            <numerusform>, %n enabled.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>&lt;p&gt;%n OAuth source(s) take each application&apos;s own client credentials.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%n OAuth source takes each application&apos;s own client credentials.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;%n OAuth sources take each application&apos;s own client credentials.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
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

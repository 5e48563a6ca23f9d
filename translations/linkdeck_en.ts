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
    <name>AuditPage</name>
    <message numerus="yes">
        <location filename="../ui/audit/AuditPage.cpp" line="+96"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionEventText</name>
    <message numerus="yes">
        <location filename="../ui/connections/ConnectionEventText.cpp" line="+21"/>
        <source>(%n byte(s) of binary data)</source>
        <translation>
            <numerusform>(%n byte of binary data)</numerusform>
            <numerusform>(%n bytes of binary data)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+89"/>
        <source>→ HTTP %1 %2 (%n ms)</source>
        <translation>
            <numerusform>→ HTTP %1 %2 (%n ms)</numerusform>
            <numerusform>→ HTTP %1 %2 (%n ms)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionsPage</name>
    <message numerus="yes">
        <location filename="../ui/connections/ConnectionsPage.cpp" line="+255"/>
        <source>%Ln connection(s)</source>
        <translation>
            <numerusform>%Ln connection</numerusform>
            <numerusform>%Ln connections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln matching</source>
        <translation>
            <numerusform>%Ln matching</numerusform>
            <numerusform>%Ln matching</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OAuth2TestRun</name>
    <message numerus="yes">
        <location filename="../src/qa/OAuth2TestRun.cpp" line="+155"/>
        <source>, valid for %n second(s)</source>
        <translation>
            <numerusform>, valid for %n second</numerusform>
            <numerusform>, valid for %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message numerus="yes">
        <location filename="../ui/common/RelativeTime.cpp" line="+41"/>
        <source>expires in %n minute(s)</source>
        <translation>
            <numerusform>expires in %n minute</numerusform>
            <numerusform>expires in %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>expires in %n hour(s)</source>
        <translation>
            <numerusform>expires in %n hour</numerusform>
            <numerusform>expires in %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>expires in %n day(s)</source>
        <translation>
            <numerusform>expires in %n day</numerusform>
            <numerusform>expires in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>expired %n minute(s) ago</source>
        <translation>
            <numerusform>expired %n minute ago</numerusform>
            <numerusform>expired %n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>expired %n hour(s) ago</source>
        <translation>
            <numerusform>expired %n hour ago</numerusform>
            <numerusform>expired %n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>expired %n day ago</numerusform>
            <numerusform>expired %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>in %n minute</numerusform>
            <numerusform>in %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>in %n hour</numerusform>
            <numerusform>in %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
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
        <location filename="../ui/sources/SourcesPage.cpp" line="+469"/>
        <location line="+16"/>
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n source</numerusform>
            <numerusform>%n sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-15"/>
        <source>, %n enabled.</source>
        <translation>
            <numerusform>, %n enabled.</numerusform>
            <numerusform>, %n enabled.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n OAuth source(s) take each application&apos;s own client credentials.</source>
        <translation>
            <numerusform>%n OAuth source takes each application&apos;s own client credentials.</numerusform>
            <numerusform>%n OAuth sources take each application&apos;s own client credentials.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%1 of %n source(s)</source>
        <translation>
            <numerusform>%1 of %n source</numerusform>
            <numerusform>%1 of %n sources</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TestsPage</name>
    <message numerus="yes">
        <location filename="../ui/web/tests/TestsPage.cpp" line="+593"/>
        <source>%1 of %n</source>
        <translation>
            <numerusform>%1 of %n</numerusform>
            <numerusform>%1 of %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WebEngineUserAgent</name>
    <message numerus="yes">
        <location filename="../ui/web/WebEngineUserAgent.cpp" line="+20"/>
        <source>The provider did not send the browser back to the redirect URI within %n second(s).</source>
        <translation>
            <numerusform>The provider did not send the browser back to the redirect URI within %n second.</numerusform>
            <numerusform>The provider did not send the browser back to the redirect URI within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WebhooksPage</name>
    <message numerus="yes">
        <location filename="../ui/webhooks/WebhooksPage.cpp" line="+269"/>
        <source>%1 after %n attempt(s)</source>
        <translation>
            <numerusform>%1 after %n attempt</numerusform>
            <numerusform>%1 after %n attempts</numerusform>
        </translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ApiError</name>
    <message>
        <location filename="../src/connect/ApiError.cpp" line="+20"/>
        <source>The link token is invalid or has expired.</source>
        <translation>Das Link-Token ist ungültig oder abgelaufen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No link token: send it as &quot;link_token&quot; in the JSON body or in an X-Link-Token header.</source>
        <translation>Kein Link-Token: Senden Sie es als „link_token“ im JSON-Body oder in einem X-Link-Token-Header.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The provider did not accept these credentials.</source>
        <translation>Der Anbieter hat diese Zugangsdaten nicht akzeptiert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Authenticate with the application&apos;s client ID and secret (HTTP Basic).</source>
        <translation>Authentifizieren Sie sich mit der Client-ID und dem Client-Secret der Anwendung (HTTP Basic).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The body is not a JSON object: %1</source>
        <translation>Der Request-Body ist kein JSON-Objekt: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The redirect URL &quot;%1&quot; is not on the application&apos;s list of allowed redirect URLs.</source>
        <translation>Die Redirect-URL „%1“ steht nicht in der Liste der erlaubten Redirect-URLs der Anwendung.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The request body is larger than %1 bytes.</source>
        <translation>Der Request-Body ist größer als %1 Bytes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is nothing at this address.</source>
        <translation>Unter dieser Adresse gibt es nichts.</translation>
    </message>
    <message>
        <location filename="../src/connect/ApplicationAuthenticator.cpp" line="+107"/>
        <source>The application&apos;s secret cannot be checked: %1</source>
        <translation>Das Secret der Anwendung kann nicht geprüft werden: %1</translation>
    </message>
    <message>
        <location filename="../src/connect/ConnectExchange.cpp" line="+27"/>
        <source>The service could not answer this request.</source>
        <translation>Der Dienst konnte diese Anfrage nicht beantworten.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>expected an object</source>
        <translation>Objekt erwartet</translation>
    </message>
</context>
<context>
    <name>ApplicationEditor</name>
    <message>
        <location filename="../ui/applications/ApplicationEditor.cpp" line="+105"/>
        <source>Select an application to edit it.</source>
        <translation>Wählen Sie eine Anwendung aus, um sie zu bearbeiten.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save Application</source>
        <translation>Anwendung speichern</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Shown to users in the connect widget</source>
        <translation>Wird Nutzern im Connect-Widget angezeigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public: developers put it in their apps. Generated and never changed.</source>
        <translation>Öffentlich: Entwickler tragen sie in ihre Apps ein. Wird erzeugt und nie geändert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+464"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="-462"/>
        <source>Copy the client ID to the clipboard</source>
        <translation>Client-ID in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client &amp;ID:</source>
        <translation>Client-&amp;ID:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Client &amp;secret:</source>
        <translation>Client-&amp;Secret:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>One absolute http(s) URL per line, e.g.
https://app.example.com/linkdeck/done</source>
        <translation>Eine absolute http(s)-URL pro Zeile, z. B.
https://app.example.com/linkdeck/done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redirect URLs</source>
        <translation>Redirect-URLs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where users return after connecting a source; one URL per line.</source>
        <translation>Wohin Nutzer nach dem Verbinden einer Quelle zurückkehren; eine URL pro Zeile.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Redirect URLs:</source>
        <translation>&amp;Redirect-URLs:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>https://app.example.com/linkdeck/webhook (optional)</source>
        <translation>https://app.example.com/linkdeck/webhook (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Webhook URL</source>
        <translation>Webhook-URL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Webhook URL:</source>
        <translation>&amp;Webhook-URL:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signing secre&amp;t:</source>
        <translation>Signatur-Secre&amp;t:</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+15"/>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Tick the sources this application may use. OAuth sources without a client ID of their own need the application&apos;s client ID and secret for them.</source>
        <translation>Markieren Sie die Quellen, die diese Anwendung nutzen darf. OAuth-Quellen ohne eigene Client-ID brauchen dafür die Client-ID und das Client-Secret der Anwendung.</translation>
    </message>
    <message>
        <location line="+54"/>
        <location line="+267"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location line="-265"/>
        <source>Re&amp;vert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drop the changes and show the stored application</source>
        <translation>Änderungen verwerfen und die gespeicherte Anwendung anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>This application was changed elsewhere since you opened it: saving will report a conflict. Revert loads the stored version.</source>
        <translation>Diese Anwendung wurde an anderer Stelle geändert, seit Sie sie geöffnet haben: Beim Speichern wird ein Konflikt gemeldet. „Verwerfen“ lädt die gespeicherte Version.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>A name is required.</source>
        <translation>Ein Name ist erforderlich.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Line %1: </source>
        <translation>Zeile %1: </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Line %1 repeats line %2.</source>
        <translation>Zeile %1 wiederholt Zeile %2.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Unnamed application</source>
        <translation>Unbenannte Anwendung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fix the marked fields to save.</source>
        <translation>Korrigieren Sie die markierten Felder, um zu speichern.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save (Ctrl+S)</source>
        <translation>Speichern (Strg+S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unsaved changes — fix the marked fields to save</source>
        <translation>Ungespeicherte Änderungen – korrigieren Sie zum Speichern die markierten Felder</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+42"/>
        <source>No keyring is available.</source>
        <translation>Kein Schlüsselbund verfügbar.</translation>
    </message>
    <message>
        <location line="-39"/>
        <location line="+48"/>
        <source>Saving to the keyring…</source>
        <translation>Wird im Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>●●●●●●●● set in the keyring</source>
        <translation>●●●●●●●● im Schlüsselbund hinterlegt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not generated yet</source>
        <translation>noch nicht erzeugt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rotate…</source>
        <translation>Rotieren…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Generate</source>
        <translation>Erzeugen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace the %1 with a new one; the old one stops working.</source>
        <translation>Ersetzt das %1 durch ein neues; das alte wird damit ungültig.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generate a %1 and show it once.</source>
        <translation>Erzeugt ein %1 und zeigt es einmalig an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>client secret</source>
        <translation>Client-Secret</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>webhook signing secret</source>
        <translation>Webhook-Signatur-Secret</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Select an allowed OAuth source without credentials of its own to set this application&apos;s client secret for it.</source>
        <translation>Wählen Sie eine erlaubte OAuth-Quelle ohne eigene Zugangsdaten aus, um das Client-Secret dieser Anwendung dafür festzulegen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Client secret for %1:</source>
        <translation>Client-Secret für %1:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save the application first: its secret for %1 can only be recorded once the source is allowed in the workspace.</source>
        <translation>Speichern Sie zuerst die Anwendung: Das Secret für %1 kann erst hinterlegt werden, wenn die Quelle im Arbeitsbereich erlaubt ist.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>save first to set it</source>
        <translation>zum Festlegen zuerst speichern</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No source allowed yet.</source>
        <translation>Noch keine Quelle erlaubt.</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n source(s) allowed.</source>
        <translation>
            <numerusform>%n Quelle erlaubt.</numerusform>
            <numerusform>%n Quellen erlaubt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n source(s) need(s) credentials.</source>
        <translation>
            <numerusform>Bei %n Quelle fehlen Zugangsdaten.</numerusform>
            <numerusform>Bei %n Quellen fehlen Zugangsdaten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>ApplicationRepository</name>
    <message>
        <location filename="../src/store/ApplicationRepository.cpp" line="+131"/>
        <location line="+34"/>
        <source>An application needs a name.</source>
        <translation>Eine Anwendung braucht einen Namen.</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>The new application was not stored.</source>
        <translation>Die neue Anwendung wurde nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Someone else changed &quot;%1&quot; since you opened it.</source>
        <translation>„%1“ wurde inzwischen an anderer Stelle geändert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The application &quot;%1&quot; no longer exists.</source>
        <translation>Die Anwendung „%1“ existiert nicht mehr.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The source &quot;%1&quot; does not exist.</source>
        <translation>Die Quelle „%1“ existiert nicht.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The application no longer exists.</source>
        <translation>Die Anwendung existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>ApplicationSourcesModel</name>
    <message>
        <location filename="../ui/applications/ApplicationSourcesModel.cpp" line="+150"/>
        <source>%1 (disabled)</source>
        <translation>%1 (deaktiviert)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>source&apos;s own</source>
        <translation>von der Quelle</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>needs credentials</source>
        <translation>braucht Zugangsdaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set</source>
        <translation>hinterlegt</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 sources need no client credentials.</source>
        <translation>%1-Quellen brauchen keine Client-Zugangsdaten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Applications use the client ID configured on the source.</source>
        <translation>Anwendungen verwenden die an der Quelle eingerichtete Client-ID.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client ID this application registered with %1. Press F2 to edit.</source>
        <translation>Die Client-ID, mit der diese Anwendung bei %1 registriert ist. Zum Bearbeiten F2 drücken.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allow the source to enter a client ID.</source>
        <translation>Erlauben Sie die Quelle, um eine Client-ID einzugeben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has no client ID of its own: enter this application&apos;s client ID and set its client secret.</source>
        <translation>%1 hat keine eigene Client-ID: Geben Sie die Client-ID dieser Anwendung ein und legen Sie ihr Client-Secret fest.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter this application&apos;s client ID for %1.</source>
        <translation>Geben Sie die Client-ID dieser Anwendung für %1 ein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set this application&apos;s client secret for %1.</source>
        <translation>Legen Sie das Client-Secret dieser Anwendung für %1 fest.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The client secret is set in the keyring.</source>
        <translation>Das Client-Secret ist im Schlüsselbund hinterlegt.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Auth type</source>
        <translation>Auth-Typ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client secret</source>
        <translation>Client-Secret</translation>
    </message>
</context>
<context>
    <name>ApplicationsController</name>
    <message>
        <location filename="../ui/applications/ApplicationsController.cpp" line="+95"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>An application with the client ID %1 exists already.</source>
        <translation>Eine Anwendung mit der Client-ID %1 existiert bereits.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+61"/>
        <location line="+56"/>
        <location line="+143"/>
        <source>The application no longer exists.</source>
        <translation>Die Anwendung existiert nicht mehr.</translation>
    </message>
    <message>
        <location line="-245"/>
        <location line="+79"/>
        <source>The application &quot;%1&quot; no longer exists.</source>
        <translation>Die Anwendung „%1“ existiert nicht mehr.</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>&quot;%1&quot; was changed elsewhere in the meantime, so this change was not applied.</source>
        <translation>„%1“ wurde inzwischen an anderer Stelle geändert, daher wurde diese Änderung nicht übernommen.</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+47"/>
        <source>A name is required.</source>
        <translation>Ein Name ist erforderlich.</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Add &quot;%1&quot;</source>
        <translation>„%1“ hinzufügen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Duplicate &quot;%1&quot;</source>
        <translation>„%1“ duplizieren</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Someone else changed &quot;%1&quot; since you opened it.</source>
        <translation>„%1“ wurde inzwischen an anderer Stelle geändert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Edit &quot;%1&quot;</source>
        <translation>„%1“ bearbeiten</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Delete &quot;%1&quot;</source>
        <translation>„%1“ löschen</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Save the application with this source allowed before setting its secret.</source>
        <translation>Erlauben Sie diese Quelle und speichern Sie die Anwendung, bevor Sie das Secret festlegen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The application no longer uses this source.</source>
        <translation>Die Anwendung nutzt diese Quelle nicht mehr.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The keyring did not store the secret.</source>
        <translation>Der Schlüsselbund hat das Secret nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The secret is in the keyring, but the workspace could not record it: %1</source>
        <translation>Das Secret liegt im Schlüsselbund, aber der Arbeitsbereich konnte es nicht vermerken: %1</translation>
    </message>
</context>
<context>
    <name>ApplicationsPage</name>
    <message>
        <location filename="../ui/applications/ApplicationsPage.cpp" line="+74"/>
        <source>Applications</source>
        <translation>Anwendungen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>no secret, 2 sources need credentials</source>
        <translation>kein Secret, 2 Quellen brauchen Zugangsdaten</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Delete Application</source>
        <translation>Anwendung löschen</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&amp;Add Application</source>
        <translation>Anwendung hin&amp;zufügen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search Applications</source>
        <translation>Anwendungen durchsuchen</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+72"/>
        <source>Add application</source>
        <translation>Anwendung hinzufügen</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Add an application</source>
        <translation>Eine Anwendung hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the selected application, without its secrets</source>
        <translation>Die ausgewählte Anwendung kopieren, ohne ihre Secrets</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+294"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="-292"/>
        <source>Delete the selected application (Delete in the table)</source>
        <translation>Die ausgewählte Anwendung löschen (Entf in der Tabelle)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search name or client ID (%1)</source>
        <translation>Name oder Client-ID suchen (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search applications</source>
        <translation>Anwendungen durchsuchen</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>No applications yet</source>
        <translation>Noch keine Anwendungen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Applications are the developers&apos; apps that use your sources. Add one to give it a client ID and secret and to choose the sources it may use.</source>
        <translation>Anwendungen sind die Apps der Entwickler, die Ihre Quellen nutzen. Fügen Sie eine hinzu, um ihr eine Client-ID und ein Client-Secret zu geben und die Quellen zu wählen, die sie nutzen darf.</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>Not saved: fix the marked fields first.</source>
        <translation>Nicht gespeichert: Korrigieren Sie zuerst die markierten Felder.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>New application</source>
        <translation>Neue Anwendung</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Delete application</source>
        <translation>Anwendung löschen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete &quot;%1&quot;?</source>
        <translation>„%1“ löschen?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Developers using its client ID can no longer connect users, and unsaved changes to it are dropped. Edit ▸ Undo brings it back.</source>
        <translation>Entwickler, die ihre Client-ID verwenden, können keine Nutzer mehr verbinden, und ungespeicherte Änderungen daran gehen verloren. Bearbeiten ▸ Rückgängig stellt sie wieder her.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The current secret stops working at once: every server that uses it needs the new one.</source>
        <translation>Das aktuelle Secret wird sofort ungültig: Jeder Server, der es verwendet, braucht das neue.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rotate</source>
        <translation>Rotieren</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Rotate client secret</source>
        <translation>Client-Secret rotieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rotate the client secret of &quot;%1&quot;?</source>
        <translation>Das Client-Secret von „%1“ rotieren?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Client secret of %1</source>
        <translation>Client-Secret von %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new client secret of &quot;%1&quot;. Its server uses it, with the client ID, to exchange connect tokens.</source>
        <translation>Das neue Client-Secret von „%1“. Der Server der Anwendung tauscht damit, zusammen mit der Client-ID, Connect-Tokens aus.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Rotate webhook signing secret</source>
        <translation>Webhook-Signatur-Secret rotieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rotate the webhook signing secret of &quot;%1&quot;?</source>
        <translation>Das Webhook-Signatur-Secret von „%1“ rotieren?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Webhook signing secret of %1</source>
        <translation>Webhook-Signatur-Secret von %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Webhooks to &quot;%1&quot; are signed with this secret; its server checks the signature with it.</source>
        <translation>Webhooks an „%1“ werden mit diesem Secret signiert; der Server der Anwendung prüft damit die Signatur.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Client secret for %1</source>
        <translation>Client-Secret für %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client secret %1 issued to &quot;%2&quot;:</source>
        <translation>Das Client-Secret, das %1 für „%2“ ausgestellt hat:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Store in Keyring</source>
        <translation>Im Schlüsselbund speichern</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was stored: the secret was empty.</source>
        <translation>Nichts gespeichert: Das Secret war leer.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Clear client secret</source>
        <translation>Client-Secret entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the client secret of &quot;%1&quot; for %2 from the keyring?</source>
        <translation>Das Client-Secret von „%1“ für %2 aus dem Schlüsselbund entfernen?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clear</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>ApplicationsTableModel</name>
    <message>
        <location filename="../ui/applications/ApplicationsTableModel.cpp" line="+60"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 +%2</source>
        <translation>%1 +%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>secret set</source>
        <translation>Secret hinterlegt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no secret</source>
        <translation>kein Secret</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n source(s) need(s) credentials</source>
        <translation>
            <numerusform>bei %n Quelle fehlen Zugangsdaten</numerusform>
            <numerusform>bei %n Quellen fehlen Zugangsdaten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This application may use no source yet.</source>
        <translation>Diese Anwendung darf noch keine Quelle nutzen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No webhook URL</source>
        <translation>Keine Webhook-URL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The client secret is set in the keyring.</source>
        <translation>Das Client-Secret ist im Schlüsselbund hinterlegt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No client secret has been generated yet.</source>
        <translation>Es wurde noch kein Client-Secret erzeugt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 needs this application&apos;s client ID and secret.</source>
        <translation>%1 braucht die Client-ID und das Client-Secret dieser Anwendung.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credentials</source>
        <translation>Zugangsdaten</translation>
    </message>
</context>
<context>
    <name>AppsCommand</name>
    <message>
        <location filename="../src/cli/AppsCommand.cpp" line="+58"/>
        <source>Usage: linkdeck apps list [--json]
       linkdeck apps create NAME [--redirect-url URL]… [--webhook-url URL] [--sources KEY,…] [--json]</source>
        <translation>Aufruf: linkdeck apps list [--json]
        linkdeck apps create NAME [--redirect-url URL]… [--webhook-url URL] [--sources KENNUNG,…] [--json]</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>No applications yet. Add one on the Applications page of the console, or with &quot;linkdeck apps create NAME&quot;.</source>
        <translation>Noch keine Anwendungen. Fügen Sie auf der Seite „Anwendungen“ der Konsole oder mit „linkdeck apps create NAME“ eine hinzu.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>An application needs a name.</source>
        <translation>Eine Anwendung braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a redirect URL (an absolute URL such as https://app.example.com/connected).</source>
        <translation>„%1“ ist keine Redirect-URL (eine absolute URL wie https://app.example.com/connected).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not a webhook URL (an http or https URL).</source>
        <translation>„%1“ ist keine Webhook-URL (eine http- oder https-URL).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no source &quot;%1&quot;; see &quot;linkdeck sources list&quot;.</source>
        <translation>Es gibt keine Quelle „%1“; siehe „linkdeck sources list“.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Creating an application needs the keyring, which keeps its secret: %1 Nothing was created.</source>
        <translation>Zum Anlegen einer Anwendung wird der Schlüsselbund gebraucht, der ihr Secret verwahrt: %1 Es wurde nichts angelegt.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Created the application &quot;%1&quot;.</source>
        <translation>Die Anwendung „%1“ wurde angelegt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client ID:      %1</source>
        <translation>Client-ID:      %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client secret:  %1</source>
        <translation>Client-Secret:  %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Webhook secret: %1</source>
        <translation>Webhook-Secret: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The secrets are shown only now; the keyring keeps them.</source>
        <translation>Die Secrets werden nur jetzt angezeigt; der Schlüsselbund verwahrt sie.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <location filename="../src/store/AuditLog.cpp" line="+107"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../ui/audit/AuditPage.cpp" line="+34"/>
        <source>&amp;Show:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind of object</source>
        <translation>Art des Objekts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applications</source>
        <translation>Anwendungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Search the audit log</source>
        <translation>Audit-Log durchsuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search who, action, object or summary (%1)</source>
        <translation>Wer, Aktion, Objekt oder Zusammenfassung durchsuchen (%1)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Audit log</source>
        <translation>Audit-Log</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the newest %1 entries</source>
        <translation>die neuesten %1 Einträge</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../ui/audit/AuditTableModel.cpp" line="+24"/>
        <source>source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>created</source>
        <translation>angelegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>imported</source>
        <translation>importiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>secret set</source>
        <translation>Secret hinterlegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>secret cleared</source>
        <translation>Secret entfernt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>secret rotated</source>
        <translation>Secret rotiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>revoked</source>
        <translation>widerrufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disconnected</source>
        <translation>getrennt</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
</context>
<context>
    <name>AuthTokenApi</name>
    <message>
        <location filename="../src/connect/AuthTokenApi.cpp" line="+48"/>
        <source>The access token is invalid or has expired.</source>
        <translation>Das Access-Token ist ungültig oder abgelaufen.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&quot;special_token&quot; must be a string.</source>
        <translation>„special_token“ muss eine Zeichenkette sein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;special_token&quot; is required.</source>
        <translation>„special_token“ ist erforderlich.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The special token is invalid, used or expired.</source>
        <translation>Das Special-Token ist ungültig, bereits verwendet oder abgelaufen.</translation>
    </message>
</context>
<context>
    <name>AuthorizationRequest</name>
    <message>
        <location filename="../src/auth/AuthorizationRequest.cpp" line="+72"/>
        <source>&quot;%1&quot; is not an OAuth 2.0 source.</source>
        <translation>„%1“ ist keine OAuth-2.0-Quelle.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No client ID: the source has none and no application&apos;s credentials were given.</source>
        <translation>Keine Client-ID: Die Quelle hat keine, und es wurden keine Zugangsdaten einer Anwendung angegeben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No redirect URI was given.</source>
        <translation>Es wurde keine Redirect-URI angegeben.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The source has no authorization URL.</source>
        <translation>Die Quelle hat keine Autorisierungs-URL.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The full auth URL asks for {code_challenge}, but PKCE is off for this source.</source>
        <translation>Die vollständige Auth-URL verlangt {code_challenge}, aber PKCE ist für diese Quelle ausgeschaltet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The full auth URL has placeholders without a value: {%1}.</source>
        <translation>Die vollständige Auth-URL hat Platzhalter ohne Wert: {%1}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The authorization URL is not valid: %1</source>
        <translation>Die Autorisierungs-URL ist ungültig: %1</translation>
    </message>
</context>
<context>
    <name>AuthorizationStarter</name>
    <message>
        <location filename="../src/connect/AuthorizationStarter.cpp" line="+28"/>
        <source>&quot;%1&quot; uses OAuth 1.0a, which this service cannot start yet.</source>
        <translation>„%1“ verwendet OAuth 1.0a, das dieser Dienst noch nicht starten kann.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not an OAuth provider.</source>
        <translation>„%1“ ist kein OAuth-Anbieter.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; needs a client ID: set one for the source or for this application.</source>
        <translation>„%1“ braucht eine Client-ID: Legen Sie eine für die Quelle oder für diese Anwendung fest.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; cannot be started: %2</source>
        <translation>„%1“ kann nicht gestartet werden: %2</translation>
    </message>
</context>
<context>
    <name>BrowserPage</name>
    <message>
        <location filename="../src/connect/BrowserPage.cpp" line="+46"/>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgelaufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This link is not valid</source>
        <translation>Dieser Link ist ungültig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This request cannot be completed</source>
        <translation>Diese Anfrage kann nicht abgeschlossen werden</translation>
    </message>
</context>
<context>
    <name>CatalogFile</name>
    <message>
        <location filename="../src/catalog/CatalogFile.cpp" line="+39"/>
        <source>Unknown format &quot;%1&quot;; use json, discovery or nango.</source>
        <translation>Unbekanntes Format „%1“; verwenden Sie json, discovery oder nango.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is larger than 64 MiB.</source>
        <translation>%1 ist größer als 64 MiB.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>CatalogJson</name>
    <message>
        <location filename="../src/catalog/CatalogJson.cpp" line="+36"/>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+30"/>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+5"/>
        <source>a list of strings</source>
        <translation>eine Liste von Zeichenketten</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+5"/>
        <source>an object of strings</source>
        <translation>ein Objekt mit Zeichenketten</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Source &quot;%1&quot;: &quot;%2&quot; must be one of %3, not &quot;%4&quot;.</source>
        <translation>Quelle „%1“: &quot;%2&quot; muss einer der Werte %3 sein, nicht &quot;%4&quot;.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Source &quot;%1&quot;: &quot;logo&quot;: %2</source>
        <translation>Quelle „%1“: &quot;logo&quot;: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Source &quot;%1&quot;: &quot;%2&quot; must be %3, not %4.</source>
        <translation>Quelle „%1“: &quot;%2&quot; muss %3 sein, nicht %4.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Source &quot;%1&quot;: &quot;logo&quot; is a data: URI that is not base64-encoded.</source>
        <translation>Quelle „%1“: &quot;logo&quot; ist eine data:-URI, die nicht Base64-kodiert ist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Source &quot;%1&quot;: &quot;logo&quot; has invalid base64 data.</source>
        <translation>Quelle „%1“: &quot;logo&quot; enthält ungültige Base64-Daten.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Source &quot;%1&quot;: logo path &quot;%2&quot; is refused: %3</source>
        <translation>Quelle „%1“: Der Logo-Pfad „%2“ wird abgelehnt: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this catalogue has no folder to resolve it against.</source>
        <translation>dieser Katalog hat keinen Ordner, gegen den er aufgelöst werden könnte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it must be relative to the catalogue.</source>
        <translation>er muss relativ zum Katalog sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it must not contain &quot;..&quot; or backslashes.</source>
        <translation>er darf weder &quot;..&quot; noch Backslashes enthalten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+7"/>
        <source>it leaves the catalogue&apos;s folder.</source>
        <translation>er führt aus dem Ordner des Katalogs heraus.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Source &quot;%1&quot;: logo file &quot;%2&quot; cannot be read.</source>
        <translation>Quelle „%1“: Die Logodatei „%2“ kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>The catalogue is larger than 64 MiB.</source>
        <translation>Der Katalog ist größer als 64 MiB.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The catalogue is not valid JSON: %1 at offset %2.</source>
        <translation>Der Katalog ist kein gültiges JSON: %1 an Position %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The catalogue is not a JSON object.</source>
        <translation>Der Katalog ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is not a Linkdeck catalogue (&quot;format&quot; must be &quot;%1&quot;).</source>
        <translation>Dies ist kein Linkdeck-Katalog (&quot;format&quot; muss &quot;%1&quot; sein).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The catalogue&apos;s &quot;version&quot; must be a whole number from 1.</source>
        <translation>Die &quot;version&quot; des Katalogs muss eine ganze Zahl ab 1 sein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This catalogue is from a newer Linkdeck (format version %1); this version reads version %2.</source>
        <translation>Dieser Katalog stammt von einem neueren Linkdeck (Formatversion %1); diese Version liest Version %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The catalogue has no &quot;sources&quot; list.</source>
        <translation>Der Katalog hat keine &quot;sources&quot;-Liste.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The catalogue has %1 sources; at most %2 are accepted.</source>
        <translation>Der Katalog hat %1 Quellen; höchstens %2 werden angenommen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source %1 is not a JSON object.</source>
        <translation>Quelle %1 ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Source %1 has no &quot;key&quot;.</source>
        <translation>Quelle %1 hat keinen &quot;key&quot;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Source %1: &quot;key&quot; must be a string, not %2.</source>
        <translation>Quelle %1: &quot;key&quot; muss eine Zeichenkette sein, nicht %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Source %1: &quot;key&quot; &quot;%2&quot; is not a valid key (lower-case letters, digits, &apos;-&apos; and &apos;_&apos;, at most 64 characters).</source>
        <translation>Quelle %1: &quot;key&quot; &quot;%2&quot; ist keine gültige Kennung (Kleinbuchstaben, Ziffern, &apos;-&apos; und &apos;_&apos;, höchstens 64 Zeichen).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Source &quot;%1&quot; appears more than once (&quot;key&quot; must be unique).</source>
        <translation>Quelle „%1“ kommt mehrfach vor (&quot;key&quot; muss eindeutig sein).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Source &quot;%1&quot; has no &quot;displayName&quot;.</source>
        <translation>Quelle „%1“ hat keinen &quot;displayName&quot;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source &quot;%1&quot; has no &quot;authType&quot;.</source>
        <translation>Quelle „%1“ hat keinen &quot;authType&quot;.</translation>
    </message>
</context>
<context>
    <name>ClientCredentialReader</name>
    <message>
        <location filename="../src/connect/ClientCredentialReader.cpp" line="+34"/>
        <source>&quot;%1&quot; needs a client ID: set one for the source or for this application.</source>
        <translation>„%1“ braucht eine Client-ID: Legen Sie eine für die Quelle oder für diese Anwendung fest.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The client secret for &quot;%1&quot; cannot be read: %2</source>
        <translation>Das Client-Secret für „%1“ kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../src/cli/CommandLine.cpp" line="+126"/>
        <source>--page goes with --screenshot FILE.</source>
        <translation>--page gehört zu --screenshot DATEI.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Usage: linkdeck [--workspace PATH|postgresql://…] [COMMAND]

Without a command, starts the console.

Commands:
  sources list [--json]                 List the integration sources.
  sources import FILE|URL [--format json|discovery|nango] [--dry-run]
                                        Import sources; shows what changes, then applies
                                        all of it or nothing.
  sources export FILE                   Export the sources as a JSON catalogue (no secrets).
  sources set-secret KEY                Store a source&apos;s client secret (read from standard
                                        input) in the keyring.
  apps list [--json]                    List the applications.
  apps create NAME [--redirect-url URL]… [--webhook-url URL] [--sources KEY,…] [--json]
                                        Create an application; prints its client ID and,
                                        once, its secret (kept in the keyring).
  serve [--listen 127.0.0.1:PORT] [--allow-remote] [--public-url URL]
                                        Run the connect service until interrupted (port 0:
                                        any free port; the base URL is printed).
  connections generate --count N [--application NAME]
                                        Add N fixture connections (for demos and
                                        benchmarks; without tokens).
  connections list [--search PREFIX] [--status S] [--application NAME] [--source KEY]
                   [--limit N] [--json]
                                        List connections, newest first; PREFIX matches the
                                        user id, reference id or source key.
  test SOURCE [--app APP] [--browser embedded|system] [--login-script FILE]
       [--redirect-uri URI] [--junit FILE] [--har FILE]
                                        Run an end-to-end test of a source unattended (an
                                        offscreen browser fills the provider&apos;s pages from
                                        the login script); exits non-zero on failure.

Options:
  --workspace LOCATION   A SQLite file or a postgresql:// URL (default: %1).
  --screenshot FILE --page PAGE[/ITEM]
                         Render a console page offscreen to a PNG and exit;
                         (sources, applications, preview, tests, connections,
                         webhooks, audit); sources/KEY shows that source in
                         the editor, connections/ID that connection&apos;s detail.
  -v, --version          Print the version.
  -h, --help             Print this help.
</source>
        <translation>Aufruf: linkdeck [--workspace PFAD|postgresql://…] [BEFEHL]

Ohne Befehl wird die Konsole gestartet.

Befehle:
  sources list [--json]                 Die Integrationsquellen auflisten.
  sources import DATEI|URL [--format json|discovery|nango] [--dry-run]
                                        Quellen importieren; zeigt die Änderungen und übernimmt
                                        dann alle oder keine.
  sources export DATEI                  Die Quellen als JSON-Katalog exportieren (ohne Secrets).
  sources set-secret KENNUNG            Das Client-Secret einer Quelle (gelesen von der
                                        Standardeingabe) im Schlüsselbund speichern.
  apps list [--json]                    Die Anwendungen auflisten.
  apps create NAME [--redirect-url URL]… [--webhook-url URL] [--sources KENNUNG,…] [--json]
                                        Eine Anwendung anlegen; gibt ihre Client-ID und
                                        einmalig ihr Secret aus (im Schlüsselbund verwahrt).
  serve [--listen 127.0.0.1:PORT] [--allow-remote] [--public-url URL]
                                        Den Connect-Dienst bis zur Unterbrechung ausführen
                                        (Port 0: beliebiger freier Port; die Basis-URL wird
                                        ausgegeben).
  connections generate --count N [--application NAME]
                                        N Beispielverbindungen hinzufügen (für Demos und
                                        Benchmarks; ohne Tokens).
  connections list [--search PRÄFIX] [--status S] [--application NAME] [--source KENNUNG]
                   [--limit N] [--json]
                                        Verbindungen auflisten, neueste zuerst; PRÄFIX passt
                                        auf Nutzer-ID, Referenz-ID oder Quellen-Kennung.
  test QUELLE [--app ANWENDUNG] [--browser embedded|system] [--login-script DATEI]
       [--redirect-uri URI] [--junit DATEI] [--har DATEI]
                                        Eine Quelle unbeaufsichtigt Ende-zu-Ende testen (ein
                                        Offscreen-Browser füllt die Seiten des Anbieters nach
                                        dem Login-Skript aus); Exit-Code ungleich 0 bei Fehlern.

Optionen:
  --workspace ORT        Eine SQLite-Datei oder eine postgresql://-URL (Standard: %1).
  --screenshot DATEI --page SEITE[/EINTRAG]
                         Eine Konsolenseite offscreen als PNG rendern und beenden
                         (sources, applications, preview, tests, connections,
                         webhooks, audit); sources/KENNUNG zeigt diese Quelle im
                         Editor, connections/ID die Details dieser Verbindung.
  -v, --version          Die Version ausgeben.
  -h, --help             Diese Hilfe ausgeben.
</translation>
    </message>
    <message>
        <location filename="../ui/main/ConsoleMain.cpp" line="+103"/>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No display found. Start the console under Xvfb (xvfb-run -a linkdeck), or render a page with --screenshot FILE --page sources.</source>
        <translation>Kein Display gefunden. Starten Sie die Konsole unter Xvfb (xvfb-run -a linkdeck) oder rendern Sie eine Seite mit --screenshot DATEI --page sources.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Linkdeck</source>
        <translation>Linkdeck</translation>
    </message>
    <message>
        <location filename="../ui/web/TestCommand.cpp" line="+72"/>
        <source>Usage: linkdeck test SOURCE [--app APP] [--browser embedded|system] [--login-script FILE] [--redirect-uri URI] [--junit FILE] [--har FILE]</source>
        <translation>Aufruf: linkdeck test QUELLE [--app ANWENDUNG] [--browser embedded|system] [--login-script DATEI] [--redirect-uri URI] [--junit DATEI] [--har DATEI]</translation>
    </message>
</context>
<context>
    <name>ConflictPrompt</name>
    <message>
        <location filename="../ui/common/ConflictPrompt.cpp" line="+8"/>
        <source>Changed elsewhere</source>
        <translation>An anderer Stelle geändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your edits are still in the form. Reload the stored version (your edits are discarded), overwrite it with yours, or keep editing.</source>
        <translation>Ihre Änderungen stehen noch im Formular. Laden Sie die gespeicherte Fassung neu (Ihre Änderungen gehen verloren), überschreiben Sie sie mit Ihrer, oder bearbeiten Sie weiter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overwrite</source>
        <translation>Überschreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
</context>
<context>
    <name>ConnectService</name>
    <message>
        <location filename="../src/connect/ConnectService.cpp" line="+82"/>
        <source>The connect service needs a token sealing key.</source>
        <translation>Der Connect-Dienst braucht einen Token-Versiegelungsschlüssel.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The connect service is already listening.</source>
        <translation>Der Connect-Dienst lauscht bereits.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The connect service cannot listen on %1 port %2: %3</source>
        <translation>Der Connect-Dienst kann nicht auf %1, Port %2 lauschen: %3</translation>
    </message>
</context>
<context>
    <name>ConnectServiceStatus</name>
    <message>
        <location filename="../ui/web/ConnectServiceStatus.cpp" line="+36"/>
        <source>Connect service: %1</source>
        <translation>Connect-Dienst: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The console&apos;s connect service, for the Preview and Tests pages</source>
        <translation>Der Connect-Dienst der Konsole, für die Seiten „Vorschau“ und „Tests“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect service: not running</source>
        <translation>Connect-Dienst: läuft nicht</translation>
    </message>
</context>
<context>
    <name>ConnectionApiTester</name>
    <message>
        <location filename="../src/connect/ConnectionApiTester.cpp" line="+28"/>
        <source>GET %1 got no answer: %2</source>
        <translation>GET %1 erhielt keine Antwort: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GET %1 answered HTTP %2: the token works.</source>
        <translation>GET %1 antwortete mit HTTP %2: Das Token funktioniert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GET %1 answered HTTP %2: the API refused the token.</source>
        <translation>GET %1 antwortete mit HTTP %2: Die API hat das Token abgelehnt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GET %1 answered HTTP %2.</source>
        <translation>GET %1 antwortete mit HTTP %2.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The source &quot;%1&quot; no longer exists.</source>
        <translation>Die Quelle „%1“ existiert nicht mehr.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The source &quot;%1&quot; has no test API path.</source>
        <translation>Die Quelle „%1“ hat keinen Test-API-Pfad.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The connection has no access token.</source>
        <translation>Die Verbindung hat kein Access-Token.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The call could not be recorded.</source>
        <translation>Der Aufruf konnte nicht aufgezeichnet werden.</translation>
    </message>
</context>
<context>
    <name>ConnectionDetailPane</name>
    <message>
        <location filename="../ui/connections/ConnectionDetailPane.cpp" line="+40"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Select a connection to see its tokens, scopes and history.</source>
        <translation>Wählen Sie eine Verbindung aus, um ihre Tokens, Scopes und ihren Verlauf zu sehen.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Connection:</source>
        <translation>Verbindung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference:</source>
        <translation>Referenz:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created:</source>
        <translation>Angelegt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last refreshed:</source>
        <translation>Zuletzt aktualisiert:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access token:</source>
        <translation>Access-Token:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh token:</source>
        <translation>Refresh-Token:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last error:</source>
        <translation>Letzter Fehler:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Refresh now</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Get a new access token with the refresh token</source>
        <translation>Mit dem Refresh-Token jetzt ein neues Access-Token holen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Test API call</source>
        <translation>API &amp;testen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Call the source&apos;s test API path with the access token</source>
        <translation>Den Test-API-Pfad der Quelle mit dem Access-Token aufrufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;voke…</source>
        <translation>&amp;Widerrufen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disconnect: revoke at the provider, delete the tokens, tell the application (Delete)</source>
        <translation>Trennen: beim Anbieter widerrufen, die Tokens löschen, die Anwendung benachrichtigen (Entf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy IDs</source>
        <translation>IDs &amp;kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the connection, user and reference ids</source>
        <translation>Verbindungs-, Nutzer- und Referenz-ID kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save a redacted support bundle of this connection</source>
        <translation>Ein geschwärztes Support-Paket dieser Verbindung speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export &amp;bundle…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&lt;b&gt;Scopes&lt;/b&gt; — requested against granted</source>
        <translation>&lt;b&gt;Scopes&lt;/b&gt; — angefordert im Vergleich zu gewährt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt;b&gt;History&lt;/b&gt; — select an event to see its HTTP exchanges</source>
        <translation>&lt;b&gt;Verlauf&lt;/b&gt; — wählen Sie ein Ereignis aus, um seinen HTTP-Austausch zu sehen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+20"/>
        <location line="+7"/>
        <source>none</source>
        <translation>nicht vorhanden</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>none: the tokens are deleted</source>
        <translation>keins: Die Tokens sind gelöscht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>held; the provider gave no expiry</source>
        <translation>vorhanden; der Anbieter hat keinen Ablauf angegeben</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>present</source>
        <translation>vorhanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none: the user must connect again when the access token expires</source>
        <translation>keins: Der Nutzer muss sich erneut verbinden, wenn das Access-Token abläuft</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>✗ %1 (not granted)</source>
        <translation>✗ %1 (nicht gewährt)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Requested but not granted by the user or the provider</source>
        <translation>Angefordert, aber vom Nutzer oder vom Anbieter nicht gewährt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requested and granted</source>
        <translation>Angefordert und gewährt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>+ %1 (granted, not requested)</source>
        <translation>+ %1 (gewährt, nicht angefordert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Granted without being requested</source>
        <translation>Gewährt, ohne angefordert worden zu sein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No scopes were requested or granted.</source>
        <translation>Es wurden keine Scopes angefordert oder gewährt.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Nothing has been recorded for this connection yet.</source>
        <translation>Für diese Verbindung wurde noch nichts aufgezeichnet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select an event to see its HTTP exchanges.</source>
        <translation>Wählen Sie ein Ereignis aus, um seinen HTTP-Austausch zu sehen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No HTTP exchange was recorded with this event.</source>
        <translation>Zu diesem Ereignis wurde kein HTTP-Austausch aufgezeichnet.</translation>
    </message>
</context>
<context>
    <name>ConnectionEventText</name>
    <message numerus="yes">
        <location filename="../ui/connections/ConnectionEventText.cpp" line="+21"/>
        <source>(%n byte(s) of binary data)</source>
        <translation>
            <numerusform>(%n Byte Binärdaten)</numerusform>
            <numerusform>(%n Bytes Binärdaten)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Authorized</source>
        <translation>Autorisiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authorization failed</source>
        <translation>Autorisierung fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authorization started</source>
        <translation>Autorisierung gestartet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Token refreshed</source>
        <translation>Token aktualisiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh failed</source>
        <translation>Aktualisierung fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test API call</source>
        <translation>Test-API-Aufruf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1, attempt %2</source>
        <translation>%1, Versuch %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+12"/>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+12"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>also at the provider</source>
        <translation>auch beim Anbieter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>here only</source>
        <translation>nur hier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>refresh token rotated</source>
        <translation>Refresh-Token rotiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refresh token kept</source>
        <translation>Refresh-Token beibehalten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>→ no answer: %1</source>
        <translation>→ keine Antwort: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>→ HTTP %1 %2 (%n ms)</source>
        <translation>
            <numerusform>→ HTTP %1 %2 (in %n ms)</numerusform>
            <numerusform>→ HTTP %1 %2 (in %n ms)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionGenerator</name>
    <message>
        <location filename="../src/store/ConnectionGenerator.cpp" line="+158"/>
        <source>There is no application with a source to make connections for.</source>
        <translation>Es gibt keine Anwendung mit einer Quelle, für die Verbindungen angelegt werden können.</translation>
    </message>
</context>
<context>
    <name>ConnectionRecorder</name>
    <message>
        <location filename="../src/connect/ConnectionRecorder.cpp" line="+27"/>
        <source>There is no token sealing key.</source>
        <translation>Es gibt keinen Token-Versiegelungsschlüssel.</translation>
    </message>
</context>
<context>
    <name>ConnectionRefresher</name>
    <message>
        <location filename="../src/connect/ConnectionRefresher.cpp" line="+120"/>
        <source>There is no token sealing key.</source>
        <translation>Es gibt keinen Token-Versiegelungsschlüssel.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Refreshed: a new access token, and the refresh token was rotated.</source>
        <translation>Aktualisiert: ein neues Access-Token, und das Refresh-Token wurde rotiert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refreshed: a new access token.</source>
        <translation>Aktualisiert: ein neues Access-Token.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The source &quot;%1&quot; no longer exists.</source>
        <translation>Die Quelle „%1“ existiert nicht mehr.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only OAuth 2.0 connections can be refreshed.</source>
        <translation>Nur OAuth-2.0-Verbindungen können aktualisiert werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The connection has no refresh token; the user has to connect again.</source>
        <translation>Die Verbindung hat kein Refresh-Token; der Nutzer muss sich erneut verbinden.</translation>
    </message>
</context>
<context>
    <name>ConnectionRepository</name>
    <message>
        <location filename="../src/store/ConnectionRepository.cpp" line="+191"/>
        <location line="+240"/>
        <source>A connection needs an application, a source and a user.</source>
        <translation>Eine Verbindung braucht eine Anwendung, eine Quelle und einen Nutzer.</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>The connection no longer exists.</source>
        <translation>Die Verbindung existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>ConnectionRevoker</name>
    <message>
        <location filename="../src/connect/ConnectionRevoker.cpp" line="+98"/>
        <source>The source no longer exists.</source>
        <translation>Die Quelle existiert nicht mehr.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only OAuth 2.0 tokens are revoked at the provider.</source>
        <translation>Nur OAuth-2.0-Tokens werden beim Anbieter widerrufen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The source has no revoke URL.</source>
        <translation>Die Quelle hat keine Revoke-URL.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There was no token to revoke.</source>
        <translation>Es gab kein Token zum Widerrufen.</translation>
    </message>
</context>
<context>
    <name>ConnectionSecrets</name>
    <message>
        <location filename="../src/connect/ConnectionSecrets.cpp" line="+16"/>
        <source>The connection holds no token.</source>
        <translation>Die Verbindung enthält kein Token.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The connection&apos;s tokens cannot be opened: %1</source>
        <translation>Die Tokens der Verbindung können nicht geöffnet werden: %1</translation>
    </message>
</context>
<context>
    <name>ConnectionStatusText</name>
    <message>
        <location filename="../ui/connections/ConnectionStatusText.cpp" line="+13"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs re-authorization</source>
        <translation>Neuautorisierung nötig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>ConnectionsApi</name>
    <message>
        <location filename="../src/connect/ConnectionsApi.cpp" line="+23"/>
        <source>The access token is invalid or has expired.</source>
        <translation>Das Access-Token ist ungültig oder abgelaufen.</translation>
    </message>
</context>
<context>
    <name>ConnectionsCommand</name>
    <message>
        <location filename="../src/cli/ConnectionsCommand.cpp" line="+57"/>
        <source>Usage: linkdeck connections generate --count N [--application NAME]
       linkdeck connections list [--search PREFIX] [--status S] [--application NAME] [--source KEY] [--limit N] [--json]</source>
        <translation>Aufruf: linkdeck connections generate --count N [--application NAME]
        linkdeck connections list [--search PRÄFIX] [--status S] [--application NAME] [--source KENNUNG] [--limit N] [--json]</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>--count needs a whole number from 1 to %1, not &quot;%2&quot;.</source>
        <translation>--count braucht eine ganze Zahl von 1 bis %1, nicht „%2“.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The workspace has no enabled source to make connections to.</source>
        <translation>Der Arbeitsbereich hat keine aktivierte Quelle, zu der Verbindungen angelegt werden können.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Created the application &quot;%1&quot; (client ID %2, no secret).</source>
        <translation>Die Anwendung „%1“ wurde angelegt (Client-ID %2, kein Secret).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 of %2 connections written…</source>
        <translation>%1 von %2 Verbindungen geschrieben…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No connections were added: %1</source>
        <translation>Es wurden keine Verbindungen hinzugefügt: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Added %1 connections for %2 in %3 s.</source>
        <translation>%1 Verbindungen für %2 in %3 s hinzugefügt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There is no status &quot;%1&quot;; use active, expired, needs_reauth, revoked or error.</source>
        <translation>Es gibt keinen Status „%1“; verwenden Sie active, expired, needs_reauth, revoked oder error.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>There is no application &quot;%1&quot;; see &quot;linkdeck apps list&quot;.</source>
        <translation>Es gibt keine Anwendung „%1“; siehe „linkdeck apps list“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no source &quot;%1&quot;; see &quot;linkdeck sources list&quot;.</source>
        <translation>Es gibt keine Quelle „%1“; siehe „linkdeck sources list“.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--limit needs a whole number from 1 to %1, not &quot;%2&quot;.</source>
        <translation>--limit braucht eine ganze Zahl von 1 bis %1, nicht „%2“.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No connections match.</source>
        <translation>Keine passenden Verbindungen.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 of %2 matching connections, newest first.</source>
        <translation>%1 von %2 passenden Verbindungen, neueste zuerst.</translation>
    </message>
</context>
<context>
    <name>ConnectionsController</name>
    <message>
        <location filename="../ui/connections/ConnectionsController.cpp" line="+31"/>
        <source>The token sealing key is being loaded…</source>
        <translation>Der Token-Versiegelungsschlüssel wird geladen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The connections&apos; tokens cannot be opened: %1</source>
        <translation>Die Tokens der Verbindungen können nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>application %1</source>
        <translation>Anwendung %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Another action is still running.</source>
        <translation>Eine andere Aktion läuft noch.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+143"/>
        <source>The connection no longer exists.</source>
        <translation>Die Verbindung existiert nicht mehr.</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>The connection&apos;s application no longer exists.</source>
        <translation>Die Anwendung der Verbindung existiert nicht mehr.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Not revoked: %1</source>
        <translation>Nicht widerrufen: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revoked at the provider and here; the tokens are deleted and the application is told (deauth).</source>
        <translation>Beim Anbieter und hier widerrufen; die Tokens sind gelöscht und die Anwendung ist benachrichtigt (deauth).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revoked here; the tokens are deleted and the application is told (deauth). The provider was not asked: %1</source>
        <translation>Hier widerrufen; die Tokens sind gelöscht und die Anwendung ist benachrichtigt (deauth). Beim Anbieter wurde nicht widerrufen: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Connection: %1</source>
        <translation>Verbindung: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User: %1</source>
        <translation>Nutzer: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reference: %1</source>
        <translation>Referenz: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application: %1</source>
        <translation>Anwendung: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
</context>
<context>
    <name>ConnectionsPage</name>
    <message>
        <location filename="../ui/connections/ConnectionsPage.cpp" line="+47"/>
        <source>Search by user id, reference id or source (Ctrl+F)</source>
        <translation>Nach Nutzer-ID, Referenz-ID oder Quelle suchen (Strg+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search connections</source>
        <translation>Verbindungen durchsuchen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status filter</source>
        <translation>Filter nach Status</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Application filter</source>
        <translation>Filter nach Anwendung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Source filter</source>
        <translation>Filter nach Quelle</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Cannot list the connections: %1</source>
        <translation>Die Verbindungen können nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Refreshing the token…</source>
        <translation>Das Token wird aktualisiert…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Calling the test API…</source>
        <translation>Die Test-API wird aufgerufen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The ids are on the clipboard.</source>
        <translation>Die IDs sind in der Zwischenablage.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All applications</source>
        <translation>Alle Anwendungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All sources</source>
        <translation>Alle Quellen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>counting…</source>
        <translation>wird gezählt…</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln connection(s)</source>
        <translation>
            <numerusform>%Ln Verbindung</numerusform>
            <numerusform>%Ln Verbindungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln matching</source>
        <translation>
            <numerusform>%Ln Treffer</numerusform>
            <numerusform>%Ln Treffer</numerusform>
        </translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Revoke connection</source>
        <translation>Verbindung widerrufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disconnect %1 from %2?</source>
        <translation>%1 von %2 trennen?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The token is revoked at the provider where it can be, the tokens are deleted, and the application receives a deauth webhook. The user has to connect again. This is logged under your name (%1).</source>
        <translation>Das Token wird beim Anbieter widerrufen, soweit das möglich ist, die Tokens werden gelöscht, und die Anwendung erhält einen deauth-Webhook. Der Nutzer muss sich erneut verbinden. Dies wird unter Ihrem Namen (%1) protokolliert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Revoking…</source>
        <translation>Wird widerrufen…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export support bundle</source>
        <translation>Support-Paket exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linkdeck support bundle (*%1)</source>
        <translation>Linkdeck-Support-Paket (*%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved a redacted support bundle to %1.</source>
        <translation>Ein geschwärztes Support-Paket wurde unter %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>ConnectionsTableModel</name>
    <message>
        <location filename="../ui/connections/ConnectionsTableModel.cpp" line="+229"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no token</source>
        <translation>kein Token</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>User ID</source>
        <translation>Nutzer-ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reference ID</source>
        <translation>Referenz-ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last refreshed</source>
        <translation>Zuletzt aktualisiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Token expiry</source>
        <translation>Token-Ablauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
</context>
<context>
    <name>ConsoleConnectService</name>
    <message>
        <location filename="../src/connect/ConsoleConnectService.cpp" line="+68"/>
        <source>The connect service port &quot;%1&quot; (%2 in %3) is not a port number; use 0 for any free port.</source>
        <translation>Der Port „%1“ des Connect-Dienstes (%2 in %3) ist keine Portnummer; verwenden Sie 0 für einen beliebigen freien Port.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 Set another port (0: any free one) as %2 in %3.</source>
        <translation>%1 Legen Sie einen anderen Port (0: einen beliebigen freien) als %2 in %3 fest.</translation>
    </message>
</context>
<context>
    <name>ConsoleMain</name>
    <message>
        <location filename="../ui/main/ConsoleMain.cpp" line="-92"/>
        <source>Unknown page &quot;%1&quot;; use one of: %2.</source>
        <translation>Unbekannte Seite „%1“; verwenden Sie eine von: %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The page &quot;%1&quot; has no &quot;%2&quot;.</source>
        <translation>Die Seite „%1“ hat kein „%2“.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The page was not ready after %1 seconds; the screenshot may be incomplete.</source>
        <translation>Die Seite war nach %1 Sekunden nicht bereit; der Screenshot ist möglicherweise unvollständig.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>CredentialLinker</name>
    <message>
        <location filename="../src/connect/CredentialLinker.cpp" line="+68"/>
        <source>The service stopped.</source>
        <translation>Der Dienst wurde beendet.</translation>
    </message>
</context>
<context>
    <name>CredentialTestRun</name>
    <message>
        <location filename="../src/qa/CredentialTestRun.cpp" line="+73"/>
        <source>The connect service answered HTTP %1.</source>
        <translation>Der Connect-Dienst antwortete mit HTTP %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connect service answered HTTP %1 %2: %3</source>
        <translation>Der Connect-Dienst antwortete mit HTTP %1 %2: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the application&apos;s client ID and secret (a rotated secret is shown once, when rotated).</source>
        <translation>Prüfen Sie Client-ID und Client-Secret der Anwendung (ein rotiertes Secret wird nur einmal angezeigt, beim Rotieren).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The source&apos;s login endpoint refused the e-mail address: use an address it knows.</source>
        <translation>Der Login-Endpunkt der Quelle hat die E-Mail-Adresse abgelehnt: Verwenden Sie eine Adresse, die er kennt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The source&apos;s login endpoint refused the username or password: check the test account.</source>
        <translation>Der Login-Endpunkt der Quelle hat Benutzername oder Passwort abgelehnt: Prüfen Sie das Testkonto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The service could not reach the source&apos;s login endpoint or got an unexpected answer: check the source&apos;s auth URL (https, or loopback) and that the provider is up.</source>
        <translation>Der Dienst konnte den Login-Endpunkt der Quelle nicht erreichen oder erhielt eine unerwartete Antwort: Prüfen Sie die Auth-URL der Quelle (https oder Loopback) und ob der Anbieter erreichbar ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enable the source, let the application use it, and check that its auth type is %1.</source>
        <translation>Aktivieren Sie die Quelle, erlauben Sie sie der Anwendung, und prüfen Sie, ob ihr Auth-Typ %1 ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The link token was refused: it expired or belongs to another service.</source>
        <translation>Das Link-Token wurde abgelehnt: Es ist abgelaufen oder gehört zu einem anderen Dienst.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the connect service&apos;s URL: it has no such endpoint.</source>
        <translation>Prüfen Sie die URL des Connect-Dienstes: Er hat keinen solchen Endpunkt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the answer in the timeline.</source>
        <translation>Lesen Sie die Antwort in der Zeitleiste.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix: %1</source>
        <translation>Abhilfe: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not a password or e-mail source.</source>
        <translation>„%1“ ist keine Passwort- oder E-Mail-Quelle.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test OAuth sources with an OAuth test run.</source>
        <translation>Testen Sie OAuth-Quellen mit einem OAuth-Testlauf.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>POST /v1/link/token answered HTTP %1.</source>
        <translation>POST /v1/link/token antwortete mit HTTP %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Link token issued for the user %1.</source>
        <translation>Link-Token für den Nutzer %1 ausgestellt.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>POST %1 answered HTTP %2.</source>
        <translation>POST %1 antwortete mit HTTP %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The source&apos;s login endpoint accepted the credentials.</source>
        <translation>Der Login-Endpunkt der Quelle hat die Zugangsdaten akzeptiert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linked without a check: the source has no login endpoint (auth URL).</source>
        <translation>Ohne Prüfung verknüpft: Die Quelle hat keinen Login-Endpunkt (Auth-URL).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>GET /v1/connections answered HTTP %1.</source>
        <translation>GET /v1/connections antwortete mit HTTP %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The connection is listed for another source.</source>
        <translation>Die Verbindung ist unter einer anderen Quelle aufgeführt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report this to Linkdeck&apos;s developers: the service stored the wrong source.</source>
        <translation>Melden Sie dies den Linkdeck-Entwicklern: Der Dienst hat die falsche Quelle gespeichert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connection %1 of %2 is listed with the status %3.</source>
        <translation>Die Verbindung %1 von %2 ist mit dem Status %3 aufgeführt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The new connection is not among the user&apos;s connections.</source>
        <translation>Die neue Verbindung ist nicht unter den Verbindungen des Nutzers.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The service answered that it linked the source but does not list the connection: check that the service and the console use the same workspace.</source>
        <translation>Der Dienst meldete, die Quelle verknüpft zu haben, führt die Verbindung aber nicht auf: Prüfen Sie, ob Dienst und Konsole denselben Arbeitsbereich verwenden.</translation>
    </message>
</context>
<context>
    <name>CredentialVerifier</name>
    <message>
        <location filename="../src/connect/CredentialVerifier.cpp" line="+46"/>
        <source>The provider&apos;s login endpoint %1 is not an https URL; credentials are not sent there.</source>
        <translation>Der Login-Endpunkt %1 des Anbieters ist keine https-URL; Zugangsdaten werden nicht dorthin gesendet.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The provider did not accept these credentials.</source>
        <translation>Der Anbieter hat diese Zugangsdaten nicht akzeptiert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The provider&apos;s login endpoint did not answer: %1</source>
        <translation>Der Login-Endpunkt des Anbieters hat nicht geantwortet: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The provider&apos;s login endpoint answered with HTTP status %1.</source>
        <translation>Der Login-Endpunkt des Anbieters hat mit HTTP-Status %1 geantwortet.</translation>
    </message>
</context>
<context>
    <name>DirectConnectApi</name>
    <message>
        <location filename="../src/connect/DirectConnectApi.cpp" line="+62"/>
        <source>&quot;dataSource&quot; is required.</source>
        <translation>„dataSource“ ist erforderlich.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This link token is not for the provider &quot;%1&quot;.</source>
        <translation>Dieses Link-Token gilt nicht für den Anbieter „%1“.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;%1&quot; does not connect through an authorization page; use the connect widget.</source>
        <translation>„%1“ wird nicht über eine Autorisierungsseite verbunden; verwenden Sie das Connect-Widget.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The data source is connected. You can close this window.</source>
        <translation>Die Datenquelle ist verbunden. Sie können dieses Fenster schließen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The data source is not connected. You can close this window.</source>
        <translation>Die Datenquelle ist nicht verbunden. Sie können dieses Fenster schließen.</translation>
    </message>
</context>
<context>
    <name>DiscoveryFetcher</name>
    <message>
        <location filename="../src/catalog/DiscoveryFetcher.cpp" line="+49"/>
        <source>&quot;%1&quot; is not an http(s) URL.</source>
        <translation>„%1“ ist keine http(s)-URL.</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>%1: the answer is larger than 1 MiB.</source>
        <translation>%1: Die Antwort ist größer als 1 MiB.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: no answer within %2 seconds.</source>
        <translation>%1: keine Antwort innerhalb von %2 Sekunden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the TLS connection failed: %2</source>
        <translation>%1: Die TLS-Verbindung ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: too many redirects.</source>
        <translation>%1: zu viele Weiterleitungen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: redirected to %2, which is not followed (another origin).</source>
        <translation>%1: Weiterleitung auf %2 wird nicht gefolgt (anderer Origin).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: HTTP %2 %3</source>
        <translation>%1: HTTP %2 %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No discovery document was found:
%1</source>
        <translation>Es wurde kein Discovery-Dokument gefunden:
%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>DiscoveryImporter</name>
    <message>
        <location filename="../src/catalog/DiscoveryImporter.cpp" line="+60"/>
        <source>The discovery document is not valid JSON: %1 at offset %2.</source>
        <translation>Das Discovery-Dokument ist kein gültiges JSON: %1 an Position %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The discovery document is not a JSON object.</source>
        <translation>Das Discovery-Dokument ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The discovery document has no &quot;%1&quot;.</source>
        <translation>Das Discovery-Dokument enthält kein &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The discovery document&apos;s &quot;%1&quot; is not an absolute http(s) URL.</source>
        <translation>&quot;%1&quot; im Discovery-Dokument ist keine absolute http(s)-URL.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&quot;%1&quot; is not a valid source key.</source>
        <translation>„%1“ ist keine gültige Quellkennung.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Imported from the discovery document of %1.</source>
        <translation>Aus dem Discovery-Dokument von %1 importiert.</translation>
    </message>
</context>
<context>
    <name>FlowCompletion</name>
    <message>
        <location filename="../src/connect/FlowCompletion.cpp" line="+90"/>
        <source>The connection could not be stored.</source>
        <translation>Die Verbindung konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your %1 account is now connected to %2. You can close this window.</source>
        <translation>Ihr Konto bei %1 ist jetzt mit %2 verbunden. Sie können dieses Fenster schließen.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your %1 account could not be connected: %2</source>
        <translation>Ihr Konto bei %1 konnte nicht verbunden werden: %2</translation>
    </message>
</context>
<context>
    <name>ImportPlan</name>
    <message>
        <location filename="../src/catalog/ImportPlan.cpp" line="+81"/>
        <source>%1 to add, %2 to change, %3 unchanged</source>
        <translation>%1 neu, %2 zu ändern, %3 unverändert</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../ui/sources/ImportPreviewDialog.cpp" line="+18"/>
        <source>Import sources</source>
        <translation>Quellen importieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;%1&lt;/b&gt; from %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; aus %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What happens</source>
        <translation>Was passiert</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>To add (%1)</source>
        <translation>Neu (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>new, key %1</source>
        <translation>neu, Kennung %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To change (%1)</source>
        <translation>Zu ändern (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Left alone (%1)</source>
        <translation>Unverändert (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>same as in the workspace</source>
        <translation>wie im Arbeitsbereich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped (%1)</source>
        <translation>Übersprungen (%1)</translation>
    </message>
</context>
<context>
    <name>IntegrationSource</name>
    <message>
        <location filename="../src/catalog/IntegrationSource.cpp" line="+96"/>
        <source>OAuth 2.0</source>
        <translation>OAuth 2.0</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OAuth 1.0a</source>
        <translation>OAuth 1.0a</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On-device SDK</source>
        <translation>SDK auf dem Gerät</translation>
    </message>
</context>
<context>
    <name>JUnitWriter</name>
    <message>
        <location filename="../src/qa/JUnitWriter.cpp" line="+145"/>
        <source>Not run.</source>
        <translation>Nicht ausgeführt.</translation>
    </message>
</context>
<context>
    <name>JsonFields</name>
    <message>
        <location filename="../src/connect/JsonFields.cpp" line="+14"/>
        <source>&quot;%1&quot; must be a string.</source>
        <translation>„%1“ muss eine Zeichenkette sein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is longer than %2 characters.</source>
        <translation>„%1“ ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+10"/>
        <source>&quot;%1&quot; must be an array of strings.</source>
        <translation>„%1“ muss ein Array von Zeichenketten sein.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>&quot;%1&quot; has more than %2 entries.</source>
        <translation>„%1“ hat mehr als %2 Einträge.</translation>
    </message>
</context>
<context>
    <name>LinkApi</name>
    <message>
        <location filename="../src/connect/LinkApi.cpp" line="+68"/>
        <source>&quot;user_id&quot; is required.</source>
        <translation>„user_id“ ist erforderlich.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;user_id&quot; must be 1 to 128 letters, digits or the characters . _ : @ + -</source>
        <translation>„user_id“ muss 1 bis 128 Zeichen lang sein; erlaubt sind Buchstaben, Ziffern und die Zeichen . _ : @ + -</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>This link token is not for the provider &quot;%1&quot;.</source>
        <translation>Dieses Link-Token gilt nicht für den Anbieter „%1“.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; connects through its app&apos;s SDK, not through this service.</source>
        <translation>„%1“ wird über das SDK seiner App verbunden, nicht über diesen Dienst.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is linked at /v1/link/provider/%2/%1.</source>
        <translation>„%1“ wird unter /v1/link/provider/%2/%1 verknüpft.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&quot;username&quot; and &quot;password&quot; are required.</source>
        <translation>„username“ und „password“ sind erforderlich.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;email&quot; is required.</source>
        <translation>„email“ ist erforderlich.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;email&quot; is not an e-mail address.</source>
        <translation>„email“ ist keine E-Mail-Adresse.</translation>
    </message>
</context>
<context>
    <name>LoginScript</name>
    <message>
        <location filename="../src/qa/LoginScript.cpp" line="+45"/>
        <source>The login script is not valid JSON (at character %1: %2).</source>
        <translation>Das Login-Skript ist kein gültiges JSON (bei Zeichen %1: %2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The login script must be an object with a non-empty &quot;steps&quot; list.</source>
        <translation>Das Login-Skript muss ein Objekt mit einer nicht leeren Liste „steps“ sein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The login script has an unknown key &quot;%1&quot;.</source>
        <translation>Das Login-Skript hat einen unbekannten Schlüssel „%1“.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step %1 (&quot;%2&quot;)</source>
        <translation>Schritt %1 („%2“)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 must be an object.</source>
        <translation>%1 muss ein Objekt sein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+27"/>
        <source>%1 has an unknown key &quot;%2&quot;.</source>
        <translation>%1 hat einen unbekannten Schlüssel „%2“.</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>%1 needs a &quot;url&quot; pattern, such as &quot;*/login*&quot;.</source>
        <translation>%1 braucht ein „url“-Muster, etwa „*/login*“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: &quot;waitFor&quot; must be a CSS selector.</source>
        <translation>%1: „waitFor“ muss ein CSS-Selektor sein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 needs a non-empty &quot;actions&quot; list.</source>
        <translation>%1 braucht eine nicht leere Liste „actions“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, action %2</source>
        <translation>%1, Aktion %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 must have exactly one of &quot;fill&quot;, &quot;click&quot; or &quot;submit&quot;.</source>
        <translation>%1 muss genau eines von „fill“, „click“ oder „submit“ haben.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 needs a CSS selector.</source>
        <translation>%1 braucht einen CSS-Selektor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 fills a field: it needs a &quot;value&quot; (text, may use ${NAME}).</source>
        <translation>%1 füllt ein Feld aus: Es braucht einen „value“ (Text, darf ${NAME} verwenden).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: only &quot;fill&quot; takes a &quot;value&quot;.</source>
        <translation>%1: Nur „fill“ nimmt einen „value“.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot read the login script %1: %2</source>
        <translation>Das Login-Skript %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The login script uses ${%1}, which is not set in the environment.</source>
        <translation>Das Login-Skript verwendet ${%1}, das in der Umgebung nicht gesetzt ist.</translation>
    </message>
</context>
<context>
    <name>LoginScriptPlayer</name>
    <message>
        <location filename="../ui/web/LoginScriptPlayer.cpp" line="+48"/>
        <source>step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>The login script&apos;s %1 found no element matching %2 on the page.</source>
        <translation>Login-Skript, %1: Auf der Seite passt kein Element auf %2.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="+36"/>
        <source>Linkdeck — %1</source>
        <translation>Linkdeck — %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Applications</source>
        <translation>Anwendungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Tests</source>
        <translation>Tests</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Preview the end-user connect widget in an embedded browser and run its flows against the local connect service.</source>
        <translation>Das Connect-Widget für Endnutzer in einem eingebetteten Browser ansehen und seine Abläufe gegen den lokalen Connect-Dienst ausführen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Run end-to-end OAuth test connections with every hop recorded and every failure explained.</source>
        <translation>OAuth-Testverbindungen Ende-zu-Ende ausführen; jede Station wird aufgezeichnet und jeder Fehler erklärt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit log</source>
        <translation>Audit-Log</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Workspace: %1</source>
        <translation>Arbeitsbereich: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 (soon)</source>
        <translation>%1 (bald)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not available yet</source>
        <translation>Noch nicht verfügbar</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import Sources…</source>
        <translation>Quellen &amp;importieren…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import from &amp;Discovery URL…</source>
        <translation>Aus &amp;Discovery-URL importieren…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Export Sources…</source>
        <translation>Quellen &amp;exportieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+5"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig:</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen:</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederherstellen: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Linkdeck</source>
        <translation>Ü&amp;ber Linkdeck</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About Linkdeck</source>
        <translation>Über Linkdeck</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Linkdeck %1&lt;/h3&gt;&lt;p&gt;A developer console for wearable and health data integrations: define sources, preview the connect widget, test OAuth flows and inspect connections.&lt;/p&gt;&lt;p&gt;Workspace: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Linkdeck %1&lt;/h3&gt;&lt;p&gt;Eine Entwicklerkonsole für Integrationen von Wearable- und Gesundheitsdaten: Quellen definieren, das Connect-Widget in der Vorschau ansehen, OAuth-Abläufe testen und Verbindungen untersuchen.&lt;/p&gt;&lt;p&gt;Arbeitsbereich: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Keyring: checking…</source>
        <translation>Schlüsselbund: wird geprüft…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keyring: available</source>
        <translation>Schlüsselbund: verfügbar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keyring: unavailable</source>
        <translation>Schlüsselbund: nicht verfügbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;No keyring is available, so secrets cannot be stored.&lt;/b&gt; Start a Secret Service (GNOME Keyring or KWallet) and restart Linkdeck. Headless runs can take secrets from LINKDECK_SECRET_… environment variables.</source>
        <translation>&lt;b&gt;Kein Schlüsselbund verfügbar, daher können keine Secrets gespeichert werden.&lt;/b&gt; Starten Sie einen Secret Service (GNOME Keyring oder KWallet) und starten Sie Linkdeck neu. Headless-Läufe können Secrets aus den Umgebungsvariablen LINKDECK_SECRET_… übernehmen.</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <location filename="../src/store/Migrations.cpp" line="+335"/>
        <source>Could not upgrade the workspace to schema %1: %2</source>
        <translation>Der Arbeitsbereich konnte nicht auf Schema %1 aktualisiert werden: %2</translation>
    </message>
</context>
<context>
    <name>ModuleLibrary</name>
    <message>
        <location filename="../ui/common/ModuleLibrary.cpp" line="+49"/>
        <source>%1 lacks %2.</source>
        <translation>%1 enthält %2 nicht.</translation>
    </message>
</context>
<context>
    <name>NangoImporter</name>
    <message>
        <location filename="../src/catalog/NangoImporter.cpp" line="+54"/>
        <source>The YAML parser could not be started.</source>
        <translation>Der YAML-Parser konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The file is not valid YAML: %1 (line %2).</source>
        <translation>Die Datei ist kein gültiges YAML: %1 (Zeile %2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file holds more than one YAML document (line %1).</source>
        <translation>Die Datei enthält mehr als ein YAML-Dokument (Zeile %1).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The YAML is nested deeper than %1 levels (line %2).</source>
        <translation>Das YAML ist tiefer als %1 Ebenen verschachtelt (Zeile %2).</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>YAML anchors and aliases are not accepted (line %1).</source>
        <translation>YAML-Anker und -Aliase werden nicht akzeptiert (Zeile %1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The YAML has more than %1 nodes (line %2).</source>
        <translation>Das YAML hat mehr als %1 Knoten (Zeile %2).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A YAML map key is not a plain value (line %1).</source>
        <translation>Ein Schlüssel einer YAML-Map ist kein einfacher Wert (Zeile %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key &quot;%1&quot; appears twice in the same map (line %2).</source>
        <translation>Der Schlüssel „%1“ kommt in derselben Map zweimal vor (Zeile %2).</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 is not a single value</source>
        <translation>%1 ist kein einzelner Wert</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is not a map</source>
        <translation>%1 ist keine Map</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1.%2 is not a single value</source>
        <translation>%1.%2 ist kein einzelner Wert</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>default_scopes is not a list</source>
        <translation>default_scopes ist keine Liste</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>default_scopes is not a list of values</source>
        <translation>default_scopes ist keine Liste von Werten</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>URL needs connection settings (%1)</source>
        <translation>URL braucht Verbindungseinstellungen (%1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no %1</source>
        <translation>%1 fehlt</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>alias of %1</source>
        <translation>Alias von %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no auth_mode</source>
        <translation>auth_mode fehlt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>auth mode OAUTH2_CC (client credentials) has no user authorization</source>
        <translation>Auth-Modus OAUTH2_CC (Client Credentials) hat keine Nutzerautorisierung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>auth mode %1 is not OAuth</source>
        <translation>Auth-Modus %1 ist kein OAuth</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>signature method %1 is not supported</source>
        <translation>Signaturmethode %1 wird nicht unterstützt</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>The file is larger than 16 MiB.</source>
        <translation>Die Datei ist größer als 16 MiB.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This is not a Nango providers file: the top level is not a map of providers (line %1).</source>
        <translation>Dies ist keine Nango-Provider-Datei: Die oberste Ebene ist keine Map von Providern (Zeile %1).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: not a valid key</source>
        <translation>%1: keine gültige Kennung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: not a map</source>
        <translation>%1: keine Map</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: same key as another provider (%2)</source>
        <translation>%1: gleiche Kennung wie ein anderer Provider (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>OAuth1Client</name>
    <message>
        <location filename="../src/auth/OAuth1Client.cpp" line="+23"/>
        <source>The provider refused the signature (HTTP 401): check the consumer key and secret, the token, and the signature method it expects.</source>
        <translation>Der Anbieter hat die Signatur abgelehnt (HTTP 401): Prüfen Sie Consumer-Key und Consumer-Secret, das Token und die Signaturmethode, die er erwartet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The provider answered HTTP %1.</source>
        <translation>Der Anbieter hat mit HTTP %1 geantwortet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No answer from the provider: %1</source>
        <translation>Keine Antwort vom Anbieter: %1</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>The token response has no oauth_token.</source>
        <translation>Die Token-Antwort enthält kein oauth_token.</translation>
    </message>
</context>
<context>
    <name>OAuth1TestRun</name>
    <message>
        <location filename="../src/qa/OAuth1TestRun.cpp" line="+71"/>
        <source>The source has no request token URL or access token URL.</source>
        <translation>Der Quelle fehlt die Request-Token-URL oder die Access-Token-URL.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complete the source&apos;s OAuth 1.0a URLs.</source>
        <translation>Vervollständigen Sie die OAuth-1.0a-URLs der Quelle.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The request token endpoint refused (HTTP %1).</source>
        <translation>Der Request-Token-Endpunkt hat abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Request token issued (%1); callback confirmed.</source>
        <translation>Request-Token ausgestellt (%1); Callback bestätigt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request token issued (%1); the provider did not confirm the callback (oauth_callback_confirmed).</source>
        <translation>Request-Token ausgestellt (%1); der Anbieter hat den Callback nicht bestätigt (oauth_callback_confirmed).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No browser to show the authorization page.</source>
        <translation>Kein Browser, um die Autorisierungsseite anzuzeigen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The access token endpoint refused (HTTP %1).</source>
        <translation>Der Access-Token-Endpunkt hat abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Access token issued (%1).</source>
        <translation>Access-Token ausgestellt (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The source has no test API path.</source>
        <translation>Die Quelle hat keinen Test-API-Pfad.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>GET %1 answered HTTP %2.</source>
        <translation>GET %1 antwortete mit HTTP %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signed GET %1 answered HTTP %2%3.</source>
        <translation>GET %1 (signiert) antwortete mit HTTP %2%3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> with JSON</source>
        <translation> und JSON</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The provider redirected back without a verifier.</source>
        <translation>Der Anbieter hat ohne Verifier zurückgeleitet.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The callback&apos;s oauth_token is not the request token.</source>
        <translation>Das oauth_token des Callbacks ist nicht das Request-Token.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Verifier received for the request token.</source>
        <translation>Verifier für das Request-Token erhalten.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The provider showed an error page (HTTP %1) at %2 instead of redirecting back.</source>
        <translation>Der Anbieter hat unter %2 eine Fehlerseite (HTTP %1) angezeigt, statt zurückzuleiten.</translation>
    </message>
</context>
<context>
    <name>OAuth2TestRun</name>
    <message>
        <location filename="../src/qa/OAuth2TestRun.cpp" line="+84"/>
        <source>Complete the source&apos;s authorization fields.</source>
        <translation>Vervollständigen Sie die Autorisierungsfelder der Quelle.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+217"/>
        <source>No browser to show the authorization page.</source>
        <translation>Kein Browser, um die Autorisierungsseite anzuzeigen.</translation>
    </message>
    <message>
        <location line="-195"/>
        <source>The provider redirected back without a usable code.</source>
        <translation>Der Anbieter hat ohne verwendbaren Code zurückgeleitet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Code received in the URL fragment; state checked.</source>
        <translation>Code im URL-Fragment empfangen; state geprüft.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code received; state checked.</source>
        <translation>Code empfangen; state geprüft.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The provider showed an error page (HTTP %1) at %2 instead of redirecting back.</source>
        <translation>Der Anbieter hat unter %2 eine Fehlerseite (HTTP %1) angezeigt, statt zurückzuleiten.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The token endpoint refused the code (HTTP %1).</source>
        <translation>Der Token-Endpunkt hat den Code abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Access token issued</source>
        <translation>Access-Token ausgestellt</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, valid for %n second(s)</source>
        <translation>
            <numerusform>, %n Sekunde gültig</numerusform>
            <numerusform>, %n Sekunden gültig</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; no refresh token.</source>
        <translation>; kein Refresh-Token.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>; refresh token issued.</source>
        <translation>; Refresh-Token ausgestellt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Granted scopes: %1.</source>
        <translation>Gewährte Scopes: %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The token endpoint refused the client (HTTP %1).</source>
        <translation>Der Token-Endpunkt hat den Client abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The source has no test API path.</source>
        <translation>Die Quelle hat keinen Test-API-Pfad.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>GET %1 answered HTTP %2%3.</source>
        <translation>GET %1 antwortete mit HTTP %2%3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> with JSON</source>
        <translation> und JSON</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <source>GET %1 answered HTTP %2.</source>
        <translation>GET %1 antwortete mit HTTP %2.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The API refused the access token. Check that the scopes cover this path and that the API host belongs to the same provider.</source>
        <translation>Die API hat das Access-Token abgelehnt. Prüfen Sie, ob die Scopes diesen Pfad abdecken und ob der API-Host zum selben Anbieter gehört.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check the test API path: it should be a cheap GET that needs the token.</source>
        <translation>Prüfen Sie den Test-API-Pfad: Er sollte ein günstiger GET-Aufruf sein, der das Token braucht.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No refresh token was issued.</source>
        <translation>Es wurde kein Refresh-Token ausgestellt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The refresh was refused (HTTP %1).</source>
        <translation>Die Aktualisierung wurde abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New access token; the refresh token was rotated.</source>
        <translation>Neues Access-Token; das Refresh-Token wurde rotiert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New access token; the refresh token was kept.</source>
        <translation>Neues Access-Token; das Refresh-Token wurde beibehalten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not revoked: the tokens are kept for a refresh or revoke by hand.</source>
        <translation>Nicht widerrufen: Die Tokens bleiben für eine manuelle Aktualisierung oder einen manuellen Widerruf erhalten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The source has no revoke URL.</source>
        <translation>Die Quelle hat keine Revoke-URL.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>That token was revoked.</source>
        <translation>Dieses Token wurde widerrufen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That token could not be revoked (HTTP %1): it stays valid until it expires.</source>
        <translation>Dieses Token konnte nicht widerrufen werden (HTTP %1): Es bleibt gültig, bis es abläuft.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The revocation was refused (HTTP %1).</source>
        <translation>Der Widerruf wurde abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The token was revoked (RFC 7009).</source>
        <translation>Das Token wurde widerrufen (RFC 7009).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The source does not use PKCE.</source>
        <translation>Die Quelle verwendet kein PKCE.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The second authorization came back without a usable code, so PKCE could not be checked.</source>
        <translation>Die zweite Autorisierung kam ohne verwendbaren Code zurück; PKCE konnte daher nicht geprüft werden.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The source has no revoke URL: that token stays valid until it expires.</source>
        <translation>Die Quelle hat keine Revoke-URL: Dieses Token bleibt gültig, bis es abläuft.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A second code, exchanged with a wrong code_verifier, was refused with invalid_grant: the server checks the code_verifier.</source>
        <translation>Ein zweiter Code, mit falschem code_verifier eingetauscht, wurde mit invalid_grant abgelehnt: Der Server prüft den code_verifier.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A second code, exchanged with a wrong code_verifier, was answered with HTTP %1 instead of invalid_grant, so PKCE could not be checked.</source>
        <translation>Auf einen zweiten Code, mit falschem code_verifier eingetauscht, kam HTTP %1 statt invalid_grant; PKCE konnte daher nicht geprüft werden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The server issued a token for a second code exchanged with a wrong code_verifier.</source>
        <translation>Der Server hat für einen zweiten Code, der mit falschem code_verifier eingetauscht wurde, ein Token ausgestellt.</translation>
    </message>
</context>
<context>
    <name>OAuthDiagnosis</name>
    <message>
        <location filename="../src/auth/OAuthDiagnosis.cpp" line="+163"/>
        <source>Fix: %1</source>
        <translation>Abhilfe: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The server said: %1.</source>
        <translation>Der Server meldete: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server said: %1 (&quot;%2&quot;).</source>
        <translation>Der Server meldete: %1 („%2“).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The provider ignores PKCE</source>
        <translation>Der Anbieter ignoriert PKCE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The provider issued tokens for a code exchanged with a wrong or missing code_verifier, so the code_challenge sent with the authorization request was not checked.</source>
        <translation>Der Anbieter hat Tokens für einen Code ausgestellt, der mit falschem oder fehlendem code_verifier eingetauscht wurde; die mit der Autorisierungsanfrage gesendete code_challenge wurde also nicht geprüft.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PKCE protects nothing with this provider: set the source&apos;s PKCE mode to off to say so, and ask the provider to enforce it.</source>
        <translation>PKCE schützt bei diesem Anbieter nichts: Stellen Sie den PKCE-Modus der Quelle auf „aus“, um das festzuhalten, und bitten Sie den Anbieter, PKCE durchzusetzen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The redirect URI does not match</source>
        <translation>Die Redirect-URI stimmt nicht überein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The redirect URI sent is not the one registered with the provider.
Sent:       %1
Registered: %2
They differ from character %3 on.</source>
        <translation>Die gesendete Redirect-URI ist nicht die beim Anbieter registrierte.
Gesendet:    %1
Registriert: %2
Sie unterscheiden sich ab Zeichen %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Register exactly %1 with the provider, or make Linkdeck use %2. Scheme, host, port, path and a trailing slash must all match.</source>
        <translation>Registrieren Sie genau %1 beim Anbieter, oder lassen Sie Linkdeck %2 verwenden. Schema, Host, Port, Pfad und ein abschließender Schrägstrich müssen alle übereinstimmen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The provider does not accept the redirect URI %1: it is not registered for this client, or it differs from the one sent with the authorization request.</source>
        <translation>Der Anbieter akzeptiert die Redirect-URI %1 nicht: Sie ist für diesen Client nicht registriert oder weicht von der mit der Autorisierungsanfrage gesendeten ab.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register the redirect URI exactly as sent in the provider&apos;s developer console (scheme, host, port, path and a trailing slash must all match), or use one that is registered.</source>
        <translation>Registrieren Sie die Redirect-URI genau wie gesendet in der Entwicklerkonsole des Anbieters (Schema, Host, Port, Pfad und ein abschließender Schrägstrich müssen alle übereinstimmen), oder verwenden Sie eine registrierte.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The server rejected the client&apos;s credentials (invalid_client)</source>
        <translation>Der Server hat die Zugangsdaten des Clients abgelehnt (invalid_client)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Linkdeck sent the client ID and secret in an HTTP Basic Authorization header (client_secret_basic).</source>
        <translation>Linkdeck hat Client-ID und Client-Secret in einem HTTP-Basic-Authorization-Header gesendet (client_secret_basic).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the client ID and secret (a stray space is a common cause). If they are right, the server probably expects them in the request body (client_secret_post): set the source&apos;s client authentication to &quot;body&quot;.</source>
        <translation>Prüfen Sie Client-ID und Client-Secret (ein verirrtes Leerzeichen ist eine häufige Ursache). Stimmen sie, erwartet der Server sie wahrscheinlich im Request-Body (client_secret_post): Stellen Sie die Client-Authentifizierung der Quelle auf „Im Request-Body“.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Linkdeck sent the client ID and secret in the request body (client_secret_post).</source>
        <translation>Linkdeck hat Client-ID und Client-Secret im Request-Body gesendet (client_secret_post).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the client ID and secret (a stray space is a common cause). If they are right, the server probably expects them in an HTTP Basic Authorization header (client_secret_basic): set the source&apos;s client authentication to &quot;basic&quot;.</source>
        <translation>Prüfen Sie Client-ID und Client-Secret (ein verirrtes Leerzeichen ist eine häufige Ursache). Stimmen sie, erwartet der Server sie wahrscheinlich in einem HTTP-Basic-Authorization-Header (client_secret_basic): Stellen Sie die Client-Authentifizierung der Quelle auf „HTTP-Basic-Header“.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Linkdeck sent only the client ID, as a public client without a secret (none).</source>
        <translation>Linkdeck hat nur die Client-ID gesendet, als öffentlicher Client ohne Secret (none).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server expects a confidential client: give the client secret for this source (or the application&apos;s), or register the client as public (token_endpoint_auth_method &quot;none&quot;).</source>
        <translation>Der Server erwartet einen vertraulichen Client: Geben Sie das Client-Secret für diese Quelle (oder das der Anwendung) an, oder registrieren Sie den Client als öffentlich (token_endpoint_auth_method „none“).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server supports: %1.</source>
        <translation>Der Server unterstützt: %1.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The provider does not accept this PKCE method</source>
        <translation>Der Anbieter akzeptiert diese PKCE-Methode nicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The code_challenge_method sent (%1) is not one the provider accepts.</source>
        <translation>Die gesendete code_challenge_method (%1) akzeptiert der Anbieter nicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set the source&apos;s PKCE mode to S256, which every provider that supports PKCE accepts.</source>
        <translation>Stellen Sie den PKCE-Modus der Quelle auf S256, den jeder Anbieter mit PKCE-Unterstützung akzeptiert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The PKCE verifier does not match the challenge</source>
        <translation>Der PKCE-Verifier passt nicht zur Challenge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The code_verifier sent with the code is not the one whose challenge went with the authorization request.</source>
        <translation>Der mit dem Code gesendete code_verifier ist nicht der, dessen Challenge mit der Autorisierungsanfrage gesendet wurde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exchange the code with the verifier created for the same authorization request, and use the same method (S256 or plain) on both sides.</source>
        <translation>Tauschen Sie den Code mit dem Verifier ein, der für dieselbe Autorisierungsanfrage erzeugt wurde, und verwenden Sie auf beiden Seiten dieselbe Methode (S256 oder plain).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The provider requires PKCE</source>
        <translation>Der Anbieter verlangt PKCE</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The request had no PKCE code_challenge (or code_verifier): PKCE is off for this source, and the provider requires it.</source>
        <translation>Die Anfrage enthielt keine PKCE-code_challenge (bzw. keinen code_verifier): PKCE ist für diese Quelle ausgeschaltet, und der Anbieter verlangt es.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The provider requires PKCE and did not find it in the request (code_challenge with the authorization, code_verifier with the code).</source>
        <translation>Der Anbieter verlangt PKCE und hat es in der Anfrage nicht gefunden (code_challenge mit der Autorisierung, code_verifier mit dem Code).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set the source&apos;s PKCE mode to S256.</source>
        <translation>Stellen Sie den PKCE-Modus der Quelle auf S256.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The provider does not know this client (invalid_client)</source>
        <translation>Der Anbieter kennt diesen Client nicht (invalid_client)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The provider does not know the client ID sent with the authorization request, or the client is disabled.</source>
        <translation>Der Anbieter kennt die mit der Autorisierungsanfrage gesendete Client-ID nicht, oder der Client ist deaktiviert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the client ID of the source (or of the application&apos;s credentials for it).</source>
        <translation>Prüfen Sie die Client-ID der Quelle (bzw. die in den Zugangsdaten der Anwendung für diese Quelle).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The refresh token was rejected (invalid_grant)</source>
        <translation>Das Refresh-Token wurde abgelehnt (invalid_grant)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The refresh token is no longer valid: it was revoked, it expired, or the provider rotates refresh tokens and an older one was used.</source>
        <translation>Das Refresh-Token ist nicht mehr gültig: Es wurde widerrufen, ist abgelaufen, oder der Anbieter rotiert Refresh-Tokens und ein älteres wurde verwendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect again. After every refresh, keep the refresh token the answer carries.</source>
        <translation>Stellen Sie die Verbindung erneut her. Behalten Sie nach jeder Aktualisierung das Refresh-Token, das die Antwort enthält.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The authorization code was rejected (invalid_grant)</source>
        <translation>Der Autorisierungscode wurde abgelehnt (invalid_grant)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The code expired (codes live seconds to minutes), was already used, was issued to another client, or the redirect_uri or code_verifier sent with it differ from the authorization request&apos;s.</source>
        <translation>Der Code ist abgelaufen (Codes gelten Sekunden bis Minuten), wurde bereits verwendet, wurde für einen anderen Client ausgestellt, oder die mitgesendete redirect_uri oder der code_verifier weichen von denen der Autorisierungsanfrage ab.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Run the authorization again and exchange the code at once, with the same redirect URI and PKCE verifier as the authorization request.</source>
        <translation>Führen Sie die Autorisierung erneut aus und tauschen Sie den Code sofort ein, mit derselben Redirect-URI und demselben PKCE-Verifier wie bei der Autorisierungsanfrage.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The provider rejected the requested scopes (invalid_scope)</source>
        <translation>Der Anbieter hat die angeforderten Scopes abgelehnt (invalid_scope)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A requested scope is unknown or not allowed for this client.</source>
        <translation>Ein angeforderter Scope ist unbekannt oder für diesen Client nicht erlaubt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requested: &quot;%1&quot;. A scope is unknown or not allowed for this client.</source>
        <translation>Angefordert: „%1“. Ein Scope ist unbekannt oder für diesen Client nicht erlaubt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove scopes the client may not use, and check the provider&apos;s scope names and the scope separator of the source.</source>
        <translation>Entfernen Sie Scopes, die der Client nicht verwenden darf, und prüfen Sie die Scope-Namen des Anbieters und das Scope-Trennzeichen der Quelle.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The client may not use this flow (unauthorized_client)</source>
        <translation>Der Client darf diesen Ablauf nicht verwenden (unauthorized_client)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The client is not allowed the refresh_token grant.</source>
        <translation>Der Grant refresh_token ist für den Client nicht erlaubt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client is not allowed the authorization code flow (grant or response type).</source>
        <translation>Der Authorization-Code-Ablauf ist für den Client nicht erlaubt (Grant- oder Response-Type).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enable the authorization code grant (and refresh tokens) for the client in the provider&apos;s developer console.</source>
        <translation>Aktivieren Sie in der Entwicklerkonsole des Anbieters den Authorization-Code-Grant (und Refresh-Tokens) für den Client.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The provider does not support this grant type</source>
        <translation>Der Anbieter unterstützt diesen Grant-Type nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The token endpoint does not know the grant_type sent.</source>
        <translation>Der Token-Endpunkt kennt den gesendeten grant_type nicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the access token URL and refresh URL: they may point at another endpoint.</source>
        <translation>Prüfen Sie die Access-Token-URL und die Refresh-URL: Sie zeigen möglicherweise auf einen anderen Endpunkt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Consent was denied (access_denied)</source>
        <translation>Die Zustimmung wurde verweigert (access_denied)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The user declined the authorization or cancelled the login, or the provider refused it on the user&apos;s behalf.</source>
        <translation>Der Nutzer hat die Autorisierung abgelehnt oder die Anmeldung abgebrochen, oder der Anbieter hat sie im Namen des Nutzers verweigert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run again and approve the consent page. If it is refused without asking, check that the test account may use this client and these scopes.</source>
        <translation>Führen Sie den Test erneut aus und bestätigen Sie die Zustimmungsseite. Wird die Zustimmung ohne Nachfrage verweigert, prüfen Sie, ob das Testkonto diesen Client und diese Scopes verwenden darf.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The provider failed (%1)</source>
        <translation>Fehler beim Anbieter (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The provider could not handle the request because of a problem on its side.</source>
        <translation>Der Anbieter konnte die Anfrage wegen eines Problems auf seiner Seite nicht bearbeiten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+116"/>
        <location line="+204"/>
        <source>Retry later; if it persists, report it to the provider with the time of the request.</source>
        <translation>Versuchen Sie es später erneut; besteht das Problem weiter, melden Sie es dem Anbieter mit dem Zeitpunkt der Anfrage.</translation>
    </message>
    <message>
        <location line="-315"/>
        <source>The provider found the request malformed (invalid_request)</source>
        <translation>Der Anbieter hält die Anfrage für fehlerhaft (invalid_request)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A parameter is missing, repeated or has a value the provider does not accept.</source>
        <translation>Ein Parameter fehlt, ist doppelt vorhanden oder hat einen Wert, den der Anbieter nicht akzeptiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare the request with the provider&apos;s documentation: extra parameters, the scope separator and the PKCE method are common causes.</source>
        <translation>Vergleichen Sie die Anfrage mit der Dokumentation des Anbieters: Zusätzliche Parameter, das Scope-Trennzeichen und die PKCE-Methode sind häufige Ursachen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The provider answered with an error (%1)</source>
        <translation>Der Anbieter hat mit einem Fehler geantwortet (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The provider refused the request.</source>
        <translation>Der Anbieter hat die Anfrage abgelehnt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look the error up in the provider&apos;s documentation.</source>
        <translation>Schlagen Sie den Fehler in der Dokumentation des Anbieters nach.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The request failed</source>
        <translation>Die Anfrage ist fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP %1 from %2.</source>
        <translation>HTTP %1 von %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The request could not be sent</source>
        <translation>Die Anfrage konnte nicht gesendet werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complete the source&apos;s configuration (endpoint URLs, client ID).</source>
        <translation>Vervollständigen Sie die Konfiguration der Quelle (Endpunkt-URLs, Client-ID).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server did not answer in time</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No complete answer came from %1. %2</source>
        <translation>Von %1 kam keine vollständige Antwort. %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the server is up and reachable from here (proxy, firewall, VPN); if it is only slow, raise the timeout.</source>
        <translation>Prüfen Sie, ob der Server läuft und von hier erreichbar ist (Proxy, Firewall, VPN); ist er nur langsam, erhöhen Sie das Timeout.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The TLS connection failed</source>
        <translation>Die TLS-Verbindung ist fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The secure connection to %1 failed: %2. Linkdeck never ignores certificate errors.</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: %2. Linkdeck ignoriert Zertifikatsfehler nie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fix the server&apos;s certificate (expired, self-signed, wrong host name or missing intermediate), or add the issuing CA to the system&apos;s trust store.</source>
        <translation>Korrigieren Sie das Zertifikat des Servers (abgelaufen, selbst signiert, falscher Hostname oder fehlendes Zwischenzertifikat), oder fügen Sie die ausstellende CA dem Zertifikatsspeicher des Systems hinzu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server is not running (connection refused)</source>
        <translation>Der Server läuft nicht (Verbindung abgelehnt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing accepts connections at %1: the server is down, or the host or port is wrong.</source>
        <translation>Unter %1 nimmt nichts Verbindungen an: Der Server läuft nicht, oder Host oder Port sind falsch.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start the server, or correct the host and port in the source&apos;s URLs.</source>
        <translation>Starten Sie den Server, oder korrigieren Sie Host und Port in den URLs der Quelle.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server&apos;s host name is unknown</source>
        <translation>Der Hostname des Servers ist unbekannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The host name of %1 does not resolve.</source>
        <translation>Der Hostname von %1 lässt sich nicht auflösen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the spelling of the URL, and the DNS or proxy settings.</source>
        <translation>Prüfen Sie die Schreibweise der URL sowie die DNS- oder Proxy-Einstellungen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The network request failed</source>
        <translation>Die Netzwerkanfrage ist fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the connection to the server and retry.</source>
        <translation>Prüfen Sie die Verbindung zum Server und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The request was cancelled before it finished.</source>
        <translation>Die Anfrage wurde abgebrochen, bevor sie abgeschlossen war.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The answer is far too large for a token response</source>
        <translation>Die Antwort ist viel zu groß für eine Token-Antwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 sent more than %2 KiB.</source>
        <translation>%1 hat mehr als %2 KiB gesendet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the access token URL: a token endpoint answers a few hundred bytes.</source>
        <translation>Prüfen Sie die Access-Token-URL: Ein Token-Endpunkt antwortet mit wenigen hundert Bytes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The token endpoint redirected (HTTP %1)</source>
        <translation>Der Token-Endpunkt hat weitergeleitet (HTTP %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 redirected to %2. Linkdeck does not follow redirects with client credentials.</source>
        <translation>%1 hat auf %2 weitergeleitet. Linkdeck folgt Weiterleitungen mit Client-Zugangsdaten nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the final URL as the endpoint (often http → https, or a trailing slash).</source>
        <translation>Verwenden Sie die endgültige URL als Endpunkt (oft http → https oder ein abschließender Schrägstrich).</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+206"/>
        <source>The server failed (HTTP %1)</source>
        <translation>Fehler auf dem Server (HTTP %1)</translation>
    </message>
    <message>
        <location line="-205"/>
        <location line="+207"/>
        <source>%1 answered HTTP %2: a problem on the server&apos;s side.</source>
        <translation>%1 antwortete mit HTTP %2: ein Problem auf der Seite des Servers.</translation>
    </message>
    <message>
        <location line="-200"/>
        <location line="+211"/>
        <source>The server refused the request (HTTP %1)</source>
        <translation>Der Server hat die Anfrage abgelehnt (HTTP %1)</translation>
    </message>
    <message>
        <location line="-209"/>
        <source>%1 answered HTTP %2 without an OAuth error.</source>
        <translation>%1 antwortete mit HTTP %2 ohne OAuth-Fehler.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the endpoint URL: the server has no token endpoint there.</source>
        <translation>Prüfen Sie die Endpunkt-URL: Der Server hat dort keinen Token-Endpunkt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the client ID and secret, and the source&apos;s client authentication (basic or body).</source>
        <translation>Prüfen Sie Client-ID und Client-Secret sowie die Client-Authentifizierung der Quelle (HTTP-Basic-Header oder Request-Body).</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+205"/>
        <source>Compare the request with the provider&apos;s documentation.</source>
        <translation>Vergleichen Sie die Anfrage mit der Dokumentation des Anbieters.</translation>
    </message>
    <message>
        <location line="-200"/>
        <source>The token response is not JSON</source>
        <translation>Die Token-Antwort ist kein JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no content type</source>
        <translation>kein Content-Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 answered HTTP %2 with %3 (%4 bytes) instead of a JSON object.</source>
        <translation>%1 antwortete mit HTTP %2 (%3, %4 Bytes) statt mit einem JSON-Objekt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>It is an HTML page.</source>
        <translation>Es ist eine HTML-Seite.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is an HTML page titled &quot;%1&quot;.</source>
        <translation>Es ist eine HTML-Seite mit dem Titel „%1“.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the access token URL: an HTML answer usually comes from a login or error page, or from a proxy in front of the real endpoint.</source>
        <translation>Prüfen Sie die Access-Token-URL: Eine HTML-Antwort stammt meist von einer Login- oder Fehlerseite oder von einem Proxy vor dem eigentlichen Endpunkt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The provider answers form-encoded tokens although JSON was asked for (Accept: application/json); check its documentation for a JSON option.</source>
        <translation>Der Anbieter liefert die Tokens formularkodiert, obwohl JSON angefordert wurde (Accept: application/json); suchen Sie in seiner Dokumentation nach einer JSON-Option.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the access token URL and the provider&apos;s documentation of its token response.</source>
        <translation>Prüfen Sie die Access-Token-URL und die Dokumentation des Anbieters zu seiner Token-Antwort.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The token response has no access_token</source>
        <translation>Die Token-Antwort enthält kein access_token</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 answered an empty JSON object.</source>
        <translation>%1 antwortete mit einem leeren JSON-Objekt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 answered JSON with the fields %2, but no access_token.</source>
        <translation>%1 antwortete mit JSON mit den Feldern %2, aber ohne access_token.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that the URL is the token endpoint and not another API; if the provider nests its tokens, compare with its documentation.</source>
        <translation>Prüfen Sie, ob die URL der Token-Endpunkt ist und keine andere API; verschachtelt der Anbieter seine Tokens, vergleichen Sie mit seiner Dokumentation.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The state does not match</source>
        <translation>Der state stimmt nicht überein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The callback carried no state, so it cannot be tied to this authorization request. Its code was not exchanged.</source>
        <translation>Der Callback enthielt keinen state und lässt sich daher nicht dieser Autorisierungsanfrage zuordnen. Sein Code wurde nicht eingetauscht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The callback&apos;s state is not the one sent: it belongs to another attempt, or it was forged. Its code was not exchanged.</source>
        <translation>Der state des Callbacks ist nicht der gesendete: Er gehört zu einem anderen Versuch oder wurde gefälscht. Sein Code wurde nicht eingetauscht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start the flow again from Linkdeck and finish one authorization before starting another. If the provider drops the state, report it: it is required for protection against forgery.</source>
        <translation>Starten Sie den Ablauf erneut aus Linkdeck und schließen Sie eine Autorisierung ab, bevor Sie eine weitere beginnen. Verwirft der Anbieter den state, melden Sie es: Er ist für den Schutz vor Fälschung erforderlich.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The redirect carried no code</source>
        <translation>Die Weiterleitung enthielt keinen Code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The provider redirected back without a code or an error, in the query or the fragment.</source>
        <translation>Der Anbieter hat ohne Code und ohne Fehler zurückgeleitet, weder in der Query noch im Fragment.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that the authorization URL asks for response_type=code, and that nothing rewrites the redirect URI on the way back.</source>
        <translation>Prüfen Sie, ob die Autorisierungs-URL response_type=code anfordert und ob nichts die Redirect-URI auf dem Rückweg umschreibt.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The provider showed an error page</source>
        <translation>Der Anbieter hat eine Fehlerseite angezeigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instead of redirecting back, the provider showed a page (HTTP %1).</source>
        <translation>Statt zurückzuleiten, hat der Anbieter eine Seite angezeigt (HTTP %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instead of redirecting back, the provider showed the page &quot;%1&quot; (HTTP %2).</source>
        <translation>Statt zurückzuleiten, hat der Anbieter die Seite „%1“ angezeigt (HTTP %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the page in the timeline; an unknown client ID or an unregistered redirect URI is the usual cause.</source>
        <translation>Lesen Sie die Seite in der Zeitleiste; meist ist eine unbekannte Client-ID oder eine nicht registrierte Redirect-URI die Ursache.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The provider does not accept %1 signatures</source>
        <translation>Der Anbieter akzeptiert keine %1-Signaturen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 refused a request signed with %2.</source>
        <translation>%1 hat eine mit %2 signierte Anfrage abgelehnt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign with the method the provider documents (HMAC-SHA1 or HMAC-SHA256).</source>
        <translation>Signieren Sie mit der Methode, die der Anbieter dokumentiert (HMAC-SHA1 oder HMAC-SHA256).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The provider refused the signed request (HTTP %1)</source>
        <translation>Der Anbieter hat die signierte Anfrage abgelehnt (HTTP %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the consumer key and secret</source>
        <translation>Consumer-Key und Consumer-Secret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the consumer key and secret and the request token</source>
        <translation>Consumer-Key, Consumer-Secret und Request-Token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the consumer key and secret and the access token</source>
        <translation>Consumer-Key, Consumer-Secret und Access-Token</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linkdeck signed the request to %1 with %2, using %3; the provider rejected the signature or a key in it.</source>
        <translation>Linkdeck hat die Anfrage an %1 mit %2 signiert (verwendet: %3); der Anbieter hat die Signatur oder einen der Schlüssel darin abgelehnt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the consumer key and secret (a stray space is a common cause) and that the provider expects %1 signatures; a clock far off also makes providers refuse the timestamp.</source>
        <translation>Prüfen Sie Consumer-Key und Consumer-Secret (ein überzähliges Leerzeichen ist eine häufige Ursache) und ob der Anbieter %1-Signaturen erwartet; bei einer stark falsch gehenden Uhr lehnen Anbieter außerdem den Zeitstempel ab.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The token response has no oauth_token</source>
        <translation>Die Token-Antwort enthält kein oauth_token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 answered HTTP %2 without oauth_token and oauth_token_secret.</source>
        <translation>%1 antwortete mit HTTP %2, aber ohne oauth_token und oauth_token_secret.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the source&apos;s request token and access token URLs.</source>
        <translation>Prüfen Sie die Request-Token-URL und die Access-Token-URL der Quelle.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 answered HTTP %2.</source>
        <translation>%1 antwortete mit HTTP %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the URL: the provider has no such endpoint.</source>
        <translation>Prüfen Sie die URL: Der Anbieter hat keinen solchen Endpunkt.</translation>
    </message>
</context>
<context>
    <name>OAuthStarter</name>
    <message>
        <location filename="../src/connect/OAuthStarter.cpp" line="+24"/>
        <source>&quot;%1&quot; has no usable authorization URL.</source>
        <translation>„%1“ hat keine verwendbare Autorisierungs-URL.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&quot;%1&quot; has no request token URL.</source>
        <translation>„%1“ hat keine Request-Token-URL.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The service stopped.</source>
        <translation>Der Dienst wurde beendet.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 did not give a request token: %2</source>
        <translation>%1 hat kein Request-Token geliefert: %2</translation>
    </message>
</context>
<context>
    <name>OAuthStateRepository</name>
    <message>
        <location filename="../src/store/OAuthStateRepository.cpp" line="+84"/>
        <source>This authorization was already used or does not exist.</source>
        <translation>Diese Autorisierung wurde bereits verwendet oder existiert nicht.</translation>
    </message>
</context>
<context>
    <name>PagesModule</name>
    <message>
        <location filename="../ui/common/PagesModule.cpp" line="+25"/>
        <source>%1 is not a Linkdeck pages module.</source>
        <translation>%1 ist kein Linkdeck-Seitenmodul.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Connections and Webhooks pages and discovery imports cannot be loaded: %1</source>
        <translation>Die Seiten „Verbindungen“ und „Webhooks“ und Discovery-Importe können nicht geladen werden: %1</translation>
    </message>
</context>
<context>
    <name>PendingAuthorization</name>
    <message>
        <location filename="../src/connect/PendingAuthorization.cpp" line="+30"/>
        <source>There is no token sealing key.</source>
        <translation>Es gibt keinen Token-Versiegelungsschlüssel.</translation>
    </message>
</context>
<context>
    <name>PopupApi</name>
    <message>
        <location filename="../src/connect/PopupApi.cpp" line="+53"/>
        <source>&quot;clientUserId&quot; must be 1 to 128 letters, digits or the characters . _ : @ + -</source>
        <translation>„clientUserId“ muss 1 bis 128 Zeichen lang sein; erlaubt sind Buchstaben, Ziffern und die Zeichen . _ : @ + -</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The language &quot;%1&quot; is not offered; use one of %2.</source>
        <translation>Die Sprache „%1“ wird nicht angeboten; verwenden Sie eine von %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This application may not use any enabled provider.</source>
        <translation>Diese Anwendung darf keinen der aktivierten Anbieter verwenden.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>This widget session is not a Connect popup.</source>
        <translation>Diese Widget-Sitzung ist kein Connect-Popup.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This service cannot issue special tokens.</source>
        <translation>Dieser Dienst kann keine Special-Tokens ausstellen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The special token could not be issued.</source>
        <translation>Das Special-Token konnte nicht ausgestellt werden.</translation>
    </message>
</context>
<context>
    <name>PreviewLauncher</name>
    <message>
        <location filename="../ui/web/preview/PreviewLauncher.cpp" line="+63"/>
        <source>Choose an application (add one on the Applications page).</source>
        <translation>Wählen Sie eine Anwendung aus (auf der Seite „Anwendungen“ können Sie eine hinzufügen).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose at least one source to offer.</source>
        <translation>Wählen Sie mindestens eine Quelle aus, die angeboten werden soll.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter the base URL of the remote connect service for {service}.</source>
        <translation>Geben Sie die Basis-URL des entfernten Connect-Dienstes für {service} ein.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 has no client secret yet. Generate one on the Applications page, then try again.</source>
        <translation>%1 hat noch kein Client-Secret. Erzeugen Sie eines auf der Seite „Anwendungen“ und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The client secret of %1 is not in this keyring, so the preview cannot ask for a session. Rotate the secret on the Applications page (Client secret › Rotate…) and try again.</source>
        <translation>Das Client-Secret von %1 ist nicht in diesem Schlüsselbund, daher kann die Vorschau keine Sitzung anfordern. Rotieren Sie das Secret auf der Seite „Anwendungen“ (Client-Secret › Rotieren…) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The client secret of %1 cannot be read: %2</source>
        <translation>Das Client-Secret von %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The console&apos;s connect service is not running. %1</source>
        <translation>Der Connect-Dienst der Konsole läuft nicht. %1</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../ui/web/preview/PreviewPage.cpp" line="+130"/>
        <source>There is no application to preview. Add one on the Applications page.</source>
        <translation>Es gibt keine Anwendung für die Vorschau. Fügen Sie auf der Seite „Anwendungen“ eine hinzu.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The developer&apos;s id for the user; the success redirect and the webhook carry it back.</source>
        <translation>Die ID des Entwicklers für den Nutzer; die Erfolgsweiterleitung und der Webhook liefern sie zurück.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone (360 px)</source>
        <translation>Smartphone (360 px)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tablet (768 px)</source>
        <translation>Tablet (768 px)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desktop (1280 px)</source>
        <translation>Desktop (1280 px)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Application:</source>
        <translation>&amp;Anwendung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reference id:</source>
        <translation>&amp;Referenz-ID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The&amp;me:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Viewport:</source>
        <translation>Gerä&amp;t:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Sources offered:</source>
        <translation>Angebotene &amp;Quellen:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sources the widget lists; Space ticks or unticks one.</source>
        <translation>Die Quellen, die das Widget auflistet; die Leertaste hakt eine an oder ab.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Widget From</source>
        <translation>Widget-Herkunft</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This console&apos;s service</source>
        <translation>Dienst dieser Konsole</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A remote service</source>
        <translation>Ein entfernter Dienst</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The deployed connect service, as {service} in the template. A session is minted there with the application&apos;s client ID and secret.</source>
        <translation>Der bereitgestellte Connect-Dienst, als {service} in der Vorlage. Dort wird mit Client-ID und Client-Secret der Anwendung eine Sitzung erzeugt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The remote widget&apos;s URL. Placeholders: %1. {session_id} mints a session on the service.</source>
        <translation>Die URL des entfernten Widgets. Platzhalter: %1. {session_id} erzeugt eine Sitzung beim Dienst.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Servi&amp;ce:</source>
        <translation>D&amp;ienst:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service &amp;URL:</source>
        <translation>Dienst-&amp;URL:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Widget URL:</source>
        <translation>&amp;Widget-URL:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New Session</source>
        <translation>&amp;Neue Sitzung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mint a new widget session with these choices (Ctrl+Return)</source>
        <translation>Mit diesen Einstellungen eine neue Widget-Sitzung erzeugen (Strg+Eingabe)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Load the widget again from its first screen (F5)</source>
        <translation>Das Widget erneut ab seinem ersten Bildschirm laden (F5)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open in &amp;Browser</source>
        <translation>Im Brows&amp;er öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open this session&apos;s widget in the system&apos;s web browser</source>
        <translation>Das Widget dieser Sitzung im Webbrowser des Systems öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save Screensh&amp;ot…</source>
        <translation>Screenshot s&amp;peichern…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save what the preview shows as a PNG image</source>
        <translation>Die aktuelle Vorschau als PNG-Bild speichern</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Connect widget preview</source>
        <translation>Vorschau des Connect-Widgets</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Timeline</source>
        <translation>&amp;Zeitleiste</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Events of the session</source>
        <translation>Ereignisse der Sitzung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A remote service keeps its events; the timeline shows what the preview loads.</source>
        <translation>Ein entfernter Dienst behält seine Ereignisse; die Zeitleiste zeigt, was die Vorschau lädt.</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Opening a widget session…</source>
        <translation>Widget-Sitzung wird geöffnet…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The widget did not load from %1.</source>
        <translation>Das Widget konnte nicht von %1 geladen werden.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>No web browser could open %1.</source>
        <translation>Kein Webbrowser konnte %1 öffnen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save Screenshot</source>
        <translation>Screenshot speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The screenshot could not be written to %1.</source>
        <translation>Der Screenshot konnte nicht unter %1 gespeichert werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved the screenshot as %1.</source>
        <translation>Screenshot unter %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>PreviewTimelineModel</name>
    <message>
        <location filename="../ui/web/preview/PreviewTimelineModel.cpp" line="+137"/>
        <source>Recorded by the connect service (event %1)</source>
        <translation>Vom Connect-Dienst aufgezeichnet (Ereignis %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loaded by the preview&apos;s browser</source>
        <translation>Vom Browser der Vorschau geladen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>ProviderCallback</name>
    <message>
        <location filename="../src/connect/ProviderCallback.cpp" line="+34"/>
        <source>This address does not say which authorization it finishes.</source>
        <translation>Diese Adresse gibt nicht an, welche Autorisierung sie abschließt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This authorization is not known here.</source>
        <translation>Diese Autorisierung ist hier nicht bekannt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This authorization was already finished; it cannot be used twice.</source>
        <translation>Diese Autorisierung wurde bereits abgeschlossen; sie kann nicht zweimal verwendet werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This authorization took too long and has expired.</source>
        <translation>Diese Autorisierung hat zu lange gedauert und ist abgelaufen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This connection cannot be finished</source>
        <translation>Diese Verbindung kann nicht abgeschlossen werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please start connecting again from the application.</source>
        <translation>Bitte starten Sie die Verbindung erneut aus der Anwendung heraus.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The provider sent back neither a code nor an error.</source>
        <translation>Der Anbieter hat weder einen Code noch einen Fehler zurückgesendet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The authorization&apos;s PKCE verifier could not be opened.</source>
        <translation>Der PKCE-Verifier der Autorisierung konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Access was not allowed at the provider.</source>
        <translation>Der Zugriff wurde beim Anbieter nicht erlaubt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The request token&apos;s secret could not be opened.</source>
        <translation>Das Secret des Request-Tokens konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>This provider is no longer available to %1.</source>
        <translation>Dieser Anbieter steht %1 nicht mehr zur Verfügung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The provider sent back an OAuth 2.0 answer to an OAuth 1.0a authorization.</source>
        <translation>Der Anbieter hat auf eine OAuth-1.0a-Autorisierung eine OAuth-2.0-Antwort zurückgesendet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The provider&apos;s answer does not fit how &quot;%1&quot; connects.</source>
        <translation>Die Antwort des Anbieters passt nicht dazu, wie „%1“ verbunden wird.</translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <location filename="../ui/common/RelativeTime.cpp" line="+31"/>
        <source>no expiry</source>
        <translation>läuft nicht ab</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expires in less than a minute</source>
        <translation>läuft in weniger als einer Minute ab</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expired just now</source>
        <translation>gerade abgelaufen</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>expires in %n minute(s)</source>
        <translation>
            <numerusform>läuft in %n Minute ab</numerusform>
            <numerusform>läuft in %n Minuten ab</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>expires in %n hour(s)</source>
        <translation>
            <numerusform>läuft in %n Stunde ab</numerusform>
            <numerusform>läuft in %n Stunden ab</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>expires in %n day(s)</source>
        <translation>
            <numerusform>läuft in %n Tag ab</numerusform>
            <numerusform>läuft in %n Tagen ab</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>expired %n minute(s) ago</source>
        <translation>
            <numerusform>vor %n Minute abgelaufen</numerusform>
            <numerusform>vor %n Minuten abgelaufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>expired %n hour(s) ago</source>
        <translation>
            <numerusform>vor %n Stunde abgelaufen</numerusform>
            <numerusform>vor %n Stunden abgelaufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag abgelaufen</numerusform>
            <numerusform>vor %n Tagen abgelaufen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>in %n Minute</numerusform>
            <numerusform>in %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>in %n Stunde</numerusform>
            <numerusform>in %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <location filename="../ui/common/SecretField.cpp" line="+10"/>
        <location line="+42"/>
        <source>Set…</source>
        <translation>Festlegen…</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Clear</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>●●●●●●●● set in the keyring</source>
        <translation>●●●●●●●● im Schlüsselbund hinterlegt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace…</source>
        <translation>Ersetzen…</translation>
    </message>
</context>
<context>
    <name>SecretRevealDialog</name>
    <message>
        <location filename="../ui/applications/SecretRevealDialog.cpp" line="+37"/>
        <location line="+52"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Copy it now: Linkdeck will not show it again.</source>
        <translation>Kopieren Sie es jetzt: Linkdeck zeigt es kein zweites Mal an.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Done</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <location filename="../src/secrets/SecretStore.cpp" line="+102"/>
        <source>No keyring answered. %1. Secrets cannot be stored until a Secret Service such as GNOME Keyring or KWallet is running.</source>
        <translation>Kein Schlüsselbund hat geantwortet. %1. Secrets können erst gespeichert werden, wenn ein Secret Service wie GNOME Keyring oder KWallet läuft.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No keyring is available (%1). Secrets cannot be stored until a Secret Service such as GNOME Keyring or KWallet is running.</source>
        <translation>Kein Schlüsselbund verfügbar (%1). Secrets können erst gespeichert werden, wenn ein Secret Service wie GNOME Keyring oder KWallet läuft.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The keyring refused: %1</source>
        <translation>Der Schlüsselbund hat abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>ServeCommand</name>
    <message>
        <location filename="../src/cli/ServeCommand.cpp" line="+37"/>
        <source>&quot;%1&quot; is not HOST:PORT.</source>
        <translation>„%1“ ist nicht HOST:PORT.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not HOST:PORT (for IPv6, [ADDRESS]:PORT).</source>
        <translation>„%1“ ist nicht HOST:PORT (für IPv6 [ADRESSE]:PORT).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not a port number (0 to 65535).</source>
        <translation>„%1“ ist keine Portnummer (0 bis 65535).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not an IP address.</source>
        <translation>„%1“ ist keine IP-Adresse.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Usage: linkdeck serve [--listen 127.0.0.1:PORT] [--allow-remote] [--public-url URL]</source>
        <translation>Aufruf: linkdeck serve [--listen 127.0.0.1:PORT] [--allow-remote] [--public-url URL]</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is not a loopback address. The connect service speaks plain HTTP; to serve other machines anyway (behind a TLS proxy), add --allow-remote.</source>
        <translation>%1 ist keine Loopback-Adresse. Der Connect-Dienst spricht unverschlüsseltes HTTP; um trotzdem andere Rechner zu bedienen (hinter einem TLS-Proxy), fügen Sie --allow-remote hinzu.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not an http(s) URL.</source>
        <translation>„%1“ ist keine http(s)-URL.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Created a token sealing key in the keyring.</source>
        <translation>Im Schlüsselbund wurde ein Token-Versiegelungsschlüssel angelegt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Warning: without --public-url, widget URLs and redirect URIs name %1.</source>
        <translation>Warnung: Ohne --public-url verweisen Widget-URLs und Redirect-URIs auf %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Linkdeck connect service listening on %1</source>
        <translation>Linkdeck-Connect-Dienst lauscht auf %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workspace: %1. Stop with Ctrl+C.</source>
        <translation>Arbeitsbereich: %1. Beenden mit Strg+C.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Stopped.</source>
        <translation>Beendet.</translation>
    </message>
</context>
<context>
    <name>SourceAccess</name>
    <message>
        <location filename="../src/connect/SourceAccess.cpp" line="+36"/>
        <source>There is no provider &quot;%1&quot;.</source>
        <translation>Es gibt keinen Anbieter „%1“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This application may not use the provider &quot;%1&quot;.</source>
        <translation>Diese Anwendung darf den Anbieter „%1“ nicht verwenden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The provider &quot;%1&quot; is disabled.</source>
        <translation>Der Anbieter „%1“ ist deaktiviert.</translation>
    </message>
</context>
<context>
    <name>SourceEditor</name>
    <message>
        <location filename="../ui/sources/SourceEditor.cpp" line="+67"/>
        <source>space</source>
        <translation>Leerzeichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>comma (,)</source>
        <translation>Komma (,)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>plus (+)</source>
        <translation>Plus (+)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>semicolon (;)</source>
        <translation>Semikolon (;)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Select a source to edit it, or add one.</source>
        <translation>Wählen Sie eine Quelle zum Bearbeiten aus oder fügen Sie eine hinzu.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Key:</source>
        <translation>&amp;Kennung:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. fitbit</source>
        <translation>z. B. fitbit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Offered to applications</source>
        <translation>Wird Anwendungen angeboten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Description:</source>
        <translation>B&amp;eschreibung:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PNG, JPEG or SVG up to 1 MiB; or drop a file here.</source>
        <translation>PNG, JPEG oder SVG bis 1 MiB; oder ziehen Sie eine Datei hierher.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Endpoints</source>
        <translation>Endpunkte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Re&amp;quest token URL:</source>
        <translation>Re&amp;quest-Token-URL:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Access &amp;token URL:</source>
        <translation>A&amp;ccess-Token-URL:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Refresh URL:</source>
        <translation>Re&amp;fresh-URL:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the access token URL</source>
        <translation>die Access-Token-URL</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Auth t&amp;ype:</source>
        <translation>&amp;Auth-Typ:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ena&amp;bled:</source>
        <translation>Akt&amp;iviert:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Do&amp;cs URL:</source>
        <translation>Doku-U&amp;RL:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>L&amp;ogo:</source>
        <translation>L&amp;ogo:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Auth hos&amp;t URL:</source>
        <translation>Auth-Hos&amp;t-URL:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AP&amp;I host URL:</source>
        <translation>A&amp;PI-Host-URL:</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+289"/>
        <source>Auth U&amp;RL:</source>
        <translation>Auth-U&amp;RL:</translation>
    </message>
    <message>
        <location line="-281"/>
        <source>Revo&amp;ke URL:</source>
        <translation>Revo&amp;ke-URL:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test API &amp;path:</source>
        <translation>Test-&amp;API-Pfad:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Authorization</source>
        <translation>Autorisierung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sco&amp;pes:</source>
        <translation>Sco&amp;pes:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>separated by spaces</source>
        <translation>durch Leerzeichen getrennt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scope se&amp;parator:</source>
        <translation>Scope-Trennzei&amp;chen:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S256 (recommended)</source>
        <translation>S256 (empfohlen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>plain</source>
        <translation>plain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;KCE:</source>
        <translation>P&amp;KCE:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HTTP Basic header</source>
        <translation>HTTP-Basic-Header</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the request body</source>
        <translation>Im Request-Body</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client authenti&amp;cation:</source>
        <translation>Clie&amp;nt-Authentifizierung:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>name=value, one a line</source>
        <translation>name=wert, einer pro Zeile</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>E&amp;xtra auth parameters:</source>
        <translation>Weitere Auth-Para&amp;meter:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Extra to&amp;ken parameters:</source>
        <translation>&amp;Weitere Token-Parameter:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full au&amp;th URL:</source>
        <translation>V&amp;ollständige Auth-URL:</translation>
    </message>
    <message>
        <location line="+247"/>
        <source>Login U&amp;RL:</source>
        <translation>Login-U&amp;RL:</translation>
    </message>
    <message>
        <location line="-245"/>
        <source>Leave empty to generate it from the fields above. Placeholders: {client_id}, {redirect_uri}, {scope}, {state}, {code_challenge}, {oauth_token}.</source>
        <translation>Leer lassen, um sie aus den Feldern oben zu erzeugen. Platzhalter: {client_id}, {redirect_uri}, {scope}, {state}, {code_challenge}, {oauth_token}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Resolved:</source>
        <translation>Aufgelöst:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Client credentials</source>
        <translation>Client-Zugangsdaten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client &amp;ID:</source>
        <translation>Client-&amp;ID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty: each application brings its own</source>
        <translation>leer: jede Anwendung bringt ihre eigene mit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client secret:</source>
        <translation>Client-Secret:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Re&amp;vert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save (%1)</source>
        <translation>Speichern (%1)</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The key is fixed once the source is saved: keyring entries and connections refer to it. Duplicate the source to use another key.</source>
        <translation>Die Kennung steht fest, sobald die Quelle gespeichert ist: Einträge im Schlüsselbund und Verbindungen verweisen darauf. Duplizieren Sie die Quelle, um eine andere Kennung zu verwenden.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Save the source first.</source>
        <translation>Speichern Sie zuerst die Quelle.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New source</source>
        <translation>Neue Quelle</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>%1 (edited)</source>
        <translation>%1 (bearbeitet)</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Enter the auth URL to see the full URL.</source>
        <translation>Geben Sie die Auth-URL ein, um die vollständige URL zu sehen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Select a source first.</source>
        <translation>Wählen Sie zuerst eine Quelle aus.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The logo is larger than 1 MiB.</source>
        <translation>Das Logo ist größer als 1 MiB.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose a logo</source>
        <translation>Logo auswählen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
</context>
<context>
    <name>SourceLogo</name>
    <message>
        <location filename="../src/catalog/SourceLogo.cpp" line="+69"/>
        <source>The SVG image contains a script.</source>
        <translation>Das SVG-Bild enthält ein Skript.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The SVG image declares XML entities.</source>
        <translation>Das SVG-Bild deklariert XML-Entitäten.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The SVG image references an external resource.</source>
        <translation>Das SVG-Bild verweist auf eine externe Ressource.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The logo is larger than 1 MiB.</source>
        <translation>Das Logo ist größer als 1 MiB.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The logo is too large (%1 x %2 pixels).</source>
        <translation>Das Logo ist zu groß (%1 × %2 Pixel).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The %1 image could not be read.</source>
        <translation>Das %1-Bild konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The logo could not be converted to PNG.</source>
        <translation>Das Logo konnte nicht in PNG umgewandelt werden.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The SVG image is not valid.</source>
        <translation>Das SVG-Bild ist ungültig.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This file is not a PNG, JPEG or SVG image.</source>
        <translation>Diese Datei ist kein PNG-, JPEG- oder SVG-Bild.</translation>
    </message>
</context>
<context>
    <name>SourceRepository</name>
    <message>
        <location filename="../src/store/SourceRepository.cpp" line="+265"/>
        <source>A source with the key &quot;%1&quot; already exists.</source>
        <translation>Eine Quelle mit der Kennung „%1“ existiert bereits.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Someone else changed &quot;%1&quot; since you opened it.</source>
        <translation>„%1“ wurde inzwischen an anderer Stelle geändert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+27"/>
        <location line="+10"/>
        <location line="+10"/>
        <source>The source &quot;%1&quot; no longer exists.</source>
        <translation>Die Quelle „%1“ existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>SourceValidator</name>
    <message>
        <location filename="../src/catalog/SourceValidator.cpp" line="+49"/>
        <source>Required for this auth type.</source>
        <translation>Für diesen Auth-Typ erforderlich.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter an absolute URL, such as https://example.com/oauth/authorize.</source>
        <translation>Geben Sie eine absolute URL ein, etwa https://example.com/oauth/authorize.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only http and https URLs are allowed, not %1.</source>
        <translation>Nur http- und https-URLs sind erlaubt, nicht %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The URL has no host.</source>
        <translation>Die URL hat keinen Host.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The URL contains a space.</source>
        <translation>Die URL enthält ein Leerzeichen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plain http sends credentials unencrypted; use https except for loopback.</source>
        <translation>Einfaches http überträgt Zugangsdaten unverschlüsselt; verwenden Sie https, außer für Loopback.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>A key is required.</source>
        <translation>Eine Kennung ist erforderlich.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use 1 to 64 lower-case letters, digits, &apos;-&apos; or &apos;_&apos;, starting with a letter or digit.</source>
        <translation>Verwenden Sie 1 bis 64 Kleinbuchstaben, Ziffern, &apos;-&apos; oder &apos;_&apos;, beginnend mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A display name is required.</source>
        <translation>Ein Anzeigename ist erforderlich.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Without a login URL the connect service cannot verify what users enter.</source>
        <translation>Ohne Login-URL kann der Connect-Dienst die Eingaben der Nutzer nicht prüfen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Several scopes need a separator.</source>
        <translation>Mehrere Scopes brauchen ein Trennzeichen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The plain method does not hide the verifier; use S256 where the provider allows it.</source>
        <translation>Die Methode plain verbirgt den Verifier nicht; verwenden Sie S256, wo der Anbieter es erlaubt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The scope &quot;%1&quot; contains the separator &quot;%2&quot;.</source>
        <translation>Der Scope „%1“ enthält das Trennzeichen „%2“.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unknown placeholder: {%1}.</source>
        <translation>Unbekannter Platzhalter: {%1}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Without {state} the callback cannot be checked against forgery.</source>
        <translation>Ohne {state} kann der Callback nicht auf Fälschung geprüft werden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Start the path with &apos;/&apos;, relative to the API host, or give a full URL.</source>
        <translation>Beginnen Sie den Pfad mit &apos;/&apos; (relativ zum API-Host) oder geben Sie eine vollständige URL an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The test API path needs an API host.</source>
        <translation>Der Test-API-Pfad braucht einen API-Host.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>A parameter needs a name.</source>
        <translation>Ein Parameter braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The logo is larger than 1 MiB.</source>
        <translation>Das Logo ist größer als 1 MiB.</translation>
    </message>
</context>
<context>
    <name>SourcesCommand</name>
    <message>
        <location filename="../src/cli/SourcesCommand.cpp" line="+54"/>
        <source>Usage: linkdeck sources list [--json] | import FILE [--format json|discovery|nango] [--dry-run] | export FILE | set-secret KEY</source>
        <translation>Aufruf: linkdeck sources list [--json] | import DATEI [--format json|discovery|nango] [--dry-run] | export DATEI | set-secret KENNUNG</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Only discovery documents can be imported from a URL.</source>
        <translation>Von einer URL können nur Discovery-Dokumente importiert werden.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+18"/>
        <source>Nothing was imported: %1</source>
        <translation>Es wurde nichts importiert: %1</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>skipped %1</source>
        <translation>übersprungen: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dry run: the workspace was not changed.</source>
        <translation>Probelauf: Der Arbeitsbereich wurde nicht geändert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Imported into %1.</source>
        <translation>In %1 importiert.</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Exported %n source(s) to %1.</source>
        <translation>
            <numerusform>%n Quelle nach %1 exportiert.</numerusform>
            <numerusform>%n Quellen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no source &quot;%1&quot;.</source>
        <translation>Es gibt keine Quelle „%1“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot read standard input.</source>
        <translation>Die Standardeingabe kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No secret on standard input; nothing was stored.</source>
        <translation>Kein Secret auf der Standardeingabe; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stored the client secret of %1 in the keyring.</source>
        <translation>Das Client-Secret von %1 wurde im Schlüsselbund gespeichert.</translation>
    </message>
</context>
<context>
    <name>SourcesController</name>
    <message>
        <location filename="../ui/sources/SourcesController.cpp" line="+102"/>
        <source>New source</source>
        <translation>Neue Quelle</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>A source with the key &quot;%1&quot; already exists.</source>
        <translation>Eine Quelle mit der Kennung „%1“ existiert bereits.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+35"/>
        <location line="+11"/>
        <source>The source &quot;%1&quot; no longer exists.</source>
        <translation>Die Quelle „%1“ existiert nicht mehr.</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Enable %1</source>
        <translation>%1 aktivieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disable %1</source>
        <translation>%1 deaktivieren</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import %1</source>
        <translation>Import (%1)</translation>
    </message>
</context>
<context>
    <name>SourcesPage</name>
    <message>
        <location filename="../ui/sources/SourcesPage.cpp" line="+43"/>
        <source>&amp;Add</source>
        <translation>Hin&amp;zufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a source (Ctrl+N)</source>
        <translation>Eine Quelle hinzufügen (Strg+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicate the selected source (Ctrl+D)</source>
        <translation>Die ausgewählte Quelle duplizieren (Strg+D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected source (Delete)</source>
        <translation>Die ausgewählte Quelle löschen (Entf)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search sources (Ctrl+F)</source>
        <translation>Quellen durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Auth type filter</source>
        <translation>Filter nach Auth-Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All auth types</source>
        <translation>Alle Auth-Typen</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Clear client secret</source>
        <translation>Client-Secret entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the client secret of &quot;%1&quot; from the keyring?</source>
        <translation>Das Client-Secret von „%1“ aus dem Schlüsselbund entfernen?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Removing…</source>
        <translation>Wird entfernt…</translation>
    </message>
    <message>
        <location line="+187"/>
        <source>Delete source</source>
        <translation>Quelle löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete &quot;%1&quot;? Applications that use it lose access to it.</source>
        <translation>„%1“ löschen? Anwendungen, die diese Quelle nutzen, verlieren den Zugriff darauf.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You can undo this with Edit › Undo.</source>
        <translation>Sie können das mit Bearbeiten › Rückgängig zurücknehmen.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Client secret</source>
        <translation>Client-Secret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client secret of %1 (kept in the keyring only):</source>
        <translation>Client-Secret von %1 (wird nur im Schlüsselbund gespeichert):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saving to the keyring…</source>
        <translation>Wird im Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <location line="+16"/>
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n Quelle</numerusform>
            <numerusform>%n Quellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-15"/>
        <source>, %n enabled.</source>
        <translation>
            <numerusform>, %n aktiviert.</numerusform>
            <numerusform>, %n aktiviert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n OAuth source(s) take each application&apos;s own client credentials.</source>
        <translation>
            <numerusform>%n OAuth-Quelle verwendet die eigenen Client-Zugangsdaten der jeweiligen Anwendung.</numerusform>
            <numerusform>%n OAuth-Quellen verwenden die eigenen Client-Zugangsdaten der jeweiligen Anwendung.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select a source to edit it, or add one (Ctrl+N).</source>
        <translation>Wählen Sie eine Quelle zum Bearbeiten aus oder fügen Sie eine hinzu (Strg+N).</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%1 of %n source(s)</source>
        <translation>
            <numerusform>%1 von %n Quelle</numerusform>
            <numerusform>%1 von %n Quellen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+64"/>
        <source>Linkdeck catalogue (*.json)</source>
        <translation>Linkdeck-Katalog (*.json)</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>OAuth or OpenID discovery document (*.json)</source>
        <translation>OAuth- oder OpenID-Discovery-Dokument (*.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nango providers (*.yaml *.yml)</source>
        <translation>Nango-Provider (*.yaml *.yml)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import sources</source>
        <translation>Quellen importieren</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Import from discovery</source>
        <translation>Aus Discovery-Dokument importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issuer or discovery URL (…/.well-known/openid-configuration):</source>
        <translation>Issuer- oder Discovery-URL (…/.well-known/openid-configuration):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not an http or https URL.</source>
        <translation>„%1“ ist keine http- oder https-URL.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+6"/>
        <source>Nothing was imported from %1:
%2</source>
        <translation>Aus %1 wurde nichts importiert:
%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing was imported: %1</source>
        <translation>Es wurde nichts importiert: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export sources</source>
        <translation>Quellen exportieren</translation>
    </message>
</context>
<context>
    <name>SourcesTableModel</name>
    <message>
        <location filename="../ui/sources/SourcesTableModel.cpp" line="+54"/>
        <source>passed, %1</source>
        <translation>bestanden, %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed, %1</source>
        <translation>fehlgeschlagen, %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cancelled, %1</source>
        <translation>abgebrochen, %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+8"/>
        <source>none needed</source>
        <translation>keine nötig</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+6"/>
        <source>per application</source>
        <translation>pro Anwendung</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+5"/>
        <source>client ID and secret</source>
        <translation>Client-ID und Secret</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+6"/>
        <source>client ID, no secret</source>
        <translation>Client-ID, kein Secret</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Enabled: offered to applications</source>
        <translation>Aktiviert: wird Anwendungen angeboten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disabled: hidden from every application</source>
        <translation>Deaktiviert: für alle Anwendungen ausgeblendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not tested yet: run a test on the Tests page.</source>
        <translation>Noch nicht getestet: Starten Sie einen Test auf der Seite „Tests“.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Last test run %1, %2 ms</source>
        <translation>Letzter Testlauf %1, %2 ms</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Auth type</source>
        <translation>Auth-Typ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credentials</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last test</source>
        <translation>Letzter Test</translation>
    </message>
</context>
<context>
    <name>SpecialTokenIssuer</name>
    <message>
        <location filename="../src/connect/SpecialTokenIssuer.cpp" line="+35"/>
        <source>The user id must be 1 to 128 letters, digits or the characters . _ : @ + -</source>
        <translation>Die Nutzer-ID muss 1 bis 128 Zeichen lang sein; erlaubt sind Buchstaben, Ziffern und die Zeichen . _ : @ + -</translation>
    </message>
</context>
<context>
    <name>SqliteDriver</name>
    <message>
        <location filename="../src/store/SqliteDriver.cpp" line="+70"/>
        <source>Unknown connect option %1</source>
        <translation>Unbekannte Verbindungsoption %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Error opening database</source>
        <translation>Fehler beim Öffnen der Datenbank</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Unable to begin transaction</source>
        <translation>Transaktion kann nicht begonnen werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unable to commit transaction</source>
        <translation>Transaktion kann nicht abgeschlossen werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unable to roll back transaction</source>
        <translation>Transaktion kann nicht zurückgesetzt werden</translation>
    </message>
</context>
<context>
    <name>SqliteResult</name>
    <message>
        <location filename="../src/store/SqliteResult.cpp" line="+86"/>
        <source>The database is not open</source>
        <translation>Die Datenbank ist nicht geöffnet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unable to prepare the statement</source>
        <translation>Die Anweisung kann nicht vorbereitet werden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unable to run several statements at once</source>
        <translation>Mehrere Anweisungen auf einmal können nicht ausgeführt werden</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 values bound for %2 placeholders</source>
        <translation>%1 Werte für %2 Platzhalter gebunden</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Unable to bind a value</source>
        <translation>Ein Wert kann nicht gebunden werden</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Unable to run the statement</source>
        <translation>Die Anweisung kann nicht ausgeführt werden</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Unable to fetch a row</source>
        <translation>Eine Zeile kann nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>SupportBundle</name>
    <message>
        <location filename="../src/qa/SupportBundle.cpp" line="+111"/>
        <source>Could not write the support bundle %1: %2</source>
        <translation>Das Support-Paket %1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>SystemBrowserUserAgent</name>
    <message>
        <location filename="../src/qa/SystemBrowserUserAgent.cpp" line="+36"/>
        <source>Nothing to do</source>
        <translation>Nichts zu tun</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Linkdeck is not waiting for an authorization.</source>
        <translation>Linkdeck wartet auf keine Autorisierung.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Back to Linkdeck</source>
        <translation>Zurück zu Linkdeck</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linkdeck received the provider&apos;s answer. You can close this tab and return to the console.</source>
        <translation>Linkdeck hat die Antwort des Anbieters erhalten. Sie können diesen Tab schließen und zur Konsole zurückkehren.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No loopback port is free for the redirect.</source>
        <translation>Für die Weiterleitung ist kein Loopback-Port frei.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The loopback listener for the redirect is not running.</source>
        <translation>Der Loopback-Listener für die Weiterleitung läuft nicht.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The system browser could not be opened.</source>
        <translation>Der Systembrowser konnte nicht geöffnet werden.</translation>
    </message>
</context>
<context>
    <name>TestCommand</name>
    <message>
        <location filename="../ui/web/TestCommand.cpp" line="+6"/>
        <source>There is no source &quot;%1&quot;.</source>
        <translation>Es gibt keine Quelle „%1“.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is no application &quot;%1&quot; (give its client ID or name).</source>
        <translation>Es gibt keine Anwendung „%1“ (geben Sie ihre Client-ID oder ihren Namen an).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A login script fills the embedded browser&apos;s pages; the system browser is left to a person.</source>
        <translation>Ein Login-Skript füllt die Seiten des eingebetteten Browsers aus; der Systembrowser bleibt einem Menschen überlassen.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&quot;%1&quot; is not a redirect URI.</source>
        <translation>„%1“ ist keine Redirect-URI.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--browser is embedded or system, not &quot;%1&quot;.</source>
        <translation>--browser ist embedded oder system, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The run could not be stored in the workspace: %1</source>
        <translation>Der Lauf konnte nicht im Arbeitsbereich gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 failed at &quot;%2&quot;: %3</source>
        <translation>%1 ist bei „%2“ fehlgeschlagen: %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+4"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 passed in %2 ms.</source>
        <translation>%1 hat den Test in %2 ms bestanden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 did not pass.</source>
        <translation>%1 hat den Test nicht bestanden.</translation>
    </message>
</context>
<context>
    <name>TestLauncher</name>
    <message>
        <location filename="../src/qa/TestLauncher.cpp" line="+50"/>
        <source>There is no source &quot;%1&quot;.</source>
        <translation>Es gibt keine Quelle „%1“.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The application no longer exists.</source>
        <translation>Die Anwendung existiert nicht mehr.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; connects through an on-device SDK: there is no flow to test from here.</source>
        <translation>„%1“ wird über ein SDK auf dem Gerät verbunden: Von hier aus gibt es keinen Ablauf zu testen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Password and e-mail sources are tested through the connect service as an application: choose one.</source>
        <translation>Passwort- und E-Mail-Quellen werden als Anwendung über den Connect-Dienst getestet: Wählen Sie eine aus.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The secret of %1 cannot be read: %2</source>
        <translation>Das Secret von %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The connect service is not running, and password and e-mail sources are tested through it.</source>
        <translation>Der Connect-Dienst läuft nicht, und Passwort- und E-Mail-Quellen werden über ihn getestet.</translation>
    </message>
</context>
<context>
    <name>TestRun</name>
    <message>
        <location filename="../src/qa/TestRun.cpp" line="+67"/>
        <location line="+3"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The authorization page did not lead back to %1.</source>
        <translation>Die Autorisierungsseite hat nicht zu %1 zurückgeführt.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Not run: an earlier step failed.</source>
        <translation>Nicht ausgeführt: Ein früherer Schritt ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>TestRunConnection</name>
    <message>
        <location filename="../src/qa/TestRunConnection.cpp" line="+89"/>
        <source>The connection was not stored: the run used the source&apos;s own credentials, and connections belong to an application.</source>
        <translation>Die Verbindung wurde nicht gespeichert: Der Lauf nutzte die eigenen Zugangsdaten der Quelle, und Verbindungen gehören zu einer Anwendung.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+4"/>
        <source>The connection was not stored: %1</source>
        <translation>Die Verbindung wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connection was stored as %1 for user %2.</source>
        <translation>Die Verbindung wurde als %1 für Nutzer %2 gespeichert.</translation>
    </message>
</context>
<context>
    <name>TestRunConnectionFollower</name>
    <message>
        <location filename="../src/qa/TestRunConnectionFollower.cpp" line="+58"/>
        <source>The stored connection was not updated: %1</source>
        <translation>Die gespeicherte Verbindung wurde nicht aktualisiert: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The stored connection was not updated: it no longer exists.</source>
        <translation>Die gespeicherte Verbindung wurde nicht aktualisiert: Sie existiert nicht mehr.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The stored connection %1 was not updated: its application no longer exists.</source>
        <translation>Die gespeicherte Verbindung %1 wurde nicht aktualisiert: Ihre Anwendung existiert nicht mehr.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The stored connection %1 holds the new tokens.</source>
        <translation>Die gespeicherte Verbindung %1 enthält die neuen Tokens.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The stored connection %1 was not updated: %2</source>
        <translation>Die gespeicherte Verbindung %1 wurde nicht aktualisiert: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The stored connection %1 records the failed refresh.</source>
        <translation>Die gespeicherte Verbindung %1 verzeichnet die fehlgeschlagene Aktualisierung.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The stored connection %1 was not revoked: %2</source>
        <translation>Die gespeicherte Verbindung %1 wurde nicht widerrufen: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The stored connection %1 is revoked too: its tokens are deleted and the application is told (deauth).</source>
        <translation>Die gespeicherte Verbindung %1 ist ebenfalls widerrufen: Ihre Tokens sind gelöscht, und die Anwendung wird benachrichtigt (deauth).</translation>
    </message>
</context>
<context>
    <name>TestRunRepository</name>
    <message>
        <location filename="../src/store/TestRunRepository.cpp" line="+34"/>
        <source>A test run needs a source.</source>
        <translation>Ein Testlauf braucht eine Quelle.</translation>
    </message>
</context>
<context>
    <name>TestStep</name>
    <message>
        <location filename="../src/qa/TestStep.cpp" line="+7"/>
        <source>Authorization page</source>
        <translation>Autorisierungsseite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Token exchange</source>
        <translation>Token-Austausch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test API call</source>
        <translation>Test-API-Aufruf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh</source>
        <translation>Aktualisierung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revoke</source>
        <translation>Widerruf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PKCE check</source>
        <translation>PKCE-Prüfung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request token</source>
        <translation>Request-Token</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Link token</source>
        <translation>Link-Token</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credential check</source>
        <translation>Prüfung der Zugangsdaten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection stored</source>
        <translation>Verbindung gespeichert</translation>
    </message>
</context>
<context>
    <name>TestsController</name>
    <message>
        <location filename="../ui/web/tests/TestsController.cpp" line="+228"/>
        <source>The run could not be stored: %1</source>
        <translation>Der Lauf konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>The tokens were revoked.</source>
        <translation>Die Tokens wurden widerrufen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refreshed: a new access token; the refresh token was rotated.</source>
        <translation>Aktualisiert: ein neues Access-Token; das Refresh-Token wurde rotiert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refreshed: a new access token.</source>
        <translation>Aktualisiert: ein neues Access-Token.</translation>
    </message>
</context>
<context>
    <name>TestsPage</name>
    <message>
        <location filename="../ui/web/tests/TestsPage.cpp" line="+67"/>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>running…</source>
        <translation>läuft…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+348"/>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <location line="-346"/>
        <location line="+347"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="-345"/>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Embedded browser</source>
        <translation>Eingebetteter Browser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System browser</source>
        <translation>Systembrowser</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Source:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;redentials:</source>
        <translation>&amp;Zugangsdaten:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browser:</source>
        <translation>Br&amp;owser:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The redirect URI registered with the provider. The embedded browser stops the redirect to it before it leaves, so a production URI works.</source>
        <translation>Die beim Anbieter registrierte Redirect-URI. Der eingebettete Browser fängt die Weiterleitung dorthin ab, bevor sie ihn verlässt, daher funktioniert auch eine Produktions-URI.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redirect &amp;URI:</source>
        <translation>Redirect-&amp;URI:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Test &amp;user:</source>
        <translation>Test&amp;nutzer:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test e-&amp;mail:</source>
        <translation>Test-E-&amp;Mail:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>S&amp;tart</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;voke at the end</source>
        <translation>Am Ende wider&amp;rufen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Untick to keep the tokens for Refresh Now and Revoke Now.</source>
        <translation>Haken entfernen, um die Tokens für „Jetzt aktualisieren“ und „Jetzt widerrufen“ zu behalten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test &amp;All Enabled Sources</source>
        <translation>Alle aktivierten Quellen &amp;testen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Ste&amp;ps</source>
        <translation>Schritt&amp;e</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Access token:</source>
        <translation>Access-Token:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh token:</source>
        <translation>Refresh-Token:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires:</source>
        <translation>Läuft ab:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Revo&amp;ke Now</source>
        <translation>Jetzt widerru&amp;fen</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Re-ru&amp;n</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Refresh N&amp;ow</source>
        <translation>Jetzt a&amp;ktualisieren</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>E&amp;xport HAR…</source>
        <translation>HAR e&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export Support Bun&amp;dle…</source>
        <translation>Support-Paket export&amp;ieren…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All enabled sources</source>
        <translation>Alle aktivierten Quellen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Results per source</source>
        <translation>Ergebnisse pro Quelle</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose a source and press Start: its authorization page opens here.</source>
        <translation>Wählen Sie eine Quelle und klicken Sie auf „Starten“: Ihre Autorisierungsseite öffnet sich hier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authorization Page</source>
        <translation>Autorisierungsseite</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Select a row to see its request and response (redacted).</source>
        <translation>Wählen Sie eine Zeile aus, um ihre Anfrage und Antwort (geschwärzt) zu sehen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>%1 (disabled)</source>
        <translation>%1 (deaktiviert)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The source&apos;s own</source>
        <translation>Von der Quelle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Application: %1</source>
        <translation>Anwendung: %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Last run %1, %2</source>
        <translation>Letzter Lauf %1, %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+145"/>
        <source>Every step passed.</source>
        <translation>Alle Schritte bestanden.</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>&quot;%1&quot; is not a redirect URI.</source>
        <translation>„%1“ ist keine Redirect-URI.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The authorization page is open in your browser. Linkdeck waits for it to come back to its loopback address.</source>
        <translation>Die Autorisierungsseite ist in Ihrem Browser geöffnet. Linkdeck wartet, bis sie zu seiner Loopback-Adresse zurückkehrt.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(%1 ms)</source>
        <translation>(%1 ms)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>none</source>
        <translation>nicht vorhanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— revoked</source>
        <translation>— widerrufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>•••• (%1)</source>
        <translation>•••• (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%1 of %n</source>
        <translation>
            <numerusform>%1 von %n</numerusform>
            <numerusform>%1 von %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export HAR</source>
        <translation>HAR exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HTTP Archive (*.har)</source>
        <translation>HTTP-Archiv (*.har)</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+25"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+25"/>
        <source>Saved %1 (redacted).</source>
        <translation>%1 gespeichert (geschwärzt).</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Export Support Bundle</source>
        <translation>Support-Paket exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Support bundle (*%1)</source>
        <translation>Support-Paket (*%1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The source no longer exists.</source>
        <translation>Die Quelle existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../ui/web/tests/TimelineModel.cpp" line="+53"/>
        <source>Redirect back (error)</source>
        <translation>Rückleitung (Fehler)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redirect back (code)</source>
        <translation>Rückleitung (Code)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redirect back</source>
        <translation>Rückleitung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browser</source>
        <translation>Browser</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Browser navigation to %1</source>
        <translation>Browser-Navigation zu %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Carried the authorization code (redacted).</source>
        <translation>Enthielt den Autorisierungscode (geschwärzt).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Carried an error from the provider.</source>
        <translation>Enthielt einen Fehler vom Anbieter.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No answer: %1</source>
        <translation>Keine Antwort: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP %1 %2, after %3 ms</source>
        <translation>HTTP %1 %2, nach %3 ms</translation>
    </message>
</context>
<context>
    <name>TokenClient</name>
    <message>
        <location filename="../src/auth/TokenClient.cpp" line="+91"/>
        <source>There is no authorization code to exchange.</source>
        <translation>Es gibt keinen Autorisierungscode zum Eintauschen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There is no refresh token.</source>
        <translation>Es gibt kein Refresh-Token.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>There is no token to revoke.</source>
        <translation>Es gibt kein Token zum Widerrufen.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The source has no revoke URL.</source>
        <translation>Die Quelle hat keine Revoke-URL.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The source has no token endpoint URL.</source>
        <translation>Die Quelle hat keine URL für den Token-Endpunkt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The token endpoint &quot;%1&quot; is not an http(s) URL.</source>
        <translation>Der Token-Endpunkt „%1“ ist keine http(s)-URL.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No client ID: the source has none and no application&apos;s credentials were given.</source>
        <translation>Keine Client-ID: Die Quelle hat keine, und es wurden keine Zugangsdaten einer Anwendung angegeben.</translation>
    </message>
    <message>
        <location line="+138"/>
        <location line="+47"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The answer is larger than %1 KiB.</source>
        <translation>Die Antwort ist größer als %1 KiB.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No complete answer within %1 seconds.</source>
        <translation>Keine vollständige Antwort innerhalb von %1 Sekunden.</translation>
    </message>
</context>
<context>
    <name>TokenSealer</name>
    <message>
        <location filename="../src/secrets/TokenSealer.cpp" line="+57"/>
        <source>There is no token sealing key.</source>
        <translation>Es gibt keinen Token-Versiegelungsschlüssel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cryptography library could not be initialised.</source>
        <translation>Die Kryptografiebibliothek konnte nicht initialisiert werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sealed data is cut short.</source>
        <translation>Die versiegelten Daten sind abgeschnitten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sealed data is in an unknown format.</source>
        <translation>Die versiegelten Daten haben ein unbekanntes Format.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The sealed data could not be opened: it was changed, or sealed with another key.</source>
        <translation>Die versiegelten Daten konnten nicht geöffnet werden: Sie wurden verändert oder mit einem anderen Schlüssel versiegelt.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>LINKDECK_SEALING_KEY must be the base64 text of %1 bytes.</source>
        <translation>LINKDECK_SEALING_KEY muss der Base64-Text von %1 Bytes sein.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot read the sealing key file %1: %2</source>
        <translation>Die Versiegelungsschlüssel-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The sealing key file %1 must hold %2 raw bytes or their base64 text.</source>
        <translation>Die Versiegelungsschlüssel-Datei %1 muss %2 Rohbytes oder deren Base64-Text enthalten.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The token sealing key in the keyring is damaged.</source>
        <translation>Der Token-Versiegelungsschlüssel im Schlüsselbund ist beschädigt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The token sealing key could not be read from the keyring: %1 Set LINKDECK_SEALING_KEY or LINKDECK_SEALING_KEY_FILE to run without a keyring.</source>
        <translation>Der Token-Versiegelungsschlüssel konnte nicht aus dem Schlüsselbund gelesen werden: %1 Setzen Sie LINKDECK_SEALING_KEY oder LINKDECK_SEALING_KEY_FILE, um ohne Schlüsselbund zu arbeiten.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A token sealing key could not be stored in the keyring: %1</source>
        <translation>Ein Token-Versiegelungsschlüssel konnte nicht im Schlüsselbund gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>UnsavedChangesPrompt</name>
    <message>
        <location filename="../ui/common/UnsavedChangesPrompt.cpp" line="+7"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the changes to &quot;%1&quot;?</source>
        <translation>Änderungen an „%1“ speichern?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your changes are lost if you don&apos;t save them.</source>
        <translation>Ihre Änderungen gehen verloren, wenn Sie sie nicht speichern.</translation>
    </message>
</context>
<context>
    <name>WebEngineUserAgent</name>
    <message numerus="yes">
        <location filename="../ui/web/WebEngineUserAgent.cpp" line="+20"/>
        <source>The provider did not send the browser back to the redirect URI within %n second(s).</source>
        <translation>
            <numerusform>Der Anbieter hat den Browser nicht innerhalb von %n Sekunde zur Redirect-URI zurückgeleitet.</numerusform>
            <numerusform>Der Anbieter hat den Browser nicht innerhalb von %n Sekunden zur Redirect-URI zurückgeleitet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+93"/>
        <source>The TLS certificate of %1 was refused: %2</source>
        <translation>Das TLS-Zertifikat von %1 wurde abgelehnt: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 could not be loaded: %2</source>
        <translation>%1 konnte nicht geladen werden: %2</translation>
    </message>
</context>
<context>
    <name>WebModule</name>
    <message>
        <location filename="../ui/common/WebModule.cpp" line="+27"/>
        <source>The Qt WebEngine pages cannot be loaded: %1</source>
        <translation>Die Qt-WebEngine-Seiten können nicht geladen werden: %1</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>%1 is not a Linkdeck web module.</source>
        <translation>%1 ist kein Linkdeck-Webmodul.</translation>
    </message>
    <message>
        <location filename="../ui/web/WebModuleEntry.cpp" line="+33"/>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
</context>
<context>
    <name>WebhookDeliveriesModel</name>
    <message>
        <location filename="../ui/webhooks/WebhookDeliveriesModel.cpp" line="+48"/>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>retrying</source>
        <translation>wird wiederholt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>delivered</source>
        <translation>zugestellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next attempt</source>
        <translation>Nächster Versuch</translation>
    </message>
</context>
<context>
    <name>WebhookDeliveryRepository</name>
    <message>
        <location filename="../src/store/WebhookDeliveryRepository.cpp" line="+78"/>
        <source>The webhook delivery no longer exists.</source>
        <translation>Die Webhook-Zustellung existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>WebhookSender</name>
    <message>
        <location filename="../src/connect/WebhookSender.cpp" line="+71"/>
        <source>The webhook delivery no longer exists.</source>
        <translation>Die Webhook-Zustellung existiert nicht mehr.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The application of this delivery no longer exists.</source>
        <translation>Die Anwendung dieser Zustellung existiert nicht mehr.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; has no webhook URL.</source>
        <translation>„%1“ hat keine Webhook-URL.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The replay could not be recorded.</source>
        <translation>Die erneute Zustellung konnte nicht aufgezeichnet werden.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The webhook URL is not an http(s) URL.</source>
        <translation>Die Webhook-URL ist keine http(s)-URL.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The application has no webhook signing secret; nothing was sent.</source>
        <translation>Die Anwendung hat kein Webhook-Signatur-Secret; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The webhook signing secret could not be read: %1</source>
        <translation>Das Webhook-Signatur-Secret konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The receiver answered with HTTP status %1.</source>
        <translation>Der Empfänger hat mit HTTP-Status %1 geantwortet.</translation>
    </message>
</context>
<context>
    <name>WebhooksController</name>
    <message>
        <location filename="../ui/webhooks/WebhooksController.cpp" line="+141"/>
        <source>Choose an application first.</source>
        <translation>Wählen Sie zuerst eine Anwendung aus.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; has no webhook URL; set one on the Applications page.</source>
        <translation>„%1“ hat keine Webhook-URL; legen Sie auf der Seite „Anwendungen“ eine fest.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The test event could not be recorded.</source>
        <translation>Das Testereignis konnte nicht aufgezeichnet werden.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Delivered: HTTP %1 in %2 ms.</source>
        <translation>Zugestellt: HTTP %1 in %2 ms.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not delivered: the receiver answered HTTP %1 in %2 ms.</source>
        <translation>Nicht zugestellt: Der Empfänger antwortete in %2 ms mit HTTP %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not delivered: %1</source>
        <translation>Nicht zugestellt: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is tried again as the retry policy says.</source>
        <translation>Die Zustellung wird gemäß der Wiederholungsrichtlinie erneut versucht.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unknown reason</source>
        <translation>unbekannter Grund</translation>
    </message>
</context>
<context>
    <name>WebhooksPage</name>
    <message>
        <location filename="../ui/webhooks/WebhooksPage.cpp" line="+54"/>
        <source>Webhook deliveries</source>
        <translation>Webhook-Zustellungen</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>&amp;Application:</source>
        <translation>&amp;Anwendung:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send &amp;test event</source>
        <translation>&amp;Testereignis senden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Post a signed &quot;test&quot; event to the application&apos;s webhook URL</source>
        <translation>Ein signiertes „test“-Ereignis per POST an die Webhook-URL der Anwendung senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refre&amp;sh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read the deliveries again (%1)</source>
        <translation>Die Zustellungen neu einlesen (%1)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Sent to:</source>
        <translation>Gesendet an:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Outcome:</source>
        <translation>Ergebnis:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>linkdeck-signature header</source>
        <translation>linkdeck-signature-Header</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;linkdeck-signature:</source>
        <translation>&amp;linkdeck-signature:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signature check:</source>
        <translation>Signaturprüfung:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed &amp;payload:</source>
        <translation>Signierte &amp;Nutzdaten:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Replay</source>
        <translation>&amp;Erneut senden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send this event again, as a new delivery to the current webhook URL</source>
        <translation>Dieses Ereignis erneut senden, als neue Zustellung an die aktuelle Webhook-URL</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No applications yet. Webhooks go to the applications&apos; webhook URLs; add an application on the Applications page.</source>
        <translation>Noch keine Anwendungen. Webhooks gehen an die Webhook-URLs der Anwendungen; fügen Sie auf der Seite „Anwendungen“ eine Anwendung hinzu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; has no webhook URL, so no webhooks are sent to it. Set one on the Applications page.</source>
        <translation>„%1“ hat keine Webhook-URL, daher werden keine Webhooks dorthin gesendet. Legen Sie auf der Seite „Anwendungen“ eine fest.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No webhooks were sent to &quot;%1&quot; yet. Send a test event to try its URL.</source>
        <translation>An „%1“ wurden noch keine Webhooks gesendet. Senden Sie ein Testereignis, um die URL auszuprobieren.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 event · delivery %2</source>
        <translation>Ereignis %1 · Zustellung %2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 after %n attempt(s)</source>
        <translation>
            <numerusform>%1 nach %n Versuch</numerusform>
            <numerusform>%1 nach %n Versuchen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, HTTP %1 in %2 ms</source>
        <translation>, HTTP %1 in %2 ms</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>checking…</source>
        <translation>wird geprüft…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>valid — signed with the application&apos;s current signing secret</source>
        <translation>gültig — mit dem aktuellen Signatur-Secret der Anwendung signiert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>invalid — does not match the payload under the current signing secret</source>
        <translation>ungültig — passt mit dem aktuellen Signatur-Secret nicht zu den Nutzdaten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>secret not available — the keyring has no signing secret for it</source>
        <translation>Secret nicht verfügbar — kein Signatur-Secret im Schlüsselbund</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not signed — it was never sent</source>
        <translation>nicht signiert — die Zustellung wurde nie gesendet</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Replaying delivery %1 as delivery %2.</source>
        <translation>Zustellung %1 wird als Zustellung %2 erneut gesendet.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sending test event (delivery %1)…</source>
        <translation>Testereignis wird gesendet (Zustellung %1)…</translation>
    </message>
</context>
<context>
    <name>WidgetEventLog</name>
    <message>
        <location filename="../src/connect/WidgetEventLog.cpp" line="+53"/>
        <source>&quot;event&quot; must be one of %1.</source>
        <translation>„event“ muss einer der Werte %1 sein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;code&quot; must be an error code such as INVALID_CREDENTIALS.</source>
        <translation>„code“ muss ein Fehlercode wie INVALID_CREDENTIALS sein.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This session has reported enough events.</source>
        <translation>Diese Sitzung hat genug Ereignisse gemeldet.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The event could not be recorded.</source>
        <translation>Das Ereignis konnte nicht aufgezeichnet werden.</translation>
    </message>
</context>
<context>
    <name>WidgetLinkApi</name>
    <message>
        <location filename="../src/connect/WidgetLinkApi.cpp" line="+51"/>
        <source>&quot;source&quot; is required.</source>
        <translation>„source“ ist erforderlich.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&quot;%1&quot; is not an OAuth provider.</source>
        <translation>„%1“ ist kein OAuth-Anbieter.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&quot;username&quot; and &quot;password&quot; are required.</source>
        <translation>„username“ und „password“ sind erforderlich.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;email&quot; is required.</source>
        <translation>„email“ ist erforderlich.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;email&quot; is not an e-mail address.</source>
        <translation>„email“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; does not take a password or an e-mail address.</source>
        <translation>„%1“ nimmt weder ein Passwort noch eine E-Mail-Adresse an.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Too many failed attempts in this session. Start again from the application.</source>
        <translation>Zu viele fehlgeschlagene Versuche in dieser Sitzung. Starten Sie erneut aus der Anwendung heraus.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&quot;%1&quot; does not connect through an on-device SDK.</source>
        <translation>„%1“ wird nicht über ein SDK auf dem Gerät verbunden.</translation>
    </message>
</context>
<context>
    <name>WidgetPageApi</name>
    <message>
        <location filename="../src/connect/WidgetPageApi.cpp" line="+26"/>
        <source>The widget is missing from this build.</source>
        <translation>Das Widget fehlt in diesem Build.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The user closed the connect widget.</source>
        <translation>Der Nutzer hat das Connect-Widget geschlossen.</translation>
    </message>
</context>
<context>
    <name>WidgetRequest</name>
    <message>
        <location filename="../src/connect/WidgetRequest.cpp" line="+10"/>
        <source>Send the request as application/json.</source>
        <translation>Senden Sie die Anfrage als application/json.</translation>
    </message>
</context>
<context>
    <name>WidgetSessionApi</name>
    <message>
        <location filename="../src/connect/WidgetSessionApi.cpp" line="+62"/>
        <source>The language &quot;%1&quot; is not offered; use one of %2.</source>
        <translation>Die Sprache „%1“ wird nicht angeboten; verwenden Sie eine von %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This application may not use any enabled provider.</source>
        <translation>Diese Anwendung darf keinen der aktivierten Anbieter verwenden.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The widget session is invalid or has expired.</source>
        <translation>Die Widget-Sitzung ist ungültig oder abgelaufen.</translation>
    </message>
</context>
<context>
    <name>WidgetSessionClient</name>
    <message>
        <location filename="../src/connect/WidgetSessionClient.cpp" line="+54"/>
        <source>&quot;%1&quot; is not an http(s) address of a connect service.</source>
        <translation>„%1“ ist keine http(s)-Adresse eines Connect-Dienstes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The application&apos;s secret would travel in clear text to %1; use https for a service on another machine.</source>
        <translation>Das Secret der Anwendung würde im Klartext an %1 übertragen; verwenden Sie https für einen Dienst auf einem anderen Rechner.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The connect service at %1 cannot be reached: %2</source>
        <translation>Der Connect-Dienst unter %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The connect service at %1 answered HTTP %2.</source>
        <translation>Der Connect-Dienst unter %1 antwortete mit HTTP %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connect service refused the session: %1 (%2)</source>
        <translation>Der Connect-Dienst hat die Sitzung abgelehnt: %1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The connect service at %1 gave no session.</source>
        <translation>Der Connect-Dienst unter %1 hat keine Sitzung geliefert.</translation>
    </message>
</context>
<context>
    <name>WidgetSessionLookup</name>
    <message>
        <location filename="../src/connect/WidgetSessionLookup.cpp" line="+38"/>
        <source>The widget session is invalid or has expired.</source>
        <translation>Die Widget-Sitzung ist ungültig oder abgelaufen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This session does not offer the provider &quot;%1&quot;.</source>
        <translation>Diese Sitzung bietet den Anbieter „%1“ nicht an.</translation>
    </message>
</context>
<context>
    <name>WidgetSessionRepository</name>
    <message>
        <location filename="../src/store/WidgetSessionRepository.cpp" line="+72"/>
        <source>The widget session no longer exists.</source>
        <translation>Die Widget-Sitzung existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>WidgetUrlTemplate</name>
    <message>
        <location filename="../src/connect/WidgetUrlTemplate.cpp" line="+46"/>
        <source>Enter the URL of the remote widget.</source>
        <translation>Geben Sie die URL des entfernten Widgets ein.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{%1} is not a placeholder; use %2.</source>
        <translation>{%1} ist kein Platzhalter; verwenden Sie %2.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; does not make an http(s) URL.</source>
        <translation>„%1“ ergibt keine http(s)-URL.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../src/store/Workspace.cpp" line="+93"/>
        <source>%1 is a folder, not a workspace file.</source>
        <translation>%1 ist ein Ordner, keine Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot read the workspace %1: %2</source>
        <translation>Der Arbeitsbereich %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a Linkdeck workspace (not a SQLite database). It was left untouched.</source>
        <translation>%1 ist kein Linkdeck-Arbeitsbereich (keine SQLite-Datenbank). Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The workspace %1 is read-only.</source>
        <translation>Der Arbeitsbereich %1 ist schreibgeschützt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+38"/>
        <source>Cannot open the workspace %1: %2</source>
        <translation>Der Arbeitsbereich %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>The workspace is not open.</source>
        <translation>Der Arbeitsbereich ist nicht geöffnet.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The workspace %1 is damaged and was left untouched: %2</source>
        <translation>Der Arbeitsbereich %1 ist beschädigt und wurde nicht verändert: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The PostgreSQL URL is not valid. Use postgresql://user@host[:port]/database.</source>
        <translation>Die PostgreSQL-URL ist ungültig. Verwenden Sie postgresql://benutzer@host[:port]/datenbank.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The PostgreSQL driver is not installed (libqt6sql6-psql).</source>
        <translation>Der PostgreSQL-Treiber ist nicht installiert (libqt6sql6-psql).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot connect to %1: %2</source>
        <translation>Keine Verbindung zu %1 möglich: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The workspace %1 has no schema version; it was left untouched.</source>
        <translation>Der Arbeitsbereich %1 hat keine Schemaversion; er wurde nicht verändert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is a database but not a Linkdeck workspace; it was left untouched.</source>
        <translation>%1 ist eine Datenbank, aber kein Linkdeck-Arbeitsbereich; sie wurde nicht verändert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The workspace %1 was written by a newer Linkdeck (schema %2; this version knows up to %3). Update Linkdeck to open it.</source>
        <translation>Der Arbeitsbereich %1 wurde von einem neueren Linkdeck geschrieben (Schema %2; diese Version kennt bis Schema %3). Aktualisieren Sie Linkdeck, um ihn zu öffnen.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The workspace %1 has no id.</source>
        <translation>Der Arbeitsbereich %1 hat keine ID.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The bundled catalogue could not be read: %1</source>
        <translation>Der mitgelieferte Katalog konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Cannot start a transaction: %1</source>
        <translation>Eine Transaktion kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot save to the workspace: %1</source>
        <translation>Speichern im Arbeitsbereich nicht möglich: %1</translation>
    </message>
</context>
</TS>

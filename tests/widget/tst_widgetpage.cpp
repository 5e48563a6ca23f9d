#include "ApplicationRepository.h"
#include "ConnectEvent.h"
#include "ConnectTestBed.h"
#include "ConnectionRepository.h"
#include "DevToolsSession.h"
#include "EventRepository.h"
#include "RecordingPage.h"
#include "SourceRepository.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QUrlQuery>
#include <QWebEngineProfile>
#include <memory>

namespace {

// The first page starts WebEngine's processes: give it time.
constexpr int kFirstLoadMs = 30000;

QString jsString(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray { text }).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

} // namespace

/// The connect widget in Qt WebEngine (offscreen, its own profile) against
/// a connect service on loopback: what it shows, searching and the
/// keyboard, the password form and its inline errors, SDK and OAuth
/// sources, the endings, German, the themes, a phone's viewport, and the
/// Connect popup handing its special token to the page that opened it
/// through connect.js. Every step is checked in the workspace too.
class TestWidgetPage : public QObject
{
    Q_OBJECT

public:
    explicit TestWidgetPage(quint16 devToolsPort)
        : m_devToolsPort(devToolsPort)
    { }

private:
    quint16 m_devToolsPort;
    std::unique_ptr<ConnectTestBed> m_bed;
    QWebEngineProfile *m_profile = nullptr;
    RecordingPage *m_page = nullptr;

    QString serviceOrigin() const { return m_bed->service().baseUrl().adjusted(QUrl::RemovePath).toString(); }

    /// A widget session of application A; its URL.
    QUrl session(QJsonObject body = {})
    {
        if (!body.contains(QStringLiteral("providers")))
            body.insert(QStringLiteral("providers"),
                QJsonArray { QStringLiteral("pw_test"), QStringLiteral("fitbit"), QStringLiteral("oura"),
                    QStringLiteral("apple_health"), QStringLiteral("mail_test") });
        const auto answer = m_bed->call("POST", QStringLiteral("/v1/widget/session"),
            QJsonDocument(body).toJson(QJsonDocument::Compact), { m_bed->basicA() });
        return QUrl(answer.json.value(QStringLiteral("url")).toString());
    }

    static QString sessionIdOf(const QUrl &url) { return url.path().section(QLatin1Char('/'), -1); }

    /// Loads @p url; false where it did not load, or (with @p httpError)
    /// where it loaded without an HTTP error status.
    bool load(RecordingPage *page, const QUrl &url, bool httpError = false)
    {
        QSignalSpy finished(page, &QWebEnginePage::loadFinished);
        page->load(url);
        return finished.wait(kFirstLoadMs) && finished.constFirst().constFirst().toBool() != httpError;
    }

    /// Loads @p url and waits until the widget has left its loading screen.
    bool open(const QUrl &url, RecordingPage *page = nullptr, bool httpError = false)
    {
        page = page ? page : m_page;
        if (!load(page, url, httpError))
            return false;
        return QTest::qWaitFor(
            [page]() {
                return page->run(QStringLiteral("document.getElementById('card').getAttribute('aria-busy')"))
                    == QVariant(QStringLiteral("false"));
            },
            kFirstLoadMs);
    }

    QVariant js(const QString &script) { return m_page->run(script); }
    bool shown(const QString &id)
    {
        return js(QStringLiteral("!document.getElementById(%1).hidden").arg(jsString(id))).toBool();
    }
    QString text(const QString &id)
    {
        return js(QStringLiteral("document.getElementById(%1).textContent").arg(jsString(id)))
            .toString()
            .trimmed();
    }
    QString focused() { return js(QStringLiteral("document.activeElement.id")).toString(); }
    int visibleSources()
    {
        return js(
            QStringLiteral("Array.from(document.querySelectorAll('#sourceList li')).filter(function (li) "
                           "{ return !li.hidden; }).length"))
            .toInt();
    }
    void click(const QString &id)
    {
        js(QStringLiteral("document.getElementById(%1).click(); true").arg(jsString(id)));
    }
    void type(const QString &id, const QString &value)
    {
        js(QStringLiteral("(function () { var e = document.getElementById(%1); e.value = %2; "
                          "e.dispatchEvent(new Event('input', { bubbles: true })); return true; })()")
                .arg(jsString(id), jsString(value)));
    }
    /// A keydown of @p key on the focused element, as the keyboard sends it.
    void press(const QString &key)
    {
        js(QStringLiteral("document.activeElement.dispatchEvent(new KeyboardEvent('keydown', "
                          "{ key: %1, bubbles: true, cancelable: true })); true")
                .arg(jsString(key)));
    }
    void submit() { js(QStringLiteral("document.getElementById('credentialsForm').requestSubmit(); true")); }

    /// The widget's events of @p sessionId in the workspace, sorted.
    QStringList widgetEvents(const QString &sessionId)
    {
        QStringList kinds;
        for (const ConnectEvent &event : EventRepository(m_bed->workspace()).forSession(sessionId)) {
            if (event.kind.startsWith(QLatin1String("widget.")))
                kinds << event.kind;
        }
        kinds.sort();
        return kinds;
    }
    QStringList allEvents(const QString &sessionId)
    {
        QStringList kinds;
        for (const ConnectEvent &event : EventRepository(m_bed->workspace()).forSession(sessionId))
            kinds << event.kind;
        return kinds;
    }

    /// No Content-Security-Policy violation or script error was reported.
    void verifyQuietConsole(RecordingPage *page = nullptr)
    {
        page = page ? page : m_page;
        for (const QString &message : page->consoleMessages()) {
            QVERIFY2(!message.contains(QLatin1String("Content Security Policy")), qPrintable(message));
            QVERIFY2(!message.contains(QLatin1String("Uncaught")), qPrintable(message));
        }
    }

    /// The widths that matter for overflow, as "scrollWidth/innerWidth".
    QString widths()
    {
        return js(QStringLiteral("document.documentElement.scrollWidth + '/' + window.innerWidth"))
            .toString();
    }

private Q_SLOTS:
    void init()
    {
        m_bed = std::make_unique<ConnectTestBed>();
        QVERIFY2(m_bed->setUp(), qPrintable(m_bed->error()));
        m_profile = new QWebEngineProfile(); // off the record: nothing on disk
        m_page = new RecordingPage(m_profile, { serviceOrigin() });
    }

    void cleanup()
    {
        // The page before its profile.
        delete m_page;
        m_page = nullptr;
        delete m_profile;
        m_profile = nullptr;
        m_bed.reset();
    }

    void listRendersWithLogos()
    {
        const QUrl url = session();
        QVERIFY(open(url));
        QVERIFY(shown(QStringLiteral("listScreen")));
        QCOMPARE(js(QStringLiteral("Array.from(document.querySelectorAll('.source-name')).map(function (e) "
                                   "{ return e.textContent; }).join('|')"))
                     .toString(),
            QStringLiteral("PW_TEST|Fitbit|Oura|Apple Health|MAIL_TEST"));
        QCOMPARE(text(QStringLiteral("title")), QStringLiteral("Connect your data"));
        QVERIFY(text(QStringLiteral("subtitle")).contains(QLatin1String("App A")));
        QCOMPARE(js(QStringLiteral("document.documentElement.lang")).toString(), QStringLiteral("en"));
        QCOMPARE(
            text(QStringLiteral("source-pw_test")).contains(QLatin1String("Username and password")), true);
        QCOMPARE(text(QStringLiteral("source-fitbit")).contains(QLatin1String("Sign in with Fitbit")), true);
        // The bundled sources' logos load from the service; the others show initials.
        QTRY_COMPARE(
            js(QStringLiteral("Array.from(document.querySelectorAll('#sourceList img')).filter(function (i) "
                              "{ return i.complete && i.naturalWidth > 0; }).length"))
                .toInt(),
            3);
        QCOMPARE(
            js(QStringLiteral("document.querySelectorAll('#sourceList .logo.initials').length")).toInt(), 2);
        QCOMPARE(focused(), QStringLiteral("searchInput"));
        QTRY_COMPARE(widgetEvents(sessionIdOf(url)), QStringList { QStringLiteral("widget.open") });
        verifyQuietConsole();
    }

    void searchAndKeyboard()
    {
        QVERIFY(open(session()));
        type(QStringLiteral("searchInput"), QStringLiteral("FIT"));
        QCOMPARE(visibleSources(), 1);
        press(QStringLiteral("ArrowDown"));
        QCOMPARE(focused(), QStringLiteral("source-fitbit"));
        press(QStringLiteral("Escape"));
        QCOMPARE(focused(), QStringLiteral("searchInput"));
        press(QStringLiteral("Escape")); // clears the search
        QCOMPARE(js(QStringLiteral("document.getElementById('searchInput').value")).toString(), QString());
        QCOMPARE(visibleSources(), 5);

        // Matches descriptions and keys too; nothing matching says so.
        type(QStringLiteral("searchInput"), QStringLiteral("apple_health"));
        QCOMPARE(visibleSources(), 1);
        type(QStringLiteral("searchInput"), QStringLiteral("zzz"));
        QCOMPARE(visibleSources(), 0);
        QVERIFY(shown(QStringLiteral("noResults")));
        QVERIFY(text(QStringLiteral("noResults")).contains(QLatin1String("zzz")));
        type(QStringLiteral("searchInput"), QString());
        QVERIFY(!shown(QStringLiteral("noResults")));

        // Arrows, Home and End walk the list; up from the top goes back to the search.
        press(QStringLiteral("ArrowDown"));
        QCOMPARE(focused(), QStringLiteral("source-pw_test"));
        press(QStringLiteral("ArrowDown"));
        QCOMPARE(focused(), QStringLiteral("source-fitbit"));
        press(QStringLiteral("End"));
        QCOMPARE(focused(), QStringLiteral("source-mail_test"));
        press(QStringLiteral("ArrowDown"));
        QCOMPARE(focused(), QStringLiteral("source-mail_test"));
        press(QStringLiteral("Home"));
        QCOMPARE(focused(), QStringLiteral("source-pw_test"));
        press(QStringLiteral("ArrowUp"));
        QCOMPARE(focused(), QStringLiteral("searchInput"));

        // Enter in the search picks the first match; Escape goes back.
        type(QStringLiteral("searchInput"), QStringLiteral("pw"));
        press(QStringLiteral("Enter"));
        QTRY_VERIFY(shown(QStringLiteral("formScreen")));
        QCOMPARE(focused(), QStringLiteral("usernameInput"));
        press(QStringLiteral("Escape"));
        QVERIFY(shown(QStringLiteral("listScreen")));
        QCOMPARE(focused(), QStringLiteral("searchInput"));

        // Focus is visible: keyboard focus gets a solid outline. (Synthetic
        // keys do not count as keyboard use, so the rule itself is checked.)
        QVERIFY(js(QStringLiteral("Array.from(document.styleSheets).some(function (sheet) { "
                                  "return Array.from(sheet.cssRules).some(function (rule) { "
                                  "return rule.selectorText === ':focus-visible' "
                                  "&& /outline: [2-9]px solid/.test(rule.cssText); }); })"))
                    .toBool());
    }

    void passwordForm()
    {
        const QUrl url = session();
        const QString id = sessionIdOf(url);
        QVERIFY(open(url));
        click(QStringLiteral("source-pw_test"));
        QTRY_VERIFY(shown(QStringLiteral("formScreen")));
        QVERIFY(shown(QStringLiteral("usernameField")));
        QVERIFY(shown(QStringLiteral("passwordField")));
        QVERIFY(!shown(QStringLiteral("emailField")));
        QCOMPARE(text(QStringLiteral("formTitle")), QStringLiteral("Sign in to PW_TEST"));

        // Empty fields are caught in the page, before anything is sent.
        submit();
        QVERIFY(shown(QStringLiteral("usernameError")));
        QCOMPARE(text(QStringLiteral("usernameError")), QStringLiteral("Enter your username."));
        QVERIFY(shown(QStringLiteral("passwordError")));
        QCOMPARE(focused(), QStringLiteral("usernameInput"));
        QVERIFY(m_bed->logins.isEmpty());

        // A wrong password: the provider's refusal shows on the password field.
        type(QStringLiteral("usernameInput"), QStringLiteral("ada"));
        type(QStringLiteral("passwordInput"), QStringLiteral("wrong-horse"));
        submit();
        QTRY_VERIFY(shown(QStringLiteral("passwordError")) && !shown(QStringLiteral("usernameError")));
        QTRY_VERIFY(text(QStringLiteral("passwordError")).contains(QLatin1String("did not accept")));
        QCOMPARE(js(QStringLiteral("document.getElementById('passwordInput').getAttribute('aria-invalid')"))
                     .toString(),
            QStringLiteral("true"));
        QCOMPARE(focused(), QStringLiteral("passwordInput"));
        QVERIFY(shown(QStringLiteral("formScreen")));
        QCOMPARE(ConnectionRepository(m_bed->workspace()).forApplication(m_bed->a().id).size(), 0);

        // The right one connects.
        type(QStringLiteral("passwordInput"), QStringLiteral("correct-horse"));
        submit();
        QTRY_VERIFY(shown(QStringLiteral("successScreen")));
        QCOMPARE(
            text(QStringLiteral("successBody")), QStringLiteral("App A can now use your data from PW_TEST."));
        QCOMPARE(ConnectionRepository(m_bed->workspace()).forApplication(m_bed->a().id).size(), 1);

        const QStringList expected { QStringLiteral("widget.error"), QStringLiteral("widget.open"),
            QStringLiteral("widget.select_source"), QStringLiteral("widget.submit_credentials"),
            QStringLiteral("widget.submit_credentials"), QStringLiteral("widget.success") };
        QTRY_COMPARE(widgetEvents(id), expected);
        for (const ConnectEvent &event : EventRepository(m_bed->workspace()).forSession(id)) {
            if (event.kind == QLatin1String("widget.error"))
                QCOMPARE(event.detail.value(QStringLiteral("code")).toString(),
                    QStringLiteral("INVALID_CREDENTIALS"));
            if (event.kind == QLatin1String("widget.select_source"))
                QCOMPARE(
                    event.detail.value(QStringLiteral("provider")).toString(), QStringLiteral("pw_test"));
        }
        QVERIFY(allEvents(id).contains(QStringLiteral("auth")));
        QVERIFY(!m_bed->rawDatabase().contains("correct-horse"));
        verifyQuietConsole();
    }

    void emailForm()
    {
        QVERIFY(open(session()));
        click(QStringLiteral("source-mail_test"));
        QTRY_VERIFY(shown(QStringLiteral("formScreen")));
        QVERIFY(shown(QStringLiteral("emailField")));
        QVERIFY(!shown(QStringLiteral("passwordField")));
        type(QStringLiteral("emailInput"), QStringLiteral("not-an-address"));
        submit();
        QCOMPARE(text(QStringLiteral("emailError")), QStringLiteral("This is not an e-mail address."));
        type(QStringLiteral("emailInput"), QStringLiteral("eve@example.com"));
        submit();
        QTRY_COMPARE(text(QStringLiteral("emailError")),
            QStringLiteral("MAIL_TEST does not know this e-mail address."));
        type(QStringLiteral("emailInput"), QStringLiteral("ada@example.com"));
        submit();
        QTRY_VERIFY(shown(QStringLiteral("successScreen")));
    }

    void germanStrings()
    {
        QVERIFY(open(session({ { QStringLiteral("language"), QStringLiteral("de") } })));
        QCOMPARE(js(QStringLiteral("document.documentElement.lang")).toString(), QStringLiteral("de"));
        QCOMPARE(text(QStringLiteral("title")), QStringLiteral("Verbinde deine Daten"));
        QCOMPARE(js(QStringLiteral("document.title")).toString(), QStringLiteral("Verbinde deine Daten"));
        QCOMPARE(js(QStringLiteral("document.getElementById('searchInput').placeholder")).toString(),
            QStringLiteral("Suchen, z.\u00a0B. Garmin"));
        QVERIFY(text(QStringLiteral("source-pw_test")).contains(QLatin1String("Benutzername und Passwort")));
        QVERIFY(text(QStringLiteral("source-fitbit")).contains(QLatin1String("Mit Fitbit anmelden")));
        QCOMPARE(js(QStringLiteral("document.getElementById('closeButton').getAttribute('aria-label')"))
                     .toString(),
            QStringLiteral("Schlie\u00dfen"));

        click(QStringLiteral("source-pw_test"));
        QTRY_VERIFY(shown(QStringLiteral("formScreen")));
        QCOMPARE(text(QStringLiteral("formTitle")), QStringLiteral("Bei PW_TEST anmelden"));
        QCOMPARE(
            js(QStringLiteral("document.querySelector('label[for=passwordInput]').textContent")).toString(),
            QStringLiteral("Passwort"));
        type(QStringLiteral("usernameInput"), QStringLiteral("ada"));
        type(QStringLiteral("passwordInput"), QStringLiteral("wrong-horse"));
        submit();
        QTRY_VERIFY(text(QStringLiteral("passwordError")).contains(QLatin1String("nicht akzeptiert")));
        type(QStringLiteral("passwordInput"), QStringLiteral("correct-horse"));
        submit();
        QTRY_VERIFY(shown(QStringLiteral("successScreen")));
        QCOMPARE(text(QStringLiteral("successTitle")), QStringLiteral("Verbunden"));
    }

    void themes()
    {
        const QUrl url = session();
        QUrl dark = url;
        dark.setQuery(QStringLiteral("theme=dark"));
        QVERIFY(open(dark));
        QCOMPARE(js(QStringLiteral("getComputedStyle(document.body).backgroundColor")).toString(),
            QStringLiteral("rgb(15, 17, 21)"));
        QUrl light = url;
        light.setQuery(QStringLiteral("theme=light"));
        QVERIFY(open(light));
        QCOMPARE(js(QStringLiteral("getComputedStyle(document.body).backgroundColor")).toString(),
            QStringLiteral("rgb(243, 244, 247)"));

        // Without the parameter, the system's preference decides.
        QVERIFY(open(url));
        DevToolsSession devTools;
        QVERIFY2(devTools.attach(m_devToolsPort, url), qPrintable(devTools.error()));
        QVERIFY2(devTools.call(QStringLiteral("Emulation.setEmulatedMedia"),
                     { { QStringLiteral("features"),
                         QJsonArray {
                             QJsonObject { { QStringLiteral("name"), QStringLiteral("prefers-color-scheme") },
                                 { QStringLiteral("value"), QStringLiteral("dark") } } } } }),
            qPrintable(devTools.error()));
        QTRY_COMPARE(js(QStringLiteral("getComputedStyle(document.body).backgroundColor")).toString(),
            QStringLiteral("rgb(15, 17, 21)"));
    }

    void fitsAPhoneAndADesktop()
    {
        // A long name and German, the wider language.
        QSqlQuery rename(m_bed->workspace().database());
        QVERIFY(rename.exec(QStringLiteral("UPDATE sources SET display_name = "
                                           "'Freestyle Libre Continuous Glucose Monitoring Cloud Service' "
                                           "WHERE key = 'mail_test'")));
        const QUrl url = session({ { QStringLiteral("language"), QStringLiteral("de") } });
        QVERIFY(open(url));
        DevToolsSession devTools;
        QVERIFY2(devTools.attach(m_devToolsPort, url), qPrintable(devTools.error()));
        QVERIFY2(devTools.emulateViewport(360, 740, true), qPrintable(devTools.error()));
        QTRY_COMPARE(js(QStringLiteral("window.innerWidth")).toInt(), 360);
        QCOMPARE(widths(), QStringLiteral("360/360"));
        // The card fills the phone's width.
        QCOMPARE(
            js(QStringLiteral("document.getElementById('card').getBoundingClientRect().width")).toInt(), 360);

        click(QStringLiteral("source-mail_test"));
        QTRY_VERIFY(shown(QStringLiteral("formScreen")));
        type(QStringLiteral("emailInput"), QStringLiteral("eve@example.com"));
        submit();
        QTRY_VERIFY(shown(QStringLiteral("emailError")));
        QCOMPARE(widths(), QStringLiteral("360/360"));
        type(QStringLiteral("emailInput"), QStringLiteral("ada@example.com"));
        submit();
        QTRY_VERIFY(shown(QStringLiteral("successScreen")));
        QCOMPARE(widths(), QStringLiteral("360/360"));

        // On a desktop the card keeps its width in the middle.
        QVERIFY2(devTools.emulateViewport(1280, 800, false), qPrintable(devTools.error()));
        QTRY_COMPARE(js(QStringLiteral("window.innerWidth")).toInt(), 1280);
        QCOMPARE(widths(), QStringLiteral("1280/1280"));
        QCOMPARE(
            js(QStringLiteral("document.getElementById('card').getBoundingClientRect().width")).toInt(), 440);
        QCOMPARE(
            js(QStringLiteral("document.getElementById('card').getBoundingClientRect().left")).toInt(), 420);
    }

    void sdkSource()
    {
        const QUrl url = session();
        QVERIFY(open(url));
        click(QStringLiteral("source-apple_health"));
        QTRY_VERIFY(shown(QStringLiteral("sdkScreen")));
        QCOMPARE(text(QStringLiteral("sdkTitle")),
            QStringLiteral("Apple Health connects through the app on your phone"));
        QCOMPARE(focused(), QStringLiteral("sdkButton"));
        click(QStringLiteral("sdkButton"));
        QTRY_VERIFY(shown(QStringLiteral("successScreen")));
        QTRY_VERIFY(widgetEvents(sessionIdOf(url)).contains(QStringLiteral("widget.success")));
        QVERIFY(allEvents(sessionIdOf(url)).contains(QStringLiteral("sdk.chosen")));
    }

    void oauthSourceGoesToTheProvider()
    {
        const QUrl url = session();
        QVERIFY(open(url));
        QSignalSpy refused(m_page, &RecordingPage::navigationRefused);
        click(QStringLiteral("source-fitbit"));
        QVERIFY(refused.wait(10000));
        const QUrl provider = refused.constFirst().constFirst().toUrl();
        QCOMPARE(provider.host(), QStringLiteral("www.fitbit.com"));
        QCOMPARE(QUrlQuery(provider).queryItemValue(QStringLiteral("client_id")),
            QStringLiteral("a-fitbit-client"));
        // Reported before the page left.
        QVERIFY(widgetEvents(sessionIdOf(url)).contains(QStringLiteral("widget.oauth_redirect")));
        QVERIFY(allEvents(sessionIdOf(url)).contains(QStringLiteral("oauth.started")));
    }

    void backFromTheProvider()
    {
        const QUrl url = session();
        QUrl failed = url;
        failed.setQuery(QStringLiteral("result=failure&error=access_denied&resource=fitbit"));
        QVERIFY(open(failed));
        QVERIFY(shown(QStringLiteral("failureScreen")));
        QCOMPARE(text(QStringLiteral("failureBody")),
            QStringLiteral("Fitbit was not connected. Access was declined."));
        QTRY_VERIFY(widgetEvents(sessionIdOf(url)).contains(QStringLiteral("widget.error")));
        click(QStringLiteral("retryButton"));
        QVERIFY(shown(QStringLiteral("listScreen")));

        QUrl succeeded = url;
        succeeded.setQuery(QStringLiteral("result=success&resource=fitbit"));
        QVERIFY(open(succeeded));
        QVERIFY(shown(QStringLiteral("successScreen")));
        QCOMPARE(
            text(QStringLiteral("successBody")), QStringLiteral("App A can now use your data from Fitbit."));
    }

    void closingGoesToTheFailureUrl()
    {
        const QUrl url = session({ { QStringLiteral("reference_id"), QStringLiteral("dev-1") },
            { QStringLiteral("auth_failure_redirect_url"), QStringLiteral("https://a.example/fail") } });
        QVERIFY(open(url));
        QSignalSpy refused(m_page, &RecordingPage::navigationRefused);
        click(QStringLiteral("closeButton"));
        QVERIFY(refused.wait(10000));
        const QUrl exit = refused.constFirst().constFirst().toUrl();
        QCOMPARE(exit.host(), QStringLiteral("a.example"));
        QCOMPARE(QUrlQuery(exit).queryItemValue(QStringLiteral("error")), QStringLiteral("user_exit"));
        QCOMPARE(QUrlQuery(exit).queryItemValue(QStringLiteral("reference_id")), QStringLiteral("dev-1"));
        QVERIFY(widgetEvents(sessionIdOf(url)).contains(QStringLiteral("widget.exit")));
    }

    void expiredLinksSaySo()
    {
        const QUrl url = session();
        m_bed->clock().advance(std::chrono::hours(2));
        // The page still comes, as a 404, and says what happened.
        QVERIFY(open(url, m_page, true));
        QVERIFY(shown(QStringLiteral("endScreen")));
        QCOMPARE(text(QStringLiteral("endTitle")), QStringLiteral("This link is no longer valid"));
    }

    void popupHandsItsSpecialTokenToTheOpener()
    {
        // The developer's page, on its own origin, which A registers.
        QHttpServer developer;
        const quint16 port = developer.listen(QHostAddress(QHostAddress::LocalHost), 0);
        QVERIFY(port != 0);
        const QString origin = QStringLiteral("http://127.0.0.1:%1").arg(port);
        Application a = *ApplicationRepository(m_bed->workspace()).find(m_bed->a().id);
        a.redirectUrls << origin + QStringLiteral("/done");
        QVERIFY(ApplicationRepository(m_bed->workspace()).update(&a).isOk());
        const QString service = m_bed->service().baseUrl().toString();
        const QString html = QStringLiteral(
            "<!DOCTYPE html><html><head><script "
            "src=\"%1/widget/assets/connect.js\"></script></head><body><script>"
            "window.outcome = null;"
            "window.start = function () { Linkdeck.connect({ serviceUrl: %2, clientId: %3, clientUserId: "
            "'user-42',"
            " onSpecialToken: function (token) { window.outcome = { token: token }; },"
            " onExit: function () { window.outcome = window.outcome || { exit: true }; } }); return true; };"
            "</script></body></html>")
                                 .arg(service, jsString(service), jsString(a.clientId));
        developer.route(QStringLiteral("/app"),
            [html]() { return QHttpServerResponse(QByteArrayLiteral("text/html"), html.toUtf8()); });

        delete m_page;
        m_page = new RecordingPage(m_profile, { serviceOrigin(), origin });
        QVERIFY(load(m_page, QUrl(origin + QStringLiteral("/app"))));
        QTRY_VERIFY(js(QStringLiteral("typeof Linkdeck === 'object'")).toBool());
        QVERIFY(js(QStringLiteral("start()")).toBool());
        QTRY_COMPARE_WITH_TIMEOUT(m_page->windows().size(), 1, kFirstLoadMs);
        RecordingPage *popup = m_page->windows().constFirst();
        QTRY_VERIFY_WITH_TIMEOUT(
            popup->run(QStringLiteral("!!document.getElementById('source-pw_test')")).toBool(), kFirstLoadMs);
        QVERIFY(popup->url().path().startsWith(QLatin1String("/widget/ws_")));
        const QString id = sessionIdOf(popup->url());

        popup->run(QStringLiteral("document.getElementById('source-pw_test').click(); true"));
        QTRY_VERIFY(popup->run(QStringLiteral("!document.getElementById('formScreen').hidden")).toBool());
        popup->run(QStringLiteral("document.getElementById('usernameInput').value = 'ada';"
                                  "document.getElementById('passwordInput').value = 'correct-horse';"
                                  "document.getElementById('credentialsForm').requestSubmit(); true"));
        QTRY_VERIFY(popup->run(QStringLiteral("!document.getElementById('finishButton').hidden")).toBool());
        QCOMPARE(popup->run(QStringLiteral("document.getElementById('finishButton').textContent")).toString(),
            QStringLiteral("Finish Connecting Data"));
        // Back to the list: the source says it is connected, and the way out stays.
        popup->run(QStringLiteral("document.getElementById('anotherButton').click(); true"));
        QVERIFY(popup->run(QStringLiteral("!document.getElementById('finishBar').hidden")).toBool());
        QVERIFY(popup->run(QStringLiteral("document.getElementById('source-pw_test').textContent"))
                    .toString()
                    .contains(QLatin1String("Connected")));
        popup->run(QStringLiteral("document.getElementById('finishListButton').click(); true"));

        QTRY_VERIFY(js(QStringLiteral("window.outcome !== null")).toBool());
        const QString token = js(QStringLiteral("window.outcome.token || ''")).toString();
        QVERIFY(!token.isEmpty());
        QVERIFY(widgetEvents(id).contains(QStringLiteral("widget.success")));

        // The developer's server exchanges it for the user and an access token.
        const auto exchanged = m_bed->call("POST", QStringLiteral("/v1/auth/token"),
            QJsonDocument(QJsonObject { { QStringLiteral("specialToken"), token } }).toJson(),
            { m_bed->basicA() });
        QCOMPARE(exchanged.status, 200);
        QCOMPARE(exchanged.json.value(QStringLiteral("userCode")).toString(), QStringLiteral("user-42"));
        verifyQuietConsole(popup);
    }

    void screenshotWithHeadlessChromium()
    {
        const QUrl url = session();
        QVERIFY(open(url));
        // The rendered page, for a person to look at.
        const QString dir = QDir::tempPath() + QStringLiteral("/linkdeck-widget");
        QVERIFY(QDir().mkpath(dir));
        QFile html(dir + QStringLiteral("/list.html"));
        QVERIFY(html.open(QIODevice::WriteOnly | QIODevice::Truncate));
        html.write(js(QStringLiteral("document.documentElement.outerHTML")).toString().toUtf8());
        html.close();

        QString chromium;
        for (const char *name : { "chromium", "chromium-browser", "google-chrome", "headless_shell" }) {
            chromium = QStandardPaths::findExecutable(QString::fromLatin1(name));
            if (!chromium.isEmpty())
                break;
        }
        if (chromium.isEmpty())
            QSKIP("No headless Chromium is installed; the page's HTML is in the temporary folder.");
        for (const QSize &size : { QSize(360, 740), QSize(1280, 800) }) {
            const QString png = dir + QStringLiteral("/list-%1.png").arg(size.width());
            QFile::remove(png);
            QProcess process;
            process.start(chromium,
                { QStringLiteral("--headless"), QStringLiteral("--no-sandbox"),
                    QStringLiteral("--disable-gpu"), QStringLiteral("--hide-scrollbars"),
                    QStringLiteral("--screenshot=") + png,
                    QStringLiteral("--window-size=%1,%2").arg(size.width()).arg(size.height()),
                    url.toString() });
            QVERIFY(process.waitForStarted());
            // Chromium needs the service, which answers on this thread.
            QTRY_VERIFY_WITH_TIMEOUT(process.state() == QProcess::NotRunning, 60000);
            QVERIFY2(QFile::exists(png), process.readAllStandardError().constData());
            qInfo("Look at %s", qPrintable(png));
        }
    }
};

int main(int argc, char **argv)
{
    // The DevTools protocol gives pages without a view a viewport.
    const quint16 devToolsPort = DevToolsSession::freePort();
    qputenv(
        "QTWEBENGINE_REMOTE_DEBUGGING", QByteArrayLiteral("127.0.0.1:") + QByteArray::number(devToolsPort));
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QGuiApplication app(argc, argv);
    TestWidgetPage test(devToolsPort);
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_widgetpage.moc"

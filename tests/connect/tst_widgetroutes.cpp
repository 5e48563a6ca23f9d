#include "ConnectEvent.h"
#include "ConnectTestBed.h"
#include "ConnectionRepository.h"
#include "EventRepository.h"
#include "OAuthStateRepository.h"
#include "OpaqueToken.h"
#include "WidgetAssets.h"
#include "WidgetEventLog.h"
#include "WidgetLinkApi.h"
#include "WidgetRedirects.h"
#include "WidgetSessionRepository.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QUrlQuery>

using namespace std::chrono_literals;

/// The connect widget's routes over real HTTP on loopback: the page and
/// its files with their headers, what the widget shows, the logos, the
/// events it reports, linking from the widget (OAuth, password, e-mail,
/// SDK) and the Connect popup up to its special token.
class TestWidgetRoutes : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ConnectTestBed> m_bed;

    ConnectTestBed::Answer post(const QString &path, const QJsonObject &body,
        const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        return m_bed->call("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
    }

    /// A session of application A; its id.
    QString session(const QJsonObject &body = {})
    {
        const auto answer = post(QStringLiteral("/v1/widget/session"), body, { m_bed->basicA() });
        return answer.json.value(QStringLiteral("session_id")).toString();
    }

    QString widget(const QString &sessionId, const QString &rest = {})
    {
        return QStringLiteral("/widget/") + sessionId + rest;
    }

    QStringList kindsOf(const QString &sessionId)
    {
        QStringList kinds;
        for (const ConnectEvent &event : EventRepository(m_bed->workspace()).forSession(sessionId))
            kinds << event.kind;
        return kinds;
    }

    int count(const QString &table)
    {
        QSqlQuery query(m_bed->workspace().database());
        if (!query.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !query.next())
            return -1;
        return query.value(0).toInt();
    }

    /// GET @p path without following a redirect: {status, Location}.
    QPair<int, QByteArray> getUnfollowed(const QString &path)
    {
        QNetworkRequest request(m_bed->service().baseUrl().resolved(QUrl(path)));
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        QNetworkAccessManager network;
        QNetworkReply *reply = network.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished() && !finished.wait(20000))
            return {};
        const QPair<int, QByteArray> answer {
            reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
            reply->rawHeader(QByteArrayLiteral("Location"))
        };
        delete reply;
        return answer;
    }

    /// Opens a popup of A for @p user at the opener https://a.example; the
    /// session id, or empty.
    QString popup(const QString &user)
    {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("clientId"), m_bed->a().clientId);
        query.addQueryItem(QStringLiteral("clientUserId"), user);
        query.addQueryItem(QStringLiteral("origin"), QStringLiteral("https://a.example"));
        const auto answer = getUnfollowed(QStringLiteral("/connect?") + query.toString(QUrl::FullyEncoded));
        if (answer.first != 303)
            return {};
        return QUrl(QString::fromLatin1(answer.second)).path().section(QLatin1Char('/'), -1);
    }

private Q_SLOTS:
    void init()
    {
        m_bed = std::make_unique<ConnectTestBed>();
        QVERIFY2(m_bed->setUp(), qPrintable(m_bed->error()));
    }

    void cleanup() { m_bed.reset(); }

    void pageIsServedWithAStrictPolicy()
    {
        const QString id = session();
        QVERIFY(!id.isEmpty());
        const auto page = m_bed->call("GET", widget(id));
        QCOMPARE(page.status, 200);
        QCOMPARE(page.header("Content-Type"), QByteArrayLiteral("text/html; charset=utf-8"));
        const QByteArray policy = page.header("Content-Security-Policy");
        QVERIFY(policy.contains("default-src 'none'"));
        QVERIFY(policy.contains("script-src 'self';"));
        QVERIFY(policy.contains("connect-src 'self'"));
        QVERIFY(policy.contains("frame-ancestors 'none'"));
        QVERIFY(!policy.contains("unsafe"));
        QCOMPARE(page.header("Referrer-Policy"), QByteArrayLiteral("no-referrer"));
        QCOMPARE(page.header("X-Content-Type-Options"), QByteArrayLiteral("nosniff"));

        // Scripts are files: no inline script, style or handler in the page.
        const QString html = QString::fromUtf8(page.body);
        QVERIFY(html.contains(QLatin1String("src=\"assets/widget.js\"")));
        static const QRegularExpression inlineScript(QStringLiteral("<script(?![^>]*\\bsrc=)[^>]*>"));
        QVERIFY(!inlineScript.match(html).hasMatch());
        static const QRegularExpression handler(QStringLiteral("\\son[a-z]+\\s*="));
        QVERIFY(!handler.match(html).hasMatch());
        QVERIFY(!html.contains(QLatin1String("style=")));
        QVERIFY(!html.contains(QLatin1String("<style")));

        // An unknown session gets the same page (which says so) as a 404.
        const auto unknown = m_bed->call("GET", widget(QStringLiteral("ws_unknown")));
        QCOMPARE(unknown.status, 404);
        QCOMPARE(unknown.body, page.body);
    }

    void assets_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("type");
        QTest::newRow("css") << "widget.css" << 200 << QByteArray("text/css; charset=utf-8");
        QTest::newRow("script") << "widget.js" << 200 << QByteArray("text/javascript; charset=utf-8");
        QTest::newRow("strings") << "strings.js" << 200 << QByteArray("text/javascript; charset=utf-8");
        QTest::newRow("connect.js") << "connect.js" << 200 << QByteArray("text/javascript; charset=utf-8");
        QTest::newRow("unknown") << "nothing.js" << 404 << QByteArray("application/json");
        QTest::newRow("upwards") << "..%2Fcatalog%2Fcatalog.json" << 404 << QByteArray("application/json");
        QTest::newRow("catalogue") << "catalog.json" << 404 << QByteArray("application/json");
    }

    void assets()
    {
        QFETCH(QString, name);
        QFETCH(int, status);
        QFETCH(QByteArray, type);
        const auto answer = m_bed->call("GET", QStringLiteral("/widget/assets/") + name);
        QCOMPARE(answer.status, status);
        QCOMPARE(answer.header("Content-Type"), type);
        if (status != 200)
            return;
        QFile file(qEnvironmentVariable("LINKDECK_SOURCE_DIR") + QStringLiteral("/resources/widget/") + name);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(answer.body, file.readAll());
        // Other sites include connect.js; the widget's own files stay home.
        QCOMPARE(answer.header("Cross-Origin-Resource-Policy"),
            name == QLatin1String("connect.js") ? QByteArrayLiteral("cross-origin")
                                                : QByteArrayLiteral("same-origin"));
    }

    void everyWidgetFileIsServed()
    {
        const QDir dir(qEnvironmentVariable("LINKDECK_SOURCE_DIR") + QStringLiteral("/resources/widget"));
        const QStringList files = dir.entryList(QDir::Files);
        QVERIFY(files.contains(QStringLiteral("index.html")));
        for (const QString &name : files) {
            WidgetAssets::Asset asset;
            QVERIFY2(WidgetAssets::find(name, &asset), qPrintable(name));
            QVERIFY(!asset.body.isEmpty());
        }
    }

    void viewShowsTheSessionsSources()
    {
        const QString id = session({ { QStringLiteral("providers"),
                                         QJsonArray { QStringLiteral("pw_test"), QStringLiteral("fitbit"),
                                             QStringLiteral("apple_health") } },
            { QStringLiteral("language"), QStringLiteral("de") },
            { QStringLiteral("reference_id"), QStringLiteral("dev-7") },
            { QStringLiteral("auth_failure_redirect_url"), QStringLiteral("https://a.example/fail") } });
        const auto view = m_bed->call("GET", widget(id, QStringLiteral("/view")));
        QCOMPARE(view.status, 200);
        QCOMPARE(view.json.value(QStringLiteral("application")).toString(), QStringLiteral("App A"));
        QCOMPARE(view.json.value(QStringLiteral("language")).toString(), QStringLiteral("de"));
        QCOMPARE(view.json.value(QStringLiteral("mode")).toString(), QStringLiteral("session"));
        const QJsonArray providers = view.json.value(QStringLiteral("providers")).toArray();
        QCOMPARE(providers.size(), 3);
        QCOMPARE(providers.at(0)[QLatin1String("key")].toString(), QStringLiteral("pw_test"));
        QCOMPARE(providers.at(0)[QLatin1String("logo")].toBool(), false);
        QCOMPARE(providers.at(1)[QLatin1String("name")].toString(), QStringLiteral("Fitbit"));
        QCOMPARE(providers.at(1)[QLatin1String("auth_type")].toString(), QStringLiteral("oauth2"));
        QCOMPARE(providers.at(1)[QLatin1String("logo")].toBool(), true);
        QCOMPARE(providers.at(2)[QLatin1String("auth_type")].toString(), QStringLiteral("sdk"));
        const QUrl exit(view.json.value(QStringLiteral("exit_url")).toString());
        QCOMPARE(exit.host(), QStringLiteral("a.example"));
        QCOMPARE(QUrlQuery(exit).queryItemValue(QStringLiteral("error")), QStringLiteral("user_exit"));
        QCOMPARE(QUrlQuery(exit).queryItemValue(QStringLiteral("reference_id")), QStringLiteral("dev-7"));

        // A source disabled after the session was made is no longer shown.
        QSqlQuery disable(m_bed->workspace().database());
        QVERIFY(disable.exec(QStringLiteral("UPDATE sources SET enabled = 0 WHERE key = 'fitbit'")));
        const auto later = m_bed->call("GET", widget(id, QStringLiteral("/view")));
        QCOMPARE(later.json.value(QStringLiteral("providers")).toArray().size(), 2);
    }

    void unknownAndExpiredSessionsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("verb");
        QTest::addColumn<QString>("rest");
        QTest::newRow("view") << QByteArray("GET") << "/view";
        QTest::newRow("logo") << QByteArray("GET") << "/logo?source=fitbit";
        QTest::newRow("events") << QByteArray("POST") << "/events";
        QTest::newRow("oauth") << QByteArray("POST") << "/oauth";
        QTest::newRow("credentials") << QByteArray("POST") << "/credentials";
        QTest::newRow("sdk") << QByteArray("POST") << "/sdk";
        QTest::newRow("special token") << QByteArray("POST") << "/special-token";
    }

    void unknownAndExpiredSessionsAreRefused()
    {
        QFETCH(QByteArray, verb);
        QFETCH(QString, rest);
        const QString id = session();
        const QByteArray body
            = verb == "POST" ? QByteArrayLiteral("{\"event\":\"OPEN\",\"source\":\"fitbit\"}") : QByteArray();
        const int rowsBefore = m_bed->storedRows();
        const auto unknown = m_bed->call(verb, widget(QStringLiteral("ws_nope"), rest), body);
        QCOMPARE(unknown.status, 401);
        QCOMPARE(unknown.json.value(QStringLiteral("error")).toString(), QStringLiteral("INVALID_REQUEST"));
        m_bed->clock().advance(61min);
        const auto expired = m_bed->call(verb, widget(id, rest), body);
        QCOMPARE(expired.status, 401);
        QCOMPARE(expired.json.value(QStringLiteral("error")).toString(), QStringLiteral("INVALID_REQUEST"));
        QCOMPARE(m_bed->storedRows(), rowsBefore);
    }

    void logos()
    {
        const QString id = session({ { QStringLiteral("providers"),
            QJsonArray { QStringLiteral("fitbit"), QStringLiteral("pw_test") } } });
        const auto logo = m_bed->call("GET", widget(id, QStringLiteral("/logo?source=fitbit")));
        QCOMPARE(logo.status, 200);
        QCOMPARE(logo.header("Content-Type"), QByteArrayLiteral("image/svg+xml"));
        QVERIFY(logo.body.contains("<svg"));
        QVERIFY(logo.header("Content-Security-Policy").contains("sandbox"));
        // No logo, not in the session, not the application's.
        QCOMPARE(m_bed->call("GET", widget(id, QStringLiteral("/logo?source=pw_test"))).status, 404);
        const auto notOffered = m_bed->call("GET", widget(id, QStringLiteral("/logo?source=oura")));
        QCOMPARE(notOffered.status, 400);
        QCOMPARE(
            notOffered.json.value(QStringLiteral("error")).toString(), QStringLiteral("INVALID_PROVIDER"));
        const auto otherApplication = m_bed->call("GET", widget(id, QStringLiteral("/logo?source=whoop")));
        QCOMPARE(otherApplication.json.value(QStringLiteral("error")).toString(),
            QStringLiteral("INVALID_PROVIDER"));
    }

    void eventsAreRecorded()
    {
        const QString id
            = session({ { QStringLiteral("providers"), QJsonArray { QStringLiteral("pw_test") } } });
        QSignalSpy announced(&m_bed->service(), &ConnectService::eventRecorded);
        for (const QString &kind : WidgetEventLog::kinds()) {
            QJsonObject body { { QStringLiteral("event"), kind } };
            if (kind != QLatin1String("OPEN"))
                body.insert(QStringLiteral("source"), QStringLiteral("PW_TEST"));
            if (kind == QLatin1String("ERROR"))
                body.insert(QStringLiteral("code"), QStringLiteral("INVALID_CREDENTIALS"));
            const auto answer = post(widget(id, QStringLiteral("/events")), body);
            QCOMPARE(answer.status, 202);
        }
        const QList<ConnectEvent> events = EventRepository(m_bed->workspace()).forSession(id);
        QCOMPARE(events.size(), 1 + WidgetEventLog::kinds().size());
        QCOMPARE(events.at(1).kind, QStringLiteral("widget.open"));
        QCOMPARE(events.at(2).kind, QStringLiteral("widget.select_source"));
        QCOMPARE(events.at(2).detail.value(QStringLiteral("provider")).toString(), QStringLiteral("pw_test"));
        QCOMPARE(events.at(2).applicationId, m_bed->a().id);
        QCOMPARE(events.at(6).kind, QStringLiteral("widget.error"));
        QCOMPARE(events.at(6).detail.value(QStringLiteral("code")).toString(),
            QStringLiteral("INVALID_CREDENTIALS"));
        QCOMPARE(events.last().kind, QStringLiteral("widget.exit"));
        QCOMPARE(announced.size(), WidgetEventLog::kinds().size());
        QCOMPARE(announced.constFirst().at(2).toString(), id);
    }

    void badEventsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("error");
        const QByteArray json("application/json");
        QTest::newRow("unknown kind")
            << QByteArray("{\"event\":\"PWNED\"}") << json << 400 << "INVALID_PARAMETER";
        QTest::newRow("lower case") << QByteArray("{\"event\":\"open\"}") << json << 400
                                    << "INVALID_PARAMETER";
        QTest::newRow("no kind") << QByteArray("{\"source\":\"pw_test\"}") << json << 400
                                 << "INVALID_PARAMETER";
        QTest::newRow("kind not a string")
            << QByteArray("{\"event\":1}") << json << 400 << "INVALID_PARAMETER";
        QTest::newRow("free text code") << QByteArray("{\"event\":\"ERROR\",\"code\":\"my password is x\"}")
                                        << json << 400 << "INVALID_PARAMETER";
        QTest::newRow("source not offered") << QByteArray("{\"event\":\"SELECT_SOURCE\",\"source\":\"oura\"}")
                                            << json << 400 << "INVALID_PROVIDER";
        QTest::newRow("not json") << QByteArray("event=OPEN") << json << 400 << "INVALID_JSON";
        QTest::newRow("a form") << QByteArray("{\"event\":\"OPEN\"}")
                                << QByteArray("application/x-www-form-urlencoded") << 415
                                << "UNSUPPORTED_MEDIA_TYPE";
        QTest::newRow("text") << QByteArray("{\"event\":\"OPEN\"}") << QByteArray("text/plain") << 415
                              << "UNSUPPORTED_MEDIA_TYPE";
        QTest::newRow("over a kilobyte")
            << QByteArray("{\"event\":\"OPEN\",\"pad\":\"" + QByteArray(1100, 'x') + "\"}") << json << 413
            << "BODY_TOO_LARGE";
    }

    void badEventsAreRefused()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(int, status);
        QFETCH(QString, error);
        const QString id
            = session({ { QStringLiteral("providers"), QJsonArray { QStringLiteral("pw_test") } } });
        const auto answer = m_bed->call("POST", widget(id, QStringLiteral("/events")), body,
            { { QByteArrayLiteral("Content-Type"), contentType } });
        QCOMPARE(answer.status, status);
        QCOMPARE(answer.json.value(QStringLiteral("error")).toString(), error);
        QCOMPARE(kindsOf(id), QStringList { QStringLiteral("session.created") });
    }

    void eventsPerSessionAreCapped()
    {
        const QString id = session();
        for (int i = 0; i < WidgetEventLog::MaxEvents; ++i)
            QCOMPARE(post(widget(id, QStringLiteral("/events")),
                         { { QStringLiteral("event"), QStringLiteral("OPEN") } })
                         .status,
                202);
        const auto refused = post(
            widget(id, QStringLiteral("/events")), { { QStringLiteral("event"), QStringLiteral("EXIT") } });
        QCOMPARE(refused.status, 429);
        QCOMPARE(refused.json.value(QStringLiteral("error")).toString(), QStringLiteral("TOO_MANY_EVENTS"));
        QCOMPARE(kindsOf(id).size(), 1 + WidgetEventLog::MaxEvents);
    }

    void passwordSourceLinksFromTheWidget()
    {
        const QString id
            = session({ { QStringLiteral("providers"), QJsonArray { QStringLiteral("pw_test") } },
                { QStringLiteral("reference_id"), QStringLiteral("dev-7") },
                { QStringLiteral("auth_success_redirect_url"), QStringLiteral("https://a.example/ok") } });
        const QString path = widget(id, QStringLiteral("/credentials"));

        const auto wrong = post(path,
            { { QStringLiteral("source"), QStringLiteral("pw_test") },
                { QStringLiteral("username"), QStringLiteral("ada") },
                { QStringLiteral("password"), QStringLiteral("wrong-horse") } });
        QCOMPARE(wrong.status, 400);
        QCOMPARE(wrong.json.value(QStringLiteral("error")).toString(), QStringLiteral("INVALID_CREDENTIALS"));
        QCOMPARE(count(QStringLiteral("connections")), 0);
        QVERIFY(kindsOf(id).contains(QStringLiteral("credentials.failed")));

        const auto right = post(path,
            { { QStringLiteral("source"), QStringLiteral("pw_test") },
                { QStringLiteral("username"), QStringLiteral("ada") },
                { QStringLiteral("password"), QStringLiteral("correct-horse") } });
        QCOMPARE(right.status, 200);
        QCOMPARE(right.json.value(QStringLiteral("success")).toBool(), true);
        QCOMPARE(right.json.value(QStringLiteral("provider")).toString(), QStringLiteral("pw_test"));
        const QString userId = right.json.value(QStringLiteral("user_id")).toString();
        QVERIFY(userId.startsWith(QLatin1String("wu_")));
        const QUrl redirect(right.json.value(QStringLiteral("redirect_url")).toString());
        QCOMPARE(redirect.host(), QStringLiteral("a.example"));
        QCOMPARE(redirect.path(), QStringLiteral("/ok"));
        const QUrlQuery query(redirect);
        QCOMPARE(query.queryItemValue(QStringLiteral("user_id")), userId);
        QCOMPARE(query.queryItemValue(QStringLiteral("resource")), QStringLiteral("pw_test"));
        QCOMPARE(query.queryItemValue(QStringLiteral("reference_id")), QStringLiteral("dev-7"));

        const auto connection = ConnectionRepository(m_bed->workspace())
                                    .findFor(m_bed->a().id, QStringLiteral("pw_test"), userId);
        QVERIFY(connection);
        QCOMPARE(connection->referenceId, QStringLiteral("dev-7"));
        QCOMPARE(
            WidgetSessionRepository(m_bed->workspace()).find(id)->state, WidgetSession::State::Completed);
        QVERIFY(kindsOf(id).contains(QStringLiteral("auth")));
        // The password went to the provider only.
        QVERIFY(!m_bed->rawDatabase().contains("correct-horse"));
        QVERIFY(!m_bed->rawDatabase().contains("wrong-horse"));

        // The same reference in a new session renews the same connection.
        const QString again
            = session({ { QStringLiteral("providers"), QJsonArray { QStringLiteral("pw_test") } },
                { QStringLiteral("reference_id"), QStringLiteral("dev-7") } });
        const auto renewed = post(widget(again, QStringLiteral("/credentials")),
            { { QStringLiteral("source"), QStringLiteral("pw_test") },
                { QStringLiteral("username"), QStringLiteral("ada") },
                { QStringLiteral("password"), QStringLiteral("correct-horse") } });
        QCOMPARE(renewed.json.value(QStringLiteral("user_id")).toString(), userId);
        QCOMPARE(renewed.json.value(QStringLiteral("redirect_url")).toString(), QString());
        QCOMPARE(count(QStringLiteral("connections")), 1);
    }

    void credentialErrors_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("error");
        const auto with = [](std::initializer_list<QPair<QString, QJsonValue>> fields) {
            QJsonObject body;
            for (const auto &field : fields)
                body.insert(field.first, field.second);
            return body;
        };
        QTest::newRow("no source") << with({ { QStringLiteral("username"), QStringLiteral("ada") } }) << 400
                                   << "INVALID_PROVIDER";
        QTest::newRow("not offered") << with({ { QStringLiteral("source"), QStringLiteral("pw_remote") } })
                                     << 400 << "INVALID_PROVIDER";
        QTest::newRow("oauth source")
            << with({ { QStringLiteral("source"), QStringLiteral("fitbit") } }) << 400 << "INVALID_PROVIDER";
        QTest::newRow("sdk source") << with({ { QStringLiteral("source"), QStringLiteral("apple_health") } })
                                    << 400 << "INVALID_PROVIDER";
        QTest::newRow("no password") << with({ { QStringLiteral("source"), QStringLiteral("pw_test") },
            { QStringLiteral("username"), QStringLiteral("ada") } })
                                     << 400 << "INVALID_PARAMETER";
        QTest::newRow("password not a string") << with(
            { { QStringLiteral("source"), QStringLiteral("pw_test") },
                { QStringLiteral("username"), QStringLiteral("ada") }, { QStringLiteral("password"), 42 } })
                                               << 400 << "INVALID_PARAMETER";
        QTest::newRow("not an address") << with({ { QStringLiteral("source"), QStringLiteral("mail_test") },
            { QStringLiteral("email"), QStringLiteral("ada") } })
                                        << 400 << "INVALID_PARAMETER";
        QTest::newRow("unknown address") << with({ { QStringLiteral("source"), QStringLiteral("mail_test") },
            { QStringLiteral("email"), QStringLiteral("eve@example.com") } })
                                         << 400 << "INVALID_CREDENTIALS";
        QTest::newRow("provider down") << with({ { QStringLiteral("source"), QStringLiteral("pw_test") },
            { QStringLiteral("username"), QStringLiteral("ada") },
            { QStringLiteral("password"), QStringLiteral("boom") } })
                                       << 502 << "PROVIDER_UNAVAILABLE";
    }

    void credentialErrors()
    {
        QFETCH(QJsonObject, body);
        QFETCH(int, status);
        QFETCH(QString, error);
        const QString id = session({ { QStringLiteral("providers"),
            QJsonArray { QStringLiteral("pw_test"), QStringLiteral("mail_test"), QStringLiteral("fitbit"),
                QStringLiteral("apple_health") } } });
        const auto answer = post(widget(id, QStringLiteral("/credentials")), body);
        QCOMPARE(answer.status, status);
        QCOMPARE(answer.json.value(QStringLiteral("error")).toString(), error);
        QCOMPARE(count(QStringLiteral("connections")), 0);
    }

    void emailSourceLinks()
    {
        const QString id
            = session({ { QStringLiteral("providers"), QJsonArray { QStringLiteral("mail_test") } } });
        const auto answer = post(widget(id, QStringLiteral("/credentials")),
            { { QStringLiteral("source"), QStringLiteral("mail_test") },
                { QStringLiteral("email"), QStringLiteral("ada@example.com") } });
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.json.value(QStringLiteral("verified")).toBool(), true);
        QCOMPARE(count(QStringLiteral("connections")), 1);
    }

    void failedAttemptsAreCapped()
    {
        const QString id
            = session({ { QStringLiteral("providers"), QJsonArray { QStringLiteral("pw_test") } } });
        const QJsonObject wrong { { QStringLiteral("source"), QStringLiteral("pw_test") },
            { QStringLiteral("username"), QStringLiteral("ada") },
            { QStringLiteral("password"), QStringLiteral("guess") } };
        for (int i = 0; i < WidgetLinkApi::MaxFailedAttempts; ++i)
            QCOMPARE(post(widget(id, QStringLiteral("/credentials")), wrong).status, 400);
        const int logins = m_bed->logins.size();
        QJsonObject right = wrong;
        right.insert(QStringLiteral("password"), QStringLiteral("correct-horse"));
        const auto refused = post(widget(id, QStringLiteral("/credentials")), right);
        QCOMPARE(refused.status, 429);
        QCOMPARE(refused.json.value(QStringLiteral("error")).toString(), QStringLiteral("TOO_MANY_ATTEMPTS"));
        QCOMPARE(m_bed->logins.size(), logins);
    }

    void oauthStartsWithTheSessionAsOrigin()
    {
        const QString id = session({ { QStringLiteral("providers"),
                                         QJsonArray { QStringLiteral("fitbit"), QStringLiteral("pw_test") } },
            { QStringLiteral("reference_id"), QStringLiteral("dev-9") } });
        const auto answer = post(
            widget(id, QStringLiteral("/oauth")), { { QStringLiteral("source"), QStringLiteral("fitbit") } });
        QCOMPARE(answer.status, 200);
        const QUrl url(answer.json.value(QStringLiteral("oauth_url")).toString());
        const QUrlQuery query(url);
        QCOMPARE(query.queryItemValue(QStringLiteral("client_id")), QStringLiteral("a-fitbit-client"));
        const QString state = query.queryItemValue(QStringLiteral("state"));
        QVERIFY(!state.isEmpty());
        const auto pending = OAuthStateRepository(m_bed->workspace()).findByHash(OpaqueToken::hash(state));
        QVERIFY(pending);
        QCOMPARE(pending->sessionId, id);
        QCOMPARE(pending->referenceId, QStringLiteral("dev-9"));
        QVERIFY(pending->userId.startsWith(QLatin1String("wu_")));
        QVERIFY(kindsOf(id).contains(QStringLiteral("oauth.started")));

        const auto notOAuth = post(widget(id, QStringLiteral("/oauth")),
            { { QStringLiteral("source"), QStringLiteral("pw_test") } });
        QCOMPARE(notOAuth.status, 400);
        QCOMPARE(notOAuth.json.value(QStringLiteral("error")).toString(), QStringLiteral("INVALID_PROVIDER"));
        const auto notOffered = post(
            widget(id, QStringLiteral("/oauth")), { { QStringLiteral("source"), QStringLiteral("oura") } });
        QCOMPARE(
            notOffered.json.value(QStringLiteral("error")).toString(), QStringLiteral("INVALID_PROVIDER"));
    }

    void sdkSourceGoesToTheSuccessUrl()
    {
        const QString id
            = session({ { QStringLiteral("providers"),
                            QJsonArray { QStringLiteral("apple_health"), QStringLiteral("pw_test") } },
                { QStringLiteral("reference_id"), QStringLiteral("dev-3") },
                { QStringLiteral("auth_success_redirect_url"), QStringLiteral("https://a.example/ok") } });
        const auto answer = post(widget(id, QStringLiteral("/sdk")),
            { { QStringLiteral("source"), QStringLiteral("apple_health") } });
        QCOMPARE(answer.status, 200);
        const QUrlQuery query(QUrl(answer.json.value(QStringLiteral("redirect_url")).toString()));
        QCOMPARE(query.queryItemValue(QStringLiteral("resource")), QStringLiteral("apple_health"));
        QCOMPARE(query.queryItemValue(QStringLiteral("reference_id")), QStringLiteral("dev-3"));
        QCOMPARE(query.queryItemValue(QStringLiteral("user_id")),
            answer.json.value(QStringLiteral("user_id")).toString());
        QVERIFY(kindsOf(id).contains(QStringLiteral("sdk.chosen")));
        QCOMPARE(
            WidgetSessionRepository(m_bed->workspace()).find(id)->state, WidgetSession::State::Completed);
        const auto notSdk = post(
            widget(id, QStringLiteral("/sdk")), { { QStringLiteral("source"), QStringLiteral("pw_test") } });
        QCOMPARE(notSdk.json.value(QStringLiteral("error")).toString(), QStringLiteral("INVALID_PROVIDER"));
    }

    void redirectParametersAreEncoded()
    {
        WidgetSession session;
        session.successRedirectUrl = QStringLiteral("https://a.example/ok?keep=1");
        session.referenceId = QStringLiteral("a+b&c=d e");
        const QUrl url = WidgetRedirects::success(session, QStringLiteral("u"), QStringLiteral("fitbit"));
        QCOMPARE(url.toString(QUrl::FullyEncoded),
            QStringLiteral(
                "https://a.example/ok?keep=1&user_id=u&resource=fitbit&reference_id=a%2Bb%26c%3Dd%20e"));
        QCOMPARE(QUrlQuery(url).queryItemValue(QStringLiteral("reference_id"), QUrl::FullyDecoded),
            QStringLiteral("a+b&c=d e"));
    }

    void popupOpensASessionForTheUser()
    {
        const auto answer = getUnfollowed(QStringLiteral("/connect?clientId=") + m_bed->a().clientId
            + QStringLiteral("&clientUserId=user-42&origin=https%3A%2F%2Fa.example&language=de&theme=dark"));
        QCOMPARE(answer.first, 303);
        const QUrl location(QString::fromLatin1(answer.second));
        QVERIFY(location.isRelative());
        QVERIFY(location.path().startsWith(QLatin1String("widget/ws_")));
        QCOMPARE(QUrlQuery(location).queryItemValue(QStringLiteral("theme")), QStringLiteral("dark"));
        const QString id = location.path().section(QLatin1Char('/'), -1);

        const auto stored = WidgetSessionRepository(m_bed->workspace()).find(id);
        QVERIFY(stored);
        QCOMPARE(stored->applicationId, m_bed->a().id);
        QCOMPARE(stored->referenceId, QStringLiteral("user-42"));
        QCOMPARE(stored->language, QStringLiteral("de"));
        QVERIFY(stored->successRedirectUrl.isEmpty());
        QVERIFY(!stored->providers.contains(QStringLiteral("strava")));

        const auto view = m_bed->call("GET", widget(id, QStringLiteral("/view")));
        QCOMPARE(view.json.value(QStringLiteral("mode")).toString(), QStringLiteral("popup"));
        QCOMPARE(
            view.json.value(QStringLiteral("opener_origin")).toString(), QStringLiteral("https://a.example"));
        QCOMPARE(view.json.value(QStringLiteral("exit_url")).toString(), QString());
        // A browser follows the redirect to the page.
        const auto followed = m_bed->call("GET",
            QStringLiteral("/connect?clientId=") + m_bed->a().clientId
                + QStringLiteral("&clientUserId=user-42"));
        QCOMPARE(followed.status, 200);
        QCOMPARE(followed.header("Content-Type"), QByteArrayLiteral("text/html; charset=utf-8"));
    }

    void popupErrors_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("error");
        QTest::newRow("no client") << "clientUserId=u" << 401 << "INVALID_CLIENT";
        QTest::newRow("unknown client")
            << "clientId=ld_000000000000000000000000&clientUserId=u" << 401 << "INVALID_CLIENT";
        QTest::newRow("no user") << "clientId=A" << 400 << "INVALID_USER_ID";
        QTest::newRow("bad user") << "clientId=A&clientUserId=a%20b" << 400 << "INVALID_USER_ID";
        QTest::newRow("foreign origin")
            << "clientId=A&clientUserId=u&origin=https%3A%2F%2Fevil.example" << 400 << "INVALID_REDIRECT_URL";
        QTest::newRow("origin with a path") << "clientId=A&clientUserId=u&origin=https%3A%2F%2Fa.example%2Fok"
                                            << 400 << "INVALID_REDIRECT_URL";
        QTest::newRow("foreign redirect")
            << "clientId=A&clientUserId=u&redirectUri=https%3A%2F%2Fevil.example%2F" << 400
            << "INVALID_REDIRECT_URL";
        QTest::newRow("redirect of another origin") << "clientId=A&clientUserId=u&redirectUri=https%3A%2F%"
                                                       "2Fa.example%2Fok&origin=https%3A%2F%2Fb.example"
                                                    << 400 << "INVALID_REDIRECT_URL";
        QTest::newRow("language") << "clientId=A&clientUserId=u&language=fr" << 400 << "INVALID_PARAMETER";
        QTest::newRow("disabled provider")
            << "clientId=A&clientUserId=u&providers=strava" << 400 << "INVALID_PROVIDER";
        QTest::newRow("B's provider")
            << "clientId=A&clientUserId=u&providers=whoop" << 400 << "INVALID_PROVIDER";
    }

    void popupErrors()
    {
        QFETCH(QString, query);
        QFETCH(int, status);
        QFETCH(QString, error);
        query.replace(QLatin1String("clientId=A"), QStringLiteral("clientId=") + m_bed->a().clientId);
        const int rows = m_bed->storedRows();
        const auto answer = m_bed->call("GET", QStringLiteral("/connect?") + query);
        QCOMPARE(answer.status, status);
        // A person opened the popup: the refusal is a page, with the code for support.
        QCOMPARE(answer.header("Content-Type"), QByteArrayLiteral("text/html; charset=utf-8"));
        QVERIFY(answer.body.contains(error.toUtf8()));
        QCOMPARE(m_bed->storedRows(), rows);
    }

    void popupFinishesWithASpecialToken()
    {
        const QString id = popup(QStringLiteral("user-42"));
        QVERIFY(!id.isEmpty());
        const auto linked = post(widget(id, QStringLiteral("/credentials")),
            { { QStringLiteral("source"), QStringLiteral("pw_test") },
                { QStringLiteral("username"), QStringLiteral("ada") },
                { QStringLiteral("password"), QStringLiteral("correct-horse") } });
        QCOMPARE(linked.status, 200);
        QCOMPARE(linked.json.value(QStringLiteral("user_id")).toString(), QStringLiteral("user-42"));
        // A popup stays open: no redirect until the user finishes.
        QCOMPARE(linked.json.value(QStringLiteral("redirect_url")).toString(), QString());

        const auto finished = post(widget(id, QStringLiteral("/special-token")), {});
        QCOMPARE(finished.status, 200);
        const QString token = finished.json.value(QStringLiteral("special_token")).toString();
        QVERIFY(!token.isEmpty());
        QCOMPARE(finished.json.value(QStringLiteral("target_origin")).toString(),
            QStringLiteral("https://a.example"));
        const QUrl redirect(finished.json.value(QStringLiteral("redirect_url")).toString());
        QCOMPARE(redirect.host(), QStringLiteral("a.example"));
        QCOMPARE(
            QUrlQuery(redirect).queryItemValue(QStringLiteral("specialToken"), QUrl::FullyDecoded), token);
        // Only its hash is kept.
        QVERIFY(!m_bed->rawDatabase().contains(token.toUtf8()));

        // The application's server exchanges it once, with its secret.
        const auto exchanged = post(QStringLiteral("/v1/auth/token"),
            { { QStringLiteral("specialToken"), token } }, { m_bed->basicA() });
        QCOMPARE(exchanged.status, 200);
        QCOMPARE(exchanged.json.value(QStringLiteral("userCode")).toString(), QStringLiteral("user-42"));
        const auto replayed = post(QStringLiteral("/v1/auth/token"),
            { { QStringLiteral("specialToken"), token } }, { m_bed->basicA() });
        QCOMPARE(replayed.status, 401);
    }

    void onlyPopupsIssueSpecialTokens()
    {
        const QString id = session();
        const auto answer = post(widget(id, QStringLiteral("/special-token")), {});
        QCOMPARE(answer.status, 401);
        QCOMPARE(answer.json.value(QStringLiteral("error")).toString(), QStringLiteral("INVALID_REQUEST"));
        QCOMPARE(count(QStringLiteral("special_tokens")), 0);
    }

    void connectPathsOfTheFlowsAreNotThePopup()
    {
        // The popup's route is /connect exactly; /connect/… belongs to the flows.
        const auto result = m_bed->call("GET", QStringLiteral("/connect/result?connected=true"));
        QVERIFY(result.status != 303);
    }
};

QTEST_GUILESS_MAIN(TestWidgetRoutes)
#include "tst_widgetroutes.moc"

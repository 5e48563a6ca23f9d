#include "DriverUserAgent.h"
#include "JUnitWriter.h"
#include "OAuth2TestRun.h"
#include "OidcFixture.h"
#include "OidcServer.h"
#include "SupportBundle.h"
#include "TempWorkspace.h"
#include "TestRunRecorder.h"
#include "TestRunRepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QUrlQuery>
#include <QUuid>
#include <QXmlStreamReader>

namespace {

IntegrationSource sourceFor(const QString &issuer)
{
    IntegrationSource s = OidcFixture::source(issuer);
    s.hasClientSecret = true;
    return s;
}

/// Every secret, code and token the run sent or received, from its
/// unredacted exchanges and the redirect that carried the code.
QStringList secretsOf(const OAuth2TestRun &run, const QList<QUrl> &redirects, const QString &clientSecret)
{
    QStringList secrets { clientSecret };
    const auto add = [&secrets](const QString &s) {
        if (!s.isEmpty() && !secrets.contains(s))
            secrets << s;
    };
    for (const HttpExchange &x : run.exchanges()) {
        const QUrlQuery form(QString::fromUtf8(x.requestBody));
        for (const char *name : { "code", "code_verifier", "refresh_token", "token", "client_secret" })
            add(form.queryItemValue(QLatin1String(name), QUrl::FullyDecoded));
        for (const auto &header : x.requestHeaders) {
            if (header.first.compare("authorization", Qt::CaseInsensitive) != 0)
                continue;
            const QByteArray credentials = header.second.mid(header.second.indexOf(' ') + 1);
            add(QString::fromLatin1(credentials));
            if (header.second.startsWith("Basic "))
                add(QString::fromUtf8(QByteArray::fromBase64(credentials)));
        }
        const QJsonObject json = QJsonDocument::fromJson(x.responseBody).object();
        for (const char *name : { "access_token", "refresh_token", "id_token" })
            add(json.value(QLatin1String(name)).toString());
    }
    for (const QUrl &url : redirects)
        add(QUrlQuery(url).queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded));
    add(run.tokens().accessToken);
    add(run.tokens().refreshToken);
    add(run.tokens().idToken);
    return secrets;
}

/// The first trace of any of @p secrets in @p bytes: whole, in any common
/// encoding, or a 16-character prefix of a long one (a truncated copy).
QString leakIn(const QByteArray &bytes, const QStringList &secrets)
{
    for (const QString &secret : secrets) {
        QByteArray form = QUrl::toPercentEncoding(secret, " ");
        form.replace(' ', '+');
        QByteArray json = QJsonDocument(QJsonArray { secret }).toJson(QJsonDocument::Compact);
        json = json.mid(2, json.size() - 4);
        QList<QByteArray> traces { secret.toUtf8(), QUrl::toPercentEncoding(secret), form, json,
            secret.toUtf8().toBase64(QByteArray::OmitTrailingEquals) };
        if (secret.size() >= 24)
            traces << secret.left(16).toUtf8();
        for (const QByteArray &trace : traces) {
            if (bytes.contains(trace))
                return secret.left(4) + QStringLiteral("… as ") + QString::fromUtf8(trace.left(6))
                    + QStringLiteral("…");
        }
    }
    return {};
}

#define VERIFY_NO_LEAK(bytes, secrets, what)                                                                 \
    do {                                                                                                     \
        const QString leak_ = leakIn(bytes, secrets);                                                        \
        QVERIFY2(leak_.isEmpty(), qPrintable(QStringLiteral(what ": leaked ") + leak_));                     \
    } while (false)

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QJsonObject harEntry(const QJsonObject &har, int i)
{
    return har.value(QLatin1String("log"))
        .toObject()
        .value(QLatin1String("entries"))
        .toArray()
        .at(i)
        .toObject();
}

QString nameValue(const QJsonArray &pairs, const QString &name)
{
    for (const QJsonValue &v : pairs) {
        if (v.toObject().value(QLatin1String("name")).toString().compare(name, Qt::CaseInsensitive) == 0)
            return v.toObject().value(QLatin1String("value")).toString();
    }
    return {};
}

QJsonObject responseJson(const QJsonObject &entry)
{
    return QJsonDocument::fromJson(entry.value(QLatin1String("response"))
                                       .toObject()
                                       .value(QLatin1String("content"))
                                       .toObject()
                                       .value(QLatin1String("text"))
                                       .toString()
                                       .toUtf8())
        .object();
}

} // namespace

/// QA's recording through a whole run against a real OpenID Connect server:
/// stored, read back, exported as HAR, support bundle and JUnit, and no
/// secret, code or token anywhere.
class TestTestRunRecorder : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<OidcServer> m_server;
    QString m_secret;

private Q_SLOTS:
    void initTestCase()
    {
        m_secret = QStringLiteral("qa-secret-") + QUuid::createUuid().toString(QUuid::Id128);
        m_server = std::make_unique<OidcServer>(
            QJsonArray { OidcFixture::client(QStringLiteral("qa-client"), m_secret) });
        QVERIFY2(m_server->isRunning(), qPrintable(m_server->errorMessage()));
    }

    void cleanupTestCase() { m_server.reset(); }

    void passingRunIsStoredAndExportedWithoutSecrets()
    {
        TempWorkspace temp;
        QVERIFY2(temp.isOpen(), qPrintable(temp.errorMessage()));
        QNetworkAccessManager manager;
        DriverUserAgent agent;
        const IntegrationSource source = sourceFor(m_server->issuer());
        OAuth2TestRun run(source, { QStringLiteral("qa-client"), m_secret }, QUrl(OidcFixture::redirectUri()),
            &agent, &manager);
        TestRunRecorder recorder(&run, &temp.workspace());
        recorder.addSecret(m_secret);
        recorder.watch(&agent);
        QSignalSpy recorded(&recorder, &TestRunRecorder::recorded);
        QSignalSpy live(&recorder, &TestRunRecorder::exchangeRecorded);
        QSignalSpy redirects(&agent, &UserAgent::redirected);
        run.start();
        QVERIFY(recorded.wait(30000));
        QVERIFY2(run.passed(), qPrintable(run.steps().at(1).diagnosis));
        QCOMPARE(live.size(), 5); // token, API call, refresh, revoke, the PKCE check's token

        QList<QUrl> redirectUrls;
        for (const QList<QVariant> &args : std::as_const(redirects))
            redirectUrls << args.at(0).toUrl();
        const QStringList secrets = secretsOf(run, redirectUrls, m_secret);
        // The secret; code and verifier; Basic credentials (two forms); Bearer;
        // two access, two refresh and the id tokens at the least.
        QVERIFY2(secrets.size() >= 9, qPrintable(QString::number(secrets.size())));
        // The detector finds each of them in what the run really sent and got.
        QByteArray raw;
        for (const HttpExchange &x : run.exchanges()) {
            raw += x.url.toEncoded() + x.requestBody + x.responseBody;
            for (const auto &header : x.requestHeaders)
                raw += header.second;
        }
        for (const QUrl &url : std::as_const(redirectUrls))
            raw += url.toEncoded();
        for (const QString &secret : secrets) {
            if (secret != m_secret)
                QVERIFY(!leakIn(raw, { secret }).isEmpty());
        }

        // What went out live was redacted already.
        for (const QList<QVariant> &args : std::as_const(live)) {
            const HttpExchange x = args.at(0).value<HttpExchange>();
            VERIFY_NO_LEAK(x.url.toEncoded() + x.requestBody + x.responseBody, secrets, "live exchange");
        }

        // Stored, and read back.
        const TestRunRecord record = recorder.record();
        QVERIFY(record.id > 0);
        TestRunRepository repository(temp.workspace());
        const auto stored = repository.find(record.id);
        QVERIFY(stored);
        QCOMPARE(stored->sourceKey, source.key);
        QCOMPARE(stored->result, TestRunRecord::Result::Passed);
        QVERIFY(stored->durationMs > 0);
        QVERIFY(stored->startedAt.isValid());
        QCOMPARE(stored->steps.size(), 6);
        QCOMPARE(stored->steps.at(5).toObject().value(QLatin1String("kind")).toString(),
            QStringLiteral("pkce_check"));
        QCOMPARE(stored->steps.at(3).toObject().value(QLatin1String("status")).toString(),
            QStringLiteral("passed"));
        QCOMPARE(repository.latestPerSource().value(source.key).id, record.id);

        // The hops, for the run's authorization and its PKCE check's: the
        // authorization page, and the redirect that carried the code.
        QCOMPARE(stored->navigations.size(), 4);
        for (const int i : { 1, 3 }) {
            const QJsonObject redirect = stored->navigations.at(i).toObject();
            QCOMPARE(redirect.value(QLatin1String("kind")).toString(), QStringLiteral("redirect"));
            QCOMPARE(redirect.value(QLatin1String("carries")).toString(), QStringLiteral("code"));
            QVERIFY(
                redirect.value(QLatin1String("url")).toString().contains(QLatin1String("code=redacted:")));
        }

        // The HAR: five exchanges, and fingerprints that match across them.
        const QJsonObject har = stored->har;
        QCOMPARE(
            har.value(QLatin1String("log")).toObject().value(QLatin1String("entries")).toArray().size(), 5);
        const QJsonObject tokenResponse = responseJson(harEntry(har, 0));
        const QString accessFingerprint = tokenResponse.value(QLatin1String("access_token")).toString();
        QVERIFY(Redactor::isFingerprint(accessFingerprint));
        const QJsonObject apiRequest = harEntry(har, 1).value(QLatin1String("request")).toObject();
        QCOMPARE(
            nameValue(apiRequest.value(QLatin1String("headers")).toArray(), QStringLiteral("Authorization")),
            QStringLiteral("Bearer ") + accessFingerprint);
        const QJsonObject refreshRequest = harEntry(har, 2).value(QLatin1String("request")).toObject();
        QCOMPARE(nameValue(refreshRequest.value(QLatin1String("postData"))
                               .toObject()
                               .value(QLatin1String("params"))
                               .toArray(),
                     QStringLiteral("refresh_token")),
            tokenResponse.value(QLatin1String("refresh_token")).toString());
        const QString rotated
            = responseJson(harEntry(har, 2)).value(QLatin1String("refresh_token")).toString();
        QVERIFY(Redactor::isFingerprint(rotated));
        QVERIFY(rotated != tokenResponse.value(QLatin1String("refresh_token")).toString());
        const QJsonObject revokeRequest = harEntry(har, 3).value(QLatin1String("request")).toObject();
        QCOMPARE(nameValue(revokeRequest.value(QLatin1String("postData"))
                               .toObject()
                               .value(QLatin1String("params"))
                               .toArray(),
                     QStringLiteral("token")),
            rotated);
        // The PKCE check's exchange: its code and wrong verifier redacted, refused.
        const QJsonObject check = harEntry(har, 4);
        const QJsonArray checkParams = check.value(QLatin1String("request"))
                                           .toObject()
                                           .value(QLatin1String("postData"))
                                           .toObject()
                                           .value(QLatin1String("params"))
                                           .toArray();
        QVERIFY(Redactor::isFingerprint(nameValue(checkParams, QStringLiteral("code"))));
        QVERIFY(Redactor::isFingerprint(nameValue(checkParams, QStringLiteral("code_verifier"))));
        QCOMPARE(
            check.value(QLatin1String("response")).toObject().value(QLatin1String("status")).toInt(), 400);

        // Nothing secret anywhere: the rows, the database files, the exports.
        QSqlQuery query(temp.workspace().database());
        QVERIFY(query.exec(QStringLiteral("SELECT steps, navigations, har FROM test_runs")) && query.next());
        VERIFY_NO_LEAK(
            (query.value(0).toString() + query.value(1).toString() + query.value(2).toString()).toUtf8(),
            secrets, "stored row");
        VERIFY_NO_LEAK(fileBytes(temp.path()) + fileBytes(temp.path() + QStringLiteral("-wal")), secrets,
            "workspace file");

        const QByteArray harBytes = QJsonDocument(stored->har).toJson();
        VERIFY_NO_LEAK(harBytes, secrets, "HAR");
        const QByteArray bundle = SupportBundle::write(source, { *stored }, recorder.redactor());
        VERIFY_NO_LEAK(bundle, secrets, "bundle");
        // A bundle made later, from the workspace alone, is as clean.
        const QByteArray laterBundle = SupportBundle::write(source, { *stored }, Redactor());
        VERIFY_NO_LEAK(laterBundle, secrets, "later bundle");
        QVERIFY(
            QJsonDocument::fromJson(laterBundle).object().value(QLatin1String("runs")).toArray().size() == 1);
        const QByteArray junit = JUnitWriter::write({ *stored });
        VERIFY_NO_LEAK(junit, secrets, "JUnit");
        QXmlStreamReader xml(junit);
        int cases = 0;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("testcase"))
                ++cases;
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(cases, 6); // the PKCE check is a test case like the other steps
    }

    void failingRunKeepsItsDiagnosis()
    {
        TempWorkspace temp;
        QVERIFY(temp.isOpen());
        QNetworkAccessManager manager;
        DriverUserAgent agent;
        const QString wrong = QStringLiteral("wrong-secret-") + QUuid::createUuid().toString(QUuid::Id128);
        const IntegrationSource source = sourceFor(m_server->issuer());
        OAuth2TestRun run(source, { QStringLiteral("qa-client"), wrong }, QUrl(OidcFixture::redirectUri()),
            &agent, &manager);
        // No addSecret(): the Basic header alone must keep the wrong secret out.
        TestRunRecorder recorder(&run, &temp.workspace());
        recorder.watch(&agent);
        QSignalSpy recorded(&recorder, &TestRunRecorder::recorded);
        QSignalSpy redirects(&agent, &UserAgent::redirected);
        run.start();
        QVERIFY(recorded.wait(30000));
        const auto stored = TestRunRepository(temp.workspace()).find(recorder.record().id);
        QVERIFY(stored);
        QCOMPARE(stored->result, TestRunRecord::Result::Failed);
        const QJsonObject token = stored->steps.at(int(TestStep::Kind::Token)).toObject();
        QCOMPARE(token.value(QLatin1String("status")).toString(), QStringLiteral("failed"));
        const QString diagnosis = token.value(QLatin1String("diagnosis")).toString();
        QVERIFY2(diagnosis.contains(QLatin1String("secret"), Qt::CaseInsensitive), qPrintable(diagnosis));

        QList<QUrl> redirectUrls;
        for (const QList<QVariant> &args : std::as_const(redirects))
            redirectUrls << args.at(0).toUrl();
        const QStringList secrets = secretsOf(run, redirectUrls, wrong);
        const QByteArray junit = JUnitWriter::write({ *stored });
        VERIFY_NO_LEAK(junit + QJsonDocument(stored->har).toJson()
                + SupportBundle::write(source, { *stored }, recorder.redactor()),
            secrets, "exports");
        VERIFY_NO_LEAK(fileBytes(temp.path()) + fileBytes(temp.path() + QStringLiteral("-wal")), secrets,
            "workspace file");
        // The JUnit failure says what the diagnosis says.
        QXmlStreamReader xml(junit);
        QString message;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("failure"))
                message = xml.attributes().value(QLatin1String("message")).toString();
        }
        QCOMPARE(message, diagnosis);
    }

    void cancelledRunIsStoredAsCancelled()
    {
        TempWorkspace temp;
        QVERIFY(temp.isOpen());
        QNetworkAccessManager manager;
        DriverUserAgent agent;
        OAuth2TestRun run(sourceFor(m_server->issuer()), { QStringLiteral("qa-client"), m_secret },
            QUrl(OidcFixture::redirectUri()), &agent, &manager);
        TestRunRecorder recorder(&run, &temp.workspace());
        recorder.setKeepRuns(1);
        QSignalSpy recorded(&recorder, &TestRunRecorder::recorded);
        QSignalSpy redirected(&agent, &UserAgent::redirected);
        run.start();
        run.cancel();
        QCOMPARE(recorded.size(), 1);
        QCOMPARE(recorder.record().result, TestRunRecord::Result::Cancelled);
        // The login page goes on and comes back: the stored run does not change.
        QVERIFY(redirected.wait(30000));
        const QList<TestRunRecord> runs
            = TestRunRepository(temp.workspace()).listForSource(QStringLiteral("oidc-test"));
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.constFirst().result, TestRunRecord::Result::Cancelled);
        QCOMPARE(recorded.size(), 1);
    }

    void withoutWorkspaceItOnlyRecords()
    {
        QNetworkAccessManager manager;
        DriverUserAgent agent;
        IntegrationSource source = sourceFor(m_server->issuer());
        source.revokeUrl.clear();
        OAuth2TestRun run(source, { QStringLiteral("qa-client"), m_secret }, QUrl(OidcFixture::redirectUri()),
            &agent, &manager);
        TestRunRecorder recorder(&run, nullptr);
        QSignalSpy recorded(&recorder, &TestRunRecorder::recorded);
        QSignalSpy steps(&recorder, &TestRunRecorder::stepRecorded);
        run.start();
        QVERIFY(recorded.wait(30000));
        QCOMPARE(recorder.record().id, qint64(0));
        QCOMPARE(recorder.record().result, TestRunRecord::Result::Passed);
        QCOMPARE(recorder.exchanges().size(), 4); // no revoke URL: token, API call, refresh, PKCE check
        QVERIFY(steps.size() >= 5);
    }
};

QTEST_MAIN(TestTestRunRecorder)
#include "tst_testrunrecorder.moc"

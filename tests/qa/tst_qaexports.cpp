#include "JUnitWriter.h"
#include "Redactor.h"
#include "SupportBundle.h"
#include "TestRunJson.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

TestStep step(TestStep::Kind kind, TestStep::Status status, qint64 ms, const QString &detail = {},
    const QString &diagnosis = {})
{
    TestStep s;
    s.kind = kind;
    s.status = status;
    s.durationMs = ms;
    s.detail = detail;
    s.diagnosis = diagnosis;
    s.startedAt = QDateTime(QDate(2026, 11, 21), QTime(12, 0), Qt::UTC);
    return s;
}

TestRunRecord passedRun(const QString &source, int minute)
{
    using K = TestStep::Kind;
    using S = TestStep::Status;
    TestRunRecord r;
    r.id = minute;
    r.sourceKey = source;
    r.startedAt = QDateTime(QDate(2026, 11, 21), QTime(12, minute), Qt::UTC);
    r.durationMs = 2500;
    r.result = TestRunRecord::Result::Passed;
    r.steps = TestRunJson::fromSteps({ step(K::Authorize, S::Passed, 1500, QStringLiteral("Code received.")),
        step(K::Token, S::Passed, 250), step(K::ApiCall, S::Skipped, 0, QStringLiteral("No test API path.")),
        step(K::Refresh, S::Passed, 120), step(K::Revoke, S::Passed, 30) });
    return r;
}

TestRunRecord failedRun(const QString &source, int minute)
{
    using K = TestStep::Kind;
    using S = TestStep::Status;
    TestRunRecord r = passedRun(source, minute);
    r.result = TestRunRecord::Result::Failed;
    r.steps = TestRunJson::fromSteps({ step(K::Authorize, S::Passed, 900),
        step(K::Token, S::Failed, 40, QStringLiteral("The token endpoint refused the code (HTTP 401)."),
            QStringLiteral("invalid_client: check the client secret.\x01 <&>\"")),
        step(K::ApiCall, S::Skipped, 0, QStringLiteral("Not run: an earlier step failed.")),
        step(K::Refresh, S::Skipped, 0, QStringLiteral("Not run: an earlier step failed.")),
        step(K::Revoke, S::Pending, 0) });
    return r;
}

struct Case
{
    QString suite;
    QString name;
    QString classname;
    double time = -1;
    QString outcome; ///< "passed", "failure", "skipped"
    QString message;
};

/// Reads JUnit XML back; fails the test on any XML error.
QList<Case> readCases(
    const QByteArray &xml, QMap<QString, QXmlStreamAttributes> *suites, QXmlStreamAttributes *root)
{
    QList<Case> cases;
    QXmlStreamReader reader(xml);
    QString suite;
    while (!reader.atEnd()) {
        reader.readNext();
        if (!reader.isStartElement())
            continue;
        const QStringView name = reader.name();
        if (name == QLatin1String("testsuites")) {
            *root = reader.attributes();
        } else if (name == QLatin1String("testsuite")) {
            suite = reader.attributes().value(QLatin1String("name")).toString();
            suites->insert(suite, reader.attributes());
        } else if (name == QLatin1String("testcase")) {
            Case c;
            c.suite = suite;
            c.name = reader.attributes().value(QLatin1String("name")).toString();
            c.classname = reader.attributes().value(QLatin1String("classname")).toString();
            c.time = reader.attributes().value(QLatin1String("time")).toDouble();
            c.outcome = QStringLiteral("passed");
            cases << c;
        } else if (name == QLatin1String("failure") || name == QLatin1String("skipped")) {
            cases.last().outcome = name.toString();
            cases.last().message = reader.attributes().value(QLatin1String("message")).toString();
        }
    }
    if (reader.hasError())
        qWarning("XML error: %s", qPrintable(reader.errorString()));
    return reader.hasError() ? QList<Case>() : cases;
}

} // namespace

class TestQaExports : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stepsRoundTripThroughJson()
    {
        const TestRunRecord r = failedRun(QStringLiteral("x"), 1);
        const QList<TestStep> steps = TestRunJson::toSteps(r.steps);
        QCOMPARE(steps.size(), 5);
        QCOMPARE(steps.at(1).kind, TestStep::Kind::Token);
        QCOMPARE(steps.at(1).status, TestStep::Status::Failed);
        QCOMPARE(steps.at(1).durationMs, qint64(40));
        QVERIFY(steps.at(1).diagnosis.startsWith(QLatin1String("invalid_client")));
        QCOMPARE(steps.at(1).startedAt, QDateTime(QDate(2026, 11, 21), QTime(12, 0), Qt::UTC));
        QCOMPARE(TestRunJson::fromSteps(steps), r.steps);
    }

    void junitHasASuitePerSource()
    {
        const QByteArray xml = JUnitWriter::write(
            { passedRun(QStringLiteral("fitbit"), 1), failedRun(QStringLiteral("oura"), 2),
                failedRun(QStringLiteral("fitbit"), 3) },
            { { QStringLiteral("fitbit"), QStringLiteral("Fitbit") } });
        QMap<QString, QXmlStreamAttributes> suites;
        QXmlStreamAttributes root;
        const QList<Case> cases = readCases(xml, &suites, &root);
        QCOMPARE(cases.size(), 15);
        QCOMPARE(suites.keys(), (QStringList { QStringLiteral("Fitbit"), QStringLiteral("oura") }));

        QCOMPARE(root.value(QLatin1String("tests")).toInt(), 15);
        QCOMPARE(root.value(QLatin1String("failures")).toInt(), 2);
        QCOMPARE(root.value(QLatin1String("skipped")).toInt(), 7);
        QCOMPARE(root.value(QLatin1String("time")).toDouble(), 7.5);
        const QXmlStreamAttributes fitbit = suites.value(QStringLiteral("Fitbit"));
        QCOMPARE(fitbit.value(QLatin1String("tests")).toInt(), 10);
        QCOMPARE(fitbit.value(QLatin1String("failures")).toInt(), 1);
        QCOMPARE(fitbit.value(QLatin1String("errors")).toInt(), 0);
        QCOMPARE(fitbit.value(QLatin1String("skipped")).toInt(), 4);
        QCOMPARE(fitbit.value(QLatin1String("timestamp")).toString(), QStringLiteral("2026-11-21T12:01:00"));

        // Fitbit ran twice: its cases are numbered, oldest run first.
        QCOMPARE(cases.at(0).name, QStringLiteral("authorize #1"));
        QCOMPARE(cases.at(0).classname, QStringLiteral("linkdeck.fitbit"));
        QCOMPARE(cases.at(0).time, 1.5);
        QCOMPARE(cases.at(0).outcome, QStringLiteral("passed"));
        QCOMPARE(cases.at(2).outcome, QStringLiteral("skipped"));
        QCOMPARE(cases.at(2).message, QStringLiteral("No test API path."));
        QCOMPARE(cases.at(6).name, QStringLiteral("token #2"));
        QCOMPARE(cases.at(6).outcome, QStringLiteral("failure"));
        // The message is the diagnosis; a control character is dropped, markup escaped.
        QCOMPARE(cases.at(6).message, QStringLiteral("invalid_client: check the client secret. <&>\""));
        QCOMPARE(cases.at(9).outcome, QStringLiteral("skipped")); // pending: not run
        QCOMPARE(cases.at(10).name, QStringLiteral("authorize"));
        QCOMPARE(cases.at(10).suite, QStringLiteral("oura"));
    }

    void junitOfNothing()
    {
        QMap<QString, QXmlStreamAttributes> suites;
        QXmlStreamAttributes root;
        QVERIFY(readCases(JUnitWriter::write({}), &suites, &root).isEmpty());
        QCOMPARE(root.value(QLatin1String("tests")).toInt(), 0);
        QVERIFY(suites.isEmpty());
    }

    void bundleHasEverythingButSecrets()
    {
        IntegrationSource source;
        source.key = QStringLiteral("fitbit");
        source.displayName = QStringLiteral("Fitbit");
        source.authUrl = QStringLiteral("https://www.fitbit.com/oauth2/authorize");
        source.accessTokenUrl = QStringLiteral("https://api.fitbit.com/oauth2/token");
        source.clientId = QStringLiteral("23ABCD");
        source.hasClientSecret = true;
        source.logo = QByteArray("<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        source.logoMimeType = QStringLiteral("image/svg+xml");
        // An administrator put a secret where it does not belong.
        source.extraTokenParams = { { QStringLiteral("client_secret"), QStringLiteral("extra-param-secret") },
            { QStringLiteral("audience"), QStringLiteral("api") } };

        TestRunRecord run = failedRun(QStringLiteral("fitbit"), 4);
        // A secret that slipped into a stored detail, and a JWT in the HAR.
        QJsonArray steps = run.steps;
        QJsonObject first = steps.at(0).toObject();
        first.insert(QStringLiteral("detail"), QStringLiteral("used known-client-secret-77 here"));
        steps.replace(0, first);
        run.steps = steps;
        run.har = QJsonObject { { QStringLiteral("log"),
            QJsonObject { { QStringLiteral("version"), QStringLiteral("1.2") },
                { QStringLiteral("comment"),
                    QStringLiteral("eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.sig-part") } } } };

        Redactor redactor;
        redactor.addSecret(QStringLiteral("known-client-secret-77"));
        const QDateTime at(QDate(2026, 11, 21), QTime(19, 0, 4), Qt::UTC);
        const QByteArray bytes = SupportBundle::write(source, { run }, redactor, at);
        for (const char *secret :
            { "extra-param-secret", "known-client-secret-77", "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0", "<svg" })
            QVERIFY2(!bytes.contains(secret), secret);

        QJsonParseError error;
        const QJsonObject bundle = QJsonDocument::fromJson(bytes, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(bundle.value(QLatin1String("format")).toString(), QStringLiteral("linkdeck-support-bundle"));
        QCOMPARE(bundle.value(QLatin1String("version")).toInt(), SupportBundle::FormatVersion);
        QCOMPARE(
            bundle.value(QLatin1String("createdAt")).toString(), QStringLiteral("2026-11-21T19:00:04.000Z"));
        const QJsonObject linkdeck = bundle.value(QLatin1String("linkdeck")).toObject();
        QCOMPARE(linkdeck.value(QLatin1String("version")).toString(), QStringLiteral(LINKDECK_VERSION));
        QCOMPARE(linkdeck.value(QLatin1String("qt")).toString(), QString::fromLatin1(qVersion()));
        QVERIFY(!bundle.value(QLatin1String("system"))
                     .toObject()
                     .value(QLatin1String("os"))
                     .toString()
                     .isEmpty());

        const QJsonObject s = bundle.value(QLatin1String("source")).toObject();
        QCOMPARE(s.value(QLatin1String("key")).toString(), QStringLiteral("fitbit"));
        QCOMPARE(s.value(QLatin1String("clientId")).toString(), QStringLiteral("23ABCD"));
        QCOMPARE(s.value(QLatin1String("accessTokenUrl")).toString(), source.accessTokenUrl);
        QCOMPARE(s.value(QLatin1String("hasClientSecret")).toBool(), true);
        QVERIFY(!s.contains(QLatin1String("logo")));
        const QJsonObject extra = s.value(QLatin1String("extraTokenParams")).toObject();
        QCOMPARE(extra.value(QLatin1String("audience")).toString(), QStringLiteral("api"));
        QCOMPARE(extra.value(QLatin1String("client_secret")).toString(),
            redactor.fingerprint(QStringLiteral("extra-param-secret")));

        const QJsonArray runs = bundle.value(QLatin1String("runs")).toArray();
        QCOMPARE(runs.size(), 1);
        const QJsonObject r = runs.at(0).toObject();
        QCOMPARE(r.value(QLatin1String("result")).toString(), QStringLiteral("failed"));
        QCOMPARE(r.value(QLatin1String("durationMs")).toInt(), 2500);
        QCOMPARE(r.value(QLatin1String("steps")).toArray().size(), 5);
        QCOMPARE(r.value(QLatin1String("steps"))
                     .toArray()
                     .at(1)
                     .toObject()
                     .value(QLatin1String("diagnosis"))
                     .toString(),
            run.steps.at(1).toObject().value(QLatin1String("diagnosis")).toString());
        QCOMPARE(r.value(QLatin1String("har"))
                     .toObject()
                     .value(QLatin1String("log"))
                     .toObject()
                     .value(QLatin1String("version"))
                     .toString(),
            QStringLiteral("1.2"));

        QCOMPARE(SupportBundle::suggestedFileName(QStringLiteral("fitbit"), at),
            QStringLiteral("fitbit-20261121-190004.linkdeck-bundle.json"));
    }

    void bundleIsSaved()
    {
        QTemporaryDir dir;
        IntegrationSource source;
        source.key = QStringLiteral("oura");
        source.displayName = QStringLiteral("Oura");
        QString error;
        const QString path = dir.filePath(QStringLiteral("b") + SupportBundle::fileSuffix());
        QVERIFY(
            SupportBundle::save(path, source, { passedRun(QStringLiteral("oura"), 1) }, Redactor(), &error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(
            QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("runs")).toArray().size(),
            1);
        QVERIFY(!SupportBundle::save(
            dir.filePath(QStringLiteral("missing/dir/b.json")), source, {}, Redactor(), &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestQaExports)
#include "tst_qaexports.moc"

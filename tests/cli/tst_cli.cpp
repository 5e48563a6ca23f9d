#include "SecretStore.h"
#include "Workspace.h"

#include <QCryptographicHash>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

QByteArray digest(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly)
        ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
        : QByteArray();
}

// An HTTP request from the test to a running `linkdeck serve`.
QPair<int, QJsonObject> request(QNetworkAccessManager &network, const QByteArray &verb, const QUrl &url,
    const QByteArray &body = {}, const QByteArray &authorization = {})
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!authorization.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Authorization"), authorization);
    QNetworkReply *reply = network.sendCustomRequest(request, verb, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(20000))
        return { 0, {} };
    reply->deleteLater();
    return { reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
        QJsonDocument::fromJson(reply->readAll()).object() };
}

QString dataFile(const QString &name)
{
    return QString::fromLocal8Bit(qgetenv("LINKDECK_SOURCE_DIR")) + QStringLiteral("/tests/catalog/data/")
        + name;
}

} // namespace

/// Drives the real `linkdeck` executable as a user would.
class TestCli : public QObject
{
    Q_OBJECT

private:
    Run linkdeck(const QStringList &arguments, const QByteArray &input = {},
        const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
    {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(LINKDECK_BINARY),
            QStringList { QStringLiteral("--workspace"), m_workspace } + arguments);
        if (!process.waitForStarted())
            return {};
        process.write(input);
        process.closeWriteChannel();
        process.waitForFinished(60000);
        return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError()) };
    }

    QTemporaryDir m_dir;
    QString m_workspace;

private Q_SLOTS:
    void init()
    {
        m_workspace = m_dir.filePath(
            QStringLiteral("ws-%1.linkdeck").arg(QLatin1String(QTest::currentTestFunction())));
        QFile::remove(m_workspace);
    }

    void version()
    {
        const Run run = linkdeck({ QStringLiteral("--version") });
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QStringLiteral(LINKDECK_VERSION)));
    }

    void listSeedsANewWorkspace()
    {
        const Run run = linkdeck({ QStringLiteral("sources"), QStringLiteral("list") });
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith(QStringLiteral("KEY")));
        QVERIFY(run.out.contains(QStringLiteral("garmin")));
        QVERIFY(run.out.count(QLatin1Char('\n')) > 20);

        const Run json
            = linkdeck({ QStringLiteral("sources"), QStringLiteral("list"), QStringLiteral("--json") });
        QCOMPARE(json.exitCode, 0);
        const QJsonArray array = QJsonDocument::fromJson(json.out.toUtf8()).array();
        QVERIFY(array.size() >= 20);
        bool foundGarmin = false;
        for (const QJsonValue &value : array) {
            if (value[QLatin1String("key")].toString() == QLatin1String("garmin")) {
                foundGarmin = true;
                QCOMPARE(value[QLatin1String("authType")].toString(), QStringLiteral("oauth1"));
                QCOMPARE(value[QLatin1String("credentials")].toString(), QStringLiteral("per-application"));
            }
        }
        QVERIFY(foundGarmin);
    }

    void exportThenImportIsUnchanged()
    {
        const QString file = m_dir.filePath(QStringLiteral("export.json"));
        Run run = linkdeck({ QStringLiteral("sources"), QStringLiteral("export"), file });
        QCOMPARE(run.exitCode, 0);
        QFile exported(file);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        const QByteArray content = exported.readAll();
        QVERIFY(!content.contains("secret\""));
        QCOMPARE(QJsonDocument::fromJson(content)[QLatin1String("format")].toString(),
            QStringLiteral("linkdeck-catalog"));

        run = linkdeck({ QStringLiteral("sources"), QStringLiteral("import"), file });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("0 to add, 0 to change")), qPrintable(run.out));
    }

    void importDryRunAndApply()
    {
        const QString yaml = dataFile(QStringLiteral("nango-providers.yaml"));
        QVERIFY(QFile::exists(yaml));
        const QByteArray before = digest(m_workspace); // empty: not created yet
        Run run = linkdeck(
            { QStringLiteral("sources"), QStringLiteral("import"), yaml, QStringLiteral("--dry-run") });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("Dry run")), qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("skipped")));
        const Run listed
            = linkdeck({ QStringLiteral("sources"), QStringLiteral("list"), QStringLiteral("--json") });
        const qsizetype count = QJsonDocument::fromJson(listed.out.toUtf8()).array().size();
        Q_UNUSED(before)

        run = linkdeck({ QStringLiteral("sources"), QStringLiteral("import"), yaml });
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QStringLiteral("Imported")));
        const Run after
            = linkdeck({ QStringLiteral("sources"), QStringLiteral("list"), QStringLiteral("--json") });
        QVERIFY(QJsonDocument::fromJson(after.out.toUtf8()).array().size() > count);
    }

    void badImportsChangeNothing_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        QTest::newRow("truncated json")
            << QByteArray("{\"format\":\"linkdeck-catalog\",\"version\":1,\"sources\":[{\"key\":")
            << QStringLiteral("t.json") << QStringLiteral("Nothing was imported");
        QTest::newRow("yaml bomb") << QByteArray("a: &a [x, x]\nb: &b [*a, *a]\nc: [*b, *b]\n")
                                   << QStringLiteral("bomb.yaml") << QStringLiteral("Nothing was imported");
        QTest::newRow("duplicate keys") << QByteArray(
            "{\"format\":\"linkdeck-catalog\",\"version\":1,\"sources\":[{\"key\":\"a\",\"displayName\":"
            "\"A\","
            "\"authType\":\"sdk\"},{\"key\":\"a\",\"displayName\":\"A\",\"authType\":\"sdk\"}]}")
                                        << QStringLiteral("dup.json") << QStringLiteral("a");
    }

    void badImportsChangeNothing()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, name);
        QFETCH(QString, expected);
        QVERIFY(linkdeck({ QStringLiteral("sources"), QStringLiteral("list") }).exitCode == 0);
        const QByteArray before = digest(m_workspace);
        const QString file = m_dir.filePath(name);
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(content);
        out.close();
        const Run run = linkdeck({ QStringLiteral("sources"), QStringLiteral("import"), file });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(expected), qPrintable(run.err));
        QCOMPARE(digest(m_workspace), before);
    }

    void setSecretGoesToTheKeyring()
    {
        Run run
            = linkdeck({ QStringLiteral("sources"), QStringLiteral("set-secret"), QStringLiteral("fitbit") },
                "fitbit-secret-value\n");
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("keyring")), qPrintable(run.err));
        QVERIFY(!run.out.contains(QStringLiteral("fitbit-secret-value")));

        QFile raw(m_workspace);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        QVERIFY(!raw.readAll().contains("fitbit-secret-value"));

        Workspace workspace;
        QVERIFY(workspace.open(m_workspace).isOk());
        SecretStore store(workspace.id());
        SecretStore::Result read;
        bool done = false;
        store.read(SecretStore::sourceOwner(QStringLiteral("fitbit")), QStringLiteral("client_secret"), this,
            [&](const SecretStore::Result &r) {
                read = r;
                done = true;
            });
        QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
        QCOMPARE(read.value, QStringLiteral("fitbit-secret-value"));
        workspace.close();

        run = linkdeck({ QStringLiteral("sources"), QStringLiteral("list"), QStringLiteral("--json") });
        for (const QJsonValue &value : QJsonDocument::fromJson(run.out.toUtf8()).array()) {
            if (value[QLatin1String("key")].toString() == QLatin1String("fitbit"))
                QVERIFY(value[QLatin1String("hasClientSecret")].toBool());
        }
    }

    void setSecretErrors()
    {
        Run run = linkdeck(
            { QStringLiteral("sources"), QStringLiteral("set-secret"), QStringLiteral("nope") }, "x");
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(QStringLiteral("nope")));
        run = linkdeck(
            { QStringLiteral("sources"), QStringLiteral("set-secret"), QStringLiteral("fitbit") }, "\n");
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(QStringLiteral("standard input")));
    }

    void appsList()
    {
        Run run = linkdeck({ QStringLiteral("apps"), QStringLiteral("list") });
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QStringLiteral("No applications")));
        run = linkdeck({ QStringLiteral("apps"), QStringLiteral("list"), QStringLiteral("--json") });
        QCOMPARE(run.exitCode, 0);
        QVERIFY(QJsonDocument::fromJson(run.out.toUtf8()).isArray());
    }

    void appsCreate()
    {
        const Run run
            = linkdeck({ QStringLiteral("apps"), QStringLiteral("create"), QStringLiteral("Demo App"),
                QStringLiteral("--redirect-url"), QStringLiteral("https://demo.example/ok"),
                QStringLiteral("--redirect-url"), QStringLiteral("https://demo.example/fail"),
                QStringLiteral("--webhook-url"), QStringLiteral("https://demo.example/hook"),
                QStringLiteral("--sources"), QStringLiteral("oura,fitbit") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const auto clientId
            = QRegularExpression(QStringLiteral("Client ID:\\s+(ld_[0-9a-f]{24})")).match(run.out);
        const auto secret = QRegularExpression(QStringLiteral("Client secret:\\s+(\\S+)")).match(run.out);
        const auto webhookSecret
            = QRegularExpression(QStringLiteral("Webhook secret:\\s+(\\S+)")).match(run.out);
        QVERIFY2(clientId.hasMatch() && secret.hasMatch() && webhookSecret.hasMatch(), qPrintable(run.out));

        // The secrets are in the keyring, not in the workspace.
        QFile raw(m_workspace);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        QByteArray bytes = raw.readAll();
        QFile wal(m_workspace + QStringLiteral("-wal"));
        if (wal.open(QIODevice::ReadOnly))
            bytes += wal.readAll();
        QVERIFY(!bytes.contains(secret.captured(1).toUtf8()));
        QVERIFY(!bytes.contains(webhookSecret.captured(1).toUtf8()));
        Workspace workspace;
        QVERIFY(workspace.open(m_workspace).isOk());
        SecretStore store(workspace.id());
        for (const auto &[field, expected] : { qMakePair(QStringLiteral("client_secret"), secret.captured(1)),
                 qMakePair(QStringLiteral("webhook_secret"), webhookSecret.captured(1)) }) {
            SecretStore::Result read;
            bool done = false;
            store.read(SecretStore::applicationOwner(clientId.captured(1)), field, this,
                [&](const SecretStore::Result &r) {
                    read = r;
                    done = true;
                });
            QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
            QCOMPARE(read.value, expected);
        }
        workspace.close();

        const Run listed
            = linkdeck({ QStringLiteral("apps"), QStringLiteral("list"), QStringLiteral("--json") });
        const QJsonArray apps = QJsonDocument::fromJson(listed.out.toUtf8()).array();
        QCOMPARE(apps.size(), 1);
        const QJsonObject app = apps.at(0).toObject();
        QCOMPARE(app.value(QStringLiteral("clientId")).toString(), clientId.captured(1));
        QVERIFY(app.value(QStringLiteral("hasClientSecret")).toBool());
        QVERIFY(app.value(QStringLiteral("hasWebhookSecret")).toBool());
        QCOMPARE(app.value(QStringLiteral("redirectUrls")).toArray().size(), 2);
        QCOMPARE(app.value(QStringLiteral("sources")).toArray().size(), 2);
        QVERIFY(!listed.out.contains(secret.captured(1)));
    }

    void appsCreateJson()
    {
        const Run run = linkdeck({ QStringLiteral("apps"), QStringLiteral("create"),
            QStringLiteral("Scripted"), QStringLiteral("--json") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject created = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QVERIFY(created.value(QStringLiteral("clientId")).toString().startsWith(QLatin1String("ld_")));
        QVERIFY(created.value(QStringLiteral("clientSecret")).toString().size() >= 43);
        QVERIFY(!created.contains(QStringLiteral("webhookSecret")));
        QCOMPARE(created.value(QStringLiteral("name")).toString(), QStringLiteral("Scripted"));
    }

    void appsCreateErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("expected");
        const QStringList create { QStringLiteral("apps"), QStringLiteral("create") };
        QTest::newRow("no name") << create << 2 << QStringLiteral("Usage");
        QTest::newRow("unknown source") << create
                + QStringList { QStringLiteral("X"), QStringLiteral("--sources"),
                      QStringLiteral("oura,nope") }
                                        << 1 << QStringLiteral("nope");
        QTest::newRow("bad redirect URL") << create
                + QStringList { QStringLiteral("X"), QStringLiteral("--redirect-url"),
                      QStringLiteral("not a url") }
                                          << 1 << QStringLiteral("not a url");
        QTest::newRow("bad webhook URL") << create
                + QStringList { QStringLiteral("X"), QStringLiteral("--webhook-url"),
                      QStringLiteral("ftp://demo.example/hook") }
                                         << 1 << QStringLiteral("ftp://demo.example/hook");
    }

    void appsCreateErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, expected);
        const Run run = linkdeck(arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(expected), qPrintable(run.err));
        QVERIFY(linkdeck({ QStringLiteral("apps"), QStringLiteral("list") })
                    .out.contains(QStringLiteral("No applications")));
    }

    void appsCreateNeedsTheKeyring()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
            QStringLiteral("unix:path=/nonexistent/linkdeck-bus"));
        const Run run
            = linkdeck({ QStringLiteral("apps"), QStringLiteral("create"), QStringLiteral("No Keyring") }, {},
                environment);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("needs the keyring")), qPrintable(run.err));
        QVERIFY(!run.out.contains(QStringLiteral("Client secret")));
        QVERIFY(linkdeck({ QStringLiteral("apps"), QStringLiteral("list") })
                    .out.contains(QStringLiteral("No applications")));
    }

    void serveRunsUntilSigterm_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::newRow("loopback") << QStringList { QStringLiteral("--listen"),
            QStringLiteral("127.0.0.1:0") };
        QTest::newRow("all interfaces, allowed") << QStringList { QStringLiteral("--listen"),
            QStringLiteral("0.0.0.0:0"), QStringLiteral("--allow-remote") };
    }

    void serveRunsUntilSigterm()
    {
        QFETCH(QStringList, options);
        const Run created
            = linkdeck({ QStringLiteral("apps"), QStringLiteral("create"), QStringLiteral("Served"),
                QStringLiteral("--sources"), QStringLiteral("oura"), QStringLiteral("--json") });
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        const QJsonObject app = QJsonDocument::fromJson(created.out.toUtf8()).object();

        QProcess serve;
        QByteArray output;
        connect(&serve, &QProcess::readyReadStandardOutput, this,
            [&]() { output += serve.readAllStandardOutput(); });
        serve.start(QStringLiteral(LINKDECK_BINARY),
            QStringList { QStringLiteral("--workspace"), m_workspace, QStringLiteral("serve") } + options);
        QVERIFY(serve.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(output.contains("listening on http://"), 30000);
        const auto match = QRegularExpression(QStringLiteral("listening on (http://[^\\s]+)"))
                               .match(QString::fromUtf8(output));
        QVERIFY(match.hasMatch());
        const QUrl base(match.captured(1));
        QCOMPARE(base.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(base.port() > 0);

        QNetworkAccessManager network;
        QCOMPARE(request(network, "GET", base.resolved(QUrl(QStringLiteral("/v1/health")))).first, 200);
        const QByteArray basic = "Basic "
            + (app.value(QStringLiteral("clientId")).toString() + QLatin1Char(':')
                + app.value(QStringLiteral("clientSecret")).toString())
                  .toUtf8()
                  .toBase64();
        const auto token = request(network, "POST", base.resolved(QUrl(QStringLiteral("/v1/link/token"))),
            "{\"user_id\":\"cli-user\"}", basic);
        QCOMPARE(token.first, 200);
        QVERIFY(!token.second.value(QStringLiteral("link_token")).toString().isEmpty());
        QCOMPARE(request(network, "POST", base.resolved(QUrl(QStringLiteral("/v1/link/token"))),
                     "{\"user_id\":\"cli-user\"}", "Basic eDp5")
                     .first,
            401);

        serve.terminate(); // SIGTERM
        QVERIFY(serve.waitForFinished(30000));
        QCOMPARE(serve.exitStatus(), QProcess::NormalExit);
        QCOMPARE(serve.exitCode(), 0);
        QVERIFY(QString::fromUtf8(serve.readAllStandardError()).contains(QStringLiteral("Stopped")));
    }

    void serveErrors_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QByteArray>("sealingKey");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not loopback")
            << QStringList { QStringLiteral("--listen"), QStringLiteral("0.0.0.0:0") } << QByteArray()
            << QStringLiteral("--allow-remote");
        QTest::newRow("not an address")
            << QStringList { QStringLiteral("--listen"), QStringLiteral("nowhere") } << QByteArray()
            << QStringLiteral("HOST:PORT");
        QTest::newRow("bad public URL")
            << QStringList { QStringLiteral("--public-url"), QStringLiteral("ftp://x") } << QByteArray()
            << QStringLiteral("ftp://x");
        QTest::newRow("bad sealing key")
            << QStringList {} << QByteArray("c2hvcnQ=") << QStringLiteral("LINKDECK_SEALING_KEY");
    }

    void serveErrors()
    {
        QFETCH(QStringList, options);
        QFETCH(QByteArray, sealingKey);
        QFETCH(QString, expected);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        if (!sealingKey.isEmpty())
            environment.insert(QStringLiteral("LINKDECK_SEALING_KEY"), QString::fromLatin1(sealingKey));
        const Run run = linkdeck(QStringList { QStringLiteral("serve") } + options, {}, environment);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(expected), qPrintable(run.err));
        QVERIFY(!run.out.contains(QStringLiteral("listening")));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("unknown sources action")
            << QStringList { QStringLiteral("sources"), QStringLiteral("frobnicate") } << 1;
        QTest::newRow("apps without action") << QStringList { QStringLiteral("apps") } << 2;
        QTest::newRow("unknown option") << QStringList { QStringLiteral("sources"), QStringLiteral("list"),
            QStringLiteral("--bogus") } << 2;
        QTest::newRow("unknown format") << QStringList { QStringLiteral("sources"), QStringLiteral("import"),
            QStringLiteral("x.json"), QStringLiteral("--format"), QStringLiteral("csv") }
                                        << 1;
        QTest::newRow("missing file") << QStringList { QStringLiteral("sources"), QStringLiteral("import"),
            QStringLiteral("/no/such/file.json") }
                                      << 1;
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        const Run run = linkdeck(arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY(!run.err.isEmpty());
    }

    void corruptWorkspaceIsReported()
    {
        QFile file(m_workspace);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("definitely not sqlite");
        file.close();
        const QByteArray before = digest(m_workspace);
        const Run run = linkdeck({ QStringLiteral("sources"), QStringLiteral("list") });
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(QStringLiteral("not a Linkdeck workspace")));
        QCOMPARE(digest(m_workspace), before);
    }

    void screenshots_data()
    {
        QTest::addColumn<QString>("page");
        QTest::newRow("sources") << QStringLiteral("sources");
        QTest::newRow("applications") << QStringLiteral("applications");
    }

    void screenshots()
    {
        QFETCH(QString, page);
        const QString png = m_dir.filePath(page + QStringLiteral(".png"));
        const Run run = linkdeck({ QStringLiteral("--screenshot"), png, QStringLiteral("--page"), page });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 1000);
        // A real page, not a blank window: many distinct colours.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY(colours.size() > 20);
    }

    void screenshotOfOneSource()
    {
        const QString png = m_dir.filePath(QStringLiteral("fitbit.png"));
        Run run = linkdeck({ QStringLiteral("--screenshot"), png, QStringLiteral("--page"),
            QStringLiteral("sources/fitbit") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(!QImage(png).isNull());
        run = linkdeck({ QStringLiteral("--screenshot"), png, QStringLiteral("--page"),
            QStringLiteral("sources/nope") });
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("nope")));
    }

    void unknownScreenshotPage()
    {
        const Run run = linkdeck({ QStringLiteral("--screenshot"), m_dir.filePath(QStringLiteral("x.png")),
            QStringLiteral("--page"), QStringLiteral("nowhere") });
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("sources")));
    }
};

QTEST_MAIN(TestCli)
#include "tst_cli.moc"

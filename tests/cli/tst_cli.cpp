#include "SecretStore.h"
#include "Workspace.h"

#include <QCryptographicHash>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
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
    Run linkdeck(const QStringList &arguments, const QByteArray &input = {})
    {
        QProcess process;
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

#include "TempWorkspace.h"
#include "TestBackends.h"
#include "UserConnection.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <memory>

namespace {

// How the catalogue's sources separate scopes.
const QRegularExpression kScopeSeparators(QStringLiteral("[ ,]"));

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

/// `linkdeck connections generate|list`, run as a user would, on both backends.
class TestConnectionsCli : public QObject
{
    Q_OBJECT

private:
    Run linkdeck(const QStringList &arguments)
    {
        QProcess process;
        process.start(QStringLiteral(LINKDECK_BINARY),
            QStringList { QStringLiteral("--workspace"), m_temp->location() } + arguments);
        if (!process.waitForStarted() || !process.waitForFinished(120000))
            return {};
        return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError()) };
    }

    QJsonArray listJson(const QStringList &arguments)
    {
        const Run run = linkdeck(
            QStringList { QStringLiteral("connections"), QStringLiteral("list"), QStringLiteral("--json") }
            + arguments);
        if (run.exitCode != 0)
            qWarning() << run.err;
        return QJsonDocument::fromJson(run.out.toUtf8()).array();
    }

    std::unique_ptr<TempWorkspace> m_temp;

private Q_SLOTS:
    void initTestCase_data() { TestBackends::addRows(); }
    void init()
    {
        LINKDECK_SKIP_UNAVAILABLE_BACKEND();
        m_temp = std::make_unique<TempWorkspace>(TestBackends::current());
        QVERIFY2(m_temp->isOpen(), qPrintable(m_temp->errorMessage()));
    }
    void cleanup() { m_temp.reset(); }

    void generateMakesRealisticConnections()
    {
        Run run = linkdeck({ QStringLiteral("connections"), QStringLiteral("generate"),
            QStringLiteral("--count"), QStringLiteral("400") });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("\"Demo\"")), qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("400")));

        const QJsonArray all = listJson({ QStringLiteral("--limit"), QStringLiteral("1000") });
        QCOMPARE(all.size(), 400);
        QSet<QString> statuses, sources, users, ids;
        QString previousCreated;
        int partlyGranted = 0;
        for (const QJsonValue &value : all) {
            const QJsonObject c = value.toObject();
            QCOMPARE(c.value(QLatin1String("application")).toString(), QStringLiteral("Demo"));
            const QString status = c.value(QLatin1String("status")).toString();
            UserConnection::Status parsed;
            QVERIFY(UserConnection::fromString(status, &parsed));
            statuses << status;
            sources << c.value(QLatin1String("source")).toString();
            users << c.value(QLatin1String("userId")).toString();
            ids << c.value(QLatin1String("id")).toString();
            // Errors are explained; working connections have none.
            QCOMPARE(c.value(QLatin1String("lastError")).toString().isEmpty(),
                parsed != UserConnection::Status::Error && parsed != UserConnection::Status::NeedsReauth);
            // Granted scopes are some of those requested.
            const QStringList requested
                = c.value(QLatin1String("requestedScopes")).toString().split(kScopeSeparators);
            const QStringList granted
                = c.value(QLatin1String("grantedScopes")).toString().split(kScopeSeparators);
            for (const QString &scope : granted)
                QVERIFY2(requested.contains(scope), qPrintable(scope));
            partlyGranted += granted.size() < requested.size();
            // Newest first.
            const QString created = c.value(QLatin1String("createdAt")).toString();
            QVERIFY(previousCreated.isEmpty() || created <= previousCreated);
            previousCreated = created;
            QVERIFY(!c.contains(QLatin1String("sealedTokens")));
        }
        QCOMPARE(ids.size(), 400);
        QCOMPARE(statuses.size(), 5);
        QVERIFY(sources.size() > 5);
        QVERIFY(users.size() < 400); // some users link several sources
        QVERIFY(partlyGranted > 0);
    }

    void generateForANamedApplication()
    {
        for (int i = 0; i < 2; ++i) {
            const Run run = linkdeck(
                { QStringLiteral("connections"), QStringLiteral("generate"), QStringLiteral("--count"),
                    QStringLiteral("30"), QStringLiteral("--application"), QStringLiteral("Acme Wellness") });
            QCOMPARE(run.exitCode, 0);
            QCOMPARE(run.out.contains(QStringLiteral("Created the application")), i == 0);
        }
        QCOMPARE(listJson({ QStringLiteral("--application"), QStringLiteral("Acme Wellness"),
                              QStringLiteral("--limit"), QStringLiteral("1000") })
                     .size(),
            60);
        // Without a name: every application, and no new one.
        QCOMPARE(linkdeck({ QStringLiteral("connections"), QStringLiteral("generate"),
                              QStringLiteral("--count"), QStringLiteral("10") })
                     .exitCode,
            0);
        QCOMPARE(listJson({ QStringLiteral("--limit"), QStringLiteral("1000") }).size(), 70);
        const Run apps
            = linkdeck({ QStringLiteral("apps"), QStringLiteral("list"), QStringLiteral("--json") });
        QCOMPARE(QJsonDocument::fromJson(apps.out.toUtf8()).array().size(), 1);
    }

    void listFilters()
    {
        QCOMPARE(linkdeck({ QStringLiteral("connections"), QStringLiteral("generate"),
                              QStringLiteral("--count"), QStringLiteral("300") })
                     .exitCode,
            0);
        const QJsonArray all = listJson({ QStringLiteral("--limit"), QStringLiteral("1000") });
        QCOMPARE(all.size(), 300);

        for (const QString &status : { QStringLiteral("active"), QStringLiteral("error") }) {
            const QJsonArray some = listJson(
                { QStringLiteral("--status"), status, QStringLiteral("--limit"), QStringLiteral("1000") });
            QVERIFY(!some.isEmpty());
            for (const QJsonValue &c : some)
                QCOMPARE(c[QLatin1String("status")].toString(), status);
        }

        const QString source = all.at(0)[QLatin1String("source")].toString();
        const QJsonArray ofSource = listJson(
            { QStringLiteral("--source"), source, QStringLiteral("--limit"), QStringLiteral("1000") });
        QVERIFY(!ofSource.isEmpty());
        for (const QJsonValue &c : ofSource)
            QCOMPARE(c[QLatin1String("source")].toString(), source);

        const QString user = all.at(7)[QLatin1String("userId")].toString();
        const QJsonArray found = listJson({ QStringLiteral("--search"), user.left(8) });
        QVERIFY(!found.isEmpty());
        bool hasUser = false;
        for (const QJsonValue &c : found) {
            hasUser = hasUser || c[QLatin1String("userId")].toString() == user;
            QVERIFY(c[QLatin1String("userId")].toString().startsWith(user.left(8))
                || c[QLatin1String("referenceId")].toString().startsWith(user.left(8)));
        }
        QVERIFY(hasUser);

        QCOMPARE(listJson({ QStringLiteral("--limit"), QStringLiteral("3") }).size(), 3);
        QCOMPARE(listJson({}).size(), 50);

        const Run table
            = linkdeck({ QStringLiteral("connections"), QStringLiteral("list"), QStringLiteral("--status"),
                QStringLiteral("active"), QStringLiteral("--limit"), QStringLiteral("4") });
        QCOMPARE(table.exitCode, 0);
        const QStringList lines = table.out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 6); // header, four rows, how many match
        QVERIFY(lines.first().startsWith(QStringLiteral("USER ID")));
        QVERIFY2(lines.last().startsWith(QStringLiteral("4 of ")), qPrintable(lines.last()));

        const Run none = linkdeck({ QStringLiteral("connections"), QStringLiteral("list"),
            QStringLiteral("--search"), QStringLiteral("~") });
        QCOMPARE(none.exitCode, 0);
        QVERIFY(none.out.contains(QStringLiteral("No connections match.")));
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QString generate = QStringLiteral("generate");
        const QString list = QStringLiteral("list");
        const QString count = QStringLiteral("--count");
        QTest::newRow("no count") << QStringList { generate } << QStringLiteral("--count");
        QTest::newRow("count zero") << QStringList { generate, count, QStringLiteral("0") }
                                    << QStringLiteral("\"0\"");
        QTest::newRow("count not a number")
            << QStringList { generate, count, QStringLiteral("many") } << QStringLiteral("\"many\"");
        QTest::newRow("count too large")
            << QStringList { generate, count, QStringLiteral("1000000000") } << QStringLiteral("1000000000");
        QTest::newRow("unknown status") << QStringList { list, QStringLiteral("--status"),
            QStringLiteral("broken") } << QStringLiteral("broken");
        QTest::newRow("unknown application") << QStringList { list, QStringLiteral("--application"),
            QStringLiteral("Nobody") } << QStringLiteral("Nobody");
        QTest::newRow("unknown source") << QStringList { list, QStringLiteral("--source"),
            QStringLiteral("nosuch") } << QStringLiteral("nosuch");
        QTest::newRow("bad limit") << QStringList { list, QStringLiteral("--limit"), QStringLiteral("-1") }
                                   << QStringLiteral("--limit");
        QTest::newRow("unknown action") << QStringList { QStringLiteral("frob") } << QStringLiteral("Usage");
        QTest::newRow("stray word") << QStringList { list, QStringLiteral("extra") }
                                    << QStringLiteral("Usage");
    }

    void badInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run run = linkdeck(QStringList { QStringLiteral("connections") } + arguments);
        QVERIFY(run.exitCode > 0);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        // Nothing was made.
        QCOMPARE(listJson({}).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestConnectionsCli)
#include "tst_connectionscli.moc"

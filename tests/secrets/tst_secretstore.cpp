#include "SecretStore.h"

#include <QSignalSpy>
#include <QTest>
#include <QUuid>

namespace {

// Runs one asynchronous SecretStore call and waits for its answer.
template<typename Call> SecretStore::Result await(Call call)
{
    QObject context;
    SecretStore::Result result;
    bool done = false;
    call(&context, [&](const SecretStore::Result &r) {
        result = r;
        done = true;
    });
    if (!QTest::qWaitFor([&]() { return done; }, 20000))
        result.message = QStringLiteral("timed out");
    return result;
}

} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keysAndVariables()
    {
        QCOMPARE(SecretStore::keyFor(QStringLiteral("w1"), SecretStore::sourceOwner(QStringLiteral("fitbit")),
                     QStringLiteral("client_secret")),
            QStringLiteral("linkdeck:w1:source/fitbit:client_secret"));
        QCOMPARE(SecretStore::environmentVariable(
                     SecretStore::sourceOwner(QStringLiteral("google_fit")), QStringLiteral("client_secret")),
            QStringLiteral("LINKDECK_SECRET_SOURCE_GOOGLE_FIT_CLIENT_SECRET"));
        QCOMPARE(SecretStore::applicationSourceOwner(QStringLiteral("ld_1"), QStringLiteral("oura")),
            QStringLiteral("app/ld_1/source/oura"));
    }

    void writeReadRemoveInTheRealKeyring()
    {
        SecretStore store(QUuid::createUuid().toString(QUuid::WithoutBraces));
        const QString owner = SecretStore::sourceOwner(QStringLiteral("fitbit"));
        const QString field = QStringLiteral("client_secret");

        SecretStore::Result missing
            = await([&](QObject *c, auto done) { store.read(owner, field, c, done); });
        QCOMPARE(missing.status, SecretStore::Result::Status::NotFound);
        QCOMPARE(store.availability(), SecretStore::Availability::Available);

        const QString secret = QStringLiteral("s3cr3t-ünï-%1").arg(QUuid::createUuid().toString());
        SecretStore::Result written
            = await([&](QObject *c, auto done) { store.write(owner, field, secret, c, done); });
        QVERIFY2(written.isOk(), qPrintable(written.message));

        SecretStore::Result read = await([&](QObject *c, auto done) { store.read(owner, field, c, done); });
        QVERIFY2(read.isOk(), qPrintable(read.message));
        QCOMPARE(read.value, secret);
        QVERIFY(!read.fromEnvironment);

        SecretStore::Result removed
            = await([&](QObject *c, auto done) { store.remove(owner, field, c, done); });
        QVERIFY2(removed.isOk(), qPrintable(removed.message));
        SecretStore::Result gone = await([&](QObject *c, auto done) { store.read(owner, field, c, done); });
        QCOMPARE(gone.status, SecretStore::Result::Status::NotFound);
    }

    void workspacesDoNotShareSecrets()
    {
        SecretStore first(QStringLiteral("workspace-a-%1").arg(QUuid::createUuid().toString()));
        SecretStore second(QStringLiteral("workspace-b-%1").arg(QUuid::createUuid().toString()));
        const QString owner = SecretStore::sourceOwner(QStringLiteral("oura"));
        QVERIFY(await([&](QObject *c, auto done) {
            first.write(owner, QStringLiteral("client_secret"), QStringLiteral("a"), c, done);
        }).isOk());
        QCOMPARE(await([&](QObject *c, auto done) {
            second.read(owner, QStringLiteral("client_secret"), c, done);
        }).status,
            SecretStore::Result::Status::NotFound);
    }

    void environmentWinsForReads()
    {
        SecretStore store(QUuid::createUuid().toString(QUuid::WithoutBraces));
        const QString owner = SecretStore::sourceOwner(QStringLiteral("strava"));
        const QByteArray name
            = SecretStore::environmentVariable(owner, QStringLiteral("client_secret")).toLatin1();
        qputenv(name.constData(), "from-env");
        const SecretStore::Result read = await(
            [&](QObject *c, auto done) { store.read(owner, QStringLiteral("client_secret"), c, done); });
        qunsetenv(name.constData());
        QVERIFY(read.isOk());
        QVERIFY(read.fromEnvironment);
        QCOMPARE(read.value, QStringLiteral("from-env"));
    }

    void probeFindsTheKeyring()
    {
        SecretStore store(QUuid::createUuid().toString(QUuid::WithoutBraces));
        QSignalSpy spy(&store, &SecretStore::availabilityChanged);
        store.probe();
        QVERIFY(spy.wait(20000));
        QCOMPARE(store.availability(), SecretStore::Availability::Available);
    }
};

QTEST_MAIN(TestSecretStore)
#include "tst_secretstore.moc"

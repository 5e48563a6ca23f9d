#include "SecretStore.h"

#include <QSignalSpy>
#include <QTest>

// Runs with no D-Bus session at all (see CMakeLists.txt): the store must
// say so plainly and refuse to write, never fall back to plain text.
class TestNoKeyring : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unavailableIsVisibleAndWritesAreRefused()
    {
        SecretStore store(QStringLiteral("no-keyring"));
        QSignalSpy spy(&store, &SecretStore::availabilityChanged);
        store.probe();
        QVERIFY(spy.wait(20000));
        QCOMPARE(store.availability(), SecretStore::Availability::Unavailable);
        QVERIFY(!store.unavailableReason().isEmpty());

        SecretStore::Result result;
        bool done = false;
        QObject context;
        store.write(SecretStore::sourceOwner(QStringLiteral("fitbit")), QStringLiteral("client_secret"),
            QStringLiteral("never stored"), &context, [&](const SecretStore::Result &r) {
                result = r;
                done = true;
            });
        QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
        QCOMPARE(result.status, SecretStore::Result::Status::NoKeyring);
        QVERIFY(result.message.contains(QStringLiteral("keyring")));
    }
};

QTEST_MAIN(TestNoKeyring)
#include "tst_nokeyring.moc"

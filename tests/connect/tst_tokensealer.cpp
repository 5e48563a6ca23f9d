#include "SecretStore.h"
#include "TokenSealer.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

namespace {

TokenSealer::KeyResult loadKey(SecretStore *store)
{
    QObject context;
    TokenSealer::KeyResult result;
    bool done = false;
    TokenSealer::loadKey(store, &context, [&](const TokenSealer::KeyResult &r) {
        result = r;
        done = true;
    });
    if (!QTest::qWaitFor([&]() { return done; }, 20000))
        result.error = QStringLiteral("timed out");
    return result;
}

// Restores an environment variable when the test ends.
class EnvironmentGuard
{
public:
    explicit EnvironmentGuard(const char *name)
        : m_name(name)
        , m_had(qEnvironmentVariableIsSet(name))
        , m_value(qgetenv(name))
    { }
    ~EnvironmentGuard()
    {
        if (m_had)
            qputenv(m_name, m_value);
        else
            qunsetenv(m_name);
    }

private:
    const char *m_name;
    bool m_had;
    QByteArray m_value;
};

} // namespace

/// Sealing of stored tokens: libsodium secretbox, and where its key comes from.
class TestTokenSealer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<QByteArray>("plain");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("token") << QByteArray("{\"access_token\":\"at-123\",\"refresh_token\":\"rt-456\"}");
        QTest::newRow("unicode") << QStringLiteral("Grüße, 東京").toUtf8();
        QByteArray binary(1024 * 1024, Qt::Uninitialized);
        for (int i = 0; i < binary.size(); ++i)
            binary[i] = char(i * 7 % 256);
        QTest::newRow("1 MiB binary") << binary;
    }

    void roundTrip()
    {
        QFETCH(QByteArray, plain);
        const TokenSealer sealer(TokenSealer::generateKey());
        QVERIFY(sealer.hasKey());
        const QByteArray sealed = sealer.seal(plain);
        QCOMPARE(sealed.size(), plain.size() + 1 + 24 + 16);
        if (plain.size() > 8)
            QVERIFY(!sealed.contains(plain.left(8)));
        QByteArray opened = "untouched";
        QString error;
        QVERIFY2(sealer.open(sealed, &opened, &error), qPrintable(error));
        QCOMPARE(opened, plain);
    }

    void everySealIsDifferent()
    {
        const TokenSealer sealer(TokenSealer::generateKey());
        QVERIFY(sealer.seal("same") != sealer.seal("same"));
    }

    void tamperingIsDetected_data()
    {
        QTest::addColumn<int>("position"); // byte to flip; -1: cut the last byte; -2: append a byte
        QTest::newRow("version") << 0;
        QTest::newRow("nonce") << 5;
        QTest::newRow("mac") << 25;
        QTest::newRow("ciphertext end") << 25 + 16 + 10;
        QTest::newRow("cut short") << -1;
        QTest::newRow("appended") << -2;
    }

    void tamperingIsDetected()
    {
        QFETCH(int, position);
        const TokenSealer sealer(TokenSealer::generateKey());
        QByteArray sealed = sealer.seal("refresh-token-value");
        if (position == -1)
            sealed.chop(1);
        else if (position == -2)
            sealed.append('x');
        else
            sealed[position] = char(sealed.at(position) ^ 0x01);
        QByteArray opened = "untouched";
        QString error;
        QVERIFY(!sealer.open(sealed, &opened, &error));
        QCOMPARE(opened, QByteArray("untouched"));
        QVERIFY(!error.isEmpty());
    }

    void shortOrEmptyDataIsRefused()
    {
        const TokenSealer sealer(TokenSealer::generateKey());
        QString error;
        QVERIFY(!sealer.open(QByteArray(), nullptr, &error));
        QVERIFY(error.contains(QStringLiteral("cut short")));
        QVERIFY(!sealer.open(QByteArray(40, 'x'), nullptr, &error));
    }

    void wrongKeyIsRefused()
    {
        const QByteArray sealed = TokenSealer(TokenSealer::generateKey()).seal("secret");
        QString error;
        QByteArray opened;
        QVERIFY(!TokenSealer(TokenSealer::generateKey()).open(sealed, &opened, &error));
        QVERIFY2(error.contains(QStringLiteral("another key")), qPrintable(error));
        QVERIFY(opened.isEmpty());
    }

    void noKeyNoSealing()
    {
        const TokenSealer none;
        QVERIFY(!none.hasKey());
        QVERIFY(none.seal("x").isEmpty());
        QString error;
        QVERIFY(!none.open(TokenSealer(TokenSealer::generateKey()).seal("x"), nullptr, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!TokenSealer(QByteArray(31, 'k')).hasKey());
    }

    void decodeKey_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("ok");
        const QByteArray key = TokenSealer::generateKey();
        QTest::newRow("raw") << key << true;
        QTest::newRow("base64") << key.toBase64() << true;
        QTest::newRow("base64 with newline") << QByteArray(key.toBase64() + '\n') << true;
        QTest::newRow("base64url") << key.toBase64(
            QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)
                                   << true;
        QTest::newRow("too short") << QByteArray(16, 'a').toBase64() << false;
        QTest::newRow("not base64") << QByteArray("this is not a key at all!!") << false;
        QTest::newRow("empty") << QByteArray() << false;
    }

    void decodeKey()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, ok);
        QCOMPARE(TokenSealer::decodeKey(text).size() == TokenSealer::kKeySize, ok);
    }

    void keyFromEnvironment()
    {
        EnvironmentGuard keyGuard("LINKDECK_SEALING_KEY");
        EnvironmentGuard fileGuard("LINKDECK_SEALING_KEY_FILE");
        qunsetenv("LINKDECK_SEALING_KEY");
        qunsetenv("LINKDECK_SEALING_KEY_FILE");
        TokenSealer::KeyResult result = TokenSealer::keyFromEnvironment();
        QVERIFY(!result.isOk());
        QVERIFY(result.error.isEmpty()); // nothing set is not an error

        QTemporaryDir dir;
        const QByteArray fileKey = TokenSealer::generateKey();
        QFile file(dir.filePath(QStringLiteral("sealing.key")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(fileKey.toBase64() + '\n');
        file.close();
        qputenv("LINKDECK_SEALING_KEY_FILE", QFile::encodeName(file.fileName()));
        result = TokenSealer::keyFromEnvironment();
        QVERIFY2(result.isOk(), qPrintable(result.error));
        QCOMPARE(result.key, fileKey);
        QCOMPARE(result.origin, QStringLiteral("file"));

        // The variable wins over the file.
        const QByteArray envKey = TokenSealer::generateKey();
        qputenv("LINKDECK_SEALING_KEY", envKey.toBase64());
        result = TokenSealer::keyFromEnvironment();
        QCOMPARE(result.key, envKey);
        QCOMPARE(result.origin, QStringLiteral("environment"));

        qputenv("LINKDECK_SEALING_KEY", "c2hvcnQ=");
        result = TokenSealer::keyFromEnvironment();
        QVERIFY(!result.isOk());
        QVERIFY(result.error.contains(QStringLiteral("LINKDECK_SEALING_KEY")));
        QVERIFY(!result.error.contains(QStringLiteral("c2hvcnQ")));

        qunsetenv("LINKDECK_SEALING_KEY");
        qputenv("LINKDECK_SEALING_KEY_FILE", "/no/such/sealing.key");
        result = TokenSealer::keyFromEnvironment();
        QVERIFY(!result.isOk());
        QVERIFY(result.error.contains(QStringLiteral("/no/such/sealing.key")));
    }

    void keyIsCreatedInTheKeyringOnce()
    {
        EnvironmentGuard keyGuard("LINKDECK_SEALING_KEY");
        EnvironmentGuard fileGuard("LINKDECK_SEALING_KEY_FILE");
        qunsetenv("LINKDECK_SEALING_KEY");
        qunsetenv("LINKDECK_SEALING_KEY_FILE");
        SecretStore store(QUuid::createUuid().toString(QUuid::WithoutBraces));
        const TokenSealer::KeyResult first = loadKey(&store);
        QVERIFY2(first.isOk(), qPrintable(first.error));
        QVERIFY(first.created);
        QCOMPARE(first.origin, QStringLiteral("keyring"));
        const QByteArray sealed = TokenSealer(first.key).seal("kept across runs");

        const TokenSealer::KeyResult second = loadKey(&store);
        QVERIFY2(second.isOk(), qPrintable(second.error));
        QVERIFY(!second.created);
        QCOMPARE(second.key, first.key);
        QByteArray opened;
        QVERIFY(TokenSealer(second.key).open(sealed, &opened));
        QCOMPARE(opened, QByteArray("kept across runs"));

        // A headless run's key wins over the keyring's.
        const QByteArray envKey = TokenSealer::generateKey();
        qputenv("LINKDECK_SEALING_KEY", envKey.toBase64());
        QCOMPARE(loadKey(&store).key, envKey);
    }
};

QTEST_GUILESS_MAIN(TestTokenSealer)
#include "tst_tokensealer.moc"

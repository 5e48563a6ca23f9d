#include "Pkce.h"

#include <QSet>
#include <QTest>

/// PKCE (RFC 7636): the Appendix B vector, the verifier's alphabet and
/// length, and the methods.
class TestPkce : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rfc7636AppendixB()
    {
        const QString verifier = QStringLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");
        QCOMPARE(Pkce::challenge(verifier, IntegrationSource::PkceMode::S256),
            QStringLiteral("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
        const Pkce pkce = Pkce::fromVerifier(IntegrationSource::PkceMode::S256, verifier);
        QVERIFY(pkce.isEnabled());
        QCOMPARE(pkce.verifier(), verifier);
        QCOMPARE(pkce.challenge(), QStringLiteral("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
        QCOMPARE(pkce.method(), QStringLiteral("S256"));
    }

    void methods_data()
    {
        QTest::addColumn<IntegrationSource::PkceMode>("mode");
        QTest::addColumn<QString>("method");
        QTest::addColumn<bool>("challengeIsVerifier");
        QTest::addColumn<bool>("enabled");
        QTest::newRow("S256") << IntegrationSource::PkceMode::S256 << QStringLiteral("S256") << false << true;
        QTest::newRow("plain") << IntegrationSource::PkceMode::Plain << QStringLiteral("plain") << true
                               << true;
        QTest::newRow("off") << IntegrationSource::PkceMode::Off << QString() << false << false;
    }

    void methods()
    {
        QFETCH(IntegrationSource::PkceMode, mode);
        QFETCH(QString, method);
        QFETCH(bool, challengeIsVerifier);
        QFETCH(bool, enabled);
        const Pkce pkce = Pkce::generate(mode);
        QCOMPARE(pkce.isEnabled(), enabled);
        QCOMPARE(pkce.method(), method);
        QCOMPARE(pkce.mode(), enabled ? mode : IntegrationSource::PkceMode::Off);
        if (!enabled) {
            QVERIFY(pkce.verifier().isEmpty());
            QVERIFY(pkce.challenge().isEmpty());
            return;
        }
        QVERIFY(Pkce::isValidVerifier(pkce.verifier()));
        QCOMPARE(pkce.challenge() == pkce.verifier(), challengeIsVerifier);
        if (mode == IntegrationSource::PkceMode::S256)
            QCOMPARE(pkce.challenge().size(), 43); // 32 bytes, base64url, no padding
        QVERIFY(!pkce.challenge().contains(QLatin1Char('=')));
    }

    void verifierLength_data()
    {
        QTest::addColumn<int>("requested");
        QTest::addColumn<int>("expected");
        QTest::newRow("default") << int(Pkce::DefaultVerifierLength) << 64;
        QTest::newRow("minimum") << 43 << 43;
        QTest::newRow("maximum") << 128 << 128;
        QTest::newRow("too short is clamped") << 10 << 43;
        QTest::newRow("too long is clamped") << 500 << 128;
        QTest::newRow("odd length") << 77 << 77;
    }

    void verifierLength()
    {
        QFETCH(int, requested);
        QFETCH(int, expected);
        const QString verifier = Pkce::generateVerifier(requested);
        QCOMPARE(verifier.size(), expected);
        QVERIFY2(Pkce::isValidVerifier(verifier), qPrintable(verifier));
    }

    void verifiersAreRandom()
    {
        QSet<QString> seen;
        for (int i = 0; i < 200; ++i)
            seen.insert(Pkce::generateVerifier());
        QCOMPARE(seen.size(), 200);
    }

    void validVerifier_data()
    {
        QTest::addColumn<QString>("verifier");
        QTest::addColumn<bool>("valid");
        QTest::newRow("unreserved set")
            << QStringLiteral("abcXYZ0189-._~abcXYZ0189-._~abcXYZ0189-._~A") << true;
        QTest::newRow("42 characters") << QString(42, QLatin1Char('a')) << false;
        QTest::newRow("129 characters") << QString(129, QLatin1Char('a')) << false;
        QTest::newRow("plus") << QString(42, QLatin1Char('a')) + QLatin1Char('+') << false;
        QTest::newRow("slash") << QString(42, QLatin1Char('a')) + QLatin1Char('/') << false;
        QTest::newRow("space") << QString(42, QLatin1Char('a')) + QLatin1Char(' ') << false;
        QTest::newRow("non-ASCII") << QString(42, QLatin1Char('a')) + QChar(0xe9) << false;
    }

    void validVerifier()
    {
        QFETCH(QString, verifier);
        QFETCH(bool, valid);
        QCOMPARE(Pkce::isValidVerifier(verifier), valid);
    }
};

QTEST_GUILESS_MAIN(TestPkce)
#include "tst_pkce.moc"

#include "ImportPlan.h"

#include <QTest>
#include <functional>

namespace {

IntegrationSource make(
    const QString &key, const QString &authUrl = QStringLiteral("https://a.example.com/auth"))
{
    IntegrationSource s;
    s.key = key;
    s.displayName = key;
    s.authUrl = authUrl;
    s.accessTokenUrl = QStringLiteral("https://a.example.com/token");
    return s;
}

/// As stored: with an id, a revision and local credential state.
IntegrationSource stored(IntegrationSource s, qint64 id, const QString &clientId, bool secret)
{
    s.id = id;
    s.revision = int(id) + 3;
    s.clientId = clientId;
    s.hasClientSecret = secret;
    return s;
}

using Edit = std::function<void(IntegrationSource &)>;

} // namespace

Q_DECLARE_METATYPE(Edit)

class TestImportPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void compute();
    void credentialsCarriedOver_data();
    void credentialsCarriedOver();
    void emptyPlans_data();
    void emptyPlans();
    void changedFields_data();
    void changedFields();
};

void TestImportPlan::compute()
{
    const QList<IntegrationSource> existing {
        stored(make(QStringLiteral("fitbit")), 1, QStringLiteral("fit-id"), true),
        stored(make(QStringLiteral("oura")), 2, QString(), false),
        stored(make(QStringLiteral("strava")), 3, QStringLiteral("strava-id"), true),
        stored(make(QStringLiteral("untouched")), 4, QString(), false),
    };
    IntegrationSource ouraChanged
        = make(QStringLiteral("oura"), QStringLiteral("https://cloud.ouraring.com/oauth"));
    const QList<IntegrationSource> incoming {
        make(QStringLiteral("fitbit")), // same definition once the client ID is kept
        ouraChanged,
        make(QStringLiteral("withings")),
        make(QStringLiteral("strava")), // same
        make(QStringLiteral("garmin")),
    };

    const ImportPlan plan = ImportPlan::compute(existing, incoming);
    QCOMPARE(plan.added.size(), 2);
    QCOMPARE(plan.added.at(0).key, QStringLiteral("withings"));
    QCOMPARE(plan.added.at(1).key, QStringLiteral("garmin"));
    QCOMPARE(plan.added.at(0).id, 0);
    QCOMPARE(plan.changed.size(), 1);
    QCOMPARE(plan.changed.first().first.key, QStringLiteral("oura"));
    QCOMPARE(plan.changed.first().second.authUrl, QStringLiteral("https://cloud.ouraring.com/oauth"));
    QCOMPARE(plan.changed.first().second.id, 2);
    QCOMPARE(plan.unchanged.size(), 2);
    QCOMPARE(plan.unchanged.at(0).key, QStringLiteral("fitbit"));
    QCOMPARE(plan.unchanged.at(0).id, 1); // the stored one
    QCOMPARE(plan.unchanged.at(1).key, QStringLiteral("strava"));
    QVERIFY(!plan.isEmpty());
    QCOMPARE(plan.summary(), QStringLiteral("2 to add, 1 to change, 2 unchanged"));
}

void TestImportPlan::credentialsCarriedOver_data()
{
    QTest::addColumn<QString>("existingClientId");
    QTest::addColumn<bool>("existingSecret");
    QTest::addColumn<QString>("incomingClientId");
    QTest::addColumn<QString>("expectedClientId");

    QTest::newRow("incoming without client id")
        << QStringLiteral("mine") << true << QString() << QStringLiteral("mine");
    QTest::newRow("incoming with client id")
        << QStringLiteral("mine") << true << QStringLiteral("theirs") << QStringLiteral("theirs");
    QTest::newRow("neither") << QString() << false << QString() << QString();
    QTest::newRow("only incoming") << QString() << false << QStringLiteral("theirs")
                                   << QStringLiteral("theirs");
}

void TestImportPlan::credentialsCarriedOver()
{
    QFETCH(QString, existingClientId);
    QFETCH(bool, existingSecret);
    QFETCH(QString, incomingClientId);
    QFETCH(QString, expectedClientId);

    const IntegrationSource old = stored(make(QStringLiteral("fitbit")), 9, existingClientId, existingSecret);
    IntegrationSource in = make(QStringLiteral("fitbit"), QStringLiteral("https://new.example.com/auth"));
    in.clientId = incomingClientId;
    in.hasClientSecret = !existingSecret; // a file never decides this
    in.id = 77;
    in.revision = 1;

    const ImportPlan plan = ImportPlan::compute({ old }, { in });
    QCOMPARE(plan.changed.size(), 1);
    const IntegrationSource merged = plan.changed.first().second;
    QCOMPARE(merged.id, old.id);
    QCOMPARE(merged.revision, old.revision);
    QCOMPARE(merged.hasClientSecret, existingSecret);
    QCOMPARE(merged.clientId, expectedClientId);
    QCOMPARE(merged.authUrl, QStringLiteral("https://new.example.com/auth"));
    QVERIFY(plan.changed.first().first.sameDefinition(old));
}

void TestImportPlan::emptyPlans_data()
{
    QTest::addColumn<QList<IntegrationSource>>("existing");
    QTest::addColumn<QList<IntegrationSource>>("incoming");
    QTest::addColumn<QString>("summary");

    const QList<IntegrationSource> two { make(QStringLiteral("a")), make(QStringLiteral("b")) };
    QTest::newRow("nothing") << QList<IntegrationSource>() << QList<IntegrationSource>()
                             << QStringLiteral("0 to add, 0 to change, 0 unchanged");
    QTest::newRow("same again") << two << two << QStringLiteral("0 to add, 0 to change, 2 unchanged");
    QTest::newRow("nothing incoming")
        << two << QList<IntegrationSource>() << QStringLiteral("0 to add, 0 to change, 0 unchanged");
}

void TestImportPlan::emptyPlans()
{
    QFETCH(QList<IntegrationSource>, existing);
    QFETCH(QList<IntegrationSource>, incoming);
    QFETCH(QString, summary);
    const ImportPlan plan = ImportPlan::compute(existing, incoming);
    QVERIFY(plan.isEmpty());
    QCOMPARE(plan.summary(), summary);
}

void TestImportPlan::changedFields_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<QStringList>("fields");
    const auto list = [](std::initializer_list<const char *> names) {
        QStringList l;
        for (const char *n : names)
            l << QString::fromLatin1(n);
        return l;
    };

    QTest::newRow("none") << Edit([](IntegrationSource &s) {
        s.id = 5;
        s.hasClientSecret = true;
    }) << QStringList();
    QTest::newRow("displayName") << Edit([](IntegrationSource &s) { s.displayName = QStringLiteral("X"); })
                                 << list({ "displayName" });
    QTest::newRow("authType") << Edit([](IntegrationSource &s) {
        s.authType = IntegrationSource::AuthType::OAuth1;
    }) << list({ "authType" });
    QTest::newRow("fullAuthUrl") << Edit([](IntegrationSource &s) {
        s.fullAuthUrlOverride = QStringLiteral("https://x");
    }) << list({ "fullAuthUrl" });
    QTest::newRow("scopes and pkce") << Edit([](IntegrationSource &s) {
        s.scopes = QStringList { QStringLiteral("sleep") };
        s.pkce = IntegrationSource::PkceMode::Off;
    }) << list({ "scopes", "pkce" });
    QTest::newRow("params") << Edit([](IntegrationSource &s) {
        s.extraAuthParams.insert(QStringLiteral("prompt"), QStringLiteral("consent"));
        s.extraTokenParams.insert(QStringLiteral("a"), QStringLiteral("b"));
    }) << list({ "extraAuthParams", "extraTokenParams" });
    QTest::newRow("logo mime") << Edit([](IntegrationSource &s) {
        s.logoMimeType = QStringLiteral("image/png");
    }) << list({ "logo" });
    QTest::newRow("many") << Edit([](IntegrationSource &s) {
        s.enabled = false;
        s.clientId = QStringLiteral("c");
        s.clientAuth = IntegrationSource::ClientAuth::Body;
        s.revokeUrl = QStringLiteral("https://r");
        s.docsUrl = QStringLiteral("https://d");
    }) << list({ "enabled", "clientId", "clientAuth", "revokeUrl", "docsUrl" });
}

void TestImportPlan::changedFields()
{
    QFETCH(Edit, edit);
    QFETCH(QStringList, fields);
    const IntegrationSource before = make(QStringLiteral("fitbit"));
    IntegrationSource after = before;
    edit(after);
    QCOMPARE(ImportPlan::changedFields(before, after), fields);
    QCOMPARE(fields.isEmpty(), before.sameDefinition(after));
}

QTEST_GUILESS_MAIN(TestImportPlan)
#include "tst_importplan.moc"

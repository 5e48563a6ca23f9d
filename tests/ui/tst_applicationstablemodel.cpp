#include "ApplicationRepository.h"
#include "ApplicationSourcesModel.h"
#include "ApplicationsTableModel.h"
#include "SourceRepository.h"
#include "TempWorkspace.h"
#include "TestLocale.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QtTest>
#include <memory>

/// The applications table and the editor's sources table over a workspace
/// seeded with the bundled catalogue and three applications.
class tst_ApplicationsTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void header();
    void rows_data();
    void rows();
    void emptyWorkspace();
    void resetKeepsRowsConsistent();
    void search_data();
    void search();
    void sourcesModel_data();
    void sourcesModel();
    void sourcesModelEdits();

private:
    std::unique_ptr<TempWorkspace> m_workspace;
    QList<Application> m_applications;
    QList<IntegrationSource> m_sources;
    ApplicationsTableModel *m_model = nullptr;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void tst_ApplicationsTableModel::initTestCase()
{
    TestLocale::useEnglish();
    m_workspace = std::make_unique<TempWorkspace>();
    QVERIFY2(m_workspace->isOpen(), qPrintable(m_workspace->errorMessage()));
    ApplicationRepository repository(m_workspace->workspace());

    Application acme;
    acme.name = QStringLiteral("Acme Fitness");
    acme.hasClientSecret = true;
    acme.webhookUrl = QStringLiteral("https://acme.example/hooks/linkdeck");
    acme.sourceKeys = { QStringLiteral("fitbit"), QStringLiteral("oura") };
    acme.credentials.insert(QStringLiteral("fitbit"), { QStringLiteral("fb-123"), true });
    QVERIFY(repository.insert(&acme));

    Application cardio;
    cardio.name = QStringLiteral("Cardio Coach");
    cardio.sourceKeys = { QStringLiteral("apple_health"), QStringLiteral("eight_sleep"),
        QStringLiteral("fitbit"), QStringLiteral("garmin"), QStringLiteral("strava") };
    cardio.credentials.insert(QStringLiteral("fitbit"), { QStringLiteral("fb-456"), true });
    cardio.credentials.insert(QStringLiteral("garmin"), { QStringLiteral("garmin-key"), false });
    QVERIFY(repository.insert(&cardio));

    Application beta;
    beta.name = QStringLiteral("Beta Sleep");
    QVERIFY(repository.insert(&beta));

    StoreResult result;
    m_applications = repository.all(&result);
    QVERIFY2(result, qPrintable(result.message));
    QCOMPARE(m_applications.size(), 3);
    m_sources = SourceRepository(m_workspace->workspace()).all(&result);
    QVERIFY2(result, qPrintable(result.message));
    QVERIFY(m_sources.size() > 10);
}

void tst_ApplicationsTableModel::init()
{
    m_tester.reset();
    delete m_model;
    m_model = new ApplicationsTableModel(this);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setContents(m_applications, m_sources);
}

void tst_ApplicationsTableModel::header()
{
    QCOMPARE(m_model->columnCount(), int(ApplicationsTableModel::ColumnCount));
    const QStringList expected { QStringLiteral("Name"), QStringLiteral("Client ID"),
        QStringLiteral("Sources"), QStringLiteral("Webhook"), QStringLiteral("Credentials") };
    for (int column = 0; column < m_model->columnCount(); ++column)
        QCOMPARE(m_model->headerData(column, Qt::Horizontal).toString(), expected.at(column));
}

void tst_ApplicationsTableModel::rows_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("sources");
    QTest::addColumn<QString>("webhook");
    QTest::addColumn<QString>("credentials");
    QTest::addColumn<int>("missing");

    // The repository lists applications by name.
    QTest::newRow("two sources, one lacking")
        << 0 << QStringLiteral("Acme Fitness") << QStringLiteral("Fitbit, Oura")
        << QStringLiteral("https://acme.example/hooks/linkdeck")
        << QStringLiteral("secret set, 1 source needs credentials") << 1;
    QTest::newRow("nothing yet") << 1 << QStringLiteral("Beta Sleep") << QStringLiteral("none")
                                 << QStringLiteral("—") << QStringLiteral("no secret") << 0;
    QTest::newRow("five sources, two lacking")
        << 2 << QStringLiteral("Cardio Coach") << QStringLiteral("Apple Health, Eight Sleep, Fitbit +2")
        << QStringLiteral("—") << QStringLiteral("no secret, 2 sources need credentials") << 2;
}

void tst_ApplicationsTableModel::rows()
{
    QFETCH(int, row);
    QFETCH(QString, name);
    QFETCH(QString, sources);
    QFETCH(QString, webhook);
    QFETCH(QString, credentials);
    QFETCH(int, missing);

    const auto text = [this, row](int column) { return m_model->index(row, column).data().toString(); };
    QCOMPARE(text(ApplicationsTableModel::Name), name);
    QCOMPARE(text(ApplicationsTableModel::ClientId), m_applications.at(row).clientId);
    QVERIFY(text(ApplicationsTableModel::ClientId).startsWith(QLatin1String("ld_")));
    QCOMPARE(text(ApplicationsTableModel::Sources), sources);
    QCOMPARE(text(ApplicationsTableModel::Webhook), webhook);
    QCOMPARE(text(ApplicationsTableModel::Credentials), credentials);
    const QModelIndex credentialsIndex = m_model->index(row, ApplicationsTableModel::Credentials);
    QCOMPARE(credentialsIndex.data(ApplicationsTableModel::MissingCredentialsRole).toInt(), missing);
    QCOMPARE(!credentialsIndex.data(Qt::DecorationRole).value<QIcon>().isNull(), missing > 0);
    for (int column = 0; column < ApplicationsTableModel::ColumnCount; ++column)
        QCOMPARE(m_model->index(row, column).data(ApplicationsTableModel::ClientIdRole).toString(),
            m_applications.at(row).clientId);
    QCOMPARE(m_model->rowOf(m_applications.at(row).clientId), row);
    QCOMPARE(m_model->application(row).name, name);
}

void tst_ApplicationsTableModel::emptyWorkspace()
{
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
    m_model->setContents({}, m_sources);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->rowOf(m_applications.first().clientId), -1);
}

void tst_ApplicationsTableModel::resetKeepsRowsConsistent()
{
    QList<Application> fewer = m_applications;
    fewer.removeAt(1);
    m_model->setContents(fewer, m_sources);
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(
        m_model->index(1, ApplicationsTableModel::Name).data().toString(), QStringLiteral("Cardio Coach"));
    // Without the sources a key is shown as it is and nothing is known to lack.
    m_model->setContents(m_applications, {});
    QCOMPARE(
        m_model->index(0, ApplicationsTableModel::Sources).data().toString(), QStringLiteral("fitbit, oura"));
    QCOMPARE(m_model->index(0, ApplicationsTableModel::Credentials).data().toString(),
        QStringLiteral("secret set"));
}

void tst_ApplicationsTableModel::search_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QStringList>("names");

    QTest::newRow("all") << QString()
                         << QStringList { QStringLiteral("Acme Fitness"), QStringLiteral("Beta Sleep"),
                                QStringLiteral("Cardio Coach") };
    QTest::newRow("name, any case") << QStringLiteral("sLEEp")
                                    << QStringList { QStringLiteral("Beta Sleep") };
    QTest::newRow("part of a name") << QStringLiteral("co") << QStringList { QStringLiteral("Cardio Coach") };
    QTest::newRow("client ID") << QStringLiteral("{clientId}")
                               << QStringList { QStringLiteral("Acme Fitness") };
    QTest::newRow("no match") << QStringLiteral("zzz") << QStringList {};
}

void tst_ApplicationsTableModel::search()
{
    QFETCH(QString, filter);
    QFETCH(QStringList, names);
    filter.replace(QLatin1String("{clientId}"), m_applications.first().clientId.mid(3, 10));

    QSortFilterProxyModel proxy;
    proxy.setSourceModel(m_model);
    proxy.setFilterRole(ApplicationsTableModel::SearchRole);
    proxy.setFilterKeyColumn(ApplicationsTableModel::Name);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setFilterFixedString(filter);
    QStringList shown;
    for (int row = 0; row < proxy.rowCount(); ++row)
        shown << proxy.index(row, ApplicationsTableModel::Name).data().toString();
    QCOMPARE(shown, names);
}

void tst_ApplicationsTableModel::sourcesModel_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<bool>("editable");
    QTest::addColumn<QString>("clientId");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<bool>("needsCredentials");

    // Acme Fitness: fitbit (client ID and secret), oura (nothing yet).
    QTest::newRow("complete") << QStringLiteral("fitbit") << true << true << QStringLiteral("fb-123")
                              << QStringLiteral("set") << false;
    QTest::newRow("lacking") << QStringLiteral("oura") << true << true << QString()
                             << QStringLiteral("needs credentials") << true;
    QTest::newRow("not allowed") << QStringLiteral("strava") << false << false << QString() << QString()
                                 << false;
    QTest::newRow("sdk needs nothing") << QStringLiteral("apple_health") << false << false
                                       << QStringLiteral("—") << QStringLiteral("—") << false;
    QTest::newRow("password needs nothing") << QStringLiteral("eight_sleep") << false << false
                                            << QStringLiteral("—") << QStringLiteral("—") << false;
}

void tst_ApplicationsTableModel::sourcesModel()
{
    QFETCH(QString, key);
    QFETCH(bool, allowed);
    QFETCH(bool, editable);
    QFETCH(QString, clientId);
    QFETCH(QString, secret);
    QFETCH(bool, needsCredentials);

    ApplicationSourcesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSources(m_sources);
    model.setApplication(m_applications.first());
    QCOMPARE(model.rowCount(), int(m_sources.size()));
    const int row = model.rowOf(key);
    QVERIFY(row >= 0);
    const QModelIndex source = model.index(row, ApplicationSourcesModel::Source);
    QCOMPARE(source.data(Qt::CheckStateRole).toInt(), int(allowed ? Qt::Checked : Qt::Unchecked));
    QVERIFY(model.flags(source) & Qt::ItemIsUserCheckable);
    const QModelIndex client = model.index(row, ApplicationSourcesModel::ClientId);
    QCOMPARE(bool(model.flags(client) & Qt::ItemIsEditable), editable);
    QCOMPARE(client.data().toString(), clientId);
    QCOMPARE(model.index(row, ApplicationSourcesModel::Secret).data().toString(), secret);
    QCOMPARE(source.data(ApplicationSourcesModel::NeedsCredentialsRole).toBool(), needsCredentials);
    QCOMPARE(model.missingCount(), 1);
    QCOMPARE(model.allowedKeys(), (QStringList { QStringLiteral("fitbit"), QStringLiteral("oura") }));
}

void tst_ApplicationsTableModel::sourcesModelEdits()
{
    ApplicationSourcesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSources(m_sources);
    const Application acme = m_applications.first();
    model.setApplication(acme);
    QSignalSpy edited(&model, &ApplicationSourcesModel::edited);

    const int strava = model.rowOf(QStringLiteral("strava"));
    QVERIFY(!model.setData(model.index(strava, ApplicationSourcesModel::ClientId), QStringLiteral("early")));
    QVERIFY(
        model.setData(model.index(strava, ApplicationSourcesModel::Source), Qt::Checked, Qt::CheckStateRole));
    QVERIFY(model.setData(model.index(strava, ApplicationSourcesModel::ClientId), QStringLiteral("  st-9 ")));
    QCOMPARE(edited.size(), 2);
    QCOMPARE(model.allowedKeys(),
        (QStringList { QStringLiteral("fitbit"), QStringLiteral("oura"), QStringLiteral("strava") }));
    QCOMPARE(model.credentials().value(QStringLiteral("strava")).clientId, QStringLiteral("st-9"));
    QCOMPARE(model.missingCount(), 2);
    QVERIFY(!model.isStoredAllowed(QStringLiteral("strava")));

    // Disallowing drops the source's credentials from what would be saved.
    const int fitbit = model.rowOf(QStringLiteral("fitbit"));
    QVERIFY(model.setData(
        model.index(fitbit, ApplicationSourcesModel::Source), Qt::Unchecked, Qt::CheckStateRole));
    QVERIFY(!model.credentials().contains(QStringLiteral("fitbit")));

    // Stored secret flags arrive without touching what was typed.
    Application stored = acme;
    stored.sourceKeys << QStringLiteral("strava");
    stored.credentials.insert(QStringLiteral("strava"), { QString(), true });
    model.setStoredState(stored);
    QVERIFY(model.isStoredAllowed(QStringLiteral("strava")));
    QVERIFY(model.hasSecret(QStringLiteral("strava")));
    QCOMPARE(model.credentials().value(QStringLiteral("strava")).clientId, QStringLiteral("st-9"));
    QCOMPARE(model.index(strava, ApplicationSourcesModel::Secret).data().toString(), QStringLiteral("set"));
}

QTEST_MAIN(tst_ApplicationsTableModel)
#include "tst_applicationstablemodel.moc"

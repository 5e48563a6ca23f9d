#include "CatalogJson.h"

#include <QFile>
#include <QSet>
#include <QTest>

class TestBundledCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void readsFromResource();

private:
    CatalogParseResult m_result;
};

void TestBundledCatalog::initTestCase()
{
    // Resources of a static library are registered by the one using them.
    Q_INIT_RESOURCE(catalog);
    QFile file(QStringLiteral(":/catalog/catalog.json"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
    m_result = CatalogJson::read(file.readAll(), QStringLiteral(":/catalog"));
}

void TestBundledCatalog::readsFromResource()
{
    QVERIFY2(m_result.ok(), qPrintable(m_result.error));
    QVERIFY(m_result.skipped.isEmpty());
    QVERIFY2(m_result.sources.size() >= 20, qPrintable(QString::number(m_result.sources.size())));

    QSet<IntegrationSource::AuthType> types;
    for (const IntegrationSource &s : std::as_const(m_result.sources)) {
        types.insert(s.authType);
        QVERIFY2(!s.logo.isEmpty(), qPrintable(s.key));
        QVERIFY2(
            s.logoMimeType == QLatin1String("image/png") || s.logoMimeType == QLatin1String("image/svg+xml"),
            qPrintable(s.key));
        QVERIFY2(!s.displayName.isEmpty(), qPrintable(s.key));
    }
    QCOMPARE(types.size(), 5);
}

QTEST_GUILESS_MAIN(TestBundledCatalog)
#include "tst_bundledcatalog.moc"

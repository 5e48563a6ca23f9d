#include "ApplicationRepository.h"
#include "ConnectionRepository.h"
#include "ConsolePage.h"
#include "LinkdeckInfo.h"
#include "MainWindow.h"
#include "Settings.h"
#include "TempWorkspace.h"
#include "TokenSealer.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSet>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

QString de(const char *context, const char *source, int n = -1)
{
    return QCoreApplication::translate(context, source, nullptr, n);
}

/// Every visible button and unwrapped label in @p window that is narrower
/// than its text needs, and every form that scrolls sideways: a German
/// string too long for its place.
QStringList clippedWidgets(QWidget *window)
{
    QStringList clipped;
    const QList<QWidget *> widgets = window->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!widget->isVisibleTo(window))
            continue;
        if (auto *area = qobject_cast<QScrollArea *>(widget);
            area && area->horizontalScrollBar()->isVisible()) {
            clipped << QStringLiteral("%1 scrolls sideways").arg(area->objectName());
            continue;
        }
        QString text;
        if (auto *button = qobject_cast<QAbstractButton *>(widget))
            text = button->text();
        else if (auto *label = qobject_cast<QLabel *>(widget); label && !label->wordWrap())
            text = label->text();
        if (text.isEmpty() || widget->width() >= widget->minimumSizeHint().width())
            continue;
        clipped << QStringLiteral("%1 \"%2\" (%3 < %4 px)")
                       .arg(QString::fromLatin1(widget->metaObject()->className()), text)
                       .arg(widget->width())
                       .arg(widget->minimumSizeHint().width());
    }
    return clipped;
}

/// One message of translations/linkdeck_de.ts.
struct TsMessage
{
    QByteArray context;
    QByteArray source;
    QString translation; ///< plural forms run together
    bool numerus = false;
    QString type; ///< "unfinished", "obsolete", …; empty when done
};

/// The messages of translations/linkdeck_de.ts, found through
/// LINKDECK_SOURCE_DIR (which ctest sets); @p error says why there are none.
QList<TsMessage> readGermanTs(QString *error)
{
    QList<TsMessage> messages;
    const QString sourceDir = qEnvironmentVariable("LINKDECK_SOURCE_DIR");
    if (sourceDir.isEmpty()) {
        *error = QStringLiteral("LINKDECK_SOURCE_DIR is not set");
        return messages;
    }
    QFile ts(QDir(sourceDir).filePath(QStringLiteral("translations/linkdeck_de.ts")));
    if (!ts.open(QIODevice::ReadOnly)) {
        *error = ts.errorString();
        return messages;
    }
    QXmlStreamReader xml(&ts);
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            message.context = xml.readElementText().toUtf8();
        } else if (xml.name() == QLatin1String("message")) {
            message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (xml.name() == QLatin1String("source")) {
            message.source = xml.readElementText().toUtf8();
        } else if (xml.name() == QLatin1String("translation")) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            message.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            messages << message;
        }
    }
    if (xml.hasError()) {
        *error = xml.errorString();
        messages.clear();
    }
    return messages;
}

/// The key of @p text's mnemonic ("&File": F), upper case; empty where it has none.
QString mnemonicKey(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) != QLatin1Char('&'))
            return text.at(i + 1).toUpper();
        ++i; // "&&" is a literal ampersand
    }
    return {};
}

} // namespace

/// The German catalogue: embedded, installed for a German locale, complete,
/// with working plurals, and short enough for the console's layout.
class TestTranslations : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        // Before setUp(): LinkdeckInfo picks the catalogue for QLocale().
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        LinkdeckInfo::setUp(*qApp);
    }

    void germanCatalogueIsInstalled() { QCOMPARE(de("MainWindow", "Sources"), QStringLiteral("Quellen")); }

    void plurals_data()
    {
        QTest::addColumn<QByteArray>("context");
        QTest::addColumn<QByteArray>("source");
        QTest::addColumn<int>("n");
        QTest::addColumn<QString>("expected");
        QTest::newRow("one source") << QByteArray("SourcesPage") << QByteArray("%n source(s)") << 1
                                    << QStringLiteral("1 Quelle");
        QTest::newRow("three sources")
            << QByteArray("SourcesPage") << QByteArray("%n source(s)") << 3 << QStringLiteral("3 Quellen");
        QTest::newRow("filtered, one") << QByteArray("SourcesPage") << QByteArray("%1 of %n source(s)") << 1
                                       << QStringLiteral("%1 von 1 Quelle");
        QTest::newRow("filtered, three") << QByteArray("SourcesPage") << QByteArray("%1 of %n source(s)") << 3
                                         << QStringLiteral("%1 von 3 Quellen");
        QTest::newRow("exported one")
            << QByteArray("SourcesCommand") << QByteArray("Exported %n source(s) to %1.") << 1
            << QStringLiteral("1 Quelle nach %1 exportiert.");
        QTest::newRow("exported three")
            << QByteArray("SourcesCommand") << QByteArray("Exported %n source(s) to %1.") << 3
            << QStringLiteral("3 Quellen nach %1 exportiert.");
        QTest::newRow("one connection") << QByteArray("ConnectionsPage") << QByteArray("%Ln connection(s)")
                                        << 1 << QStringLiteral("1 Verbindung");
        QTest::newRow("three connections") << QByteArray("ConnectionsPage") << QByteArray("%Ln connection(s)")
                                           << 3 << QStringLiteral("3 Verbindungen");
        QTest::newRow("two days ago") << QByteArray("RelativeTime") << QByteArray("%n day(s) ago") << 2
                                      << QStringLiteral("vor 2 Tagen");
        QTest::newRow("after one attempt")
            << QByteArray("WebhooksPage") << QByteArray("%1 after %n attempt(s)") << 1
            << QStringLiteral("%1 nach 1 Versuch");
    }

    void plurals()
    {
        QFETCH(QByteArray, context);
        QFETCH(QByteArray, source);
        QFETCH(int, n);
        QFETCH(QString, expected);
        QCOMPARE(de(context.constData(), source.constData(), n), expected);
    }

    void englishPlurals()
    {
        // English needs its own catalogue only for the plural forms.
        QTranslator english;
        QVERIFY(english.load(QStringLiteral(":/i18n/linkdeck_en.qm")));
        QCOMPARE(english.translate("SourcesPage", "%n source(s)", nullptr, 1), QStringLiteral("%n source"));
        QCOMPARE(english.translate("SourcesPage", "%n source(s)", nullptr, 3), QStringLiteral("%n sources"));
    }

    void pageStrings_data()
    {
        QTest::addColumn<QByteArray>("context");
        QTest::addColumn<QByteArray>("source");
        QTest::addColumn<QString>("expected");
        auto row = [](const char *context, const char *source, const QString &expected) {
            QTest::addRow("%s: %s", context, source) << QByteArray(context) << QByteArray(source) << expected;
        };
        row("MainWindow", "&File", QStringLiteral("&Datei"));
        row("MainWindow", "Keyring: unavailable", QStringLiteral("Schlüsselbund: nicht verfügbar"));
        row("MainWindow", "Workspace: %1", QStringLiteral("Arbeitsbereich: %1"));
        row("SourcesPage", "Search sources (Ctrl+F)", QStringLiteral("Quellen durchsuchen (Strg+F)"));
        row("SourcesPage", "All auth types", QStringLiteral("Alle Auth-Typen"));
        row("SourceEditor", "General", QStringLiteral("Allgemein"));
        row("SourceEditor", "Client &ID:", QStringLiteral("Client-&ID:"));
        row("SourceEditor", "S256 (recommended)", QStringLiteral("S256 (empfohlen)"));
        row("SourcesTableModel", "Credentials", QStringLiteral("Zugangsdaten"));
        row("SourcesTableModel", "per application", QStringLiteral("pro Anwendung"));
        row("ImportPreviewDialog", "What happens", QStringLiteral("Was passiert"));
        row("ApplicationsPage", "No applications yet", QStringLiteral("Noch keine Anwendungen"));
        row("ApplicationsPage", "Rotate client secret", QStringLiteral("Client-Secret rotieren"));
        row("ApplicationEditor", "&Redirect URLs:", QStringLiteral("&Redirect-URLs:"));
        row("ApplicationEditor", "Unsaved changes", QStringLiteral("Ungespeicherte Änderungen"));
        row("ApplicationSourcesModel", "Auth type", QStringLiteral("Auth-Typ"));
        row("ApplicationsTableModel", "no secret", QStringLiteral("kein Secret"));
        row("SecretField", "not set", QStringLiteral("nicht festgelegt"));
        row("SecretRevealDialog", "&Done", QStringLiteral("&Fertig"));
        row("UnsavedChangesPrompt", "Save the changes to \"%1\"?",
            QStringLiteral("Änderungen an „%1“ speichern?"));
        row("SourceValidator", "The URL has no host.", QStringLiteral("Die URL hat keinen Host."));
        row("CatalogJson", "a number", QStringLiteral("eine Zahl"));
        row("Workspace", "The workspace %1 is read-only.",
            QStringLiteral("Der Arbeitsbereich %1 ist schreibgeschützt."));
        row("ConnectionDetailPane", "Re&voke…", QStringLiteral("&Widerrufen…"));
        row("ConnectionStatusText", "Needs re-authorization", QStringLiteral("Neuautorisierung nötig"));
        row("WebhooksPage", "Send &test event", QStringLiteral("&Testereignis senden"));
        row("WebhookDeliveriesModel", "delivered", QStringLiteral("zugestellt"));
        row("AuditTableModel", "secret rotated", QStringLiteral("Secret rotiert"));
    }

    void pageStrings()
    {
        QFETCH(QByteArray, context);
        QFETCH(QByteArray, source);
        QFETCH(QString, expected);
        QCOMPARE(de(context.constData(), source.constData()), expected);
    }

    void everyMessageIsTranslated()
    {
        QString error;
        const QList<TsMessage> messages = readGermanTs(&error);
        if (messages.isEmpty())
            QSKIP(qPrintable(error));

        // The embedded catalogue must hold every message of the .ts file,
        // finished: a stale or partial .qm shows English in a German console.
        QStringList problems;
        for (const TsMessage &message : messages) {
            const QString source = QString::fromUtf8(message.source);
            if (!message.type.isEmpty())
                problems << QStringLiteral("%1: \"%2\" is %3")
                                .arg(QString::fromUtf8(message.context), source, message.type);
            const QString translated = message.numerus
                ? de(message.context.constData(), message.source.constData(), 3)
                : de(message.context.constData(), message.source.constData());
            // Plural forms are checked by what they give for 3, which must
            // differ from the untranslated "(s)" text.
            const bool missing = message.numerus
                ? translated == QString(source).replace(QStringLiteral("%n"), QStringLiteral("3"))
                : translated != message.translation;
            if (translated.isEmpty() || missing)
                problems << QStringLiteral("%1: \"%2\" is not in the embedded catalogue")
                                .arg(QString::fromUtf8(message.context), source);
        }
        QVERIFY(messages.size() > 400);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void noMnemonicTakesAMenuBarKey()
    {
        QString error;
        const QList<TsMessage> messages = readGermanTs(&error);
        if (messages.isEmpty())
            QSKIP(qPrintable(error));
        // Alt and a menu's letter opens that menu; a field or button of a
        // page with the same letter makes the key ambiguous.
        const QList<QByteArray> menus { "&File", "&Edit", "&Go", "&Help" };
        QSet<QString> english, german;
        for (const TsMessage &message : messages) {
            if (message.context == "MainWindow" && menus.contains(message.source)) {
                english << mnemonicKey(QString::fromUtf8(message.source));
                german << mnemonicKey(message.translation);
            }
        }
        QCOMPARE(english.size(), menus.size());
        QCOMPARE(german.size(), menus.size());
        QStringList clashes;
        for (const TsMessage &message : messages) {
            // The main window's own menus and their items share the menu bar's keys by design.
            if (message.context == "MainWindow")
                continue;
            const QString source = QString::fromUtf8(message.source);
            if (english.contains(mnemonicKey(source)))
                clashes << QStringLiteral("%1: \"%2\"").arg(QString::fromUtf8(message.context), source);
            if (german.contains(mnemonicKey(message.translation)))
                clashes << QStringLiteral("%1: \"%2\"")
                               .arg(QString::fromUtf8(message.context), message.translation);
        }
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
    }

    void mainWindowInGerman()
    {
        TempWorkspace temp;
        QVERIFY2(temp.isOpen(), qPrintable(temp.errorMessage()));
        Settings settings(m_dir.filePath(QStringLiteral("de.ini")));
        MainWindow window(temp.workspace(), settings);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigationList"));
        QVERIFY(navigation);
        QStringList items;
        for (int row = 0; row < navigation->count(); ++row)
            items << navigation->item(row)->text();
        QCOMPARE(items,
            QStringList({ QStringLiteral("Quellen"), QStringLiteral("Anwendungen"),
                QStringLiteral("Vorschau"), QStringLiteral("Tests"), QStringLiteral("Verbindungen"),
                QStringLiteral("Webhooks"), QStringLiteral("Audit-Log") }));

        QStringList menus;
        const QList<QAction *> menuActions = window.menuBar()->actions();
        for (const QAction *action : menuActions)
            menus << action->text();
        QCOMPARE(menus,
            QStringList({ QStringLiteral("&Datei"), QStringLiteral("&Bearbeiten"), QStringLiteral("&Gehe zu"),
                QStringLiteral("&Hilfe") }));

        // Without a keyring in this test the status settles on "unavailable";
        // either answer is German.
        auto *keyring = window.findChild<QLabel *>(QStringLiteral("keyringStatusLabel"));
        QVERIFY(keyring);
        QTRY_VERIFY_WITH_TIMEOUT(keyring->text() != QStringLiteral("Schlüsselbund: wird geprüft…"), 30000);
        QVERIFY(keyring->text().startsWith(QStringLiteral("Schlüsselbund: ")));

        // Each page at the default size: German strings must fit their places.
        auto check = [&window](const QString &what, const QString &file) {
            QVERIFY(window.minimumSizeHint().width() <= window.width());
            // Layouts follow a text change on the next pass of the event loop.
            QTRY_VERIFY2(clippedWidgets(&window).isEmpty(),
                qPrintable(what + QStringLiteral(": ") + clippedWidgets(&window).join(QStringLiteral("; "))));
            // Looked at by a person, not only asserted.
            const QString path = QDir(QDir::tempPath()).filePath(file);
            QVERIFY2(window.grab().save(path, "PNG"), qPrintable(path));
            qInfo("%s in German: %s", qPrintable(what), qPrintable(path));
        };

        QVERIFY(window.showPage(QStringLiteral("sources")));
        check(QStringLiteral("Sources page"), QStringLiteral("linkdeck-de.png"));
        if (QTest::currentTestFailed())
            return;
        // An OAuth 2.0 source shows the longest labels: endpoints, PKCE, client authentication.
        ConsolePage *sources = window.page(QStringLiteral("sources"));
        auto *search = sources->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
        auto *table = sources->findChild<QTableView *>(QStringLiteral("sourcesTable"));
        QVERIFY(search && table);
        QTest::keyClicks(search, QStringLiteral("fitbit"));
        QCOMPARE(table->model()->rowCount(), 1);
        table->selectRow(0);
        // The editor's form is built with the first selection.
        auto *authorization = sources->findChild<QWidget *>(QStringLiteral("authorizationGroupBox"));
        QVERIFY(authorization);
        QTRY_VERIFY(authorization->isVisible());
        check(QStringLiteral("OAuth 2.0 source"), QStringLiteral("linkdeck-de-oauth2.png"));
        if (QTest::currentTestFailed())
            return;
        auto *editorArea = sources->findChild<QScrollArea *>(QStringLiteral("editorScrollArea"));
        QVERIFY(editorArea);
        editorArea->verticalScrollBar()->setValue(editorArea->verticalScrollBar()->maximum());
        check(QStringLiteral("OAuth 2.0 authorization"),
            QStringLiteral("linkdeck-de-oauth2-authorization.png"));
        if (QTest::currentTestFailed())
            return;

        QVERIFY(window.showPage(QStringLiteral("applications")));
        check(
            QStringLiteral("Applications page, empty"), QStringLiteral("linkdeck-de-applications-empty.png"));
        if (QTest::currentTestFailed())
            return;
        ConsolePage *applications = window.page(QStringLiteral("applications"));
        auto *add = applications->findChild<QPushButton *>(QStringLiteral("emptyAddButton"));
        auto *name = applications->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
        QVERIFY(add && name);
        QTest::mouseClick(add, Qt::LeftButton);
        QTRY_VERIFY(name->isVisible());
        QCOMPARE(name->text(), QStringLiteral("Neue Anwendung"));
        check(QStringLiteral("Applications page"), QStringLiteral("linkdeck-de-applications.png"));

        // QUndoGroup puts a space between "&Undo" and the command's text; the
        // German prefix ends in a colon so that the two read as one phrase.
        const QList<QAction *> edit = menuActions.at(1)->menu()->actions();
        QVERIFY(!edit.isEmpty());
        QCOMPARE(edit.constFirst()->text(), QStringLiteral("&Rückgängig: „Neue Anwendung“ hinzufügen"));
    }
    void newPagesInGerman()
    {
        // A connection selected on the Connections page shows the detail pane
        // with its five buttons in a row; the key keeps the keyring out of it.
        qputenv("LINKDECK_SEALING_KEY", TokenSealer::generateKey().toBase64());
        TempWorkspace temp;
        QVERIFY2(temp.isOpen(), qPrintable(temp.errorMessage()));
        Application app;
        app.name = QStringLiteral("Ring Coach");
        QVERIFY(ApplicationRepository(temp.workspace()).insert(&app).isOk());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        UserConnection c;
        c.applicationId = app.id;
        c.sourceKey = QStringLiteral("fitbit");
        c.userId = QStringLiteral("user-00001");
        c.referenceId = QStringLiteral("crm-1");
        c.status = UserConnection::Status::NeedsReauth;
        c.requestedScopes = QStringLiteral("activity sleep heartrate");
        c.grantedScopes = QStringLiteral("activity sleep");
        c.createdAt = now.addSecs(-3 * 86400);
        c.updatedAt = c.createdAt;
        c.tokenExpiresAt = now.addSecs(-2 * 86400);
        QList<UserConnection> connections { c };
        const StoreResult inserted = temp.workspace().transaction(
            [&]() { return ConnectionRepository(temp.workspace()).insertMany(&connections); });
        QVERIFY2(inserted, qPrintable(inserted.message));

        Settings settings(m_dir.filePath(QStringLiteral("de-pages.ini")));
        MainWindow window(temp.workspace(), settings);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto check = [&window](const QString &what, const QString &file) {
            QVERIFY(window.minimumSizeHint().width() <= window.width());
            QTRY_VERIFY2(clippedWidgets(&window).isEmpty(),
                qPrintable(what + QStringLiteral(": ") + clippedWidgets(&window).join(QStringLiteral("; "))));
            const QString path = QDir(QDir::tempPath()).filePath(file);
            QVERIFY2(window.grab().save(path, "PNG"), qPrintable(path));
            qInfo("%s in German: %s", qPrintable(what), qPrintable(path));
        };

        QVERIFY(window.showPage(QStringLiteral("connections")));
        ConsolePage *page = window.page(QStringLiteral("connections"));
        auto *table = page->findChild<QTableView *>(QStringLiteral("connectionsTable"));
        QVERIFY(table);
        QTRY_COMPARE(table->model()->rowCount(), 1);
        table->setCurrentIndex(table->model()->index(0, 0));
        auto *detail = page->findChild<QWidget *>(QStringLiteral("connectionDetail"));
        QVERIFY(detail);
        auto *title = detail->findChild<QLabel *>(QStringLiteral("titleLabel"));
        QVERIFY(title);
        QTRY_COMPARE(title->text(), QStringLiteral("user-00001"));
        auto *status = detail->findChild<QLabel *>(QStringLiteral("statusLabel"));
        QVERIFY(status);
        QCOMPARE(status->text(), QStringLiteral("Neuautorisierung nötig"));
        check(QStringLiteral("Connections page"), QStringLiteral("linkdeck-de-connections.png"));
        if (QTest::currentTestFailed())
            return;

        QVERIFY(window.showPage(QStringLiteral("webhooks")));
        check(QStringLiteral("Webhooks page"), QStringLiteral("linkdeck-de-webhooks.png"));
        if (QTest::currentTestFailed())
            return;

        QVERIFY(window.showPage(QStringLiteral("audit")));
        check(QStringLiteral("Audit log page"), QStringLiteral("linkdeck-de-audit.png"));
        qunsetenv("LINKDECK_SEALING_KEY");
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"

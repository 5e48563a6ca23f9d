#include "CatalogFile.h"
#include "CatalogParseResult.h"
#include "ModalDriver.h"
#include "SecretField.h"
#include "SecretStore.h"
#include "Settings.h"
#include "SourceEditor.h"
#include "SourceRepository.h"
#include "SourcesController.h"
#include "SourcesPage.h"
#include "SourcesTableModel.h"
#include "TempWorkspace.h"
#include "TestLocale.h"

#include <QAbstractButton>
#include <QApplication>
#include <QBuffer>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QFile>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

class TestSourcesPage : public QObject
{
    Q_OBJECT

private:
    template<typename T> T *find(QWidget *in, const QString &name)
    {
        T *widget = in->findChild<T *>(name);
        if (!widget)
            qWarning() << "no widget" << name;
        return widget;
    }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { TestLocale::useEnglish(); }

    void editsValidatesAndSaves()
    {
        TempWorkspace temp;
        QVERIFY(temp.isOpen());
        SecretStore secrets(temp.workspace().id());
        Settings settings(m_dir.filePath(QStringLiteral("a.ini")));
        SourcesPage page(temp.workspace(), secrets, settings);
        page.resize(1280, 800);
        page.show();
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));

        auto *table = find<QTableView>(&page, QStringLiteral("sourcesTable"));
        auto *search = find<QLineEdit>(&page, QStringLiteral("searchEdit"));
        // Nothing is selected at first: the editor shows an overview, and
        // its form is built with the first selection.
        auto *overview = find<QLabel>(&page, QStringLiteral("emptyHintLabel"));
        QVERIFY(overview->isVisible());
        QVERIFY(overview->text().contains(QStringLiteral("24 sources")));
        QVERIFY(!page.findChild<QLineEdit *>(QStringLiteral("displayNameEdit")));
        table->selectRow(0);
        QVERIFY(!overview->isVisible());
        auto *name = find<QLineEdit>(&page, QStringLiteral("displayNameEdit"));
        auto *authUrl = find<QLineEdit>(&page, QStringLiteral("authUrlEdit"));
        auto *clientId = find<QLineEdit>(&page, QStringLiteral("clientIdEdit"));
        auto *save = find<QPushButton>(&page, QStringLiteral("saveButton"));
        auto *resolved = find<QPlainTextEdit>(&page, QStringLiteral("resolvedAuthUrlView"));
        auto *issue = find<QLabel>(&page, QStringLiteral("authUrlIssueLabel"));
        QVERIFY(table && search && name && authUrl && clientId && save && resolved && issue);

        // Search narrows the table to Strava.
        QTest::keyClicks(search, QStringLiteral("strava"));
        QCOMPARE(table->model()->rowCount(), 1);
        table->selectRow(0);
        QCOMPARE(name->text(), QStringLiteral("Strava"));
        QVERIFY(!save->isEnabled());

        // A bad URL is shown on its field and blocks saving; nothing typed is lost.
        authUrl->clear();
        QTest::keyClicks(authUrl, QStringLiteral("not a url"));
        QVERIFY(issue->isVisible());
        QVERIFY(!issue->text().isEmpty());
        QVERIFY(!save->isEnabled());
        QCOMPARE(authUrl->text(), QStringLiteral("not a url"));

        // A good one, and the resolved URL follows the client ID as it is typed.
        authUrl->clear();
        QTest::keyClicks(authUrl, QStringLiteral("https://www.strava.com/oauth/authorize"));
        QVERIFY(!issue->isVisible());
        QTest::keyClicks(clientId, QStringLiteral("12345"));
        QVERIFY(resolved->toPlainText().contains(QStringLiteral("client_id=12345")));
        QVERIFY(save->isEnabled());
        clientId->setFocus();
        QTest::keyClick(clientId, Qt::Key_S, Qt::ControlModifier);
        QVERIFY(!save->isEnabled());
        QCOMPARE(SourceRepository(temp.workspace()).find(QStringLiteral("strava"))->clientId,
            QStringLiteral("12345"));

        // Undo brings the stored source, and the form, back.
        page.undoStack()->undo();
        QCOMPARE(SourceRepository(temp.workspace()).find(QStringLiteral("strava"))->clientId, QString());
        QCOMPARE(clientId->text(), QString());
    }

    void unsavedChangesAreNeverLostSilently()
    {
        TempWorkspace temp;
        SecretStore secrets(temp.workspace().id());
        Settings settings(m_dir.filePath(QStringLiteral("b.ini")));
        SourcesPage page(temp.workspace(), secrets, settings);
        page.resize(1280, 800);
        page.show();
        auto *table = find<QTableView>(&page, QStringLiteral("sourcesTable"));
        table->selectRow(0);
        auto *name = find<QLineEdit>(&page, QStringLiteral("displayNameEdit"));
        const QString first = name->text();
        name->end(false);
        QTest::keyClicks(name, QStringLiteral(" edited"));

        // Cancel: stay on the edited source, edits intact.
        ModalDriver::clickInMessageBox(QStringLiteral("Cancel"));
        table->selectRow(1);
        QCOMPARE(name->text(), first + QStringLiteral(" edited"));
        QCOMPARE(table->currentIndex().row(), 0);

        // Discard: move on, nothing stored.
        ModalDriver::clickInMessageBox(QStringLiteral("Discard"));
        table->selectRow(1);
        QVERIFY(name->text() != first + QStringLiteral(" edited"));
        QCOMPARE(table->currentIndex().row(), 1);

        // Save: leaving the page stores the edit.
        name->end(false);
        QTest::keyClicks(name, QStringLiteral(" saved"));
        const QString expected = name->text();
        ModalDriver::clickInMessageBox(QStringLiteral("Save"));
        QVERIFY(page.maybeLeave());
        bool stored = false;
        for (const IntegrationSource &s : SourceRepository(temp.workspace()).all())
            stored = stored || s.displayName == expected;
        QVERIFY(stored);
    }

    void addDuplicateAndDelete()
    {
        TempWorkspace temp;
        SecretStore secrets(temp.workspace().id());
        Settings settings(m_dir.filePath(QStringLiteral("c.ini")));
        SourcesPage page(temp.workspace(), secrets, settings);
        page.resize(1280, 800);
        page.show();
        const int before = SourceRepository(temp.workspace()).count();

        QTest::mouseClick(find<QPushButton>(&page, QStringLiteral("addButton")), Qt::LeftButton);
        auto *name = find<QLineEdit>(&page, QStringLiteral("displayNameEdit"));
        auto *key = find<QLineEdit>(&page, QStringLiteral("keyEdit"));
        auto *type = find<QComboBox>(&page, QStringLiteral("authTypeCombo"));
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("Acme Scale"));
        key->selectAll();
        QTest::keyClicks(key, QStringLiteral("acme"));
        type->setCurrentIndex(type->findData(QStringLiteral("sdk")));
        QTest::mouseClick(find<QPushButton>(&page, QStringLiteral("saveButton")), Qt::LeftButton);
        QCOMPARE(SourceRepository(temp.workspace()).count(), before + 1);
        QVERIFY(key->isReadOnly());

        QTest::mouseClick(find<QPushButton>(&page, QStringLiteral("duplicateButton")), Qt::LeftButton);
        QCOMPARE(key->text(), QStringLiteral("acme-copy"));
        QTest::mouseClick(find<QPushButton>(&page, QStringLiteral("saveButton")), Qt::LeftButton);
        QCOMPARE(SourceRepository(temp.workspace()).count(), before + 2);

        ModalDriver::clickInMessageBox(QStringLiteral("Delete"));
        QTest::mouseClick(find<QPushButton>(&page, QStringLiteral("deleteButton")), Qt::LeftButton);
        QCOMPARE(SourceRepository(temp.workspace()).count(), before + 1);
        QVERIFY(!SourceRepository(temp.workspace()).find(QStringLiteral("acme-copy")));
        page.undoStack()->undo();
        QVERIFY(SourceRepository(temp.workspace()).find(QStringLiteral("acme-copy")));
    }

    void conflictOffersReloadAndOverwrite_data()
    {
        QTest::addColumn<QString>("choice");
        QTest::addColumn<QString>("storedAfter");
        QTest::addColumn<QString>("formAfter");
        QTest::newRow("reload") << QStringLiteral("Reload") << QStringLiteral("Theirs")
                                << QStringLiteral("Theirs");
        QTest::newRow("overwrite") << QStringLiteral("Overwrite") << QStringLiteral("Mine")
                                   << QStringLiteral("Mine");
        QTest::newRow("keep editing")
            << QStringLiteral("Keep editing") << QStringLiteral("Theirs") << QStringLiteral("Mine");
    }

    void conflictOffersReloadAndOverwrite()
    {
        QFETCH(QString, choice);
        QFETCH(QString, storedAfter);
        QFETCH(QString, formAfter);
        TempWorkspace temp;
        SecretStore secrets(temp.workspace().id());
        Settings settings(m_dir.filePath(QStringLiteral("h.ini")));
        SourcesPage page(temp.workspace(), secrets, settings);
        page.show();
        QTest::keyClicks(find<QLineEdit>(&page, QStringLiteral("searchEdit")), QStringLiteral("polar"));
        find<QTableView>(&page, QStringLiteral("sourcesTable"))->selectRow(0);
        auto *name = find<QLineEdit>(&page, QStringLiteral("displayNameEdit"));
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("Mine"));

        // Another console saves the same source first.
        auto theirs = SourceRepository(temp.workspace()).find(QStringLiteral("polar"));
        theirs->displayName = QStringLiteral("Theirs");
        QVERIFY(SourceRepository(temp.workspace()).update(&*theirs).isOk());

        ModalDriver::clickInMessageBox(choice);
        QTest::mouseClick(find<QPushButton>(&page, QStringLiteral("saveButton")), Qt::LeftButton);
        QCOMPARE(SourceRepository(temp.workspace()).find(QStringLiteral("polar"))->displayName, storedAfter);
        QCOMPARE(name->text(), formAfter);
    }

    void importPreviewAppliesAllOrNothing_data()
    {
        QTest::addColumn<QString>("button");
        QTest::addColumn<bool>("applied");
        QTest::newRow("apply") << QStringLiteral("Apply") << true;
        QTest::newRow("cancel") << QStringLiteral("Cancel") << false;
    }

    void importPreviewAppliesAllOrNothing()
    {
        QFETCH(QString, button);
        QFETCH(bool, applied);
        TempWorkspace temp;
        SecretStore secrets(temp.workspace().id());
        Settings settings(m_dir.filePath(QStringLiteral("i.ini")));
        SourcesPage page(temp.workspace(), secrets, settings);
        const int before = SourceRepository(temp.workspace()).count();
        const QString yaml = QString::fromLocal8Bit(qgetenv("LINKDECK_SOURCE_DIR"))
            + QStringLiteral("/tests/catalog/data/nango-providers.yaml");

        QString summary;
        ModalDriver::whenModal([&](QWidget *modal) {
            auto *label = modal->findChild<QLabel *>(QStringLiteral("importSummaryLabel"));
            summary = label ? label->text() : QString();
            for (QAbstractButton *b : modal->findChildren<QAbstractButton *>()) {
                if (b->text().remove(QLatin1Char('&')) == button) {
                    b->click();
                    return;
                }
            }
        });
        page.importFile(yaml);
        QVERIFY2(summary.contains(QStringLiteral("to add")), qPrintable(summary));
        const int after = SourceRepository(temp.workspace()).count();
        QCOMPARE(after > before, applied);
        if (applied) {
            page.undoStack()->undo();
            QCOMPARE(SourceRepository(temp.workspace()).count(), before);
        }
    }

    // An import compares with every stored field: a Nango entry brings no
    // logo, and the source it matches keeps its own.
    void importKeepsWhatTheFileLacks()
    {
        TempWorkspace temp;
        SecretStore secrets(temp.workspace().id());
        Settings settings(m_dir.filePath(QStringLiteral("k.ini")));
        SourcesPage page(temp.workspace(), secrets, settings);
        const auto before = SourceRepository(temp.workspace()).find(QStringLiteral("fitbit"));
        QVERIFY(before && !before->logo.isEmpty());
        ModalDriver::whenModal([](QWidget *modal) {
            for (QAbstractButton *b : modal->findChildren<QAbstractButton *>()) {
                if (b->text().remove(QLatin1Char('&')) == QLatin1String("Apply"))
                    return b->click();
            }
        });
        page.importFile(QString::fromLocal8Bit(qgetenv("LINKDECK_SOURCE_DIR"))
            + QStringLiteral("/tests/catalog/data/nango-providers.yaml"));
        const auto after = SourceRepository(temp.workspace()).find(QStringLiteral("fitbit"));
        QVERIFY(after->revision > before->revision); // the import did change it
        QCOMPARE(after->logo, before->logo);
        QCOMPARE(after->logoMimeType, before->logoMimeType);
    }

    void exportWritesEveryField()
    {
        TempWorkspace temp;
        SecretStore secrets(temp.workspace().id());
        Settings settings(m_dir.filePath(QStringLiteral("l.ini")));
        SourcesPage page(temp.workspace(), secrets, settings);
        const QString path = m_dir.filePath(QStringLiteral("sources.json")); // the name offered
        ModalDriver::whenModal([&path](QWidget *modal) {
            auto *dialog = qobject_cast<QFileDialog *>(modal);
            QVERIFY(dialog);
            dialog->selectFile(path);
            static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept(), which is protected
        });
        page.exportCatalogue();
        const CatalogParseResult exported = CatalogFile::read(path);
        QVERIFY2(exported.ok(), qPrintable(exported.error));
        const QList<IntegrationSource> stored = SourceRepository(temp.workspace()).all();
        QCOMPARE(exported.sources.size(), stored.size());
        for (int i = 0; i < stored.size(); ++i) {
            IntegrationSource expected = stored.at(i);
            expected.clientId.clear(); // never exported, like secrets
            expected.hasClientSecret = false;
            QVERIFY2(exported.sources.at(i).sameDefinition(expected), qPrintable(expected.key));
        }
    }

    // A large registry shows its first rows at once and the rest after the first paint.
    void largeRegistryLoadsInTwoSteps()
    {
        TempWorkspace temp;
        SourceRepository repository(temp.workspace());
        for (int i = 0; i < SourcesController::kFirstRows; ++i) {
            IntegrationSource source;
            source.key = QStringLiteral("bulk-%1").arg(i, 3, 10, QLatin1Char('0'));
            source.displayName = QStringLiteral("Bulk %1").arg(i, 3, 10, QLatin1Char('0'));
            source.authType = IntegrationSource::AuthType::Sdk;
            QVERIFY(repository.insert(&source).isOk());
        }
        const int total = repository.count();
        QVERIFY(total > SourcesController::kFirstRows);
        SecretStore secrets(temp.workspace().id());
        Settings settings(m_dir.filePath(QStringLiteral("m.ini")));

        SourcesPage page(temp.workspace(), secrets, settings);
        auto *table = find<QTableView>(&page, QStringLiteral("sourcesTable"));
        auto *count = find<QLabel>(&page, QStringLiteral("countLabel"));
        auto *overview = find<QLabel>(&page, QStringLiteral("emptyHintLabel"));
        QVERIFY(!page.isReady());
        QCOMPARE(table->model()->rowCount(), SourcesController::kFirstRows);
        QVERIFY(count->text().isEmpty()); // no count until every source is read
        QVERIFY(!overview->text().contains(QStringLiteral("sources")));
        QSignalSpy ready(&page, &ConsolePage::ready);
        QSignalSpy inserted(table->model(), &QAbstractItemModel::rowsInserted);
        page.resize(1000, 700);
        page.show();
        QVERIFY(ready.wait());
        QVERIFY(page.isReady());
        QCOMPARE(table->model()->rowCount(), total);
        QCOMPARE(inserted.size(), 1); // added below the first rows, not a reset
        QCOMPARE(count->text(), QStringLiteral("%1 sources").arg(total));
        QVERIFY(overview->text().contains(QStringLiteral("%1 sources").arg(total)));

        // Selecting a source the first rows lack reads the rest at once.
        SourcesPage other(temp.workspace(), secrets, settings);
        QVERIFY(!other.isReady());
        QVERIFY(other.select(QStringLiteral("zwift")));
        QVERIFY(other.isReady());
    }

    void logoDroppedOnTheEditor()
    {
        TempWorkspace temp;
        SecretStore secrets(temp.workspace().id());
        Settings settings(m_dir.filePath(QStringLiteral("j.ini")));
        SourcesPage page(temp.workspace(), secrets, settings);
        page.show();
        auto *table = find<QTableView>(&page, QStringLiteral("sourcesTable"));
        table->selectRow(0);
        auto *editor = find<SourceEditor>(&page, QStringLiteral("sourceEditor"));
        const QString svg = m_dir.filePath(QStringLiteral("dropped.svg"));
        QFile file(svg);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 8 8\"><rect width=\"8\" height=\"8\" "
            "fill=\"#123456\"/></svg>");
        file.close();

        QMimeData data;
        data.setUrls({ QUrl::fromLocalFile(svg) });
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(editor, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(editor, &drop);
        QVERIFY(editor->source().logo.contains("#123456"));
        QCOMPARE(editor->source().logoMimeType, QStringLiteral("image/svg+xml"));
        QVERIFY(editor->isDirty());
    }

    void followsADarkPalette()
    {
        const QPalette light = QApplication::palette();
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
        dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
        dark.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
        QApplication::setPalette(dark);
        TempWorkspace temp;
        SecretStore secrets(temp.workspace().id());
        Settings settings(m_dir.filePath(QStringLiteral("g.ini")));
        SourcesPage page(temp.workspace(), secrets, settings);
        page.resize(1280, 800);
        const QImage image = page.grab().toImage();
        QApplication::setPalette(light);
        image.save(QStringLiteral("/tmp/linkdeck-sources-dark.png"));
        // Sample the page's background and the editor's fields: dark everywhere.
        int bright = 0, samples = 0;
        for (int y = 5; y < image.height(); y += 25) {
            for (int x = 5; x < image.width(); x += 25) {
                ++samples;
                bright += qGray(image.pixel(x, y)) > 200 ? 1 : 0;
            }
        }
        QVERIFY2(bright * 10 < samples,
            qPrintable(QStringLiteral("%1 of %2 samples are bright").arg(bright).arg(samples)));
    }

    void spaceTogglesEnabled()
    {
        TempWorkspace temp;
        SecretStore secrets(temp.workspace().id());
        Settings settings(m_dir.filePath(QStringLiteral("f.ini")));
        SourcesPage page(temp.workspace(), secrets, settings);
        page.show();
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        auto *table = find<QTableView>(&page, QStringLiteral("sourcesTable"));
        table->selectRow(0);
        table->setFocus();
        const QString key = table->currentIndex().data(SourcesTableModel::KeyRole).toString();
        const bool before = SourceRepository(temp.workspace()).find(key)->enabled;
        QTest::keyClick(table, Qt::Key_Space);
        QCOMPARE(SourceRepository(temp.workspace()).find(key)->enabled, !before);
        QTest::keyClick(table, Qt::Key_Space);
        QCOMPARE(SourceRepository(temp.workspace()).find(key)->enabled, before);
    }

    void logosAreCheckedAndOldOneKept()
    {
        TempWorkspace temp;
        SecretStore secrets(temp.workspace().id());
        Settings settings(m_dir.filePath(QStringLiteral("d.ini")));
        SourcesPage page(temp.workspace(), secrets, settings);
        auto *editor = find<SourceEditor>(&page, QStringLiteral("sourceEditor"));
        QString error;
        QVERIFY(!editor->takeLogo(QByteArray("<svg xmlns=\"http://www.w3.org/2000/svg\"/>"), &error));
        find<QTableView>(&page, QStringLiteral("sourcesTable"))->selectRow(0);
        QVERIFY(editor->hasSource());
        const QByteArray old = editor->source().logo;
        QVERIFY(!old.isEmpty());
        QVERIFY(!editor->takeLogo(QByteArray("this is not an image"), &error));
        QVERIFY(error.contains(QStringLiteral("PNG")));
        QVERIFY(!editor->takeLogo(QByteArray(1024 * 1024 + 10, '\x89'), &error));
        QVERIFY(error.contains(QStringLiteral("1 MiB")));
        QCOMPARE(editor->source().logo, old);

        QImage image(300, 150, QImage::Format_ARGB32);
        image.fill(Qt::darkCyan);
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        QVERIFY2(editor->takeLogo(png, &error), qPrintable(error));
        QCOMPARE(editor->source().logoMimeType, QStringLiteral("image/png"));
        QVERIFY(editor->isDirty());
    }

    void clientSecretGoesToTheKeyring()
    {
        TempWorkspace temp;
        SecretStore secrets(temp.workspace().id());
        Settings settings(m_dir.filePath(QStringLiteral("e.ini")));
        SourcesPage page(temp.workspace(), secrets, settings);
        page.resize(1280, 800);
        page.show();
        auto *search = find<QLineEdit>(&page, QStringLiteral("searchEdit"));
        QTest::keyClicks(search, QStringLiteral("withings"));
        find<QTableView>(&page, QStringLiteral("sourcesTable"))->selectRow(0);
        auto *field = find<SecretField>(&page, QStringLiteral("clientSecretField"));
        auto *state = find<QLabel>(field, QStringLiteral("secretStateLabel"));
        QVERIFY(!field->isSet());

        ModalDriver::whenModal([](QWidget *modal) {
            auto *dialog = qobject_cast<QInputDialog *>(modal);
            QVERIFY(dialog);
            dialog->setTextValue(QStringLiteral("withings-secret"));
            dialog->accept();
        });
        QTest::mouseClick(find<QPushButton>(field, QStringLiteral("secretSetButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(field->isSet(), 20000);
        QVERIFY(state->text().contains(QStringLiteral("keyring")));
        QVERIFY(!state->text().contains(QStringLiteral("withings-secret")));
        QVERIFY(SourceRepository(temp.workspace()).find(QStringLiteral("withings"))->hasClientSecret);

        page.grab().save(QStringLiteral("/tmp/linkdeck-sources-page.png"));
    }
};

QTEST_MAIN(TestSourcesPage)
#include "tst_sourcespage.moc"

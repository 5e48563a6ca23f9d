#include "ApplicationEditor.h"
#include "ApplicationRepository.h"
#include "ApplicationSourcesModel.h"
#include "ApplicationsPage.h"
#include "ApplicationsTableModel.h"
#include "AuditLog.h"
#include "ModalDriver.h"
#include "SecretRevealDialog.h"
#include "SecretStore.h"
#include "Settings.h"
#include "TempWorkspace.h"
#include "TestLocale.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QtTest>
#include <functional>
#include <memory>

namespace {

/// Acts on the next modal dialog with the given object name once it is
/// up: modal dialogs run their own event loop, so the test answers them
/// from a timer.
class ModalAnswer : public QObject
{
public:
    ModalAnswer(const QString &objectName, std::function<void(QWidget *)> act)
        : m_objectName(objectName)
        , m_act(std::move(act))
    {
        m_timer.setInterval(10);
        connect(&m_timer, &QTimer::timeout, this, [this]() {
            QWidget *modal = QApplication::activeModalWidget();
            if (!modal || modal->objectName() != m_objectName)
                return;
            m_timer.stop();
            m_act(modal);
            m_done = true;
        });
        m_timer.start();
    }
    bool done() const { return m_done; }

private:
    QString m_objectName;
    std::function<void(QWidget *)> m_act;
    QTimer m_timer;
    bool m_done = false;
};

/// Types @p text, pressing Return for each line break as a user would.
void typeText(QWidget *widget, const QString &text)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        if (i > 0)
            QTest::keyClick(widget, Qt::Key_Return);
        QTest::keyClicks(widget, lines.at(i));
    }
}

std::function<void(QWidget *)> clickStandard(QMessageBox::StandardButton button)
{
    return [button](QWidget *w) { qobject_cast<QMessageBox *>(w)->button(button)->click(); };
}

std::function<void(QWidget *)> clickNamed(const QString &name)
{
    return [name](QWidget *w) { w->findChild<QPushButton *>(name)->click(); };
}

} // namespace

/// The Applications page, offscreen, against a real workspace and a real
/// keyring (a private gnome-keyring, see tests/support/with-keyring.sh).
class tst_ApplicationsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestLocale::useEnglish(); }
    void init();
    void cleanup();
    void emptyState();
    void addNameSourcesAndSave();
    void switchingWithUnsavedChanges_data();
    void switchingWithUnsavedChanges();
    void leavingWithUnsavedChanges_data();
    void leavingWithUnsavedChanges();
    void invalidInputBlocksSave_data();
    void invalidInputBlocksSave();
    void deleteAndUndo();
    void search();
    void conflictOffersReloadAndOverwrite_data();
    void conflictOffersReloadAndOverwrite();
    void generateClientSecret();
    void sourceSecret();
    void keyringUnavailable();
    void screenshot();
    void screenshotDark();

private:
    void createPage();
    void showTwoApplications();
    QString insertApplication(const QString &name, const QStringList &sources = {},
        const QMap<QString, Application::SourceCredentials> &credentials = {}, const QString &webhook = {});
    Application stored(const QString &clientId) const;
    void allowSource(const QString &key);
    void typeSourceClientId(const QString &key, const QString &clientId, bool pressReturn = true);
    void waitForKeyring();
    QString readSecret(const QString &owner, const QString &field);
    template<typename T> T *child(const char *name) const
    {
        T *widget = m_page->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qWarning("no widget %s", name);
        return widget;
    }

    std::unique_ptr<TempWorkspace> m_workspace;
    std::unique_ptr<QTemporaryDir> m_settingsDir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<ApplicationsPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_tableTester;
    std::unique_ptr<QAbstractItemModelTester> m_sourcesTester;
};

void tst_ApplicationsPage::init()
{
    m_workspace = std::make_unique<TempWorkspace>();
    QVERIFY2(m_workspace->isOpen(), qPrintable(m_workspace->errorMessage()));
    m_settingsDir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<Settings>(m_settingsDir->filePath(QStringLiteral("linkdeck.ini")));
    m_secrets = std::make_unique<SecretStore>(m_workspace->workspace().id());
}

void tst_ApplicationsPage::cleanup()
{
    m_sourcesTester.reset();
    m_tableTester.reset();
    m_page.reset();
    m_secrets.reset();
    m_settings.reset();
    m_settingsDir.reset();
    m_workspace.reset();
}

void tst_ApplicationsPage::createPage()
{
    m_page = std::make_unique<ApplicationsPage>(m_workspace->workspace(), *m_secrets, *m_settings);
    m_page->resize(1100, 760);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    m_tableTester
        = std::make_unique<QAbstractItemModelTester>(child<QTableView>("applicationsTable")->model(),
            QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_sourcesTester = std::make_unique<QAbstractItemModelTester>(
        child<QTableView>("sourcesTable")->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

QString tst_ApplicationsPage::insertApplication(const QString &name, const QStringList &sources,
    const QMap<QString, Application::SourceCredentials> &credentials, const QString &webhook)
{
    Application a;
    a.name = name;
    a.sourceKeys = sources;
    a.credentials = credentials;
    a.webhookUrl = webhook;
    const StoreResult result = ApplicationRepository(m_workspace->workspace()).insert(&a);
    if (!result)
        qWarning("%s", qPrintable(result.message));
    return a.clientId;
}

Application tst_ApplicationsPage::stored(const QString &clientId) const
{
    return ApplicationRepository(m_workspace->workspace()).findByClientId(clientId).value_or(Application());
}

void tst_ApplicationsPage::allowSource(const QString &key)
{
    auto *table = child<QTableView>("sourcesTable");
    auto *model = qobject_cast<ApplicationSourcesModel *>(table->model());
    QVERIFY(model);
    const int row = model->rowOf(key);
    QVERIFY(row >= 0);
    table->setFocus();
    table->setCurrentIndex(model->index(row, ApplicationSourcesModel::Source));
    QTest::keyClick(table, Qt::Key_Space);
    QVERIFY(model->isAllowed(key));
}

void tst_ApplicationsPage::typeSourceClientId(const QString &key, const QString &clientId, bool pressReturn)
{
    auto *table = child<QTableView>("sourcesTable");
    auto *model = qobject_cast<ApplicationSourcesModel *>(table->model());
    const QModelIndex cell = model->index(model->rowOf(key), ApplicationSourcesModel::ClientId);
    table->setFocus();
    table->setCurrentIndex(cell);
    QTest::keyClick(table, Qt::Key_F2);
    auto *editor = table->viewport()->findChild<QLineEdit *>();
    QVERIFY(editor);
    QTest::keyClicks(editor, clientId);
    if (!pressReturn)
        return;
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits on Return from a queued call.
    QTRY_COMPARE(cell.data().toString(), clientId);
}

void tst_ApplicationsPage::waitForKeyring()
{
    m_secrets->probe();
    QTRY_VERIFY_WITH_TIMEOUT(m_secrets->availability() != SecretStore::Availability::Unknown, 20000);
    if (m_secrets->availability() != SecretStore::Availability::Available)
        QSKIP("No Secret Service: run through tests/support/with-keyring.sh (ctest does).");
}

QString tst_ApplicationsPage::readSecret(const QString &owner, const QString &field)
{
    bool done = false;
    QString value;
    m_secrets->read(owner, field, this, [&](const SecretStore::Result &result) {
        done = true;
        value = result.isOk() ? result.value : QString();
    });
    if (!QTest::qWaitFor([&done]() { return done; }, 20000))
        return QStringLiteral("<no answer>");
    return value;
}

void tst_ApplicationsPage::emptyState()
{
    createPage();
    auto *empty = child<QWidget>("emptyStateWidget");
    QVERIFY(empty->isVisible());
    QVERIFY(child<QLabel>("emptyTitleLabel")->text().contains(QLatin1String("No applications yet")));
    QVERIFY(!child<QPushButton>("deleteButton")->isEnabled());
    QVERIFY(m_page->grab().save(QStringLiteral("/tmp/applications-page-empty.png")));

    QTest::mouseClick(child<QPushButton>("emptyAddButton"), Qt::LeftButton);
    QVERIFY(!empty->isVisible());
    QCOMPARE(child<QTableView>("applicationsTable")->model()->rowCount(), 1);
    QVERIFY(!m_page->currentClientId().isEmpty());
    QCOMPARE(child<QLineEdit>("nameEdit")->text(), QStringLiteral("New application"));
    QVERIFY(child<QLineEdit>("nameEdit")->hasFocus());
    QVERIFY(child<QPushButton>("deleteButton")->isEnabled());
}

void tst_ApplicationsPage::addNameSourcesAndSave()
{
    createPage();
    QTest::keyClick(m_page.get(), Qt::Key_N, Qt::ControlModifier);
    const QString clientId = m_page->currentClientId();
    QVERIFY(clientId.startsWith(QLatin1String("ld_")));
    QCOMPARE(stored(clientId).name, QStringLiteral("New application"));

    auto *name = child<QLineEdit>("nameEdit");
    auto *save = child<QPushButton>("saveButton");
    QVERIFY(name->hasFocus());
    QVERIFY(!save->isEnabled());
    QCOMPARE(child<QLineEdit>("clientIdEdit")->text(), clientId);
    QVERIFY(child<QLineEdit>("clientIdEdit")->isReadOnly());
    QTest::keyClicks(name, QStringLiteral("Acme Fitness")); // replaces the selected default
    QCOMPARE(name->text(), QStringLiteral("Acme Fitness"));
    QVERIFY(save->isEnabled());
    QVERIFY(child<QPushButton>("revertButton")->isEnabled());

    allowSource(QStringLiteral("fitbit"));
    allowSource(QStringLiteral("oura"));
    typeSourceClientId(QStringLiteral("fitbit"), QStringLiteral("fb-client-1"));
    QVERIFY(
        child<QLabel>("sourcesSummaryLabel")->text().contains(QLatin1String("2 sources need credentials")));
    // Typed, not yet committed with Return: Ctrl+S still saves it.
    typeSourceClientId(QStringLiteral("oura"), QStringLiteral("oura-7"), false);

    QTest::keyClick(m_page.get(), Qt::Key_S, Qt::ControlModifier);
    const Application saved = stored(clientId);
    QCOMPARE(saved.name, QStringLiteral("Acme Fitness"));
    QCOMPARE(saved.sourceKeys, (QStringList { QStringLiteral("fitbit"), QStringLiteral("oura") }));
    QCOMPARE(saved.credentials.value(QStringLiteral("fitbit")).clientId, QStringLiteral("fb-client-1"));
    QCOMPARE(saved.credentials.value(QStringLiteral("oura")).clientId, QStringLiteral("oura-7"));
    QVERIFY(!save->isEnabled());
    QVERIFY(!child<QPushButton>("revertButton")->isEnabled());

    auto *table = child<QTableView>("applicationsTable");
    const auto cell = [table](int column) { return table->model()->index(0, column).data().toString(); };
    QCOMPARE(cell(ApplicationsTableModel::Name), QStringLiteral("Acme Fitness"));
    QCOMPARE(cell(ApplicationsTableModel::Sources), QStringLiteral("Fitbit, Oura"));
    QCOMPARE(
        cell(ApplicationsTableModel::Credentials), QStringLiteral("no secret, 2 sources need credentials"));

    // Adding and saving are both on the page's undo stack.
    QCOMPARE(m_page->undoStack()->count(), 2);
    m_page->undoStack()->undo();
    QCOMPARE(stored(clientId).name, QStringLiteral("New application"));
    QCOMPARE(name->text(), QStringLiteral("New application"));
    m_page->undoStack()->redo();
    QCOMPARE(name->text(), QStringLiteral("Acme Fitness"));
}

void tst_ApplicationsPage::switchingWithUnsavedChanges_data()
{
    QTest::addColumn<int>("answer");
    QTest::addColumn<bool>("switched");
    QTest::addColumn<QString>("storedName");

    QTest::newRow("save") << int(QMessageBox::Save) << true << QStringLiteral("Alpha edited");
    QTest::newRow("discard") << int(QMessageBox::Discard) << true << QStringLiteral("Alpha");
    QTest::newRow("cancel") << int(QMessageBox::Cancel) << false << QStringLiteral("Alpha");
}

void tst_ApplicationsPage::switchingWithUnsavedChanges()
{
    QFETCH(int, answer);
    QFETCH(bool, switched);
    QFETCH(QString, storedName);

    const QString alpha = insertApplication(QStringLiteral("Alpha"));
    const QString beta = insertApplication(QStringLiteral("Beta"));
    createPage();
    QCOMPARE(m_page->currentClientId(), alpha);

    auto *name = child<QLineEdit>("nameEdit");
    name->setFocus();
    QTest::keyClick(name, Qt::Key_End);
    QTest::keyClicks(name, QStringLiteral(" edited"));

    ModalAnswer prompt(
        QStringLiteral("unsavedChangesMessageBox"), clickStandard(QMessageBox::StandardButton(answer)));
    auto *table = child<QTableView>("applicationsTable");
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Down);
    QTRY_VERIFY(prompt.done());

    const QString expected = switched ? beta : alpha;
    QTRY_COMPARE(m_page->currentClientId(), expected);
    QCOMPARE(table->currentIndex().data(ApplicationsTableModel::ClientIdRole).toString(), expected);
    QCOMPARE(stored(alpha).name, storedName);
    if (switched) {
        QCOMPARE(name->text(), QStringLiteral("Beta"));
    } else {
        // Nothing is lost: the edit is still in the form.
        QCOMPARE(name->text(), QStringLiteral("Alpha edited"));
        QVERIFY(child<QPushButton>("saveButton")->isEnabled());
    }
}

void tst_ApplicationsPage::leavingWithUnsavedChanges_data()
{
    QTest::addColumn<int>("answer");
    QTest::addColumn<bool>("leaves");
    QTest::addColumn<QString>("storedName");
    QTest::addColumn<QString>("formName");

    QTest::newRow("save") << int(QMessageBox::Save) << true << QStringLiteral("Gamma 2")
                          << QStringLiteral("Gamma 2");
    QTest::newRow("discard") << int(QMessageBox::Discard) << true << QStringLiteral("Gamma")
                             << QStringLiteral("Gamma");
    QTest::newRow("cancel") << int(QMessageBox::Cancel) << false << QStringLiteral("Gamma")
                            << QStringLiteral("Gamma 2");
}

void tst_ApplicationsPage::leavingWithUnsavedChanges()
{
    QFETCH(int, answer);
    QFETCH(bool, leaves);
    QFETCH(QString, storedName);
    QFETCH(QString, formName);

    const QString gamma = insertApplication(QStringLiteral("Gamma"));
    createPage();
    QVERIFY(m_page->maybeLeave()); // nothing to ask yet
    auto *name = child<QLineEdit>("nameEdit");
    name->setFocus();
    QTest::keyClick(name, Qt::Key_End);
    QTest::keyClicks(name, QStringLiteral(" 2"));

    ModalAnswer prompt(
        QStringLiteral("unsavedChangesMessageBox"), clickStandard(QMessageBox::StandardButton(answer)));
    QCOMPARE(m_page->maybeLeave(), leaves);
    QVERIFY(prompt.done());
    QCOMPARE(stored(gamma).name, storedName);
    QCOMPARE(name->text(), formName);
}

void tst_ApplicationsPage::invalidInputBlocksSave_data()
{
    QTest::addColumn<QByteArray>("field");
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("blocked");
    QTest::addColumn<QString>("message");

    QTest::newRow("redirect: not a URL") << QByteArray("redirectUrlsEdit") << QStringLiteral("not a url")
                                         << true << QStringLiteral("absolute URL");
    QTest::newRow("redirect: wrong scheme")
        << QByteArray("redirectUrlsEdit") << QStringLiteral("ftp://files.example/cb") << true
        << QStringLiteral("Only http and https");
    QTest::newRow("redirect: second line bad")
        << QByteArray("redirectUrlsEdit") << QStringLiteral("https://ok.example/cb\n/relative/cb") << true
        << QStringLiteral("Line 2: Enter an absolute URL");
    QTest::newRow("redirect: plain http warns only")
        << QByteArray("redirectUrlsEdit") << QStringLiteral("http://app.example/cb") << false
        << QStringLiteral("Plain http");
    QTest::newRow("webhook: relative") << QByteArray("webhookUrlEdit") << QStringLiteral("hooks/linkdeck")
                                       << true << QStringLiteral("absolute URL");
    QTest::newRow("name: empty") << QByteArray("nameEdit") << QString() << true
                                 << QStringLiteral("A name is required.");
}

void tst_ApplicationsPage::invalidInputBlocksSave()
{
    QFETCH(QByteArray, field);
    QFETCH(QString, input);
    QFETCH(bool, blocked);
    QFETCH(QString, message);

    const QString clientId = insertApplication(QStringLiteral("Delta"));
    createPage();
    const Application before = stored(clientId);

    QWidget *edit = m_page->findChild<QWidget *>(QString::fromLatin1(field));
    QVERIFY(edit);
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(edit, Qt::Key_Delete);
    typeText(edit, input);

    const QByteArray issueName = field.replace("Edit", "IssueLabel");
    auto *issue = child<QLabel>(issueName.constData());
    QVERIFY(issue->isVisible());
    QVERIFY2(issue->text().contains(message), qPrintable(issue->text()));
    auto *save = child<QPushButton>("saveButton");
    QCOMPARE(save->isEnabled(), !blocked);

    QTest::keyClick(m_page.get(), Qt::Key_S, Qt::ControlModifier);
    if (blocked) {
        QCOMPARE(stored(clientId).revision, before.revision);
        // Nothing is lost: what was typed is still there, and focus is on it.
        if (auto *line = qobject_cast<QLineEdit *>(edit))
            QCOMPARE(line->text(), input);
        else
            QCOMPARE(qobject_cast<QPlainTextEdit *>(edit)->toPlainText(), input);
        QVERIFY(edit->hasFocus());
        QVERIFY(child<QPushButton>("revertButton")->isEnabled());
    } else {
        QCOMPARE(stored(clientId).redirectUrls, QStringList { input });
    }
}

void tst_ApplicationsPage::deleteAndUndo()
{
    const QString alpha = insertApplication(QStringLiteral("Alpha"), { QStringLiteral("fitbit") },
        { { QStringLiteral("fitbit"), { QStringLiteral("fb-9"), false } } });
    const QString beta = insertApplication(QStringLiteral("Beta"));
    createPage();
    auto *table = child<QTableView>("applicationsTable");
    table->setFocus();
    QCOMPARE(m_page->currentClientId(), alpha);

    {
        // Cancelled: nothing happens.
        ModalAnswer confirm(
            QStringLiteral("deleteApplicationMessageBox"), clickStandard(QMessageBox::Cancel));
        QTest::keyClick(table, Qt::Key_Delete);
        QVERIFY(confirm.done());
        QVERIFY(!stored(alpha).clientId.isEmpty());
    }
    // Offscreen there is no window manager to give the page its activation
    // back once the message box is gone.
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    table->setFocus();
    ModalAnswer confirm(
        QStringLiteral("deleteApplicationMessageBox"), clickNamed(QStringLiteral("confirmDeleteButton")));
    QTest::keyClick(table, Qt::Key_Delete);
    QVERIFY(confirm.done());
    QVERIFY(stored(alpha).clientId.isEmpty());
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(m_page->currentClientId(), beta);

    m_page->undoStack()->undo();
    QCOMPARE(table->model()->rowCount(), 2);
    const Application restored = stored(alpha);
    QCOMPARE(restored.clientId, alpha);
    QCOMPARE(restored.sourceKeys, QStringList { QStringLiteral("fitbit") });
    QCOMPARE(restored.credentials.value(QStringLiteral("fitbit")).clientId, QStringLiteral("fb-9"));
    m_page->undoStack()->redo();
    QCOMPARE(table->model()->rowCount(), 1);
}

void tst_ApplicationsPage::search()
{
    const QString alpha = insertApplication(QStringLiteral("Alpha"));
    insertApplication(QStringLiteral("Beta"));
    insertApplication(QStringLiteral("Alphabet Soup"));
    createPage();
    auto *table = child<QTableView>("applicationsTable");
    QCOMPARE(table->model()->rowCount(), 3);

    QTest::keyClick(m_page.get(), Qt::Key_F, Qt::ControlModifier);
    auto *search = child<QLineEdit>("searchEdit");
    QVERIFY(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("alpha"));
    QCOMPARE(table->model()->rowCount(), 2);
    search->clear();
    QTest::keyClicks(search, alpha.mid(5, 8));
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("Alpha"));
    QTest::keyClick(search, Qt::Key_Escape);
    QCOMPARE(table->model()->rowCount(), 3);
    QCOMPARE(m_page->currentClientId(), alpha);
}

void tst_ApplicationsPage::conflictOffersReloadAndOverwrite_data()
{
    QTest::addColumn<QString>("choice");
    QTest::addColumn<QString>("storedAfter");
    QTest::addColumn<QString>("formAfter");
    QTest::newRow("reload") << QStringLiteral("Reload") << QStringLiteral("Theirs")
                            << QStringLiteral("Theirs");
    QTest::newRow("overwrite") << QStringLiteral("Overwrite") << QStringLiteral("Mine")
                               << QStringLiteral("Mine");
    QTest::newRow("keep editing") << QStringLiteral("Keep editing") << QStringLiteral("Theirs")
                                  << QStringLiteral("Mine");
}

void tst_ApplicationsPage::conflictOffersReloadAndOverwrite()
{
    QFETCH(QString, choice);
    QFETCH(QString, storedAfter);
    QFETCH(QString, formAfter);
    const QString clientId = insertApplication(QStringLiteral("Delta"));
    createPage();
    auto *name = child<QLineEdit>("nameEdit");
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Mine"));

    // Another console saves the same application first.
    Application theirs = stored(clientId);
    theirs.name = QStringLiteral("Theirs");
    QVERIFY(ApplicationRepository(m_workspace->workspace()).update(&theirs).isOk());

    ModalDriver::clickInMessageBox(choice);
    QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);
    QCOMPARE(stored(clientId).name, storedAfter);
    QCOMPARE(name->text(), formAfter);
    // Nothing was stored over theirs without the user saying so.
    QCOMPARE(stored(clientId).revision, theirs.revision + (choice == QLatin1String("Overwrite") ? 1 : 0));
}

void tst_ApplicationsPage::generateClientSecret()
{
    waitForKeyring();
    const QString clientId = insertApplication(QStringLiteral("Acme Fitness"));
    createPage();
    auto *button = child<QPushButton>("rotateSecretButton");
    QVERIFY(button->isEnabled());
    QCOMPARE(button->text(), QStringLiteral("Generate"));

    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_page->findChild<SecretRevealDialog *>(), 20000);
    auto *dialog = m_page->findChild<SecretRevealDialog *>();
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("warningLabel"))
                ->text()
                .contains(QLatin1String("Copy it now: Linkdeck will not show it again.")));
    auto *secretEdit = dialog->findChild<QLineEdit *>(QStringLiteral("secretEdit"));
    QVERIFY(secretEdit->isReadOnly());
    const QString secret = secretEdit->text();
    QCOMPARE(secret.size(), 43); // 32 bytes, base64url without padding
    QVERIFY(dialog->grab().save(QStringLiteral("/tmp/applications-secret-dialog.png")));

    QCOMPARE(readSecret(SecretStore::applicationOwner(clientId), QStringLiteral("client_secret")), secret);
    QVERIFY(stored(clientId).hasClientSecret);
    QCOMPARE(button->text(), QStringLiteral("Rotate…"));
    QVERIFY(child<QLabel>("clientSecretStateLabel")->text().contains(QLatin1String("set in the keyring")));
    QCOMPARE(child<QTableView>("applicationsTable")
                 ->model()
                 ->index(0, ApplicationsTableModel::Credentials)
                 .data()
                 .toString(),
        QStringLiteral("secret set"));
    // The secret is not on the undo stack: only the page's own edits are.
    QCOMPARE(m_page->undoStack()->count(), 0);

    // Shown once: closing the dialog deletes it, and the page has no copy.
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Close)->click();
    QTRY_VERIFY(!m_page->findChild<SecretRevealDialog *>());
    QVERIFY(!child<QLabel>("clientSecretStateLabel")->text().contains(secret));

    // Rotating asks first, then replaces the secret.
    ModalAnswer confirm(
        QStringLiteral("rotateSecretMessageBox"), clickNamed(QStringLiteral("confirmRotateButton")));
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(confirm.done());
    QTRY_VERIFY_WITH_TIMEOUT(m_page->findChild<SecretRevealDialog *>(), 20000);
    const QString rotated = m_page->findChild<SecretRevealDialog *>()
                                ->findChild<QLineEdit *>(QStringLiteral("secretEdit"))
                                ->text();
    QVERIFY(rotated != secret);
    QCOMPARE(readSecret(SecretStore::applicationOwner(clientId), QStringLiteral("client_secret")), rotated);

    // Both are on record, the secret's name but never its value.
    const QList<AuditEntry> entries = AuditLog(m_workspace->workspace()).entries(AuditLog::applicationKind());
    QCOMPARE(entries.size(), 3); // created, generated, rotated
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(entries.at(i).action, QStringLiteral("rotate_secret"));
        QCOMPARE(entries.at(i).objectId, clientId);
        QCOMPARE(entries.at(i).details.value(QStringLiteral("secret")).toString(),
            QStringLiteral("client_secret"));
        const QString details = QString::fromUtf8(QJsonDocument(entries.at(i).details).toJson());
        QVERIFY(!details.contains(secret) && !details.contains(rotated));
    }
}

void tst_ApplicationsPage::sourceSecret()
{
    waitForKeyring();
    const QString clientId = insertApplication(QStringLiteral("Acme Fitness"), { QStringLiteral("fitbit") },
        { { QStringLiteral("fitbit"), { QStringLiteral("fb-1"), false } } });
    createPage();
    auto *table = child<QTableView>("sourcesTable");
    auto *model = qobject_cast<ApplicationSourcesModel *>(table->model());
    const int row = model->rowOf(QStringLiteral("fitbit"));
    QCOMPARE(model->index(row, ApplicationSourcesModel::Secret).data().toString(),
        QStringLiteral("needs credentials"));
    table->setCurrentIndex(model->index(row, ApplicationSourcesModel::Secret));
    auto *field = child<QWidget>("sourceSecretField");
    QVERIFY(field->isVisible());
    QVERIFY(child<QLabel>("sourceSecretLabel")->text().contains(QLatin1String("Fitbit")));

    ModalAnswer input(QStringLiteral("sourceSecretInputDialog"), [](QWidget *w) {
        auto *line = w->findChild<QLineEdit *>();
        QCOMPARE(line->echoMode(), QLineEdit::Password);
        QTest::keyClicks(line, QStringLiteral("fitbit-s3cret"));
        QTest::keyClick(line, Qt::Key_Return);
    });
    QTest::mouseClick(field->findChild<QPushButton *>(QStringLiteral("secretSetButton")), Qt::LeftButton);
    QVERIFY(input.done());
    QTRY_VERIFY_WITH_TIMEOUT(
        stored(clientId).credentials.value(QStringLiteral("fitbit")).hasClientSecret, 20000);
    QCOMPARE(readSecret(SecretStore::applicationSourceOwner(clientId, QStringLiteral("fitbit")),
                 QStringLiteral("client_secret")),
        QStringLiteral("fitbit-s3cret"));
    QTRY_COMPARE(model->index(row, ApplicationSourcesModel::Secret).data().toString(), QStringLiteral("set"));
    QVERIFY(!child<QPushButton>("saveButton")->isEnabled());

    // A source allowed only in the form cannot take a secret until saved.
    allowSource(QStringLiteral("oura"));
    table->setCurrentIndex(
        model->index(model->rowOf(QStringLiteral("oura")), ApplicationSourcesModel::Secret));
    QVERIFY(!field->findChild<QPushButton *>(QStringLiteral("secretSetButton"))->isEnabled());
}

void tst_ApplicationsPage::keyringUnavailable()
{
    insertApplication(QStringLiteral("Acme Fitness"), { QStringLiteral("fitbit") });
    createPage();
    auto *editor = m_page->findChild<ApplicationEditor *>();
    const QString reason = QStringLiteral("No keyring is available (test).");
    editor->setKeyringWritable(false, reason);
    for (const char *name : { "rotateSecretButton", "rotateWebhookSecretButton" }) {
        auto *button = child<QPushButton>(name);
        QVERIFY(!button->isEnabled());
        QCOMPARE(button->toolTip(), reason);
    }
    auto *table = child<QTableView>("sourcesTable");
    auto *model = qobject_cast<ApplicationSourcesModel *>(table->model());
    table->setCurrentIndex(
        model->index(model->rowOf(QStringLiteral("fitbit")), ApplicationSourcesModel::Source));
    auto *set
        = child<QWidget>("sourceSecretField")->findChild<QPushButton *>(QStringLiteral("secretSetButton"));
    QVERIFY(!set->isEnabled());
    QCOMPARE(set->toolTip(), reason);
}

void tst_ApplicationsPage::showTwoApplications()
{
    insertApplication(QStringLiteral("Acme Fitness"),
        { QStringLiteral("fitbit"), QStringLiteral("oura"), QStringLiteral("apple_health") },
        { { QStringLiteral("fitbit"), { QStringLiteral("23ABCD"), true } } },
        QStringLiteral("https://acme.example/hooks/linkdeck"));
    insertApplication(QStringLiteral("Sleepwell Coach"),
        { QStringLiteral("garmin"), QStringLiteral("whoop"), QStringLiteral("withings"),
            QStringLiteral("eight_sleep"), QStringLiteral("strava") });
    createPage();
    // The size the page has in a 1280x800 main window.
    m_page->resize(1090, 760);
    auto *redirects = child<QPlainTextEdit>("redirectUrlsEdit");
    redirects->setFocus();
    QTest::keyClick(redirects, Qt::Key_End);
    typeText(redirects, QStringLiteral("https://acme.example/linkdeck/done\nhttp://acme.example/old"));
    auto *table = child<QTableView>("sourcesTable");
    auto *model = qobject_cast<ApplicationSourcesModel *>(table->model());
    table->setCurrentIndex(
        model->index(model->rowOf(QStringLiteral("fitbit")), ApplicationSourcesModel::Source));
}

void tst_ApplicationsPage::screenshot()
{
    showTwoApplications();
    const QString path = QStringLiteral("/tmp/applications-page.png");
    QVERIFY(m_page->grab().save(path));
    qInfo("screenshot: %s", qPrintable(path));
}

void tst_ApplicationsPage::screenshotDark()
{
    // A dark palette: the status accents must read on it too.
    const QPalette light = QApplication::palette();
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    QApplication::setPalette(dark);
    showTwoApplications();
    const QString path = QStringLiteral("/tmp/applications-page-dark.png");
    const bool saved = m_page->grab().save(path);
    QApplication::setPalette(light);
    QVERIFY(saved);
}

QTEST_MAIN(tst_ApplicationsPage)
#include "tst_applicationspage.moc"

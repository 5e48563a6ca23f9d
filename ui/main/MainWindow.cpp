#include "MainWindow.h"

#include "ApplicationsPage.h"
#include "AuditPage.h"
#include "ConsolePageContext.h"
#include "PagesModule.h"
#include "PlaceholderPage.h"
#include "SecretStore.h"
#include "Settings.h"
#include "SourcesPage.h"
#include "WebModule.h"
#include "Workspace.h"

#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>

MainWindow::MainWindow(Workspace &workspace, Settings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
    , m_settings(settings)
    , m_secrets(new SecretStore(workspace.id(), this))
    , m_undoGroup(new QUndoGroup(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Linkdeck — %1").arg(workspace.location()));

    auto *central = new QWidget(this);
    auto *outer = new QVBoxLayout(central);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);

    m_keyringBanner = new QLabel(central);
    m_keyringBanner->setObjectName(QStringLiteral("keyringBannerLabel"));
    m_keyringBanner->setWordWrap(true);
    // A warning banner keeps its own colours in light and dark themes alike.
    QPalette bannerPalette = m_keyringBanner->palette();
    bannerPalette.setColor(QPalette::Window, QColor(0xff, 0xf3, 0xcd));
    bannerPalette.setColor(QPalette::WindowText, QColor(0x5c, 0x45, 0x00));
    m_keyringBanner->setPalette(bannerPalette);
    m_keyringBanner->setAutoFillBackground(true);
    m_keyringBanner->setContentsMargins(12, 8, 12, 8);
    m_keyringBanner->hide();
    outer->addWidget(m_keyringBanner);

    auto *body = new QHBoxLayout;
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(0);
    m_navigation = new QListWidget(central);
    m_navigation->setObjectName(QStringLiteral("navigationList"));
    m_navigation->setFixedWidth(190);
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setSpacing(2);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setAccessibleName(tr("Pages"));
    m_pages = new QStackedWidget(central);
    m_pages->setObjectName(QStringLiteral("pagesStack"));
    body->addWidget(m_navigation);
    body->addWidget(m_pages, 1);
    outer->addLayout(body, 1);
    setCentralWidget(central);

    addPage(QStringLiteral("sources"), tr("Sources"), QStringLiteral("network-server"),
        [this]() { return new SourcesPage(m_workspace, *m_secrets, m_settings, this); });
    addPage(QStringLiteral("applications"), tr("Applications"), QStringLiteral("applications-system"),
        [this]() { return new ApplicationsPage(m_workspace, *m_secrets, m_settings, this); });
    addPage(QStringLiteral("preview"), tr("Preview"), QStringLiteral("video-display"), [this]() {
        return createWebPage(QStringLiteral("preview"), tr("Preview"),
            tr("Preview the end-user connect widget in an embedded browser and run "
               "its flows against the local connect service."));
    });
    addPage(QStringLiteral("tests"), tr("Tests"), QStringLiteral("system-run"), [this]() {
        return createWebPage(QStringLiteral("tests"), tr("Tests"),
            tr("Run end-to-end OAuth test connections with every hop recorded and "
               "every failure explained."));
    });
    addPage(QStringLiteral("connections"), tr("Connections"), QStringLiteral("network-workgroup"),
        [this]() { return createModulePage(QStringLiteral("connections"), tr("Connections")); });
    addPage(QStringLiteral("webhooks"), tr("Webhooks"), QStringLiteral("mail-send-receive"),
        [this]() { return createModulePage(QStringLiteral("webhooks"), tr("Webhooks")); });
    addPage(QStringLiteral("audit"), tr("Audit log"), QStringLiteral("document-properties"),
        [this]() { return new AuditPage(m_workspace, this); });
    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::onNavigation);

    createMenus();

    if (!restoreGeometry(settings.bytes(Settings::Key::WindowGeometry)))
        resize(1280, 800);
    // The first page before the status bar, which measures text at once:
    // reading the page's rows needs no fonts, so at start-up it runs while
    // FontDatabaseWarmup fills the font database.
    if (!showPage(settings.text(Settings::Key::LastPage)))
        showPage(QStringLiteral("sources"));

    m_keyringStatus = new QLabel(this);
    m_keyringStatus->setObjectName(QStringLiteral("keyringStatusLabel"));
    statusBar()->addPermanentWidget(m_keyringStatus);
    statusBar()->showMessage(tr("Workspace: %1").arg(workspace.location()));
    connect(m_secrets, &SecretStore::availabilityChanged, this, &MainWindow::updateKeyringStatus);
    updateKeyringStatus();
    // Asked once the window is up: the keyring may take a while to answer.
    QTimer::singleShot(250, m_secrets, &SecretStore::probe);
}

MainWindow::~MainWindow()
{
    // The pages go first: they use the secret store and the connect service.
    delete m_pages;
}

void MainWindow::addPage(
    const QString &id, const QString &title, const QString &iconName, PageFactory create, bool comingSoon)
{
    auto *item = new QListWidgetItem(QIcon::fromTheme(iconName), title, m_navigation);
    item->setSizeHint(QSize(0, 36));
    if (comingSoon) {
        item->setText(tr("%1 (soon)").arg(title));
        item->setToolTip(tr("Not available yet"));
        item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
    }
    m_pages->addWidget(new QWidget(m_pages)); // replaced by the page when first shown
    m_ids << id;
    m_factories << std::move(create);
    m_created << nullptr;
}

ConsolePage *MainWindow::ensurePage(int row)
{
    if (row < 0 || row >= m_created.size())
        return nullptr;
    if (!m_created.at(row)) {
        ConsolePage *page = m_factories.at(row)();
        page->setObjectName(m_ids.at(row) + QStringLiteral("Page"));
        QWidget *placeholder = m_pages->widget(row);
        m_pages->insertWidget(row, page);
        m_pages->removeWidget(placeholder);
        placeholder->deleteLater();
        if (QUndoStack *stack = page->undoStack())
            m_undoGroup->addStack(stack);
        m_created[row] = page;
    }
    return m_created.at(row);
}

ConsolePage *MainWindow::createWebPage(const QString &id, const QString &title, const QString &planned)
{
    WebModule &module = WebModule::instance();
    if (ConsolePage *page = module.createPage(id, { m_workspace, *m_secrets, m_settings }, this))
        return page;
    return new PlaceholderPage(title, module.errorString().isEmpty() ? planned : module.errorString(), this);
}

ConsolePage *MainWindow::createModulePage(const QString &id, const QString &title)
{
    PagesModule &module = PagesModule::instance();
    if (ConsolePage *page = module.createPage(id, { m_workspace, *m_secrets, m_settings }, this))
        return page;
    return new PlaceholderPage(title, module.errorString(), this);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    auto sources = [this]() { return qobject_cast<SourcesPage *>(page(QStringLiteral("sources"))); };
    QAction *importAction = file->addAction(tr("&Import Sources…"), this, [this, sources]() {
        if (showPage(QStringLiteral("sources")))
            sources()->importCatalogue();
    });
    importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    file->addAction(tr("Import from &Discovery URL…"), this, [this, sources]() {
        if (showPage(QStringLiteral("sources")))
            sources()->importDiscoveryUrl();
    });
    QAction *exportAction
        = file->addAction(tr("&Export Sources…"), this, [sources]() { sources()->exportCatalogue(); });
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoGroup->createUndoAction(this);
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoGroup->createRedoAction(this);
    redo->setShortcut(QKeySequence::Redo);
    // Our own wording, so that it is translated and reads well with nothing to undo.
    connect(m_undoGroup, &QUndoGroup::undoTextChanged, undo, [undo](const QString &text) {
        undo->setText(text.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(text));
    });
    connect(m_undoGroup, &QUndoGroup::redoTextChanged, redo, [redo](const QString &text) {
        redo->setText(text.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(text));
    });
    undo->setText(tr("&Undo"));
    redo->setText(tr("&Redo"));
    edit->addAction(undo);
    edit->addAction(redo);

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    for (int i = 0; i < m_ids.size(); ++i) {
        QAction *action = go->addAction(
            m_navigation->item(i)->text(), this, [this, i]() { m_navigation->setCurrentRow(i); });
        action->setShortcut(QKeySequence(Qt::CTRL | (Qt::Key_1 + i)));
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Linkdeck"), this, [this]() {
        QMessageBox::about(this, tr("About Linkdeck"),
            tr("<h3>Linkdeck %1</h3><p>A developer console for wearable and health data "
               "integrations: define sources, preview the connect widget, test OAuth flows "
               "and inspect connections.</p><p>Workspace: %2</p>")
                .arg(QCoreApplication::applicationVersion(), m_workspace.location().toHtmlEscaped()));
    });
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

bool MainWindow::showPage(const QString &id)
{
    const int row = int(m_ids.indexOf(id));
    if (row < 0)
        return false;
    m_navigation->setCurrentRow(row);
    return m_navigation->currentRow() == row;
}

QStringList MainWindow::pageIds() const
{
    return m_ids;
}

ConsolePage *MainWindow::page(const QString &id)
{
    return ensurePage(int(m_ids.indexOf(id)));
}

void MainWindow::onNavigation(int row)
{
    if (row == m_currentRow || row < 0)
        return;
    if (m_currentRow >= 0) {
        if (!m_created.at(m_currentRow)->maybeLeave()) {
            const QSignalBlocker blocker(m_navigation);
            m_navigation->setCurrentRow(m_currentRow);
            return;
        }
    }
    m_currentRow = row;
    ConsolePage *page = ensurePage(row);
    m_pages->setCurrentIndex(row);
    m_undoGroup->setActiveStack(page->undoStack());
    m_settings.set(Settings::Key::LastPage, m_ids.at(row));
}

void MainWindow::updateKeyringStatus()
{
    switch (m_secrets->availability()) {
    case SecretStore::Availability::Unknown:
        m_keyringStatus->setText(tr("Keyring: checking…"));
        m_keyringBanner->hide();
        break;
    case SecretStore::Availability::Available:
        m_keyringStatus->setText(tr("Keyring: available"));
        m_keyringBanner->hide();
        break;
    case SecretStore::Availability::Unavailable:
        m_keyringStatus->setText(tr("Keyring: unavailable"));
        m_keyringBanner->setText(
            tr("<b>No keyring is available, so secrets cannot be stored.</b> Start a "
               "Secret Service (GNOME Keyring or KWallet) and restart Linkdeck. Headless "
               "runs can take secrets from LINKDECK_SECRET_… environment variables."));
        m_keyringBanner->show();
        break;
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    for (ConsolePage *page : std::as_const(m_created)) {
        if (page && !page->maybeLeave()) {
            event->ignore();
            return;
        }
    }
    m_settings.set(Settings::Key::WindowGeometry, saveGeometry());
    event->accept();
}

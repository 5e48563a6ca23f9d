#include "PreviewPage.h"

#include "Application.h"
#include "ApplicationRepository.h"
#include "ConnectService.h"
#include "ConsoleConnectService.h"
#include "PageMessage.h"
#include "PreviewTimelineModel.h"
#include "SourceAccess.h"
#include "SourceRepository.h"
#include "WebPageContext.h"
#include "WidgetUrlTemplate.h"

#include <QAction>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLoggingCategory>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QShowEvent>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineView>

Q_LOGGING_CATEGORY(lcPreviewPage, "linkdeck.web.preview")

namespace {

constexpr int kKeyRole = Qt::UserRole + 1;
// The widget leaves its loading screen once the service answered; asked
// every 100 ms for at most 30 s.
constexpr int kShownPollMs = 100;
constexpr int kShownAttempts = 300;

// "true" while the widget is on its loading screen or its logos are not
// decoded and painted yet (two animation frames after decoding); "none" on
// pages that are not the widget (a developer's page through a remote
// template).
const QString kBusyScript
    = QStringLiteral("(function () { var card = document.getElementById('card');"
                     " if (!card) return 'none';"
                     " if (card.getAttribute('aria-busy') === 'true') return 'true';"
                     " if (window.linkdeckPreviewPainted === undefined) {"
                     "  window.linkdeckPreviewPainted = false;"
                     "  Promise.all(Array.prototype.map.call(document.images, function (i) {"
                     "   return i.decode().catch(function () {}); })).then(function () {"
                     "   requestAnimationFrame(function () { requestAnimationFrame(function () {"
                     "    window.linkdeckPreviewPainted = true; }); }); }); }"
                     " return String(!window.linkdeckPreviewPainted); })()");

struct Viewport
{
    const char *key;
    QSize size;
};

constexpr Viewport kViewports[] = {
    { "phone", QSize(360, 640) },
    { "tablet", QSize(768, 1024) },
    { "desktop", QSize(1280, 800) },
};

QComboBox *combo(const QString &objectName, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(objectName);
    return box;
}

} // namespace

QSize PreviewPage::viewportSize(const QString &key)
{
    for (const Viewport &viewport : kViewports) {
        if (key == QLatin1String(viewport.key))
            return viewport.size;
    }
    return {};
}

PreviewPage::PreviewPage(const WebPageContext &context, QWidget *parent)
    : ConsolePage(parent)
    , m_workspace(context.workspace)
    , m_launcher(new PreviewLauncher(context.workspace, context.secrets, context.connectService, this))
    , m_timeline(new PreviewTimelineModel(context.workspace, this))
    , m_launchTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("previewPage"));
    // Many changes in one go (a new application fills the sources) make one session.
    m_launchTimer->setSingleShot(true);
    m_launchTimer->setInterval(0);
    connect(m_launchTimer, &QTimer::timeout, this, &PreviewPage::openPreview);
    connect(m_launcher, &PreviewLauncher::launched, this, &PreviewPage::onLaunched);
    connect(m_launcher, &PreviewLauncher::failed, this, &PreviewPage::onFailed);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("previewSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(createControls());
    splitter->addWidget(createPreviewArea());
    splitter->addWidget(createTimeline());
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 1);
    splitter->setSizes({ 250, 420, 400 });
    layout->addWidget(splitter);

    applyViewport();
    updateTarget();
    loadApplications();
    if (m_applicationCombo->count() > 0) {
        scheduleLaunch();
    } else {
        showMessage(tr("There is no application to preview. Add one on the Applications page."), false);
    }
}

PreviewPage::~PreviewPage()
{
    m_destroying = true;
    m_launcher->cancel();
    // The web page (the view's child) must go before its profile.
    delete m_view;
    delete m_profile;
}

QWidget *PreviewPage::createControls()
{
    auto *panel = new QWidget(this);
    panel->setObjectName(QStringLiteral("previewControlsWidget"));
    auto *column = new QVBoxLayout(panel);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_applicationCombo = combo(QStringLiteral("applicationCombo"), panel);
    m_referenceIdEdit = new QLineEdit(panel);
    m_referenceIdEdit->setObjectName(QStringLiteral("referenceIdEdit"));
    m_referenceIdEdit->setText(QStringLiteral("preview-user"));
    m_referenceIdEdit->setToolTip(tr("The developer's id for the user; the success redirect and the "
                                     "webhook carry it back."));
    m_languageCombo = combo(QStringLiteral("languageCombo"), panel);
    m_languageCombo->addItem(tr("English"), QStringLiteral("en"));
    m_languageCombo->addItem(tr("German"), QStringLiteral("de"));
    m_themeCombo = combo(QStringLiteral("themeCombo"), panel);
    m_themeCombo->addItem(tr("Light"), QStringLiteral("light"));
    m_themeCombo->addItem(tr("Dark"), QStringLiteral("dark"));
    m_viewportCombo = combo(QStringLiteral("viewportCombo"), panel);
    m_viewportCombo->addItem(tr("Phone (360 px)"), QStringLiteral("phone"));
    m_viewportCombo->addItem(tr("Tablet (768 px)"), QStringLiteral("tablet"));
    m_viewportCombo->addItem(tr("Desktop (1280 px)"), QStringLiteral("desktop"));

    form->addRow(tr("&Application:"), m_applicationCombo);
    form->addRow(tr("&Reference id:"), m_referenceIdEdit);
    form->addRow(tr("&Language:"), m_languageCombo);
    form->addRow(tr("The&me:"), m_themeCombo);
    form->addRow(tr("&Viewport:"), m_viewportCombo);
    column->addLayout(form);

    auto *sourcesLabel = new QLabel(tr("&Sources offered:"), panel);
    m_sourcesList = new QListWidget(panel);
    m_sourcesList->setObjectName(QStringLiteral("sourcesList"));
    m_sourcesList->setToolTip(tr("The sources the widget lists; Space ticks or unticks one."));
    sourcesLabel->setBuddy(m_sourcesList);
    column->addWidget(sourcesLabel);
    column->addWidget(m_sourcesList, 1);

    auto *targetBox = new QGroupBox(tr("Widget From"), panel);
    auto *targetForm = new QFormLayout(targetBox);
    targetForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_targetCombo = combo(QStringLiteral("targetCombo"), panel);
    m_targetCombo->addItem(tr("This console's service"), int(PreviewOptions::Target::Local));
    m_targetCombo->addItem(tr("A remote service"), int(PreviewOptions::Target::Remote));
    m_serviceUrlEdit = new QLineEdit(panel);
    m_serviceUrlEdit->setObjectName(QStringLiteral("serviceUrlEdit"));
    m_serviceUrlEdit->setPlaceholderText(QStringLiteral("https://connect.example.com"));
    m_serviceUrlEdit->setToolTip(tr("The deployed connect service, as {service} in the template. A session "
                                    "is minted there with the application's client ID and secret."));
    m_urlTemplateEdit = new QLineEdit(WidgetUrlTemplate::defaultText(), panel);
    m_urlTemplateEdit->setObjectName(QStringLiteral("urlTemplateEdit"));
    m_urlTemplateEdit->setToolTip(
        tr("The remote widget's URL. Placeholders: %1. {session_id} mints a session on the service.")
            .arg(QLatin1Char('{') + WidgetUrlTemplate::placeholders().join(QStringLiteral("}, {"))
                + QLatin1Char('}')));
    targetForm->addRow(tr("Servi&ce:"), m_targetCombo);
    targetForm->addRow(tr("Service &URL:"), m_serviceUrlEdit);
    targetForm->addRow(tr("&Widget URL:"), m_urlTemplateEdit);
    column->addWidget(targetBox);

    m_openButton = new QPushButton(tr("&New Session"), panel);
    m_openButton->setObjectName(QStringLiteral("openButton"));
    m_openButton->setToolTip(tr("Mint a new widget session with these choices (Ctrl+Return)"));
    auto *openAction = new QAction(this);
    openAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    openAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(openAction);
    connect(openAction, &QAction::triggered, this, &PreviewPage::openPreview);
    connect(m_openButton, &QPushButton::clicked, this, &PreviewPage::openPreview);
    column->addWidget(m_openButton);

    connect(m_applicationCombo, &QComboBox::currentIndexChanged, this, [this]() {
        loadSources();
        scheduleLaunch();
    });
    connect(m_referenceIdEdit, &QLineEdit::editingFinished, this, [this]() {
        if (m_referenceIdEdit->isModified()) {
            m_referenceIdEdit->setModified(false);
            scheduleLaunch();
        }
    });
    for (QComboBox *box : { m_languageCombo, m_themeCombo, m_targetCombo })
        connect(box, &QComboBox::currentIndexChanged, this, &PreviewPage::scheduleLaunch);
    connect(m_targetCombo, &QComboBox::currentIndexChanged, this, &PreviewPage::updateTarget);
    connect(m_viewportCombo, &QComboBox::currentIndexChanged, this, &PreviewPage::applyViewport);
    connect(m_sourcesList, &QListWidget::itemChanged, this, &PreviewPage::scheduleLaunch);
    for (QLineEdit *edit : { m_serviceUrlEdit, m_urlTemplateEdit }) {
        connect(edit, &QLineEdit::editingFinished, this, [this, edit]() {
            if (edit->isModified()) {
                edit->setModified(false);
                scheduleLaunch();
            }
        });
    }
    return panel;
}

QWidget *PreviewPage::createPreviewArea()
{
    auto *area = new QWidget(this);
    auto *column = new QVBoxLayout(area);

    m_messageLabel = new PageMessage(area);
    column->addWidget(m_messageLabel);

    auto *bar = new QHBoxLayout;
    m_reloadButton = new QPushButton(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("Reload"), area);
    m_reloadButton->setObjectName(QStringLiteral("reloadButton"));
    m_reloadButton->setShortcut(QKeySequence::Refresh);
    m_reloadButton->setToolTip(tr("Load the widget again from its first screen (F5)"));
    m_browserButton = new QPushButton(
        QIcon::fromTheme(QStringLiteral("internet-web-browser")), tr("Open in &Browser"), area);
    m_browserButton->setObjectName(QStringLiteral("browserButton"));
    m_browserButton->setToolTip(tr("Open this session's widget in the system's web browser"));
    m_screenshotButton
        = new QPushButton(QIcon::fromTheme(QStringLiteral("camera-photo")), tr("Save Screensh&ot…"), area);
    m_screenshotButton->setObjectName(QStringLiteral("screenshotButton"));
    m_screenshotButton->setToolTip(tr("Save what the preview shows as a PNG image"));
    connect(m_reloadButton, &QPushButton::clicked, this, &PreviewPage::reload);
    connect(m_browserButton, &QPushButton::clicked, this, &PreviewPage::openInBrowser);
    connect(m_screenshotButton, &QPushButton::clicked, this, &PreviewPage::chooseScreenshotFile);
    bar->addWidget(m_reloadButton);
    bar->addWidget(m_browserButton);
    bar->addWidget(m_screenshotButton);
    updateActions();
    bar->addStretch(1);
    column->addLayout(bar);

    m_urlLabel = new QLabel(area);
    m_urlLabel->setObjectName(QStringLiteral("urlLabel"));
    m_urlLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_urlLabel->setMinimumWidth(100);
    m_urlLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    column->addWidget(m_urlLabel);

    // The view keeps the chosen viewport's size inside a frame, and the
    // scroll area shows what does not fit.
    m_profile = new QWebEngineProfile(this); // no storage name: off the record
    m_view = new QWebEngineView(area);
    m_view->setObjectName(QStringLiteral("widgetView"));
    m_view->setPage(new QWebEnginePage(m_profile, m_view));
    m_view->setAccessibleName(tr("Connect widget preview"));
    connect(m_view, &QWebEngineView::loadFinished, this, &PreviewPage::onLoadFinished);

    auto *frame = new QFrame(area);
    frame->setObjectName(QStringLiteral("deviceFrame"));
    frame->setFrameShape(QFrame::StyledPanel);
    auto *frameLayout = new QVBoxLayout(frame);
    frameLayout->setContentsMargins(1, 1, 1, 1);
    frameLayout->addWidget(m_view);
    auto *canvas = new QWidget(area);
    auto *canvasLayout = new QVBoxLayout(canvas);
    canvasLayout->addWidget(frame, 0, Qt::AlignHCenter | Qt::AlignTop);
    m_scrollArea = new QScrollArea(area);
    m_scrollArea->setObjectName(QStringLiteral("previewScrollArea"));
    m_scrollArea->setWidgetResizable(true);
    m_scrollArea->setWidget(canvas);
    column->addWidget(m_scrollArea, 1);
    return area;
}

QWidget *PreviewPage::createTimeline()
{
    auto *panel = new QWidget(this);
    auto *column = new QVBoxLayout(panel);
    auto *title = new QLabel(tr("&Timeline"), panel);
    m_eventsTable = new QTableView(panel);
    m_eventsTable->setObjectName(QStringLiteral("eventsTable"));
    m_eventsTable->setModel(m_timeline);
    m_eventsTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_eventsTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Details wrap, so that a session's whole story reads without tooltips.
    m_eventsTable->setWordWrap(true);
    m_eventsTable->verticalHeader()->hide();
    m_eventsTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Wide enough for a time and the longer kinds, without waiting for rows to measure.
    const QFontMetrics metrics(m_eventsTable->font());
    m_eventsTable->horizontalHeader()->resizeSection(
        PreviewTimelineModel::Time, metrics.horizontalAdvance(QStringLiteral("88:88:88")) + 16);
    m_eventsTable->horizontalHeader()->resizeSection(
        PreviewTimelineModel::Kind, metrics.horizontalAdvance(QStringLiteral("session.created")) + 16);
    m_eventsTable->horizontalHeader()->setStretchLastSection(true);
    m_eventsTable->setAccessibleName(tr("Events of the session"));
    title->setBuddy(m_eventsTable);
    // The newest event stays in sight.
    connect(m_timeline, &QAbstractItemModel::rowsInserted, m_eventsTable, &QTableView::scrollToBottom);
    m_remoteNoteLabel = new QLabel(
        tr("A remote service keeps its events; the timeline shows what the preview loads."), panel);
    m_remoteNoteLabel->setObjectName(QStringLiteral("remoteNoteLabel"));
    m_remoteNoteLabel->setWordWrap(true);
    column->addWidget(title);
    column->addWidget(m_eventsTable, 1);
    column->addWidget(m_remoteNoteLabel);
    return panel;
}

bool PreviewPage::loadApplications()
{
    const QList<Application> applications = ApplicationRepository(m_workspace).all();
    // Without an application there is nothing to frame: the message says why.
    m_scrollArea->widget()->setVisible(!applications.isEmpty());
    m_reloadButton->setEnabled(!applications.isEmpty());
    m_openButton->setEnabled(!applications.isEmpty());
    QString signature;
    for (const Application &application : applications)
        signature += QString::number(application.id) + QLatin1Char(':')
            + QString::number(application.revision) + QLatin1Char(';');
    if (signature == m_applicationsSignature)
        return false;
    m_applicationsSignature = signature;
    const QVariant current = m_applicationCombo->currentData();
    {
        const QSignalBlocker blocker(m_applicationCombo);
        m_applicationCombo->clear();
        for (const Application &application : applications)
            m_applicationCombo->addItem(application.name, application.id);
        const int row = m_applicationCombo->findData(current);
        m_applicationCombo->setCurrentIndex(row >= 0 ? row : 0);
    }
    loadSources();
    return true;
}

void PreviewPage::loadSources()
{
    const QSignalBlocker blocker(m_sourcesList);
    m_sourcesList->clear();
    const auto application
        = ApplicationRepository(m_workspace).find(m_applicationCombo->currentData().toLongLong());
    if (!application)
        return;
    const QStringList usable = SourceAccess::allUsable(m_workspace, *application);
    // Listed by name, as the widget lists them.
    for (const IntegrationSource &source : SourceRepository(m_workspace).summaries()) {
        if (!usable.contains(source.key))
            continue;
        auto *item = new QListWidgetItem(source.displayName, m_sourcesList);
        item->setData(kKeyRole, source.key);
        item->setToolTip(source.key);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
}

PreviewOptions PreviewPage::options() const
{
    PreviewOptions options;
    options.applicationId = m_applicationCombo->currentData().toLongLong();
    options.referenceId = m_referenceIdEdit->text().trimmed();
    options.language = m_languageCombo->currentData().toString();
    options.theme = m_themeCombo->currentData().toString();
    for (int row = 0; row < m_sourcesList->count(); ++row) {
        const QListWidgetItem *item = m_sourcesList->item(row);
        if (item->checkState() == Qt::Checked)
            options.providers << item->data(kKeyRole).toString();
    }
    options.target = PreviewOptions::Target(m_targetCombo->currentData().toInt());
    options.serviceUrl = m_serviceUrlEdit->text().trimmed();
    options.urlTemplate = m_urlTemplateEdit->text().trimmed();
    return options;
}

bool PreviewPage::select(const QString &id)
{
    for (int row = 0; row < m_applicationCombo->count(); ++row) {
        const auto application
            = ApplicationRepository(m_workspace).find(m_applicationCombo->itemData(row).toLongLong());
        if (application && (application->clientId == id || application->name == id)) {
            m_applicationCombo->setCurrentIndex(row);
            return true;
        }
    }
    return false;
}

void PreviewPage::showEvent(QShowEvent *event)
{
    ConsolePage::showEvent(event);
    // Applications may have changed on their page since.
    if (!event->spontaneous() && loadApplications())
        scheduleLaunch();
}

void PreviewPage::scheduleLaunch()
{
    setReady(false);
    m_launchTimer->start();
}

void PreviewPage::openPreview()
{
    m_launchTimer->stop();
    setReady(false);
    m_timeline->clear();
    m_launch = {};
    updateActions();
    m_urlLabel->clear();
    showMessage(tr("Opening a widget session…"), false);
    m_launcher->launch(options());
}

void PreviewPage::onLaunched(const PreviewLauncher::Launch &launch)
{
    m_launch = launch;
    updateActions();
    m_messageLabel->hide();
    m_urlLabel->setText(launch.url.toDisplayString());
    m_urlLabel->setToolTip(launch.url.toDisplayString());
    if (launch.service && !launch.sessionId.isEmpty())
        m_timeline->followSession(launch.service, launch.sessionId);
    m_view->load(launch.url);
}

void PreviewPage::onFailed(const QString &message)
{
    qCInfo(lcPreviewPage) << "preview not opened:" << message;
    showMessage(message, true);
    m_view->setUrl(QUrl(QStringLiteral("about:blank")));
    setReady(true);
}

void PreviewPage::onLoadFinished(bool ok)
{
    const QUrl url = m_view->url();
    if (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
        return;
    // The end of a page from before the launch under way says nothing about it.
    if (m_launch.url.isEmpty())
        return;
    qCDebug(lcPreviewPage) << "loaded" << ok << "from" << url.host();
    m_timeline->addBrowserEntry(ok ? QStringLiteral("browser.load") : QStringLiteral("browser.error"), url);
    if (m_ready)
        return;
    if (!ok) {
        showMessage(tr("The widget did not load from %1.").arg(url.toDisplayString()), true);
        return setReady(true);
    }
    checkWidgetShown(0);
}

void PreviewPage::checkWidgetShown(int attempt)
{
    QPointer<PreviewPage> self(this);
    m_view->page()->runJavaScript(kBusyScript, [self, attempt](const QVariant &busy) {
        if (!self || self->m_destroying || self->m_ready)
            return;
        if (busy.toString() == QLatin1String("true") && attempt < kShownAttempts) {
            QTimer::singleShot(kShownPollMs, self, [self, attempt]() {
                if (self && !self->m_destroying)
                    self->checkWidgetShown(attempt + 1);
            });
            return;
        }
        self->setReady(true);
    });
}

void PreviewPage::setReady(bool ready)
{
    if (m_ready == ready)
        return;
    m_ready = ready;
    if (ready)
        Q_EMIT this->ready();
}

void PreviewPage::updateActions()
{
    const bool shown = !m_launch.url.isEmpty();
    m_browserButton->setEnabled(shown);
    m_screenshotButton->setEnabled(shown);
}

void PreviewPage::reload()
{
    if (m_launch.url.isEmpty())
        return openPreview();
    setReady(false);
    m_view->load(m_launch.url);
}

void PreviewPage::openInBrowser()
{
    if (!m_launch.url.isEmpty() && !QDesktopServices::openUrl(m_launch.url))
        showMessage(tr("No web browser could open %1.").arg(m_launch.url.toDisplayString()), true);
}

void PreviewPage::chooseScreenshotFile()
{
    const QString fileName = QFileDialog::getSaveFileName(this, tr("Save Screenshot"),
        QDir::home().filePath(QStringLiteral("linkdeck-preview.png")), tr("PNG images (*.png)"));
    if (!fileName.isEmpty())
        saveScreenshot(fileName);
}

bool PreviewPage::saveScreenshot(const QString &fileName)
{
    if (!m_view->grab().save(fileName, "PNG")) {
        showMessage(tr("The screenshot could not be written to %1.").arg(fileName), true);
        return false;
    }
    showMessage(tr("Saved the screenshot as %1.").arg(fileName), false);
    return true;
}

void PreviewPage::applyViewport()
{
    m_view->setFixedSize(viewportSize(m_viewportCombo->currentData().toString()));
}

void PreviewPage::updateTarget()
{
    const bool remote
        = PreviewOptions::Target(m_targetCombo->currentData().toInt()) == PreviewOptions::Target::Remote;
    m_serviceUrlEdit->setEnabled(remote);
    m_urlTemplateEdit->setEnabled(remote);
    m_remoteNoteLabel->setVisible(remote);
}

void PreviewPage::showMessage(const QString &message, bool error)
{
    m_messageLabel->say(message, error);
}

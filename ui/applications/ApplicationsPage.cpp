#include "ApplicationsPage.h"

#include "ApplicationEditor.h"
#include "ApplicationsController.h"
#include "ApplicationsTableModel.h"
#include "ConflictPrompt.h"
#include "PageMessage.h"
#include "RecordTable.h"
#include "SecretRevealDialog.h"
#include "Settings.h"
#include "UnsavedChangesPrompt.h"

#include <QAction>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QShowEvent>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {

QString withShortcut(const QString &text, const QKeySequence &shortcut)
{
    return QStringLiteral("%1 (%2)").arg(text, shortcut.toString(QKeySequence::NativeText));
}

} // namespace

ApplicationsPage::ApplicationsPage(
    Workspace &workspace, SecretStore &secrets, Settings &settings, QWidget *parent)
    : ConsolePage(parent)
    , m_settings(settings)
    , m_controller(new ApplicationsController(workspace, secrets, this))
    , m_model(new ApplicationsTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("applicationsPage"));
    m_proxy->setObjectName(QStringLiteral("applicationsProxyModel"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(ApplicationsTableModel::SearchRole);
    m_proxy->setFilterKeyColumn(ApplicationsTableModel::Name);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(createToolbar());

    m_message = new PageMessage(this);
    layout->addWidget(m_message);

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("applicationsStack"));
    m_emptyState = createEmptyState();
    m_stack->addWidget(m_emptyState);

    m_splitter = new QSplitter(Qt::Horizontal, m_stack);
    m_splitter->setObjectName(QStringLiteral("applicationsSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_table = new QTableView(m_splitter);
    m_table->setObjectName(QStringLiteral("applicationsTable"));
    m_table->setAccessibleName(tr("Applications"));
    RecordTable::setUp(m_table);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ApplicationsTableModel::Name, Qt::AscendingOrder);
    m_table->setMinimumWidth(280);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 12);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setMinimumSectionSize(48);
    header->setSectionResizeMode(QHeaderView::Interactive);
    // What needs attention comes first; the client ID and webhook, also in
    // the editor, further right. The header's context menu hides columns.
    header->setSectionsMovable(true);
    header->moveSection(header->visualIndex(ApplicationsTableModel::Credentials), 1);
    header->moveSection(header->visualIndex(ApplicationsTableModel::Sources), 2);
    const QFontMetrics metrics = m_table->fontMetrics();
    const int icon = m_table->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, m_table) + 16;
    header->resizeSection(
        ApplicationsTableModel::Name, metrics.horizontalAdvance(QString(20, QLatin1Char('n'))));
    header->resizeSection(ApplicationsTableModel::Credentials,
        metrics.horizontalAdvance(tr("no secret, 2 sources need credentials")) + icon);
    header->resizeSection(
        ApplicationsTableModel::Sources, metrics.horizontalAdvance(QString(26, QLatin1Char('n'))));
    header->resizeSection(ApplicationsTableModel::ClientId,
        QFontMetrics(QFontDatabase::systemFont(QFontDatabase::FixedFont))
                .horizontalAdvance(QString(27, QLatin1Char('0')))
            + 16);
    header->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (int column = ApplicationsTableModel::ClientId; column < ApplicationsTableModel::ColumnCount;
         ++column) {
        auto *toggle = new QAction(m_model->headerData(column, Qt::Horizontal).toString(), header);
        toggle->setCheckable(true);
        toggle->setChecked(true);
        connect(toggle, &QAction::toggled, header,
            [header, column](bool shown) { header->setSectionHidden(column, !shown); });
        header->addAction(toggle);
    }

    m_editor = new ApplicationEditor(m_splitter);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_editor);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    if (!m_splitter->restoreState(m_settings.bytes(Settings::Key::ApplicationsSplitter)))
        m_splitter->setSizes({ 520, 560 });
    m_stack->addWidget(m_splitter);
    layout->addWidget(m_stack, 1);

    m_deleteAction = new QAction(tr("Delete Application"), m_table);
    m_deleteAction->setObjectName(QStringLiteral("deleteAction"));
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(m_deleteAction);

    connect(m_splitter, &QSplitter::splitterMoved, this,
        [this]() { m_settings.set(Settings::Key::ApplicationsSplitter, m_splitter->saveState()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) { onCurrentRowChanged(current); });
    connect(m_table, &QTableView::activated, m_editor, &ApplicationEditor::focusName);
    connect(m_deleteAction, &QAction::triggered, this, &ApplicationsPage::deleteApplication);
    connect(m_controller, &ApplicationsController::applicationsChanged, this,
        &ApplicationsPage::onApplicationsChanged);
    connect(m_controller, &ApplicationsController::errorOccurred, this, &ApplicationsPage::showMessage);
    connect(m_controller, &ApplicationsController::keyringWritableChanged, this, [this](bool writable) {
        m_editor->setKeyringWritable(writable, m_controller->keyringUnavailableReason());
    });
    connect(m_editor, &ApplicationEditor::saveRequested, this, &ApplicationsPage::save);
    connect(
        m_editor, &ApplicationEditor::clientSecretRequested, this, &ApplicationsPage::generateClientSecret);
    connect(
        m_editor, &ApplicationEditor::webhookSecretRequested, this, &ApplicationsPage::generateWebhookSecret);
    connect(m_editor, &ApplicationEditor::sourceSecretRequested, this, &ApplicationsPage::setSourceSecret);
    connect(
        m_editor, &ApplicationEditor::sourceSecretClearRequested, this, &ApplicationsPage::clearSourceSecret);

    m_editor->setKeyringWritable(m_controller->isKeyringWritable(), m_controller->keyringUnavailableReason());
    m_controller->reload();
}

ApplicationsPage::~ApplicationsPage() = default;

QWidget *ApplicationsPage::createToolbar()
{
    auto *bar = new QWidget(this);
    bar->setObjectName(QStringLiteral("toolbarWidget"));
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);

    m_addAction = new QAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("&Add Application"), this);
    m_addAction->setObjectName(QStringLiteral("addAction"));
    m_addAction->setShortcut(QKeySequence::New);
    m_addAction->setShortcutContext(Qt::WindowShortcut);
    addAction(m_addAction);
    m_duplicateAction = new QAction(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("D&uplicate"), this);
    m_duplicateAction->setObjectName(QStringLiteral("duplicateAction"));
    m_duplicateAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_duplicateAction->setShortcutContext(Qt::WindowShortcut);
    addAction(m_duplicateAction);
    m_findAction = new QAction(tr("Search Applications"), this);
    m_findAction->setObjectName(QStringLiteral("findAction"));
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setShortcutContext(Qt::WindowShortcut);
    addAction(m_findAction);

    m_addButton = new QPushButton(m_addAction->icon(), tr("Add application"), bar);
    m_addButton->setObjectName(QStringLiteral("addButton"));
    m_addButton->setToolTip(withShortcut(tr("Add an application"), m_addAction->shortcut()));
    m_duplicateButton = new QPushButton(m_duplicateAction->icon(), tr("Duplicate"), bar);
    m_duplicateButton->setObjectName(QStringLiteral("duplicateButton"));
    m_duplicateButton->setToolTip(withShortcut(
        tr("Copy the selected application, without its secrets"), m_duplicateAction->shortcut()));
    m_deleteButton = new QPushButton(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("Delete"), bar);
    m_deleteButton->setObjectName(QStringLiteral("deleteButton"));
    m_deleteButton->setToolTip(tr("Delete the selected application (Delete in the table)"));

    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(
        tr("Search name or client ID (%1)").arg(m_findAction->shortcut().toString(QKeySequence::NativeText)));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search applications"));
    m_search->setMinimumWidth(m_search->fontMetrics().horizontalAdvance(m_search->placeholderText()) + 48);
    auto *clearSearch = new QAction(m_search);
    clearSearch->setShortcut(Qt::Key_Escape);
    clearSearch->setShortcutContext(Qt::WidgetShortcut);
    m_search->addAction(clearSearch);

    row->addWidget(m_addButton);
    row->addWidget(m_duplicateButton);
    row->addWidget(m_deleteButton);
    row->addStretch(1);
    row->addWidget(m_search);

    connect(m_addAction, &QAction::triggered, this, &ApplicationsPage::addApplication);
    connect(m_addButton, &QPushButton::clicked, this, &ApplicationsPage::addApplication);
    connect(m_duplicateAction, &QAction::triggered, this, &ApplicationsPage::duplicateApplication);
    connect(m_duplicateButton, &QPushButton::clicked, this, &ApplicationsPage::duplicateApplication);
    connect(m_deleteButton, &QPushButton::clicked, this, &ApplicationsPage::deleteApplication);
    connect(m_findAction, &QAction::triggered, this, [this]() {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    connect(clearSearch, &QAction::triggered, m_search, &QLineEdit::clear);
    connect(m_search, &QLineEdit::textChanged, this, &ApplicationsPage::applyFilter);
    connect(m_search, &QLineEdit::returnPressed, this, [this]() {
        if (m_proxy->rowCount() > 0)
            m_table->setFocus(Qt::OtherFocusReason);
    });
    return bar;
}

QWidget *ApplicationsPage::createEmptyState()
{
    auto *empty = new QWidget(this);
    empty->setObjectName(QStringLiteral("emptyStateWidget"));
    auto *column = new QVBoxLayout(empty);
    column->addStretch(1);
    auto *title = new QLabel(tr("No applications yet"), empty);
    title->setObjectName(QStringLiteral("emptyTitleLabel"));
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    title->setFont(font);
    title->setAlignment(Qt::AlignCenter);
    auto *text
        = new QLabel(tr("Applications are the developers' apps that use your sources. Add one to give it a "
                        "client ID and secret and to choose the sources it may use."),
            empty);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    // A wrapped label in an aligned layout item gets no height for its
    // width; a fixed width lets it claim the height it needs.
    const int textWidth = text->fontMetrics().averageCharWidth() * 60;
    text->setFixedWidth(textWidth);
    text->setMinimumHeight(text->heightForWidth(textWidth));
    auto *button
        = new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("Add application"), empty);
    button->setObjectName(QStringLiteral("emptyAddButton"));
    connect(button, &QPushButton::clicked, this, &ApplicationsPage::addApplication);
    column->addWidget(title);
    column->addWidget(text, 0, Qt::AlignHCenter);
    column->addSpacing(8);
    column->addWidget(button, 0, Qt::AlignHCenter);
    column->addStretch(2);
    return empty;
}

QUndoStack *ApplicationsPage::undoStack() const
{
    return m_controller->undoStack();
}

bool ApplicationsPage::maybeLeave()
{
    return confirmLeave();
}

void ApplicationsPage::showEvent(QShowEvent *event)
{
    ConsolePage::showEvent(event);
    // Sources may have been added or edited on the Sources page meanwhile.
    if (!event->spontaneous())
        m_controller->reload();
}

void ApplicationsPage::onApplicationsChanged()
{
    m_syncing = true;
    m_model->setContents(m_controller->applications(), m_controller->sources());
    m_syncing = false;
    m_editor->setSources(m_controller->sources());

    const bool empty = m_model->rowCount() == 0;
    m_stack->setCurrentWidget(empty ? m_emptyState : static_cast<QWidget *>(m_splitter));
    if (!m_current.isEmpty()) {
        const int row = m_model->rowOf(m_current);
        if (row < 0) {
            // Gone, by an undo or from elsewhere: its edits cannot be kept.
            m_current.clear();
            m_editor->clear();
        } else if (!m_saving) {
            m_editor->adoptStored(m_model->application(row));
        }
    }
    if (m_current.isEmpty() && m_proxy->rowCount() > 0)
        loadApplication(m_proxy->index(0, 0).data(ApplicationsTableModel::ClientIdRole).toString());
    syncSelection();
    updateActions();
}

void ApplicationsPage::onCurrentRowChanged(const QModelIndex &current)
{
    if (m_syncing)
        return;
    const QString clientId = current.data(ApplicationsTableModel::ClientIdRole).toString();
    if (clientId.isEmpty() || clientId == m_current)
        return;
    // Asked once the click or key press that moved the selection is done,
    // so that a "Cancel" can put the selection back cleanly.
    QMetaObject::invokeMethod(
        this, [this, clientId]() { switchTo(clientId); }, Qt::QueuedConnection);
}

void ApplicationsPage::switchTo(const QString &clientId)
{
    if (clientId == m_current)
        return;
    if (!confirmLeave()) {
        syncSelection();
        return;
    }
    loadApplication(clientId);
}

void ApplicationsPage::loadApplication(const QString &clientId)
{
    const std::optional<Application> application = m_controller->application(clientId);
    if (!application) {
        m_current.clear();
        m_editor->clear();
    } else {
        m_current = clientId;
        m_editor->load(*application);
    }
    syncSelection();
    updateActions();
}

bool ApplicationsPage::confirmLeave()
{
    m_editor->commitPendingEdit();
    if (!m_editor->hasApplication() || !m_editor->isDirty())
        return true;
    switch (UnsavedChangesPrompt::ask(this, m_editor->baseline().name)) {
    case UnsavedChangesPrompt::Answer::Save:
        return save();
    case UnsavedChangesPrompt::Answer::Discard:
        m_editor->revert();
        return true;
    case UnsavedChangesPrompt::Answer::Cancel:
        break;
    }
    return false;
}

bool ApplicationsPage::save()
{
    if (!m_editor->hasApplication() || !m_editor->isDirty())
        return true;
    if (m_editor->hasErrors()) {
        m_editor->focusFirstError();
        showMessage(tr("Not saved: fix the marked fields first."));
        return false;
    }
    clearMessage();
    const Application edited = m_editor->current();
    m_saving = true;
    StoreResult result = m_controller->saveApplication(edited);
    m_saving = false;
    if (result.status == StoreResult::Status::Conflict) {
        switch (ConflictPrompt::ask(this, result.message)) {
        case ConflictPrompt::Answer::Reload:
            clearMessage();
            loadApplication(m_current);
            return false;
        case ConflictPrompt::Answer::Overwrite:
            clearMessage();
            m_saving = true;
            result = m_controller->saveApplication(edited, true);
            m_saving = false;
            break;
        case ConflictPrompt::Answer::KeepEditing:
            return false;
        }
    }
    if (!result)
        return false;
    if (const std::optional<Application> stored = m_controller->application(m_current))
        m_editor->load(*stored);
    return true;
}

void ApplicationsPage::syncSelection()
{
    const int row = m_model->rowOf(m_current);
    const QModelIndex index = row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(row, 0));
    m_syncing = true;
    if (index.isValid()) {
        m_table->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_table->scrollTo(index);
    } else {
        m_table->selectionModel()->clear();
    }
    m_syncing = false;
}

void ApplicationsPage::applyFilter(const QString &text)
{
    m_syncing = true;
    m_proxy->setFilterFixedString(text.trimmed());
    m_syncing = false;
    // The application being edited stays in the editor even when the
    // filter hides its row.
    syncSelection();
}

void ApplicationsPage::updateActions()
{
    const bool hasCurrent = !m_current.isEmpty();
    m_duplicateAction->setEnabled(hasCurrent);
    m_duplicateButton->setEnabled(hasCurrent);
    m_deleteAction->setEnabled(hasCurrent);
    m_deleteButton->setEnabled(hasCurrent);
}

void ApplicationsPage::showMessage(const QString &message)
{
    m_message->say(message, true);
}

void ApplicationsPage::clearMessage()
{
    m_message->dismiss();
}

void ApplicationsPage::addApplication()
{
    if (!confirmLeave())
        return;
    clearMessage();
    const QString clientId = m_controller->addApplication(m_controller->unusedName(tr("New application")));
    if (clientId.isEmpty())
        return;
    if (!m_search->text().isEmpty())
        m_search->clear();
    loadApplication(clientId);
    m_editor->focusName();
}

void ApplicationsPage::duplicateApplication()
{
    if (m_current.isEmpty() || !confirmLeave())
        return;
    clearMessage();
    const QString clientId = m_controller->duplicateApplication(m_current);
    if (clientId.isEmpty())
        return;
    if (!m_search->text().isEmpty())
        m_search->clear();
    loadApplication(clientId);
    m_editor->focusName();
}

void ApplicationsPage::deleteApplication()
{
    if (m_current.isEmpty())
        return;
    const QString name = m_editor->baseline().name;
    QMessageBox box(QMessageBox::Question, tr("Delete application"), tr("Delete \"%1\"?").arg(name),
        QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("deleteApplicationMessageBox"));
    box.setInformativeText(
        tr("Developers using its client ID can no longer connect users, and unsaved changes "
           "to it are dropped. Edit ▸ Undo brings it back."));
    QPushButton *remove = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmDeleteButton"));
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != remove)
        return;

    clearMessage();
    const int proxyRow = m_table->currentIndex().row();
    const QString clientId = m_current;
    // The edits go with the application; nothing is left to ask about.
    m_current.clear();
    m_editor->clear();
    if (!m_controller->removeApplication(clientId)) {
        loadApplication(clientId);
        return;
    }
    const int rows = m_proxy->rowCount();
    if (rows > 0) {
        const int row = qBound(0, proxyRow, rows - 1);
        loadApplication(m_proxy->index(row, 0).data(ApplicationsTableModel::ClientIdRole).toString());
    }
    m_table->setFocus(Qt::OtherFocusReason);
}

bool ApplicationsPage::confirmRotation(const QString &title, const QString &question)
{
    QMessageBox box(QMessageBox::Warning, title, question, QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("rotateSecretMessageBox"));
    box.setInformativeText(tr("The current secret stops working at once: every server that uses it needs the "
                              "new one."));
    QPushButton *rotate = box.addButton(tr("Rotate"), QMessageBox::DestructiveRole);
    rotate->setObjectName(QStringLiteral("confirmRotateButton"));
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == rotate;
}

void ApplicationsPage::generateClientSecret()
{
    const Application application = m_editor->baseline();
    if (application.clientId.isEmpty())
        return;
    if (application.hasClientSecret
        && !confirmRotation(
            tr("Rotate client secret"), tr("Rotate the client secret of \"%1\"?").arg(application.name)))
        return;
    clearMessage();
    m_editor->setSecretBusy(ApplicationEditor::SecretKind::Client, true);
    const QString name = application.name;
    m_controller->generateClientSecret(
        application.clientId, this, [this, name](const ApplicationsController::SecretOutcome &outcome) {
            m_editor->setSecretBusy(ApplicationEditor::SecretKind::Client, false);
            if (!outcome.ok)
                return; // errorOccurred() has said why
            SecretRevealDialog::reveal(this, tr("Client secret of %1").arg(name),
                tr("The new client secret of \"%1\". Its server uses it, with the client ID, "
                   "to exchange connect tokens.")
                    .arg(name),
                outcome.secret);
        });
}

void ApplicationsPage::generateWebhookSecret()
{
    const Application application = m_editor->baseline();
    if (application.clientId.isEmpty())
        return;
    if (application.hasWebhookSecret
        && !confirmRotation(tr("Rotate webhook signing secret"),
            tr("Rotate the webhook signing secret of \"%1\"?").arg(application.name)))
        return;
    clearMessage();
    m_editor->setSecretBusy(ApplicationEditor::SecretKind::Webhook, true);
    const QString name = application.name;
    m_controller->generateWebhookSecret(
        application.clientId, this, [this, name](const ApplicationsController::SecretOutcome &outcome) {
            m_editor->setSecretBusy(ApplicationEditor::SecretKind::Webhook, false);
            if (!outcome.ok)
                return;
            SecretRevealDialog::reveal(this, tr("Webhook signing secret of %1").arg(name),
                tr("Webhooks to \"%1\" are signed with this secret; its server checks the "
                   "signature with it.")
                    .arg(name),
                outcome.secret);
        });
}

QString ApplicationsPage::sourceName(const QString &sourceKey) const
{
    const QList<IntegrationSource> sources = m_controller->sources();
    for (const IntegrationSource &source : sources) {
        if (source.key == sourceKey)
            return source.displayName;
    }
    return sourceKey;
}

void ApplicationsPage::setSourceSecret(const QString &sourceKey)
{
    const Application application = m_editor->baseline();
    if (application.clientId.isEmpty() || sourceKey.isEmpty())
        return;
    const QString source = sourceName(sourceKey);
    QInputDialog dialog(this);
    dialog.setObjectName(QStringLiteral("sourceSecretInputDialog"));
    dialog.setWindowTitle(tr("Client secret for %1").arg(source));
    dialog.setLabelText(tr("The client secret %1 issued to \"%2\":").arg(source, application.name));
    dialog.setTextEchoMode(QLineEdit::Password);
    dialog.setOkButtonText(tr("Store in Keyring"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString secret = dialog.textValue();
    dialog.setTextValue(QString());
    if (secret.trimmed().isEmpty()) {
        showMessage(tr("Nothing was stored: the secret was empty."));
        return;
    }
    clearMessage();
    m_editor->setSecretBusy(ApplicationEditor::SecretKind::Source, true);
    m_controller->setSourceSecret(
        application.clientId, sourceKey, secret, this, [this](const ApplicationsController::SecretOutcome &) {
            m_editor->setSecretBusy(ApplicationEditor::SecretKind::Source, false);
        });
}

void ApplicationsPage::clearSourceSecret(const QString &sourceKey)
{
    const Application application = m_editor->baseline();
    if (application.clientId.isEmpty() || sourceKey.isEmpty())
        return;
    QMessageBox box(QMessageBox::Question, tr("Clear client secret"),
        tr("Remove the client secret of \"%1\" for %2 from the keyring?")
            .arg(application.name, sourceName(sourceKey)),
        QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("clearSourceSecretMessageBox"));
    QPushButton *clear = box.addButton(tr("Clear"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != clear)
        return;
    clearMessage();
    m_editor->setSecretBusy(ApplicationEditor::SecretKind::Source, true);
    m_controller->clearSourceSecret(
        application.clientId, sourceKey, this, [this](const ApplicationsController::SecretOutcome &) {
            m_editor->setSecretBusy(ApplicationEditor::SecretKind::Source, false);
        });
}

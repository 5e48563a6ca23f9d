#include "SourcesPage.h"

#include "CatalogFile.h"
#include "ConflictPrompt.h"
#include "ImportPlan.h"
#include "ImportPreviewDialog.h"
#include "PagesModule.h"
#include "SecretStore.h"
#include "Settings.h"
#include "SourceEditor.h"
#include "SourceFilterModel.h"
#include "SourcesController.h"
#include "SourcesTableModel.h"
#include "UnsavedChangesPrompt.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

SourcesPage::SourcesPage(Workspace &workspace, SecretStore &secrets, Settings &settings, QWidget *parent)
    : ConsolePage(parent)
    , m_settings(settings)
    , m_controller(new SourcesController(workspace, secrets, SourcesController::InitialLoad::FirstRows, this))
{
    m_model = new SourcesTableModel(*m_controller, this);
    m_filter = new SourceFilterModel(this);
    m_filter->setSourceModel(m_model);
    m_filter->setSortCaseSensitivity(Qt::CaseInsensitive);

    auto *layout = new QVBoxLayout(this);
    auto *toolbar = new QHBoxLayout;
    m_add = new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("&Add"), this);
    m_add->setObjectName(QStringLiteral("addButton"));
    m_add->setToolTip(tr("Add a source (Ctrl+N)"));
    m_duplicate = new QPushButton(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("D&uplicate"), this);
    m_duplicate->setObjectName(QStringLiteral("duplicateButton"));
    m_duplicate->setToolTip(tr("Duplicate the selected source (Ctrl+D)"));
    m_delete = new QPushButton(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("De&lete"), this);
    m_delete->setObjectName(QStringLiteral("deleteButton"));
    m_delete->setToolTip(tr("Delete the selected source (Delete)"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Search sources (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_authFilter = new QComboBox(this);
    m_authFilter->setObjectName(QStringLiteral("authTypeFilterCombo"));
    m_authFilter->setAccessibleName(tr("Auth type filter"));
    m_authFilter->addItem(tr("All auth types"), QString());
    for (const auto type : IntegrationSource::authTypes())
        m_authFilter->addItem(IntegrationSource::title(type), IntegrationSource::toString(type));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("countLabel"));
    toolbar->addWidget(m_add);
    toolbar->addWidget(m_duplicate);
    toolbar->addWidget(m_delete);
    toolbar->addSpacing(12);
    toolbar->addWidget(m_search, 1);
    toolbar->addWidget(m_authFilter);
    toolbar->addWidget(m_count);
    layout->addLayout(toolbar);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("sourcesSplitter"));
    m_table = new QTableView(m_splitter);
    m_table->setObjectName(QStringLiteral("sourcesTable"));
    // Fixed row heights: a header that may resize rows must look at each of them.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(34);
    m_table->verticalHeader()->hide();
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    // The workspace lists sources by name already, so the proxy sorts only
    // once a header is clicked: sorting a large registry at start-up is waste.
    m_table->horizontalHeader()->setSortIndicator(SourcesTableModel::Name, Qt::AscendingOrder);
    m_table->horizontalHeader()->setSortIndicatorShown(true);
    m_table->horizontalHeader()->setSectionsClickable(true);
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, m_filter,
        [this](int column, Qt::SortOrder order) { m_filter->sort(column, order); });
    m_table->setIconSize(QSize(26, 26));
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    QHeaderView *header = m_table->horizontalHeader();
    // Widths from the few values these columns can hold: measuring the rows
    // would cost start-up time on large registries.
    const QFontMetrics metrics(m_table->font());
    // A value wider than some sixteen digits is elided rather than let
    // squeeze the names out of the table (German words run long).
    const int widestValue = metrics.horizontalAdvance(QLatin1Char('0')) * 16;
    auto widthFor = [&](int column, const QStringList &values) {
        const int title
            = metrics.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString()) + 36;
        int width = 0;
        for (const QString &value : values)
            width = qMax(width, metrics.horizontalAdvance(value) + 24);
        header->resizeSection(column, qMax(title, qMin(width, widestValue)));
    };
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(SourcesTableModel::Logo, QHeaderView::Fixed);
    header->resizeSection(SourcesTableModel::Logo, 38);
    header->setSectionResizeMode(SourcesTableModel::Name, QHeaderView::Stretch);
    QStringList titles;
    for (const auto type : IntegrationSource::authTypes())
        titles << IntegrationSource::title(type);
    widthFor(SourcesTableModel::AuthType, titles);
    widthFor(SourcesTableModel::Enabled, {});
    widthFor(SourcesTableModel::Credentials, SourcesTableModel::credentialsTexts());
    TestRunRecord sample;
    // Sized for the usual results; a rare "cancelled" one may be elided.
    sample.result = TestRunRecord::Result::Failed;
    sample.startedAt = QDateTime::currentDateTimeUtc().addYears(-1);
    widthFor(SourcesTableModel::LastTest, { SourcesTableModel::lastTestText(sample) });
    m_editor = new SourceEditor(m_splitter);
    m_editor->setObjectName(QStringLiteral("sourceEditor"));
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_editor);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    if (!m_splitter->restoreState(settings.bytes(Settings::Key::SourcesSplitter)))
        m_splitter->setSizes({ 630, 450 });
    connect(m_splitter, &QSplitter::splitterMoved, this,
        [this]() { m_settings.set(Settings::Key::SourcesSplitter, m_splitter->saveState()); });
    layout->addWidget(m_splitter, 1);

    connect(m_add, &QPushButton::clicked, this, &SourcesPage::addSource);
    connect(m_duplicate, &QPushButton::clicked, this, &SourcesPage::duplicateSource);
    connect(m_delete, &QPushButton::clicked, this, &SourcesPage::deleteSource);
    connect(m_search, &QLineEdit::textChanged, m_filter, &SourceFilterModel::setSearchText);
    connect(m_search, &QLineEdit::textChanged, this, &SourcesPage::updateCount);
    connect(m_authFilter, &QComboBox::currentIndexChanged, this, [this]() {
        m_filter->setAuthType(m_authFilter->currentData().toString());
        updateCount();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &SourcesPage::onCurrentChanged);
    connect(m_editor, &SourceEditor::saveRequested, this, &SourcesPage::saveEditor);
    connect(m_editor, &SourceEditor::revertRequested, this, &SourcesPage::revertEditor);
    connect(m_editor, &SourceEditor::logoRejected, this, &SourcesPage::showError);
    connect(m_editor, &SourceEditor::setSecretRequested, this, &SourcesPage::setSecret);
    connect(m_editor, &SourceEditor::clearSecretRequested, this, [this]() {
        if (QMessageBox::question(this, tr("Clear client secret"),
                tr("Remove the client secret of \"%1\" from the keyring?")
                    .arg(m_editor->loaded().displayName))
            != QMessageBox::Yes)
            return;
        m_editor->setSecretState(m_editor->loaded().hasClientSecret, tr("Removing…"));
        m_controller->clearClientSecret(m_editingKey);
    });
    connect(m_controller, &SourcesController::sourcesChanged, this, &SourcesPage::onSourcesChanged);
    connect(m_controller, &SourcesController::errorOccurred, this, &SourcesPage::showError);
    connect(m_controller, &SourcesController::secretFinished, this,
        [this](const QString &key, const QString &message) {
            if (key != m_editingKey)
                return;
            const auto stored = m_controller->find(key);
            m_editor->setSecretState(stored && stored->hasClientSecret, message);
        });
    auto keyringChanged = [this, &secrets]() {
        m_editor->setKeyringAvailable(
            secrets.availability() != SecretStore::Availability::Unavailable, secrets.unavailableReason());
    };
    connect(&secrets, &SecretStore::availabilityChanged, this, keyringChanged);
    keyringChanged();

    auto shortcut = [this](const QKeySequence &keys, auto slot,
                        Qt::ShortcutContext context = Qt::WidgetWithChildrenShortcut, QWidget *on = nullptr) {
        auto *s = new QShortcut(keys, on ? on : this);
        s->setContext(context);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence::New, &SourcesPage::addSource);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_D), &SourcesPage::duplicateSource);
    shortcut(QKeySequence::Delete, &SourcesPage::deleteSource, Qt::WidgetShortcut, m_table);
    shortcut(
        QKeySequence(Qt::Key_Space),
        [this]() {
            if (const auto source = m_controller->find(m_editingKey))
                m_controller->setEnabled(source->key, !source->enabled);
        },
        Qt::WidgetShortcut, m_table);
    shortcut(QKeySequence::Find, [this]() {
        m_search->setFocus();
        m_search->selectAll();
    });

    // The rest of a large registry is read once the first rows are on screen.
    if (!m_controller->isComplete())
        m_table->viewport()->installEventFilter(this);

    setTabOrder(m_search, m_authFilter);
    setTabOrder(m_authFilter, m_table);
    updateCount();
    updateOverview();
    onCurrentChanged();
}

SourcesPage::~SourcesPage() = default;

QUndoStack *SourcesPage::undoStack() const
{
    return m_controller->undoStack();
}

QString SourcesPage::currentKey() const
{
    const QModelIndex index = m_table->selectionModel()->currentIndex();
    return index.isValid() ? index.data(SourcesTableModel::KeyRole).toString() : QString();
}

void SourcesPage::selectKey(const QString &key)
{
    const int row = m_model->rowOf(key);
    const QModelIndex index
        = m_filter->mapFromSource(m_model->index(row < 0 ? 0 : row, SourcesTableModel::Name));
    const QSignalBlocker blocker(m_table->selectionModel());
    if (row >= 0 && index.isValid()) {
        m_table->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_table->scrollTo(index);
    } else {
        m_table->selectionModel()->clear();
    }
}

bool SourcesPage::maybeLeave()
{
    if (!m_editor->isDirty())
        return true;
    switch (UnsavedChangesPrompt::ask(this, m_editor->source().displayName)) {
    case UnsavedChangesPrompt::Answer::Save:
        return saveEditor();
    case UnsavedChangesPrompt::Answer::Discard:
        revertEditor();
        return true;
    case UnsavedChangesPrompt::Answer::Cancel:
        break;
    }
    return false;
}

bool SourcesPage::isReady() const
{
    return m_controller->isComplete();
}

bool SourcesPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Paint) {
        m_table->viewport()->removeEventFilter(this);
        QMetaObject::invokeMethod(this, &SourcesPage::finishLoading, Qt::QueuedConnection);
    }
    return ConsolePage::eventFilter(watched, event);
}

void SourcesPage::finishLoading()
{
    if (m_controller->isComplete())
        return;
    m_controller->loadRest();
    updateCount();
    updateOverview();
    Q_EMIT ready();
}

bool SourcesPage::select(const QString &key)
{
    finishLoading();
    const int row = m_model->rowOf(key);
    if (row < 0)
        return false;
    m_table->setCurrentIndex(m_filter->mapFromSource(m_model->index(row, SourcesTableModel::Name)));
    return m_editingKey == key;
}

void SourcesPage::onCurrentChanged()
{
    if (m_changingSelection)
        return;
    const QString key = currentKey();
    if (m_editor->hasSource() && key == m_editingKey && m_editor->isStored())
        return;
    if (!maybeLeave()) {
        // Stay on the source being edited.
        m_changingSelection = true;
        selectKey(m_editingKey);
        m_changingSelection = false;
        return;
    }
    const auto source = m_controller->find(key);
    m_editingKey = source ? key : QString();
    if (source)
        m_editor->setSource(*source, true);
    else
        m_editor->clear();
    m_duplicate->setEnabled(bool(source));
    m_delete->setEnabled(bool(source));
}

void SourcesPage::addSource()
{
    if (!maybeLeave())
        return;
    m_editingKey.clear();
    {
        const QSignalBlocker blocker(m_table->selectionModel());
        m_table->selectionModel()->clear();
    }
    m_editor->setSource(m_controller->draft(), false);
    m_editor->findChild<QWidget *>(QStringLiteral("displayNameEdit"))->setFocus();
}

void SourcesPage::duplicateSource()
{
    const QString key = m_editingKey;
    if (key.isEmpty() || !maybeLeave())
        return;
    const auto copy = m_controller->duplicateOf(key);
    if (!copy)
        return;
    m_editingKey.clear();
    {
        const QSignalBlocker blocker(m_table->selectionModel());
        m_table->selectionModel()->clear();
    }
    m_editor->setSource(*copy, false);
}

void SourcesPage::deleteSource()
{
    const auto source = m_controller->find(m_editingKey);
    if (!source)
        return;
    QMessageBox box(QMessageBox::Question, tr("Delete source"),
        tr("Delete \"%1\"? Applications that use it lose access to it.").arg(source->displayName),
        QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("deleteSourceMessageBox"));
    QPushButton *confirm = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.setInformativeText(tr("You can undo this with Edit › Undo."));
    box.exec();
    if (box.clickedButton() != confirm)
        return;
    const int row = m_table->currentIndex().row();
    m_editor->clear();
    m_editingKey.clear();
    if (const StoreResult result = m_controller->remove(source->key); !result) {
        showError(result.message);
        return;
    }
    const int next = qMin(row, m_filter->rowCount() - 1);
    if (next >= 0)
        m_table->selectRow(next);
}

bool SourcesPage::saveEditor()
{
    const IntegrationSource edited = m_editor->source();
    if (!m_editor->isDirty())
        return true;
    const StoreResult result = m_editor->isStored() ? m_controller->save(edited) : m_controller->add(edited);
    if (!result) {
        if (result.status == StoreResult::Status::Conflict) {
            switch (ConflictPrompt::ask(this, result.message)) {
            case ConflictPrompt::Answer::Reload:
                if (const auto stored = m_controller->find(edited.key))
                    m_editor->setSource(*stored, true);
                break;
            case ConflictPrompt::Answer::Overwrite:
                if (const StoreResult forced = m_controller->save(edited, true); !forced) {
                    showError(forced.message);
                    return false;
                }
                return finishSave(edited.key);
            case ConflictPrompt::Answer::KeepEditing:
                break;
            }
        } else {
            showError(result.message);
        }
        return false;
    }
    return finishSave(edited.key);
}

bool SourcesPage::finishSave(const QString &key)
{
    m_editingKey = key;
    if (const auto stored = m_controller->find(key))
        m_editor->setSource(*stored, true);
    selectKey(key);
    m_duplicate->setEnabled(true);
    m_delete->setEnabled(true);
    return true;
}

void SourcesPage::revertEditor()
{
    if (const auto stored = m_controller->find(m_editingKey))
        m_editor->setSource(*stored, true);
    else
        m_editor->clear();
}

void SourcesPage::onSourcesChanged()
{
    updateCount();
    updateOverview();
    if (m_editingKey.isEmpty())
        return;
    const auto stored = m_controller->find(m_editingKey);
    if (!stored) {
        // Deleted, for instance by undoing its addition.
        m_editingKey.clear();
        m_editor->clear();
        return;
    }
    selectKey(m_editingKey);
    // Keep unsaved edits; otherwise show what is stored now (after undo or redo).
    if (!m_editor->isDirty())
        m_editor->setSource(*stored, true);
}

void SourcesPage::setSecret()
{
    const QString key = m_editingKey;
    if (key.isEmpty())
        return;
    bool ok = false;
    const QString secret = QInputDialog::getText(this, tr("Client secret"),
        tr("Client secret of %1 (kept in the keyring only):").arg(m_editor->loaded().displayName),
        QLineEdit::Password, QString(), &ok);
    if (!ok || secret.isEmpty())
        return;
    m_editor->setSecretState(m_editor->loaded().hasClientSecret, tr("Saving to the keyring…"));
    m_controller->setClientSecret(key, secret);
}

void SourcesPage::showError(const QString &message)
{
    QMessageBox::warning(this, tr("Sources"), message);
}

void SourcesPage::updateOverview()
{
    // Plain paragraphs: a rich-text label lays itself out as a document, at
    // several widths, before the first paint.
    QStringList paragraphs;
    // Counted once every source is read (see finishLoading()).
    if (m_controller->isComplete()) {
        const QList<IntegrationSource> sources = m_controller->sources();
        int enabled = 0;
        int perApplication = 0;
        for (const IntegrationSource &s : sources) {
            enabled += s.enabled ? 1 : 0;
            perApplication += s.isOAuth() && !s.hasOwnCredentials() ? 1 : 0;
        }
        paragraphs << tr("%n source(s)", nullptr, int(sources.size()))
                + tr(", %n enabled.", nullptr, enabled);
        if (perApplication > 0)
            paragraphs << tr("%n OAuth source(s) take each application's own client credentials.", nullptr,
                perApplication);
    }
    paragraphs << tr("Select a source to edit it, or add one (Ctrl+N).");
    m_editor->setOverview(paragraphs.join(QStringLiteral("\n\n")));
}

void SourcesPage::updateCount()
{
    if (!m_controller->isComplete())
        return m_count->clear();
    const int total = m_model->rowCount();
    const int shown = m_filter->rowCount();
    m_count->setText(shown == total ? tr("%n source(s)", nullptr, total)
                                    : tr("%1 of %n source(s)", nullptr, total).arg(shown));
}

void SourcesPage::importCatalogue()
{
    if (!maybeLeave())
        return;
    const QString catalogue = tr("Linkdeck catalogue (*.json)");
    const QString discovery = tr("OAuth or OpenID discovery document (*.json)");
    const QString nango = tr("Nango providers (*.yaml *.yml)");
    QString filter;
    const QString path = QFileDialog::getOpenFileName(this, tr("Import sources"), QString(),
        QStringList { catalogue, discovery, nango }.join(QStringLiteral(";;")), &filter);
    if (path.isEmpty())
        return;
    const QString format = filter == nango ? QStringLiteral("nango")
        : filter == discovery              ? QStringLiteral("discovery")
                                           : QString();
    importFile(path, format);
}

void SourcesPage::importFile(const QString &path, const QString &format)
{
    previewAndApply(CatalogFile::read(path, format), path);
}

void SourcesPage::importDiscoveryUrl()
{
    if (!maybeLeave())
        return;
    bool ok = false;
    const QString text = QInputDialog::getText(this, tr("Import from discovery"),
        tr("Issuer or discovery URL (…/.well-known/openid-configuration):"), QLineEdit::Normal,
        QStringLiteral("https://"), &ok);
    if (!ok || text.trimmed().isEmpty())
        return;
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
        showError(tr("\"%1\" is not an http or https URL.").arg(text));
        return;
    }
    setCursor(Qt::BusyCursor);
    PagesModule::instance().fetchDiscovery(url, this, [this, url](const CatalogParseResult &parsed) {
        unsetCursor();
        previewAndApply(parsed, url.toDisplayString());
    });
}

void SourcesPage::previewAndApply(const CatalogParseResult &parsed, const QString &origin)
{
    if (!parsed.ok()) {
        showError(tr("Nothing was imported from %1:\n%2").arg(origin, parsed.error));
        return;
    }
    StoreResult read;
    const QList<IntegrationSource> stored = m_controller->all(&read);
    if (!read) {
        showError(tr("Nothing was imported from %1:\n%2").arg(origin, read.message));
        return;
    }
    const ImportPlan plan = ImportPlan::compute(stored, parsed.sources);
    ImportPreviewDialog dialog(plan, parsed, origin, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const StoreResult result = m_controller->applyImport(plan); !result)
        showError(tr("Nothing was imported: %1").arg(result.message));
}

void SourcesPage::exportCatalogue()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export sources"), QStringLiteral("sources.json"), tr("Linkdeck catalogue (*.json)"));
    if (path.isEmpty())
        return;
    StoreResult read;
    const QList<IntegrationSource> stored = m_controller->all(&read);
    QString error;
    if (!read)
        showError(read.message);
    else if (!CatalogFile::write(path, stored, &error))
        showError(error);
}

void SourcesPage::hideEvent(QHideEvent *event)
{
    // Runs on the Tests page change the last results meanwhile.
    m_lastTestsStale = true;
    ConsolePage::hideEvent(event);
}

void SourcesPage::showEvent(QShowEvent *event)
{
    if (m_lastTestsStale) {
        m_lastTestsStale = false;
        m_model->reloadLastTests();
    }
    ConsolePage::showEvent(event);
}

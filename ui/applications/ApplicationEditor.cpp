#include "ApplicationEditor.h"

#include "ApplicationCredentials.h"
#include "ApplicationSourcesModel.h"
#include "ApplicationsController.h"
#include "SecretField.h"
#include "SourceValidator.h"
#include "StatusAccent.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace {

struct FieldIssues
{
    QStringList messages;
    bool error = false;

    void add(const ValidationIssue &issue, const QString &prefix = {})
    {
        messages << (prefix.isEmpty() ? issue.message : prefix + issue.message);
        error = error || issue.isError();
    }
};

QLabel *issueLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->hide();
    return label;
}

QWidget *inRow(QWidget *first, QWidget *second, QWidget *parent, bool stretchFirst = true)
{
    auto *box = new QWidget(parent);
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(first, stretchFirst ? 1 : 0);
    layout->addWidget(second);
    if (!stretchFirst)
        layout->addStretch(1);
    return box;
}

/// Shows @p issues in @p label, the form row under their field; the row
/// takes no room while there is nothing to say.
void showIssues(QFormLayout *form, QLabel *label, const FieldIssues &issues)
{
    if (issues.messages.isEmpty()) {
        label->clear();
        form->setRowVisible(label, false);
        return;
    }
    label->setText(issues.messages.join(QLatin1Char('\n')));
    StatusAccent::apply(label, issues.error ? StatusAccent::Kind::Error : StatusAccent::Kind::Warning);
    form->setRowVisible(label, true);
}

/// Adds @p issue as a row of its own under the field before it, so that
/// the form layout gives a wrapped message the height it needs.
void addIssueRow(QFormLayout *form, QLabel *issue)
{
    form->addRow(static_cast<QWidget *>(nullptr), issue);
    form->setRowVisible(issue, false);
}

QLabel *formLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace

ApplicationEditor::ApplicationEditor(QWidget *parent)
    : QWidget(parent)
    , m_sourcesModel(new ApplicationSourcesModel(this))
{
    setObjectName(QStringLiteral("applicationEditor"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_pages = new QStackedWidget(this);
    layout->addWidget(m_pages);

    auto *placeholder = new QLabel(tr("Select an application to edit it."), m_pages);
    placeholder->setObjectName(QStringLiteral("editorPlaceholderLabel"));
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setWordWrap(true);
    placeholder->setEnabled(false);
    m_pages->addWidget(placeholder);
    m_pages->addWidget(createForm());

    m_saveAction = new QAction(tr("Save Application"), this);
    m_saveAction->setObjectName(QStringLiteral("saveAction"));
    m_saveAction->setShortcut(QKeySequence::Save);
    // Only while the page is shown: hidden widgets' shortcuts do not fire.
    m_saveAction->setShortcutContext(Qt::WindowShortcut);
    addAction(m_saveAction);
    connect(m_saveAction, &QAction::triggered, this, &ApplicationEditor::requestSave);

    clear();
}

QWidget *ApplicationEditor::createForm()
{
    auto *page = new QWidget(m_pages);
    auto *outer = new QVBoxLayout(page);
    outer->setContentsMargins(0, 0, 0, 0);

    auto *scroll = new QScrollArea(page);
    scroll->setObjectName(QStringLiteral("editorScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    auto *column = new QVBoxLayout(content);
    column->setContentsMargins(12, 8, 12, 8);

    m_title = new QLabel(content);
    m_title->setObjectName(QStringLiteral("titleLabel"));
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    column->addWidget(m_title);

    m_notice = issueLabel(QStringLiteral("noticeLabel"), content);
    column->addWidget(m_notice);

    auto *form = new QFormLayout;
    m_form = form;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);

    m_name = new QLineEdit(content);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setPlaceholderText(tr("Shown to users in the connect widget"));
    m_name->setAccessibleName(tr("Name"));
    m_nameIssue = issueLabel(QStringLiteral("nameIssueLabel"), content);
    form->addRow(formLabel(tr("&Name:"), m_name, content), m_name);
    addIssueRow(form, m_nameIssue);

    m_clientId = new QLineEdit(content);
    m_clientId->setObjectName(QStringLiteral("clientIdEdit"));
    m_clientId->setReadOnly(true);
    m_clientId->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_clientId->setAccessibleName(tr("Client ID"));
    m_clientId->setToolTip(tr("Public: developers put it in their apps. Generated and never changed."));
    m_copyClientId = new QPushButton(tr("&Copy"), content);
    m_copyClientId->setObjectName(QStringLiteral("copyClientIdButton"));
    m_copyClientId->setToolTip(tr("Copy the client ID to the clipboard"));
    form->addRow(
        formLabel(tr("Client &ID:"), m_clientId, content), inRow(m_clientId, m_copyClientId, content));

    m_clientSecretState = new QLabel(content);
    m_clientSecretState->setObjectName(QStringLiteral("clientSecretStateLabel"));
    m_rotateSecret = new QPushButton(content);
    m_rotateSecret->setObjectName(QStringLiteral("rotateSecretButton"));
    form->addRow(formLabel(tr("Client &secret:"), m_rotateSecret, content),
        inRow(m_clientSecretState, m_rotateSecret, content));

    m_redirectUrls = new QPlainTextEdit(content);
    m_redirectUrls->setObjectName(QStringLiteral("redirectUrlsEdit"));
    m_redirectUrls->setTabChangesFocus(true);
    m_redirectUrls->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_redirectUrls->setPlaceholderText(
        tr("One absolute http(s) URL per line, e.g.\nhttps://app.example.com/linkdeck/done"));
    m_redirectUrls->setAccessibleName(tr("Redirect URLs"));
    m_redirectUrls->setToolTip(tr("Where users return after connecting a source; one URL per line."));
    const int lines = 4;
    m_redirectUrls->setFixedHeight(m_redirectUrls->fontMetrics().lineSpacing() * lines
        + 2 * (m_redirectUrls->frameWidth() + int(m_redirectUrls->document()->documentMargin())) + 2);
    m_redirectUrlsIssue = issueLabel(QStringLiteral("redirectUrlsIssueLabel"), content);
    form->addRow(formLabel(tr("&Redirect URLs:"), m_redirectUrls, content), m_redirectUrls);
    addIssueRow(form, m_redirectUrlsIssue);

    m_webhookUrl = new QLineEdit(content);
    m_webhookUrl->setObjectName(QStringLiteral("webhookUrlEdit"));
    m_webhookUrl->setPlaceholderText(tr("https://app.example.com/linkdeck/webhook (optional)"));
    m_webhookUrl->setAccessibleName(tr("Webhook URL"));
    m_webhookUrl->setClearButtonEnabled(true);
    m_webhookUrlIssue = issueLabel(QStringLiteral("webhookUrlIssueLabel"), content);
    form->addRow(formLabel(tr("&Webhook URL:"), m_webhookUrl, content), m_webhookUrl);
    addIssueRow(form, m_webhookUrlIssue);

    m_webhookSecretState = new QLabel(content);
    m_webhookSecretState->setObjectName(QStringLiteral("webhookSecretStateLabel"));
    m_rotateWebhookSecret = new QPushButton(content);
    m_rotateWebhookSecret->setObjectName(QStringLiteral("rotateWebhookSecretButton"));
    form->addRow(formLabel(tr("Signing secre&t:"), m_rotateWebhookSecret, content),
        inRow(m_webhookSecretState, m_rotateWebhookSecret, content));
    column->addLayout(form);

    column->addSpacing(6);
    auto *sourcesHeading = new QLabel(tr("Sources"), content);
    QFont headingFont = sourcesHeading->font();
    headingFont.setBold(true);
    sourcesHeading->setFont(headingFont);
    column->addWidget(sourcesHeading);
    auto *sourcesHelp
        = new QLabel(tr("Tick the sources this application may use. OAuth sources without a client ID "
                        "of their own need the application's client ID and secret for them."),
            content);
    sourcesHelp->setWordWrap(true);
    column->addWidget(sourcesHelp);

    m_sourcesTable = new QTableView(content);
    m_sourcesTable->setObjectName(QStringLiteral("sourcesTable"));
    m_sourcesTable->setModel(m_sourcesModel);
    m_sourcesTable->setAccessibleName(tr("Sources"));
    m_sourcesTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_sourcesTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_sourcesTable->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
        | QAbstractItemView::AnyKeyPressed);
    // Tab leaves the table; the arrow keys move inside it.
    m_sourcesTable->setTabKeyNavigation(false);
    m_sourcesTable->setWordWrap(false);
    m_sourcesTable->setIconSize(QSize(20, 20));
    m_sourcesTable->verticalHeader()->hide();
    m_sourcesTable->verticalHeader()->setDefaultSectionSize(m_sourcesTable->fontMetrics().height() + 12);
    QHeaderView *header = m_sourcesTable->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(ApplicationSourcesModel::Source, QHeaderView::Stretch);
    header->setSectionResizeMode(ApplicationSourcesModel::AuthType, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ApplicationSourcesModel::ClientId, QHeaderView::Interactive);
    header->setSectionResizeMode(ApplicationSourcesModel::Secret, QHeaderView::ResizeToContents);
    header->resizeSection(ApplicationSourcesModel::ClientId,
        QFontMetrics(QFontDatabase::systemFont(QFontDatabase::FixedFont))
            .horizontalAdvance(QString(12, QLatin1Char('x'))));
    m_sourcesTable->setMinimumHeight(
        m_sourcesTable->verticalHeader()->defaultSectionSize() * 8 + header->sizeHint().height());
    column->addWidget(m_sourcesTable, 1);

    auto *secretRow = new QHBoxLayout;
    m_sourceSecretLabel = new QLabel(content);
    m_sourceSecretLabel->setObjectName(QStringLiteral("sourceSecretLabel"));
    m_sourceSecretLabel->setWordWrap(true);
    m_sourceSecret = new SecretField(content);
    m_sourceSecret->setObjectName(QStringLiteral("sourceSecretField"));
    m_sourceSecretLabel->setBuddy(m_sourceSecret);
    secretRow->addWidget(m_sourceSecretLabel);
    secretRow->addWidget(m_sourceSecret, 1);
    column->addLayout(secretRow);

    m_sourcesSummary = new QLabel(content);
    m_sourcesSummary->setObjectName(QStringLiteral("sourcesSummaryLabel"));
    m_sourcesSummary->setWordWrap(true);
    column->addWidget(m_sourcesSummary);

    scroll->setWidget(content);
    outer->addWidget(scroll, 1);

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(12, 0, 12, 8);
    m_dirtyLabel = new QLabel(tr("Unsaved changes"), page);
    m_dirtyLabel->setObjectName(QStringLiteral("dirtyLabel"));
    m_revert = new QPushButton(tr("Re&vert"), page);
    m_revert->setObjectName(QStringLiteral("revertButton"));
    m_revert->setToolTip(tr("Drop the changes and show the stored application"));
    m_save = new QPushButton(tr("Save"), page);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setDefault(true);
    buttons->addWidget(m_dirtyLabel, 1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    outer->addLayout(buttons);

    setTabOrder(m_name, m_clientId);
    setTabOrder(m_clientId, m_copyClientId);
    setTabOrder(m_copyClientId, m_rotateSecret);
    setTabOrder(m_rotateSecret, m_redirectUrls);
    setTabOrder(m_redirectUrls, m_webhookUrl);
    setTabOrder(m_webhookUrl, m_rotateWebhookSecret);
    setTabOrder(m_rotateWebhookSecret, m_sourcesTable);
    setTabOrder(m_sourcesTable, m_sourceSecret);
    setTabOrder(m_sourceSecret, m_revert);
    setTabOrder(m_revert, m_save);

    connect(m_name, &QLineEdit::textChanged, this, &ApplicationEditor::onEdited);
    connect(m_redirectUrls, &QPlainTextEdit::textChanged, this, &ApplicationEditor::onEdited);
    connect(m_webhookUrl, &QLineEdit::textChanged, this, &ApplicationEditor::onEdited);
    connect(m_sourcesModel, &ApplicationSourcesModel::edited, this, &ApplicationEditor::onEdited);
    connect(m_sourcesTable->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &ApplicationEditor::updateSourceSecretRow);
    connect(m_sourcesTable, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (index.column() == ApplicationSourcesModel::Secret && m_sourceSecret->isVisible()
            && m_sourceSecret->findChild<QPushButton *>(QStringLiteral("secretSetButton"))->isEnabled())
            Q_EMIT sourceSecretRequested(currentSourceKey());
    });
    connect(m_copyClientId, &QPushButton::clicked, this, &ApplicationEditor::copyClientId);
    connect(m_rotateSecret, &QPushButton::clicked, this, &ApplicationEditor::clientSecretRequested);
    connect(m_rotateWebhookSecret, &QPushButton::clicked, this, &ApplicationEditor::webhookSecretRequested);
    connect(m_sourceSecret, &SecretField::setRequested, this,
        [this]() { Q_EMIT sourceSecretRequested(currentSourceKey()); });
    connect(m_sourceSecret, &SecretField::clearRequested, this,
        [this]() { Q_EMIT sourceSecretClearRequested(currentSourceKey()); });
    connect(m_save, &QPushButton::clicked, this, &ApplicationEditor::requestSave);
    connect(m_revert, &QPushButton::clicked, this, &ApplicationEditor::revert);
    return page;
}

void ApplicationEditor::setSources(const QList<IntegrationSource> &sources)
{
    const QString key = currentSourceKey();
    m_sourcesModel->setSources(sources);
    const int row = m_sourcesModel->rowOf(key);
    if (row >= 0)
        m_sourcesTable->setCurrentIndex(m_sourcesModel->index(row, ApplicationSourcesModel::Source));
    updateState();
}

void ApplicationEditor::load(const Application &application)
{
    m_loading = true;
    m_baseline = application;
    m_hasApplication = true;
    m_name->setText(application.name);
    m_clientId->setText(application.clientId);
    m_clientId->setCursorPosition(0);
    m_redirectUrls->setPlainText(application.redirectUrls.join(QLatin1Char('\n')));
    m_webhookUrl->setText(application.webhookUrl);
    m_sourcesModel->setApplication(application);
    m_notice->hide();
    m_loading = false;
    m_pages->setCurrentIndex(1);
    m_saveAction->setEnabled(true);
    updateSecretRows();
    updateState();
}

void ApplicationEditor::clear()
{
    m_loading = true;
    m_hasApplication = false;
    m_baseline = Application();
    m_name->clear();
    m_clientId->clear();
    m_redirectUrls->clear();
    m_webhookUrl->clear();
    m_sourcesModel->setApplication(Application());
    m_loading = false;
    m_pages->setCurrentIndex(0);
    m_saveAction->setEnabled(false);
    updateState();
}

void ApplicationEditor::revert()
{
    if (m_hasApplication)
        load(m_baseline);
}

QStringList ApplicationEditor::redirectLines() const
{
    QStringList urls;
    const QStringList lines = m_redirectUrls->toPlainText().split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (!line.trimmed().isEmpty())
            urls << line.trimmed();
    }
    return urls;
}

Application ApplicationEditor::current() const
{
    Application a = m_baseline;
    if (!m_hasApplication)
        return a;
    a.name = m_name->text().trimmed();
    a.redirectUrls = redirectLines();
    a.webhookUrl = m_webhookUrl->text().trimmed();
    a.sourceKeys = m_sourcesModel->allowedKeys();
    a.credentials = m_sourcesModel->credentials();
    return a;
}

void ApplicationEditor::adoptStored(const Application &stored)
{
    if (!m_hasApplication || stored.clientId != m_baseline.clientId)
        return;
    if (ApplicationsController::sameEditableFields(stored, m_baseline)) {
        m_baseline = stored;
        m_sourcesModel->setStoredState(stored);
        updateSecretRows();
        updateState();
    } else if (!m_dirty) {
        load(stored);
    } else {
        m_notice->setText(
            tr("This application was changed elsewhere since you opened it: saving will report a "
               "conflict. Revert loads the stored version."));
        StatusAccent::apply(m_notice, StatusAccent::Kind::Warning);
        m_notice->show();
    }
}

void ApplicationEditor::setKeyringWritable(bool writable, const QString &reason)
{
    m_keyringWritable = writable;
    m_keyringReason = reason;
    updateSecretRows();
}

void ApplicationEditor::setSecretBusy(SecretKind kind, bool busy)
{
    switch (kind) {
    case SecretKind::Client:
        m_clientSecretBusy = busy;
        break;
    case SecretKind::Webhook:
        m_webhookSecretBusy = busy;
        break;
    case SecretKind::Source:
        m_sourceSecretBusy = busy;
        break;
    }
    updateSecretRows();
}

QString ApplicationEditor::currentSourceKey() const
{
    return m_sourcesTable->currentIndex().data(ApplicationSourcesModel::KeyRole).toString();
}

void ApplicationEditor::focusName()
{
    m_name->setFocus(Qt::OtherFocusReason);
    m_name->selectAll();
}

bool ApplicationEditor::focusFirstError()
{
    QWidget *field = m_nameError ? static_cast<QWidget *>(m_name)
        : m_redirectUrlsError    ? static_cast<QWidget *>(m_redirectUrls)
        : m_webhookUrlError      ? static_cast<QWidget *>(m_webhookUrl)
                                 : nullptr;
    if (!field)
        return false;
    field->setFocus(Qt::OtherFocusReason);
    return true;
}

void ApplicationEditor::commitPendingEdit()
{
    QWidget *focus = QApplication::focusWidget();
    // Taking the focus from the cell editor makes the delegate commit it.
    if (focus && focus != m_sourcesTable && m_sourcesTable->isAncestorOf(focus))
        m_sourcesTable->setFocus(Qt::OtherFocusReason);
}

void ApplicationEditor::requestSave()
{
    commitPendingEdit();
    if (!m_hasApplication || !m_dirty)
        return;
    if (m_hasErrors) {
        // Blocked: the inline messages say why; take the user there.
        focusFirstError();
        return;
    }
    Q_EMIT saveRequested();
}

void ApplicationEditor::onEdited()
{
    if (!m_loading)
        updateState();
}

void ApplicationEditor::validate()
{
    FieldIssues name;
    if (m_hasApplication && m_name->text().trimmed().isEmpty())
        name.add({ QStringLiteral("name"), ValidationIssue::Severity::Error, tr("A name is required.") });
    showIssues(m_form, m_nameIssue, name);

    FieldIssues redirects;
    const QStringList lines = m_redirectUrls->toPlainText().split(QLatin1Char('\n'));
    QHash<QString, int> seen;
    const bool numbered = lines.size() > 1;
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const QString prefix = numbered ? tr("Line %1: ").arg(i + 1) : QString();
        const ValidationIssues issues
            = SourceValidator::validateUrl(QStringLiteral("redirectUrls"), line, false);
        for (const ValidationIssue &issue : issues)
            redirects.add(issue, prefix);
        if (seen.contains(line))
            redirects.add({ QStringLiteral("redirectUrls"), ValidationIssue::Severity::Warning,
                tr("Line %1 repeats line %2.").arg(i + 1).arg(seen.value(line) + 1) });
        else
            seen.insert(line, i);
    }
    showIssues(m_form, m_redirectUrlsIssue, redirects);

    FieldIssues webhook;
    for (const ValidationIssue &issue :
        SourceValidator::validateUrl(QStringLiteral("webhookUrl"), m_webhookUrl->text(), false))
        webhook.add(issue);
    showIssues(m_form, m_webhookUrlIssue, webhook);

    m_nameError = name.error;
    m_redirectUrlsError = redirects.error;
    m_webhookUrlError = webhook.error;
    m_hasErrors = name.error || redirects.error || webhook.error;
}

void ApplicationEditor::updateState()
{
    validate();
    const Application form = current();
    const bool dirty = m_hasApplication && !form.sameDefinition(m_baseline);
    m_title->setText(!m_hasApplication ? QString()
            : form.name.isEmpty()      ? tr("Unnamed application")
                                       : form.name);
    m_save->setEnabled(dirty && !m_hasErrors);
    m_save->setToolTip(dirty && m_hasErrors ? tr("Fix the marked fields to save.") : tr("Save (Ctrl+S)"));
    m_revert->setEnabled(dirty);
    m_dirtyLabel->setText(
        dirty && m_hasErrors ? tr("Unsaved changes — fix the marked fields to save") : tr("Unsaved changes"));
    m_dirtyLabel->setVisible(dirty);
    updateSourcesSummary();
    updateSourceSecretRow();
    if (dirty != m_dirty) {
        m_dirty = dirty;
        Q_EMIT dirtyChanged(dirty);
    }
}

void ApplicationEditor::updateSecretRows()
{
    const QString unavailable = m_keyringReason.isEmpty() ? tr("No keyring is available.") : m_keyringReason;
    const auto apply = [&](QLabel *state, QPushButton *button, bool isSet, bool busy, const QString &what) {
        if (busy)
            state->setText(tr("Saving to the keyring…"));
        else
            state->setText(isSet ? tr("●●●●●●●● set in the keyring") : tr("not generated yet"));
        button->setText(isSet ? tr("Rotate…") : tr("Generate"));
        button->setEnabled(m_keyringWritable && !busy && m_hasApplication);
        button->setToolTip(!m_keyringWritable ? unavailable
                : isSet ? tr("Replace the %1 with a new one; the old one stops working.").arg(what)
                        : tr("Generate a %1 and show it once.").arg(what));
    };
    apply(m_clientSecretState, m_rotateSecret, m_baseline.hasClientSecret, m_clientSecretBusy,
        tr("client secret"));
    apply(m_webhookSecretState, m_rotateWebhookSecret, m_baseline.hasWebhookSecret, m_webhookSecretBusy,
        tr("webhook signing secret"));
    updateSourceSecretRow();
}

void ApplicationEditor::updateSourceSecretRow()
{
    const int row = m_sourcesTable->currentIndex().row();
    const IntegrationSource source = m_sourcesModel->source(row);
    const bool applicable
        = row >= 0 && m_sourcesModel->isAllowed(source.key) && ApplicationCredentials::needsOwn(source);
    if (!applicable) {
        m_sourceSecretLabel->setText(tr(
            "Select an allowed OAuth source without credentials of its own to set this application's client "
            "secret for it."));
        m_sourceSecretLabel->setEnabled(false);
        m_sourceSecretLabel->setWordWrap(true);
        m_sourceSecret->hide();
        return;
    }
    m_sourceSecretLabel->setEnabled(true);
    m_sourceSecretLabel->setWordWrap(false);
    m_sourceSecretLabel->setText(tr("Client secret for %1:").arg(source.displayName));
    m_sourceSecret->show();
    m_sourceSecret->setState(m_sourcesModel->hasSecret(source.key));
    const bool stored = m_sourcesModel->isStoredAllowed(source.key);
    if (!m_keyringWritable)
        m_sourceSecret->setKeyringAvailable(
            false, m_keyringReason.isEmpty() ? tr("No keyring is available.") : m_keyringReason);
    else if (!stored)
        m_sourceSecret->setKeyringAvailable(false,
            tr("Save the application first: its secret for %1 can only be "
               "recorded once the source is allowed in the workspace.")
                .arg(source.displayName));
    else
        m_sourceSecret->setKeyringAvailable(!m_sourceSecretBusy);
    if (m_sourceSecretBusy)
        m_sourceSecret->setMessage(tr("Saving to the keyring…"));
    else if (!stored)
        m_sourceSecret->setMessage(tr("save first to set it"));
}

void ApplicationEditor::updateSourcesSummary()
{
    if (!m_hasApplication) {
        m_sourcesSummary->clear();
        return;
    }
    const int allowed = int(m_sourcesModel->allowedKeys().size());
    const int missing = m_sourcesModel->missingCount();
    QString text
        = allowed == 0 ? tr("No source allowed yet.") : tr("%n source(s) allowed.", nullptr, allowed);
    if (missing > 0)
        text += QLatin1Char(' ') + tr("%n source(s) need(s) credentials.", nullptr, missing);
    m_sourcesSummary->setText(text);
    if (missing > 0)
        StatusAccent::apply(m_sourcesSummary, StatusAccent::Kind::Warning);
    else
        StatusAccent::clear(m_sourcesSummary);
}

void ApplicationEditor::copyClientId()
{
    QGuiApplication::clipboard()->setText(m_clientId->text());
    m_copyClientId->setText(tr("Copied"));
    QTimer::singleShot(1500, m_copyClientId, [this]() { m_copyClientId->setText(tr("&Copy")); });
}

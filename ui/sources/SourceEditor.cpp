#include "SourceEditor.h"

#include "AuthUrlTemplate.h"
#include "SecretField.h"
#include "SourceLogo.h"
#include "SourceValidator.h"
#include "StatusAccent.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QShortcut>
#include <QVBoxLayout>

namespace {

constexpr int kLogoSide = 64;

QString paramsToText(const QMap<QString, QString> &params)
{
    QStringList lines;
    for (auto it = params.cbegin(); it != params.cend(); ++it)
        lines << it.key() + QLatin1Char('=') + it.value();
    return lines.join(QLatin1Char('\n'));
}

QMap<QString, QString> textToParams(const QString &text)
{
    QMap<QString, QString> params;
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        params.insert(line.left(eq).trimmed(), eq < 0 ? QString() : line.mid(eq + 1).trimmed());
    }
    return params;
}

QPlainTextEdit *smallTextEdit(QWidget *parent, const QString &objectName, int lines)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(objectName);
    edit->setTabChangesFocus(true);
    const int lineHeight = edit->fontMetrics().lineSpacing();
    edit->setFixedHeight(lineHeight * lines + 14);
    return edit;
}

// The separators providers use, shown by name.
const QList<QPair<QString, const char *>> &separators()
{
    static const QList<QPair<QString, const char *>> list {
        { QStringLiteral(" "), QT_TRANSLATE_NOOP("SourceEditor", "space") },
        { QStringLiteral(","), QT_TRANSLATE_NOOP("SourceEditor", "comma (,)") },
        { QStringLiteral("+"), QT_TRANSLATE_NOOP("SourceEditor", "plus (+)") },
        { QStringLiteral(";"), QT_TRANSLATE_NOOP("SourceEditor", "semicolon (;)") },
    };
    return list;
}

} // namespace

SourceEditor::SourceEditor(QWidget *parent)
    : QWidget(parent)
{
    setAcceptDrops(true);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);

    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("editorHeadingLabel"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    outer->addWidget(m_heading);

    m_emptyHint = new QLabel(tr("Select a source to edit it, or add one."), this);
    m_emptyHint->setObjectName(QStringLiteral("emptyHintLabel"));
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setTextFormat(Qt::PlainText);
    outer->addWidget(m_emptyHint, 1);

    clear();
}

void SourceEditor::buildForm()
{
    // Built when the first source is shown: a long form costs start-up time.
    auto *outer = static_cast<QVBoxLayout *>(layout());
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("editorScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_form = new QWidget(scroll);
    auto *column = new QVBoxLayout(m_form);
    scroll->setWidget(m_form);
    outer->addWidget(scroll, 1);

    // General
    auto *general = new QGroupBox(tr("General"), m_form);
    auto *generalForm = new QFormLayout(general);
    m_key = addLineRow(
        generalForm, tr("&Key:"), QStringLiteral("keyEdit"), QStringLiteral("key"), tr("e.g. fitbit"));
    m_displayName = addLineRow(
        generalForm, tr("&Name:"), QStringLiteral("displayNameEdit"), QStringLiteral("displayName"));
    m_authType = new QComboBox(general);
    m_authType->setObjectName(QStringLiteral("authTypeCombo"));
    for (const auto type : IntegrationSource::authTypes())
        m_authType->addItem(IntegrationSource::title(type), IntegrationSource::toString(type));
    addRow(generalForm, tr("Auth t&ype:"), m_authType, QStringLiteral("authType"));
    m_enabled = new QCheckBox(tr("Offered to applications"), general);
    m_enabled->setObjectName(QStringLiteral("enabledCheck"));
    addRow(generalForm, tr("Ena&bled:"), m_enabled, QStringLiteral("enabled"));
    m_description = smallTextEdit(general, QStringLiteral("descriptionEdit"), 3);
    addRow(generalForm, tr("&Description:"), m_description, QStringLiteral("description"));
    m_docsUrl
        = addLineRow(generalForm, tr("Do&cs URL:"), QStringLiteral("docsUrlEdit"), QStringLiteral("docsUrl"));

    auto *logoBox = new QWidget(general);
    // The hint under the buttons, with the row's width: beside them it
    // wrapped into a narrow column (German runs long).
    auto *logoLayout = new QGridLayout(logoBox);
    logoLayout->setContentsMargins(0, 0, 0, 0);
    m_logo = new QLabel(logoBox);
    m_logo->setObjectName(QStringLiteral("logoLabel"));
    m_logo->setFixedSize(kLogoSide, kLogoSide);
    m_logo->setAlignment(Qt::AlignCenter);
    m_logo->setFrameShape(QFrame::StyledPanel);
    m_chooseLogo = new QPushButton(tr("Choose…"), logoBox);
    m_chooseLogo->setObjectName(QStringLiteral("chooseLogoButton"));
    m_removeLogo = new QPushButton(tr("Remove"), logoBox);
    m_removeLogo->setObjectName(QStringLiteral("removeLogoButton"));
    auto *logoHint = new QLabel(tr("PNG, JPEG or SVG up to 1 MiB; or drop a file here."), logoBox);
    logoHint->setWordWrap(true);
    logoHint->setEnabled(false);
    auto *logoButtons = new QHBoxLayout;
    logoButtons->addWidget(m_chooseLogo);
    logoButtons->addWidget(m_removeLogo);
    logoButtons->addStretch(1);
    logoLayout->addWidget(m_logo, 0, 0, 2, 1, Qt::AlignTop);
    logoLayout->addLayout(logoButtons, 0, 1);
    logoLayout->addWidget(logoHint, 1, 1, Qt::AlignTop);
    logoLayout->setColumnStretch(1, 1);
    addRow(generalForm, tr("L&ogo:"), logoBox, QStringLiteral("logo"));
    column->addWidget(general);

    // Endpoints
    auto *endpoints = new QGroupBox(tr("Endpoints"), m_form);
    auto *endpointForm = new QFormLayout(endpoints);
    m_authHostUrl = addLineRow(endpointForm, tr("Auth hos&t URL:"), QStringLiteral("authHostUrlEdit"),
        QStringLiteral("authHostUrl"), QStringLiteral("https://www.example.com"));
    m_apiHostUrl = addLineRow(endpointForm, tr("AP&I host URL:"), QStringLiteral("apiHostUrlEdit"),
        QStringLiteral("apiHostUrl"), QStringLiteral("https://api.example.com"));
    m_requestTokenUrl = addLineRow(endpointForm, tr("Re&quest token URL:"),
        QStringLiteral("requestTokenUrlEdit"), QStringLiteral("requestTokenUrl"));
    m_authUrl = addLineRow(endpointForm, tr("Auth U&RL:"), QStringLiteral("authUrlEdit"),
        QStringLiteral("authUrl"), QStringLiteral("https://www.example.com/oauth2/authorize"));
    m_accessTokenUrl
        = addLineRow(endpointForm, tr("Access &token URL:"), QStringLiteral("accessTokenUrlEdit"),
            QStringLiteral("accessTokenUrl"), QStringLiteral("https://api.example.com/oauth2/token"));
    m_refreshUrl = addLineRow(endpointForm, tr("&Refresh URL:"), QStringLiteral("refreshUrlEdit"),
        QStringLiteral("refreshUrl"), tr("the access token URL"));
    m_revokeUrl = addLineRow(
        endpointForm, tr("Revo&ke URL:"), QStringLiteral("revokeUrlEdit"), QStringLiteral("revokeUrl"));
    m_testApiPath = addLineRow(endpointForm, tr("Test API &path:"), QStringLiteral("testApiPathEdit"),
        QStringLiteral("testApiPath"), QStringLiteral("/v1/user/profile"));
    column->addWidget(endpoints);

    // Authorization
    auto *authorization = new QGroupBox(tr("Authorization"), m_form);
    authorization->setObjectName(QStringLiteral("authorizationGroupBox"));
    auto *authForm = new QFormLayout(authorization);
    m_scopes = addLineRow(authForm, tr("Sco&pes:"), QStringLiteral("scopesEdit"), QStringLiteral("scopes"),
        tr("separated by spaces"));
    m_scopeSeparator = new QComboBox(authorization);
    m_scopeSeparator->setObjectName(QStringLiteral("scopeSeparatorCombo"));
    for (const auto &[value, name] : separators())
        m_scopeSeparator->addItem(tr(name), value);
    addRow(authForm, tr("Scope se&parator:"), m_scopeSeparator, QStringLiteral("scopeSeparator"));
    m_pkce = new QComboBox(authorization);
    m_pkce->setObjectName(QStringLiteral("pkceCombo"));
    m_pkce->addItem(tr("S256 (recommended)"), QStringLiteral("S256"));
    m_pkce->addItem(tr("plain"), QStringLiteral("plain"));
    m_pkce->addItem(tr("off"), QStringLiteral("off"));
    addRow(authForm, tr("P&KCE:"), m_pkce, QStringLiteral("pkce"));
    m_clientAuth = new QComboBox(authorization);
    m_clientAuth->setObjectName(QStringLiteral("clientAuthCombo"));
    m_clientAuth->addItem(tr("HTTP Basic header"), QStringLiteral("basic"));
    m_clientAuth->addItem(tr("In the request body"), QStringLiteral("body"));
    addRow(authForm, tr("Client authenti&cation:"), m_clientAuth, QStringLiteral("clientAuth"));
    m_extraAuthParams = smallTextEdit(authorization, QStringLiteral("extraAuthParamsEdit"), 2);
    m_extraAuthParams->setPlaceholderText(tr("name=value, one a line"));
    addRow(authForm, tr("E&xtra auth parameters:"), m_extraAuthParams, QStringLiteral("extraAuthParams"));
    m_extraTokenParams = smallTextEdit(authorization, QStringLiteral("extraTokenParamsEdit"), 2);
    m_extraTokenParams->setPlaceholderText(tr("name=value, one a line"));
    addRow(authForm, tr("Extra to&ken parameters:"), m_extraTokenParams, QStringLiteral("extraTokenParams"));
    m_fullAuthUrl = addLineRow(
        authForm, tr("Full au&th URL:"), QStringLiteral("fullAuthUrlEdit"), QStringLiteral("fullAuthUrl"));
    m_fullAuthUrl->setToolTip(
        tr("Leave empty to generate it from the fields above. Placeholders: {client_id}, "
           "{redirect_uri}, {scope}, {state}, {code_challenge}, {oauth_token}."));
    m_resolvedUrl = smallTextEdit(authorization, QStringLiteral("resolvedAuthUrlView"), 3);
    m_resolvedUrl->setReadOnly(true);
    m_resolvedUrl->setTabChangesFocus(true);
    addRow(authForm, tr("Resolved:"), m_resolvedUrl, QStringLiteral("resolvedAuthUrl"));
    column->addWidget(authorization);

    // Credentials
    auto *credentials = new QGroupBox(tr("Client credentials"), m_form);
    auto *credentialsForm = new QFormLayout(credentials);
    m_clientId = addLineRow(credentialsForm, tr("Client &ID:"), QStringLiteral("clientIdEdit"),
        QStringLiteral("clientId"), tr("empty: each application brings its own"));
    m_clientSecret = new SecretField(credentials);
    m_clientSecret->setObjectName(QStringLiteral("clientSecretField"));
    addRow(credentialsForm, tr("Client secret:"), m_clientSecret, QStringLiteral("clientSecret"));
    column->addWidget(credentials);
    column->addStretch();

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    m_revert = new QPushButton(tr("Re&vert"), this);
    m_revert->setObjectName(QStringLiteral("revertButton"));
    m_save = new QPushButton(tr("&Save"), this);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setDefault(true);
    m_save->setToolTip(
        tr("Save (%1)").arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    outer->addLayout(buttons);

    auto *saveShortcut = new QShortcut(QKeySequence::Save, this);
    saveShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveShortcut, &QShortcut::activated, m_save, &QPushButton::click);
    connect(m_save, &QPushButton::clicked, this, &SourceEditor::saveRequested);
    connect(m_revert, &QPushButton::clicked, this, &SourceEditor::revertRequested);
    connect(m_chooseLogo, &QPushButton::clicked, this, &SourceEditor::chooseLogo);
    connect(m_removeLogo, &QPushButton::clicked, this, [this]() {
        m_logoBytes.clear();
        m_logoMime.clear();
        updateLogo();
        onChanged();
    });
    m_clientSecret->setKeyringAvailable(m_keyringAvailable, m_keyringReason);
    connect(m_clientSecret, &SecretField::setRequested, this, &SourceEditor::setSecretRequested);
    connect(m_clientSecret, &SecretField::clearRequested, this, &SourceEditor::clearSecretRequested);

    for (QLineEdit *edit : findChildren<QLineEdit *>())
        connect(edit, &QLineEdit::textChanged, this, &SourceEditor::onChanged);
    for (QPlainTextEdit *edit : { m_description, m_extraAuthParams, m_extraTokenParams })
        connect(edit, &QPlainTextEdit::textChanged, this, &SourceEditor::onChanged);
    for (QComboBox *combo : { m_authType, m_scopeSeparator, m_pkce, m_clientAuth })
        connect(combo, &QComboBox::currentIndexChanged, this, &SourceEditor::onChanged);
    connect(m_enabled, &QCheckBox::toggled, this, &SourceEditor::onChanged);
}

QWidget *SourceEditor::addRow(QFormLayout *form, const QString &label, QWidget *field, const QString &jsonKey)
{
    auto *cell = new QWidget(form->parentWidget());
    auto *layout = new QVBoxLayout(cell);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    auto *issue = new QLabel(cell);
    issue->setObjectName(jsonKey + QStringLiteral("IssueLabel"));
    issue->setWordWrap(true);
    issue->hide();
    layout->addWidget(issue);
    form->addRow(label, cell);
    if (auto *buddy = qobject_cast<QLabel *>(form->labelForField(cell)))
        buddy->setBuddy(field);
    m_rows.insert(jsonKey, Row { form, cell, issue });
    return cell;
}

QLineEdit *SourceEditor::addLineRow(QFormLayout *form, const QString &label, const QString &objectName,
    const QString &jsonKey, const QString &placeholder)
{
    auto *edit = new QLineEdit(form->parentWidget());
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    addRow(form, label, edit, jsonKey);
    return edit;
}

void SourceEditor::setSource(const IntegrationSource &s, bool stored)
{
    if (!m_form)
        buildForm();
    m_loading = true;
    m_loaded = s;
    m_hasSource = true;
    m_stored = stored;
    m_key->setText(s.key);
    m_key->setReadOnly(stored);
    m_key->setClearButtonEnabled(!stored);
    m_key->setToolTip(stored
            ? tr("The key is fixed once the source is saved: keyring entries and connections "
                 "refer to it. Duplicate the source to use another key.")
            : QString());
    m_displayName->setText(s.displayName);
    m_authType->setCurrentIndex(m_authType->findData(IntegrationSource::toString(s.authType)));
    m_enabled->setChecked(s.enabled);
    m_description->setPlainText(s.description);
    m_docsUrl->setText(s.docsUrl);
    m_authHostUrl->setText(s.authHostUrl);
    m_apiHostUrl->setText(s.apiHostUrl);
    m_authUrl->setText(s.authUrl);
    m_requestTokenUrl->setText(s.requestTokenUrl);
    m_accessTokenUrl->setText(s.accessTokenUrl);
    m_refreshUrl->setText(s.refreshUrl);
    m_revokeUrl->setText(s.revokeUrl);
    m_testApiPath->setText(s.testApiPath);
    m_scopes->setText(s.scopes.join(QLatin1Char(' ')));
    if (m_scopeSeparator->findData(s.scopeSeparator) < 0)
        m_scopeSeparator->addItem(QStringLiteral("\"%1\"").arg(s.scopeSeparator), s.scopeSeparator);
    m_scopeSeparator->setCurrentIndex(m_scopeSeparator->findData(s.scopeSeparator));
    m_pkce->setCurrentIndex(m_pkce->findData(IntegrationSource::toString(s.pkce)));
    m_clientAuth->setCurrentIndex(m_clientAuth->findData(IntegrationSource::toString(s.clientAuth)));
    m_extraAuthParams->setPlainText(paramsToText(s.extraAuthParams));
    m_extraTokenParams->setPlainText(paramsToText(s.extraTokenParams));
    m_fullAuthUrl->setText(s.fullAuthUrlOverride);
    m_clientId->setText(s.clientId);
    m_clientSecret->setState(s.hasClientSecret);
    m_clientSecret->setEnabled(stored);
    m_clientSecret->setToolTip(stored ? QString() : tr("Save the source first."));
    m_logoBytes = s.logo;
    m_logoMime = s.logoMimeType;
    // Long values show from their start, not their end.
    for (QLineEdit *edit : m_form->findChildren<QLineEdit *>())
        edit->setCursorPosition(0);
    m_loading = false;

    m_heading->setText(stored ? s.displayName : tr("New source"));
    m_heading->show();
    m_emptyHint->hide();
    m_form->parentWidget()->parentWidget()->show();
    m_form->setEnabled(true);
    updateLogo();
    onChanged();
}

void SourceEditor::clear()
{
    m_hasSource = false;
    m_stored = false;
    m_loaded = IntegrationSource();
    m_heading->hide();
    m_emptyHint->show();
    if (m_form) {
        m_form->parentWidget()->parentWidget()->hide();
        m_save->setEnabled(false);
        m_revert->setEnabled(false);
    }
    if (m_wasDirty) {
        m_wasDirty = false;
        Q_EMIT dirtyChanged(false);
    }
}

void SourceEditor::setOverview(const QString &text)
{
    m_emptyHint->setText(text);
}

IntegrationSource SourceEditor::source() const
{
    IntegrationSource s = m_loaded;
    s.key = m_key->text().trimmed();
    s.displayName = m_displayName->text().trimmed();
    IntegrationSource::fromString(m_authType->currentData().toString(), &s.authType);
    s.enabled = m_enabled->isChecked();
    s.description = m_description->toPlainText().trimmed();
    s.docsUrl = m_docsUrl->text().trimmed();
    s.authHostUrl = m_authHostUrl->text().trimmed();
    s.apiHostUrl = m_apiHostUrl->text().trimmed();
    s.authUrl = m_authUrl->text().trimmed();
    s.requestTokenUrl = m_requestTokenUrl->text().trimmed();
    s.accessTokenUrl = m_accessTokenUrl->text().trimmed();
    s.refreshUrl = m_refreshUrl->text().trimmed();
    s.revokeUrl = m_revokeUrl->text().trimmed();
    s.testApiPath = m_testApiPath->text().trimmed();
    s.scopes = m_scopes->text().split(QRegularExpression(QStringLiteral("[\\s,]+")), Qt::SkipEmptyParts);
    s.scopeSeparator = m_scopeSeparator->currentData().toString();
    IntegrationSource::fromString(m_pkce->currentData().toString(), &s.pkce);
    IntegrationSource::fromString(m_clientAuth->currentData().toString(), &s.clientAuth);
    s.extraAuthParams = textToParams(m_extraAuthParams->toPlainText());
    s.extraTokenParams = textToParams(m_extraTokenParams->toPlainText());
    s.fullAuthUrlOverride = m_fullAuthUrl->text().trimmed();
    s.clientId = m_clientId->text().trimmed();
    s.logo = m_logoBytes;
    s.logoMimeType = m_logoMime;
    return s;
}

bool SourceEditor::isDirty() const
{
    return m_hasSource && (!m_stored || !source().sameDefinition(m_loaded));
}

void SourceEditor::onChanged()
{
    if (m_loading || !m_hasSource)
        return;
    const IntegrationSource current = source();
    m_issues = SourceValidator::validate(current);
    updateVisibility();
    showIssues();
    updateResolvedUrl();
    const bool dirty = isDirty();
    m_save->setEnabled(dirty && SourceValidator::isAcceptable(m_issues));
    m_revert->setEnabled(dirty && m_stored);
    if (m_stored)
        m_heading->setText(dirty ? tr("%1 (edited)").arg(m_loaded.displayName) : m_loaded.displayName);
    if (dirty != m_wasDirty) {
        m_wasDirty = dirty;
        Q_EMIT dirtyChanged(dirty);
    }
}

void SourceEditor::updateVisibility()
{
    const auto type = source().authType;
    const bool oauth2 = type == IntegrationSource::AuthType::OAuth2;
    const bool oauth1 = type == IntegrationSource::AuthType::OAuth1;
    const bool oauth = oauth1 || oauth2;
    const bool sdk = type == IntegrationSource::AuthType::Sdk;
    auto show = [this](const QString &key, bool visible) {
        const Row row = m_rows.value(key);
        row.form->setRowVisible(row.field, visible);
    };
    show(QStringLiteral("requestTokenUrl"), oauth1);
    show(QStringLiteral("accessTokenUrl"), oauth);
    show(QStringLiteral("refreshUrl"), oauth2);
    show(QStringLiteral("revokeUrl"), oauth);
    show(QStringLiteral("authUrl"), !sdk);
    show(QStringLiteral("scopeSeparator"), oauth2);
    show(QStringLiteral("pkce"), oauth2);
    show(QStringLiteral("clientAuth"), oauth2);
    show(QStringLiteral("extraTokenParams"), oauth2);
    show(QStringLiteral("scopes"), oauth);
    m_rows.value(QStringLiteral("scopes")).form->parentWidget()->setVisible(oauth);
    m_rows.value(QStringLiteral("clientId")).form->parentWidget()->setVisible(oauth);
    const QString authLabel = oauth ? tr("Auth U&RL:") : tr("Login U&RL:");
    if (auto *label
        = qobject_cast<QLabel *>(m_rows.value(QStringLiteral("authUrl"))
                                     .form->labelForField(m_rows.value(QStringLiteral("authUrl")).field)))
        label->setText(authLabel);
}

void SourceEditor::showIssues()
{
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
        QStringList messages;
        bool error = false;
        for (const ValidationIssue &issue : std::as_const(m_issues)) {
            if (issue.field == it.key()) {
                messages << issue.message;
                error = error || issue.isError();
            }
        }
        QLabel *label = it->issue;
        label->setVisible(!messages.isEmpty());
        label->setText(messages.join(QLatin1Char('\n')));
        StatusAccent::apply(label, error ? StatusAccent::Kind::Error : StatusAccent::Kind::Warning);
        it->field->setAccessibleDescription(messages.join(QLatin1Char(' ')));
    }
}

void SourceEditor::updateResolvedUrl()
{
    const IntegrationSource s = source();
    const QString templ = AuthUrlTemplate::effective(s);
    m_fullAuthUrl->setPlaceholderText(AuthUrlTemplate::generate(s));
    if (templ.isEmpty()) {
        m_resolvedUrl->setPlainText(s.isOAuth() ? tr("Enter the auth URL to see the full URL.") : QString());
        return;
    }
    const QString redirect
        = QStringLiteral("http://127.0.0.1/callback/") + (s.key.isEmpty() ? QStringLiteral("source") : s.key);
    m_resolvedUrl->setPlainText(AuthUrlTemplate::resolve(templ, AuthUrlTemplate::previewValues(s, redirect)));
}

void SourceEditor::updateLogo()
{
    m_removeLogo->setEnabled(!m_logoBytes.isEmpty());
    if (m_logoBytes.isEmpty()) {
        m_logo->setPixmap({});
        m_logo->setText(tr("none"));
        return;
    }
    const qreal ratio = devicePixelRatioF();
    QImage image = SourceLogo::render(m_logoBytes, m_logoMime, QSize(kLogoSide - 8, kLogoSide - 8) * ratio);
    image.setDevicePixelRatio(ratio);
    m_logo->setPixmap(QPixmap::fromImage(image));
}

bool SourceEditor::takeLogo(const QByteArray &data, QString *error)
{
    if (!m_hasSource) {
        *error = tr("Select a source first.");
        return false;
    }
    QByteArray logo;
    QString mime;
    if (!SourceLogo::prepare(data, &logo, &mime, error))
        return false;
    m_logoBytes = logo;
    m_logoMime = mime;
    updateLogo();
    onChanged();
    return true;
}

void SourceEditor::loadLogoFile(const QString &path)
{
    QFile file(path);
    QString error;
    if (!file.open(QIODevice::ReadOnly)) {
        error = tr("Cannot read %1: %2").arg(path, file.errorString());
    } else if (file.size() > SourceLogo::MaxBytes) {
        error = tr("The logo is larger than 1 MiB.");
    } else if (takeLogo(file.readAll(), &error)) {
        return;
    }
    Q_EMIT logoRejected(error);
}

void SourceEditor::chooseLogo()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose a logo"), QString(), tr("Images (*.png *.jpg *.jpeg *.svg)"));
    if (!path.isEmpty())
        loadLogoFile(path);
}

void SourceEditor::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_hasSource && event->mimeData()->hasUrls() && event->mimeData()->urls().constFirst().isLocalFile())
        event->acceptProposedAction();
}

void SourceEditor::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.isEmpty() || !urls.constFirst().isLocalFile())
        return;
    event->acceptProposedAction();
    loadLogoFile(urls.constFirst().toLocalFile());
}

void SourceEditor::setKeyringAvailable(bool available, const QString &reason)
{
    m_keyringAvailable = available;
    m_keyringReason = reason;
    if (m_clientSecret)
        m_clientSecret->setKeyringAvailable(available, reason);
}

void SourceEditor::setSecretState(bool isSet, const QString &message)
{
    m_loaded.hasClientSecret = isSet;
    m_clientSecret->setState(isSet);
    if (!message.isEmpty())
        m_clientSecret->setMessage(message);
}

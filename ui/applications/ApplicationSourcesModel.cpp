#include "ApplicationSourcesModel.h"

#include "ApplicationCredentials.h"
#include "SourceLogo.h"

#include <QApplication>
#include <QFontDatabase>
#include <QPalette>
#include <QPixmap>
#include <QStyle>

namespace {
constexpr int kLogoSide = 20;
}

ApplicationSourcesModel::ApplicationSourcesModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ApplicationSourcesModel::setSources(const QList<IntegrationSource> &sources)
{
    beginResetModel();
    m_sources = sources;
    m_logos.clear();
    endResetModel();
}

void ApplicationSourcesModel::setApplication(const Application &application)
{
    m_allowed = QSet<QString>(application.sourceKeys.cbegin(), application.sourceKeys.cend());
    m_credentials = application.credentials;
    m_storedAllowed = m_allowed;
    refreshAll();
}

void ApplicationSourcesModel::setStoredState(const Application &application)
{
    m_storedAllowed = QSet<QString>(application.sourceKeys.cbegin(), application.sourceKeys.cend());
    for (auto it = m_credentials.begin(); it != m_credentials.end(); ++it)
        it->hasClientSecret = application.credentials.value(it.key()).hasClientSecret;
    for (auto it = application.credentials.cbegin(); it != application.credentials.cend(); ++it) {
        if (!m_credentials.contains(it.key()))
            m_credentials.insert(it.key(), { QString(), it->hasClientSecret });
    }
    refreshAll();
}

void ApplicationSourcesModel::refreshAll()
{
    if (!m_sources.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QStringList ApplicationSourcesModel::allowedKeys() const
{
    QStringList keys(m_allowed.cbegin(), m_allowed.cend());
    keys.sort();
    return keys;
}

QMap<QString, Application::SourceCredentials> ApplicationSourcesModel::credentials() const
{
    QMap<QString, Application::SourceCredentials> result;
    for (auto it = m_credentials.cbegin(); it != m_credentials.cend(); ++it) {
        if (m_allowed.contains(it.key()) && (!it->clientId.isEmpty() || it->hasClientSecret))
            result.insert(it.key(), *it);
    }
    return result;
}

int ApplicationSourcesModel::missingCount() const
{
    return int(std::count_if(m_sources.cbegin(), m_sources.cend(),
        [this](const IntegrationSource &s) { return lacksCredentials(s); }));
}

int ApplicationSourcesModel::rowOf(const QString &key) const
{
    for (int row = 0; row < m_sources.size(); ++row) {
        if (m_sources.at(row).key == key)
            return row;
    }
    return -1;
}

bool ApplicationSourcesModel::lacksCredentials(const IntegrationSource &source) const
{
    if (!m_allowed.contains(source.key) || !ApplicationCredentials::needsOwn(source))
        return false;
    const Application::SourceCredentials credentials = m_credentials.value(source.key);
    return credentials.clientId.isEmpty() || !credentials.hasClientSecret;
}

QIcon ApplicationSourcesModel::logo(const IntegrationSource &source) const
{
    if (source.logo.isEmpty())
        return {};
    auto it = m_logos.constFind(source.key);
    if (it != m_logos.cend())
        return *it;
    QIcon icon;
    // Rendered at twice the size too, so the logo stays sharp on HiDPI screens.
    for (int scale : { 1, 2 }) {
        QImage image
            = SourceLogo::render(source.logo, source.logoMimeType, QSize(kLogoSide, kLogoSide) * scale);
        if (image.isNull())
            continue;
        image.setDevicePixelRatio(scale);
        icon.addPixmap(QPixmap::fromImage(image));
    }
    m_logos.insert(source.key, icon);
    return icon;
}

int ApplicationSourcesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sources.size());
}

int ApplicationSourcesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ApplicationSourcesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const IntegrationSource &s = m_sources.at(index.row());
    const bool allowed = m_allowed.contains(s.key);
    const bool needsOwn = ApplicationCredentials::needsOwn(s);
    const Application::SourceCredentials credentials = m_credentials.value(s.key);
    const bool lacking = lacksCredentials(s);

    switch (role) {
    case KeyRole:
        return s.key;
    case NeedsCredentialsRole:
        return lacking;
    case Qt::CheckStateRole:
        if (index.column() == Source)
            return allowed ? Qt::Checked : Qt::Unchecked;
        break;
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case Source:
            return s.enabled || role == Qt::EditRole ? s.displayName : tr("%1 (disabled)").arg(s.displayName);
        case AuthType:
            return IntegrationSource::title(s.authType);
        case ClientId:
            if (needsOwn)
                return credentials.clientId;
            if (role == Qt::EditRole)
                return QString();
            return s.isOAuth() ? tr("source's own") : tr("—");
        case Secret:
            if (!needsOwn)
                return role == Qt::EditRole ? QString() : tr("—");
            if (lacking)
                return tr("needs credentials");
            return credentials.hasClientSecret ? tr("set") : QString();
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == Source)
            return logo(s);
        if (index.column() == Secret && lacking)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        break;
    case Qt::ForegroundRole:
        // Cells that say "not applicable" step back, in the palette's own muted colour.
        if ((index.column() == ClientId || index.column() == Secret) && !needsOwn)
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        break;
    case Qt::FontRole:
        if (index.column() == ClientId && needsOwn)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Source:
            return s.description.isEmpty() ? s.displayName : s.description;
        case ClientId:
            if (!s.isOAuth())
                return tr("%1 sources need no client credentials.").arg(IntegrationSource::title(s.authType));
            if (!needsOwn)
                return tr("Applications use the client ID configured on the source.");
            return allowed ? tr("The client ID this application registered with %1. Press F2 to edit.")
                                 .arg(s.displayName)
                           : tr("Allow the source to enter a client ID.");
        case Secret:
            if (!needsOwn)
                return data(index.siblingAtColumn(ClientId), role);
            if (lacking) {
                if (credentials.clientId.isEmpty() && !credentials.hasClientSecret)
                    return tr(
                        "%1 has no client ID of its own: enter this application's client ID and set its "
                        "client secret.")
                        .arg(s.displayName);
                if (credentials.clientId.isEmpty())
                    return tr("Enter this application's client ID for %1.").arg(s.displayName);
                return tr("Set this application's client secret for %1.").arg(s.displayName);
            }
            return credentials.hasClientSecret ? tr("The client secret is set in the keyring.") : QString();
        default:
            break;
        }
        break;
    default:
        break;
    }
    return {};
}

bool ApplicationSourcesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const IntegrationSource &s = m_sources.at(index.row());
    if (index.column() == Source && role == Qt::CheckStateRole) {
        const bool allow = value.toInt() == Qt::Checked;
        if (allow == m_allowed.contains(s.key))
            return true;
        if (allow)
            m_allowed.insert(s.key);
        else
            m_allowed.remove(s.key);
        Q_EMIT dataChanged(index.siblingAtColumn(0), index.siblingAtColumn(ColumnCount - 1));
        Q_EMIT edited();
        return true;
    }
    if (index.column() == ClientId && role == Qt::EditRole && (flags(index) & Qt::ItemIsEditable)) {
        const QString clientId = value.toString().trimmed();
        if (clientId == m_credentials.value(s.key).clientId)
            return true;
        m_credentials[s.key].clientId = clientId;
        Q_EMIT dataChanged(index, index.siblingAtColumn(Secret));
        Q_EMIT edited();
        return true;
    }
    return false;
}

Qt::ItemFlags ApplicationSourcesModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const IntegrationSource &s = m_sources.at(index.row());
    if (index.column() == Source)
        f |= Qt::ItemIsUserCheckable;
    if (index.column() == ClientId && m_allowed.contains(s.key) && ApplicationCredentials::needsOwn(s))
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant ApplicationSourcesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Source:
        return tr("Source");
    case AuthType:
        return tr("Auth type");
    case ClientId:
        return tr("Client ID");
    case Secret:
        return tr("Client secret");
    default:
        return {};
    }
}

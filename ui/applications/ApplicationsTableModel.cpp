#include "ApplicationsTableModel.h"

#include "ApplicationCredentials.h"

#include <QApplication>
#include <QFontDatabase>
#include <QStyle>

namespace {
constexpr int kSourcesShown = 3;
}

ApplicationsTableModel::ApplicationsTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ApplicationsTableModel::setContents(
    const QList<Application> &applications, const QList<IntegrationSource> &sources)
{
    beginResetModel();
    m_applications = applications;
    m_sources = sources;
    m_sourceNames.clear();
    for (const IntegrationSource &source : sources)
        m_sourceNames.insert(source.key, source.displayName);
    m_missing.clear();
    for (const Application &application : applications)
        m_missing << ApplicationCredentials::missing(application, sources);
    endResetModel();
}

int ApplicationsTableModel::rowOf(const QString &clientId) const
{
    for (int row = 0; row < m_applications.size(); ++row) {
        if (m_applications.at(row).clientId == clientId)
            return row;
    }
    return -1;
}

int ApplicationsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_applications.size());
}

int ApplicationsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ApplicationsTableModel::sourceName(const QString &key) const
{
    // A source deleted since the application was loaded keeps its key.
    return m_sourceNames.value(key, key);
}

QString ApplicationsTableModel::sourcesText(const Application &application) const
{
    if (application.sourceKeys.isEmpty())
        return tr("none");
    QStringList names;
    for (const QString &key : application.sourceKeys)
        names << sourceName(key);
    names.sort(Qt::CaseInsensitive);
    if (names.size() <= kSourcesShown)
        return names.join(QStringLiteral(", "));
    return tr("%1 +%2")
        .arg(names.mid(0, kSourcesShown).join(QStringLiteral(", ")))
        .arg(names.size() - kSourcesShown);
}

QString ApplicationsTableModel::credentialsText(
    const Application &application, const QStringList &missing) const
{
    const QString secret = application.hasClientSecret ? tr("secret set") : tr("no secret");
    if (missing.isEmpty())
        return secret;
    const QString sources = tr("%n source(s) need(s) credentials", nullptr, int(missing.size()));
    return tr("%1, %2").arg(secret, sources);
}

QVariant ApplicationsTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Application &a = m_applications.at(index.row());
    const QStringList &missing = m_missing.at(index.row());
    switch (role) {
    case ClientIdRole:
        return a.clientId;
    case SearchRole:
        return a.name + QLatin1Char('\n') + a.clientId;
    case MissingCredentialsRole:
        return int(missing.size());
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return a.name;
        case ClientId:
            return a.clientId;
        case Sources:
            return sourcesText(a);
        case Webhook:
            return a.webhookUrl.isEmpty() ? tr("—") : a.webhookUrl;
        case Credentials:
            return credentialsText(a, missing);
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Sources: {
            if (a.sourceKeys.isEmpty())
                return tr("This application may use no source yet.");
            QStringList names;
            for (const QString &key : a.sourceKeys)
                names << sourceName(key);
            names.sort(Qt::CaseInsensitive);
            return names.join(QLatin1Char('\n'));
        }
        case Webhook:
            return a.webhookUrl.isEmpty() ? tr("No webhook URL") : a.webhookUrl;
        case Credentials: {
            QStringList lines;
            lines << (a.hasClientSecret ? tr("The client secret is set in the keyring.")
                                        : tr("No client secret has been generated yet."));
            for (const QString &key : missing)
                lines << tr("%1 needs this application's client ID and secret.").arg(sourceName(key));
            return lines.join(QLatin1Char('\n'));
        }
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::DecorationRole:
        if (index.column() == Credentials && !missing.isEmpty())
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        break;
    case Qt::FontRole:
        if (index.column() == ClientId)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        break;
    case Qt::AccessibleTextRole:
        return data(index, Qt::DisplayRole);
    default:
        break;
    }
    return {};
}

QVariant ApplicationsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case ClientId:
        return tr("Client ID");
    case Sources:
        return tr("Sources");
    case Webhook:
        return tr("Webhook");
    case Credentials:
        return tr("Credentials");
    default:
        return {};
    }
}

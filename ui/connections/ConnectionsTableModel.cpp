#include "ConnectionsTableModel.h"

#include "ApplicationRepository.h"
#include "Clock.h"
#include "ConnectionCounter.h"
#include "ConnectionRepository.h"
#include "ConnectionStatusText.h"
#include "RelativeTime.h"
#include "SourceRepository.h"
#include "StatusAccent.h"

#include <QFontDatabase>
#include <QGuiApplication>
#include <QLocale>
#include <QLoggingCategory>
#include <QPalette>

Q_LOGGING_CATEGORY(lcConnectionsModel, "linkdeck.ui.connections.model")

namespace {

// The columns the database sorts by are the model's first ones, in its order.
static_assert(int(ConnectionQuery::Column::UserId) == ConnectionsTableModel::UserId
    && int(ConnectionQuery::Column::Application) == ConnectionsTableModel::Application
    && int(ConnectionQuery::Column::TokenExpiry) == ConnectionsTableModel::TokenExpiry);

// Token expiries closer than this read as a warning.
constexpr qint64 kSoonSeconds = 60 * 60;

QString shortTime(const QDateTime &at)
{
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace

ConnectionsTableModel::ConnectionsTableModel(Workspace &workspace, const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
    , m_clock(clock)
    , m_counter(new ConnectionCounter(workspace, this))
{
    connect(
        m_counter, &ConnectionCounter::counted, this, [this](quint64, qint64 count) { onCounted(count); });
    connect(m_counter, &ConnectionCounter::failed, this,
        [this](quint64, const QString &message) { onCountFailed(message); });
    reload();
}

void ConnectionsTableModel::reload()
{
    m_applicationNames.clear();
    const QList<::Application> applications = ApplicationRepository(m_workspace).all();
    for (const ::Application &application : applications)
        m_applicationNames.insert(application.id, application.name);
    m_sourceNames.clear();
    const QList<IntegrationSource> sources = SourceRepository(m_workspace).summaries();
    for (const IntegrationSource &source : sources)
        m_sourceNames.insert(source.key, source.displayName);
    requery(true);
}

void ConnectionsTableModel::setFilter(const ConnectionQuery &filter)
{
    m_query.search = filter.search;
    m_query.status = filter.status;
    m_query.applicationId = filter.applicationId;
    m_query.sourceKey = filter.sourceKey;
    requery(true);
}

bool ConnectionsTableModel::isFiltered() const
{
    return !m_query.search.isEmpty() || m_query.status || m_query.applicationId != 0
        || !m_query.sourceKey.isEmpty();
}

void ConnectionsTableModel::requery(bool recount)
{
    StoreResult result;
    m_changing = true;
    beginResetModel();
    m_rows = ConnectionRepository(m_workspace).page(m_query, BatchSize, nullptr, &result);
    m_exhausted = !result || m_rows.size() < BatchSize;
    endResetModel();
    m_changing = false;
    if (!result) {
        m_counter->cancel();
        m_count = 0;
        Q_EMIT countsChanged();
        qCWarning(lcConnectionsModel) << "listing connections failed:" << result.message;
        Q_EMIT errorOccurred(result.message);
        return;
    }
    if (m_exhausted) {
        // A short first page is all there is: its size is the count.
        m_counter->cancel();
        m_count = m_rows.size();
    } else if (recount) {
        m_counter->count(m_query);
        m_count = 0;
    } // else only the order changed: the count, known or still coming, stays
    Q_EMIT countsChanged();
}

bool ConnectionsTableModel::isCounting() const
{
    return m_counter->isCounting();
}

void ConnectionsTableModel::onCounted(qint64 count)
{
    m_count = count;
    Q_EMIT countsChanged();
}

void ConnectionsTableModel::onCountFailed(const QString &message)
{
    m_count = 0;
    Q_EMIT countsChanged();
    Q_EMIT errorOccurred(message);
}

void ConnectionsTableModel::reloadConnection(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    const auto stored = ConnectionRepository(m_workspace).find(id);
    if (!stored)
        return;
    m_rows[row] = *stored;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int ConnectionsTableModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

int ConnectionsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConnectionsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool ConnectionsTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_exhausted;
}

void ConnectionsTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_exhausted || m_changing || m_rows.isEmpty())
        return;
    StoreResult result;
    const UserConnection last = m_rows.constLast();
    const QList<UserConnection> more
        = ConnectionRepository(m_workspace).page(m_query, BatchSize, &last, &result);
    if (!result) {
        qCWarning(lcConnectionsModel) << "fetching more connections failed:" << result.message;
        m_exhausted = true;
        Q_EMIT errorOccurred(result.message);
        return;
    }
    m_exhausted = more.size() < BatchSize;
    if (more.isEmpty())
        return;
    m_changing = true;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size() - 1));
    m_rows.append(more);
    endInsertRows();
    m_changing = false;
}

void ConnectionsTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= LastError)
        return; // the last error is free text, not an order worth an index
    const auto sortColumn = static_cast<ConnectionQuery::Column>(column);
    if (sortColumn == m_query.sortColumn && order == m_query.sortOrder)
        return;
    m_query.sortColumn = sortColumn;
    m_query.sortOrder = order;
    // A new order is a new query: the rows fetched so far are no prefix of
    // it. The filter, and so the count, stay.
    requery(false);
}

QString ConnectionsTableModel::applicationName(qint64 id) const
{
    return m_applicationNames.value(id, QString::number(id));
}

QVariant ConnectionsTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const UserConnection &c = m_rows.at(index.row());
    switch (role) {
    case ConnectionIdRole:
        return c.id;
    case StatusRole:
        return int(c.status);
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case UserId:
            return c.userId;
        case ReferenceId:
            return c.referenceId;
        case Application:
            return applicationName(c.applicationId);
        case Source:
            return m_sourceNames.value(c.sourceKey, c.sourceKey);
        case Status:
            return ConnectionStatusText::title(c.status);
        case Created:
            return shortTime(c.createdAt);
        case LastRefreshed:
            return c.lastRefreshedAt.isValid() ? shortTime(c.lastRefreshedAt) : tr("never");
        case TokenExpiry:
            if (c.sealedTokens.isEmpty())
                return tr("no token");
            return RelativeTime::expiry(c.tokenExpiresAt, m_clock.now());
        case LastError:
            return c.lastError;
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TokenExpiry:
            return c.tokenExpiresAt.isValid() ? shortTime(c.tokenExpiresAt) : QVariant();
        case LastError:
            return c.lastError.isEmpty() ? QVariant() : c.lastError;
        case Source:
            return c.sourceKey;
        default:
            return {};
        }
    case Qt::ForegroundRole: {
        const QPalette palette = QGuiApplication::palette();
        if (index.column() == Status)
            return StatusAccent::color(ConnectionStatusText::accent(c.status), palette);
        if (index.column() == TokenExpiry && !c.sealedTokens.isEmpty() && c.tokenExpiresAt.isValid()) {
            const qint64 left = m_clock.now().secsTo(c.tokenExpiresAt);
            if (left <= 0)
                return StatusAccent::color(StatusAccent::Kind::Error, palette);
            if (left < kSoonSeconds)
                return StatusAccent::color(StatusAccent::Kind::Warning, palette);
        }
        if (index.column() == LastError)
            return StatusAccent::color(StatusAccent::Kind::Error, palette);
        break;
    }
    case Qt::FontRole:
        if (index.column() == UserId || index.column() == ReferenceId)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        break;
    default:
        break;
    }
    return {};
}

QVariant ConnectionsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case UserId:
        return tr("User ID");
    case ReferenceId:
        return tr("Reference ID");
    case Application:
        return tr("Application");
    case Source:
        return tr("Source");
    case Status:
        return tr("Status");
    case Created:
        return tr("Created");
    case LastRefreshed:
        return tr("Last refreshed");
    case TokenExpiry:
        return tr("Token expiry");
    case LastError:
        return tr("Last error");
    default:
        return {};
    }
}

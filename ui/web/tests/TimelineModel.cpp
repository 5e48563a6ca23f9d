#include "TimelineModel.h"

#include "StoredTime.h"

#include <QLocale>

namespace {

QString headersText(const HttpExchange::Headers &headers)
{
    QString text;
    for (const auto &header : headers)
        text += QString::fromLatin1(header.first) + QStringLiteral(": ") + QString::fromUtf8(header.second)
            + QLatin1Char('\n');
    return text;
}

// Bodies are shown up to this many characters.
constexpr qsizetype kShownBody = 16 * 1024;

QString bodyText(const QByteArray &body)
{
    const QString text = QString::fromUtf8(body.left(kShownBody));
    return body.size() > kShownBody ? text + QStringLiteral("\n…") : text;
}

} // namespace

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int TimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::DisplayRole)
        return {};
    const Entry &entry = m_entries.at(index.row());
    if (entry.isHop) {
        const QString carries = entry.hop.value(QStringLiteral("carries")).toString();
        switch (index.column()) {
        case Time:
            return QLocale().toString(
                StoredTime::parse(entry.hop.value(QStringLiteral("at")).toString()).toLocalTime().time(),
                QStringLiteral("HH:mm:ss.zzz"));
        case Kind:
            if (entry.hop.value(QStringLiteral("kind")).toString() == QLatin1String("redirect"))
                return carries == QLatin1String("error") ? tr("Redirect back (error)")
                    : carries == QLatin1String("code")   ? tr("Redirect back (code)")
                                                         : tr("Redirect back");
            return tr("Browser");
        case Method:
            return QStringLiteral("GET");
        case Url:
            return entry.hop.value(QStringLiteral("url")).toString();
        default:
            return {};
        }
    }
    const HttpExchange &exchange = entry.exchange;
    switch (index.column()) {
    case Time:
        return QLocale().toString(exchange.startedAt.toLocalTime().time(), QStringLiteral("HH:mm:ss.zzz"));
    case Kind:
        return tr("HTTP");
    case Method:
        return QString::fromLatin1(exchange.method);
    case Url:
        return exchange.url.toString();
    case Status:
        return exchange.status == 0 ? tr("no answer") : QString::number(exchange.status);
    case Duration:
        return tr("%1 ms").arg(exchange.durationMs);
    default:
        return {};
    }
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Kind:
        return tr("Kind");
    case Method:
        return tr("Method");
    case Url:
        return tr("URL");
    case Status:
        return tr("Status");
    case Duration:
        return tr("Duration");
    default:
        return {};
    }
}

void TimelineModel::clear()
{
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

void TimelineModel::addHop(const QJsonObject &hop)
{
    beginInsertRows({}, int(m_entries.size()), int(m_entries.size()));
    m_entries.append({ true, hop, {} });
    endInsertRows();
}

void TimelineModel::addExchange(const HttpExchange &exchange)
{
    beginInsertRows({}, int(m_entries.size()), int(m_entries.size()));
    m_entries.append({ false, {}, exchange });
    endInsertRows();
}

QDateTime TimelineModel::Entry::at() const
{
    return isHop ? StoredTime::parse(hop.value(QStringLiteral("at")).toString()) : exchange.startedAt;
}

void TimelineModel::setStoredRun(const QJsonArray &navigations, const QList<HttpExchange> &exchanges)
{
    beginResetModel();
    m_entries.clear();
    for (const QJsonValue &hop : navigations)
        m_entries.append({ true, hop.toObject(), {} });
    for (const HttpExchange &exchange : exchanges)
        m_entries.append({ false, {}, exchange });
    std::stable_sort(
        m_entries.begin(), m_entries.end(), [](const Entry &a, const Entry &b) { return a.at() < b.at(); });
    endResetModel();
}

void TimelineModel::setExchanges(const QList<HttpExchange> &exchanges)
{
    qsizetype next = 0;
    for (qsizetype row = 0; row < m_entries.size() && next < exchanges.size(); ++row) {
        if (!m_entries.at(row).isHop)
            m_entries[row].exchange = exchanges.at(next++);
    }
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_entries.size()) - 1, ColumnCount - 1));
    for (; next < exchanges.size(); ++next)
        addExchange(exchanges.at(next));
}

QString TimelineModel::details(int row) const
{
    if (row < 0 || row >= m_entries.size())
        return {};
    const Entry &entry = m_entries.at(row);
    if (entry.isHop) {
        const QString carries = entry.hop.value(QStringLiteral("carries")).toString();
        QString text = tr("Browser navigation to %1").arg(entry.hop.value(QStringLiteral("url")).toString());
        if (carries == QLatin1String("code"))
            text += QLatin1Char('\n') + tr("Carried the authorization code (redacted).");
        else if (carries == QLatin1String("error"))
            text += QLatin1Char('\n') + tr("Carried an error from the provider.");
        return text;
    }
    const HttpExchange &e = entry.exchange;
    QString text = QString::fromLatin1(e.method) + QLatin1Char(' ') + e.url.toString() + QLatin1Char('\n')
        + headersText(e.requestHeaders);
    if (!e.requestBody.isEmpty())
        text += QLatin1Char('\n') + bodyText(e.requestBody) + QLatin1Char('\n');
    text += QLatin1Char('\n');
    if (e.status == 0)
        text += tr("No answer: %1").arg(e.error) + QLatin1Char('\n');
    else
        text += tr("HTTP %1 %2, after %3 ms").arg(e.status).arg(e.reasonPhrase).arg(e.durationMs)
            + QLatin1Char('\n') + headersText(e.responseHeaders) + QLatin1Char('\n')
            + bodyText(e.responseBody);
    return text;
}

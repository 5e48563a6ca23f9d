#include "ConnectionGenerator.h"

#include "ConnectionRepository.h"
#include "Workspace.h"

#include <QLoggingCategory>
#include <QSqlQuery>
#include <QUuid>

Q_LOGGING_CATEGORY(lcConnectionGenerator, "linkdeck.store.generator")

namespace {

constexpr int kBatch = 5000; // connections per insertMany()
constexpr qint64 kRebuildIndexesFrom = 50'000;
constexpr qint64 kDay = 24 * 3600;
constexpr qint64 kSpread = 540 * kDay; // how far back connections were made

// Roughly what a live platform's connections look like, in percent.
const std::pair<UserConnection::Status, int> kStatusMix[] = {
    { UserConnection::Status::Active, 72 },
    { UserConnection::Status::Expired, 9 },
    { UserConnection::Status::NeedsReauth, 8 },
    { UserConnection::Status::Revoked, 6 },
    { UserConnection::Status::Error, 5 },
};

// Last errors as providers and the platform report them: OAuth sources
// fail at their token endpoints, the others (password, e-mail, on-device
// SDK) where their data comes in.
const char *const kOAuthReauthErrors[] = {
    "invalid_grant: refresh token expired",
    "invalid_grant: the user revoked access at the provider",
    "invalid_grant: password changed, re-authorization required",
};
const char *const kOtherReauthErrors[] = {
    "Login refused: the password was changed",
    "The user withdrew the permission in the health app",
};
const char *const kOAuthErrors[] = {
    "HTTP 503 from the token endpoint: service unavailable",
    "HTTP 429 from the API: rate limit exceeded, retry after 3600 s",
    "invalid_client: client authentication failed",
    "Timed out after 30 s waiting for the token endpoint",
    "HTTP 500 from the API test call: internal server error",
    "TLS handshake failed: certificate has expired",
};
const char *const kOtherErrors[] = {
    "HTTP 500 from the API test call: internal server error",
    "No data from the device for 14 days",
    "Timed out after 30 s waiting for the provider's login page",
};

const char *const kNames[]
    = { "alex", "sam", "maria", "li.wei", "noah", "emma", "yusuf", "ana", "kim", "jonas", "priya", "mateo" };

// OAuth 2.0 access token lifetimes providers commonly hand out.
const qint64 kLifetimes[] = { 3600, 8 * 3600, kDay, 30 * kDay };

struct Target
{
    qint64 applicationId = 0;
    QList<const IntegrationSource *> sources;
    QList<double> cumulative; ///< weights: a few sources are far more popular
};

// The indexes of the connections table that are no constraint's, as
// (name, definition): those that can be dropped and made again.
StoreResult secondaryIndexes(Workspace &workspace, QList<std::pair<QString, QString>> *indexes)
{
    QSqlQuery query(workspace.database());
    const bool ok = query.exec(workspace.backend() == Workspace::Backend::PostgreSql
            ? QStringLiteral("SELECT indexname, indexdef FROM pg_indexes i WHERE tablename = 'connections' "
                             "AND schemaname = current_schema() AND NOT EXISTS "
                             "(SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)")
            : QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                             "AND tbl_name = 'connections' AND sql IS NOT NULL"));
    if (!ok)
        return Workspace::queryFailure(query);
    while (query.next())
        *indexes << std::make_pair(query.value(0).toString(), query.value(1).toString());
    return StoreResult::ok();
}

template<typename T, std::size_t N> const T &pick(QRandomGenerator &random, const T (&values)[N])
{
    return values[random.bounded(int(N))];
}

} // namespace

ConnectionGenerator::ConnectionGenerator(Workspace &workspace, quint32 seed, const QDateTime &now)
    : m_workspace(workspace)
    , m_random(seed)
    , m_now(now.toUTC())
{ }

QString ConnectionGenerator::uuid(const QDateTime &time)
{
    // From the seeded generator, not the system's: random (version 4), or,
    // for a time, time-ordered (version 7) as new connections' ids often are.
    QByteArray bytes(16, Qt::Uninitialized);
    m_random.fillRange(reinterpret_cast<quint32 *>(bytes.data()), 4);
    if (time.isValid()) {
        const qint64 ms = time.toMSecsSinceEpoch();
        for (int i = 0; i < 6; ++i)
            bytes[i] = char(ms >> (8 * (5 - i)));
    }
    bytes[6] = char((bytes[6] & 0x0F) | (time.isValid() ? 0x70 : 0x40));
    bytes[8] = char((bytes[8] & 0x3F) | 0x80);
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

QString ConnectionGenerator::referenceId()
{
    // Developers choose their own ids: database keys, customer ids, e-mails, or none.
    const int kind = m_random.bounded(10);
    if (kind < 4) {
        static const char kAlphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
        QString id = QStringLiteral("cus_");
        for (int i = 0; i < 14; ++i)
            id += QLatin1Char(kAlphabet[m_random.bounded(62)]);
        return id;
    }
    if (kind < 7)
        return QStringLiteral("user-%1").arg(m_random.bounded(1, 10'000'000));
    if (kind < 9)
        return QStringLiteral("%1.%2@example.com")
            .arg(QLatin1String(pick(m_random, kNames)))
            .arg(m_random.bounded(1, 100'000));
    return QString(QLatin1String(""));
}

QDateTime ConnectionGenerator::before(const QDateTime &time, qint64 maxSeconds)
{
    return time.addMSecs(-qint64(m_random.bounded(double(qMax<qint64>(maxSeconds, 1)) * 1000)));
}

StoreResult ConnectionGenerator::generate(qint64 count, const QList<Application> &applications,
    const QList<IntegrationSource> &sources, const std::function<void(qint64)> &progress)
{
    QList<Target> targets;
    for (const Application &application : applications) {
        Target target;
        target.applicationId = application.id;
        for (const IntegrationSource &source : sources) {
            if (application.sourceKeys.isEmpty() || application.sourceKeys.contains(source.key))
                target.sources << &source;
        }
        double total = 0;
        for (qsizetype i = 0; i < target.sources.size(); ++i)
            target.cumulative << (total += 1.0 / double(i + 1));
        if (!target.sources.isEmpty())
            targets << target;
    }
    if (targets.isEmpty())
        return StoreResult::failure(StoreResult::Status::Invalid,
            tr("There is no application with a source to make connections for."));

    // A large cache keeps the many indexes' pages in memory until the
    // commit; the workspace's own comes back afterwards.
    const bool sqlite = m_workspace.backend() == Workspace::Backend::Sqlite;
    QSqlQuery pragma(m_workspace.database());
    const QVariant cacheSize = sqlite && pragma.exec(QStringLiteral("PRAGMA cache_size")) && pragma.next()
        ? pragma.value(0)
        : QVariant();
    if (cacheSize.isValid())
        pragma.exec(QStringLiteral("PRAGMA cache_size = -262144"));
    qCInfo(lcConnectionGenerator) << "generating" << count << "connections";
    ConnectionRepository repository(m_workspace);
    const StoreResult result = m_workspace.transaction([&]() -> StoreResult {
        // Keeping a dozen indexes up to date under random keys costs far
        // more than building them once from the finished table: for a large
        // addition they are dropped and made again, in this transaction.
        // (On PostgreSQL that keeps other sessions out of the table until
        // the commit; this is for fixtures.)
        QList<std::pair<QString, QString>> indexes;
        if (count >= kRebuildIndexesFrom && count >= repository.count({}) / 4) {
            if (const StoreResult found = secondaryIndexes(m_workspace, &indexes); !found)
                return found;
        }
        QSqlQuery ddl(m_workspace.database());
        for (const auto &[name, definition] : std::as_const(indexes)) {
            if (!ddl.exec(QStringLiteral("DROP INDEX ") + name))
                return Workspace::queryFailure(ddl);
        }
        QList<UserConnection> batch;
        batch.reserve(kBatch + 3);
        qint64 written = 0;
        // Connections come in over time, as on a live platform: the table
        // is in creation order, and so are the time-ordered ids, which
        // spares the primary key index random inserts.
        QDateTime created = m_now.addSecs(-kSpread);
        const double meanGapMs = double(kSpread) * 1000.0 / double(count);
        while (written + batch.size() < count) {
            const Target &target = targets.at(m_random.bounded(int(targets.size())));
            const QString userId = uuid();
            const QString reference = referenceId();
            // Most users link one source, some two or three.
            const int roll = m_random.bounded(100);
            const qint64 left = count - written - batch.size();
            const int wanted = roll < 65 ? 1 : (roll < 90 ? 2 : 3);
            const int links = int(qMin<qint64>(qMin<qint64>(wanted, left), target.sources.size()));
            created = qMin(
                m_now, created.addMSecs(qint64(meanGapMs * links * (0.5 + m_random.generateDouble()))));
            QList<const IntegrationSource *> chosen;
            while (chosen.size() < links) {
                const double at = m_random.bounded(target.cumulative.constLast());
                const auto it = std::upper_bound(target.cumulative.cbegin(), target.cumulative.cend(), at);
                const IntegrationSource *source = target.sources.at(
                    qMin<qsizetype>(it - target.cumulative.cbegin(), target.sources.size() - 1));
                if (!chosen.contains(source))
                    chosen << source;
            }
            for (qsizetype i = 0; i < chosen.size(); ++i) // further sources a few minutes later
                batch << connection(target.applicationId, *chosen.at(i), userId, reference,
                    qMin(m_now, created.addSecs(i * m_random.bounded(60, 600))));
            if (batch.size() >= kBatch) {
                if (const StoreResult inserted = repository.insertMany(&batch); !inserted)
                    return inserted;
                written += batch.size();
                batch.clear();
                if (progress)
                    progress(written);
            }
        }
        if (!batch.isEmpty()) {
            if (const StoreResult inserted = repository.insertMany(&batch); !inserted)
                return inserted;
            written += batch.size();
            if (progress)
                progress(written);
        }
        qCDebug(lcConnectionGenerator) << "rows written; making" << indexes.size() << "indexes";
        for (const auto &[name, definition] : std::as_const(indexes)) {
            if (!ddl.exec(definition))
                return Workspace::queryFailure(ddl);
        }
        return StoreResult::ok();
    });
    if (cacheSize.isValid())
        pragma.exec(QStringLiteral("PRAGMA cache_size = %1").arg(cacheSize.toLongLong()));
    if (result && m_workspace.backend() == Workspace::Backend::PostgreSql) {
        // What autovacuum would do a while later: the planner's statistics,
        // and the visibility map without which counting reads every row.
        QSqlQuery(m_workspace.database()).exec(QStringLiteral("VACUUM ANALYZE connections"));
    }
    return result;
}

UserConnection ConnectionGenerator::connection(qint64 applicationId, const IntegrationSource &source,
    const QString &userId, const QString &referenceId, const QDateTime &createdAt)
{
    UserConnection c;
    c.id = uuid(createdAt);
    c.applicationId = applicationId;
    c.sourceKey = source.key;
    c.userId = userId;
    c.referenceId = referenceId;
    int roll = m_random.bounded(100);
    for (const auto &[status, share] : kStatusMix) {
        c.status = status;
        if ((roll -= share) < 0)
            break;
    }

    // Users sometimes untick a scope on the provider's consent screen.
    const QString separator = source.scopeSeparator.isEmpty() ? QStringLiteral(" ") : source.scopeSeparator;
    c.requestedScopes = source.scopes.join(separator);
    QStringList granted = source.scopes;
    if (granted.size() > 1 && m_random.bounded(100) < 15) {
        const int missing = m_random.bounded(1, int(granted.size()));
        for (int i = 0; i < missing; ++i)
            granted.removeAt(m_random.bounded(int(granted.size())));
    }
    c.grantedScopes = granted.join(separator);

    c.createdAt = createdAt;
    c.updatedAt = c.createdAt;
    // Only OAuth 2.0 tokens expire and are refreshed.
    const bool expires = source.authType == IntegrationSource::AuthType::OAuth2;
    const qint64 lifetime = pick(m_random, kLifetimes);
    const qint64 age = c.createdAt.secsTo(m_now);
    QDateTime issued = c.createdAt; // of the current token
    switch (c.status) {
    case UserConnection::Status::Active:
        if (expires && age > lifetime)
            issued = before(m_now, lifetime * 9 / 10);
        break;
    case UserConnection::Status::Expired:
    case UserConnection::Status::NeedsReauth:
    case UserConnection::Status::Error:
    case UserConnection::Status::Revoked:
        // Went wrong some time ago, after a while of working.
        if (expires && age > 2 * lifetime)
            issued = before(m_now.addSecs(-lifetime), age - 2 * lifetime);
        break;
    }
    if (issued != c.createdAt && expires)
        c.lastRefreshedAt = issued;
    if (expires && c.status != UserConnection::Status::Revoked) {
        c.tokenExpiresAt = issued.addSecs(lifetime);
        if (c.status != UserConnection::Status::Active && c.tokenExpiresAt > m_now)
            c.tokenExpiresAt = before(m_now, age); // a young connection that already failed
    }
    if (c.status == UserConnection::Status::NeedsReauth)
        c.lastError = QString::fromLatin1(
            source.isOAuth() ? pick(m_random, kOAuthReauthErrors) : pick(m_random, kOtherReauthErrors));
    else if (c.status == UserConnection::Status::Error)
        c.lastError = QString::fromLatin1(
            source.isOAuth() ? pick(m_random, kOAuthErrors) : pick(m_random, kOtherErrors));
    c.updatedAt = c.status == UserConnection::Status::Active
        ? issued
        : qMin(m_now, qMax(issued, c.tokenExpiresAt.isValid() ? c.tokenExpiresAt : issued));
    return c;
}

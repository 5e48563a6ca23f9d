#include "ConnectionsCommand.h"

#include "ApplicationRepository.h"
#include "CommandLine.h"
#include "ConnectionGenerator.h"
#include "ConnectionRepository.h"
#include "SourceRepository.h"
#include "StoredTime.h"
#include "Workspace.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QTimer>

Q_LOGGING_CATEGORY(lcConnectionsCommand, "linkdeck.cli.connections")

namespace {

constexpr qint64 kMaxGenerated = 100'000'000;
constexpr int kMaxListed = 100'000;
constexpr int kDefaultListed = 50;

// A whole number from 1 to @p max, or 0.
qint64 parseCount(const QString &text, qint64 max)
{
    bool ok = false;
    const qint64 value = text.trimmed().toLongLong(&ok);
    return ok && value >= 1 && value <= max ? value : 0;
}

QString shownTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QStringLiteral("-");
}

} // namespace

ConnectionsCommand::ConnectionsCommand(
    Workspace &workspace, QTextStream &out, QTextStream &err, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_out(out)
    , m_err(err)
{ }

void ConnectionsCommand::start(const CommandLine &line)
{
    const QStringList words = line.words();
    if (words.value(1) == QLatin1String("generate") && words.size() == 2)
        return finish(generate(line));
    if (words.value(1) == QLatin1String("list") && words.size() == 2)
        return finish(list(line));
    m_err << tr("Usage: linkdeck connections generate --count N [--application NAME]\n"
                "       linkdeck connections list [--search PREFIX] [--status S] [--application NAME] "
                "[--source KEY] [--limit N] [--json]")
          << '\n';
    finish(2);
}

void ConnectionsCommand::finish(int exitCode)
{
    m_out.flush();
    m_err.flush();
    // Always asynchronous, so callers can connect after start().
    QTimer::singleShot(0, this, [this, exitCode]() { Q_EMIT finished(exitCode); });
}

int ConnectionsCommand::fail(const QString &message)
{
    m_err << message << '\n';
    return 1;
}

int ConnectionsCommand::generate(const CommandLine &line)
{
    const qint64 count = parseCount(line.count(), kMaxGenerated);
    if (count == 0)
        return fail(tr("--count needs a whole number from 1 to %1, not \"%2\".")
                        .arg(kMaxGenerated)
                        .arg(line.count()));

    StoreResult result;
    const QList<IntegrationSource> sources = SourceRepository(m_workspace).all(&result);
    if (!result)
        return fail(result.message);
    QList<IntegrationSource> enabled;
    for (const IntegrationSource &source : sources) {
        if (source.enabled)
            enabled << source;
    }
    if (enabled.isEmpty())
        return fail(tr("The workspace has no enabled source to make connections to."));

    ApplicationRepository applications(m_workspace);
    QList<Application> targets = applications.all(&result);
    if (!result)
        return fail(result.message);
    // The application named, or else every one; a new one where there is none.
    const QString name = line.application().trimmed().isEmpty() && targets.isEmpty()
        ? QStringLiteral("Demo")
        : line.application().trimmed();
    if (!name.isEmpty()) {
        const auto named = std::find_if(
            targets.cbegin(), targets.cend(), [&](const Application &a) { return a.name == name; });
        if (named != targets.cend()) {
            targets = { *named };
        } else {
            Application created;
            created.name = name;
            for (const IntegrationSource &source : std::as_const(enabled))
                created.sourceKeys << source.key;
            if (const StoreResult inserted = applications.insert(&created); !inserted)
                return fail(inserted.message);
            m_out
                << tr("Created the application \"%1\" (client ID %2, no secret).").arg(name, created.clientId)
                << '\n';
            targets = { created };
        }
    }

    QElapsedTimer timer;
    timer.start();
    // Large counts take a while: say how far it got, about every tenth.
    const qint64 step = count >= 100'000 ? count / 10 : count + 1;
    qint64 reported = 0;
    ConnectionGenerator generator(
        m_workspace, QRandomGenerator::system()->generate(), QDateTime::currentDateTimeUtc());
    const StoreResult generated = generator.generate(count, targets, enabled, [&](qint64 written) {
        if (written - reported >= step && written < count) {
            reported = written;
            m_err << tr("%1 of %2 connections written…").arg(written).arg(count) << '\n';
            m_err.flush();
        }
    });
    if (!generated)
        return fail(tr("No connections were added: %1").arg(generated.message));
    QStringList names;
    for (const Application &a : std::as_const(targets))
        names << a.name;
    qCInfo(lcConnectionsCommand) << "generated" << count << "connections in" << timer.elapsed() << "ms";
    m_out << tr("Added %1 connections for %2 in %3 s.")
                 .arg(count)
                 .arg(names.join(QStringLiteral(", ")))
                 .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
          << '\n';
    return 0;
}

int ConnectionsCommand::list(const CommandLine &line)
{
    ConnectionQuery query;
    query.search = line.search();
    if (!line.status().isEmpty()) {
        UserConnection::Status status;
        if (!UserConnection::fromString(line.status(), &status))
            return fail(tr("There is no status \"%1\"; use active, expired, needs_reauth, revoked or error.")
                            .arg(line.status()));
        query.status = status;
    }
    StoreResult result;
    const QList<Application> applications = ApplicationRepository(m_workspace).all(&result);
    if (!result)
        return fail(result.message);
    QHash<qint64, QString> applicationNames;
    for (const Application &a : applications) {
        applicationNames.insert(a.id, a.name);
        if (query.applicationId == 0 && a.name == line.application())
            query.applicationId = a.id;
    }
    if (!line.application().isEmpty() && query.applicationId == 0)
        return fail(
            tr("There is no application \"%1\"; see \"linkdeck apps list\".").arg(line.application()));
    if (!line.source().isEmpty()) {
        if (!SourceRepository(m_workspace).find(line.source()))
            return fail(tr("There is no source \"%1\"; see \"linkdeck sources list\".").arg(line.source()));
        query.sourceKey = line.source();
    }
    const int limit = line.limit().isEmpty() ? kDefaultListed : int(parseCount(line.limit(), kMaxListed));
    if (limit == 0)
        return fail(
            tr("--limit needs a whole number from 1 to %1, not \"%2\".").arg(kMaxListed).arg(line.limit()));

    ConnectionRepository repository(m_workspace);
    const QList<UserConnection> connections = repository.page(query, limit, nullptr, &result);
    if (!result)
        return fail(result.message);
    if (line.json()) {
        // Never the tokens, sealed or not.
        QJsonArray array;
        for (const UserConnection &c : connections) {
            array.append(QJsonObject {
                { QStringLiteral("id"), c.id },
                { QStringLiteral("userId"), c.userId },
                { QStringLiteral("referenceId"), c.referenceId },
                { QStringLiteral("application"), applicationNames.value(c.applicationId) },
                { QStringLiteral("source"), c.sourceKey },
                { QStringLiteral("status"), UserConnection::toString(c.status) },
                { QStringLiteral("requestedScopes"), c.requestedScopes },
                { QStringLiteral("grantedScopes"), c.grantedScopes },
                { QStringLiteral("createdAt"), StoredTime::format(c.createdAt) },
                { QStringLiteral("lastRefreshedAt"), StoredTime::format(c.lastRefreshedAt) },
                { QStringLiteral("tokenExpiresAt"), StoredTime::format(c.tokenExpiresAt) },
                { QStringLiteral("lastError"), c.lastError },
            });
        }
        m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return 0;
    }

    const qint64 total = repository.count(query, &result);
    if (!result)
        return fail(result.message);
    if (connections.isEmpty()) {
        m_out << tr("No connections match.") << '\n';
        return 0;
    }
    const QStringList headers = { QStringLiteral("USER ID"), QStringLiteral("REFERENCE ID"),
        QStringLiteral("APPLICATION"), QStringLiteral("SOURCE"), QStringLiteral("STATUS"),
        QStringLiteral("CREATED"), QStringLiteral("TOKEN EXPIRES") };
    QList<QStringList> rows;
    for (const UserConnection &c : connections)
        rows << QStringList { c.userId, c.referenceId, applicationNames.value(c.applicationId), c.sourceKey,
            UserConnection::toString(c.status), shownTime(c.createdAt), shownTime(c.tokenExpiresAt) };
    QList<qsizetype> widths;
    for (const QString &header : headers)
        widths << header.size();
    for (const QStringList &row : std::as_const(rows)) {
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = qMax(widths.at(i), row.at(i).size());
    }
    const auto print = [&](const QStringList &cells) {
        QString text;
        for (qsizetype i = 0; i < cells.size(); ++i)
            text += i + 1 < cells.size() ? cells.at(i).leftJustified(widths.at(i) + 2) : cells.at(i);
        m_out << text << '\n';
    };
    print(headers);
    for (const QStringList &row : std::as_const(rows))
        print(row);
    m_out << tr("%1 of %2 matching connections, newest first.").arg(connections.size()).arg(total) << '\n';
    return 0;
}

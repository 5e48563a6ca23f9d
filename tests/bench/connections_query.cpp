// The queries the Connections page issues, timed in-process on a workspace:
// the first screenful (count + first page, newest first) and a prefix
// search's first page (count + page). `sql` mode writes the same
// statements, values inlined, for sqlite3 or psql to run beside it.
// Usage: bench_connections_query LOCATION time PREFIX
//        bench_connections_query LOCATION sql PREFIX FIRST_FILE SEARCH_FILE

#include "ConnectionRepository.h"
#include "InlinedSql.h"
#include "Workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

namespace {

constexpr int kPage = 200; // the batch the inspector's model fetches

ConnectionQuery searchFor(const QString &prefix)
{
    ConnectionQuery query;
    query.search = prefix;
    return query;
}

// Milliseconds for count + first page of @p query; -1 where it fails.
double timeFirstPage(const ConnectionRepository &repository, const ConnectionQuery &query)
{
    QElapsedTimer timer;
    timer.start();
    StoreResult counted, paged;
    const qint64 total = repository.count(query, &counted);
    const QList<UserConnection> rows = repository.page(query, kPage, nullptr, &paged);
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    if (!counted || !paged || (total > 0 && rows.isEmpty()))
        return -1;
    return ms;
}

bool writeStatements(Workspace &workspace, const ConnectionQuery &query, const QString &fileName)
{
    const ConnectionRepository repository(workspace);
    QVariantList values;
    const QString count = repository.countSql(query, &values);
    const QString countText = InlinedSql::inlined(workspace.database(), count, values);
    const QString page = repository.pageSql(query, kPage, nullptr, &values);
    QFile file(fileName);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    file.write(countText.toUtf8() + ";\n" + InlinedSql::inlined(workspace.database(), page, values).toUtf8()
        + ";\n");
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream err(stderr);
    QTextStream out(stdout);
    if (args.size() < 4 || (args.at(2) == QLatin1String("sql") && args.size() < 6)) {
        err << "usage: bench_connections_query LOCATION time|sql PREFIX [FIRST_FILE SEARCH_FILE]\n";
        return 2;
    }
    Workspace workspace;
    if (const StoreResult opened = workspace.open(args.at(1)); !opened) {
        err << opened.message << '\n';
        return 1;
    }
    const ConnectionQuery first;
    const ConnectionQuery search = searchFor(args.at(3));
    if (args.at(2) == QLatin1String("sql"))
        return writeStatements(workspace, first, args.at(4)) && writeStatements(workspace, search, args.at(5))
            ? 0
            : 1;

    const ConnectionRepository repository(workspace);
    const double firstMs = timeFirstPage(repository, first);
    const double searchMs = timeFirstPage(repository, search);
    if (firstMs < 0 || searchMs < 0) {
        err << "a query failed or found nothing\n";
        return 1;
    }
    out << "first-rows-ms " << firstMs << '\n' << "search-ms " << searchMs << '\n';
    return 0;
}

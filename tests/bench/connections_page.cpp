// The Connections page as a person opens it, timed in-process on a
// workspace: from creating the real ConnectionsPage until it has painted its
// first rows, and from pressing Return in its search box until the first
// rows that match are painted; then, for information, until each count
// arrives from its thread. `sql` mode writes the first-page statements the
// page's model runs (ConnectionRepository::pageSql(), values inlined) for
// sqlite3 or psql to run beside it.
// Usage: bench_connections_page LOCATION time PREFIX
//        bench_connections_page LOCATION sql PREFIX FIRST_FILE SEARCH_FILE

#include "ConnectionRepository.h"
#include "ConnectionsPage.h"
#include "ConnectionsTableModel.h"
#include "InlinedSql.h"
#include "SecretStore.h"
#include "TokenSealer.h"
#include "Workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStandardItemModel>
#include <QTableView>
#include <QTextStream>
#include <QTimer>
#include <QVBoxLayout>

namespace {

// Longer than any count should take; a bench that hangs says nothing.
constexpr int kCountTimeoutMs = 60000;

ConnectionQuery searchFor(const QString &prefix)
{
    ConnectionQuery query;
    query.search = prefix;
    return query;
}

bool writeStatement(Workspace &workspace, const ConnectionQuery &query, const QString &fileName)
{
    QVariantList values;
    const QString page
        = ConnectionRepository(workspace).pageSql(query, ConnectionsTableModel::BatchSize, nullptr, &values);
    QFile file(fileName);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    file.write(InlinedSql::inlined(workspace.database(), page, values).toUtf8() + ";\n");
    return true;
}

// In the console a window is up before the Connections page opens: Qt's
// one-time set-up of the style, fonts and glyphs (some 20 ms) is not the
// page's. A window of the same kinds of widgets, over no workspace, pays it.
void warmUpWidgets()
{
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    layout->addWidget(new QLineEdit(QStringLiteral("user-0"), &window));
    auto *combo = new QComboBox(&window);
    combo->addItem(QStringLiteral("All statuses"));
    layout->addWidget(combo);
    layout->addWidget(new QLabel(QStringLiteral("1,000,000 connections"), &window));
    QStandardItemModel model(3, 3);
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column)
            model.setItem(row, column, new QStandardItem(QStringLiteral("user-%1").arg(row)));
    }
    auto *table = new QTableView(&window);
    table->setModel(&model);
    layout->addWidget(table);
    window.resize(1280, 800);
    window.show();
    window.grab();
}

// Milliseconds on @p timer once @p model's count has arrived; -1 on a timeout.
double untilCounted(ConnectionsTableModel *model, const QElapsedTimer &timer)
{
    if (model->isCounting()) {
        QEventLoop loop;
        QObject::connect(model, &ConnectionsTableModel::countsChanged, &loop, [model, &loop]() {
            if (!model->isCounting())
                loop.quit();
        });
        QTimer::singleShot(kCountTimeoutMs, &loop, [&loop]() { loop.exit(1); });
        if (loop.exec() != 0)
            return -1;
    }
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream err(stderr);
    QTextStream out(stdout);
    if (args.size() < 4 || (args.at(2) == QLatin1String("sql") && args.size() < 6)) {
        err << "usage: bench_connections_page LOCATION time|sql PREFIX [FIRST_FILE SEARCH_FILE]\n";
        return 2;
    }
    Workspace workspace;
    if (const StoreResult opened = workspace.open(args.at(1)); !opened) {
        err << opened.message << '\n';
        return 1;
    }
    const QString prefix = args.at(3);
    if (args.at(2) == QLatin1String("sql"))
        return writeStatement(workspace, {}, args.at(4))
                && writeStatement(workspace, searchFor(prefix), args.at(5))
            ? 0
            : 1;

    // The generated connections have no tokens; a key from the environment keeps the keyring out of it.
    if (qEnvironmentVariableIsEmpty("LINKDECK_SEALING_KEY"))
        qputenv("LINKDECK_SEALING_KEY", TokenSealer::generateKey().toBase64());
    SecretStore secrets(workspace.id());
    warmUpWidgets();

    QElapsedTimer timer;
    timer.start();
    ConnectionsPage page(workspace, secrets);
    page.resize(1280, 800);
    page.show();
    // Paints every widget of the page once, the table's rows among them.
    const bool painted = !page.grab().isNull();
    const double firstMs = double(timer.nsecsElapsed()) / 1e6;
    auto *table = page.findChild<QTableView *>(QStringLiteral("connectionsTable"));
    auto *model = qobject_cast<ConnectionsTableModel *>(table->model());
    if (!painted || model->rowCount() == 0) {
        err << "the page showed no rows\n";
        return 1;
    }
    const double countMs = untilCounted(model, timer);

    auto *search = page.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    search->setText(prefix);
    timer.restart();
    // Return applies the search at once, as the pause in typing would after its delay.
    QKeyEvent enter(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier);
    QCoreApplication::sendEvent(search, &enter);
    const bool searchPainted = !page.grab().isNull();
    const double searchMs = double(timer.nsecsElapsed()) / 1e6;
    if (!searchPainted || model->rowCount() == 0 || model->query().search != prefix) {
        err << "the search showed no rows\n";
        return 1;
    }
    const double searchCountMs = untilCounted(model, timer);
    if (countMs < 0 || searchCountMs < 0) {
        err << "a count did not arrive\n";
        return 1;
    }
    out << "first-rows-ms " << firstMs << '\n'
        << "first-count-ms " << countMs << '\n'
        << "search-ms " << searchMs << '\n'
        << "search-count-ms " << searchCountMs << '\n';
    return 0;
}

#include "FirstPaintProbe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <cstdio>
#include <ctime>
#include <unistd.h>

void FirstPaintProbe::installIfRequested()
{
    if (qEnvironmentVariableIsEmpty("LINKDECK_BENCH_FIRST_PAINT"))
        return;
    auto *probe = new FirstPaintProbe(QCoreApplication::instance());
    QCoreApplication::instance()->installEventFilter(probe);
}

double FirstPaintProbe::millisecondsSinceProcessStart()
{
    const qint64 startedNs = qEnvironmentVariable("LINKDECK_BENCH_FIRST_PAINT").toLongLong();
    if (startedNs > 1) {
        timespec now {};
        clock_gettime(CLOCK_REALTIME, &now);
        return (double(now.tv_sec) * 1e9 + double(now.tv_nsec) - double(startedNs)) / 1e6;
    }
    // Field 22 of /proc/self/stat: start time in clock ticks after boot;
    // CLOCK_BOOTTIME counts from the same origin.
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    const double startTicks = fields.value(19).toDouble();
    timespec now {};
    clock_gettime(CLOCK_BOOTTIME, &now);
    const double nowMs = double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6;
    return nowMs - startTicks * 1000.0 / double(sysconf(_SC_CLK_TCK));
}

double FirstPaintProbe::cpuMilliseconds()
{
    timespec used {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &used);
    return double(used.tv_sec) * 1000.0 + double(used.tv_nsec) / 1e6;
}

bool FirstPaintProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_done && event->type() == QEvent::Paint && watched->isWidgetType()) {
        m_done = true;
        std::printf("first-paint-ms %.1f cpu-ms %.1f\n", millisecondsSinceProcessStart(), cpuMilliseconds());
        std::fflush(stdout);
        QTimer::singleShot(0, QCoreApplication::instance(), &QCoreApplication::quit);
    }
    return QObject::eventFilter(watched, event);
}

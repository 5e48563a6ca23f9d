#pragma once

#include <QObject>

/// For the start-up benchmark: prints "first-paint-ms N cpu-ms C"
/// (milliseconds from process start to the first paint of any widget, and
/// the CPU time the process used until then, all threads) and quits.
/// Installed only when LINKDECK_BENCH_FIRST_PAINT is set: to the wall-clock
/// time in nanoseconds since the epoch at which the caller started the
/// process, or to 1 to take the start time from /proc (10 ms resolution).
class FirstPaintProbe : public QObject
{
    Q_OBJECT

public:
    /// Installs a probe on the application when the variable is set.
    static void installIfRequested();

    /// Milliseconds since this process started.
    static double millisecondsSinceProcessStart();
    /// CPU milliseconds this process has used, all threads; unlike the
    /// wall-clock time, it hardly depends on what else the machine runs.
    static double cpuMilliseconds();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
    bool m_done = false;
};

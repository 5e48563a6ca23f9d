#pragma once

#include <QList>
#include <QObject>

class QSocketNotifier;

/// Turns SIGINT and SIGTERM into a Qt signal, through a self-pipe: the
/// handler only writes a byte, and the event loop does the rest. One
/// instance at a time; the previous handlers come back with its end.
class UnixSignalWatcher : public QObject
{
    Q_OBJECT

public:
    explicit UnixSignalWatcher(QObject *parent = nullptr);
    ~UnixSignalWatcher() override;

    /// False where the pipe or the handlers could not be set up.
    bool isWatching() const { return m_notifier != nullptr; }

Q_SIGNALS:
    void signalled(int signalNumber);

private:
    void readSignals();

    QSocketNotifier *m_notifier = nullptr;
};

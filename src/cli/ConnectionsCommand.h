#pragma once

#include <QObject>
#include <QTextStream>

class CommandLine;
class Workspace;

/// `linkdeck connections generate|list`.
class ConnectionsCommand : public QObject
{
    Q_OBJECT

public:
    ConnectionsCommand(Workspace &workspace, QTextStream &out, QTextStream &err, QObject *parent = nullptr);

    /// Runs the command; finished() follows.
    void start(const CommandLine &line);

Q_SIGNALS:
    void finished(int exitCode);

private:
    int generate(const CommandLine &line);
    int list(const CommandLine &line);
    void finish(int exitCode);
    int fail(const QString &message);

    Workspace &m_workspace;
    QTextStream &m_out;
    QTextStream &m_err;
};

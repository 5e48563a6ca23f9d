#pragma once

#include <QObject>
#include <QStringList>
#include <QTextStream>

class CommandLine;
class SecretStore;
class Workspace;

/// `linkdeck apps list|create`.
class AppsCommand : public QObject
{
    Q_OBJECT

public:
    AppsCommand(Workspace &workspace, QTextStream &out, QTextStream &err, QObject *parent = nullptr);

    /// Runs the command; finished() follows, possibly after keyring work.
    void start(const CommandLine &line);

Q_SIGNALS:
    void finished(int exitCode);

private:
    int list(bool json);
    void create(const QString &name, const CommandLine &line);
    void finish(int exitCode);
    int fail(const QString &message);

    Workspace &m_workspace;
    QTextStream &m_out;
    QTextStream &m_err;
    SecretStore *m_secrets = nullptr;
};

#pragma once

#include <QCoreApplication>
#include <QTextStream>

class CommandLine;
class Workspace;

/// `linkdeck apps list`.
class AppsCommand
{
    Q_DECLARE_TR_FUNCTIONS(AppsCommand)

public:
    AppsCommand(Workspace &workspace, QTextStream &out, QTextStream &err);

    /// Runs the command and returns its exit status.
    int run(const CommandLine &line);

private:
    int list(bool json);

    Workspace &m_workspace;
    QTextStream &m_out;
    QTextStream &m_err;
};

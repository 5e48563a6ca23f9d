#pragma once

#include "StoreResult.h"

#include <QObject>
#include <QTextStream>

class CommandLine;
struct CatalogParseResult;
class SecretStore;
class Workspace;

/// `linkdeck sources list|import|export|set-secret`.
class SourcesCommand : public QObject
{
    Q_OBJECT

public:
    SourcesCommand(Workspace &workspace, QTextStream &out, QTextStream &err, QObject *parent = nullptr);

    /// Runs the command; finished() follows, possibly after keyring or network work.
    void start(const CommandLine &line);

Q_SIGNALS:
    void finished(int exitCode);

private:
    int list(bool json);
    void import(const QString &location, const QString &format, bool dryRun);
    int applyImport(const CatalogParseResult &parsed, bool dryRun);
    int exportTo(const QString &file);
    void setSecret(const QString &key);
    void finish(int exitCode);
    int fail(const QString &message);

    Workspace &m_workspace;
    QTextStream &m_out;
    QTextStream &m_err;
    SecretStore *m_secrets = nullptr;
};

#pragma once

#include "CatalogParseResult.h"

#include <QCoreApplication>

/// Reading and writing catalogue files, whatever their format, for the
/// console and the command line alike.
class CatalogFile
{
    Q_DECLARE_TR_FUNCTIONS(CatalogFile)

public:
    /// The formats read() understands.
    static QStringList formats();

    /// Reads @p path as "json" (a Linkdeck catalogue), "discovery" (an
    /// OAuth/OIDC discovery document) or "nango" (providers.yaml); an empty
    /// format is guessed from the name and content.
    static CatalogParseResult read(const QString &path, const QString &format = {});

    /// The format of a file, from its name and first bytes.
    static QString guessFormat(const QString &path, const QByteArray &content);

    /// Writes @p sources as a JSON catalogue, atomically.
    static bool write(const QString &path, const QList<IntegrationSource> &sources, QString *error);
};

#pragma once

#include "CatalogParseResult.h"
#include "IntegrationSource.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

/// Linkdeck's own catalogue file: a JSON document of integration sources
/// ({"format":"linkdeck-catalog","version":1,"sources":[...]}) used for
/// export, import and the bundled wearable catalogue. It never carries a
/// secret, nor whether one is set.
class CatalogJson
{
    Q_DECLARE_TR_FUNCTIONS(CatalogJson)

public:
    static constexpr int FormatVersion = 1;
    static constexpr qint64 MaxFileBytes = 64LL * 1024 * 1024;
    static constexpr int MaxSources = 10000;

    /// Writes \a sources, sorted by key and indented, with logos as data: URIs.
    /// Fields equal to the IntegrationSource default are left out.
    static QByteArray write(const QList<IntegrationSource> &sources);

    /// Reads a catalogue. \a baseDir resolves relative logo paths (a directory
    /// or a Qt resource directory such as ":/catalog"); a path that is
    /// absolute, contains "..", or leaves \a baseDir is refused. Any problem
    /// refuses the whole file, with a message naming the source and field.
    static CatalogParseResult read(const QByteArray &json, const QString &baseDir);

    /// True if \a key is a valid source key: ^[a-z0-9][a-z0-9_-]{0,63}$.
    static bool isValidKey(const QString &key);
};

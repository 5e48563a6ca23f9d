#pragma once

#include "CatalogParseResult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

/// Reads Nango's providers.yaml (a map of provider key -> provider) into
/// sources. OAUTH2 and OAUTH1 providers become oauth2/oauth1 sources; every
/// other entry is listed in CatalogParseResult::skipped with the reason.
///
/// The YAML is read with libyaml's event API into a small bounded tree:
/// anchors and aliases, nesting deeper than 32 levels, more than 100,000
/// nodes and files over 16 MiB are refused.
class NangoImporter
{
    Q_DECLARE_TR_FUNCTIONS(NangoImporter)

public:
    static constexpr qint64 MaxFileBytes = 16LL * 1024 * 1024;
    static constexpr int MaxDepth = 32;
    static constexpr int MaxNodes = 100000;

    /// Parses \a yaml. On a YAML problem the whole file is refused with a
    /// message naming the line.
    static CatalogParseResult fromYaml(const QByteArray &yaml);

    /// Lower-cases \a key and replaces every character outside [a-z0-9_-]
    /// with '-'; leading '-'/'_' are dropped and the result is cut to 64.
    static QString slugify(const QString &key);
};

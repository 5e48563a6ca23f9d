#pragma once

#include "IntegrationSource.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

/// What an importer made of a catalogue file: the sources it could read,
/// the entries it left out (with why), or why it refused the whole file.
struct CatalogParseResult
{
    QList<IntegrationSource> sources;
    QStringList skipped; ///< "key: reason", one per entry left out
    QString error; ///< non-empty: the whole file is refused and sources is empty

    /// True when the file was read (some entries may still have been skipped).
    bool ok() const { return error.isEmpty(); }

    /// A result that refuses the whole file with \a message.
    static CatalogParseResult failure(const QString &message)
    {
        CatalogParseResult result;
        result.error = message;
        return result;
    }
};

Q_DECLARE_METATYPE(CatalogParseResult)

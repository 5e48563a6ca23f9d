#pragma once

#include "IntegrationSource.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

/// What importing a catalogue would do to the sources already defined:
/// matched by key, compared with IntegrationSource::sameDefinition.
class ImportPlan
{
    Q_DECLARE_TR_FUNCTIONS(ImportPlan)

public:
    QList<IntegrationSource> added; ///< keys not defined yet, as imported
    /// (existing, incoming); incoming already carries the existing id,
    /// revision, secret state, and client ID where it brings none.
    QList<QPair<IntegrationSource, IntegrationSource>> changed;
    QList<IntegrationSource> unchanged; ///< as they exist

    /// Plans importing \a incoming over \a existing.
    static ImportPlan compute(
        const QList<IntegrationSource> &existing, const QList<IntegrationSource> &incoming);

    /// The catalogue JSON keys ("authUrl", "scopes", "fullAuthUrl", "logo", ...)
    /// whose values differ between \a a and \a b.
    static QStringList changedFields(const IntegrationSource &a, const IntegrationSource &b);

    /// True if the import would neither add nor change anything.
    bool isEmpty() const { return added.isEmpty() && changed.isEmpty(); }

    /// "3 to add, 2 to change, 20 unchanged", translated.
    QString summary() const;
};

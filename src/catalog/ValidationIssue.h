#pragma once

#include <QList>
#include <QString>

/// One problem with one field of a definition, shown inline on that field.
struct ValidationIssue
{
    enum class Severity { Warning, Error };

    QString field; ///< the catalogue JSON key, e.g. "authUrl"
    Severity severity = Severity::Error;
    QString message;

    bool isError() const { return severity == Severity::Error; }
};

using ValidationIssues = QList<ValidationIssue>;

#pragma once

#include "ValidationIssue.h"

#include <QCoreApplication>

struct IntegrationSource;

/// Checks a source definition field by field, per auth type.
class SourceValidator
{
    Q_DECLARE_TR_FUNCTIONS(SourceValidator)

public:
    /// Every issue of @p source; empty when it is fine.
    static ValidationIssues validate(const IntegrationSource &source);

    /// Issues of one URL field: absolute http(s), and plain http only to loopback.
    static ValidationIssues validateUrl(const QString &field, const QString &value, bool required);

    /// True for a key of the form ^[a-z0-9][a-z0-9_-]{0,63}$.
    static bool isValidKey(const QString &key);

    /// The fields an auth type cannot do without (JSON keys).
    static QStringList requiredFields(const IntegrationSource &source);

    /// True where no issue is an error.
    static bool isAcceptable(const ValidationIssues &issues);
};

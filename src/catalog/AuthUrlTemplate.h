#pragma once

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>

struct IntegrationSource;

/// The "full auth URL": the authorization URL a user is sent to, as a
/// template with {client_id}, {redirect_uri}, {scope}, {state},
/// {code_challenge} (and {oauth_token} for OAuth 1.0a) placeholders.
class AuthUrlTemplate
{
    Q_DECLARE_TR_FUNCTIONS(AuthUrlTemplate)

public:
    /// The placeholders a template may use.
    static QStringList placeholders();

    /// The template generated from the source's other fields; empty for
    /// sources without an authorization page.
    static QString generate(const IntegrationSource &source);

    /// The administrator's override if there is one, else the generated template.
    static QString effective(const IntegrationSource &source);

    /// Replaces each placeholder by its percent-encoded value. A placeholder
    /// with no value is left as it is and named in @p unresolved.
    static QString resolve(
        const QString &templ, const QMap<QString, QString> &values, QStringList *unresolved = nullptr);

    /// Values for a preview: the source's client ID (or "{client_id}" kept),
    /// its scopes joined with its separator, and example state and challenge.
    static QMap<QString, QString> previewValues(const IntegrationSource &source, const QString &redirectUri);

    /// Placeholders in @p templ that are not known.
    static QStringList unknownPlaceholders(const QString &templ);
};

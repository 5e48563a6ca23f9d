#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <optional>

/// How an unattended browser gets through a provider's login and consent
/// pages: a JSON file of steps, each for the pages whose URL matches a
/// pattern, filling fields, clicking and submitting by CSS selector.
///
/// {"steps": [
///   {"name": "login", "url": "*/interaction/*", "waitFor": "input[name=password]",
///    "actions": [{"fill": "input[name=login]", "value": "${QA_LOGIN}"},
///                {"fill": "input[name=password]", "value": "${QA_PASSWORD}"},
///                {"submit": "form"}]},
///   {"name": "consent", "url": "*/interaction/*", "waitFor": "input[name=prompt][value=consent]",
///    "actions": [{"click": "button[type=submit]"}]}]}
///
/// "url" is a pattern over the whole URL where "*" matches any characters;
/// "waitFor" (optional) is a selector that must be on the page before the
/// step plays, which tells apart pages at the same URL. Each step plays at
/// most once per authorization (a run's PKCE check authorizes twice). A
/// value may name environment variables as ${NAME}, so that passwords stay
/// out of the file; resolved() fills them in. Unknown keys are errors, so
/// that a misspelt one is not silently ignored.
class LoginScript
{
    Q_DECLARE_TR_FUNCTIONS(LoginScript)

public:
    struct Action
    {
        enum class Kind { Fill, Click, Submit };
        Kind kind = Kind::Click;
        QString selector;
        QString value; ///< for Fill
    };

    struct Step
    {
        QString name; ///< for messages; "step N" where the file gives none
        QString url; ///< pattern, "*" for any characters
        QString waitFor; ///< selector; empty: the URL is enough
        QList<Action> actions;
    };

    /// A script from its JSON text; nullopt with @p error saying where it is wrong.
    static std::optional<LoginScript> parse(const QByteArray &json, QString *error);
    /// parse() of the file at @p path.
    static std::optional<LoginScript> load(const QString &path, QString *error);

    /// The script with every ${NAME} replaced from @p environment; nullopt
    /// with @p error naming the first variable that is not set.
    std::optional<LoginScript> resolved(const QProcessEnvironment &environment, QString *error) const;

    QList<Step> steps() const { return m_steps; }
    /// The values resolved() took from the environment, for a redactor to scrub.
    QStringList secrets() const { return m_secrets; }

    /// True where @p url matches @p pattern ("*" for any characters, the
    /// rest literal, the whole URL).
    static bool urlMatches(const QString &pattern, const QUrl &url);

private:
    QList<Step> m_steps;
    QStringList m_secrets;
};

#include "SourceValidator.h"

#include "AuthUrlTemplate.h"
#include "IntegrationSource.h"

#include <QRegularExpression>
#include <QUrl>

namespace {

ValidationIssue error(const QString &field, const QString &message)
{
    return { field, ValidationIssue::Severity::Error, message };
}

ValidationIssue warning(const QString &field, const QString &message)
{
    return { field, ValidationIssue::Severity::Warning, message };
}

/// @p host as QUrl::host() gives it: QUrl writes addresses in one form,
/// IPv4 as four decimal numbers ("127.1" becomes 127.0.0.1) and IPv6
/// compressed, in lower case ("[0:0::1]" becomes ::1).
bool isLoopback(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0
        || host.endsWith(QLatin1String(".localhost"), Qt::CaseInsensitive) || host == QLatin1String("::1"))
        return true;
    // 127.0.0.0/8, alone or mapped into IPv6.
    static const QRegularExpression ipv4Loopback(QStringLiteral("^(::ffff:)?127(\\.[0-9]{1,3}){3}$"));
    return ipv4Loopback.match(host).hasMatch();
}

constexpr qsizetype kMaxLogoBytes = 1024 * 1024;

} // namespace

bool SourceValidator::isValidKey(const QString &key)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9_-]{0,63}$"));
    return pattern.match(key).hasMatch();
}

ValidationIssues SourceValidator::validateUrl(const QString &field, const QString &value, bool required)
{
    const QString text = value.trimmed();
    if (text.isEmpty()) {
        if (required)
            return { error(field, tr("Required for this auth type.")) };
        return {};
    }
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.isRelative())
        return { error(field, tr("Enter an absolute URL, such as https://example.com/oauth/authorize.")) };
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return { error(field, tr("Only http and https URLs are allowed, not %1.").arg(url.scheme())) };
    if (url.host().isEmpty())
        return { error(field, tr("The URL has no host.")) };
    if (text.contains(QLatin1Char(' ')))
        return { error(field, tr("The URL contains a space.")) };
    if (scheme == QLatin1String("http") && !isLoopback(url.host()))
        return { warning(
            field, tr("Plain http sends credentials unencrypted; use https except for loopback.")) };
    return {};
}

QStringList SourceValidator::requiredFields(const IntegrationSource &source)
{
    switch (source.authType) {
    case IntegrationSource::AuthType::OAuth2:
        return { QStringLiteral("authUrl"), QStringLiteral("accessTokenUrl") };
    case IntegrationSource::AuthType::OAuth1:
        return { QStringLiteral("requestTokenUrl"), QStringLiteral("authUrl"),
            QStringLiteral("accessTokenUrl") };
    case IntegrationSource::AuthType::Password:
    case IntegrationSource::AuthType::Email:
    case IntegrationSource::AuthType::Sdk:
        break;
    }
    return {};
}

ValidationIssues SourceValidator::validate(const IntegrationSource &s)
{
    ValidationIssues issues;
    if (s.key.isEmpty())
        issues << error(QStringLiteral("key"), tr("A key is required."));
    else if (!isValidKey(s.key))
        issues << error(QStringLiteral("key"),
            tr("Use 1 to 64 lower-case letters, digits, '-' or '_', starting with a letter or digit."));
    if (s.displayName.trimmed().isEmpty())
        issues << error(QStringLiteral("displayName"), tr("A display name is required."));

    const QStringList required = requiredFields(s);
    const QList<QPair<QString, QString>> urls {
        { QStringLiteral("authHostUrl"), s.authHostUrl },
        { QStringLiteral("apiHostUrl"), s.apiHostUrl },
        { QStringLiteral("authUrl"), s.authUrl },
        { QStringLiteral("requestTokenUrl"), s.requestTokenUrl },
        { QStringLiteral("accessTokenUrl"), s.accessTokenUrl },
        { QStringLiteral("refreshUrl"), s.refreshUrl },
        { QStringLiteral("revokeUrl"), s.revokeUrl },
        { QStringLiteral("docsUrl"), s.docsUrl },
    };
    for (const auto &[field, value] : urls)
        issues << validateUrl(field, value, required.contains(field));

    const bool credentialsKind = s.authType == IntegrationSource::AuthType::Password
        || s.authType == IntegrationSource::AuthType::Email;
    if (credentialsKind && s.authUrl.trimmed().isEmpty())
        issues << warning(QStringLiteral("authUrl"),
            tr("Without a login URL the connect service cannot verify what users enter."));

    if (s.authType == IntegrationSource::AuthType::OAuth2) {
        if (s.scopes.size() > 1 && s.scopeSeparator.isEmpty())
            issues << error(QStringLiteral("scopeSeparator"), tr("Several scopes need a separator."));
        if (s.pkce == IntegrationSource::PkceMode::Plain)
            issues << warning(QStringLiteral("pkce"),
                tr("The plain method does not hide the verifier; use S256 where the provider allows it."));
    }
    for (const QString &scope : s.scopes) {
        if (!s.scopeSeparator.isEmpty() && scope.contains(s.scopeSeparator)) {
            issues << error(QStringLiteral("scopes"),
                tr("The scope \"%1\" contains the separator \"%2\".").arg(scope, s.scopeSeparator));
            break;
        }
    }

    const QString override = s.fullAuthUrlOverride.trimmed();
    if (!override.isEmpty()) {
        const QStringList unknown = AuthUrlTemplate::unknownPlaceholders(override);
        if (!unknown.isEmpty())
            issues << error(QStringLiteral("fullAuthUrl"),
                tr("Unknown placeholder: {%1}.").arg(unknown.join(QStringLiteral("}, {"))));
        QMap<QString, QString> sample;
        for (const QString &name : AuthUrlTemplate::placeholders())
            sample.insert(name, QStringLiteral("x"));
        issues << validateUrl(
            QStringLiteral("fullAuthUrl"), AuthUrlTemplate::resolve(override, sample), false);
        if (s.authType == IntegrationSource::AuthType::OAuth2 && !override.contains(QLatin1String("{state}")))
            issues << warning(QStringLiteral("fullAuthUrl"),
                tr("Without {state} the callback cannot be checked against forgery."));
    }

    const QString path = s.testApiPath.trimmed();
    if (!path.isEmpty() && !path.startsWith(QLatin1Char('/'))) {
        if (path.startsWith(QLatin1String("http://")) || path.startsWith(QLatin1String("https://")))
            issues << validateUrl(QStringLiteral("testApiPath"), path, false);
        else
            issues << error(QStringLiteral("testApiPath"),
                tr("Start the path with '/', relative to the API host, or give a full URL."));
    }
    if (!path.isEmpty() && s.apiHostUrl.trimmed().isEmpty() && path.startsWith(QLatin1Char('/')))
        issues << warning(QStringLiteral("apiHostUrl"), tr("The test API path needs an API host."));

    for (auto it = s.extraAuthParams.cbegin(); it != s.extraAuthParams.cend(); ++it) {
        if (it.key().trimmed().isEmpty())
            issues << error(QStringLiteral("extraAuthParams"), tr("A parameter needs a name."));
    }
    for (auto it = s.extraTokenParams.cbegin(); it != s.extraTokenParams.cend(); ++it) {
        if (it.key().trimmed().isEmpty())
            issues << error(QStringLiteral("extraTokenParams"), tr("A parameter needs a name."));
    }
    if (s.logo.size() > kMaxLogoBytes)
        issues << error(QStringLiteral("logo"), tr("The logo is larger than 1 MiB."));
    return issues;
}

bool SourceValidator::isAcceptable(const ValidationIssues &issues)
{
    return std::none_of(issues.cbegin(), issues.cend(), [](const ValidationIssue &i) { return i.isError(); });
}

#include "AuthUrlTemplate.h"

#include "IntegrationSource.h"

#include <QRegularExpression>
#include <QUrl>

namespace {

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\{([a-z_]+)\\}"));
    return pattern;
}

// Query parameters are appended as text so that placeholders stay readable
// in the template; resolve() encodes the values later.
void appendParam(QString *url, const QString &name, const QString &value)
{
    url->append(url->contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?'));
    url->append(QString::fromLatin1(QUrl::toPercentEncoding(name)));
    url->append(QLatin1Char('='));
    url->append(value);
}

} // namespace

QStringList AuthUrlTemplate::placeholders()
{
    return { QStringLiteral("client_id"), QStringLiteral("redirect_uri"), QStringLiteral("scope"),
        QStringLiteral("state"), QStringLiteral("code_challenge"), QStringLiteral("oauth_token") };
}

QString AuthUrlTemplate::generate(const IntegrationSource &source)
{
    if (source.authUrl.trimmed().isEmpty())
        return {};
    QString url = source.authUrl.trimmed();
    switch (source.authType) {
    case IntegrationSource::AuthType::OAuth2:
        appendParam(&url, QStringLiteral("response_type"), QStringLiteral("code"));
        appendParam(&url, QStringLiteral("client_id"), QStringLiteral("{client_id}"));
        appendParam(&url, QStringLiteral("redirect_uri"), QStringLiteral("{redirect_uri}"));
        if (!source.scopes.isEmpty())
            appendParam(&url, QStringLiteral("scope"), QStringLiteral("{scope}"));
        appendParam(&url, QStringLiteral("state"), QStringLiteral("{state}"));
        if (source.pkce != IntegrationSource::PkceMode::Off) {
            appendParam(&url, QStringLiteral("code_challenge"), QStringLiteral("{code_challenge}"));
            appendParam(
                &url, QStringLiteral("code_challenge_method"), IntegrationSource::toString(source.pkce));
        }
        for (auto it = source.extraAuthParams.cbegin(); it != source.extraAuthParams.cend(); ++it)
            appendParam(&url, it.key(), QString::fromLatin1(QUrl::toPercentEncoding(it.value())));
        return url;
    case IntegrationSource::AuthType::OAuth1:
        appendParam(&url, QStringLiteral("oauth_token"), QStringLiteral("{oauth_token}"));
        for (auto it = source.extraAuthParams.cbegin(); it != source.extraAuthParams.cend(); ++it)
            appendParam(&url, it.key(), QString::fromLatin1(QUrl::toPercentEncoding(it.value())));
        return url;
    case IntegrationSource::AuthType::Password:
    case IntegrationSource::AuthType::Email:
    case IntegrationSource::AuthType::Sdk:
        break;
    }
    return {};
}

QString AuthUrlTemplate::effective(const IntegrationSource &source)
{
    const QString override = source.fullAuthUrlOverride.trimmed();
    return override.isEmpty() ? generate(source) : override;
}

QString AuthUrlTemplate::resolve(
    const QString &templ, const QMap<QString, QString> &values, QStringList *unresolved)
{
    QString result;
    result.reserve(templ.size() + 64);
    qsizetype last = 0;
    auto matches = placeholderPattern().globalMatch(templ);
    while (matches.hasNext()) {
        const auto match = matches.next();
        result += QStringView(templ).mid(last, match.capturedStart() - last);
        const QString name = match.captured(1);
        const auto value = values.constFind(name);
        if (value == values.cend()) {
            result += match.captured(0);
            if (unresolved && !unresolved->contains(name))
                unresolved->append(name);
        } else {
            result += QString::fromLatin1(QUrl::toPercentEncoding(*value));
        }
        last = match.capturedEnd();
    }
    result += QStringView(templ).mid(last);
    return result;
}

QMap<QString, QString> AuthUrlTemplate::previewValues(
    const IntegrationSource &source, const QString &redirectUri)
{
    QMap<QString, QString> values;
    if (!source.clientId.isEmpty())
        values.insert(QStringLiteral("client_id"), source.clientId);
    values.insert(QStringLiteral("redirect_uri"), redirectUri);
    values.insert(QStringLiteral("scope"), source.scopes.join(source.scopeSeparator));
    values.insert(QStringLiteral("state"), QStringLiteral("preview-state"));
    values.insert(
        QStringLiteral("code_challenge"), QStringLiteral("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
    return values;
}

QStringList AuthUrlTemplate::unknownPlaceholders(const QString &templ)
{
    QStringList unknown;
    const QStringList known = placeholders();
    auto matches = placeholderPattern().globalMatch(templ);
    while (matches.hasNext()) {
        const QString name = matches.next().captured(1);
        if (!known.contains(name) && !unknown.contains(name))
            unknown.append(name);
    }
    return unknown;
}

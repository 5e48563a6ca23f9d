#include "IntegrationSource.h"

#include <QCoreApplication>
#include <array>
#include <utility>

namespace {

template<typename Enum, std::size_t N>
QString nameOf(const std::array<std::pair<Enum, const char *>, N> &table, Enum value)
{
    for (const auto &[e, name] : table) {
        if (e == value)
            return QString::fromLatin1(name);
    }
    return {};
}

template<typename Enum, std::size_t N>
bool valueOf(const std::array<std::pair<Enum, const char *>, N> &table, const QString &text, Enum *value)
{
    for (const auto &[e, name] : table) {
        if (text.compare(QLatin1String(name), Qt::CaseInsensitive) == 0) {
            *value = e;
            return true;
        }
    }
    return false;
}

using A = IntegrationSource::AuthType;
using P = IntegrationSource::PkceMode;
using C = IntegrationSource::ClientAuth;

constexpr std::array<std::pair<A, const char *>, 5> kAuthTypes { {
    { A::OAuth2, "oauth2" },
    { A::OAuth1, "oauth1" },
    { A::Password, "password" },
    { A::Email, "email" },
    { A::Sdk, "sdk" },
} };
constexpr std::array<std::pair<P, const char *>, 3> kPkceModes { {
    { P::S256, "S256" },
    { P::Plain, "plain" },
    { P::Off, "off" },
} };
constexpr std::array<std::pair<C, const char *>, 2> kClientAuths { {
    { C::Basic, "basic" },
    { C::Body, "body" },
} };

} // namespace

bool IntegrationSource::sameDefinition(const IntegrationSource &o) const
{
    return key == o.key && displayName == o.displayName && authType == o.authType && enabled == o.enabled
        && authHostUrl == o.authHostUrl && apiHostUrl == o.apiHostUrl && authUrl == o.authUrl
        && requestTokenUrl == o.requestTokenUrl && accessTokenUrl == o.accessTokenUrl
        && fullAuthUrlOverride == o.fullAuthUrlOverride && clientId == o.clientId && scopes == o.scopes
        && scopeSeparator == o.scopeSeparator && pkce == o.pkce && clientAuth == o.clientAuth
        && extraAuthParams == o.extraAuthParams && extraTokenParams == o.extraTokenParams
        && refreshUrl == o.refreshUrl && revokeUrl == o.revokeUrl && testApiPath == o.testApiPath
        && description == o.description && docsUrl == o.docsUrl && logo == o.logo
        && logoMimeType == o.logoMimeType;
}

QString IntegrationSource::toString(AuthType type)
{
    return nameOf(kAuthTypes, type);
}
QString IntegrationSource::toString(PkceMode mode)
{
    return nameOf(kPkceModes, mode);
}
QString IntegrationSource::toString(ClientAuth auth)
{
    return nameOf(kClientAuths, auth);
}
bool IntegrationSource::fromString(const QString &text, AuthType *type)
{
    return valueOf(kAuthTypes, text, type);
}
bool IntegrationSource::fromString(const QString &text, PkceMode *mode)
{
    return valueOf(kPkceModes, text, mode);
}
bool IntegrationSource::fromString(const QString &text, ClientAuth *auth)
{
    return valueOf(kClientAuths, text, auth);
}

QString IntegrationSource::title(AuthType type)
{
    switch (type) {
    case AuthType::OAuth2:
        return QCoreApplication::translate("IntegrationSource", "OAuth 2.0");
    case AuthType::OAuth1:
        return QCoreApplication::translate("IntegrationSource", "OAuth 1.0a");
    case AuthType::Password:
        return QCoreApplication::translate("IntegrationSource", "Password");
    case AuthType::Email:
        return QCoreApplication::translate("IntegrationSource", "E-mail");
    case AuthType::Sdk:
        return QCoreApplication::translate("IntegrationSource", "On-device SDK");
    }
    return {};
}

QList<IntegrationSource::AuthType> IntegrationSource::authTypes()
{
    QList<AuthType> types;
    for (const auto &entry : kAuthTypes)
        types << entry.first;
    return types;
}

QStringList IntegrationSource::authTypeNames()
{
    QStringList names;
    for (const auto &entry : kAuthTypes)
        names << QString::fromLatin1(entry.second);
    return names;
}

QUrl IntegrationSource::testApiUrl() const
{
    const QString path = testApiPath.trimmed();
    if (path.startsWith(QLatin1String("http://")) || path.startsWith(QLatin1String("https://")))
        return QUrl(path);
    QString host = apiHostUrl.trimmed();
    while (host.endsWith(QLatin1Char('/')))
        host.chop(1);
    return QUrl(host + path);
}

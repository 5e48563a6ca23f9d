#include "DiscoveryImporter.h"

#include "CatalogJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QUrl>

Q_LOGGING_CATEGORY(lcDiscoveryImporter, "linkdeck.catalog.discovery")

namespace {

// Discovery documents list every scope the server knows; a new source
// starts with the standard ones a login needs, not with all of them.
const char *const kWantedScopes[] = { "openid", "profile", "email", "offline_access" };

QStringList stringArray(const QJsonObject &object, const char *field)
{
    QStringList list;
    const QJsonArray array = object.value(QLatin1String(field)).toArray();
    for (const QJsonValue &value : array) {
        if (value.isString())
            list << value.toString();
    }
    return list;
}

QString slugOfHost(const QString &host)
{
    QString slug;
    for (const QChar c : host.toLower()) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            slug += c;
        else if (!slug.isEmpty() && !slug.endsWith(QLatin1Char('-')))
            slug += QLatin1Char('-');
    }
    while (slug.endsWith(QLatin1Char('-')))
        slug.chop(1);
    return slug.left(64);
}

} // namespace

QString DiscoveryImporter::origin(const QUrl &url)
{
    return url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo)
        .toString(QUrl::FullyEncoded);
}

CatalogParseResult DiscoveryImporter::fromDocument(
    const QByteArray &json, const QString &key, const QString &displayName)
{
    using R = CatalogParseResult;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return R::failure(tr("The discovery document is not valid JSON: %1 at offset %2.")
                              .arg(parseError.errorString())
                              .arg(parseError.offset));
    if (!document.isObject())
        return R::failure(tr("The discovery document is not a JSON object."));
    const QJsonObject doc = document.object();

    // Every endpoint must be an absolute http(s) URL; the issuer as well.
    QString error;
    auto endpoint = [&doc, &error](const char *field, bool required) -> QUrl {
        if (!error.isEmpty())
            return {};
        const QJsonValue value = doc.value(QLatin1String(field));
        if (value.isUndefined() || value.isNull()) {
            if (required)
                error = tr("The discovery document has no \"%1\".").arg(QLatin1String(field));
            return {};
        }
        const QUrl url(value.toString(), QUrl::StrictMode);
        if (!value.isString() || !url.isValid() || url.host().isEmpty()
            || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
            error = tr("The discovery document's \"%1\" is not an absolute http(s) URL.")
                        .arg(QLatin1String(field));
            return {};
        }
        return url;
    };
    const QUrl issuer = endpoint("issuer", true);
    const QUrl authorization = endpoint("authorization_endpoint", true);
    const QUrl token = endpoint("token_endpoint", true);
    const QUrl revocation = endpoint("revocation_endpoint", false);
    const QUrl userinfo = endpoint("userinfo_endpoint", false);
    const QUrl documentation = endpoint("service_documentation", false);
    if (!error.isEmpty())
        return R::failure(error);

    IntegrationSource s;
    s.key = key.isEmpty() ? slugOfHost(issuer.host()) : key;
    if (!CatalogJson::isValidKey(s.key))
        return R::failure(tr("\"%1\" is not a valid source key.").arg(s.key.left(80)));
    s.displayName = displayName.isEmpty() ? issuer.host() : displayName;
    s.authType = IntegrationSource::AuthType::OAuth2;
    s.authHostUrl = origin(issuer);
    s.authUrl = authorization.toString(QUrl::FullyEncoded);
    s.accessTokenUrl = token.toString(QUrl::FullyEncoded);
    s.refreshUrl = s.accessTokenUrl;
    if (revocation.isValid())
        s.revokeUrl = revocation.toString(QUrl::FullyEncoded);
    if (userinfo.isValid()) {
        s.apiHostUrl = origin(userinfo);
        s.testApiPath = userinfo.path(QUrl::FullyEncoded);
        if (userinfo.hasQuery())
            s.testApiPath += QLatin1Char('?') + userinfo.query(QUrl::FullyEncoded);
    }
    if (documentation.isValid())
        s.docsUrl = documentation.toString(QUrl::FullyEncoded);
    s.description
        = tr("Imported from the discovery document of %1.").arg(issuer.toString(QUrl::FullyEncoded));

    const QStringList supported = stringArray(doc, "scopes_supported");
    for (const char *scope : kWantedScopes) {
        if (supported.contains(QLatin1String(scope)))
            s.scopes << QString::fromLatin1(scope);
    }

    const QStringList challenges = stringArray(doc, "code_challenge_methods_supported");
    if (challenges.contains(QLatin1String("S256")))
        s.pkce = IntegrationSource::PkceMode::S256;
    else if (challenges.contains(QLatin1String("plain")))
        s.pkce = IntegrationSource::PkceMode::Plain;
    else
        s.pkce = IntegrationSource::PkceMode::Off;

    // RFC 8414: when the list is absent, client_secret_basic is the default.
    const bool authListed = doc.contains(QLatin1String("token_endpoint_auth_methods_supported"));
    const QStringList authMethods = stringArray(doc, "token_endpoint_auth_methods_supported");
    if (authListed && !authMethods.contains(QLatin1String("client_secret_basic"))
        && authMethods.contains(QLatin1String("client_secret_post")))
        s.clientAuth = IntegrationSource::ClientAuth::Body;
    else
        s.clientAuth = IntegrationSource::ClientAuth::Basic;

    qCDebug(lcDiscoveryImporter) << "imported" << s.key << "from" << issuer;
    R result;
    result.sources.append(s);
    return result;
}

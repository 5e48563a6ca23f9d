#pragma once

#include "CatalogParseResult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QUrl>

/// Makes an OAuth 2.0 source from an OAuth 2.0 Authorization Server
/// Metadata document (RFC 8414) or an OpenID Connect discovery document.
class DiscoveryImporter
{
    Q_DECLARE_TR_FUNCTIONS(DiscoveryImporter)

public:
    /// Reads \a json into one oauth2 source. \a key defaults to a slug of the
    /// issuer's host ("accounts-example-com"), \a displayName to the host.
    /// Refuses documents without issuer, authorization_endpoint or
    /// token_endpoint, and anything that is not a JSON object.
    static CatalogParseResult fromDocument(
        const QByteArray &json, const QString &key = {}, const QString &displayName = {});

    /// "scheme://host[:port]" of \a url (the port only when not the default).
    static QString origin(const QUrl &url);
};

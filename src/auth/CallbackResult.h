#pragma once

#include <QMetaType>
#include <QString>
#include <QUrl>

/// What came back to the redirect URI of an OAuth 2.0 authorization:
/// AuthorizationRequest::parseCallback() reads it from the query or the
/// fragment. Contains the authorization code: never log it.
struct CallbackResult
{
    enum class Kind {
        Code, ///< a code, and the state matched
        Error, ///< the provider answered with error=…
        StateMismatch, ///< state missing or different: possibly forged, never exchanged
        Empty, ///< neither code nor error: not an OAuth callback
    };

    Kind kind = Kind::Empty;
    QString code;
    QString state; ///< as received
    QString error;
    QString errorDescription;
    QString errorUri;
    QString issuer; ///< RFC 9207 "iss", where the provider sends it
    bool fromFragment = false; ///< read from the fragment, not the query
    QUrl url; ///< the callback URL as received

    bool isSuccess() const { return kind == Kind::Code; }
};

Q_DECLARE_METATYPE(CallbackResult)

#pragma once

#include "HttpExchange.h"

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringView>
#include <QUrl>

/// Takes secrets, codes and tokens out of what Linkdeck records (HTTP
/// exchanges, URLs, headers, form and JSON bodies, free text) before it is
/// kept, shown or exported.
///
/// A redacted value becomes a short fingerprint, "redacted:1a2b3c": the
/// first six hex digits of an HMAC-SHA256 of the value under this
/// redactor's key. One redactor gives one value one fingerprint, so a token
/// issued by the token endpoint can be matched with the one the API call
/// sent, without either being readable; the key (random unless given)
/// keeps short secrets such as passwords from being guessed from their
/// fingerprint.
///
/// What is redacted: Authorization and Proxy-Authorization credentials
/// (scheme kept; in OAuth 1.0a headers oauth_token, oauth_signature and
/// oauth_verifier), cookie values, headers named like a key or token, and
/// fields in queries, fragments, forms, JSON and text whose names say
/// secret, password, token, code, verifier, assertion or signature
/// (isSensitiveName()). Every value found so is learnt, and a learnt or
/// added literal is scrubbed wherever else it appears, raw or encoded.
class Redactor
{
public:
    /// Literals shorter than this are redacted in named fields only, never
    /// scrubbed as free text (that would eat ordinary words and numbers).
    static constexpr qsizetype MinSecretLength = 4;
    /// Values found in named fields are learnt from this length on.
    static constexpr qsizetype MinLearntLength = 8;

    /// A redactor with a random fingerprint key.
    Redactor();
    /// A redactor with a given key: fingerprints that stay the same across runs.
    explicit Redactor(const QByteArray &fingerprintKey);

    /// Adds a literal to scrub anywhere (a known client secret, a password).
    void addSecret(const QString &secret);
    /// How many literals are scrubbed (added and learnt).
    qsizetype secretCount() const { return m_literals.size(); }

    /// "redacted:" and six hex digits; the same for the same value.
    QString fingerprint(const QString &value) const;
    /// True for a text made by fingerprint().
    static bool isFingerprint(QStringView text);

    /// True for a field or header name that holds a secret: the names of
    /// the class comment, compared without case, "_", "-" or brackets.
    static bool isSensitiveName(QStringView name);

    /// The whole exchange redacted: URL, headers, bodies, reason and error.
    HttpExchange redact(const HttpExchange &exchange);
    QUrl redactUrl(const QUrl &url);
    HttpExchange::Headers redactHeaders(const HttpExchange::Headers &headers);
    QByteArray redactHeaderValue(const QByteArray &name, const QByteArray &value);
    /// A body as JSON, form or text, by @p contentType and by its look.
    QByteArray redactBody(const QByteArray &body, const QByteArray &contentType);
    /// application/x-www-form-urlencoded text (also a query or fragment).
    QByteArray redactForm(const QByteArray &encoded);
    QJsonValue redactJson(const QJsonValue &value);
    /// Free text (a step's detail, an error message): name=value pairs and
    /// known literals.
    QString redactText(const QString &text);

    /// Only the known literals and anything shaped like a JWT, in text.
    QString scrub(const QString &text) const;
    QByteArray scrub(const QByteArray &bytes) const;
    /// scrub() on every string (and key) of a JSON value; numbers and the
    /// structure stay as they are.
    QJsonValue scrubJson(const QJsonValue &value) const;

private:
    struct Literal
    {
        QString value;
        QString marker;
        QList<QByteArray> variants; ///< raw, percent-, form- and JSON-encoded
    };

    void addLiteral(const QString &value, qsizetype minLength);
    void learn(const QString &value);
    QString mark(const QString &value);
    QByteArray redactAuthorization(const QByteArray &value);
    QByteArray redactCookies(const QByteArray &value, bool setCookie);
    QUrl redactUrl(const QUrl &url, int depth);
    QByteArray redactForm(const QByteArray &encoded, int depth);
    QJsonValue redactJson(const QJsonValue &value, int depth);
    QString redactEmbedded(const QString &value, int depth);
    QByteArray redactTextBytes(const QByteArray &text);
    QByteArray redactBodyOnce(const QByteArray &body, const QByteArray &contentType);
    HttpExchange redactOnce(const HttpExchange &exchange);

    QByteArray m_key;
    QList<Literal> m_literals; ///< longest first
    int m_redactions = 0; ///< counts replacements, to tell whether a nested value changed
};

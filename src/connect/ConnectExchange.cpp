#include "ConnectExchange.h"

#include "ApiError.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcExchange, "linkdeck.connect.exchange")

ConnectExchange::ConnectExchange(const QHttpServerRequest &request, QHttpServerResponder &&responder)
    : m_method(request.method())
    , m_url(request.url())
    , m_body(request.body())
    , m_headers(request.headers())
    , m_remoteAddress(request.remoteAddress())
    , m_socket(responder.socket())
{
    m_responder.emplace(std::move(responder));
}

ConnectExchange::~ConnectExchange()
{
    if (!isAnswered()) {
        // Not the path: it can hold a session id.
        qCWarning(lcExchange) << "a request was left without an answer; answering 500";
        fail(ApiError::internal(ApiError::tr("The service could not answer this request.")));
    }
}

QByteArray ConnectExchange::header(const QByteArray &name) const
{
    for (const Header &header : m_headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

bool ConnectExchange::jsonBody(QJsonObject *object, ApiError *error) const
{
    if (m_body.trimmed().isEmpty()) {
        *object = {};
        return true;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(m_body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = ApiError::invalidJson(parseError.errorString());
        return false;
    }
    if (!document.isObject()) {
        *error = ApiError::invalidJson(ApiError::tr("expected an object"));
        return false;
    }
    *object = document.object();
    return true;
}

void ConnectExchange::respond(int status, const QJsonObject &body)
{
    respond(
        status, QByteArrayLiteral("application/json"), QJsonDocument(body).toJson(QJsonDocument::Compact));
}

void ConnectExchange::respond(
    int status, const QByteArray &mimeType, const QByteArray &body, const QList<Header> &headers)
{
    if (isAnswered())
        return;
    m_status = status;
    if (m_answered)
        m_answered(status);
    // The server deletes the socket (and its request) when the client goes
    // away; the responder must not be touched then.
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState) {
        qCDebug(lcExchange) << "the client left before its answer";
        return;
    }
    QHttpServerResponder &responder = *m_responder;
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(status));
    if (!mimeType.isEmpty())
        responder.writeHeader(QByteArrayLiteral("Content-Type"), mimeType);
    responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(body.size()));
    // Answers carry tokens and session ids: never cache them.
    responder.writeHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    responder.writeHeader(QByteArrayLiteral("X-Content-Type-Options"), QByteArrayLiteral("nosniff"));
    for (const Header &header : headers)
        responder.writeHeader(header.first, header.second);
    responder.writeBody(body);
}

void ConnectExchange::fail(const ApiError &error)
{
    QList<Header> headers;
    if (error.status == 401 && error.code == QLatin1String("INVALID_CLIENT"))
        headers << Header(
            QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Basic realm=\"linkdeck\""));
    respond(error.status, QByteArrayLiteral("application/json"),
        QJsonDocument(error.toJson()).toJson(QJsonDocument::Compact), headers);
}

void ConnectExchange::redirect(const QUrl &location)
{
    respond(303, QByteArray(), QByteArray(), { Header(QByteArrayLiteral("Location"), location.toEncoded()) });
}

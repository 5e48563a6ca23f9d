#include "CredentialVerifier.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>

Q_LOGGING_CATEGORY(lcCredentials, "linkdeck.connect.credentials")

namespace {

constexpr qint64 kMaxAnswerBytes = 1024 * 1024;

} // namespace

CredentialVerifier::CredentialVerifier(
    QNetworkAccessManager *network, std::chrono::milliseconds timeout, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_timeout(timeout)
{ }

bool CredentialVerifier::isSafeForCredentials(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return false;
    if (url.scheme() == QLatin1String("https"))
        return true;
    if (url.scheme() != QLatin1String("http"))
        return false;
    if (url.host() == QLatin1String("localhost"))
        return true;
    const QHostAddress address(url.host());
    return !address.isNull() && address.isLoopback();
}

void CredentialVerifier::verify(
    const QUrl &loginUrl, const QJsonObject &credentials, QObject *context, Callback done)
{
    if (!isSafeForCredentials(loginUrl)) {
        CredentialCheck refused;
        refused.error
            = tr("The provider's login endpoint %1 is not an https URL; credentials are not sent there.")
                  .arg(loginUrl.toDisplayString());
        QMetaObject::invokeMethod(
            context, [done, refused]() { done(refused); }, Qt::QueuedConnection);
        return;
    }
    QNetworkRequest request(loginUrl);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    request.setTransferTimeout(int(m_timeout.count()));
    // A redirect could carry the credentials elsewhere; it is an answer, not a hop.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply
        = m_network->post(request, QJsonDocument(credentials).toJson(QJsonDocument::Compact));
    qCDebug(lcCredentials) << "checking credentials at" << loginUrl.toDisplayString(QUrl::RemoveQuery);

    QPointer<QObject> guard(context);
    connect(reply, &QNetworkReply::finished, this, [reply, guard, done, loginUrl]() {
        reply->deleteLater();
        CredentialCheck check;
        check.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray answer = reply->read(kMaxAnswerBytes);
        check.response = QJsonDocument::fromJson(answer).object();
        if (check.httpStatus >= 200 && check.httpStatus < 300) {
            check.outcome = CredentialCheck::Outcome::Accepted;
        } else if (check.httpStatus == 401 || check.httpStatus == 403) {
            check.outcome = CredentialCheck::Outcome::Rejected;
            check.response = {};
            check.error = tr("The provider did not accept these credentials.");
        } else {
            check.response = {};
            check.error = check.httpStatus == 0
                ? tr("The provider's login endpoint did not answer: %1").arg(reply->errorString())
                : tr("The provider's login endpoint answered with HTTP status %1.").arg(check.httpStatus);
        }
        qCInfo(lcCredentials) << "login endpoint" << loginUrl.host() << "answered" << check.httpStatus;
        if (guard)
            done(check);
    });
}

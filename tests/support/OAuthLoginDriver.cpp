#include "OAuthLoginDriver.h"

#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>

namespace {

QString unescape(QString text)
{
    text.replace(QLatin1String("&quot;"), QLatin1String("\""));
    text.replace(QLatin1String("&#39;"), QLatin1String("'"));
    text.replace(QLatin1String("&lt;"), QLatin1String("<"));
    text.replace(QLatin1String("&gt;"), QLatin1String(">"));
    text.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return text;
}

QString attribute(const QString &tag, const QString &name)
{
    const QRegularExpression pattern(
        QStringLiteral("\\b%1\\s*=\\s*\"([^\"]*)\"").arg(name), QRegularExpression::CaseInsensitiveOption);
    return unescape(pattern.match(tag).captured(1));
}

QByteArray formEncode(const QString &value)
{
    return QUrl::toPercentEncoding(value);
}

} // namespace

OAuthLoginDriver::OAuthLoginDriver(QObject *parent)
    : QObject(parent)
{
    m_manager.setCookieJar(new QNetworkCookieJar(&m_manager));
    m_manager.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

void OAuthLoginDriver::start(const QUrl &authorizationUrl, const QUrl &redirectUri)
{
    m_redirectUri = redirectUri;
    m_result = {};
    m_running = true;
    request(authorizationUrl);
}

bool OAuthLoginDriver::isRedirectUri(const QUrl &url) const
{
    const auto strip = QUrl::RemoveQuery | QUrl::RemoveFragment;
    return url.adjusted(strip).toString(QUrl::FullyEncoded)
        == m_redirectUri.adjusted(strip).toString(QUrl::FullyEncoded);
}

void OAuthLoginDriver::request(const QUrl &url, const QByteArray &formBody)
{
    if (m_result.hops >= MaxHops) {
        finish(QStringLiteral("more than %1 requests without reaching the redirect URI").arg(MaxHops));
        return;
    }
    ++m_result.hops;
    m_result.lastUrl = url;
    QNetworkRequest request(url);
    request.setTransferTimeout(10000);
    QNetworkReply *reply = nullptr;
    if (formBody.isNull()) {
        reply = m_manager.get(request);
    } else {
        request.setHeader(
            QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        reply = m_manager.post(request, formBody);
    }
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onReply(reply); });
}

void OAuthLoginDriver::onReply(QNetworkReply *reply)
{
    reply->deleteLater();
    if (!m_running)
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    m_result.lastStatus = status;
    m_result.lastBody = body;
    if (status == 0) {
        finish(
            QStringLiteral("no HTTP answer from %1: %2").arg(reply->url().toString(), reply->errorString()));
        return;
    }
    if (status >= 300 && status < 400) {
        const QUrl target = reply->url().resolved(QUrl::fromEncoded(reply->rawHeader("Location")));
        if (isRedirectUri(target)) {
            m_result.reachedRedirect = true;
            m_result.redirectUrl = target;
            finish({});
            return;
        }
        request(target);
        return;
    }
    if (status != 200) {
        finish(QStringLiteral("HTTP %1 at %2").arg(status).arg(reply->url().toString()));
        return;
    }

    // oidc-provider's development pages: one form with a hidden "prompt"
    // (login or consent) and, in the layout, a "[ Cancel ]" link to …/abort.
    const QString html = QString::fromUtf8(body);
    static const QRegularExpression formPattern(QStringLiteral("<form\\b([^>]*)>(.*?)</form>"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression inputPattern(
        QStringLiteral("<input\\b([^>]*)>"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression abortPattern(
        QStringLiteral("<a\\b[^>]*href=\"([^\"]*/abort)\""), QRegularExpression::CaseInsensitiveOption);
    const auto form = formPattern.match(html);
    if (!form.hasMatch()) {
        finish(QStringLiteral("no form on %1").arg(reply->url().toString()));
        return;
    }
    QString prompt;
    QByteArray fields;
    auto inputs = inputPattern.globalMatch(form.captured(2));
    while (inputs.hasNext()) {
        const QString tag = inputs.next().captured(1);
        const QString name = attribute(tag, QStringLiteral("name"));
        const QString type = attribute(tag, QStringLiteral("type")).toLower();
        if (name.isEmpty())
            continue;
        QString value = attribute(tag, QStringLiteral("value"));
        if (name == QLatin1String("prompt"))
            prompt = value;
        if (type == QLatin1String("password"))
            value = QStringLiteral("any-password");
        else if (name == QLatin1String("login"))
            value = m_login;
        if (!fields.isEmpty())
            fields += '&';
        fields += formEncode(name) + '=' + formEncode(value);
    }
    // A consent form with named buttons (the OAuth 1.0a peer's Allow and
    // Deny): the one pressed is sent with the form.
    static const QRegularExpression buttonPattern(
        QStringLiteral("<button\\b([^>]*)>"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression approveValue(
        QStringLiteral("^(allow|approve|accept|yes)$"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression denyValue(
        QStringLiteral("^(deny|cancel|reject|no)$"), QRegularExpression::CaseInsensitiveOption);
    auto buttons = buttonPattern.globalMatch(form.captured(2));
    while (buttons.hasNext()) {
        const QString tag = buttons.next().captured(1);
        const QString name = attribute(tag, QStringLiteral("name"));
        const QString value = attribute(tag, QStringLiteral("value"));
        if (name.isEmpty()
            || !(m_consent == Consent::Approve ? approveValue : denyValue).match(value).hasMatch())
            continue;
        if (!fields.isEmpty())
            fields += '&';
        fields += formEncode(name) + '=' + formEncode(value);
    }
    if (prompt == QLatin1String("consent") && m_consent == Consent::Deny) {
        const auto abort = abortPattern.match(html);
        if (!abort.hasMatch()) {
            finish(QStringLiteral("no cancel link on the consent page"));
            return;
        }
        request(reply->url().resolved(QUrl(unescape(abort.captured(1)))));
        return;
    }
    const QString method = attribute(form.captured(1), QStringLiteral("method")).toLower();
    const QUrl action = reply->url().resolved(QUrl(attribute(form.captured(1), QStringLiteral("action"))));
    if (method != QLatin1String("post")) {
        finish(QStringLiteral("the form on %1 does not post").arg(reply->url().toString()));
        return;
    }
    request(action, fields.isNull() ? QByteArray("") : fields);
}

void OAuthLoginDriver::finish(const QString &error)
{
    m_running = false;
    m_result.error = error;
    Q_EMIT finished(m_result);
}

#include "WidgetRedirects.h"

QUrl WidgetRedirects::withParameter(const QUrl &url, const QString &name, const QString &value)
{
    // Encoded by hand: QUrlQuery leaves "+" alone, which servers read as a space.
    QString query = url.query(QUrl::FullyEncoded);
    if (!query.isEmpty())
        query += QLatin1Char('&');
    query += QString::fromLatin1(QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value));
    QUrl result = url;
    result.setQuery(query, QUrl::StrictMode);
    return result;
}

QUrl WidgetRedirects::success(const WidgetSession &session, const QString &userId, const QString &sourceKey)
{
    if (session.successRedirectUrl.isEmpty())
        return {};
    QUrl url(session.successRedirectUrl, QUrl::StrictMode);
    url = withParameter(url, QStringLiteral("user_id"), userId);
    url = withParameter(url, QStringLiteral("resource"), sourceKey);
    return withParameter(url, QStringLiteral("reference_id"), session.referenceId);
}

QUrl WidgetRedirects::failure(
    const WidgetSession &session, const QString &error, const QString &reason, const QString &sourceKey)
{
    if (session.failureRedirectUrl.isEmpty())
        return {};
    QUrl url
        = withParameter(QUrl(session.failureRedirectUrl, QUrl::StrictMode), QStringLiteral("error"), error);
    url = withParameter(url, QStringLiteral("reason"), reason);
    if (!sourceKey.isEmpty())
        url = withParameter(url, QStringLiteral("resource"), sourceKey);
    return withParameter(url, QStringLiteral("reference_id"), session.referenceId);
}

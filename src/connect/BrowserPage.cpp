#include "BrowserPage.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcBrowserPage, "linkdeck.connect.page")

namespace {

QList<ConnectExchange::Header> pageHeaders()
{
    return {
        { QByteArrayLiteral("Content-Security-Policy"),
            QByteArrayLiteral(
                "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'") },
        { QByteArrayLiteral("Referrer-Policy"), QByteArrayLiteral("no-referrer") },
    };
}

} // namespace

QByteArray BrowserPage::html(const QString &title, const QString &message, const QString &code)
{
    QString page = QStringLiteral(
        "<!doctype html><html><head><meta charset=\"utf-8\">"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        "<meta name=\"color-scheme\" content=\"light dark\"><title>%1</title>"
        "<style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:15vh auto;padding:0 1.5rem;"
        "line-height:1.5}h1{font-size:1.4rem}p.code{opacity:.6;font-size:.8rem}</style></head>"
        "<body><main><h1>%1</h1><p>%2</p>")
                       .arg(title.toHtmlEscaped(), message.toHtmlEscaped());
    if (!code.isEmpty())
        page += QStringLiteral("<p class=\"code\">%1</p>").arg(code.toHtmlEscaped());
    page += QStringLiteral("</main></body></html>");
    return page.toUtf8();
}

void BrowserPage::show(const ExchangePtr &exchange, int status, const QString &title, const QString &message,
    const QString &code)
{
    exchange->respond(
        status, QByteArrayLiteral("text/html; charset=utf-8"), html(title, message, code), pageHeaders());
}

void BrowserPage::error(const ExchangePtr &exchange, const ApiError &error)
{
    const QString title = error.status >= 500 ? tr("Something went wrong")
        : error.status == 401                 ? tr("This link is not valid")
                                              : tr("This request cannot be completed");
    show(exchange, error.status, title, error.message, error.code);
}

void BrowserPage::redirect(const ExchangePtr &exchange, const QUrl &location)
{
    // Not the location: it can carry a user's ids.
    qCDebug(lcBrowserPage) << "redirecting to" << location.host();
    QList<ConnectExchange::Header> headers = pageHeaders();
    headers.append({ QByteArrayLiteral("Location"), location.toEncoded() });
    exchange->respond(302, QByteArray(), QByteArray(), headers);
}

QUrl BrowserPage::withQuery(const QUrl &url, const QList<QPair<QString, QString>> &items)
{
    // Built by hand: QUrlQuery leaves "+" alone, which servers read as a space.
    QString query = url.query(QUrl::FullyEncoded);
    for (const auto &[name, value] : items) {
        if (!query.isEmpty())
            query += QLatin1Char('&');
        query += QString::fromLatin1(QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value));
    }
    QUrl result = url;
    result.setQuery(query, QUrl::StrictMode);
    return result;
}

#pragma once

#include "ApiError.h"
#include "ConnectExchange.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

/// Answers for a person's browser rather than a program: the ends of the
/// provider callbacks and of the direct connection URLs. Small HTML pages
/// (no script, nothing loaded from elsewhere) and 302 redirects; neither
/// ever sends a Referer on (the addresses they leave can hold codes).
class BrowserPage
{
    Q_DECLARE_TR_FUNCTIONS(BrowserPage)

public:
    /// A page with @p title and @p message; @p code (e.g. "INVALID_REQUEST")
    /// is shown small beneath, for support.
    static void show(const ExchangePtr &exchange, int status, const QString &title, const QString &message,
        const QString &code = {});
    /// @p error as a page, with its status and code.
    static void error(const ExchangePtr &exchange, const ApiError &error);
    /// 302 Found to @p location.
    static void redirect(const ExchangePtr &exchange, const QUrl &location);

    /// The page's HTML, every text escaped.
    static QByteArray html(const QString &title, const QString &message, const QString &code = {});
    /// @p url with @p items appended to its query (what it had is kept),
    /// each name and value percent-encoded ("+" too, which servers read as
    /// a space).
    static QUrl withQuery(const QUrl &url, const QList<QPair<QString, QString>> &items);
};

#pragma once

#include "ConnectExchange.h"

#include <QCoreApplication>
#include <memory>

class ConnectContext;
class SpecialTokenIssuing;

/// The Connect popup: `GET /connect?clientId=…&clientUserId=…` opens a
/// widget session for that application and user (optional: origin, the
/// opener page's origin, which must be that of one of the application's
/// redirect URLs; redirectUri, one of them; language; theme; providers, a
/// comma-separated filter) and sends the browser to it; what it refuses
/// is answered as a page for a person (BrowserPage) with the typed code.
/// `POST /widget/{session}/special-token` ("Finish Connecting Data")
/// answers {special_token, expires_at, target_origin, redirect_url}: the
/// page posts the token to its opener at target_origin, or goes to
/// redirect_url (which carries it) where there is no opener.
class PopupApi
{
    Q_DECLARE_TR_FUNCTIONS(PopupApi)

public:
    PopupApi(ConnectContext &context, SpecialTokenIssuing *issuer);

    void open(const ExchangePtr &exchange);
    void finish(const ExchangePtr &exchange, const QString &sessionId);

private:
    ConnectContext &m_context;
    SpecialTokenIssuing *m_issuer;
};

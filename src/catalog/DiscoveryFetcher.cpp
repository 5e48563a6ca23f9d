#include "DiscoveryFetcher.h"

#include "DiscoveryImporter.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslError>
#include <QTimer>

Q_LOGGING_CATEGORY(lcDiscoveryFetcher, "linkdeck.catalog.discoveryfetcher")

DiscoveryFetcher::DiscoveryFetcher(QObject *parent)
    : QObject(parent)
{ }

DiscoveryFetcher::~DiscoveryFetcher()
{
    abort();
}

QList<QUrl> DiscoveryFetcher::candidateUrls(const QUrl &url)
{
    if (url.path().contains(QLatin1String("/.well-known/")))
        return { url };
    // OpenID Connect appends the well-known suffix to the issuer's path;
    // RFC 8414 inserts it between the host and the path. For an issuer
    // without a path both are "<origin>/.well-known/...".
    QString path = url.path(QUrl::FullyEncoded);
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    const QString origin = DiscoveryImporter::origin(url);
    return {
        QUrl(origin + path + QLatin1String("/.well-known/openid-configuration"), QUrl::StrictMode),
        QUrl(origin + QLatin1String("/.well-known/oauth-authorization-server") + path, QUrl::StrictMode),
    };
}

void DiscoveryFetcher::fetch(const QUrl &url, const QString &key, const QString &displayName)
{
    abort();
    m_key = key;
    m_displayName = displayName;
    m_failures.clear();
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
        const CatalogParseResult result = CatalogParseResult::failure(
            tr("\"%1\" is not an http(s) URL.").arg(url.toDisplayString().left(200)));
        // Asynchronous even for bad input, so callers handle one code path;
        // an abort() or a new fetch() before then cancels it.
        QTimer::singleShot(0, this, [this, result, generation = m_generation] {
            if (generation == m_generation)
                Q_EMIT finished(result);
        });
        return;
    }
    m_candidates = candidateUrls(url);
    startNext();
}

void DiscoveryFetcher::abort()
{
    ++m_generation;
    if (QNetworkReply *reply = m_reply.data()) {
        m_reply.clear();
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    m_candidates.clear();
}

void DiscoveryFetcher::startNext()
{
    const QUrl url = m_candidates.takeFirst();
    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    request.setMaximumRedirectsAllowed(5);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("Linkdeck/" LINKDECK_VERSION));
    m_body.clear();
    m_sslErrors.clear();
    m_tooLarge = false;

    qCDebug(lcDiscoveryFetcher) << "GET" << url;
    if (!m_manager)
        m_manager = new QNetworkAccessManager(this);
    QNetworkReply *reply = m_manager->get(request);
    m_reply = reply;
    connect(reply, &QNetworkReply::readyRead, this, &DiscoveryFetcher::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &DiscoveryFetcher::onFinished);
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        // Recorded for the message only: the handshake fails, as it should.
        QStringList texts;
        for (const QSslError &error : errors)
            texts << error.errorString();
        m_sslErrors = texts.join(QLatin1String("; "));
    });
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > MaxBytes) {
            m_tooLarge = true;
            reply->abort();
        }
    });
}

void DiscoveryFetcher::onReadyRead()
{
    if (QNetworkReply *reply = m_reply.data())
        readBody(reply);
}

void DiscoveryFetcher::readBody(QNetworkReply *reply)
{
    if (m_tooLarge || !reply->isOpen())
        return;
    m_body += reply->read(MaxBytes + 1 - m_body.size());
    if (m_body.size() > MaxBytes) {
        m_tooLarge = true;
        reply->abort();
    }
}

void DiscoveryFetcher::onFinished()
{
    QNetworkReply *reply = m_reply.data();
    if (!reply)
        return;
    m_reply.clear();
    reply->deleteLater();
    readBody(reply);

    const QUrl url = reply->request().url();
    const QString where = url.toDisplayString();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const auto error = reply->error();

    if (m_tooLarge) {
        finish(CatalogParseResult::failure(tr("%1: the answer is larger than 1 MiB.").arg(where)));
        return;
    }
    if (error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError) {
        finish(CatalogParseResult::failure(
            tr("%1: no answer within %2 seconds.").arg(where).arg(m_timeoutMs / 1000.0, 0, 'g', 3)));
        return;
    }
    if (error == QNetworkReply::SslHandshakeFailedError || !m_sslErrors.isEmpty()) {
        finish(CatalogParseResult::failure(
            tr("%1: the TLS connection failed: %2")
                .arg(where, m_sslErrors.isEmpty() ? reply->errorString() : m_sslErrors)));
        return;
    }
    if (error == QNetworkReply::TooManyRedirectsError) {
        finish(CatalogParseResult::failure(tr("%1: too many redirects.").arg(where)));
        return;
    }
    if (error == QNetworkReply::InsecureRedirectError || (status >= 300 && status < 400)) {
        QUrl target = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
        if (target.isEmpty())
            target = QUrl::fromEncoded(reply->rawHeader("Location"));
        finish(CatalogParseResult::failure(tr("%1: redirected to %2, which is not followed (another origin).")
                                               .arg(where, url.resolved(target).toDisplayString())));
        return;
    }
    if (status >= 400) {
        const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        m_failures << tr("%1: HTTP %2 %3").arg(where).arg(status).arg(reason).trimmed();
        // Only a missing document makes the other well-known location worth a try.
        if (!m_candidates.isEmpty() && status < 500) {
            startNext();
            return;
        }
        finish(CatalogParseResult::failure(
            tr("No discovery document was found:\n%1").arg(m_failures.join(QLatin1Char('\n')))));
        return;
    }
    if (error != QNetworkReply::NoError) {
        finish(CatalogParseResult::failure(tr("%1: %2").arg(where, reply->errorString())));
        return;
    }

    CatalogParseResult result = DiscoveryImporter::fromDocument(m_body, m_key, m_displayName);
    if (!result.ok())
        result.error = tr("%1: %2").arg(where, result.error);
    finish(result);
}

void DiscoveryFetcher::finish(const CatalogParseResult &result)
{
    m_candidates.clear();
    m_body.clear();
    if (!result.ok())
        qCDebug(lcDiscoveryFetcher) << "discovery failed:" << result.error;
    Q_EMIT finished(result);
}

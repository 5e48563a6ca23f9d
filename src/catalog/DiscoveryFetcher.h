#pragma once

#include "CatalogParseResult.h"

#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QUrl>

/// Downloads an authorization server's discovery document and turns it into
/// a source with DiscoveryImporter. Given an issuer URL it tries the OpenID
/// Connect location first, then the RFC 8414 one. TLS errors are never
/// ignored, redirects to another origin are not followed, and the answer is
/// limited in size and time.
class DiscoveryFetcher : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 MaxBytes = 1024 * 1024;
    static constexpr int DefaultTimeoutMs = 10000;

    explicit DiscoveryFetcher(QObject *parent = nullptr);
    ~DiscoveryFetcher() override;

    /// Uses \a manager (not owned) for the requests that follow; without
    /// one, the fetcher makes a manager of its own when first needed.
    void setNetworkAccessManager(QNetworkAccessManager *manager) { m_manager = manager; }

    /// Sets the transfer timeout of each request (default 10 s).
    void setTimeout(int ms) { m_timeoutMs = ms; }
    int timeout() const { return m_timeoutMs; }

    /// Starts fetching from \a url: an issuer ("https://accounts.example.com")
    /// or the document itself (a path containing "/.well-known/"). \a key and
    /// \a displayName are passed to DiscoveryImporter. A fetch in progress is
    /// abandoned. finished() is emitted once, never from within this call.
    void fetch(const QUrl &url, const QString &key = {}, const QString &displayName = {});

    /// Abandons the fetch in progress without emitting finished().
    void abort();

    /// True while a fetch is in progress.
    bool isRunning() const { return !m_reply.isNull(); }

    /// The URLs fetch() tries for \a url, in order.
    static QList<QUrl> candidateUrls(const QUrl &url);

Q_SIGNALS:
    /// The source that was read, or an explanation of what went wrong.
    void finished(const CatalogParseResult &result);

private:
    void startNext();
    void onReadyRead();
    void readBody(QNetworkReply *reply);
    void onFinished();
    void finish(const CatalogParseResult &result);

    QPointer<QNetworkAccessManager> m_manager;
    QPointer<QNetworkReply> m_reply;
    QList<QUrl> m_candidates;
    QStringList m_failures; ///< one line per candidate that answered with an HTTP error
    QByteArray m_body;
    QString m_sslErrors;
    QString m_key;
    QString m_displayName;
    int m_timeoutMs = DefaultTimeoutMs;
    quint64 m_generation = 0; ///< bumped by abort(), so stale deferred results are dropped
    bool m_tooLarge = false;
};

#pragma once

#include "HttpExchange.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

/// HTTP Archive (HAR 1.2) export of recorded exchanges, for browsers'
/// developer tools and HAR viewers. It writes what it is given: redact the
/// exchanges first (Redactor). A body that is not UTF-8 is kept in base64;
/// an exchange that got no answer has status 0 and its error in "_error".
class HarWriter
{
public:
    /// The HAR document: {"log": {"version": "1.2", "creator": …, "entries": […]}}.
    static QJsonObject document(const QList<HttpExchange> &exchanges);
    /// One entry of log.entries.
    static QJsonObject entry(const HttpExchange &exchange);
    /// document(), as indented UTF-8 JSON.
    static QByteArray write(const QList<HttpExchange> &exchanges);
    /// The exchanges back from a document() (a stored run's), as far as
    /// HAR keeps them: for showing a stored run's timeline.
    static QList<HttpExchange> read(const QJsonObject &document);
};

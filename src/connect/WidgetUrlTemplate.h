#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QUrl>

/// The address of a connect widget on a deployed service, written with
/// placeholders, for the console's preview of a remote widget:
///
/// - {service}: the service's base URL, as given (no trailing slash);
/// - {session_id}: a widget session minted on that service with the
///   application's client ID and secret (POST {service}/v1/widget/session);
/// - {client_id}, {reference_id}, {language} ("en", "de"), {theme}
///   ("light", "dark") and {providers} (source keys, comma-separated).
///
/// All but {service} are percent-encoded. For example
/// "{service}/widget/{session_id}?theme={theme}" (the default), or
/// "https://app.example.com/connect?user={reference_id}&lang={language}"
/// for a developer's own page that opens the widget.
class WidgetUrlTemplate
{
    Q_DECLARE_TR_FUNCTIONS(WidgetUrlTemplate)

public:
    explicit WidgetUrlTemplate(const QString &text = {});

    QString text() const { return m_text; }
    /// The placeholders understood, without braces.
    static QStringList placeholders();
    /// The service's own widget page: "{service}/widget/{session_id}?theme={theme}".
    static QString defaultText();

    /// True where the template holds {session_id}: a session must be minted first.
    bool needsSession() const;
    /// True where the template holds {service} or {session_id}.
    bool needsService() const;
    /// False with @p error set where the template has an unknown
    /// placeholder or does not make an http(s) URL.
    bool check(QString *error) const;
    /// The URL with @p values (by placeholder name) put in; placeholders
    /// without a value become empty.
    QUrl expand(const QHash<QString, QString> &values) const;

private:
    QString m_text;
};

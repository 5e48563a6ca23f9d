#include "WidgetUrlTemplate.h"

#include <QRegularExpression>

namespace {

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\{([A-Za-z_]*)\\}"));
    return pattern;
}

const QString kService = QStringLiteral("service");
const QString kSessionId = QStringLiteral("session_id");

} // namespace

WidgetUrlTemplate::WidgetUrlTemplate(const QString &text)
    : m_text(text.trimmed())
{ }

QStringList WidgetUrlTemplate::placeholders()
{
    return { kService, kSessionId, QStringLiteral("client_id"), QStringLiteral("reference_id"),
        QStringLiteral("language"), QStringLiteral("theme"), QStringLiteral("providers") };
}

QString WidgetUrlTemplate::defaultText()
{
    return QStringLiteral("{service}/widget/{session_id}?theme={theme}");
}

bool WidgetUrlTemplate::needsSession() const
{
    return m_text.contains(QLatin1Char('{') + kSessionId + QLatin1Char('}'));
}

bool WidgetUrlTemplate::needsService() const
{
    return needsSession() || m_text.contains(QLatin1Char('{') + kService + QLatin1Char('}'));
}

bool WidgetUrlTemplate::check(QString *error) const
{
    if (m_text.isEmpty()) {
        *error = tr("Enter the URL of the remote widget.");
        return false;
    }
    auto matches = placeholderPattern().globalMatch(m_text);
    while (matches.hasNext()) {
        const QString name = matches.next().captured(1);
        if (!placeholders().contains(name)) {
            *error
                = tr("{%1} is not a placeholder; use %2.")
                      .arg(name,
                          QLatin1Char('{') + placeholders().join(QStringLiteral("}, {")) + QLatin1Char('}'));
            return false;
        }
    }
    // Tried with example values, so that the check does not depend on what is chosen.
    QHash<QString, QString> examples;
    for (const QString &name : placeholders())
        examples.insert(name, QStringLiteral("x"));
    examples.insert(kService, QStringLiteral("https://connect.example.com"));
    const QUrl example = expand(examples);
    if (!example.isValid() || example.host().isEmpty()
        || (example.scheme() != QLatin1String("https") && example.scheme() != QLatin1String("http"))) {
        *error = tr("\"%1\" does not make an http(s) URL.").arg(m_text);
        return false;
    }
    return true;
}

QUrl WidgetUrlTemplate::expand(const QHash<QString, QString> &values) const
{
    QString expanded;
    qsizetype from = 0;
    auto matches = placeholderPattern().globalMatch(m_text);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        expanded += m_text.mid(from, match.capturedStart() - from);
        const QString name = match.captured(1);
        const QString value = values.value(name);
        if (name == kService) {
            expanded += value.endsWith(QLatin1Char('/')) ? value.chopped(1) : value;
        } else if (placeholders().contains(name)) {
            expanded += QString::fromLatin1(QUrl::toPercentEncoding(value));
        } else {
            expanded += match.captured(0);
        }
        from = match.capturedEnd();
    }
    expanded += m_text.mid(from);
    return QUrl(expanded, QUrl::StrictMode);
}

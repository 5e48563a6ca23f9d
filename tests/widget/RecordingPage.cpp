#include "RecordingPage.h"

#include <QLoggingCategory>
#include <QTest>
#include <QWebEngineSettings>
#include <memory>

Q_LOGGING_CATEGORY(lcRecordingPage, "linkdeck.test.recordingpage")

namespace {

QString originOf(const QUrl &url)
{
    return url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo)
        .toString();
}

} // namespace

RecordingPage::RecordingPage(QWebEngineProfile *profile, const QStringList &allowedOrigins, QObject *parent)
    : QWebEnginePage(profile, parent)
    , m_allowedOrigins(allowedOrigins)
{
    settings()->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, true);
}

RecordingPage::~RecordingPage()
{
    // Popups before their opener: each belongs to the same profile.
    qDeleteAll(m_windows);
}

QVariant RecordingPage::run(const QString &script, int timeoutMs)
{
    // Shared, so a result that comes after the wait gave up has somewhere to go.
    auto result = std::make_shared<std::pair<bool, QVariant>>(false, QVariant());
    runJavaScript(script, [result](const QVariant &value) {
        result->first = true;
        result->second = value;
    });
    if (!QTest::qWaitFor([result]() { return result->first; }, timeoutMs))
        return {};
    return result->second;
}

bool RecordingPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    if (url.scheme() == QLatin1String("about") || m_allowedOrigins.contains(originOf(url)))
        return QWebEnginePage::acceptNavigationRequest(url, type, isMainFrame);
    qCDebug(lcRecordingPage) << "refused a navigation to" << url.host();
    m_refused << url;
    Q_EMIT navigationRefused(url);
    return false;
}

QWebEnginePage *RecordingPage::createWindow(WebWindowType type)
{
    Q_UNUSED(type)
    auto *window = new RecordingPage(profile(), m_allowedOrigins);
    m_windows << window;
    return window;
}

void RecordingPage::javaScriptConsoleMessage(
    JavaScriptConsoleMessageLevel level, const QString &message, int line, const QString &source)
{
    Q_UNUSED(level)
    m_console << QStringLiteral("%1:%2: %3").arg(source).arg(line).arg(message);
}

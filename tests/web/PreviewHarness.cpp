#include "PreviewHarness.h"

#include "PreviewPage.h"
#include "PreviewTimelineModel.h"
#include "WebPageContext.h"
#include "WidgetSessionRepository.h"

#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QWebEnginePage>
#include <QWebEngineView>

/// The answer of one runJavaScript(), as a signal to wait for.
class ScriptAnswer : public QObject
{
    Q_OBJECT

public:
    void answer(const QVariant &value)
    {
        m_value = value;
        Q_EMIT answered();
    }
    QVariant value() const { return m_value; }

Q_SIGNALS:
    void answered();

private:
    QVariant m_value;
};

PreviewHarness::PreviewHarness() = default;

PreviewHarness::~PreviewHarness()
{
    // The page before the services and the workspace it uses.
    delete m_page;
    m_connect.reset();
    m_bed.reset();
}

bool PreviewHarness::setUp()
{
    m_bed = std::make_unique<ConnectTestBed>();
    if (!m_bed->setUp()) {
        m_error = m_bed->error();
        return false;
    }
    m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
    m_connect = std::make_unique<ConsoleConnectService>(m_bed->workspace(), m_bed->secrets(), *m_settings);
    return true;
}

bool PreviewHarness::startConnectService()
{
    bool answered = false;
    QObject context;
    m_connect->whenReady(&context, [this, &answered](ConnectService *service, const QString &error) {
        answered = true;
        if (!service)
            m_error = error;
    });
    return QTest::qWaitFor([&answered]() { return answered; }, kLoadMs) && m_connect->service();
}

bool PreviewHarness::openPage()
{
    const WebPageContext context { m_bed->workspace(), m_bed->secrets(), *m_settings, *m_connect };
    m_page = new PreviewPage(context);
    m_page->resize(1280, 800);
    m_page->show();
    if (!waitReady()) {
        m_error = QStringLiteral("the page did not get ready");
        return false;
    }
    return true;
}

QWebEngineView *PreviewHarness::view() const
{
    return m_page->findChild<QWebEngineView *>(QStringLiteral("widgetView"));
}

QObject *PreviewHarness::pageObject() const
{
    return m_page;
}

PreviewTimelineModel *PreviewHarness::timeline() const
{
    return qobject_cast<PreviewTimelineModel *>(child<QTableView>(QStringLiteral("eventsTable"))->model());
}

std::optional<WidgetSession> PreviewHarness::session()
{
    return WidgetSessionRepository(m_bed->workspace()).find(m_page->sessionId());
}

bool PreviewHarness::choose(const QString &name, const QVariant &data)
{
    auto *box = child<QComboBox>(name);
    const int target = box ? box->findData(data) : -1;
    if (target < 0)
        return false;
    box->setFocus();
    while (box->currentIndex() != target)
        QTest::keyClick(box, box->currentIndex() < target ? Qt::Key_Down : Qt::Key_Up);
    return true;
}

bool PreviewHarness::waitReady()
{
    if (m_page->isReady())
        return true;
    // A real event loop, not polling: WebEngine's frames and the services
    // on this thread then move at their own pace.
    QSignalSpy ready(m_page, &ConsolePage::ready);
    return ready.wait(kLoadMs);
}

QVariant PreviewHarness::js(const QString &script, int timeoutMs)
{
    // Waited for in a real event loop (QSignalSpy), never by polling:
    // WebEngine's in-process network service and the services on this
    // thread only move while the loop sleeps in wait for events.
    auto *answer = new ScriptAnswer;
    QPointer<ScriptAnswer> guard(answer);
    view()->page()->runJavaScript(script, [guard](const QVariant &value) {
        if (guard)
            guard->answer(value);
    });
    QSignalSpy answered(answer, &ScriptAnswer::answered);
    const bool ok = answered.wait(timeoutMs);
    const QVariant value = answer->value();
    delete answer;
    return ok ? value : QVariant();
}

QStringList PreviewHarness::shownSources()
{
    return js(
        QStringLiteral(
            "Array.from(document.querySelectorAll('#sourceList .source')).filter(function (b) "
            "{ return !b.closest('li').hidden; }).map(function (b) { return b.getAttribute('data-key'); })"
            ".join(',')"))
        .toString()
        .split(QLatin1Char(','), Qt::SkipEmptyParts);
}

namespace {

QString jsString(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray { text }).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

} // namespace

void PreviewHarness::click(const QString &id)
{
    js(QStringLiteral("document.getElementById(%1).click(); true").arg(jsString(id)));
}

void PreviewHarness::type(const QString &id, const QString &value)
{
    js(QStringLiteral("(function () { var e = document.getElementById(%1); e.value = %2; "
                      "e.dispatchEvent(new Event('input', { bubbles: true })); return true; })()")
            .arg(jsString(id), jsString(value)));
}

bool PreviewHarness::shown(const QString &id)
{
    return js(
        QStringLiteral("(function () { var e = document.getElementById(%1); return !!e && !e.hidden; })()")
            .arg(jsString(id)))
        .toBool();
}

#include "PreviewHarness.moc"

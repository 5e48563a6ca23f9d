#include "LoginScriptPlayer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QWebEnginePage>

Q_LOGGING_CATEGORY(lcLoginScript, "linkdeck.web.loginscript")

namespace {

// A page that builds its form late is looked at this often, this many times.
constexpr int kLookIntervalMs = 250;
constexpr int kMaxLooks = 40;

QString jsString(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray { text }).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

} // namespace

LoginScriptPlayer::LoginScriptPlayer(const LoginScript &script, QWebEnginePage *page, QObject *parent)
    : QObject(parent)
    , m_script(script)
    , m_page(page)
    , m_played(int(script.steps().size()), false)
{
    m_again.setSingleShot(true);
    m_again.setInterval(kLookIntervalMs);
    connect(&m_again, &QTimer::timeout, this, &LoginScriptPlayer::look);
    connect(page, &QWebEnginePage::loadStarted, this, [this]() {
        ++m_generation;
        m_again.stop();
    });
    connect(page, &QWebEnginePage::loadFinished, this, &LoginScriptPlayer::onLoadFinished);
}

void LoginScriptPlayer::restart()
{
    m_played.fill(false);
}

QString LoginScriptPlayer::stepName(int index) const
{
    const QString name = m_script.steps().at(index).name;
    return name.isEmpty() ? tr("step %1").arg(index + 1) : name;
}

QString LoginScriptPlayer::javaScript(const LoginScript::Step &step)
{
    QString body;
    for (const LoginScript::Action &action : step.actions) {
        const QString selector = jsString(action.selector);
        switch (action.kind) {
        case LoginScript::Action::Kind::Fill:
            body += QStringLiteral("e = find(%1); fill(e, %2);\n").arg(selector, jsString(action.value));
            break;
        case LoginScript::Action::Kind::Click:
            body += QStringLiteral("find(%1).click();\n").arg(selector);
            break;
        case LoginScript::Action::Kind::Submit:
            body += QStringLiteral("submit(find(%1));\n").arg(selector);
            break;
        }
    }
    // Values go through the prototype's setter so that pages built with
    // frameworks that track their inputs (React and the like) see them.
    return QStringLiteral(
        "(function () {\n"
        "function Missing(selector) { this.selector = selector; }\n"
        "function find(selector) { var e = document.querySelector(selector);"
        " if (!e) throw new Missing(selector); return e; }\n"
        "function fill(e, value) { e.focus();"
        " var proto = e instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype"
        " : e instanceof HTMLSelectElement ? HTMLSelectElement.prototype : HTMLInputElement.prototype;"
        " var d = Object.getOwnPropertyDescriptor(proto, 'value');"
        " if (d && d.set && e instanceof proto.constructor) d.set.call(e, value); else e.value = value;"
        " e.dispatchEvent(new Event('input', { bubbles: true }));"
        " e.dispatchEvent(new Event('change', { bubbles: true })); }\n"
        "function submit(e) { var form = e.tagName === 'FORM' ? e : (e.form || e.closest('form'));"
        " if (!form) throw new Missing(e.tagName.toLowerCase() + ' in a form');"
        " if (form.requestSubmit) form.requestSubmit(); else form.submit(); }\n"
        "var e;\n"
        "try {\n%1} catch (error) {"
        " return error instanceof Missing ? error.selector : String(error); }\n"
        "return '';\n"
        "})()")
        .arg(body);
}

void LoginScriptPlayer::onLoadFinished(bool ok)
{
    Q_UNUSED(ok) // an error page may have a form to fill too
    m_looks = 0;
    look();
}

void LoginScriptPlayer::look()
{
    if (!m_page)
        return;
    const QUrl url = m_page->url();
    QStringList conditions;
    QList<int> candidates;
    const QList<LoginScript::Step> steps = m_script.steps();
    for (int i = 0; i < steps.size(); ++i) {
        if (m_played.at(i) || !LoginScript::urlMatches(steps.at(i).url, url))
            continue;
        candidates << i;
        conditions << (steps.at(i).waitFor.isEmpty()
                ? QStringLiteral("true")
                : QStringLiteral("document.querySelector(%1) !== null").arg(jsString(steps.at(i).waitFor)));
    }
    if (candidates.isEmpty())
        return;
    ++m_looks;
    const QString probe = QStringLiteral("[%1].indexOf(true)").arg(conditions.join(QStringLiteral(", ")));
    const int generation = m_generation;
    m_page->runJavaScript(probe, [guard = QPointer(this), generation, candidates](const QVariant &result) {
        if (!guard || generation != guard->m_generation)
            return;
        const int found = result.isValid() ? result.toInt() : -1;
        if (found >= 0 && found < candidates.size())
            guard->play(candidates.at(found));
        else if (guard->m_looks < kMaxLooks)
            guard->m_again.start();
    });
}

void LoginScriptPlayer::play(int index)
{
    m_played[index] = true;
    qCDebug(lcLoginScript) << "playing" << stepName(index);
    m_page->runJavaScript(
        javaScript(m_script.steps().at(index)), [guard = QPointer(this), index](const QVariant &result) {
            if (!guard)
                return;
            const QString missing = result.toString();
            if (missing.isEmpty()) {
                Q_EMIT guard->stepPlayed(guard->stepName(index));
                return;
            }
            Q_EMIT guard->failed(tr("The login script's %1 found no element matching %2 on the page.")
                                     .arg(guard->stepName(index), missing));
        });
}

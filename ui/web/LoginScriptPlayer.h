#pragma once

#include "LoginScript.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QWebEnginePage;

/// Plays a LoginScript on a page: whenever a page has loaded, the first
/// step not yet played whose URL pattern matches and whose "waitFor"
/// element is there fills, clicks and submits as it says. Pages that build
/// their form with JavaScript are looked at again for a few seconds after
/// loading. A selector that finds nothing fails the script.
class LoginScriptPlayer : public QObject
{
    Q_OBJECT

public:
    /// @p script should be resolved() already; @p page is not owned.
    LoginScriptPlayer(const LoginScript &script, QWebEnginePage *page, QObject *parent = nullptr);

    /// Makes every step playable again, for a new authorization: a
    /// provider may show its consent page (or its login) once more.
    void restart();

    /// The JavaScript that plays @p step: an expression that is "" once
    /// done, or says which selector found nothing.
    static QString javaScript(const LoginScript::Step &step);

Q_SIGNALS:
    void stepPlayed(const QString &name);
    void failed(const QString &message);

private:
    void onLoadFinished(bool ok);
    void look();
    void play(int index);
    QString stepName(int index) const;

    LoginScript m_script;
    QPointer<QWebEnginePage> m_page;
    QList<bool> m_played;
    QTimer m_again;
    int m_looks = 0; ///< looks at the current page so far
    int m_generation = 0; ///< counts page loads, so late answers about an older page are dropped
};

#pragma once

#include "ConnectTestBed.h"
#include "ConsoleConnectService.h"
#include "Settings.h"
#include "WidgetSession.h"

#include <QTemporaryDir>
#include <QVariant>
#include <memory>
#include <optional>

class PreviewPage;
class PreviewTimelineModel;
class QWebEngineView;

/// A Preview page as the console builds it, over a ConnectTestBed (a
/// workspace with applications A and B whose secrets are in the keyring,
/// and a service that can play a remote one), with the console's own
/// connect service beside it.
class PreviewHarness
{
public:
    /// The first page starts WebEngine's processes: that takes a while.
    static constexpr int kLoadMs = 40000;

    PreviewHarness();
    ~PreviewHarness();

    /// Builds the bed; false with error() set where it failed.
    bool setUp();
    /// Starts the console's connect service ahead of the page (whose
    /// address a provider must know first); false where it did not start.
    bool startConnectService();
    /// Makes the page (shown, 1280 x 800) and waits until it is ready.
    bool openPage();
    QString error() const { return m_error; }

    ConnectTestBed &bed() { return *m_bed; }
    Settings &settings() { return *m_settings; }
    ConsoleConnectService &connectService() { return *m_connect; }
    PreviewPage *page() const { return m_page; }
    QWebEngineView *view() const;

    /// The page's child @p name; null, with a warning, where there is none.
    template<typename T> T *child(const QString &name) const
    {
        T *found = pageObject()->findChild<T *>(name);
        if (!found)
            qWarning("The Preview page has no %s.", qPrintable(name));
        return found;
    }
    PreviewTimelineModel *timeline() const;
    /// The widget session shown, from the workspace.
    std::optional<WidgetSession> session();

    /// Waits until the page is ready again.
    bool waitReady();
    /// Chooses the item with @p data in the combo box @p name, from the keyboard.
    bool choose(const QString &name, const QVariant &data);
    /// Runs @p script in the previewed page and waits for its result.
    QVariant js(const QString &script, int timeoutMs = 10000);
    /// The widget's source entries shown, by key.
    QStringList shownSources();
    /// Clicks the element with id @p id in the widget.
    void click(const QString &id);
    /// Types @p value into the widget's field @p id, as the keyboard would.
    void type(const QString &id, const QString &value);
    /// True where the widget shows the screen (or element) @p id.
    bool shown(const QString &id);

private:
    QObject *pageObject() const;

    std::unique_ptr<ConnectTestBed> m_bed;
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<ConsoleConnectService> m_connect;
    PreviewPage *m_page = nullptr;
    QString m_error;
};

#pragma once

#include "ConsolePage.h"
#include "PreviewLauncher.h"
#include "PreviewOptions.h"

#include <QSize>
#include <QUrl>

class PageMessage;
class ConsoleConnectService;
class PreviewTimelineModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QScrollArea;
class QTableView;
class QTimer;
class QWebEngineProfile;
class QWebEngineView;
class SecretStore;
class Workspace;
struct WebPageContext;

/// QA's preview of the connect widget: choose an application, a reference
/// id, language, theme, the sources to offer and a viewport; the page
/// mints a widget session on the console's connect service (or on a
/// deployed one, through a URL template) and shows the widget in its own
/// browser, with an off-the-record profile, beside a live timeline of the
/// session's events. Everything the widget does is real: an OAuth source
/// goes to the provider's own page and back, and stores a connection.
class PreviewPage : public ConsolePage
{
    Q_OBJECT

public:
    /// The sizes offered, by their key: "phone", "tablet", "desktop".
    static QSize viewportSize(const QString &key);

    PreviewPage(const WebPageContext &context, QWidget *parent = nullptr);
    ~PreviewPage() override;

    /// True once the widget is shown (or there is nothing to show, or an error).
    bool isReady() const override { return m_ready; }
    /// Previews the application with this client ID or name.
    bool select(const QString &id) override;

    /// What the controls ask for.
    PreviewOptions options() const;
    /// The session shown; empty where none was minted.
    QString sessionId() const { return m_launch.sessionId; }
    /// The URL the preview was opened at; empty before.
    QUrl widgetUrl() const { return m_launch.url; }

    /// Mints a new session with the current choices and loads it.
    void openPreview();
    /// Loads the widget's URL again, from its first screen.
    void reload();
    /// Opens the widget in the system's browser.
    void openInBrowser();
    /// Asks for a file and saves a screenshot of the widget there.
    void chooseScreenshotFile();
    /// Saves what the preview shows as a PNG; false where it cannot.
    bool saveScreenshot(const QString &fileName);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createControls();
    QWidget *createPreviewArea();
    QWidget *createTimeline();
    /// Reads the applications again; true where they changed.
    bool loadApplications();
    void loadSources();
    void scheduleLaunch();
    void applyViewport();
    void updateTarget();
    void onLaunched(const PreviewLauncher::Launch &launch);
    void onFailed(const QString &message);
    void onLoadFinished(bool ok);
    /// Asks the page whether the widget left its loading screen; again
    /// shortly where it has not.
    void checkWidgetShown(int attempt);
    void setReady(bool ready);
    /// Open in Browser and Save Screenshot need a widget shown (New Session
    /// and Reload, an application: loadApplications()).
    void updateActions();
    void showMessage(const QString &message, bool error);

    Workspace &m_workspace;
    PreviewLauncher *m_launcher;
    PreviewTimelineModel *m_timeline;
    PreviewLauncher::Launch m_launch;
    QString m_applicationsSignature; ///< to notice changes made on other pages
    QTimer *m_launchTimer = nullptr;
    bool m_ready = true;
    bool m_destroying = false;

    QComboBox *m_applicationCombo = nullptr;
    QLineEdit *m_referenceIdEdit = nullptr;
    QComboBox *m_languageCombo = nullptr;
    QComboBox *m_themeCombo = nullptr;
    QComboBox *m_viewportCombo = nullptr;
    QListWidget *m_sourcesList = nullptr;
    QComboBox *m_targetCombo = nullptr;
    QLineEdit *m_serviceUrlEdit = nullptr;
    QLineEdit *m_urlTemplateEdit = nullptr;
    QPushButton *m_openButton = nullptr;
    QPushButton *m_reloadButton = nullptr;
    QPushButton *m_browserButton = nullptr;
    QPushButton *m_screenshotButton = nullptr;
    PageMessage *m_messageLabel = nullptr;
    QLabel *m_urlLabel = nullptr;
    QScrollArea *m_scrollArea = nullptr;
    QWebEngineProfile *m_profile = nullptr;
    QWebEngineView *m_view = nullptr;
    QTableView *m_eventsTable = nullptr;
    QLabel *m_remoteNoteLabel = nullptr;
};

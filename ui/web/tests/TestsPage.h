#pragma once

#include "ConsolePage.h"
#include "TestRunRecord.h"
#include "TestsController.h"

#include <optional>

class PageMessage;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QWebEngineView;
class TimelineModel;
class UserAgent;
class Workspace;
struct WebPageContext;

/// The Tests page: choose a source, credentials and browser, start, and
/// watch the steps tick off beside the authorization page; then read the
/// timeline of hops and exchanges, the diagnosis with its fix and the
/// masked tokens; refresh or revoke them by hand; export the run. "Test
/// all enabled sources" queues a run of each and shows the progress.
class TestsPage : public ConsolePage
{
    Q_OBJECT

public:
    TestsPage(const WebPageContext &context, QWidget *parent = nullptr);
    ~TestsPage() override;

    /// Chooses the source @p id (its key).
    bool select(const QString &id) override;
    TestsController *controller() const { return m_controller; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    /// The source combo's items carry their auth type here.
    static constexpr int AuthTypeRole = Qt::UserRole + 1;

    void reloadSources();
    void reloadCredentials();
    void showStoredRun();
    /// What the choices say for a run of @p sourceKey; nullopt (with a
    /// message) where the redirect URI is not one.
    std::optional<TestsController::Request> request(const QString &sourceKey);
    void start();
    void exportHar();
    void exportBundle();
    void onUserAgent(UserAgent *agent);
    void onRunStarted();
    /// Adds an item per step to the steps list; a failed step's diagnosis shows.
    void addSteps(const QList<TestStep> &steps);
    void updateSteps();
    void updateTokens();
    /// True while the chosen source is the last run's: its tokens and
    /// exports are offered only then.
    bool showsLastRun() const;
    void updateButtons();
    void onRunFinished(const TestRunRecord &record);
    void showMessage(const QString &text, bool isError);
    void onQueue(int done, int total);
    void onQueuedResult(const QString &sourceKey, TestRunRecord::Result result, const QString &summary);

    Workspace &m_workspace;
    TestRunRecord m_storedRun; ///< the chosen source's last stored run, while it is shown
    TestsController *m_controller = nullptr;
    TimelineModel *m_timeline = nullptr;
    QComboBox *m_sourceCombo = nullptr;
    QComboBox *m_credentialsCombo = nullptr;
    QComboBox *m_browserCombo = nullptr;
    QLineEdit *m_redirectUriEdit = nullptr;
    QCheckBox *m_revokeCheck = nullptr;
    QWidget *m_accountRow = nullptr;
    QLabel *m_accountUserLabel = nullptr;
    QLineEdit *m_accountUserEdit = nullptr;
    QLabel *m_accountPasswordLabel = nullptr;
    QLineEdit *m_accountPasswordEdit = nullptr;
    QLabel *m_accountEmailLabel = nullptr;
    QLineEdit *m_accountEmailEdit = nullptr;
    QPushButton *m_startButton = nullptr;
    QPushButton *m_rerunButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_testAllButton = nullptr;
    QListWidget *m_stepsList = nullptr;
    PageMessage *m_messageLabel = nullptr;
    QLabel *m_diagnosisLabel = nullptr;
    QLabel *m_accessTokenLabel = nullptr;
    QLabel *m_refreshTokenLabel = nullptr;
    QLabel *m_expiryLabel = nullptr;
    QPushButton *m_refreshNowButton = nullptr;
    QPushButton *m_revokeNowButton = nullptr;
    QPushButton *m_exportHarButton = nullptr;
    QPushButton *m_exportBundleButton = nullptr;
    QProgressBar *m_queueProgressBar = nullptr;
    QLabel *m_queueLabel = nullptr;
    QListWidget *m_queueResultsList = nullptr;
    QTabWidget *m_detailsTabs = nullptr;
    QStackedWidget *m_browserStack = nullptr;
    QWebEngineView *m_browserView = nullptr;
    QLabel *m_browserLabel = nullptr;
    QTableView *m_timelineTable = nullptr;
    QPlainTextEdit *m_exchangeDetailsEdit = nullptr;
};

#include "ConnectServiceStatus.h"

#include "ConsoleConnectService.h"
#include "ConsolePageContext.h"

#include <QMainWindow>
#include <QStatusBar>

ConsoleConnectService &ConnectServiceStatus::serviceFor(QWidget *page, const ConsolePageContext &context)
{
    QWidget *window = page->window();
    if (auto *service = window->findChild<ConsoleConnectService *>(QString(), Qt::FindDirectChildrenOnly))
        return *service;
    auto *service = new ConsoleConnectService(context.workspace, context.secrets, context.settings, window);
    if (auto *main = qobject_cast<QMainWindow *>(window)) {
        // Left of the keyring's state, which the window shows from the start.
        main->statusBar()->insertPermanentWidget(0, new ConnectServiceStatus(*service, main->statusBar()));
    }
    return *service;
}

ConnectServiceStatus::ConnectServiceStatus(ConsoleConnectService &service, QWidget *parent)
    : QLabel(parent)
    , m_service(service)
{
    setObjectName(QStringLiteral("connectServiceStatusLabel"));
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    hide(); // until the service has started, or failed to
    connect(&service, &ConsoleConnectService::started, this, &ConnectServiceStatus::update);
    connect(&service, &ConsoleConnectService::failed, this, &ConnectServiceStatus::update);
}

void ConnectServiceStatus::update()
{
    if (m_service.state() == ConsoleConnectService::State::Running) {
        setText(tr("Connect service: %1").arg(m_service.baseUrl().toDisplayString()));
        setToolTip(tr("The console's connect service, for the Preview and Tests pages"));
    } else {
        setText(tr("Connect service: not running"));
        setToolTip(m_service.errorString());
        if (auto *bar = qobject_cast<QStatusBar *>(parentWidget()))
            bar->showMessage(m_service.errorString());
    }
    show();
}

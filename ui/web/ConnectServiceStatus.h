#pragma once

#include <QLabel>

class ConsoleConnectService;
struct ConsolePageContext;

/// The console's connect service, which the web pages of a window share,
/// and its state in that window's status bar: made with the window's first
/// web page, and started by the first page that needs it.
class ConnectServiceStatus : public QLabel
{
    Q_OBJECT

public:
    /// The service of the window @p page goes in, made on first use; a main
    /// window shows its state in the status bar.
    static ConsoleConnectService &serviceFor(QWidget *page, const ConsolePageContext &context);

private:
    ConnectServiceStatus(ConsoleConnectService &service, QWidget *parent);
    void update();

    ConsoleConnectService &m_service;
};

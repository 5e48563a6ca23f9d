#pragma once

class ConnectService;
class SpecialTokenIssuing;

/// Adds the connect widget's routes to a service: its page and files, what
/// it shows, the sources' logos, its events, linking from the widget and
/// the Connect popup (see WidgetPageApi, WidgetEventLog, WidgetLinkApi and
/// PopupApi).
class WidgetRoutes
{
public:
    /// @p issuer (may be null: the popup cannot finish then) must outlive
    /// the service.
    static void install(ConnectService &service, SpecialTokenIssuing *issuer);
};

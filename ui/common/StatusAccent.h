#pragma once

#include <QColor>

class QPalette;
class QWidget;

/// The few colours the console adds to the system palette: small
/// status accents (error, warning, fine) in a lighter shade on dark themes,
/// so they read in both.
class StatusAccent
{
public:
    enum class Kind { Error, Warning, Ok };

    /// The accent for @p kind against @p palette's window colour.
    static QColor color(Kind kind, const QPalette &palette);
    /// Gives @p widget's text the accent, keeping the rest of its palette.
    static void apply(QWidget *widget, Kind kind);
    /// Gives @p widget back the plain text colour of its parent's palette.
    static void clear(QWidget *widget);
};

#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QSize>
#include <QString>

/// Checks and normalises the logo of an integration source: PNG and JPEG
/// are scaled down to fit 128x128 and stored as PNG; SVG is kept as it is
/// once it is known to render and to reference nothing outside itself.
class SourceLogo
{
    Q_DECLARE_TR_FUNCTIONS(SourceLogo)

public:
    static constexpr qint64 MaxBytes = 1024 * 1024;
    static constexpr int MaxSide = 128;

    /// Validates \a data and turns it into the stored form. Returns false
    /// and sets \a error (translated) when the data is not an acceptable
    /// logo; \a logo and \a mimeType are left untouched then.
    static bool prepare(const QByteArray &data, QByteArray *logo, QString *mimeType, QString *error);

    /// Renders a stored logo, centred and keeping its aspect ratio, into a
    /// transparent image of \a size. Returns a null image if it cannot.
    static QImage render(const QByteArray &logo, const QString &mimeType, const QSize &size);

    /// True if \a data starts like an SVG document (after an optional BOM,
    /// XML declaration, comments, DOCTYPE and whitespace).
    static bool looksLikeSvg(const QByteArray &data);
};

#include "SourceLogo.h"

#include <QBuffer>
#include <QImageReader>
#include <QLoggingCategory>
#include <QPainter>
#include <QRegularExpression>
#include <QSvgRenderer>

Q_LOGGING_CATEGORY(lcSourceLogo, "linkdeck.catalog.logo")

namespace {

// Decoding a picture of this many pixels would take hundreds of megabytes;
// a 1 MiB file that claims more is a decompression bomb, not a logo.
constexpr qint64 kMaxPixels = 8192LL * 8192LL;

const QString kPng = QStringLiteral("image/png");
const QString kSvg = QStringLiteral("image/svg+xml");

bool isPng(const QByteArray &data)
{
    return data.startsWith("\x89PNG\r\n\x1a\n");
}
bool isJpeg(const QByteArray &data)
{
    return data.startsWith("\xff\xd8\xff");
}

// Skips "<?...?>", "<!--...-->" and "<!DOCTYPE ...>" blocks and whitespace.
qsizetype skipProlog(const QByteArray &data)
{
    qsizetype pos = data.startsWith("\xef\xbb\xbf") ? 3 : 0;
    for (;;) {
        while (pos < data.size()
            && (data[pos] == ' ' || data[pos] == '\t' || data[pos] == '\r' || data[pos] == '\n'))
            ++pos;
        const QByteArrayView rest = QByteArrayView(data).sliced(pos);
        qsizetype end = -1;
        if (rest.startsWith("<?"))
            end = data.indexOf("?>", pos + 2) + 2;
        else if (rest.startsWith("<!--"))
            end = data.indexOf("-->", pos + 4) + 3;
        else if (rest.startsWith("<!DOCTYPE") || rest.startsWith("<!doctype")) {
            // An internal subset "[...]" may hold '>' characters of its own.
            const qsizetype close = data.indexOf('>', pos + 9);
            const qsizetype open = data.indexOf('[', pos + 9);
            if (open >= 0 && (close < 0 || open < close)) {
                const qsizetype subsetEnd = data.indexOf(']', open);
                end = subsetEnd < 0 ? -1 : data.indexOf('>', subsetEnd) + 1;
            } else {
                end = close + 1;
            }
        } else
            return pos;
        if (end <= pos)
            return -1; // unterminated
        pos = end;
    }
}

// Why an SVG is unsafe to store and render, or an empty string.
QString svgProblem(const QByteArray &data)
{
    const QString text = QString::fromUtf8(data);
    static const QRegularExpression script(
        QStringLiteral("<\\s*script"), QRegularExpression::CaseInsensitiveOption);
    if (text.contains(script))
        return SourceLogo::tr("The SVG image contains a script.");
    // Entities can expand into gigabytes inside the XML reader.
    if (text.contains(QLatin1String("<!ENTITY"), Qt::CaseInsensitive))
        return SourceLogo::tr("The SVG image declares XML entities.");
    static const QRegularExpression externalHref(
        QStringLiteral("href\\s*=\\s*[\"']?\\s*(https?|file|ftp)\\s*:"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression externalUrl(
        QStringLiteral("(url\\s*\\(|@import)\\s*[\"']?\\s*(https?|file|ftp)\\s*:"),
        QRegularExpression::CaseInsensitiveOption);
    if (text.contains(externalHref) || text.contains(externalUrl))
        return SourceLogo::tr("The SVG image references an external resource.");
    return {};
}

} // namespace

bool SourceLogo::looksLikeSvg(const QByteArray &data)
{
    const qsizetype pos = skipProlog(data);
    return pos >= 0 && QByteArrayView(data).sliced(pos).startsWith("<svg");
}

bool SourceLogo::prepare(const QByteArray &data, QByteArray *logo, QString *mimeType, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (data.size() > MaxBytes)
        return fail(tr("The logo is larger than 1 MiB."));

    if (isPng(data) || isJpeg(data)) {
        const QByteArray format = isPng(data) ? QByteArrayLiteral("png") : QByteArrayLiteral("jpeg");
        QBuffer buffer;
        buffer.setData(data);
        buffer.open(QIODevice::ReadOnly);
        QImageReader reader(&buffer, format);
        reader.setDecideFormatFromContent(false);
        const QSize declared = reader.size();
        if (declared.isValid() && qint64(declared.width()) * declared.height() > kMaxPixels)
            return fail(
                tr("The logo is too large (%1 x %2 pixels).").arg(declared.width()).arg(declared.height()));
        QImage image = reader.read();
        if (image.isNull()) {
            qCDebug(lcSourceLogo) << "image decoding failed:" << reader.errorString();
            return fail(tr("The %1 image could not be read.").arg(QString::fromLatin1(format.toUpper())));
        }
        if (image.width() > MaxSide || image.height() > MaxSide)
            image = image.scaled(QSize(MaxSide, MaxSide), Qt::KeepAspectRatio, Qt::SmoothTransformation);
        QByteArray png;
        QBuffer out(&png);
        out.open(QIODevice::WriteOnly);
        if (!image.save(&out, "PNG"))
            return fail(tr("The logo could not be converted to PNG."));
        *logo = png;
        *mimeType = kPng;
        return true;
    }

    if (looksLikeSvg(data)) {
        const QString problem = svgProblem(data);
        if (!problem.isEmpty())
            return fail(problem);
        QSvgRenderer renderer(data);
        if (!renderer.isValid())
            return fail(tr("The SVG image is not valid."));
        *logo = data;
        *mimeType = kSvg;
        return true;
    }
    return fail(tr("This file is not a PNG, JPEG or SVG image."));
}

QImage SourceLogo::render(const QByteArray &logo, const QString &mimeType, const QSize &size)
{
    if (logo.isEmpty() || size.isEmpty())
        return {};
    QImage result(size, QImage::Format_ARGB32_Premultiplied);
    result.fill(Qt::transparent);

    if (mimeType == kSvg) {
        QSvgRenderer renderer(logo);
        if (!renderer.isValid())
            return {};
        QSizeF target = renderer.defaultSize().isEmpty() ? QSizeF(size) : QSizeF(renderer.defaultSize());
        target.scale(QSizeF(size), Qt::KeepAspectRatio);
        const QRectF rect((size.width() - target.width()) / 2, (size.height() - target.height()) / 2,
            target.width(), target.height());
        QPainter painter(&result);
        renderer.render(&painter, rect);
        return result;
    }

    QImage image;
    if (!image.loadFromData(logo))
        return {};
    image = image.scaled(size, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QPainter painter(&result);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.drawImage(
        QPoint((size.width() - image.width()) / 2, (size.height() - image.height()) / 2), image);
    return result;
}

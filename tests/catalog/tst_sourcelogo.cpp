#include "SourceLogo.h"

#include <QBuffer>
#include <QImage>
#include <QRandomGenerator>
#include <QTest>

namespace {

QByteArray encoded(const QImage &image, const char *format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return bytes;
}

QImage filled(int width, int height, QColor color)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(color);
    return image;
}

const QByteArray kSvg = QByteArrayLiteral(
    "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"40\" height=\"20\" viewBox=\"0 0 40 20\">"
    "<rect width=\"40\" height=\"20\" fill=\"#1060ff\"/></svg>");

QByteArray svgWith(const char *body)
{
    return QByteArrayLiteral(
               "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" "
               "viewBox=\"0 0 10 10\">")
        + body + QByteArrayLiteral("</svg>");
}

quint32 crc32(const QByteArray &data)
{
    quint32 crc = 0xffffffffu;
    for (const char byte : data) {
        crc ^= quint8(byte);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

/// A valid 1x1 PNG whose header claims \a side x \a side pixels.
QByteArray pngClaiming(quint32 side)
{
    QByteArray png = encoded(filled(1, 1, Qt::red), "PNG");
    // Signature (8), IHDR length (4), "IHDR" (4), width (4), height (4), ..., CRC.
    for (int i = 0; i < 4; ++i) {
        png[16 + i] = char(side >> (24 - 8 * i));
        png[20 + i] = char(side >> (24 - 8 * i));
    }
    const quint32 crc = crc32(png.mid(12, 17));
    for (int i = 0; i < 4; ++i)
        png[29 + i] = char(crc >> (24 - 8 * i));
    return png;
}

int opaquePixels(const QImage &image)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            count += qAlpha(image.pixel(x, y)) > 0 ? 1 : 0;
    }
    return count;
}

} // namespace

class TestSourceLogo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accepted_data();
    void accepted();
    void preparedPngIsStable();
    void refused_data();
    void refused();
    void render_data();
    void render();
};

void TestSourceLogo::accepted_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("mimeType");
    QTest::addColumn<QSize>("size"); // of the stored PNG; invalid for SVG

    const QString png = QStringLiteral("image/png");
    const QString svg = QStringLiteral("image/svg+xml");
    QTest::newRow("png scaled down") << encoded(filled(512, 256, Qt::red), "PNG") << png << QSize(128, 64);
    QTest::newRow("png tall") << encoded(filled(100, 400, Qt::red), "PNG") << png << QSize(32, 128);
    QTest::newRow("png small not upscaled")
        << encoded(filled(32, 24, Qt::red), "PNG") << png << QSize(32, 24);
    QTest::newRow("png exactly 128") << encoded(filled(128, 128, Qt::red), "PNG") << png << QSize(128, 128);
    QTest::newRow("jpeg converted") << encoded(filled(300, 300, Qt::green), "JPEG") << png << QSize(128, 128);
    QTest::newRow("jpeg small") << encoded(filled(16, 8, Qt::green), "JPEG") << png << QSize(16, 8);
    QTest::newRow("svg kept") << kSvg << svg << QSize();
    QTest::newRow("svg with prolog and comments")
        << QByteArray("\xef\xbb\xbf<?xml version=\"1.0\"?>\n<!-- made by hand -->\n"
                      "<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" "
                      "\"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">\n  ")
            + kSvg
        << svg << QSize();
    QTest::newRow("svg internal href")
        << svgWith("<defs><rect id=\"r\" width=\"5\" height=\"5\"/></defs><use xlink:href=\"#r\"/>") << svg
        << QSize();
}

void TestSourceLogo::accepted()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, mimeType);
    QFETCH(QSize, size);

    QByteArray logo;
    QString mime;
    QString error;
    QVERIFY2(SourceLogo::prepare(data, &logo, &mime, &error), qPrintable(error));
    QCOMPARE(mime, mimeType);
    if (mime == QLatin1String("image/svg+xml")) {
        QCOMPARE(logo, data);
        return;
    }
    QVERIFY(logo.startsWith("\x89PNG"));
    QImage image;
    QVERIFY(image.loadFromData(logo, "PNG"));
    QCOMPARE(image.size(), size);
}

void TestSourceLogo::preparedPngIsStable()
{
    // Export writes the stored PNG and import prepares it again: same bytes.
    QByteArray once;
    QString mime;
    QString error;
    QVERIFY(SourceLogo::prepare(encoded(filled(400, 300, Qt::blue), "JPEG"), &once, &mime, &error));
    QByteArray twice;
    QVERIFY(SourceLogo::prepare(once, &twice, &mime, &error));
    QCOMPARE(twice, once);
}

void TestSourceLogo::refused_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("mention");

    QByteArray random(4096, Qt::Uninitialized);
    QRandomGenerator generator(42);
    for (char &c : random)
        c = char(generator.bounded(256));
    random[0] = 'R'; // not by chance a PNG or JPEG signature

    QTest::newRow("random bytes") << random << QStringLiteral("not a PNG, JPEG or SVG");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("not a PNG, JPEG or SVG");
    QTest::newRow("text") << QByteArray("hello") << QStringLiteral("not a PNG, JPEG or SVG");
    QTest::newRow("gif") << QByteArray("GIF89a\x01\x00\x01\x00") << QStringLiteral("not a PNG, JPEG or SVG");
    QTest::newRow("html") << QByteArray("<html><svg/></html>") << QStringLiteral("not a PNG, JPEG or SVG");
    QTest::newRow("over 1 MiB") << (encoded(filled(8, 8, Qt::red), "PNG") + QByteArray(1024 * 1024, '\0'))
                                << QStringLiteral("larger than 1 MiB");
    QTest::newRow("over 1 MiB svg") << (kSvg + QByteArray(1024 * 1024, ' '))
                                    << QStringLiteral("larger than 1 MiB");
    QTest::newRow("truncated png") << encoded(filled(64, 64, Qt::red), "PNG").left(40)
                                   << QStringLiteral("PNG");
    QTest::newRow("png signature, garbage")
        << QByteArray("\x89PNG\r\n\x1a\n") + random << QStringLiteral("PNG");
    QTest::newRow("jpeg signature, garbage") << QByteArray("\xff\xd8\xff") + random << QStringLiteral("JPEG");
    QTest::newRow("svg with script") << svgWith("<script>alert(1)</script>") << QStringLiteral("script");
    QTest::newRow("svg with SCRIPT") << svgWith("<SCRIPT type=\"text/javascript\">x()</SCRIPT>")
                                     << QStringLiteral("script");
    QTest::newRow("svg external image")
        << svgWith("<image href=\"https://tracker.example.com/p.png\" width=\"1\" height=\"1\"/>")
        << QStringLiteral("external");
    QTest::newRow("svg xlink http") << svgWith("<image xlink:href = 'http://example.com/p.png'/>")
                                    << QStringLiteral("external");
    QTest::newRow("svg file href") << svgWith("<use href=\"file:///etc/passwd#x\"/>")
                                   << QStringLiteral("external");
    QTest::newRow("svg css url") << svgWith("<style>rect{fill:url(https://x.example/y)}</style>")
                                 << QStringLiteral("external");
    QTest::newRow("svg entities") << QByteArray(
                                         "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY a \"aaaa\">]>")
            + kSvg << QStringLiteral("entities");
    QTest::newRow("svg broken") << QByteArray("<svg xmlns=\"http://www.w3.org/2000/svg\"><rect")
                                << QStringLiteral("not valid");
    QTest::newRow("unterminated comment")
        << QByteArray("<!-- <svg/>") << QStringLiteral("not a PNG, JPEG or SVG");

    // A tiny PNG that claims to be 30000 x 30000 pixels.
    QTest::newRow("png bomb") << pngClaiming(30000) << QStringLiteral("too large (30000 x 30000");
}

void TestSourceLogo::refused()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, mention);
    QByteArray logo("unchanged");
    QString mime(QStringLiteral("unchanged"));
    QString error;
    QVERIFY(!SourceLogo::prepare(data, &logo, &mime, &error));
    QVERIFY2(error.contains(mention), qPrintable(error));
    QCOMPARE(logo, QByteArray("unchanged"));
    QCOMPARE(mime, QStringLiteral("unchanged"));
}

void TestSourceLogo::render_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("opaque"); // expected opaque pixels: the logo keeps its aspect ratio

    QTest::newRow("png wide") << encoded(filled(200, 100, Qt::red), "PNG") << QSize(32, 32) << 32 * 16;
    QTest::newRow("jpeg square") << encoded(filled(50, 50, Qt::green), "JPEG") << QSize(24, 24) << 24 * 24;
    QTest::newRow("svg wide") << kSvg << QSize(32, 32) << 32 * 16;
}

void TestSourceLogo::render()
{
    QFETCH(QByteArray, data);
    QFETCH(QSize, size);
    QFETCH(int, opaque);

    QByteArray logo;
    QString mime;
    QString error;
    QVERIFY2(SourceLogo::prepare(data, &logo, &mime, &error), qPrintable(error));
    const QImage image = SourceLogo::render(logo, mime, size);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), size);
    QVERIFY(qAbs(opaquePixels(image) - opaque) <= size.width() * 2); // edges may be antialiased
    QCOMPARE(qAlpha(image.pixel(size.width() / 2, size.height() / 2)), 255);

    QVERIFY(SourceLogo::render(QByteArray("junk"), mime, size).isNull());
    QVERIFY(SourceLogo::render(logo, mime, QSize()).isNull());
}

QTEST_MAIN(TestSourceLogo)
#include "tst_sourcelogo.moc"

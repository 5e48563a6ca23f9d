#include "CatalogFile.h"

#include "CatalogJson.h"
#include "DiscoveryImporter.h"
#include "NangoImporter.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace {
constexpr qint64 kMaxFileBytes = 64 * 1024 * 1024;
}

QStringList CatalogFile::formats()
{
    return { QStringLiteral("json"), QStringLiteral("discovery"), QStringLiteral("nango") };
}

QString CatalogFile::guessFormat(const QString &path, const QByteArray &content)
{
    if (path.endsWith(QLatin1String(".yaml"), Qt::CaseInsensitive)
        || path.endsWith(QLatin1String(".yml"), Qt::CaseInsensitive))
        return QStringLiteral("nango");
    const QJsonObject object = QJsonDocument::fromJson(content).object();
    if (!object.contains(QLatin1String("sources"))
        && (object.contains(QLatin1String("issuer"))
            || object.contains(QLatin1String("authorization_endpoint"))))
        return QStringLiteral("discovery");
    return QStringLiteral("json");
}

CatalogParseResult CatalogFile::read(const QString &path, const QString &format)
{
    if (!format.isEmpty() && !formats().contains(format))
        return CatalogParseResult::failure(
            tr("Unknown format \"%1\"; use json, discovery or nango.").arg(format));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return CatalogParseResult::failure(tr("Cannot read %1: %2").arg(path, file.errorString()));
    if (file.size() > kMaxFileBytes)
        return CatalogParseResult::failure(tr("%1 is larger than 64 MiB.").arg(path));
    const QByteArray content = file.read(kMaxFileBytes + 1);
    const QString chosen = format.isEmpty() ? guessFormat(path, content) : format;
    if (chosen == QLatin1String("nango"))
        return NangoImporter::fromYaml(content);
    if (chosen == QLatin1String("discovery"))
        return DiscoveryImporter::fromDocument(content);
    return CatalogJson::read(content, QFileInfo(path).absolutePath());
}

bool CatalogFile::write(const QString &path, const QList<IntegrationSource> &sources, QString *error)
{
    const QByteArray json = CatalogJson::write(sources);
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(json) == json.size() && file.commit())
        return true;
    *error = tr("Cannot write %1: %2").arg(path, file.errorString());
    return false;
}

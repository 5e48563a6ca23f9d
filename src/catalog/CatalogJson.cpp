#include "CatalogJson.h"

#include "SourceLogo.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>

Q_LOGGING_CATEGORY(lcCatalogJson, "linkdeck.catalog.json")

namespace {

const QLatin1String kFormat("linkdeck-catalog");

QJsonObject paramsToJson(const QMap<QString, QString> &params)
{
    QJsonObject object;
    for (auto it = params.cbegin(); it != params.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return CatalogJson::tr("a boolean");
    case QJsonValue::Double:
        return CatalogJson::tr("a number");
    case QJsonValue::String:
        return CatalogJson::tr("a string");
    case QJsonValue::Array:
        return CatalogJson::tr("a list");
    case QJsonValue::Object:
        return CatalogJson::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("undefined");
}

/// Reads one source object; every failure is a translated message that
/// names the source and the field.
class SourceReader
{
public:
    SourceReader(const QJsonObject &object, const QString &name, const QString &baseDir)
        : m_object(object)
        , m_name(name)
        , m_baseDir(baseDir)
    { }

    QString error() const { return m_error; }

    bool string(const char *field, QString *out)
    {
        const QJsonValue value = m_object.value(QLatin1String(field));
        if (value.isUndefined())
            return true;
        if (!value.isString())
            return typeError(field, CatalogJson::tr("a string"), value);
        *out = value.toString();
        return true;
    }

    bool boolean(const char *field, bool *out)
    {
        const QJsonValue value = m_object.value(QLatin1String(field));
        if (value.isUndefined())
            return true;
        if (!value.isBool())
            return typeError(field, CatalogJson::tr("true or false"), value);
        *out = value.toBool();
        return true;
    }

    bool stringList(const char *field, QStringList *out)
    {
        const QJsonValue value = m_object.value(QLatin1String(field));
        if (value.isUndefined())
            return true;
        if (!value.isArray())
            return typeError(field, CatalogJson::tr("a list of strings"), value);
        QStringList list;
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array) {
            if (!item.isString())
                return typeError(field, CatalogJson::tr("a list of strings"), item);
            list << item.toString();
        }
        *out = list;
        return true;
    }

    bool stringMap(const char *field, QMap<QString, QString> *out)
    {
        const QJsonValue value = m_object.value(QLatin1String(field));
        if (value.isUndefined())
            return true;
        if (!value.isObject())
            return typeError(field, CatalogJson::tr("an object of strings"), value);
        QMap<QString, QString> map;
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (!it.value().isString())
                return typeError(field, CatalogJson::tr("an object of strings"), it.value());
            map.insert(it.key(), it.value().toString());
        }
        *out = map;
        return true;
    }

    template<typename Enum> bool enumeration(const char *field, Enum *out, const QStringList &names)
    {
        QString text;
        const QJsonValue value = m_object.value(QLatin1String(field));
        if (value.isUndefined())
            return true;
        if (!string(field, &text))
            return false;
        if (!IntegrationSource::fromString(text, out)) {
            return fail(
                CatalogJson::tr("Source \"%1\": \"%2\" must be one of %3, not \"%4\".")
                    .arg(m_name, QLatin1String(field), names.join(QLatin1String(", ")), text.left(64)));
        }
        return true;
    }

    bool logo(QByteArray *logo, QString *mimeType)
    {
        QString text;
        if (!string("logo", &text) || text.isEmpty())
            return m_error.isEmpty();
        QByteArray data;
        if (text.startsWith(QLatin1String("data:"))) {
            if (!decodeDataUri(text, &data))
                return false;
        } else if (!readRelativeFile(text, &data)) {
            return false;
        }
        QString problem;
        if (!SourceLogo::prepare(data, logo, mimeType, &problem))
            return fail(CatalogJson::tr("Source \"%1\": \"logo\": %2").arg(m_name, problem));
        return true;
    }

private:
    bool fail(const QString &message)
    {
        m_error = message;
        return false;
    }

    bool typeError(const char *field, const QString &expected, const QJsonValue &value)
    {
        return fail(CatalogJson::tr("Source \"%1\": \"%2\" must be %3, not %4.")
                        .arg(m_name, QLatin1String(field), expected, typeName(value)));
    }

    bool decodeDataUri(const QString &uri, QByteArray *data)
    {
        const qsizetype comma = uri.indexOf(QLatin1Char(','));
        const QString header = comma < 0 ? QString() : uri.mid(5, comma - 5);
        if (comma < 0 || !header.endsWith(QLatin1String(";base64"), Qt::CaseInsensitive))
            return fail(CatalogJson::tr("Source \"%1\": \"logo\" is a data: URI that is not base64-encoded.")
                            .arg(m_name));
        const auto decoded = QByteArray::fromBase64Encoding(
            QStringView(uri).mid(comma + 1).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return fail(CatalogJson::tr("Source \"%1\": \"logo\" has invalid base64 data.").arg(m_name));
        *data = *decoded;
        return true;
    }

    bool readRelativeFile(const QString &path, QByteArray *data)
    {
        const auto refuse = [this, &path](const QString &why) {
            return fail(CatalogJson::tr("Source \"%1\": logo path \"%2\" is refused: %3")
                            .arg(m_name, path.left(200), why));
        };
        if (m_baseDir.isEmpty())
            return refuse(CatalogJson::tr("this catalogue has no folder to resolve it against."));
        if (path.startsWith(QLatin1Char('/')) || path.startsWith(QLatin1Char('\\'))
            || path.startsWith(QLatin1Char(':')) || path.contains(QLatin1Char(':'))
            || QDir::isAbsolutePath(path))
            return refuse(CatalogJson::tr("it must be relative to the catalogue."));
        if (path.contains(QLatin1String("..")) || path.contains(QLatin1Char('\\')) || path.contains(QChar(0)))
            return refuse(CatalogJson::tr("it must not contain \"..\" or backslashes."));

        const QString base = QDir::cleanPath(m_baseDir);
        const QString full = QDir::cleanPath(base + QLatin1Char('/') + path);
        if (!full.startsWith(base + QLatin1Char('/')))
            return refuse(CatalogJson::tr("it leaves the catalogue's folder."));
        // A symbolic link could still point outside; compare real locations.
        if (!base.startsWith(QLatin1Char(':'))) {
            const QString realBase = QFileInfo(base).canonicalFilePath();
            const QString realFull = QFileInfo(full).canonicalFilePath();
            if (!realBase.isEmpty() && !realFull.isEmpty()
                && !realFull.startsWith(realBase + QLatin1Char('/')))
                return refuse(CatalogJson::tr("it leaves the catalogue's folder."));
        }

        QFile file(full);
        if (!QFileInfo(full).isFile() || !file.open(QIODevice::ReadOnly))
            return fail(CatalogJson::tr("Source \"%1\": logo file \"%2\" cannot be read.")
                            .arg(m_name, path.left(200)));
        *data = file.read(SourceLogo::MaxBytes + 1);
        return true;
    }

    QJsonObject m_object;
    QString m_name;
    QString m_baseDir;
    QString m_error;
};

QStringList enumNames(std::initializer_list<const char *> names)
{
    QStringList list;
    for (const char *name : names)
        list << QString::fromLatin1(name);
    return list;
}

} // namespace

bool CatalogJson::isValidKey(const QString &key)
{
    static const QRegularExpression slug(QStringLiteral("^[a-z0-9][a-z0-9_-]{0,63}$"));
    return slug.match(key).hasMatch();
}

QByteArray CatalogJson::write(const QList<IntegrationSource> &sources)
{
    QList<IntegrationSource> sorted = sources;
    std::stable_sort(sorted.begin(), sorted.end(),
        [](const IntegrationSource &a, const IntegrationSource &b) { return a.key < b.key; });

    const IntegrationSource defaults;
    QJsonArray array;
    for (const IntegrationSource &s : std::as_const(sorted)) {
        QJsonObject o;
        auto put = [&o](const char *name, const QString &value, const QString &defaultValue) {
            if (value != defaultValue)
                o.insert(QLatin1String(name), value);
        };
        o.insert(QLatin1String("key"), s.key);
        o.insert(QLatin1String("displayName"), s.displayName);
        o.insert(QLatin1String("authType"), IntegrationSource::toString(s.authType));
        o.insert(QLatin1String("enabled"), s.enabled);
        put("authHostUrl", s.authHostUrl, defaults.authHostUrl);
        put("apiHostUrl", s.apiHostUrl, defaults.apiHostUrl);
        put("authUrl", s.authUrl, defaults.authUrl);
        put("requestTokenUrl", s.requestTokenUrl, defaults.requestTokenUrl);
        put("accessTokenUrl", s.accessTokenUrl, defaults.accessTokenUrl);
        put("fullAuthUrl", s.fullAuthUrlOverride, defaults.fullAuthUrlOverride);
        put("clientId", s.clientId, defaults.clientId);
        if (s.scopes != defaults.scopes)
            o.insert(QLatin1String("scopes"), QJsonArray::fromStringList(s.scopes));
        put("scopeSeparator", s.scopeSeparator, defaults.scopeSeparator);
        put("pkce", IntegrationSource::toString(s.pkce), IntegrationSource::toString(defaults.pkce));
        put("clientAuth", IntegrationSource::toString(s.clientAuth),
            IntegrationSource::toString(defaults.clientAuth));
        if (!s.extraAuthParams.isEmpty())
            o.insert(QLatin1String("extraAuthParams"), paramsToJson(s.extraAuthParams));
        if (!s.extraTokenParams.isEmpty())
            o.insert(QLatin1String("extraTokenParams"), paramsToJson(s.extraTokenParams));
        put("refreshUrl", s.refreshUrl, defaults.refreshUrl);
        put("revokeUrl", s.revokeUrl, defaults.revokeUrl);
        put("testApiPath", s.testApiPath, defaults.testApiPath);
        put("description", s.description, defaults.description);
        put("docsUrl", s.docsUrl, defaults.docsUrl);
        if (!s.logo.isEmpty()) {
            const QString mime
                = s.logoMimeType.isEmpty() ? QStringLiteral("application/octet-stream") : s.logoMimeType;
            o.insert(QLatin1String("logo"),
                QLatin1String("data:") + mime + QLatin1String(";base64,")
                    + QString::fromLatin1(s.logo.toBase64()));
        }
        array.append(o);
    }

    QJsonObject root;
    root.insert(QLatin1String("format"), kFormat);
    root.insert(QLatin1String("version"), FormatVersion);
    root.insert(QLatin1String("sources"), array);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

CatalogParseResult CatalogJson::read(const QByteArray &json, const QString &baseDir)
{
    using R = CatalogParseResult;
    if (json.size() > MaxFileBytes)
        return R::failure(tr("The catalogue is larger than 64 MiB."));

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return R::failure(tr("The catalogue is not valid JSON: %1 at offset %2.")
                              .arg(parseError.errorString())
                              .arg(parseError.offset));
    if (!document.isObject())
        return R::failure(tr("The catalogue is not a JSON object."));

    const QJsonObject root = document.object();
    if (root.value(QLatin1String("format")).toString() != kFormat)
        return R::failure(tr("This is not a Linkdeck catalogue (\"format\" must be \"%1\").").arg(kFormat));
    const QJsonValue versionValue = root.value(QLatin1String("version"));
    const double version = versionValue.toDouble(-1);
    if (!versionValue.isDouble() || version != double(qint64(version)) || version < 1)
        return R::failure(tr("The catalogue's \"version\" must be a whole number from 1."));
    if (version > FormatVersion)
        return R::failure(
            tr("This catalogue is from a newer Linkdeck (format version %1); this version reads "
               "version %2.")
                .arg(qint64(version))
                .arg(FormatVersion));

    const QJsonValue sourcesValue = root.value(QLatin1String("sources"));
    if (!sourcesValue.isArray())
        return R::failure(tr("The catalogue has no \"sources\" list."));
    const QJsonArray array = sourcesValue.toArray();
    if (array.size() > MaxSources)
        return R::failure(
            tr("The catalogue has %1 sources; at most %2 are accepted.").arg(array.size()).arg(MaxSources));

    const QStringList authNames = IntegrationSource::authTypeNames();
    const QStringList pkceNames = enumNames({ "S256", "plain", "off" });
    const QStringList clientAuthNames = enumNames({ "basic", "body" });

    R result;
    QSet<QString> keys;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString position = tr("#%1").arg(i + 1);
        if (!array.at(i).isObject())
            return R::failure(tr("Source %1 is not a JSON object.").arg(position));
        const QJsonObject object = array.at(i).toObject();

        const QJsonValue keyValue = object.value(QLatin1String("key"));
        if (keyValue.isUndefined())
            return R::failure(tr("Source %1 has no \"key\".").arg(position));
        if (!keyValue.isString())
            return R::failure(
                tr("Source %1: \"key\" must be a string, not %2.").arg(position, typeName(keyValue)));
        const QString key = keyValue.toString();
        if (!isValidKey(key))
            return R::failure(
                tr("Source %1: \"key\" \"%2\" is not a valid key (lower-case letters, digits, '-' "
                   "and '_', at most 64 characters).")
                    .arg(position, key.left(80)));
        if (keys.contains(key))
            return R::failure(tr("Source \"%1\" appears more than once (\"key\" must be unique).").arg(key));
        keys.insert(key);

        IntegrationSource s;
        s.key = key;
        SourceReader reader(object, key, baseDir);
        const QJsonValue nameValue = object.value(QLatin1String("displayName"));
        if (nameValue.isUndefined() || (nameValue.isString() && nameValue.toString().trimmed().isEmpty()))
            return R::failure(tr("Source \"%1\" has no \"displayName\".").arg(key));
        if (!object.contains(QLatin1String("authType")))
            return R::failure(tr("Source \"%1\" has no \"authType\".").arg(key));
        const bool fieldsOk = reader.string("displayName", &s.displayName)
            && reader.enumeration("authType", &s.authType, authNames) && reader.boolean("enabled", &s.enabled)
            && reader.string("authHostUrl", &s.authHostUrl) && reader.string("apiHostUrl", &s.apiHostUrl)
            && reader.string("authUrl", &s.authUrl) && reader.string("requestTokenUrl", &s.requestTokenUrl)
            && reader.string("accessTokenUrl", &s.accessTokenUrl)
            && reader.string("fullAuthUrl", &s.fullAuthUrlOverride) && reader.string("clientId", &s.clientId)
            && reader.stringList("scopes", &s.scopes) && reader.string("scopeSeparator", &s.scopeSeparator)
            && reader.enumeration("pkce", &s.pkce, pkceNames)
            && reader.enumeration("clientAuth", &s.clientAuth, clientAuthNames)
            && reader.stringMap("extraAuthParams", &s.extraAuthParams)
            && reader.stringMap("extraTokenParams", &s.extraTokenParams)
            && reader.string("refreshUrl", &s.refreshUrl) && reader.string("revokeUrl", &s.revokeUrl)
            && reader.string("testApiPath", &s.testApiPath) && reader.string("description", &s.description)
            && reader.string("docsUrl", &s.docsUrl) && reader.logo(&s.logo, &s.logoMimeType);
        if (!fieldsOk)
            return R::failure(reader.error());
        result.sources.append(s);
    }
    qCDebug(lcCatalogJson) << "read" << result.sources.size() << "sources";
    return result;
}

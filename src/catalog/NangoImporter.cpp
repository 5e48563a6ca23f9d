#include "NangoImporter.h"

#include "DiscoveryImporter.h"

#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>
#include <memory>
#include <utility>
#include <vector>
#include <yaml.h>

Q_LOGGING_CATEGORY(lcNangoImporter, "linkdeck.catalog.nango")

namespace {

/// One node of the parsed document; mappings keep their order.
struct YamlNode
{
    enum class Kind { Scalar, Sequence, Mapping };
    Kind kind = Kind::Scalar;
    QString text; ///< scalars only
    bool plain = false; ///< an unquoted scalar (where "null" and "~" mean nothing)
    int line = 0; ///< 1-based
    std::vector<YamlNode> items;
    std::vector<std::pair<QString, YamlNode>> entries;

    bool isNull() const
    {
        return kind == Kind::Scalar && plain
            && (text.isEmpty() || text == QLatin1String("~")
                || text.compare(QLatin1String("null"), Qt::CaseInsensitive) == 0);
    }

    const YamlNode *value(const char *key) const
    {
        for (const auto &entry : entries) {
            if (entry.first == QLatin1String(key))
                return entry.second.isNull() ? nullptr : &entry.second;
        }
        return nullptr;
    }
};

/// Builds a YamlNode tree from libyaml events within NangoImporter's limits.
class YamlReader
{
public:
    bool read(const QByteArray &data, YamlNode *root)
    {
        yaml_parser_t parser;
        if (!yaml_parser_initialize(&parser))
            return fail(NangoImporter::tr("The YAML parser could not be started."));
        std::unique_ptr<yaml_parser_t, void (*)(yaml_parser_t *)> guard(&parser, yaml_parser_delete);
        yaml_parser_set_input_string(
            &parser, reinterpret_cast<const unsigned char *>(data.constData()), size_t(data.size()));

        int documents = 0;
        for (;;) {
            yaml_event_t event;
            if (!yaml_parser_parse(&parser, &event)) {
                const QString problem = QString::fromUtf8(parser.problem ? parser.problem : "syntax error");
                // Encoding errors carry a byte offset instead of a position.
                const qsizetype line = parser.error == YAML_READER_ERROR
                    ? data.left(qsizetype(parser.problem_offset)).count('\n') + 1
                    : qsizetype(parser.problem_mark.line) + 1;
                return fail(
                    NangoImporter::tr("The file is not valid YAML: %1 (line %2).").arg(problem).arg(line));
            }
            std::unique_ptr<yaml_event_t, void (*)(yaml_event_t *)> eventGuard(&event, yaml_event_delete);
            const int line = int(event.start_mark.line) + 1;
            switch (event.type) {
            case YAML_STREAM_END_EVENT:
                if (!m_haveRoot)
                    return fail(NangoImporter::tr("The file is empty."));
                *root = std::move(m_root);
                return true;
            case YAML_DOCUMENT_START_EVENT:
                if (++documents > 1)
                    return fail(
                        NangoImporter::tr("The file holds more than one YAML document (line %1).").arg(line));
                break;
            case YAML_ALIAS_EVENT:
                return refuseAnchors(line);
            case YAML_SCALAR_EVENT: {
                if (event.data.scalar.anchor)
                    return refuseAnchors(line);
                YamlNode node;
                node.text = QString::fromUtf8(reinterpret_cast<const char *>(event.data.scalar.value),
                    qsizetype(event.data.scalar.length));
                node.plain = event.data.scalar.style == YAML_PLAIN_SCALAR_STYLE;
                node.line = line;
                if (!count(line) || !attach(std::move(node)))
                    return false;
                break;
            }
            case YAML_SEQUENCE_START_EVENT:
            case YAML_MAPPING_START_EVENT: {
                const bool mapping = event.type == YAML_MAPPING_START_EVENT;
                if (mapping ? event.data.mapping_start.anchor : event.data.sequence_start.anchor)
                    return refuseAnchors(line);
                if (!count(line))
                    return false;
                if (int(m_stack.size()) >= NangoImporter::MaxDepth)
                    return fail(NangoImporter::tr("The YAML is nested deeper than %1 levels (line %2).")
                                    .arg(NangoImporter::MaxDepth)
                                    .arg(line));
                Frame frame;
                frame.node.kind = mapping ? YamlNode::Kind::Mapping : YamlNode::Kind::Sequence;
                frame.node.line = line;
                m_stack.push_back(std::move(frame));
                break;
            }
            case YAML_SEQUENCE_END_EVENT:
            case YAML_MAPPING_END_EVENT: {
                YamlNode node = std::move(m_stack.back().node);
                m_stack.pop_back();
                if (!attach(std::move(node)))
                    return false;
                break;
            }
            default:
                break;
            }
        }
    }

    QString error() const { return m_error; }

private:
    struct Frame
    {
        YamlNode node;
        QString key;
        bool haveKey = false;
        QSet<QString> keys;
    };

    bool fail(const QString &message)
    {
        m_error = message;
        return false;
    }

    bool refuseAnchors(int line)
    {
        return fail(NangoImporter::tr("YAML anchors and aliases are not accepted (line %1).").arg(line));
    }

    bool count(int line)
    {
        if (++m_nodes > NangoImporter::MaxNodes)
            return fail(NangoImporter::tr("The YAML has more than %1 nodes (line %2).")
                            .arg(NangoImporter::MaxNodes)
                            .arg(line));
        return true;
    }

    bool attach(YamlNode &&node)
    {
        if (m_stack.empty()) {
            m_root = std::move(node);
            m_haveRoot = true;
            return true;
        }
        Frame &parent = m_stack.back();
        if (parent.node.kind == YamlNode::Kind::Sequence) {
            parent.node.items.push_back(std::move(node));
            return true;
        }
        if (!parent.haveKey) {
            if (node.kind != YamlNode::Kind::Scalar)
                return fail(
                    NangoImporter::tr("A YAML map key is not a plain value (line %1).").arg(node.line));
            if (parent.keys.contains(node.text))
                return fail(NangoImporter::tr("The key \"%1\" appears twice in the same map (line %2).")
                                .arg(node.text.left(80))
                                .arg(node.line));
            parent.keys.insert(node.text);
            parent.key = node.text;
            parent.haveKey = true;
            return true;
        }
        parent.node.entries.emplace_back(std::move(parent.key), std::move(node));
        parent.key.clear();
        parent.haveKey = false;
        return true;
    }

    std::vector<Frame> m_stack;
    YamlNode m_root;
    bool m_haveRoot = false;
    int m_nodes = 0;
    QString m_error;
};

/// Turns one provider map into a source, or says why it cannot.
class ProviderReader
{
public:
    explicit ProviderReader(const YamlNode &provider)
        : m_provider(provider)
    { }

    QString reason() const { return m_reason; }

    /// A scalar field; false (with a reason) if present but not a scalar.
    bool text(const YamlNode &map, const char *field, QString *out)
    {
        const YamlNode *node = map.value(field);
        if (!node)
            return true;
        if (node->kind != YamlNode::Kind::Scalar)
            return skip(NangoImporter::tr("%1 is not a single value").arg(QLatin1String(field)));
        *out = node->text;
        return true;
    }

    bool params(const char *field, QMap<QString, QString> *out)
    {
        const YamlNode *node = m_provider.value(field);
        if (!node)
            return true;
        if (node->kind != YamlNode::Kind::Mapping)
            return skip(NangoImporter::tr("%1 is not a map").arg(QLatin1String(field)));
        for (const auto &[name, value] : node->entries) {
            if (value.kind != YamlNode::Kind::Scalar)
                return skip(NangoImporter::tr("%1.%2 is not a single value").arg(QLatin1String(field), name));
            if (!checkTemplate(value.text))
                return false;
            out->insert(name, value.text);
        }
        return true;
    }

    bool scopes(QStringList *out, const QString &separator)
    {
        const YamlNode *node = m_provider.value("default_scopes");
        if (!node)
            return true;
        if (node->kind == YamlNode::Kind::Scalar) {
            *out
                = node->text.split(separator.isEmpty() ? QStringLiteral(" ") : separator, Qt::SkipEmptyParts);
            return true;
        }
        if (node->kind != YamlNode::Kind::Sequence)
            return skip(NangoImporter::tr("default_scopes is not a list"));
        for (const YamlNode &item : node->items) {
            if (item.kind != YamlNode::Kind::Scalar)
                return skip(NangoImporter::tr("default_scopes is not a list of values"));
            *out << item.text;
        }
        return true;
    }

    /// False if \a value needs Nango's per-connection settings.
    bool checkTemplate(const QString &value)
    {
        static const QRegularExpression templated(QStringLiteral("\\$\\{[^}]*\\}"));
        const QRegularExpressionMatch match = templated.match(value);
        if (!match.hasMatch())
            return true;
        return skip(NangoImporter::tr("URL needs connection settings (%1)").arg(match.captured().left(80)));
    }

    bool url(const char *field, bool required, QString *out)
    {
        QString value;
        if (!text(m_provider, field, &value))
            return false;
        value = value.trimmed();
        if (value.isEmpty())
            return required ? skip(NangoImporter::tr("no %1").arg(QLatin1String(field))) : true;
        if (!checkTemplate(value))
            return false;
        *out = value;
        return true;
    }

    bool skip(const QString &reason)
    {
        if (m_reason.isEmpty())
            m_reason = reason;
        return false;
    }

private:
    const YamlNode &m_provider;
    QString m_reason;
};

bool isTrue(const QString &text)
{
    return text.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0
        || text.compare(QLatin1String("yes"), Qt::CaseInsensitive) == 0
        || text.compare(QLatin1String("on"), Qt::CaseInsensitive) == 0;
}

// Converts one provider; returns false with ProviderReader::reason() set.
bool readProvider(const QString &key, const YamlNode &provider, IntegrationSource *out, QString *reason)
{
    ProviderReader r(provider);
    auto done = [&r, reason](bool ok) {
        if (!ok)
            *reason = r.reason();
        return ok;
    };

    QString alias;
    if (!r.text(provider, "alias", &alias))
        return done(false);
    if (!alias.isEmpty())
        return done(r.skip(NangoImporter::tr("alias of %1").arg(alias.left(80))));

    QString mode;
    if (!r.text(provider, "auth_mode", &mode))
        return done(false);
    if (mode.isEmpty())
        return done(r.skip(NangoImporter::tr("no auth_mode")));
    IntegrationSource s;
    if (mode == QLatin1String("OAUTH2"))
        s.authType = IntegrationSource::AuthType::OAuth2;
    else if (mode == QLatin1String("OAUTH1"))
        s.authType = IntegrationSource::AuthType::OAuth1;
    else if (mode == QLatin1String("OAUTH2_CC"))
        return done(
            r.skip(NangoImporter::tr("auth mode OAUTH2_CC (client credentials) has no user authorization")));
    else
        return done(r.skip(NangoImporter::tr("auth mode %1 is not OAuth").arg(mode.left(40))));

    s.key = key;
    QString displayName;
    if (!r.text(provider, "display_name", &displayName))
        return done(false);
    s.displayName = displayName.trimmed().isEmpty() ? key : displayName.trimmed();

    if (!r.url("authorization_url", true, &s.authUrl) || !r.url("token_url", true, &s.accessTokenUrl)
        || !r.url("refresh_url", false, &s.refreshUrl))
        return done(false);
    if (s.authType == IntegrationSource::AuthType::OAuth1 && !r.url("request_url", true, &s.requestTokenUrl))
        return done(false);
    if (s.authType == IntegrationSource::AuthType::OAuth1) {
        QString signature;
        if (!r.text(provider, "signature_method", &signature))
            return done(false);
        if (!signature.isEmpty() && signature.compare(QLatin1String("HMAC-SHA1"), Qt::CaseInsensitive) != 0)
            return done(
                r.skip(NangoImporter::tr("signature method %1 is not supported").arg(signature.left(40))));
    }
    s.authHostUrl = DiscoveryImporter::origin(QUrl(s.authUrl));

    QString separator;
    if (!r.text(provider, "scope_separator", &separator))
        return done(false);
    if (provider.value("scope_separator"))
        s.scopeSeparator = separator;
    if (!r.scopes(&s.scopes, s.scopeSeparator))
        return done(false);
    if (!r.params("authorization_params", &s.extraAuthParams)
        || !r.params("token_params", &s.extraTokenParams))
        return done(false);
    // The OAuth flow sends these itself; keeping them would send them twice.
    if (s.extraAuthParams.value(QStringLiteral("response_type")) == QLatin1String("code"))
        s.extraAuthParams.remove(QStringLiteral("response_type"));
    if (s.extraTokenParams.value(QStringLiteral("grant_type")) == QLatin1String("authorization_code"))
        s.extraTokenParams.remove(QStringLiteral("grant_type"));

    QString flag;
    if (!r.text(provider, "disable_pkce", &flag))
        return done(false);
    s.pkce = s.authType == IntegrationSource::AuthType::OAuth1 || isTrue(flag)
        ? IntegrationSource::PkceMode::Off
        : IntegrationSource::PkceMode::S256;
    // Nango sends the client credentials in the body unless told otherwise.
    QString method;
    if (!r.text(provider, "token_request_auth_method", &method))
        return done(false);
    s.clientAuth = method.compare(QLatin1String("basic"), Qt::CaseInsensitive) == 0
        ? IntegrationSource::ClientAuth::Basic
        : IntegrationSource::ClientAuth::Body;

    // The API side is optional: a templated base URL is left for the administrator.
    if (const YamlNode *proxy = provider.value("proxy"); proxy && proxy->kind == YamlNode::Kind::Mapping) {
        const YamlNode *base = proxy->value("base_url");
        if (base && base->kind == YamlNode::Kind::Scalar && !base->text.contains(QLatin1String("${")))
            s.apiHostUrl = base->text.trimmed();
        const YamlNode *verification = proxy->value("verification");
        if (verification && verification->kind == YamlNode::Kind::Mapping && !s.apiHostUrl.isEmpty()) {
            const YamlNode *endpoint = verification->value("endpoint");
            const YamlNode *verb = verification->value("method");
            const bool isGet
                = !verb || (verb->kind == YamlNode::Kind::Scalar && verb->text == QLatin1String("GET"));
            if (isGet && endpoint && endpoint->kind == YamlNode::Kind::Scalar
                && !endpoint->text.contains(QLatin1String("${"))) {
                s.testApiPath = endpoint->text.trimmed();
                if (!s.testApiPath.startsWith(QLatin1Char('/')))
                    s.testApiPath.prepend(QLatin1Char('/'));
            }
        }
    }
    if (const YamlNode *node = provider.value("docs"); node && node->kind == YamlNode::Kind::Scalar)
        s.docsUrl = node->text.trimmed();

    *out = s;
    return true;
}

} // namespace

QString NangoImporter::slugify(const QString &key)
{
    QString slug;
    slug.reserve(key.size());
    for (const QChar c : key.toLower()) {
        const bool allowed = (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('_')
            || c == QLatin1Char('-');
        if (slug.isEmpty() && (!allowed || c == QLatin1Char('_') || c == QLatin1Char('-')))
            continue; // must start with a letter or a digit
        slug += allowed ? c : QLatin1Char('-');
    }
    return slug.left(64);
}

CatalogParseResult NangoImporter::fromYaml(const QByteArray &yaml)
{
    using R = CatalogParseResult;
    if (yaml.size() > MaxFileBytes)
        return R::failure(tr("The file is larger than 16 MiB."));

    YamlNode root;
    YamlReader reader;
    if (!reader.read(yaml, &root))
        return R::failure(reader.error());
    if (root.kind != YamlNode::Kind::Mapping)
        return R::failure(
            tr("This is not a Nango providers file: the top level is not a map of providers (line %1).")
                .arg(root.line));

    R result;
    QSet<QString> keys;
    for (const auto &[name, provider] : root.entries) {
        const QString label = name.left(80);
        const QString key = slugify(name);
        if (key.isEmpty()) {
            result.skipped << tr("%1: not a valid key").arg(label);
            continue;
        }
        if (provider.kind != YamlNode::Kind::Mapping) {
            result.skipped << tr("%1: not a map").arg(label);
            continue;
        }
        if (keys.contains(key)) {
            result.skipped << tr("%1: same key as another provider (%2)").arg(label, key);
            continue;
        }
        IntegrationSource source;
        QString reason;
        if (!readProvider(key, provider, &source, &reason)) {
            result.skipped << tr("%1: %2").arg(label, reason);
            continue;
        }
        keys.insert(key);
        result.sources.append(source);
    }
    qCDebug(lcNangoImporter) << "read" << result.sources.size() << "sources, skipped"
                             << result.skipped.size();
    return result;
}

#include "LoginScript.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {

const QString kSteps = QStringLiteral("steps");
const QString kName = QStringLiteral("name");
const QString kUrl = QStringLiteral("url");
const QString kWaitFor = QStringLiteral("waitFor");
const QString kActions = QStringLiteral("actions");
const QString kFill = QStringLiteral("fill");
const QString kClick = QStringLiteral("click");
const QString kSubmit = QStringLiteral("submit");
const QString kValue = QStringLiteral("value");

// ${NAME}: a shell-style variable name.
const QRegularExpression &variablePattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\$\\{([A-Za-z_][A-Za-z0-9_]*)\\}"));
    return pattern;
}

// The first key of @p object that is not in @p allowed; empty if none.
QString unknownKey(const QJsonObject &object, const QStringList &allowed)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!allowed.contains(it.key()))
            return it.key();
    }
    return {};
}

} // namespace

std::optional<LoginScript> LoginScript::parse(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("The login script is not valid JSON (at character %1: %2).")
                     .arg(parseError.offset)
                     .arg(parseError.errorString());
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    if (!document.isObject() || !root.value(kSteps).isArray() || root.value(kSteps).toArray().isEmpty()) {
        *error = tr("The login script must be an object with a non-empty \"steps\" list.");
        return std::nullopt;
    }
    if (const QString key = unknownKey(root, { kSteps }); !key.isEmpty()) {
        *error = tr("The login script has an unknown key \"%1\".").arg(key);
        return std::nullopt;
    }

    LoginScript script;
    const QJsonArray steps = root.value(kSteps).toArray();
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const QJsonObject object = steps.at(i).toObject();
        Step step;
        step.name = object.value(kName).toString();
        const QString where = step.name.isEmpty() ? tr("Step %1").arg(i + 1)
                                                  : tr("Step %1 (\"%2\")").arg(i + 1).arg(step.name);
        if (!steps.at(i).isObject()) {
            *error = tr("%1 must be an object.").arg(where);
            return std::nullopt;
        }
        if (const QString key = unknownKey(object, { kName, kUrl, kWaitFor, kActions }); !key.isEmpty()) {
            *error = tr("%1 has an unknown key \"%2\".").arg(where, key);
            return std::nullopt;
        }
        step.url = object.value(kUrl).toString().trimmed();
        if (step.url.isEmpty()) {
            *error = tr("%1 needs a \"url\" pattern, such as \"*/login*\".").arg(where);
            return std::nullopt;
        }
        if (object.contains(kWaitFor) && object.value(kWaitFor).toString().trimmed().isEmpty()) {
            *error = tr("%1: \"waitFor\" must be a CSS selector.").arg(where);
            return std::nullopt;
        }
        step.waitFor = object.value(kWaitFor).toString().trimmed();
        const QJsonArray actions = object.value(kActions).toArray();
        if (actions.isEmpty()) {
            *error = tr("%1 needs a non-empty \"actions\" list.").arg(where);
            return std::nullopt;
        }
        for (qsizetype j = 0; j < actions.size(); ++j) {
            const QJsonObject a = actions.at(j).toObject();
            const QString at = tr("%1, action %2").arg(where).arg(j + 1);
            const int verbs = int(a.contains(kFill)) + int(a.contains(kClick)) + int(a.contains(kSubmit));
            if (!actions.at(j).isObject() || verbs != 1) {
                *error = tr("%1 must have exactly one of \"fill\", \"click\" or \"submit\".").arg(at);
                return std::nullopt;
            }
            if (const QString key = unknownKey(a, { kFill, kClick, kSubmit, kValue }); !key.isEmpty()) {
                *error = tr("%1 has an unknown key \"%2\".").arg(at, key);
                return std::nullopt;
            }
            Action action;
            action.kind = a.contains(kFill) ? Action::Kind::Fill
                : a.contains(kClick)        ? Action::Kind::Click
                                            : Action::Kind::Submit;
            action.selector = a.value(a.contains(kFill)     ? kFill
                                       : a.contains(kClick) ? kClick
                                                            : kSubmit)
                                  .toString()
                                  .trimmed();
            if (action.selector.isEmpty()) {
                *error = tr("%1 needs a CSS selector.").arg(at);
                return std::nullopt;
            }
            if (action.kind == Action::Kind::Fill && !a.value(kValue).isString()) {
                *error = tr("%1 fills a field: it needs a \"value\" (text, may use ${NAME}).").arg(at);
                return std::nullopt;
            }
            if (action.kind != Action::Kind::Fill && a.contains(kValue)) {
                *error = tr("%1: only \"fill\" takes a \"value\".").arg(at);
                return std::nullopt;
            }
            action.value = a.value(kValue).toString();
            step.actions << action;
        }
        script.m_steps << step;
    }
    return script;
}

std::optional<LoginScript> LoginScript::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read the login script %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return parse(file.readAll(), error);
}

std::optional<LoginScript> LoginScript::resolved(const QProcessEnvironment &environment, QString *error) const
{
    LoginScript out = *this;
    for (Step &step : out.m_steps) {
        for (Action &action : step.actions) {
            QString value;
            qsizetype last = 0;
            auto matches = variablePattern().globalMatch(action.value);
            while (matches.hasNext()) {
                const auto match = matches.next();
                const QString name = match.captured(1);
                if (!environment.contains(name)) {
                    *error
                        = tr("The login script uses ${%1}, which is not set in the environment.").arg(name);
                    return std::nullopt;
                }
                const QString variable = environment.value(name);
                value += action.value.mid(last, match.capturedStart() - last) + variable;
                last = match.capturedEnd();
                if (!variable.isEmpty() && !out.m_secrets.contains(variable))
                    out.m_secrets << variable;
            }
            action.value = value + action.value.mid(last);
        }
    }
    return out;
}

bool LoginScript::urlMatches(const QString &pattern, const QUrl &url)
{
    QStringList parts;
    for (const QString &part : pattern.split(QLatin1Char('*')))
        parts << QRegularExpression::escape(part);
    const QRegularExpression regex(QRegularExpression::anchoredPattern(parts.join(QStringLiteral(".*"))),
        QRegularExpression::DotMatchesEverythingOption);
    return regex.match(url.toString(QUrl::FullyEncoded)).hasMatch();
}

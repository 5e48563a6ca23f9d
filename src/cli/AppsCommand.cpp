#include "AppsCommand.h"

#include "ApplicationRepository.h"
#include "CommandLine.h"
#include "Workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

AppsCommand::AppsCommand(Workspace &workspace, QTextStream &out, QTextStream &err)
    : m_workspace(workspace)
    , m_out(out)
    , m_err(err)
{ }

int AppsCommand::run(const CommandLine &line)
{
    const QStringList words = line.words();
    if (words.value(1) == QLatin1String("list") && words.size() == 2)
        return list(line.json());
    m_err << tr("Usage: linkdeck apps list [--json]") << '\n';
    return 2;
}

int AppsCommand::list(bool json)
{
    StoreResult result;
    const QList<Application> applications = ApplicationRepository(m_workspace).all(&result);
    if (!result) {
        m_err << result.message << '\n';
        return 1;
    }
    if (json) {
        QJsonArray array;
        for (const Application &a : applications) {
            array.append(QJsonObject {
                { QStringLiteral("name"), a.name },
                { QStringLiteral("clientId"), a.clientId },
                { QStringLiteral("hasClientSecret"), a.hasClientSecret },
                { QStringLiteral("redirectUrls"), QJsonArray::fromStringList(a.redirectUrls) },
                { QStringLiteral("webhookUrl"), a.webhookUrl },
                { QStringLiteral("hasWebhookSecret"), a.hasWebhookSecret },
                { QStringLiteral("sources"), QJsonArray::fromStringList(a.sourceKeys) },
            });
        }
        m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return 0;
    }
    if (applications.isEmpty()) {
        m_out << tr("No applications yet. Add one on the Applications page of the console.") << '\n';
        return 0;
    }
    qsizetype nameWidth = 4;
    for (const Application &a : applications)
        nameWidth = qMax(nameWidth, a.name.size());
    m_out << QStringLiteral("NAME").leftJustified(nameWidth + 2)
          << QStringLiteral("CLIENT ID").leftJustified(29) << QStringLiteral("SOURCES\n");
    for (const Application &a : applications)
        m_out << a.name.leftJustified(nameWidth + 2) << a.clientId.leftJustified(29)
              << a.sourceKeys.join(QStringLiteral(",")) << '\n';
    return 0;
}

#include "LinkdeckInfo.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QTranslator>

// The compiled translations live in a static library's resources.
static void initTranslations()
{
    Q_INIT_RESOURCE(translations);
}

void LinkdeckInfo::setNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Linkdeck"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("linkdeck.dev"));
    QCoreApplication::setApplicationName(QStringLiteral("Linkdeck"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LINKDECK_VERSION));
}

void LinkdeckInfo::setUp(QCoreApplication &app)
{
    setNames();

    // Our own debug and info messages are for developers; QT_LOGGING_RULES
    // (e.g. "linkdeck.*.debug=true") turns them on.
    QLoggingCategory::setFilterRules(QStringLiteral("linkdeck.*.debug=false\nlinkdeck.*.info=false"));

    initTranslations();
    auto *own = new QTranslator(&app);
    // English is the fallback: its catalogue carries the plural forms.
    if (own->load(QLocale(), QStringLiteral("linkdeck"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || own->load(QStringLiteral(":/i18n/linkdeck_en")))
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

#include "TestLocale.h"

#include "LinkdeckInfo.h"

#include <QCoreApplication>
#include <QLocale>

void TestLocale::useEnglish()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    LinkdeckInfo::setUp(*QCoreApplication::instance());
}

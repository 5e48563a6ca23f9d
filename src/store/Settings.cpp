#include "Settings.h"

#include "AuditLog.h"

#include <array>

namespace {

struct Entry
{
    Settings::Key key;
    const char *name;
    QVariant defaultValue;
};

const std::array<Entry, 7> &table()
{
    static const std::array<Entry, 7> entries { {
        { Settings::Key::WindowGeometry, "window/geometry", QByteArray() },
        { Settings::Key::WindowState, "window/state", QByteArray() },
        { Settings::Key::LastPage, "window/lastPage", QStringLiteral("sources") },
        { Settings::Key::SourcesSplitter, "sources/splitter", QByteArray() },
        { Settings::Key::ApplicationsSplitter, "applications/splitter", QByteArray() },
        { Settings::Key::OperatorName, "audit/operatorName", AuditLog::systemUserName() },
        { Settings::Key::ConnectServicePort, "connect/port", 0 },
    } };
    return entries;
}

const Entry &entry(Settings::Key key)
{
    for (const Entry &e : table()) {
        if (e.key == key)
            return e;
    }
    Q_UNREACHABLE();
}

} // namespace

Settings::Settings()
    : m_settings(std::make_unique<QSettings>())
{ }

Settings::Settings(const QString &iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{ }

QString Settings::fileName() const
{
    return m_settings->fileName();
}

QString Settings::name(Key key)
{
    return QString::fromLatin1(entry(key).name);
}

QVariant Settings::defaultValue(Key key)
{
    return entry(key).defaultValue;
}

QVariant Settings::value(Key key) const
{
    return m_settings->value(name(key), defaultValue(key));
}

QByteArray Settings::bytes(Key key) const
{
    return value(key).toByteArray();
}

QString Settings::text(Key key) const
{
    return value(key).toString();
}

int Settings::number(Key key) const
{
    return value(key).toInt();
}

void Settings::set(Key key, const QVariant &value)
{
    // QSettings rewrites and syncs the whole file after any setValue(), even
    // one that changes nothing; the console sets its last page as it starts.
    if (this->value(key) == value)
        return;
    m_settings->setValue(name(key), value);
}

void Settings::reset(Key key)
{
    m_settings->remove(name(key));
}

#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QVariant>
#include <memory>

/// The console's preferences, typed, over QSettings. Every key and its
/// default stand in one table in Settings.cpp. Tests use an instance over
/// a temporary file.
class Settings
{
public:
    enum class Key {
        WindowGeometry,
        WindowState,
        LastPage,
        SourcesSplitter,
        ApplicationsSplitter,
        ConnectServicePort, ///< the console's own connect service; 0: any free port
    };

    /// The user's settings.
    Settings();
    /// Settings kept in @p iniFile (for tests and portable use).
    explicit Settings(const QString &iniFile);

    QByteArray bytes(Key key) const;
    QString text(Key key) const;
    int number(Key key) const;
    void set(Key key, const QVariant &value);
    void reset(Key key);

    /// Where the settings are kept, for messages.
    QString fileName() const;

    /// The QSettings name of a key, for messages and tests.
    static QString name(Key key);
    static QVariant defaultValue(Key key);

private:
    QVariant value(Key key) const;

    std::unique_ptr<QSettings> m_settings;
};

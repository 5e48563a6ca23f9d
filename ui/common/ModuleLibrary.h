#pragma once

#include <QCoreApplication>
#include <QString>
#include <memory>

class QLibrary;

/// One of Linkdeck's own libraries that the console loads the first time it
/// needs it, not at start (QLibrary): Qt WebEngine's pages, the pages over
/// the network, the commands. They sit in Linkdeck's private library
/// folder, beside liblinkdeck_ui, in the build tree as when installed. A
/// module is never unloaded: what it made may live to the end.
class ModuleLibrary
{
    Q_DECLARE_TR_FUNCTIONS(ModuleLibrary)

public:
    /// Where the module @p name ("linkdeck_web") is, or the file named by the
    /// environment variable @p overrideVariable where that is set.
    static QString fileName(const QString &name, const char *overrideVariable = nullptr);

    explicit ModuleLibrary(const QString &fileName);
    ~ModuleLibrary();
    Q_DISABLE_COPY_MOVE(ModuleLibrary)

    /// Loads the library and finds each of @p symbols in it (functions with
    /// C linkage); false where either fails, and errorString() says which.
    bool load(std::initializer_list<const char *> symbols);
    /// The function @p symbol of the loaded library, cast to @p Function.
    template<typename Function> Function function(const char *symbol) const
    {
        return reinterpret_cast<Function>(resolve(symbol));
    }
    QString fileName() const;
    /// Why load() failed: the loader's message, or that a symbol is missing
    /// (notModule() then).
    QString errorString() const { return m_error; }
    /// True where the file loaded but lacks a symbol: another library.
    bool notModule() const { return m_notModule; }

private:
    QFunctionPointer resolve(const char *symbol) const;

    std::unique_ptr<QLibrary> m_library;
    bool m_loaded = false;
    bool m_notModule = false;
    QString m_error;
};

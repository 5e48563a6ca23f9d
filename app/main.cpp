#include "CommandLine.h"
#include "ConsoleMain.h"
#include "ModuleLibrary.h"

#include <cstdio>

namespace {

// The commands live in linkdeck_connect with the network code they drive;
// the console loads that library only once a page needs it.
int runCommand(int argc, char **argv)
{
    constexpr const char *entry = "linkdeck_headless_main";
    ModuleLibrary library(ModuleLibrary::fileName(QStringLiteral("linkdeck_connect")));
    if (!library.load({ entry })) {
        std::fprintf(stderr, "%s\n", qPrintable(library.errorString()));
        return 2;
    }
    return library.function<int (*)(int, char **)>(entry)(argc, argv);
}

} // namespace

int main(int argc, char *argv[])
{
    if (CommandLine::isHeadless(argc, argv))
        return runCommand(argc, argv);
    return ConsoleMain::run(argc, argv);
}

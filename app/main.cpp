#include "CommandLine.h"
#include "ConsoleMain.h"
#include "HeadlessMain.h"

int main(int argc, char *argv[])
{
    if (CommandLine::isHeadless(argc, argv))
        return HeadlessMain::run(argc, argv);
    return ConsoleMain::run(argc, argv);
}

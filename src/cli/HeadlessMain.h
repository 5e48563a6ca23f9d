#pragma once

/// The entry point of the headless subcommands (`linkdeck sources …`,
/// `linkdeck apps …`, `linkdeck connections …`,
/// `linkdeck serve`): no window, output on stdout,
/// errors on stderr.
class HeadlessMain
{
public:
    static int run(int argc, char **argv);
};

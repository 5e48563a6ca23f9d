#pragma once

/// The entry point of the console window, and of `--screenshot`.
class ConsoleMain
{
public:
    static int run(int argc, char **argv);
};

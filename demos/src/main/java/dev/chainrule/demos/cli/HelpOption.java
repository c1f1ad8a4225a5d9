package dev.chainrule.demos.cli;

import picocli.CommandLine.Option;

/** {@code -h, --help} for a subcommand (the version is the top command's: {@code chainrule --version}). */
public final class HelpOption {
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit")
    private boolean help;
}

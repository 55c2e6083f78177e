package io.auditpack.cli;

import picocli.CommandLine.Command;

/** The top-level {@code auditpack} command; its subcommands do the work. */
@Command(
        name = "auditpack",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Turns one control library into versioned, verifiable SOC 2 and ISO/IEC 27001 evidence packs.",
        subcommands = {
            RunCommand.class,
            RunAllCommand.class,
            ScheduleCommand.class,
            ValidateCommand.class,
            VerifyCommand.class,
            DiffCommand.class,
            HistoryCommand.class,
            DueCommand.class,
            WorkerCommand.class
        },
        footer = {
            "",
            "Exit codes: 0 published or unchanged, 1 unexpected failure, 2 bad usage or invalid input "
                    + "(nothing written), 3 verify found a problem."
        })
final class AuditpackCommand {}

package org.smartpick.cli;

import java.io.PrintWriter;
import org.smartpick.cli.catalog.CatalogCommand;
import org.smartpick.cli.common.BadInput;
import org.smartpick.cli.match.MarketCommand;
import org.smartpick.cli.match.MatchCommand;
import org.smartpick.cli.model.ModelCommand;
import org.smartpick.cli.plan.PortfolioCommand;
import org.smartpick.cli.plan.ProfileCommand;
import org.smartpick.cli.plan.RecommendCommand;
import org.smartpick.cli.plan.ScoreCommand;
import org.smartpick.cli.plan.TrackCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code smartpick} command: the entry point of the runnable jar and the wiring of its subcommands. */
@Command(
        name = "smartpick",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description =
                "SmartPick: residency-program selection — profiles, catalog, chances, optimized lists, the Match.",
        subcommands = {
            ProfileCommand.class,
            CatalogCommand.class,
            ScoreCommand.class,
            RecommendCommand.class,
            PortfolioCommand.class,
            MatchCommand.class,
            TrackCommand.class,
            MarketCommand.class,
            ModelCommand.class,
            ServeCommand.class,
            CommandLine.HelpCommand.class,
            picocli.AutoComplete.GenerateCompletion.class
        })
public final class SmartPickCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs the command line with the given streams and returns the exit code (0 ok, 1 internal, 2 bad input). */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new SmartPickCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, line, parsed) -> {
            if (e instanceof BadInput bad) {
                line.getErr().println(bad.getMessage());
                return CommandLine.ExitCode.USAGE;
            }
            line.getErr().println("smartpick: internal error: " + e + " — please report it.");
            return CommandLine.ExitCode.SOFTWARE;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}

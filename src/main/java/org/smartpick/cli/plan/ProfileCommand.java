package org.smartpick.cli.plan;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.smartpick.catalog.geo.Geography;
import org.smartpick.cli.common.BadInput;
import org.smartpick.cli.common.CommandGroup;
import org.smartpick.cli.common.ProfileFiles;
import org.smartpick.cli.common.SeasonOption;
import org.smartpick.profile.ProfileCheck;
import org.smartpick.profile.ProfileReader;
import org.smartpick.profile.ProfileSummary;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code smartpick profile …}: work with applicant profile documents. */
@Command(
        name = "profile",
        mixinStandardHelpOptions = true,
        description = "Applicant profiles (docs/profile.md).",
        subcommands = {ProfileCommand.Check.class})
public final class ProfileCommand extends CommandGroup {

    /** {@code smartpick profile check FILE}. */
    @Command(
            name = "check",
            mixinStandardHelpOptions = true,
            description = {
                "Checks a profile JSON file.",
                "Prints every problem (JSON pointer and rule) and exits 2, or prints a summary and exits 0."
            })
    static final class Check implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @CommandLine.Parameters(paramLabel = "FILE", description = "the profile JSON file")
        Path file;

        @CommandLine.Mixin
        SeasonOption season;

        @Override
        public Integer call() {
            int year = season.facts().year();
            ProfileCheck check = new ProfileReader(Geography.bundled(), year).read(ProfileFiles.readFile(file));
            if (check instanceof ProfileCheck.Invalid invalid) {
                throw BadInput.listing(file.toString(), invalid.problems());
            }
            var profile = ((ProfileCheck.Valid) check).profile();
            spec.commandLine().getOut().println(ProfileSummary.of(profile, year));
            return CommandLine.ExitCode.OK;
        }
    }
}

package org.smartpick.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.smartpick.catalog.geo.Geography;
import org.smartpick.profile.ProfileCheck;
import org.smartpick.profile.ProfileReader;
import org.smartpick.profile.ProfileSummary;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code smartpick profile …}: work with applicant profile documents. */
@Command(name = "profile", mixinStandardHelpOptions = true, description = "Applicant profiles (docs/profile.md).",
        subcommands = {ProfileCommand.Check.class})
final class ProfileCommand extends CommandGroup {

    /** {@code smartpick profile check FILE}. */
    @Command(name = "check", mixinStandardHelpOptions = true,
            description = {"Checks a profile JSON file.",
                    "Prints every problem (JSON pointer and rule) and exits 2, or prints a summary and exits 0."})
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
            ProfileCheck check = new ProfileReader(Geography.bundled(), year).read(readFile(file));
            if (check instanceof ProfileCheck.Invalid invalid) {
                var err = spec.commandLine().getErr();
                err.println(file + ": " + invalid.problems().size() + " problem(s):");
                invalid.problems().forEach(p -> err.println("  " + p));
                return CommandLine.ExitCode.USAGE;
            }
            var profile = ((ProfileCheck.Valid) check).profile();
            spec.commandLine().getOut().println(ProfileSummary.of(profile, year));
            return CommandLine.ExitCode.OK;
        }
    }

    /** A profile is a few kilobytes; anything larger is not one (and /dev/zero never ends). */
    static final int MAX_PROFILE_BYTES = 1024 * 1024;

    /** A JSON document from a file, parsed as the API parses bodies (StrictJson); bad input names the file. */
    static com.fasterxml.jackson.databind.JsonNode readJson(Path file) {
        try {
            return org.smartpick.profile.StrictJson.parse(readFile(file));
        } catch (org.smartpick.profile.StrictJson.NotJson e) {
            throw new BadInput(file + ": " + e.getMessage());
        }
    }

    static String readFile(Path file) {
        try (java.io.InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(MAX_PROFILE_BYTES + 1);
            if (bytes.length > MAX_PROFILE_BYTES) {
                throw new BadInput(file + ": larger than 1 MB, which no profile is");
            }
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new BadInput(file + ": not UTF-8 text (save the profile as UTF-8)");
        } catch (NoSuchFileException e) {
            throw new BadInput(file + ": no such file");
        } catch (IOException e) {
            throw new BadInput(file + ": cannot read: " + e.getMessage());
        }
    }
}

package org.smartpick.cli.match;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.smartpick.cli.common.CommandGroup;
import org.smartpick.cli.common.ProfileFiles;
import org.smartpick.match.MatchResult;
import org.smartpick.match.Matcher;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code smartpick match …}: the NRMP Match algorithm. */
@Command(
        name = "match",
        mixinStandardHelpOptions = true,
        description = "The Match algorithm (docs/api.md).",
        subcommands = {MatchCommand.Run.class, MatchOddsCommand.class})
public final class MatchCommand extends CommandGroup {

    /** {@code smartpick match run INSTANCE.json}. */
    @Command(
            name = "run",
            mixinStandardHelpOptions = true,
            description = "Runs the Match on an instance and prints the result as JSON.")
    static final class Run implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @CommandLine.Parameters(paramLabel = "INSTANCE", description = "the instance JSON file")
        Path file;

        @Override
        public Integer call() throws Exception {
            JsonNode doc = ProfileFiles.readJson(file);
            MatchResult result = new Matcher().run(MatchInstanceReader.read(doc));
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("status", result.status());
            out.put("assignments", result.assignments());
            out.put("unmatched", result.unmatched());
            out.put("unfilled", result.unfilled());
            out.put("stable", result.stable());
            spec.commandLine()
                    .getOut()
                    .println(new ObjectMapper()
                            .enable(SerializationFeature.INDENT_OUTPUT)
                            .writeValueAsString(out));
            return 0;
        }
    }
}

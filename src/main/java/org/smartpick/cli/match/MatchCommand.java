package org.smartpick.cli.match;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import org.smartpick.cli.common.BadInput;
import org.smartpick.cli.common.CommandGroup;
import org.smartpick.cli.common.ProfileFiles;
import org.smartpick.match.MatchInstance;
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

    /** Reads a Match instance, collecting every problem with its JSON pointer. */
    static final class MatchInstanceReader {
        private final List<String> problems = new ArrayList<>();

        static MatchInstance read(JsonNode doc) {
            MatchInstanceReader reader = new MatchInstanceReader();
            MatchInstance instance = reader.parse(doc);
            if (!reader.problems.isEmpty() || instance == null) {
                throw BadInput.listing("instance", reader.problems);
            }
            return instance;
        }

        private MatchInstance parse(JsonNode doc) {
            List<MatchInstance.ProgramEntry> programs = new ArrayList<>();
            List<MatchInstance.ApplicantEntry> applicants = new ArrayList<>();
            List<MatchInstance.CoupleEntry> couples = new ArrayList<>();
            each(doc, "programs", (p, at) -> {
                int capacity = p.path("capacity").asInt(-1);
                if (!p.path("id").isTextual()
                        || capacity < 0
                        || !p.path("capacity").canConvertToInt()) {
                    problems.add(at + ": needs a text \"id\" and a whole-number \"capacity\" ≥ 0");
                    return;
                }
                programs.add(new MatchInstance.ProgramEntry(
                        p.get("id").asText(),
                        capacity,
                        texts(p, "rank", at),
                        p.path("advanced").asBoolean(false),
                        p.hasNonNull("revertsTo") ? p.get("revertsTo").asText() : null));
            });
            each(doc, "applicants", (a, at) -> {
                if (!a.path("id").isTextual()) {
                    problems.add(at + "/id: required text");
                    return;
                }
                applicants.add(new MatchInstance.ApplicantEntry(
                        a.get("id").asText(), texts(a, "rank", at), texts(a, "supplemental", at)));
            });
            each(doc, "couples", (c, at) -> couple(c, at).ifPresent(couples::add));
            if (programs.isEmpty() || applicants.isEmpty() && couples.isEmpty()) {
                // An empty file would otherwise "match" stably with nobody in it.
                problems.add("/programs, /applicants: an instance needs at least one program and one applicant");
            }
            if (!problems.isEmpty()) {
                return null;
            }
            try {
                return new MatchInstance(programs, applicants, couples);
            } catch (IllegalArgumentException e) {
                problems.add(": " + e.getMessage());
                return null;
            }
        }

        private Optional<MatchInstance.CoupleEntry> couple(JsonNode c, String at) {
            JsonNode members = c.path("members");
            if (!members.isArray()
                    || members.size() != 2
                    || !members.get(0).isTextual()
                    || !members.get(1).isTextual()) {
                problems.add(at + "/members: must be two applicant ids");
                return Optional.empty();
            }
            List<String[]> pairs = new ArrayList<>();
            JsonNode rank = c.path("rank");
            for (int i = 0; i < rank.size(); i++) {
                JsonNode pair = rank.get(i);
                if (!pair.isArray()
                        || pair.size() != 2
                        || (pair.get(0).isNull() && pair.get(1).isNull())) {
                    problems.add(at + "/rank/" + i + ": must be [program, program] with at most one null");
                    continue;
                }
                pairs.add(new String[] {
                    pair.get(0).isNull() ? null : pair.get(0).asText(),
                    pair.get(1).isNull() ? null : pair.get(1).asText()
                });
            }
            return Optional.of(new MatchInstance.CoupleEntry(
                    members.get(0).asText(), members.get(1).asText(), pairs));
        }

        private void each(JsonNode doc, String field, BiConsumer<JsonNode, String> read) {
            JsonNode list = doc.path(field);
            if (list.isMissingNode() || list.isNull()) {
                return;
            }
            if (!list.isArray()) {
                problems.add("/" + field + ": must be a list");
                return;
            }
            for (int i = 0; i < list.size(); i++) {
                read.accept(list.get(i), "/" + field + "/" + i);
            }
        }

        private List<String> texts(JsonNode node, String field, String at) {
            JsonNode list = node.path(field);
            List<String> out = new ArrayList<>();
            if (list.isMissingNode()) {
                return out;
            }
            if (!list.isArray()) {
                problems.add(at + "/" + field + ": must be a list of ids");
                return out;
            }
            list.forEach(x -> out.add(x.asText()));
            return out;
        }
    }
}

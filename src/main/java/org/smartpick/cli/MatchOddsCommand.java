package org.smartpick.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.smartpick.catalog.Geography;
import org.smartpick.catalog.ModelInputs;
import org.smartpick.catalog.ModelParameterFile;
import org.smartpick.catalog.ProgramCatalog;
import org.smartpick.engine.Applicant;
import org.smartpick.engine.CalibrationTargets;
import org.smartpick.engine.ChanceModel;
import org.smartpick.engine.Program;
import org.smartpick.engine.ProgramChance;
import org.smartpick.match.RankListOdds;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code smartpick match odds PROFILE RANKLIST}: the chance of matching at each ranked program and overall. */
@Command(name = "odds", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"The chance of matching at each program of your rank list (the programs that interviewed",
                "you, in your order) and overall, and what each rank adds."})
final class MatchOddsCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Parameters(index = "0", paramLabel = "PROFILE", description = "the profile JSON file")
    Path profileFile;

    @CommandLine.Parameters(index = "1", paramLabel = "RANKLIST",
            description = "{\\\"rank\\\": [\\\"program-id\\\", …]}: catalog program ids, most preferred first")
    Path rankFile;

    @CommandLine.Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table or json (default: ${DEFAULT-VALUE})")
    CatalogCommand.Format format;

    @CommandLine.Option(names = "--partner", paramLabel = "PROFILE",
            description = "the partner's profile, for a couple's list {\"pairs\": [[\"a\", \"b\"], [\"a\", null]]}")
    Path partnerFile;

    @CommandLine.Option(names = "--seasons", paramLabel = "N", defaultValue = "20000",
            description = "simulated seasons for a couple's odds (default: ${DEFAULT-VALUE})")
    int seasons;

    @CommandLine.Option(names = "--seed", paramLabel = "S", defaultValue = "2026",
            description = "seed of the simulation (default: ${DEFAULT-VALUE})")
    long seed;

    @CommandLine.Mixin
    CatalogOption catalogOption;

    @CommandLine.Mixin
    SeasonOption season;

    @Override
    public Integer call() throws Exception {
        Geography geography = Geography.bundled();
        var facts = season.facts();
        var profile = ProfileFiles.read(profileFile, geography, facts.year());
        ProgramCatalog catalog = catalogOption.load(geography);
        if (partnerFile != null) {
            return new CoupleOddsView(spec, geography, facts, catalog).run(profile,
                    ProfileFiles.read(partnerFile, geography, facts.year()), readJson(rankFile), seasons, seed, format);
        }
        List<Program> ranked = rankList(catalog);
        ModelInputs inputs = new ModelInputs(geography);
        Applicant applicant = inputs.applicant(profile);
        ChanceModel model = new ChanceModel(ModelParameterFile.bundled(), facts);
        List<ProgramChance> chances = new ArrayList<>();
        for (Program p : ranked) {
            chances.add(model.forApplicant(applicant, p.specialty()).assess(inputs.candidate(p)));
        }
        RankListOdds.Result result = new RankListOdds(model.latent(), model.latentSd()).of(chances);
        List<String> warnings = warnings(model, ranked, result);
        if (format == CatalogCommand.Format.json) {
            spec.commandLine().getOut().println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(json(result, warnings)));
        } else {
            table(result, warnings);
        }
        return 0;
    }

    static JsonNode readJson(Path file) {
        try {
            return new ObjectMapper().readTree(ProfileCommand.readFile(file));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new BadInput(file + ": is not valid JSON: " + e.getOriginalMessage());
        }
    }

    private List<Program> rankList(ProgramCatalog catalog) {
        JsonNode doc = readJson(rankFile);
        JsonNode rank = doc.path("rank");
        if (!rank.isArray() || rank.isEmpty()) {
            throw new BadInput(rankFile + ": /rank: required, a non-empty list of catalog program ids");
        }
        List<String> problems = new ArrayList<>();
        List<Program> out = new ArrayList<>();
        for (int i = 0; i < rank.size(); i++) {
            String id = rank.get(i).asText();
            var program = catalog.byId(id);
            if (program.isEmpty()) {
                problems.add("/rank/" + i + ": no program \"" + id + "\" in the " + catalog.name() + " catalog");
            } else if (out.contains(program.get())) {
                problems.add("/rank/" + i + ": \"" + id + "\" is ranked twice");
            } else {
                out.add(program.get());
            }
        }
        if (!problems.isEmpty()) {
            throw new BadInput(rankFile + ": " + problems.size() + " problem(s):\n  " + String.join("\n  ", problems));
        }
        return out;
    }

    /** A short list, or a low chance, deserves a warning. */
    private static List<String> warnings(ChanceModel model, List<Program> ranked, RankListOdds.Result result) {
        List<String> out = new ArrayList<>();
        CalibrationTargets targets = CalibrationTargets.published();
        boolean competitive = ranked.stream().anyMatch(p -> model.parameters().isCompetitive(p.specialty()));
        int typical = competitive ? targets.ranksCompetitive() : targets.ranksCore();
        if (ranked.size() < typical) {
            out.add(String.format(Locale.ROOT, "Short list: US seniors reach a 90%% chance at about %d contiguous ranks"
                    + " in %s specialties (Charting Outcomes 2007); you rank %d.", typical, competitive ? "competitive"
                    : "core", ranked.size()));
        }
        if (result.pMatch() < 0.8) {
            out.add("Your chance of matching is below 80%: rank every program you would rather attend than go"
                    + " unmatched, and plan for SOAP.");
        }
        return out;
    }

    private void table(RankListOdds.Result result, List<String> warnings) {
        var out = spec.commandLine().getOut();
        TextTable table = new TextTable(List.of("RANK", "PROGRAM", "MATCH HERE", "MATCHED BY HERE"),
                List.of(4, 60, 10, 15));
        for (RankListOdds.Step s : result.steps()) {
            table.add(List.of(String.valueOf(s.rank()), s.chance().program().name(), pct(s.matchHere()),
                    pct(s.matchedByHere())));
        }
        table.print(out);
        out.printf(Locale.ROOT, "Chance of matching: %s (%s–%s for a weaker or stronger you). Each rank adds its"
                + " \"match here\".%n", pct(result.pMatch()), pct(result.pMatchLow()), pct(result.pMatchHigh()));
        warnings.forEach(w -> out.println("Warning: " + w));
    }

    private static Map<String, Object> json(RankListOdds.Result result, List<String> warnings) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("pMatch", result.pMatch());
        doc.put("pMatchLow", result.pMatchLow());
        doc.put("pMatchHigh", result.pMatchHigh());
        List<Map<String, Object>> steps = new ArrayList<>();
        for (RankListOdds.Step s : result.steps()) {
            Map<String, Object> step = new LinkedHashMap<>();
            step.put("rank", s.rank());
            step.put("id", s.chance().program().id());
            step.put("name", s.chance().program().name());
            step.put("matchHere", s.matchHere());
            step.put("matchedByHere", s.matchedByHere());
            steps.add(step);
        }
        doc.put("ranks", steps);
        doc.put("warnings", warnings);
        return doc;
    }

    private static String pct(double p) {
        return String.format(Locale.ROOT, "%.0f%%", 100 * p);
    }
}

package org.smartpick.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.smartpick.catalog.Geography;
import org.smartpick.catalog.ModelInputs;
import org.smartpick.catalog.ModelParameterFile;
import org.smartpick.catalog.ProgramCatalog;
import org.smartpick.engine.Candidate;
import org.smartpick.engine.ChanceModel;
import org.smartpick.engine.Profile;
import org.smartpick.engine.ProgramChance;
import org.smartpick.engine.SeasonFacts;
import org.smartpick.match.CoupleOdds;
import picocli.CommandLine;

/** The couple form of {@code match odds}: reads the pairs, simulates, prints. */
final class CoupleOddsView {
    private final CommandLine.Model.CommandSpec spec;
    private final ModelInputs inputs;
    private final ProgramCatalog catalog;
    private final ChanceModel model;

    CoupleOddsView(CommandLine.Model.CommandSpec spec, Geography geography, SeasonFacts facts, ProgramCatalog catalog) {
        this.spec = spec;
        this.inputs = new ModelInputs(geography);
        this.catalog = catalog;
        this.model = new ChanceModel(ModelParameterFile.bundled(), facts);
    }

    int run(Profile first, Profile second, JsonNode doc, int seasons, long seed, CatalogCommand.Format format)
            throws Exception {
        if (seasons < 100 || seasons > 1_000_000) {
            throw new BadInput("--seasons: must be between 100 and 1000000, got " + seasons);
        }
        Map<ProgramChance, Candidate> candidates = new LinkedHashMap<>();
        List<CoupleOdds.Pair> pairs = pairs(doc, first, second, candidates);
        CoupleOdds.Result r = new CoupleOdds(model.latentSd()).of(pairs, (a, b) -> sameRegion(candidates.get(a),
                candidates.get(b)), seasons, new Random(seed));
        var out = spec.commandLine().getOut();
        if (format == CatalogCommand.Format.json) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("bothMatch", r.bothMatch());
            json.put("bothMatchSameRegion", r.sameRegion());
            json.put("firstMatches", r.firstMatches());
            json.put("secondMatches", r.secondMatches());
            json.put("someoneMatches", r.someoneMatches());
            json.put("pairChances", r.pairChances());
            json.put("seasons", r.seasons());
            json.put("seed", seed);
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json));
        } else {
            out.printf(Locale.ROOT, "Both match: %s (in the same region: %s). %s matches: %s; %s matches: %s."
                    + " %d simulated seasons, seed %d.%n", pct(r.bothMatch()), pct(r.sameRegion()), name(first, "first"),
                    pct(r.firstMatches()), name(second, "second"), pct(r.secondMatches()), r.seasons(), seed);
            for (int k = 0; k < pairs.size(); k++) {
                out.printf(Locale.ROOT, "  %2d. %s + %s: %s%n", k + 1, label(pairs.get(k).first()),
                        label(pairs.get(k).second()), pct(r.pairChances().get(k)));
            }
        }
        return 0;
    }

    private List<CoupleOdds.Pair> pairs(JsonNode doc, Profile first, Profile second,
                                        Map<ProgramChance, Candidate> candidates) {
        JsonNode list = doc.path("pairs");
        if (!list.isArray() || list.isEmpty()) {
            throw new BadInput("/pairs: required with --partner, a list of [program-id or null, program-id or null]");
        }
        List<String> problems = new ArrayList<>();
        List<CoupleOdds.Pair> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode pair = list.get(i);
            if (!pair.isArray() || pair.size() != 2 || (pair.get(0).isNull() && pair.get(1).isNull())) {
                problems.add("/pairs/" + i + ": must be [program, program] with at most one null");
                continue;
            }
            ProgramChance a = chance(pair.get(0), first, "/pairs/" + i + "/0", problems, candidates);
            ProgramChance b = chance(pair.get(1), second, "/pairs/" + i + "/1", problems, candidates);
            out.add(new CoupleOdds.Pair(a, b));
        }
        if (!problems.isEmpty()) {
            throw new BadInput(problems.size() + " problem(s):\n  " + String.join("\n  ", problems));
        }
        return out;
    }

    private ProgramChance chance(JsonNode id, Profile member, String at, List<String> problems,
                                 Map<ProgramChance, Candidate> candidates) {
        if (id.isNull()) {
            return null;
        }
        var program = catalog.byId(id.asText());
        if (program.isEmpty()) {
            problems.add(at + ": no program \"" + id.asText() + "\" in the " + catalog.name() + " catalog");
            return null;
        }
        // A program listed in several pairs is one draw per season for that member: reuse its verdict.
        String key = System.identityHashCode(member) + ":" + program.get().id();
        ProgramChance known = assessed.get(key);
        if (known != null) {
            return known;
        }
        Candidate candidate = inputs.candidate(program.get());
        ProgramChance c = model.forApplicant(inputs.applicant(member), program.get().specialty()).assess(candidate);
        candidates.put(c, candidate);
        assessed.put(key, c);
        return c;
    }

    private final Map<String, ProgramChance> assessed = new java.util.HashMap<>();

    /** Two programs share a named region, or a state when neither has one. */
    private static boolean sameRegion(Candidate a, Candidate b) {
        if (a.regions().isEmpty() && b.regions().isEmpty()) {
            return a.program().state() == b.program().state();
        }
        return a.regions().stream().anyMatch(b.regions()::contains);
    }

    private static String label(ProgramChance c) {
        return c == null ? "(unmatched)" : c.program().name();
    }

    private static String name(Profile p, String fallback) {
        return p.label() == null ? "The " + fallback + " partner" : "\"" + p.label() + "\"";
    }

    private static String pct(double p) {
        return String.format(Locale.ROOT, "%.0f%%", 100 * p);
    }
}

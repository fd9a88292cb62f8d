package org.smartpick.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.smartpick.catalog.ModelInputs;
import org.smartpick.catalog.ProgramCatalog;
import org.smartpick.catalog.geo.Geography;
import org.smartpick.engine.calibration.CalibrationTargets;
import org.smartpick.engine.chance.ChanceModel;
import org.smartpick.engine.profile.Applicant;
import org.smartpick.engine.profile.Profile;
import org.smartpick.engine.season.Program;
import org.smartpick.match.RankListOdds;
import org.smartpick.profile.JsonFields;

/** A single applicant's rank list and its odds, with the warnings a short or risky list deserves. */
public record RankListReport(RankListOdds.Result result, List<String> warnings) {
    public RankListReport {
        warnings = List.copyOf(warnings);
    }

    /** NRMP: no more than 300 ranks can be placed on any rank order list ("Ranking Programs in the Main Match"). */
    public static final int MAX_RANKS = 300;

    /**
     * The catalog programs the document's rank list names ({@code "rank": ["id", …]}), in order; each missing,
     * unknown or repeated id is a problem with its JSON pointer.
     */
    public static List<Program> programs(JsonFields doc, ProgramCatalog catalog) {
        boolean given =
                doc.field("rank", false).map(v -> v.isArray() && !v.isEmpty()).orElse(false);
        if (!given) {
            doc.problem("rank", "is required: a non-empty list of catalog program ids");
            return List.of();
        }
        Set<String> seen = new HashSet<>();
        return doc.list("rank", MAX_RANKS, e -> {
            String id = e.text(CatalogIds.MAX_LENGTH);
            Program program = id == null ? null : CatalogIds.program(e, id, catalog);
            if (program != null && !seen.add(id)) {
                e.problem("\"" + id + "\" is ranked twice");
                return null;
            }
            return program;
        });
    }

    /** The odds of matching at each rank of the list, from the calibrated model. */
    public static RankListReport of(Geography geography, ChanceModel model, Profile profile, List<Program> ranked) {
        ModelInputs inputs = new ModelInputs(geography);
        Applicant applicant = inputs.applicant(profile);
        var chances = ranked.stream()
                .map(p -> model.forApplicant(applicant, p.specialty()).assess(inputs.candidate(p)))
                .toList();
        RankListOdds.Result result = new RankListOdds(model.latent(), model.latentSd()).of(chances);
        return new RankListReport(result, warnings(model, ranked, result));
    }

    private static List<String> warnings(ChanceModel model, List<Program> ranked, RankListOdds.Result result) {
        List<String> out = new ArrayList<>();
        CalibrationTargets targets = CalibrationTargets.published();
        boolean competitive = ranked.stream().anyMatch(p -> model.parameters().isCompetitive(p.specialty()));
        int typical = competitive ? targets.ranksCompetitive() : targets.ranksCore();
        if (ranked.size() < typical) {
            out.add(String.format(
                    Locale.ROOT,
                    "Short list: US seniors reach a 90%% chance at about %d contiguous ranks"
                            + " in %s specialties (Charting Outcomes 2007); you rank %d.",
                    typical,
                    competitive ? "competitive" : "core",
                    ranked.size()));
        }
        if (result.pMatch() < 0.8) {
            out.add("Your chance of matching is below 80%: rank every program you would rather attend than go"
                    + " unmatched, and plan for SOAP.");
        }
        return out;
    }

    /** The report as the JSON of {@code match odds --format json} and {@code POST /api/match/odds}. */
    public Map<String, Object> json() {
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
}

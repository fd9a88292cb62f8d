package org.smartpick.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.smartpick.catalog.ModelInputs;
import org.smartpick.engine.Outcome;
import org.smartpick.engine.Signal;
import org.smartpick.engine.Specialty;
import org.smartpick.engine.chance.ApplicantChances;
import org.smartpick.engine.chance.ChanceModel;
import org.smartpick.engine.chance.ProgramChance;
import org.smartpick.engine.profile.Profile;
import org.smartpick.engine.season.Program;

/**
 * The score use case ({@code smartpick score}, {@code POST /api/scores}): every program of one specialty with the
 * applicant's chances there, without and with each signal the specialty has, most likely first, and the factors.
 */
public record ProgramScores(Specialty specialty, List<Signal> signals, List<ProgramChance> programs) {
    public ProgramScores {
        signals = List.copyOf(signals);
        programs = List.copyOf(programs);
    }

    /** The catalog's programs of the specialty scored for the profile. */
    public static ProgramScores of(
            ChanceModel model, ModelInputs inputs, Profile profile, Specialty specialty, List<Program> catalog) {
        ApplicantChances chances = model.forApplicant(inputs.applicant(profile), specialty);
        List<ProgramChance> scored = chances
                .assessAll(inputs.candidates(
                        catalog.stream().filter(p -> p.specialty() == specialty).toList()))
                .stream()
                .sorted(Comparator.comparingDouble(
                                (ProgramChance c) -> c.outcome(Signal.NONE).success())
                        .reversed())
                .toList();
        return new ProgramScores(specialty, chances.signals(), scored);
    }

    /** The document both the command line and the API return. */
    public Map<String, Object> json() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("specialty", specialty.name());
        doc.put("signals", signals);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ProgramChance c : programs) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("id", c.program().id());
            p.put("name", c.program().name());
            Map<String, Outcome> outcomes = new LinkedHashMap<>();
            outcomes.put(Signal.NONE.name(), c.outcome(Signal.NONE));
            signals.forEach(s -> outcomes.put(s.name(), c.outcome(s)));
            p.put("outcomes", outcomes);
            p.put("excludedBecause", c.excludedBecause());
            p.put("interviewLogOdds", finiteOrNull(c.interviewLogOdds()));
            p.put("matchLogOdds", finiteOrNull(c.matchLogOdds()));
            p.put("factors", c.reasons());
            rows.add(p);
        }
        doc.put("programs", rows);
        return doc;
    }

    private static Double finiteOrNull(double x) {
        return Double.isFinite(x) ? x : null;
    }
}

package org.smartpick.engine.season;

import java.util.Set;
import org.smartpick.engine.Invariants;

/**
 * A program as the model sees it: the catalog's program, the named regions it lies in (resolved by the catalog's
 * geography), and its competitiveness on a standardised scale (0 = an average program of its specialty, about
 * ±1 for the extremes) when the catalog could derive one, else null (the model uses its setting), and the
 * demand of its market (how much more applicants want its region than others, same scale; 0 when unknown), and
 * its openness to international graduates (log-odds relative to its specialty, from its resident mix; null when
 * unknown: the model uses its setting), and where its interview chances start for each applicant type when the
 * catalog has published interview rates or a program-level model for its specialty (null: model v1's priors).
 */
public record Candidate(
        Program program,
        Set<String> regions,
        Double competitiveness,
        double demand,
        String market,
        Double imgOpenness,
        ProgramBaseline baseline) {
    public Candidate {
        Invariants.present("program", program);
        regions = regions == null ? Set.of() : Set.copyOf(regions);
        if (competitiveness != null && !(Math.abs(competitiveness) <= 5)) {
            throw new IllegalArgumentException("competitiveness must be between -5 and 5, got " + competitiveness);
        }
        if (!(Math.abs(demand) <= 5)) {
            throw new IllegalArgumentException("demand must be between -5 and 5, got " + demand);
        }
        if (demand != 0 && market == null) {
            throw new IllegalArgumentException("a market demand needs the market's name");
        }
    }

    public Candidate(
            Program program,
            Set<String> regions,
            Double competitiveness,
            double demand,
            String market,
            Double imgOpenness) {
        this(program, regions, competitiveness, demand, market, imgOpenness, null);
    }

    public Candidate(Program program, Set<String> regions, Double competitiveness) {
        this(program, regions, competitiveness, 0, null, null, null);
    }

    /** The same candidate with a baseline. */
    public Candidate withBaseline(ProgramBaseline next) {
        return new Candidate(program, regions, competitiveness, demand, market, imgOpenness, next);
    }

    public static Candidate of(Program program) {
        return new Candidate(program, Set.of(), null);
    }
}

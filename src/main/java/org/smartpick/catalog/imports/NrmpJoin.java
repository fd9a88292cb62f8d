package org.smartpick.catalog.imports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.smartpick.engine.Specialty;
import org.smartpick.engine.Track;
import org.smartpick.engine.season.NrmpFigures;
import org.smartpick.engine.season.Program;
import org.smartpick.engine.season.ProgramStats;

/**
 * Joins NRMP result rows to ACGME programs: same specialty (from the program type and track), same state (or city
 * when the file gives no state), and the best overlap of distinctive words between the NRMP institution and the
 * program's name — joined only when that best is clear (at least a fifth of the words, and better than the next).
 */
final class NrmpJoin {
    private static final Set<String> COMMON = Set.of(
            "program",
            "programs",
            "university",
            "of",
            "the",
            "medical",
            "center",
            "centers",
            "hospital",
            "hospitals",
            "health",
            "school",
            "medicine",
            "college",
            "system",
            "and",
            "at",
            "inc",
            "for",
            "in",
            "a",
            "st",
            "saint",
            "med",
            "ctr",
            "hosp",
            "univ",
            "sch",
            "cntr",
            "hlth");
    private static final double MIN_OVERLAP = 0.2;
    /** Without a state or city to narrow the candidates, most of the name must match. */
    private static final double MIN_OVERLAP_ANYWHERE = 0.6;

    /** A program indexed for joining: its id, words, state and city. */
    private record Indexed(String id, Set<String> words, Program program) {}

    void join(List<NrmpResults.Row> rows, Map<String, Program> programs, ImportReport report) {
        Map<Specialty, List<Indexed>> index = new EnumMap<>(Specialty.class);
        programs.values()
                .forEach(p -> index.computeIfAbsent(p.specialty(), k -> new ArrayList<>())
                        .add(new Indexed(
                                p.id(), words(p.name() + " " + (p.institution() == null ? "" : p.institution())), p)));
        for (NrmpResults.Row row : rows) {
            Optional<Specialty> specialty = row.specialty();
            Optional<Program> match = specialty
                    .flatMap(s -> best(row, index.getOrDefault(s, List.of())))
                    .map(p -> programs.get(p.id()));
            report.nrmp(
                    match.isPresent(),
                    row.file() + ":" + row.line() + " " + row.institution() + " — " + row.label() + " " + row.code()
                            + (specialty.isEmpty() ? " (unknown program type)" : ""));
            match.ifPresent(p -> programs.put(p.id(), withResults(p, row)));
        }
    }

    private Optional<Program> best(NrmpResults.Row row, List<Indexed> candidates) {
        Set<String> words = words(row.institution());
        Program best = null;
        double bestScore = 0;
        double second = 0;
        for (Indexed c : candidates) {
            if (!samePlace(row, c.program())) {
                continue;
            }
            double score = overlap(words, c.words());
            if (score > bestScore) {
                second = bestScore;
                bestScore = score;
                best = c.program();
            } else if (score > second) {
                second = score;
            }
        }
        double needed = row.state() == null && row.city() == null ? MIN_OVERLAP_ANYWHERE : MIN_OVERLAP;
        return bestScore >= needed && bestScore > second ? Optional.of(best) : Optional.empty();
    }

    private static boolean samePlace(NrmpResults.Row row, Program p) {
        boolean stateOk = row.state() == null || p.state() == row.state();
        boolean cityOk = row.city() == null || p.site().city().equalsIgnoreCase(row.city()) || row.state() != null;
        return stateOk && cityOk;
    }

    private static Program withResults(Program p, NrmpResults.Row row) {
        ProgramStats s = p.stats();
        int quota = (s.nrmp().quota() == null ? 0 : s.nrmp().quota()) + row.quota();
        int matched = (s.nrmp().matched() == null ? 0 : s.nrmp().matched()) + row.matched();
        String codes = s.nrmp().codes() == null ? row.code() : s.nrmp().codes() + " " + row.code();
        // The NRMP quota gives the positions where Residency Explorer does not (preliminary tracks, ERAS-only rows).
        boolean fromNrmp =
                p.specialty().track() == Track.PRELIMINARY || s.explorer().positionsOffered() == null;
        Program positioned = fromNrmp ? p.withPgy1Positions(Math.min(500, quota)) : p;
        return positioned.withStats(s.withNrmp(new NrmpFigures(codes, quota, matched)));
    }

    static Set<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^a-z0-9]+"))
                .filter(w -> w.length() > 1)
                .filter(w -> !COMMON.contains(w))
                .collect(Collectors.toCollection(HashSet::new));
    }

    /** Shared words over the words of the NRMP name (how much of the NRMP institution the program explains). */
    static double overlap(Set<String> nrmp, Set<String> program) {
        if (nrmp.isEmpty()) {
            return 0;
        }
        List<String> shared = new ArrayList<>(nrmp);
        shared.retainAll(program);
        return (double) shared.size() / nrmp.size();
    }
}

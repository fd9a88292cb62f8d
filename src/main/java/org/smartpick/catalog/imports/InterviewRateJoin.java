package org.smartpick.catalog.imports;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.smartpick.engine.Specialty;
import org.smartpick.engine.season.Program;

/**
 * Joins rows of the AAMC interview-rate files to catalog programs, which the files name but do not number: same
 * specialty and state, then the same name (letters and digits only), else the best overlap of distinctive words
 * among the programs of that state — in the same city at least 40 % of the shorter name's words, elsewhere in the
 * state three quarters, and clearly better than the next candidate. Programs are renamed between seasons (health
 * systems merge, "Beaumont" became "Corewell Health"), which is why the words, not the whole name, decide.
 */
final class InterviewRateJoin {
    private static final double SAME_CITY = 0.4;
    private static final double SAME_STATE = 0.75;

    private record Indexed(Program program, String key, Set<String> words, String city) {}

    /** Joins every row it can; the report counts joined and not joined rows per specialty. */
    void join(List<InterviewRateFile.Row> rows, Map<String, Program> programs, ImportReport report) {
        Map<Specialty, List<Indexed>> index = new EnumMap<>(Specialty.class);
        programs.values()
                .forEach(p -> index.computeIfAbsent(p.specialty(), k -> new ArrayList<>())
                        .add(new Indexed(
                                p,
                                key(p.name()),
                                NrmpJoin.words(p.name()),
                                key(p.site().city()))));
        Set<String> taken = new HashSet<>();
        for (InterviewRateFile.Row row : rows) {
            Optional<Program> match = best(row, index.getOrDefault(row.specialty(), List.of()), taken);
            match.ifPresent(p -> {
                taken.add(p.id());
                programs.put(p.id(), p.withStats(programs.get(p.id()).stats().withInterviewRates(row.rates())));
            });
            report.interviewRates(
                    row.specialty(),
                    match.isPresent(),
                    row.file() + ":" + row.line() + " " + row.program() + ", " + row.city() + ", "
                            + row.state().name());
        }
    }

    private Optional<Program> best(InterviewRateFile.Row row, List<Indexed> candidates, Set<String> taken) {
        String key = key(row.program());
        String city = key(row.city());
        Set<String> words = NrmpJoin.words(row.program());
        Indexed best = null;
        double bestScore = 0;
        double second = 0;
        for (Indexed c : candidates) {
            if (c.program().state() != row.state() || taken.contains(c.program().id())) {
                continue;
            }
            if (c.key().equals(key)) {
                return Optional.of(c.program());
            }
            double score = similarity(words, c.words()) * (c.city().equals(city) ? 1 : SAME_CITY / SAME_STATE);
            if (score > bestScore) {
                second = bestScore;
                bestScore = score;
                best = c;
            } else if (score > second) {
                second = score;
            }
        }
        return best != null && bestScore >= SAME_CITY && bestScore > second
                ? Optional.of(best.program())
                : Optional.empty();
    }

    /** Shared words over the words of the shorter name. */
    static double similarity(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> shared = new HashSet<>(a);
        shared.retainAll(b);
        return (double) shared.size() / Math.min(a.size(), b.size());
    }

    private static String key(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "");
    }
}

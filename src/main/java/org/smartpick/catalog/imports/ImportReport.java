package org.smartpick.catalog.imports;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.smartpick.catalog.CatalogProblem;
import org.smartpick.engine.Specialty;

/** What an import read, skipped and could not join or locate, for the operator. */
public final class ImportReport {
    private final List<CatalogProblem> problems = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final List<String> unjoined = new ArrayList<>();
    private final Map<Specialty, int[]> rates = new EnumMap<>(Specialty.class);
    private final List<String> ratesUnjoined = new ArrayList<>();
    private int rowsRead;
    private int nrmpRows;
    private int nrmpJoined;

    void read(int rows) {
        rowsRead += rows;
    }

    void problem(CatalogProblem problem) {
        problems.add(problem);
    }

    void note(String note) {
        notes.add(note);
    }

    void nrmp(boolean joined, String row) {
        nrmpRows++;
        if (joined) {
            nrmpJoined++;
        } else {
            unjoined.add(row);
        }
    }

    void interviewRates(Specialty specialty, boolean joined, String row) {
        int[] counts = rates.computeIfAbsent(specialty, k -> new int[2]);
        counts[joined ? 0 : 1]++;
        if (!joined) {
            ratesUnjoined.add(row);
        }
    }

    /** Interview-rate rows joined and not joined, by specialty ({joined, not joined}). */
    public Map<Specialty, int[]> interviewRateCounts() {
        Map<Specialty, int[]> copy = new EnumMap<>(Specialty.class);
        rates.forEach((s, c) -> copy.put(s, c.clone()));
        return copy;
    }

    /** The interview-rate rows that joined no program. */
    public List<String> interviewRatesUnjoined() {
        return List.copyOf(ratesUnjoined);
    }

    /** The share of interview-rate rows joined (NaN when none were read). */
    public double interviewRateJoinRate() {
        int joined = rates.values().stream().mapToInt(c -> c[0]).sum();
        int all = rates.values().stream().mapToInt(c -> c[0] + c[1]).sum();
        return all == 0 ? Double.NaN : (double) joined / all;
    }

    public String interviewRateSummary() {
        int joined = rates.values().stream().mapToInt(c -> c[0]).sum();
        int all = rates.values().stream().mapToInt(c -> c[0] + c[1]).sum();
        return all == 0
                ? "no interview rates read"
                : String.format(
                        Locale.ROOT,
                        "interview rates: %d of %d programs joined (%.1f%%)",
                        joined,
                        all,
                        100 * interviewRateJoinRate());
    }

    public List<CatalogProblem> problems() {
        return List.copyOf(problems);
    }

    public List<String> notes() {
        return List.copyOf(notes);
    }

    public List<String> unjoined() {
        return List.copyOf(unjoined);
    }

    public int rowsRead() {
        return rowsRead;
    }

    /** The share of NRMP result rows joined to a program (NaN when none were read). */
    public double nrmpJoinRate() {
        return nrmpRows == 0 ? Double.NaN : (double) nrmpJoined / nrmpRows;
    }

    public String nrmpSummary() {
        return nrmpRows == 0
                ? "no NRMP results read"
                : String.format(
                        Locale.ROOT,
                        "NRMP results: %d of %d rows joined to a program (%.1f%%)",
                        nrmpJoined,
                        nrmpRows,
                        100 * nrmpJoinRate());
    }
}

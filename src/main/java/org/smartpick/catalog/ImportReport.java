package org.smartpick.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What an import read, skipped and could not join or locate, for the operator. */
public final class ImportReport {
    private final List<CatalogProblem> problems = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final List<String> unjoined = new ArrayList<>();
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
        return nrmpRows == 0 ? "no NRMP results read" : String.format(Locale.ROOT,
                "NRMP results: %d of %d rows joined to a program (%.1f%%)", nrmpJoined, nrmpRows,
                100 * nrmpJoinRate());
    }
}

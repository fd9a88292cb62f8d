package org.smartpick.engine.season;

/**
 * What the official exports publish about a program, grouped by source: the AAMC Residency Explorer export, the
 * ERAS participating-program list, the NRMP Program Results and the AAMC interview rates; each value null (or the
 * group's empty value) when not published. The chance model derives the program's competitiveness and openness
 * from them (docs/model.md).
 *
 * @param explorer       the Residency Explorer figures
 * @param erasStatus     the program's status in the ERAS participating-program list
 * @param nrmp           the NRMP Program Results joined to it
 * @param interviewRates the program's published interview rates by applicant group, null when not known
 */
public record ProgramStats(
        ExplorerFigures explorer, String erasStatus, NrmpFigures nrmp, InterviewRates interviewRates) {
    public static final ProgramStats NONE = new ProgramStats(ExplorerFigures.NONE, null, NrmpFigures.NONE, null);

    public ProgramStats {
        explorer = explorer == null ? ExplorerFigures.NONE : explorer;
        nrmp = nrmp == null ? NrmpFigures.NONE : nrmp;
    }

    /** The statistics of the Residency Explorer export alone. */
    public static ProgramStats of(ExplorerFigures explorer) {
        return new ProgramStats(explorer, null, null, null);
    }

    /** The same statistics with the ERAS status of the participating-program list. */
    public ProgramStats withErasStatus(String status) {
        return new ProgramStats(explorer, status, nrmp, interviewRates);
    }

    /** The same statistics with the NRMP Program Results joined. */
    public ProgramStats withNrmp(NrmpFigures results) {
        return new ProgramStats(explorer, erasStatus, results, interviewRates);
    }

    /** The same statistics with the program's published interview rates. */
    public ProgramStats withInterviewRates(InterviewRates rates) {
        return new ProgramStats(explorer, erasStatus, nrmp, rates);
    }

    /** Whether any statistic of the exports is known (false for hand-written rows). */
    public boolean hasAny() {
        return !equals(NONE);
    }
}

package org.smartpick.cli.model;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.smartpick.cli.common.TextTable;
import org.smartpick.engine.ApplicantType;
import org.smartpick.engine.calibration.ValidationTable;

/** Prints a cross-validation table: per specialty × type, pooled, calibration checks, signals. */
final class ValidationView {
    private final PrintWriter out;

    ValidationView(PrintWriter out) {
        this.out = out;
    }

    void print(String title, ValidationTable table) {
        out.println();
        out.println("== " + title + " (" + table.size() + " program × type pairs)");
        TextTable rows = new TextTable(
                List.of("SPECIALTY", "TYPE", "N", "RHO", "PRED", "OBS", "RATIO"), List.of(38, 10, 4, 6, 6, 6, 6));
        for (ValidationTable.Row r : table.rows()) {
            rows.add(List.of(
                    r.specialty().label(),
                    r.type().name(),
                    Integer.toString(r.n()),
                    f(r.rho()),
                    f(r.meanPredicted()),
                    f(r.meanObserved()),
                    f(r.ratio())));
        }
        for (ApplicantType t : ApplicantType.values()) {
            ValidationTable.Row r = table.pooled(t);
            rows.add(List.of(
                    "pooled",
                    t.name(),
                    Integer.toString(r.n()),
                    f(r.rho()),
                    f(r.meanPredicted()),
                    f(r.meanObserved()),
                    f(r.ratio())));
        }
        rows.print(out);
        out.printf(
                Locale.ROOT,
                "Median within-specialty ρ (specialties with ≥ 10 programs): US MD %s, US DO %s,"
                        + " US-IMG %s, non-US IMG %s%n",
                f(table.medianWithin(ApplicantType.US_MD, 10)),
                f(table.medianWithin(ApplicantType.US_DO, 10)),
                f(table.medianWithin(ApplicantType.US_IMG, 10)),
                f(table.medianWithin(ApplicantType.NON_US_IMG, 10)));
        out.println("Calibration in the large (mean predicted / mean observed):");
        for (ValidationTable.Check c : table.checks()) {
            out.printf(
                    Locale.ROOT,
                    "  %-55s n %4d  %s / %s = %s  [%.1f, %.1f] %s%n",
                    c.name(),
                    c.n(),
                    f(c.meanPredicted()),
                    f(c.meanObserved()),
                    f(c.ratio()),
                    c.low(),
                    c.high(),
                    c.ok() ? "ok" : "OUT");
        }
        out.printf(
                Locale.ROOT,
                "  observed US MD rate above the most favourable case (in state, strongest signal):"
                        + " %.1f%% of programs (at most 25%%)%n",
                100 * table.aboveMostFavourable());
        out.println("Signals, typical US MD out of state (predicted / observed rate of each tier):");
        TextTable signals = new TextTable(List.of("SPECIALTY", "TIER", "N", "PRED", "OBS"), List.of(38, 7, 4, 6, 6));
        for (ValidationTable.SignalRow s : table.signals()) {
            signals.add(List.of(
                    s.specialty().label(),
                    s.tier().name(),
                    Integer.toString(s.n()),
                    f(s.meanPredicted()),
                    f(s.meanObserved())));
        }
        signals.print(out);
    }

    private static String f(double x) {
        return Double.isNaN(x) ? "–" : String.format(Locale.ROOT, "%.3f", x);
    }
}

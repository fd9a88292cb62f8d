package org.smartpick.catalog.imports;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.smartpick.catalog.CatalogProblem;
import org.smartpick.catalog.CsvTable;
import org.smartpick.engine.Specialty;
import org.smartpick.engine.UsState;
import org.smartpick.engine.season.InterviewRates;

/**
 * One specialty's file of the AAMC program signaling data (docs/data.md, "Interview rates"): a row per program with
 * the share of each group's applications that got an interview. The specialty comes from the file name (the AAMC's
 * own names, e.g. "IM Peds.csv", "Rad Onc.csv", or a SmartPick specialty name); the season from the command line.
 */
final class InterviewRateFile {
    /** One program's row. */
    public record Row(
            String file,
            int line,
            Specialty specialty,
            String program,
            String city,
            UsState state,
            InterviewRates rates) {}

    private static final Map<String, Specialty> NAMES = Map.ofEntries(
            Map.entry("anatomic and clinical pathology", Specialty.PATHOLOGY),
            Map.entry("pathology", Specialty.PATHOLOGY),
            Map.entry("general surgery", Specialty.SURGERY),
            Map.entry("im peds", Specialty.INTERNAL_MEDICINE_PEDIATRICS),
            Map.entry("med peds", Specialty.INTERNAL_MEDICINE_PEDIATRICS),
            Map.entry("orthopedic surgery", Specialty.ORTHOPAEDIC_SURGERY),
            Map.entry("pm&r", Specialty.PHYSICAL_MEDICINE_REHABILITATION),
            Map.entry("rad onc", Specialty.RADIATION_ONCOLOGY),
            Map.entry("vasc surg", Specialty.VASCULAR_SURGERY),
            Map.entry("thoracic surgery", Specialty.THORACIC_SURGERY),
            Map.entry("interventional radiology", Specialty.INTERVENTIONAL_RADIOLOGY));

    private static final List<String> RATES = List.of(
            "MD",
            "DO",
            "US IMG",
            "Non US IMG",
            "In-State School",
            "Out-Of-State School",
            "No Signal",
            "Signal",
            "Gold Signal",
            "Silver Signal");

    private InterviewRateFile() {}

    /** The specialty a file's name stands for. */
    public static Optional<Specialty> specialtyOf(String fileName) {
        String base = fileName.replaceFirst("(?i)\\.csv$", "").strip().toLowerCase(Locale.ROOT);
        if (NAMES.containsKey(base)) {
            return Optional.of(NAMES.get(base));
        }
        for (Specialty s : Specialty.values()) {
            if (s.label().toLowerCase(Locale.ROOT).equals(base) && !s.isOneYear()) {
                return Optional.of(s);
            }
        }
        return Specialty.parse(base);
    }

    /** Reads one file; rows with problems are reported and left out, a file of unknown shape fails. */
    static List<Row> read(Path file, int season, ImportReport report) throws IOException {
        String name = file.getFileName().toString();
        Specialty specialty = specialtyOf(name)
                .orElseThrow(
                        () -> new IOException(
                                name
                                        + ": the file name names no known specialty (e.g. \"Internal Medicine.csv\", \"IM Peds.csv\")"));
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            CsvTable table = CsvTable.read(in);
            Map<String, Integer> columns = table.columns();
            for (String needed : List.of("Program", "City", "State", "MD")) {
                if (!columns.containsKey(needed)) {
                    throw new IOException(name + ": column \"" + needed + "\" is missing");
                }
            }
            List<Row> rows = new ArrayList<>();
            for (CsvTable.Row row : table.rows()) {
                parse(name, specialty, season, row, columns, report).ifPresent(rows::add);
            }
            report.read(table.rows().size());
            return rows;
        }
    }

    private static Optional<Row> parse(
            String file,
            Specialty specialty,
            int season,
            CsvTable.Row row,
            Map<String, Integer> columns,
            ImportReport report) {
        String program = cell(row, columns, "Program");
        Optional<UsState> state = UsState.fromCode(cell(row, columns, "State"));
        if (program.isEmpty() || state.isEmpty()) {
            report.problem(new CatalogProblem(
                    file,
                    row.line(),
                    program.isEmpty() ? "Program" : "State",
                    cell(row, columns, "State"),
                    "needs a program name and a US state code"));
            return Optional.empty();
        }
        Double[] r = new Double[RATES.size()];
        for (int i = 0; i < r.length; i++) {
            String text = cell(row, columns, RATES.get(i));
            if (text.isEmpty() || text.equals("-")) {
                continue;
            }
            try {
                r[i] = Double.valueOf(text);
            } catch (NumberFormatException e) {
                r[i] = Double.NaN;
            }
            if (!(r[i] >= 0 && r[i] <= 1)) {
                report.problem(new CatalogProblem(
                        file,
                        row.line(),
                        RATES.get(i),
                        text,
                        "must be a share between 0 and 1, or empty or \"-\" when not reported"));
                return Optional.empty();
            }
        }
        return Optional.of(new Row(
                file,
                row.line(),
                specialty,
                program,
                cell(row, columns, "City"),
                state.get(),
                new InterviewRates(season, r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9])));
    }

    private static String cell(CsvTable.Row row, Map<String, Integer> columns, String column) {
        Integer i = columns.get(column);
        return i == null || i >= row.cells().size() ? "" : row.cells().get(i).strip();
    }
}

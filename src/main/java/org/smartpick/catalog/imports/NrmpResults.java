package org.smartpick.catalog.imports;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.smartpick.catalog.CatalogProblem;
import org.smartpick.catalog.CsvTable;
import org.smartpick.engine.Specialty;
import org.smartpick.engine.UsState;

/**
 * Reads NRMP Program Results (CSV) in the 2020 layout ({@code Name of program,Type of program,Program code,Quota,
 * Matched}, institution names ending in "-ST") and in the 2020–2026 layout (sponsoring institution, city,
 * specialty, program code, then quota and matched per year; only its "Main" table rows, the latest year).
 */
final class NrmpResults {
    private static final Pattern STATE_SUFFIX = Pattern.compile("(.*)-([A-Z]{2})\\s*$");
    private static final Pattern YEAR_QUOTA = Pattern.compile("(\\d{4}) Quota");

    /** One result row: institution, state (if known), NRMP specialty label, program code, quota, matched. */
    record Row(
            String file,
            int line,
            String institution,
            String city,
            UsState state,
            String label,
            String code,
            int quota,
            int matched) {
        Optional<Specialty> specialty() {
            return NrmpLabels.specialty(label, code);
        }
    }

    static List<Row> read(Path file, ImportReport report) throws IOException {
        CsvTable table;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            table = CsvTable.read(in);
        }
        List<String> header =
                table.header().stream().map(h -> h.replace("\uFEFF", "")).toList();
        Map<String, Integer> col = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            col.putIfAbsent(header.get(i), i);
        }
        String name = file.getFileName().toString();
        if (col.containsKey("Name of program")) {
            return layout2020(name, table, col, report);
        }
        if (col.containsKey("Sponsoring Institution") && col.containsKey("Program Code")) {
            return layoutMultiYear(name, table, header, col, report);
        }
        throw new IOException(name + ": not an NRMP Program Results file (expected the column \"Name of program\" or"
                + " \"Sponsoring Institution\" and \"Program Code\")");
    }

    private static List<Row> layout2020(String file, CsvTable table, Map<String, Integer> col, ImportReport report) {
        List<Row> out = new ArrayList<>();
        List<UsState> suffixStates = suffixStates(table, col);
        for (int index = 0; index < table.rows().size(); index++) {
            CsvTable.Row r = table.rows().get(index);
            report.read(1);
            String name = cell(r, col, "Name of program");
            Matcher m = STATE_SUFFIX.matcher(name);
            Optional<Integer> quota = number(cell(r, col, "Quota"));
            Optional<Integer> matched = number(cell(r, col, "Matched"));
            if (name.isBlank() || quota.isEmpty() || matched.isEmpty()) {
                report.problem(new CatalogProblem(
                        file, r.line(), null, name, "needs an institution and whole-number Quota and Matched"));
                continue;
            }
            // Most names end in "-ST". The report lists programs by state, so a name without one (or ending in a
            // city, "-Birmingham") takes the state of its neighbours when the rows before and after agree.
            Optional<UsState> own = m.matches() ? UsState.fromCode(m.group(2)) : Optional.empty();
            UsState state = own.orElse(neighbourState(suffixStates, index));
            String institution = own.isPresent() ? m.group(1).strip() : name;
            String city = own.isEmpty() && name.contains("-")
                    ? name.substring(name.lastIndexOf('-') + 1).strip()
                    : null;
            out.add(new Row(
                    file,
                    r.line(),
                    institution,
                    city,
                    state,
                    cell(r, col, "Type of program"),
                    cell(r, col, "Program code"),
                    quota.get(),
                    matched.get()));
        }
        return out;
    }

    /** The state each row's name ends with, or null. */
    private static List<UsState> suffixStates(CsvTable table, Map<String, Integer> col) {
        List<UsState> states = new ArrayList<>();
        for (CsvTable.Row r : table.rows()) {
            Matcher m = STATE_SUFFIX.matcher(cell(r, col, "Name of program"));
            states.add(m.matches() ? UsState.fromCode(m.group(2)).orElse(null) : null);
        }
        return states;
    }

    private static UsState neighbourState(List<UsState> states, int index) {
        UsState before = null;
        for (int i = index - 1; i >= 0 && before == null; i--) {
            before = states.get(i);
        }
        UsState after = null;
        for (int i = index + 1; i < states.size() && after == null; i++) {
            after = states.get(i);
        }
        return before != null && before == after ? before : null;
    }

    private static List<Row> layoutMultiYear(
            String file, CsvTable table, List<String> header, Map<String, Integer> col, ImportReport report) {
        String year = header.stream()
                .map(YEAR_QUOTA::matcher)
                .filter(Matcher::matches)
                .map(m -> m.group(1))
                .max(String::compareTo)
                .orElse(null);
        List<Row> out = new ArrayList<>();
        for (CsvTable.Row r : table.rows()) {
            report.read(1);
            if (col.containsKey("Table") && !"Main".equalsIgnoreCase(cell(r, col, "Table"))) {
                continue;
            }
            Optional<Integer> quota = year == null ? Optional.empty() : number(cell(r, col, year + " Quota"));
            Optional<Integer> matched = year == null ? Optional.empty() : number(cell(r, col, year + " Matched"));
            if (quota.isEmpty() || matched.isEmpty()) {
                report.problem(new CatalogProblem(file, r.line(), year + " Quota", null, "must be whole numbers"));
                continue;
            }
            String label = col.containsKey("Specialty Cleaned")
                    ? cell(r, col, "Specialty Cleaned")
                    : cell(r, col, "Specialty");
            String city = col.containsKey("City Cleaned") ? cell(r, col, "City Cleaned") : cell(r, col, "City");
            out.add(new Row(
                    file,
                    r.line(),
                    cell(r, col, "Sponsoring Institution"),
                    city,
                    null,
                    label,
                    cell(r, col, "Program Code"),
                    quota.get(),
                    matched.get()));
        }
        return out;
    }

    private static Optional<Integer> number(String text) {
        try {
            return Optional.of(Integer.parseInt(text.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String cell(CsvTable.Row row, Map<String, Integer> col, String name) {
        Integer i = col.get(name);
        return i == null || i >= row.cells().size() ? "" : row.cells().get(i).strip();
    }

    static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}

package org.smartpick.catalog.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Reads an AAMC Residency Explorer "compare" export (.xlsx): transposed, row 1 "Specialty: X", then one row per
 * field with its label in column A and one column per program. Each program becomes a map from field label to
 * text, with the workbook row and column of each cell for problem reports.
 */
final class ResidencyExplorerWorkbook {
    static final String CODE = "ACGME residency program code";

    /** One program column: its cells by field label, and where the column is. */
    record Column(String file, int column, Map<String, String> fields, Map<String, Integer> rows) {
        Optional<String> text(String label) {
            String value = fields.get(label);
            return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
        }
    }

    static List<Column> read(Path file) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file);
                ReadableWorkbook workbook = new ReadableWorkbook(in)) {
            Sheet sheet = workbook.getFirstSheet();
            for (Row row : sheet.read()) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getCellCount(); c++) {
                    cells.add(row.getCellText(c));
                }
                rows.add(cells);
            }
        }
        return columns(file.getFileName().toString(), rows);
    }

    private static List<Column> columns(String file, List<List<String>> rows) throws IOException {
        if (rows.isEmpty() || !cell(rows.get(0), 0).toLowerCase(Locale.ROOT).startsWith("specialty")) {
            throw new IOException(file + ": not a Residency Explorer export (cell A1 should read \"Specialty: …\")");
        }
        int codeRow = -1;
        for (int r = 1; r < rows.size(); r++) {
            if (label(cell(rows.get(r), 0)).equals(CODE)) {
                codeRow = r;
            }
        }
        if (codeRow < 0) {
            throw new IOException(file + ": no \"" + CODE + "\" row; the workbook is not in the export layout");
        }
        int width = rows.get(codeRow).size();
        List<Column> columns = new ArrayList<>();
        for (int c = 1; c < width; c++) {
            if (cell(rows.get(codeRow), c).isBlank()) {
                continue;
            }
            Map<String, String> fields = new HashMap<>();
            Map<String, Integer> where = new HashMap<>();
            for (int r = 1; r < rows.size(); r++) {
                String label = label(cell(rows.get(r), 0));
                if (!label.isEmpty()) {
                    fields.put(label, cell(rows.get(r), c));
                    where.put(label, r + 1);
                }
            }
            columns.add(new Column(file, c + 1, fields, where));
        }
        return columns;
    }

    /** A field label with spaces folded and the cycle's years written YYYY, so labels match across seasons. */
    static String label(String text) {
        return text.strip().replaceAll("\\s+", " ").replaceAll("\\b(19|20)\\d\\d\\b", "YYYY");
    }

    private static String cell(List<String> row, int c) {
        return c < row.size() && row.get(c) != null ? row.get(c) : "";
    }
}

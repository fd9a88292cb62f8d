package org.smartpick.catalog.imports;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.smartpick.catalog.CatalogProblem;
import org.smartpick.catalog.CsvTable;

/**
 * Reads an ERAS participating-program list (CSV) in either layout the AAMC has used: one list per specialty
 * ({@code ,State,City,Blank,Program name,ID,Status,ERAS link}) or the combined list
 * ({@code specialty,acgme_id,program_name,city,state,eras_status,url}).
 */
final class ErasList {
    /** One listed program. */
    record Entry(
            String file, int line, String acgmeId, String name, String city, String state, String status, String url) {}

    static List<Entry> read(Path file, ImportReport report) throws IOException {
        CsvTable table;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            table = CsvTable.read(in);
        }
        Map<String, Integer> col = table.columns();
        boolean combined = col.containsKey("acgme_id");
        String[] names = combined
                ? new String[] {"acgme_id", "program_name", "city", "state", "eras_status", "url"}
                : new String[] {"ID", "Program name", "City", "State", "Status", "ERAS link"};
        for (String name : names) {
            if (!col.containsKey(name)) {
                throw new IOException(file.getFileName() + ": required column \"" + name + "\" is missing; an ERAS"
                        + " list has columns " + String.join(", ", names));
            }
        }
        List<Entry> out = new ArrayList<>();
        String fileName = file.getFileName().toString();
        for (CsvTable.Row row : table.rows()) {
            report.read(1);
            if (row.cells().size() != table.header().size()) {
                report.problem(new CatalogProblem(
                        fileName,
                        row.line(),
                        null,
                        null,
                        "has " + row.cells().size() + " cells but the header has "
                                + table.header().size()));
                continue;
            }
            String id = cell(row, col, names[0]);
            if (!id.matches("\\d{10}")) {
                report.problem(new CatalogProblem(fileName, row.line(), names[0], id, "must be a 10-digit ACGME id"));
                continue;
            }
            out.add(new Entry(
                    fileName,
                    row.line(),
                    id,
                    cell(row, col, names[1]),
                    cell(row, col, names[2]),
                    cell(row, col, names[3]),
                    cell(row, col, names[4]),
                    cell(row, col, names[5])));
        }
        return out;
    }

    private static String cell(CsvTable.Row row, Map<String, Integer> col, String name) {
        return row.cells().get(col.get(name)).strip();
    }
}

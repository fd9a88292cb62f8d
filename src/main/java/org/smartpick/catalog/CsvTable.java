package org.smartpick.catalog;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A CSV file per RFC 4180 (quoted fields may hold commas, quotes and line breaks) read into a header and rows,
 * each row with the line number it starts on.
 */
public record CsvTable(List<String> header, List<Row> rows) {
    /** One data row; {@code line} is 1-based and counts the header line. */
    public record Row(int line, List<String> cells) {}

    public CsvTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    public static CsvTable read(Reader in) throws IOException {
        List<Row> records = new CsvParser(in).records();
        if (records.isEmpty()) {
            throw new IOException("the file is empty; a header row is required");
        }
        List<String> header = records.get(0).cells().stream().map(String::strip).toList();
        List<Row> rows = records.subList(1, records.size()).stream()
                .filter(r -> !(r.cells().size() == 1 && r.cells().get(0).isBlank()))
                .map(r -> new Row(
                        r.line(), r.cells().stream().map(CsvTable::restored).toList()))
                .toList();
        return new CsvTable(header, rows);
    }

    /** Column name to index. */
    public Map<String, Integer> columns() {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            index.putIfAbsent(header.get(i), i);
        }
        return Collections.unmodifiableMap(index);
    }

    /**
     * Quotes a value for writing when it needs it, neutralised against formula injection (OWASP, "CSV Injection"):
     * a value a spreadsheet would run — starting with {@code =}, {@code @}, a tab or a carriage return, or with
     * {@code +} or {@code -} when it is not a number — gets a leading apostrophe, which {@link #read} removes again.
     */
    public static String quote(String value) {
        if (value == null) {
            return "";
        }
        value = neutralised(value);
        boolean needs = value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r");
        return needs ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    static String neutralised(String value) {
        if (value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        boolean formula = first == '='
                || first == '@'
                || first == '\t'
                || first == '\r'
                || (first == '+' || first == '-') && !NUMBER.matcher(value).matches();
        return formula ? "'" + value : value;
    }

    /** What {@link #neutralised} added, taken off a value read back. */
    static String restored(String value) {
        return value.length() > 1
                        && value.charAt(0) == '\''
                        && neutralised(value.substring(1)).length() == value.length()
                ? value.substring(1)
                : value;
    }

    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

    private static final class CsvParser {
        private final PushbackReader in;
        private int line = 1;

        CsvParser(Reader in) {
            this.in = new PushbackReader(in, 1);
        }

        List<Row> records() throws IOException {
            List<Row> out = new ArrayList<>();
            List<String> cells = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            int start = line;
            boolean quoted = false;
            boolean any = false;
            for (int c = in.read(); c != -1; c = in.read()) {
                any = true;
                if (quoted) {
                    if (c == '"') {
                        int next = in.read();
                        if (next == '"') {
                            cell.append('"');
                        } else {
                            quoted = false;
                            if (next != -1) {
                                in.unread(next);
                            }
                        }
                    } else {
                        if (c == '\n') {
                            line++;
                        }
                        cell.append((char) c);
                    }
                } else if (c == '"' && cell.length() == 0) {
                    quoted = true;
                } else if (handle(c, cells, cell, out, start)) {
                    start = line;
                }
            }
            if (quoted) {
                throw new IOException("line " + start + ": a quoted field is not closed");
            }
            if (any && (cell.length() > 0 || !cells.isEmpty())) {
                cells.add(cell.toString());
                out.add(new Row(start, List.copyOf(cells)));
            }
            return out;
        }

        /** Handles an unquoted character; returns true when it ended a record. */
        private boolean handle(int c, List<String> cells, StringBuilder cell, List<Row> out, int start) {
            if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n') {
                cells.add(cell.toString());
                cell.setLength(0);
                out.add(new Row(start, List.copyOf(cells)));
                cells.clear();
                line++;
                return true;
            } else if (c != '\r') {
                cell.append((char) c);
            }
            return false;
        }
    }
}

package org.smartpick.cli.common;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A plain-text table for terminals: a header, a rule, and left-aligned columns cut to a maximum width; the notes
 * under a row wrap to the terminal ({@link WrappedText#terminalWidth()}).
 */
public final class TextTable {
    private final List<String> header;
    private final List<Integer> maxWidths;
    private final List<List<String>> rows = new ArrayList<>();
    private final Map<Integer, List<String>> notes = new HashMap<>();

    public TextTable(List<String> header, List<Integer> maxWidths) {
        if (header.size() != maxWidths.size()) {
            throw new IllegalArgumentException("one width per column");
        }
        this.header = List.copyOf(header);
        this.maxWidths = List.copyOf(maxWidths);
    }

    public void add(List<String> row) {
        if (row.size() != header.size()) {
            throw new IllegalArgumentException("a row has " + row.size() + " cells, the header " + header.size());
        }
        rows.add(row.stream().map(c -> c == null ? "" : c).toList());
    }

    /** A full-width line printed under the last row added (e.g. the reasons behind it). */
    public void note(String text) {
        if (rows.isEmpty()) {
            throw new IllegalStateException("a note follows a row");
        }
        notes.computeIfAbsent(rows.size() - 1, k -> new ArrayList<>()).add(text);
    }

    public void print(PrintWriter out) {
        int[] widths = new int[header.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = header.get(i).length();
            for (List<String> row : rows) {
                widths[i] = Math.max(widths[i], Math.min(row.get(i).length(), maxWidths.get(i)));
            }
        }
        int last = widths.length - 1;
        int before = total(widths) - widths[last];
        int room = WrappedText.terminalWidth() - before;
        if (room < MIN_LAST && total(widths) > WrappedText.terminalWidth() && widths.length > 2) {
            stacked(out);
            return;
        }
        // The last column (a name, a source) wraps under itself rather than pushing the row past the terminal.
        boolean wraps = room >= MIN_LAST && widths[last] > room;
        if (wraps) {
            widths[last] = room;
        }
        this.wrapLast = wraps;
        line(out, header, widths);
        StringBuilder rule = new StringBuilder();
        for (int w : widths) {
            rule.append("-".repeat(w)).append("  ");
        }
        out.println(rule.toString().stripTrailing());
        for (int r = 0; r < rows.size(); r++) {
            line(out, rows.get(r), widths);
            notes.getOrDefault(r, List.of())
                    .forEach(note -> WrappedText.wrap("    " + note, WrappedText.terminalWidth())
                            .forEach(out::println));
        }
    }

    /**
     * A table too wide for the terminal, a row at a time: the first and the last column (the id and the name, the
     * check and its source) on one wrapped line, the others under it joined by " · ", then the row's notes.
     */
    private void stacked(PrintWriter out) {
        int last = header.size() - 1;
        int width = WrappedText.terminalWidth();
        List<String> middle = header.subList(1, last);
        WrappedText.wrap(header.get(0) + " — " + header.get(last) + " / " + String.join(" · ", middle), width)
                .forEach(out::println);
        out.println("-".repeat(Math.min(width, 40)));
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            WrappedText.wrap(row.get(0) + " — " + row.get(last), width).forEach(out::println);
            List<String> cells = new ArrayList<>();
            for (int i = 1; i < last; i++) {
                if (!row.get(i).isEmpty()) {
                    cells.add(row.get(i));
                }
            }
            if (!cells.isEmpty()) {
                WrappedText.wrap("    " + String.join(" · ", cells), width).forEach(out::println);
            }
            notes.getOrDefault(r, List.of())
                    .forEach(note -> WrappedText.wrap("    " + note, width).forEach(out::println));
        }
    }

    /** The narrowest the wrapped last column may get. */
    static final int MIN_LAST = 16;

    private boolean wrapLast;

    private static int total(int[] widths) {
        int sum = 2 * (widths.length - 1);
        for (int w : widths) {
            sum += w;
        }
        return sum;
    }

    private void line(PrintWriter out, List<String> cells, int[] widths) {
        StringBuilder text = new StringBuilder();
        int last = widths.length - 1;
        List<String> rest = List.of();
        for (int i = 0; i < widths.length; i++) {
            String cell = cells.get(i);
            if (i == last && wrapLast && cell.length() > widths[i]) {
                List<String> parts = WrappedText.wrap(cell, widths[i]).stream()
                        .map(String::strip)
                        .toList();
                cell = parts.get(0);
                rest = parts.subList(1, parts.size());
            } else if (cell.length() > widths[i]) {
                cell = cell.substring(0, widths[i] - 1) + "…";
            }
            text.append(String.format("%-" + widths[i] + "s", cell)).append("  ");
        }
        out.println(text.toString().stripTrailing());
        String indent = " ".repeat(total(widths) - widths[last]);
        rest.forEach(part -> out.println(indent + part));
    }
}

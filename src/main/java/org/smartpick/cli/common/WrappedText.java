package org.smartpick.cli.common;

import java.util.ArrayList;
import java.util.List;

/**
 * Text fitted to a terminal: lines longer than the width break at spaces, each continuation indented under the
 * text of its line (after its leading spaces and a bullet such as "· ", "- ", "[ ] " or "12. "). The width is
 * {@code $COLUMNS} when the shell exports it (20–400), else 80.
 */
public final class WrappedText {
    static final int DEFAULT_WIDTH = 80;

    private WrappedText() {}

    public static int terminalWidth() {
        String columns = System.getenv("COLUMNS");
        try {
            int n = columns == null ? DEFAULT_WIDTH : Integer.parseInt(columns.trim());
            return n >= 20 && n <= 400 ? n : DEFAULT_WIDTH;
        } catch (NumberFormatException e) {
            return DEFAULT_WIDTH;
        }
    }

    /** Every line of the text fitted to the width. */
    public static String fit(String text, int width) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            for (String part : wrap(line, width)) {
                out.append(part).append('\n');
            }
        }
        return out.length() > 0 ? out.substring(0, out.length() - 1) : "";
    }

    public static List<String> wrap(String line, int width) {
        if (line.length() <= width) {
            return List.of(line);
        }
        String indent = " ".repeat(hanging(line));
        List<String> out = new ArrayList<>();
        String rest = line;
        String prefix = "";
        while ((prefix + rest).length() > width) {
            int room = width - prefix.length();
            int cut = rest.lastIndexOf(' ', room);
            if (cut <= 0) {
                cut = Math.max(1, room);
            }
            out.add((prefix + rest.substring(0, cut)).stripTrailing());
            rest = rest.substring(cut).stripLeading();
            prefix = indent;
        }
        if (!rest.isEmpty()) {
            out.add(prefix + rest);
        }
        return out;
    }

    /** Where the text of a line starts: after its leading spaces and its bullet, if any (at most half the line). */
    static int hanging(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        String rest = line.substring(i);
        for (String bullet : List.of("· ", "- ", "[ ] ", "* ")) {
            if (rest.startsWith(bullet)) {
                return Math.min(i + bullet.length(), 40);
            }
        }
        int digits = 0;
        while (digits < rest.length() && Character.isDigit(rest.charAt(digits))) {
            digits++;
        }
        if (digits > 0 && rest.startsWith(". ", digits)) {
            return Math.min(i + digits + 2, 40);
        }
        return Math.min(i + 2, 40);
    }
}

package org.smartpick.report;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import org.smartpick.engine.season.Program;
import org.smartpick.profile.Tracker;

/**
 * A tracker's interview dates as an iCalendar file (RFC 5545): one all-day event per program with an interview date,
 * named after the program, at its institution, with the notes. Lines end in CRLF and are folded at 75 octets; text
 * is escaped (backslash, semicolon, comma, newline).
 */
public final class InterviewCalendar {
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    /** RFC 5545 §3.1: content lines should not be longer than 75 octets, line break excluded. */
    static final int FOLD = 75;

    private InterviewCalendar() {}

    /** The calendar; {@code now} stamps its events. */
    public static String of(Tracker tracker, Function<String, Program> programs, Instant now) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//SmartPick//Season tracker//EN");
        line(out, "CALSCALE:GREGORIAN");
        for (Tracker.Entry e : tracker.entries()) {
            if (e.interviewed() == null || e.status() == Tracker.Status.WITHDRAWN) {
                continue;
            }
            Program p = programs.apply(e.id());
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + text(e.id()) + "-" + DAY.format(e.interviewed()) + "@smartpick");
            line(out, "DTSTAMP:" + STAMP.format(now));
            line(out, "DTSTART;VALUE=DATE:" + DAY.format(e.interviewed()));
            line(out, "DTEND;VALUE=DATE:" + DAY.format(e.interviewed().plusDays(1)));
            line(out, "SUMMARY:" + text("Interview: " + (p != null ? p.name() : e.id())));
            if (p != null) {
                line(
                        out,
                        "LOCATION:"
                                + text(p.institution() + ", " + p.site().city() + ", "
                                        + p.state().name()));
                if (p.url() != null) {
                    line(out, "URL:" + p.url());
                }
            }
            if (e.notes() != null) {
                line(out, "DESCRIPTION:" + text(e.notes()));
            }
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** A TEXT value escaped (RFC 5545 §3.3.11). */
    static String text(String value) {
        return value.replace("\\", "\\\\")
                .replace(";", "\\;")
                .replace(",", "\\,")
                .replace("\r\n", "\\n")
                .replace("\n", "\\n")
                .replace("\r", "\\n");
    }

    /** One content line, folded into lines of at most 75 octets (never inside a UTF-8 character), with CRLF. */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = FOLD;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4; // its UTF-8 octets
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 0;
                limit = FOLD - 1; // the continuation's leading space counts
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}

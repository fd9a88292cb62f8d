package org.smartpick.profile;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.smartpick.engine.FieldProblem;
import org.smartpick.engine.Signal;

/**
 * Reads a tracker document with every problem at once, each with its JSON pointer: unknown members, statuses,
 * dates (ISO yyyy-mm-dd, in order: applied ≤ invited ≤ interviewed), repeated programs. Whether each program
 * exists is for the caller, who knows the catalog.
 */
public final class TrackerReader {
    /** The most programs a tracker holds (the most applications a budget allows, and room for additions). */
    public static final int MAX_ENTRIES = 600;

    public static final int MAX_NOTES = 2000;

    /** The tracker, or null with the problems added. */
    public Tracker read(JsonNode doc, List<FieldProblem> problems) {
        if (doc == null || !doc.isObject()) {
            problems.add(new FieldProblem("", "must be a JSON object {\"asOf\"?, \"entries\": […]}"));
            return null;
        }
        int before = problems.size();
        JsonFields root = new JsonFields(doc, "", problems);
        LocalDate asOf = date(root, "asOf");
        Set<String> seen = new HashSet<>();
        List<Tracker.Entry> entries = root.list("entries", MAX_ENTRIES, e -> {
            if (!e.value.isObject()) {
                e.problem("must be an object {\"id\", \"status\", …}");
                return null;
            }
            Tracker.Entry entry = entry(new JsonFields(e.value, e.at, problems));
            if (entry != null && !seen.add(entry.id())) {
                e.problem("program \"" + entry.id() + "\" is listed twice");
            }
            return entry;
        });
        root.rejectUnknown();
        return problems.size() > before ? null : new Tracker(asOf, entries);
    }

    private static Tracker.Entry entry(JsonFields f) {
        String id = f.text("id", true, 200);
        Tracker.Status status = f.enumValue("status", true, Tracker.Status.class);
        LocalDate applied = date(f, "applied");
        Signal signal = f.enumValue("signal", false, Signal.class);
        LocalDate invited = date(f, "invited");
        LocalDate interviewed = date(f, "interviewed");
        Integer preference = f.integer("preference", false, 1, MAX_ENTRIES);
        String notes = f.field("notes", false)
                .map(v -> {
                    if (v.isTextual() && v.textValue().length() <= MAX_NOTES) {
                        return v.textValue();
                    }
                    f.problem("notes", "must be a text of at most " + MAX_NOTES + " characters");
                    return null;
                })
                .orElse(null);
        f.rejectUnknown();
        order(f, applied, invited, "invited", "on or after applied");
        order(f, invited, interviewed, "interviewed", "on or after invited");
        if (interviewed != null && invited == null) {
            f.problem("invited", "is required when interviewed is given (an interview follows an invitation)");
        }
        return id == null || status == null
                ? null
                : new Tracker.Entry(id, status, applied, signal, invited, interviewed, preference, notes);
    }

    private static void order(JsonFields f, LocalDate first, LocalDate second, String name, String rule) {
        if (first != null && second != null && second.isBefore(first)) {
            f.problem(name, "must be " + rule + " (" + first + "), got " + second);
        }
    }

    private static LocalDate date(JsonFields f, String name) {
        return f.field(name, false)
                .map(v -> {
                    try {
                        if (v.isTextual()) {
                            return LocalDate.parse(v.textValue());
                        }
                    } catch (DateTimeParseException e) {
                        // named below, as a value of the wrong type is
                    }
                    f.problem(name, "must be a date yyyy-mm-dd, got " + v);
                    return null;
                })
                .orElse(null);
    }
}

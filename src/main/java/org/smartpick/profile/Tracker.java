package org.smartpick.profile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.smartpick.engine.Signal;

/**
 * A plan's season tracker as the applicant keeps it: for each program, where the application stands, its dates,
 * the signal sent, a preference for the rank list and notes (docs/api.md, "The season tracker").
 *
 * @param asOf the day the tracker speaks of (null: today)
 */
public record Tracker(LocalDate asOf, List<Entry> entries) {
    public Tracker {
        entries = List.copyOf(entries);
    }

    /** Where an application stands. */
    public enum Status {
        /** In the plan, not sent yet. */
        PLANNED,
        /** Sent, nothing heard. */
        NO_WORD,
        INVITED,
        WAITLISTED,
        INTERVIEWED,
        REJECTED,
        /** Withdrawn by the applicant (an invitation declined, or an application taken back). */
        WITHDRAWN
    }

    /**
     * One program's line.
     *
     * @param preference the applicant's order for the rank list (1 = most wanted), or null
     */
    public record Entry(String id, Status status, LocalDate applied, Signal signal, LocalDate invited,
                        LocalDate interviewed, Integer preference, String notes) {
        public Entry {
            if (id == null || status == null) {
                throw new IllegalArgumentException("an entry needs its program id and status");
            }
            signal = signal == null ? Signal.NONE : signal;
        }

        public Entry withStatus(Status next, LocalDate on) {
            LocalDate inv = next == Status.INVITED && invited == null ? on : invited;
            LocalDate intv = next == Status.INTERVIEWED && interviewed == null ? on : interviewed;
            LocalDate app = next == Status.NO_WORD && applied == null ? on : applied;
            return new Entry(id, next, app, signal, inv, intv, preference, notes);
        }
    }

    public static Tracker empty() {
        return new Tracker(null, List.of());
    }

    /** The same tracker with one entry added or replaced (by program id). */
    public Tracker with(Entry entry) {
        List<Entry> next = new ArrayList<>(entries.stream().filter(e -> !e.id().equals(entry.id())).toList());
        int at = indexOf(entry.id());
        next.add(at < 0 ? next.size() : at, entry);
        return new Tracker(asOf, next);
    }

    public java.util.Optional<Entry> entry(String id) {
        return entries.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    private int indexOf(String id) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /** The document, as TrackerReader reads it. */
    public Map<String, Object> json() {
        Map<String, Object> doc = new LinkedHashMap<>();
        if (asOf != null) {
            doc.put("asOf", asOf.toString());
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (Entry e : entries) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", e.id());
            m.put("status", e.status().name());
            putIf(m, "applied", e.applied());
            m.put("signal", e.signal().name());
            putIf(m, "invited", e.invited());
            putIf(m, "interviewed", e.interviewed());
            if (e.preference() != null) {
                m.put("preference", e.preference());
            }
            putIf(m, "notes", e.notes());
            out.add(m);
        }
        doc.put("entries", out);
        return doc;
    }

    private static void putIf(Map<String, Object> m, String key, Object value) {
        if (value != null) {
            m.put(key, value.toString());
        }
    }
}

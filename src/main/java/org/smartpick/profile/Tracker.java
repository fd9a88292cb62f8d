package org.smartpick.profile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    public record Entry(
            String id,
            Status status,
            LocalDate applied,
            Signal signal,
            LocalDate invited,
            LocalDate interviewed,
            Integer preference,
            String notes) {
        public Entry {
            if (id == null || status == null) {
                throw new IllegalArgumentException("an entry needs its program id and status");
            }
            signal = signal == null ? Signal.NONE : signal;
        }

        /** A program in the plan, not sent yet. */
        public static Entry planned(String id, Signal signal) {
            return new Entry(id, Status.PLANNED, null, signal, null, null, null, null);
        }

        /**
         * The entry moved to a status on a day, with the steps that status implies dated that day unless they
         * already are: anything but PLANNED was sent, an invitation or an interview was invited, an interview held.
         */
        public Entry withStatus(Status next, LocalDate on) {
            boolean invitation = next == Status.INVITED || next == Status.INTERVIEWED;
            return new Entry(
                    id,
                    next,
                    applied == null && next != Status.PLANNED ? on : applied,
                    signal,
                    invited == null && invitation ? on : invited,
                    interviewed == null && next == Status.INTERVIEWED ? on : interviewed,
                    preference,
                    notes);
        }

        public Entry withSignal(Signal next) {
            return new Entry(id, status, applied, next, invited, interviewed, preference, notes);
        }

        public Entry withPreference(Integer next) {
            return new Entry(id, status, applied, signal, invited, interviewed, next, notes);
        }

        public Entry withNotes(String next) {
            return new Entry(id, status, applied, signal, invited, interviewed, preference, next);
        }

        /** The entry as TrackerReader reads it. */
        public Map<String, Object> json() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", id);
            m.put("status", status.name());
            putIf(m, "applied", applied);
            m.put("signal", signal.name());
            putIf(m, "invited", invited);
            putIf(m, "interviewed", interviewed);
            if (preference != null) {
                m.put("preference", preference);
            }
            putIf(m, "notes", notes);
            return m;
        }
    }

    public static Tracker empty() {
        return new Tracker(null, List.of());
    }

    /** The same tracker with one entry added (at the end) or replaced (in its place), by program id. */
    public Tracker with(Entry entry) {
        List<Entry> next = new ArrayList<>(entries);
        int at = next.stream().map(Entry::id).toList().indexOf(entry.id());
        if (at < 0) {
            next.add(entry);
        } else {
            next.set(at, entry);
        }
        return new Tracker(asOf, next);
    }

    /** Every entry with the dates its status implies, the missing ones dated {@code day} (see withStatus). */
    public Tracker dated(LocalDate day) {
        return new Tracker(
                asOf, entries.stream().map(e -> e.withStatus(e.status(), day)).toList());
    }

    public Optional<Entry> entry(String id) {
        return entries.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /** The document, as TrackerReader reads it. */
    public Map<String, Object> json() {
        Map<String, Object> doc = new LinkedHashMap<>();
        if (asOf != null) {
            doc.put("asOf", asOf.toString());
        }
        doc.put("entries", entries.stream().map(Entry::json).toList());
        return doc;
    }

    private static void putIf(Map<String, Object> m, String key, Object value) {
        if (value != null) {
            m.put(key, value.toString());
        }
    }
}

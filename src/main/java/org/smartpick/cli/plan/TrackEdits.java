package org.smartpick.cli.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.smartpick.engine.Signal;
import org.smartpick.profile.Tracker;
import picocli.CommandLine;

/** The tracker edits {@code smartpick track} takes: one option per status, each naming programs, and their date. */
final class TrackEdits {
    @CommandLine.Option(
            names = "--add",
            paramLabel = "ID",
            split = ",",
            description = "add programs to the tracker (PLANNED)")
    List<String> add = new ArrayList<>();

    @CommandLine.Option(
            names = "--applied",
            paramLabel = "ID",
            split = ",",
            description = "applied, no word yet (all: every program still PLANNED)")
    List<String> applied = new ArrayList<>();

    @CommandLine.Option(names = "--invite", paramLabel = "ID", split = ",", description = "invited to interview")
    List<String> invited = new ArrayList<>();

    @CommandLine.Option(names = "--interview", paramLabel = "ID", split = ",", description = "interviewed")
    List<String> interviewed = new ArrayList<>();

    @CommandLine.Option(
            names = "--waitlist",
            paramLabel = "ID",
            split = ",",
            description = "waitlisted for an interview")
    List<String> waitlisted = new ArrayList<>();

    @CommandLine.Option(names = "--reject", paramLabel = "ID", split = ",", description = "rejected")
    List<String> rejected = new ArrayList<>();

    @CommandLine.Option(
            names = "--withdraw",
            paramLabel = "ID",
            split = ",",
            description = "withdrawn (or an invitation declined)")
    List<String> withdrawn = new ArrayList<>();

    @CommandLine.Option(
            names = "--date",
            paramLabel = "DATE",
            description = "the date of these edits, yyyy-mm-dd (default: today)")
    LocalDate date;

    @CommandLine.Option(
            names = "--signal",
            paramLabel = "ID=KIND",
            description = "the signal sent: GOLD, SILVER, PLAIN or NONE")
    Map<String, Signal> signals = new LinkedHashMap<>();

    @CommandLine.Option(
            names = "--prefer",
            paramLabel = "ID=N",
            description = "your rank-list order for a program (1 = most wanted)")
    Map<String, Integer> preferences = new LinkedHashMap<>();

    @CommandLine.Option(names = "--note", paramLabel = "ID=TEXT", description = "a note on a program")
    Map<String, String> notes = new LinkedHashMap<>();

    boolean any() {
        return !(add.isEmpty()
                && applied.isEmpty()
                && invited.isEmpty()
                && interviewed.isEmpty()
                && waitlisted.isEmpty()
                && rejected.isEmpty()
                && withdrawn.isEmpty()
                && signals.isEmpty()
                && preferences.isEmpty()
                && notes.isEmpty());
    }

    /** The tracker with every edit made; a program not in it is added (the catalog check comes after). */
    Tracker apply(Tracker tracker, LocalDate today) {
        LocalDate on = date != null ? date : today;
        Tracker t = tracker;
        t = status(t, add, Tracker.Status.PLANNED, on);
        t = status(t, applied, Tracker.Status.NO_WORD, on);
        t = status(t, waitlisted, Tracker.Status.WAITLISTED, on);
        t = status(t, invited, Tracker.Status.INVITED, on);
        t = status(t, interviewed, Tracker.Status.INTERVIEWED, on);
        t = status(t, rejected, Tracker.Status.REJECTED, on);
        t = status(t, withdrawn, Tracker.Status.WITHDRAWN, on);
        for (var s : signals.entrySet()) {
            t = t.with(entry(t, s.getKey()).withSignal(s.getValue()));
        }
        for (var p : preferences.entrySet()) {
            t = t.with(entry(t, p.getKey()).withPreference(p.getValue()));
        }
        for (var n : notes.entrySet()) {
            t = t.with(entry(t, n.getKey()).withNotes(n.getValue()));
        }
        return t;
    }

    private static Tracker status(Tracker t, List<String> named, Tracker.Status status, LocalDate on) {
        Tracker out = t;
        List<String> ids = status == Tracker.Status.NO_WORD && named.contains("all")
                ? t.entries().stream()
                        .filter(e -> e.status() == Tracker.Status.PLANNED)
                        .map(Tracker.Entry::id)
                        .toList()
                : named;
        for (String id : ids) {
            out = out.with(entry(out, id).withStatus(status, on));
        }
        return out;
    }

    private static Tracker.Entry entry(Tracker t, String id) {
        return t.entry(id).orElse(Tracker.Entry.planned(id, Signal.NONE));
    }
}

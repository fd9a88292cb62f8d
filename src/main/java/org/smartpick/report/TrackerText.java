package org.smartpick.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.smartpick.engine.tracker.LateAdditions;
import org.smartpick.engine.tracker.SeasonOutlook;
import org.smartpick.match.RankListOdds;
import org.smartpick.profile.Tracker;

/** The tracker report's JSON parts and sentences, shared by the API and the command line. */
final class TrackerText {
    /** The sizes of addition offered as steps ("+5 programs now", "+10", "+20"). */
    static final int[] STEPS = {5, 10, 20};

    private TrackerText() {}

    static String pct(double p) {
        return String.format(Locale.ROOT, "%.0f %%", 100 * p);
    }

    /** "Was 81 %, now 93 % after 6 invitations and 2 rejections." */
    static String summary(TrackerReport r) {
        String gone = r.notInCatalog().isEmpty()
                ? ""
                : " Not in the active catalog any more, so left out: " + String.join(", ", r.notInCatalog()) + ".";
        return heard(r) + gone;
    }

    private static String heard(TrackerReport r) {
        if (r.planOnly()) {
            return "Nothing marked as sent yet: the plan's chance of matching is "
                    + pct(r.outlook().pMatch())
                    + " (" + pct(r.outlook().pMatchLow()) + "–"
                    + pct(r.outlook().pMatchHigh()) + "). Mark each"
                    + " application as sent, then what you hear, and the chance follows.";
        }
        int invited = r.invitations();
        int rejected = r.count(Tracker.Status.REJECTED);
        String heard = invited + rejected == 0
                ? "with nothing heard yet"
                : "after " + plural(invited, "invitation")
                        + (rejected > 0 ? " and " + plural(rejected, "rejection") : "");
        return String.format(
                Locale.ROOT,
                "Chance of matching: was %s at the start of the season, now %s (%s–%s) %s;"
                        + " %.1f more interviews expected from the programs still silent.",
                pct(r.outlook().pMatchBefore()),
                pct(r.outlook().pMatch()),
                pct(r.outlook().pMatchLow()),
                pct(r.outlook().pMatchHigh()),
                heard,
                r.outlook().moreInterviews());
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    static List<Map<String, Object>> programs(TrackerReport r) {
        Map<String, SeasonOutlook.Pending> pending = new HashMap<>();
        r.outlook().pending().forEach(p -> pending.put(p.chance().program().id(), p));
        List<Map<String, Object>> out = new ArrayList<>();
        for (TrackerReport.Line l : r.lines()) {
            Map<String, Object> m = new LinkedHashMap<>(l.entry().json());
            m.put("name", l.chance().program().name());
            m.put("interviewAtStart", l.chance().outcome(l.entry().signal()).interview());
            SeasonOutlook.Pending p = pending.get(l.chance().program().id());
            if (p != null) {
                m.put("interviewNow", p.interviewNow());
            }
            out.add(m);
        }
        return out;
    }

    /** The additions as steps of 5, 10 and 20 programs, each with its chance and fees, and the programs in order. */
    static Map<String, Object> applyMore(TrackerReport r) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("area", r.additionsArea());
        List<Map<String, Object>> steps = new ArrayList<>();
        List<LateAdditions.Step> additions = r.additions();
        for (int n : STEPS) {
            if (additions.size() >= n || (n == STEPS[0] && !additions.isEmpty())) {
                int k = Math.min(n, additions.size());
                int fees = additions.subList(0, k).stream()
                        .mapToInt(LateAdditions.Step::fee)
                        .sum();
                double to = additions.get(k - 1).pMatch();
                steps.add(JsonDocuments.fields(
                        "programs",
                        k,
                        "pMatch",
                        to,
                        "fees",
                        fees,
                        "text",
                        String.format(
                                Locale.ROOT,
                                "+%d programs now: %s → %s, $%,d",
                                k,
                                pct(r.outlook().pMatch()),
                                pct(to),
                                fees)));
            }
        }
        doc.put("steps", steps);
        doc.put(
                "programs",
                additions.stream()
                        .map(s -> JsonDocuments.fields(
                                "id",
                                s.chance().program().id(),
                                "name",
                                s.chance().program().name(),
                                "pMatch",
                                s.pMatch(),
                                "fee",
                                s.fee()))
                        .toList());
        return doc;
    }

    static Map<String, Object> rankList(RankListOdds.Result result) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("pMatch", result.pMatch());
        doc.put("pMatchLow", result.pMatchLow());
        doc.put("pMatchHigh", result.pMatchHigh());
        doc.put(
                "ranks",
                result.steps().stream()
                        .map(s -> JsonDocuments.fields(
                                "rank",
                                s.rank(),
                                "id",
                                s.chance().program().id(),
                                "name",
                                s.chance().program().name(),
                                "matchHere",
                                s.matchHere(),
                                "matchedByHere",
                                s.matchedByHere()))
                        .toList());
        return doc;
    }
}

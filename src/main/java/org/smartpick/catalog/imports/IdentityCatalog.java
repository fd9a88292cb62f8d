package org.smartpick.catalog.imports;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.smartpick.engine.UsState;
import org.smartpick.engine.season.Program;
import org.smartpick.engine.season.ProgramPolicy;
import org.smartpick.engine.season.ProgramStats;
import org.smartpick.engine.season.Provenance;
import org.smartpick.engine.season.Site;

/**
 * A catalog of identity facts only — name, city, state, ZIP, specialty and track, setting, ACGME id, website — the
 * public facts of the ACGME and ERAS directories that may be bundled (../shared/data/README.md), built from an
 * import and merged with hand-written rows: a hand-written row that names the same program (its ACGME id, else the
 * same specialty and city and most of the name's words) keeps its id and gains the ACGME id; the others are added.
 * Statistics, visa policies, positions and interview rates never enter it.
 */
public final class IdentityCatalog {
    /** Share of the shorter name's distinctive words the other must have for a hand-written row to match. */
    static final double SAME_PROGRAM = 0.5;
    /** The overlap a program listed in another city of the state needs. */
    static final double ELSEWHERE = 0.75;

    /** The merged rows and what happened to the hand-written ones. */
    public record Result(List<Program> programs, int matched, List<String> unmatchedHandWritten) {
        public Result {
            programs = List.copyOf(programs);
            unmatchedHandWritten = List.copyOf(unmatchedHandWritten);
        }
    }

    private IdentityCatalog() {}

    /** The program with its identity facts only, under the import's id (the ACGME id, with a track letter). */
    public static Program identity(Program p, String source) {
        return new Program(
                p.id(),
                p.acgmeId(),
                p.specialty(),
                p.name(),
                p.institution(),
                new Site(p.site().city(), p.state(), p.site().zip(), null),
                p.setting(),
                null,
                ProgramPolicy.UNKNOWN,
                p.url(),
                new Provenance(source, false, null),
                ProgramStats.NONE);
    }

    /** The imported programs of these states as identity rows, merged with the hand-written rows. */
    public static Result build(List<Program> imported, Set<UsState> states, List<Program> handWritten, String source) {
        Map<String, Program> byId = new LinkedHashMap<>();
        imported.stream()
                .filter(p -> states.contains(p.state()))
                .map(p -> identity(p, source))
                .forEach(p -> byId.putIfAbsent(p.id(), p));
        List<Program> out = new ArrayList<>();
        List<String> unmatched = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (Program hand : handWritten) {
            Program same =
                    hand.acgmeId() != null ? byAcgmeId(hand, byId.values(), taken) : match(hand, byId.values(), taken);
            if (same == null) {
                unmatched.add(
                        hand.id() + " (" + hand.name() + ", " + hand.site().city() + ")");
                out.add(hand);
            } else {
                taken.add(same.id());
                out.add(withAcgmeId(hand, same.acgmeId()));
            }
        }
        byId.values().stream().filter(p -> !taken.contains(p.id())).forEach(out::add);
        return new Result(out, handWritten.size() - unmatched.size(), unmatched);
    }

    /**
     * The listed program a hand-written row names, same specialty and state: in the same city the best overlap of
     * distinctive words when it is clearly the best (hand-written names carry the specialty, listed ones the
     * sponsor: "UCLA Internal Medicine" is "UCLA David Geffen School of Medicine/UCLA Medical Center Program");
     * elsewhere in the state (a program listed at its sponsor's address) only a near-complete overlap.
     */
    private static Program match(Program hand, Iterable<Program> candidates, Set<String> taken) {
        Set<String> words = NrmpJoin.words(hand.name() + " " + (hand.institution() == null ? "" : hand.institution()));
        words.removeAll(NrmpJoin.words(hand.specialty().label() + " preliminary integrated"));
        Program[] best = new Program[2];
        double[][] scores = new double[2][2];
        for (Program c : candidates) {
            if (c.specialty() != hand.specialty() || c.state() != hand.state() || taken.contains(c.id())) {
                continue;
            }
            int where = sameCity(hand, c) ? 0 : 1;
            double score = InterviewRateJoin.similarity(words, NrmpJoin.words(c.name()));
            if (score > scores[where][0]) {
                scores[where][1] = scores[where][0];
                scores[where][0] = score;
                best[where] = c;
            } else if (score > scores[where][1]) {
                scores[where][1] = score;
            }
        }
        if (scores[0][0] > 0 && (scores[0][0] >= SAME_PROGRAM || scores[0][0] > scores[0][1])) {
            return best[0];
        }
        return scores[1][0] >= ELSEWHERE && scores[1][0] > scores[1][1] ? best[1] : null;
    }

    private static Program byAcgmeId(Program hand, Iterable<Program> candidates, Set<String> taken) {
        for (Program c : candidates) {
            if (hand.acgmeId().equals(c.acgmeId()) && c.specialty() == hand.specialty() && !taken.contains(c.id())) {
                return c;
            }
        }
        return null;
    }

    private static boolean sameCity(Program a, Program b) {
        return a.state() == b.state()
                && a.site()
                        .city()
                        .toLowerCase(Locale.ROOT)
                        .equals(b.site().city().toLowerCase(Locale.ROOT));
    }

    private static Program withAcgmeId(Program p, String acgmeId) {
        return new Program(
                p.id(),
                acgmeId,
                p.specialty(),
                p.name(),
                p.institution(),
                new Site(p.site().city(), p.state(), p.site().zip(), p.point()),
                p.setting(),
                p.pgy1Positions(),
                p.policy(),
                p.url(),
                new Provenance(
                        p.provenance().source(),
                        p.provenance().verified(),
                        p.provenance().notes()),
                p.stats());
    }
}

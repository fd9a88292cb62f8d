package org.smartpick.engine.season;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.smartpick.engine.GeoPoint;
import org.smartpick.engine.Invariants;
import org.smartpick.engine.ProgramSetting;
import org.smartpick.engine.Specialty;
import org.smartpick.engine.UsState;
import org.smartpick.engine.Visa;

/**
 * A residency program (one specialty and track at one institution) as the catalog knows it. Unknown values are
 * null — the chance model uses priors for them — and are never guessed.
 *
 * @param id                       the catalog's stable program id
 * @param acgmeId                  the 10-digit ACGME program id, null when not known
 * @param site                     where it is
 * @param policy                   what the program publishes about whom it takes (visas, limits)
 * @param provenance               where the row's facts come from
 * @param stats                    what the official exports publish about it (none for hand-written rows)
 */
public record Program(
        String id,
        String acgmeId,
        Specialty specialty,
        String name,
        String institution,
        Site site,
        ProgramSetting setting,
        Integer pgy1Positions,
        ProgramPolicy policy,
        String url,
        Provenance provenance,
        ProgramStats stats) {
    public Program {
        Invariants.present("id", Invariants.text("id", id));
        if (acgmeId != null && !acgmeId.matches("\\d{10}")) {
            throw new IllegalArgumentException("acgmeId must have 10 digits, got " + acgmeId);
        }
        Invariants.present("specialty", specialty);
        Invariants.present("name", Invariants.text("name", name));
        Invariants.present("site", site);
        if (pgy1Positions != null) {
            Invariants.range("pgy1Positions", pgy1Positions, 0, 500);
        }
        policy = policy == null ? ProgramPolicy.UNKNOWN : policy;
        Invariants.present("provenance", provenance);
        stats = stats == null ? ProgramStats.NONE : stats;
    }

    /** The same program with other statistics. */
    public Program withStats(ProgramStats next) {
        return rebuilt(pgy1Positions, url, next);
    }

    /** The same program with another number of PGY-1 positions. */
    public Program withPgy1Positions(Integer positions) {
        return rebuilt(positions, url, stats);
    }

    /** The same program with another web page. */
    public Program withUrl(String next) {
        return rebuilt(pgy1Positions, next, stats);
    }

    private Program rebuilt(Integer positions, String page, ProgramStats facts) {
        return new Program(
                id, acgmeId, specialty, name, institution, site, setting, positions, policy, page, provenance, facts);
    }

    public UsState state() {
        return site.state();
    }

    public GeoPoint point() {
        return site.point();
    }

    public Optional<GeoPoint> location() {
        return site.location();
    }

    /** Whether the program sponsors the visa, if known; a program always "sponsors" no visa. */
    public Optional<Boolean> sponsors(Visa visa) {
        return policy.sponsors(visa);
    }

    /**
     * The kind of program in words — the seed article's tiers are kinds: academic reach, mid-size community or
     * county target, newer or smaller safety — e.g. "community, 12 PGY-1 positions, new (initial accreditation)".
     */
    public String kind() {
        List<String> parts = new ArrayList<>();
        if (setting != null) {
            parts.add(
                    switch (setting) {
                        case UNIVERSITY -> "academic";
                        case UNIVERSITY_AFFILIATED -> "university-affiliated community";
                        case COMMUNITY -> "community";
                        case COUNTY -> "county";
                        case VA_MILITARY -> "VA/military";
                    });
        }
        Integer positions =
                pgy1Positions != null ? pgy1Positions : stats.explorer().positionsOffered();
        if (positions != null && positions > 0) {
            parts.add(positions + " PGY-1 position" + (positions == 1 ? "" : "s"));
        }
        if (stats.explorer().isNew().orElse(false)) {
            parts.add("new (initial accreditation)");
        }
        return parts.isEmpty() ? "kind not known" : String.join(", ", parts);
    }
}

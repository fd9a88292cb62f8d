package org.smartpick.engine.tracker;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * When programs send their interview invitations: the share of a program's eventual invitations sent a number of
 * days after applications reach programs, piecewise linear between known points. PRIOR: no published distribution
 * of invitation dates was available here (docs/model.md, "The season tracker"); the curve encodes the commonly
 * reported pattern — a first wave within days of the release, most invitations by the end of November, a tail into
 * January — and is the same for every specialty until data says otherwise.
 *
 * @param release the day programs receive applications (AAMC ERAS 2026 timeline: September 24, 2025)
 */
public record InvitationTiming(LocalDate release) {
    /** Days after the release, and the share of invitations sent by then (PRIOR, see above). */
    private static final int[] DAYS = {0, 7, 21, 42, 63, 91, 120, 150};

    private static final double[] SHARE = {0.0, 0.15, 0.40, 0.65, 0.80, 0.92, 0.98, 1.0};

    public InvitationTiming {
        if (release == null) {
            throw new IllegalArgumentException("the release date is required");
        }
    }

    /** The timing of the season that ends in the Match of {@code matchYear}: release on September 24 the year before. */
    public static InvitationTiming forMatch(int matchYear) {
        return new InvitationTiming(LocalDate.of(matchYear - 1, 9, 24));
    }

    /**
     * The timing of the season a day falls in: a season's applications reach programs in late September and its
     * Match is in March, so from June on a day belongs to the season released that September, before June to the
     * one released the September before (the release day of later seasons is taken as September 24, a PRIOR until
     * the AAMC publishes it).
     */
    public static InvitationTiming seasonOf(LocalDate day) {
        return new InvitationTiming(LocalDate.of(day.getMonthValue() >= 6 ? day.getYear() : day.getYear() - 1, 9, 24));
    }

    /** The Match year of this season. */
    public int matchYear() {
        return release.getYear() + 1;
    }

    /**
     * The share of its invitations a program has sent by {@code asOf} to an application sent on {@code applied}
     * (a late application is read when it arrives: its clock starts then).
     */
    public double shareSentBy(LocalDate asOf, LocalDate applied) {
        LocalDate start = applied == null || applied.isBefore(release) ? release : applied;
        return shareAfterDays(ChronoUnit.DAYS.between(start, asOf));
    }

    /**
     * The share of the applicants a program will not invite that it has told so by {@code asOf}: PRIOR, half of
     * programs ever send a rejection, on the invitations' curve four weeks later (many never do; silence is
     * then the answer).
     */
    public double rejectionsSentBy(LocalDate asOf, LocalDate applied) {
        LocalDate start = applied == null || applied.isBefore(release) ? release : applied;
        return REJECTING * shareAfterDays(ChronoUnit.DAYS.between(start, asOf) - REJECTION_LAG_DAYS);
    }

    /** PRIOR (see {@link #rejectionsSentBy}): the share of programs that send rejections, and their lag. */
    static final double REJECTING = 0.5;

    static final int REJECTION_LAG_DAYS = 28;

    /** The share of invitations still to come on {@code asOf}: what a new application can still hope for. */
    public double shareLeft(LocalDate asOf) {
        return 1 - shareAfterDays(ChronoUnit.DAYS.between(release, asOf));
    }

    static double shareAfterDays(long days) {
        if (days <= 0) {
            return 0;
        }
        for (int i = 1; i < DAYS.length; i++) {
            if (days <= DAYS[i]) {
                double t = (double) (days - DAYS[i - 1]) / (DAYS[i] - DAYS[i - 1]);
                return SHARE[i - 1] + t * (SHARE[i] - SHARE[i - 1]);
            }
        }
        return 1;
    }
}

package org.smartpick.engine.advice;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.smartpick.engine.Visa;
import org.smartpick.engine.chance.Parameter;
import org.smartpick.engine.chance.ProgramChance;
import org.smartpick.engine.profile.Applicant;
import org.smartpick.engine.profile.ImgCredentials;
import org.smartpick.engine.profile.Profile;
import org.smartpick.engine.profile.ScoredExam;
import org.smartpick.engine.recommend.Advice;
import org.smartpick.engine.recommend.BackupOption;
import org.smartpick.engine.recommend.Recommendation;
import org.smartpick.engine.recommend.RecommendedProgram;
import org.smartpick.engine.recommend.Tier;
import org.smartpick.engine.recommend.WhatIf;
import org.smartpick.engine.recommend.WhatIfResult;

/**
 * The strategy advice of the seed article, as rules: each method is one rule that says when it applies and, where
 * the model can, what it changes in P(match). No advice is given that does not apply.
 */
final class StrategyAdvisor {
    /** Advice that changes P(match) by less than this many points is not worth a line. */
    public static final double WORTH_POINTS = 1.0;
    /** Below this P(match) the advice never says "stop" (issue 12: the seed's applicant sends 40–60+). */
    static final double STOP_FROM = 0.90;
    /** A Step 2 CK this far below matched applicants' median is a "low score" the article says to address. */
    public static final int LOW_SCORE_GAP = 10;

    public List<Advice> advise(AdviceContext c) {
        List<Advice> out = new ArrayList<>();
        applicationCount(c).ifPresent(out::add);
        signals(c).ifPresent(out::add);
        regionalLetter(c).ifPresent(out::add);
        auditionRotation(c).ifPresent(out::add);
        addressLowScore(c).ifPresent(out::add);
        explainFailure(c).ifPresent(out::add);
        backupSpecialty(c).ifPresent(out::add);
        usClinicalExperience(c).ifPresent(out::add);
        visaSponsorship(c).ifPresent(out::add);
        return out;
    }

    /** The budget buys fewer (or many more) applications than the point where one more stops paying. */
    Optional<Advice> applicationCount(AdviceContext c) {
        Recommendation r = c.recommendation();
        int n = r.programs().size();
        int recommended = r.recommendedApplications();
        if (n < recommended) {
            double gain = 100 * (r.pMatchAtRecommended() - r.outlook().pMatch());
            int extra = c.recommender().season().fees().cost(recommended) - r.cost();
            if (gain >= WORTH_POINTS) {
                return Optional.of(new Advice(
                        "application-count",
                        "Apply to " + recommended + " programs",
                        String.format(
                                Locale.ROOT,
                                "Your budget buys %d applications (P(match) %s). Up to %d, each"
                                        + " one still adds at least %.1f points: %s for $%,d more.",
                                n,
                                pct(r.outlook().pMatch()),
                                recommended,
                                c.options().marginalPoints(),
                                pct(r.pMatchAtRecommended()),
                                extra),
                        gain));
            }
        } else if (n > recommended + 5) {
            return Optional.of(stopOrSendAll(c, n, recommended));
        }
        return Optional.empty();
    }

    /**
     * Past the recommended number: "stop" only when P(match) there is at least {@link #STOP_FROM}, with the risk
     * left and what ten more would add; below it, the list's last applications are named with what they buy.
     */
    private static Advice stopOrSendAll(AdviceContext c, int n, int recommended) {
        Recommendation r = c.recommendation();
        int saved = r.cost() - c.recommender().season().fees().cost(recommended);
        double at = r.pMatchAtRecommended();
        double rest = 100 * (r.outlook().pMatch() - at);
        if (Math.round(100 * at) >= Math.round(100 * STOP_FROM)) {
            return new Advice(
                    "application-count",
                    String.format(Locale.ROOT, "Stop at %d: P(match) %s", recommended, pct(at)),
                    String.format(
                            Locale.ROOT,
                            "At %d applications the risk of not matching"
                                    + " is %s; each 10 more adds about %.1f points (the last %d of your list add %.1f points"
                                    + " together and cost $%,d).",
                            recommended,
                            pct(1 - at),
                            r.tenMorePoints(),
                            n - recommended,
                            rest,
                            saved),
                    -rest);
        }
        return new Advice(
                "application-count",
                String.format(Locale.ROOT, "Send all %d: at %d P(match) is only %s", n, recommended, pct(at)),
                String.format(
                        Locale.ROOT,
                        "Beyond %d applications each one adds less"
                                + " than %.1f points, but at %s the risk of not matching is %s: the other %d add %.1f points"
                                + " ($%,d). A wider area or a backup specialty buys more (below).",
                        recommended,
                        c.options().marginalPoints(),
                        pct(at),
                        pct(1 - at),
                        n - recommended,
                        rest,
                        saved),
                rest);
    }

    /** Where the signals go: programs where the applicant is realistic, the gain they bring. */
    Optional<Advice> signals(AdviceContext c) {
        List<RecommendedProgram> signaled = c.recommendation().signalPlan();
        if (signaled.isEmpty()) {
            return Optional.empty();
        }
        long reach = signaled.stream().filter(p -> p.tier() == Tier.REACH).count();
        String names = String.join(
                ", ",
                signaled.stream()
                        .limit(5)
                        .map(p -> p.program().name() + " (" + p.signal().name().toLowerCase(Locale.ROOT) + ")")
                        .toList());
        return Optional.of(new Advice(
                "signals",
                "Signal where a signal changes the answer",
                "Signals go where they raise your chance most — mostly programs where you are realistic, not the"
                        + " famous ones: " + names
                        + (signaled.size() > 5 ? " and " + (signaled.size() - 5) + " more" : "") + "."
                        + (reach > 0 ? " A reach is worth a signal only with strong ties" + " to it." : ""),
                null));
    }

    /** A letter from a physician in the target region, for an applicant who targets one and has none. */
    Optional<Advice> regionalLetter(AdviceContext c) {
        Profile p = c.profile();
        boolean targetsRegion = !p.preferences().regions().isEmpty()
                || !p.preferences().states().isEmpty();
        if (!targetsRegion || p.letters().fromTargetRegion()) {
            return Optional.empty();
        }
        WhatIfResult r = c.price(new WhatIf.RegionalLetter());
        if (r.applicationsBefore() == 0) {
            return Optional.empty();
        }
        return Optional.of(new Advice(
                "regional-letter",
                "Get a letter from a physician in your target region",
                String.format(
                        Locale.ROOT,
                        "Programs read a local letter as a tie to the region: P(match) %s → %s.",
                        pct(r.pMatchBefore()),
                        pct(r.pMatchAfter())),
                r.gainPoints()));
    }

    /** An audition rotation at a realistic program of the list. */
    Optional<Advice> auditionRotation(AdviceContext c) {
        if (!c.profile().awayRotations().isEmpty()) {
            return Optional.empty();
        }
        // A target where there is one (a reach rotation rarely pays), else the list's best chance.
        Optional<RecommendedProgram> target = c.recommendation().programs().stream()
                .filter(p -> p.tier() == Tier.TARGET)
                .findFirst()
                .or(() -> c.recommendation().programs().stream().findFirst());
        return target.map(t -> {
            Profile with = c.profile().withAwayRotations(List.of(t.program().id()));
            ProgramChance after = c.recommender()
                    .model()
                    .forApplicant(
                            new Applicant(with, c.applicant().radiusCenter()),
                            c.recommendation().specialty())
                    .assess(c.candidate(t.program()));
            return new Advice(
                    "audition-rotation",
                    "Do an audition rotation at a program you can match",
                    String.format(
                            Locale.ROOT,
                            "An away rotation at %s would take your interview chance there from"
                                    + " %s to %s: programs rank the rotators they know.",
                            t.program().name(),
                            pct(t.outcome().interview()),
                            pct(after.outcome(t.signal()).interview())),
                    null);
        });
    }

    /** A score well below matched applicants: address it once, show the trajectory, do not dwell. */
    Optional<Advice> addressLowScore(AdviceContext c) {
        ScoredExam step2 = c.profile().exams().step2ck();
        double median = c.recommender().model().matchedStep2(c.recommendation().specialty());
        if (step2 == null || step2.isPending() || step2.score() > median - LOW_SCORE_GAP) {
            return Optional.empty();
        }
        return Optional.of(new Advice(
                "low-score",
                "Address your Step 2 CK briefly — then move on",
                String.format(
                        Locale.ROOT,
                        "Your %d is %.0f points below matched applicants (%.0f). In the personal"
                                + " statement and at interviews, name it once, say what you changed, and point to stronger"
                                + " evidence (clerkship evaluations, letters, Step 3 if you take it); do not dwell on it.",
                        step2.score(),
                        median - step2.score(),
                        median),
                null));
    }

    /** A failed exam: explain it once and show what changed. */
    Optional<Advice> explainFailure(AdviceContext c) {
        int failures = c.profile().redFlags().examFailures();
        if (failures == 0) {
            return Optional.empty();
        }
        return Optional.of(new Advice(
                "exam-failure",
                "Explain the failed attempt and show the pass",
                failures + " failed sitting(s) screen you out at many programs. Say plainly what happened and what"
                        + " you changed; a strong later score is your best answer.",
                null));
    }

    /** The best backup option when the target alone leaves a real risk of not matching. */
    Optional<Advice> backupSpecialty(AdviceContext c) {
        return c.recommendation().backups().stream()
                .filter(b -> 100 * b.gain() >= WORTH_POINTS)
                .max(Comparator.comparingDouble(BackupOption::gain))
                .map(b -> new Advice(
                        "backup",
                        "Add " + b.extraApplications() + " " + b.specialty().label() + " applications",
                        String.format(
                                Locale.ROOT,
                                "P(match) in %s alone is %s. Adding"
                                        + " %d %s applications ($%,d) raises your chance of matching somewhere to %s.",
                                c.recommendation().specialty().label(),
                                pct(b.pMatchBefore()),
                                b.extraApplications(),
                                b.specialty().label(),
                                b.extraCost(),
                                pct(b.pMatchAfter())),
                        100 * b.gain()));
    }

    /** International graduates with little US clinical experience. */
    Optional<Advice> usClinicalExperience(AdviceContext c) {
        ImgCredentials img = c.profile().img();
        double needed = c.recommender().model().parameters().get(Parameter.USCE_MONTHS_NEEDED);
        if (img == null || img.usceMonths() >= needed) {
            return Optional.empty();
        }
        return Optional.of(new Advice(
                "usce",
                "Get more US clinical experience",
                String.format(
                        Locale.ROOT,
                        "You have %d month(s); many programs screen for at least %.0f months of hands-on US experience.",
                        img.usceMonths(),
                        needed),
                null));
    }

    /** A visa is needed and some listed programs are not known to sponsor it. */
    Optional<Advice> visaSponsorship(AdviceContext c) {
        Visa visa = c.profile().visa();
        if (visa == Visa.NONE) {
            return Optional.empty();
        }
        long unknown = c.recommendation().programs().stream()
                .filter(p -> p.program().sponsors(visa).isEmpty())
                .count();
        if (unknown == 0) {
            return Optional.empty();
        }
        return Optional.of(new Advice(
                "visa",
                "Check visa sponsorship before you apply",
                unknown + " program(s) on"
                        + " your list are not known to sponsor " + (visa == Visa.J1 ? "J-1" : "H-1B")
                        + " visas; check each"
                        + " program's website, since one that does not sponsor will not interview you.",
                null));
    }

    /** A probability as whole percent, "42%": how every advice sentence says a chance. */
    public static String pct(double p) {
        return String.format(Locale.ROOT, "%.0f%%", 100 * p);
    }
}

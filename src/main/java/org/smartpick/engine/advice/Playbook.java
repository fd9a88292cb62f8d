package org.smartpick.engine.advice;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.smartpick.engine.advice.PlaybookItem.Phase;
import org.smartpick.engine.chance.Parameter;
import org.smartpick.engine.profile.LetterStrength;
import org.smartpick.engine.profile.Profile;
import org.smartpick.engine.profile.RedFlags;
import org.smartpick.engine.profile.ScoredExam;
import org.smartpick.engine.recommend.WhatIf;
import org.smartpick.engine.recommend.WhatIfResult;

/**
 * The seed article's playbook as rules on the profile: the written application (personal statement, ERAS
 * "Additional Information" for each red flag, letters), the research-year decision and local clinical work here,
 * the season's items (interviews, outreach, events, away rotations, the rank list) in {@link SeasonPlaybook}. Each
 * rule returns nothing for a profile it does not fit; the items come out in season order.
 */
final class Playbook {
    /** A research year is worth weighing when it adds at least this many points of P(match) (a prior). */
    static final double RESEARCH_YEAR_WORTH = 5.0;

    private final SeasonPlaybook season = new SeasonPlaybook();

    public List<PlaybookItem> items(AdviceContext c) {
        List<PlaybookItem> out = new ArrayList<>();
        personalStatement(c).ifPresent(out::add);
        out.addAll(additionalInformation(c.profile().redFlags()));
        letters(c).ifPresent(out::add);
        researchYear(c).ifPresent(out::add);
        localClinicalWork(c).ifPresent(out::add);
        out.addAll(season.items(c));
        out.sort(Comparator.comparing(PlaybookItem::phase));
        return out;
    }

    /** The matched median Step 2 CK of the target specialty (the model's prior where none is published). */
    static double matchedMedian(AdviceContext c) {
        return c.recommender().model().matchedStep2(c.recommendation().specialty());
    }

    /** The applicant's Step 2 CK when it is at least {@link StrategyAdvisor#LOW_SCORE_GAP} below matched applicants' median. */
    static Optional<ScoredExam> lowScore(AdviceContext c) {
        ScoredExam step2 = c.profile().exams().step2ck();
        if (step2 == null || step2.isPending() || step2.score() > matchedMedian(c) - StrategyAdvisor.LOW_SCORE_GAP) {
            return Optional.empty();
        }
        return Optional.of(step2);
    }

    /** Years between graduation and the start of residency in the season planned for. */
    static int yearsSinceGraduation(AdviceContext c) {
        return Math.max(0, c.recommender().model().season().year() - c.profile().graduationYear());
    }

    Optional<PlaybookItem> personalStatement(AdviceContext c) {
        Optional<ScoredExam> low = lowScore(c);
        int failures = c.profile().redFlags().examFailures();
        if (low.isEmpty() && failures == 0) {
            return Optional.empty();
        }
        String why = low.map(s -> String.format(
                        Locale.ROOT,
                        "your Step 2 CK %d is %.0f points below matched" + " applicants' median (%.0f)",
                        s.score(),
                        matchedMedian(c) - s.score(),
                        matchedMedian(c)))
                .orElse(failures + " failed exam sitting(s)");
        return Optional.of(new PlaybookItem(
                "personal-statement",
                "One paragraph on the score in your personal" + " statement",
                Phase.BEFORE_ERAS,
                why,
                List.of(
                        "Context in one sentence: the score and what was going on — facts, not excuses.",
                        "What changed: how you study and work now.",
                        "The evidence since: " + evidence(c.profile()) + ".",
                        "Then move on: the rest of the statement is why "
                                + c.recommendation().specialty().label() + " and why "
                                + SeasonPlaybook.shortArea(c.profile()) + "."),
                List.of(
                        "Opening the statement with the score",
                        "More than one paragraph on it",
                        "Blaming others or the exam")));
    }

    private static String evidence(Profile p) {
        List<String> parts = new ArrayList<>();
        if (p.experience().honors() > 0) {
            parts.add(p.experience().honors() + " clerkship honors");
        }
        parts.add(p.letters().strength().name().toLowerCase(Locale.ROOT) + " letters");
        parts.add(
                p.exams().step3() != null && !p.exams().step3().isPending()
                        ? "your Step 3 " + p.exams().step3().score()
                        : "Step 3, if you take and pass it before interviews");
        return String.join(", ", parts);
    }

    /** One "Additional Information" entry per red flag the profile has. */
    List<PlaybookItem> additionalInformation(RedFlags flags) {
        List<PlaybookItem> out = new ArrayList<>();
        if (flags.examFailures() > 0) {
            out.add(explain(
                    "exam-failure",
                    "the failed exam attempt",
                    flags.examFailures() + " failed exam sitting(s)",
                    "the passing attempt and any later, stronger score"));
        }
        if (flags.leaveOfAbsence()) {
            out.add(explain(
                    "leave-of-absence",
                    "the leave of absence",
                    "a leave of absence",
                    "what you did on return: rotations completed, evaluations, the date you were back to full"
                            + " work"));
        }
        if (flags.professionalism()) {
            out.add(explain(
                    "professionalism",
                    "the professionalism concern",
                    "a professionalism concern on" + " record",
                    "the remediation completed and a letter that speaks to your conduct since"));
        }
        if (flags.priorUnmatched()) {
            out.add(explain(
                    "prior-unmatched",
                    "the previous application",
                    "you applied before and did not" + " match",
                    "what is stronger now: clinical work, research, new letters, a wider list"));
        }
        return out;
    }

    private static PlaybookItem explain(String flag, String what, String because, String evidence) {
        return new PlaybookItem(
                "additional-information-" + flag,
                "ERAS Additional Information: explain " + what,
                Phase.BEFORE_ERAS,
                because,
                List.of(
                        "What happened: the facts and dates in one or two sentences.",
                        "What you learned and what you changed.",
                        "Evidence of lasting improvement: " + evidence + "."),
                List.of("Leaving it unexplained: programs assume the worst", "A long justification"));
    }

    Optional<PlaybookItem> letters(AdviceContext c) {
        Profile p = c.profile();
        boolean targeted = !p.preferences().regions().isEmpty()
                || !p.preferences().states().isEmpty();
        boolean noRegional = targeted && !p.letters().fromTargetRegion();
        boolean weak = p.letters().strength() != LetterStrength.STRONG;
        if (!noRegional && !weak && p.img() == null) {
            return Optional.empty();
        }
        List<String> steps = new ArrayList<>();
        steps.add("Three or four letters, at least two from "
                + c.recommendation().specialty().label()
                + " physicians who supervised you clinically and can compare you with others.");
        if (noRegional) {
            steps.add("One from a physician in " + SeasonPlaybook.shortArea(p) + ": programs read a local letter as"
                    + " a tie to the region.");
        }
        if (p.img() != null) {
            steps.add("US letters from your US clinical experience; letters from home count for less.");
        }
        return Optional.of(new PlaybookItem(
                "letters",
                "Letters: which and from whom",
                Phase.BEFORE_ERAS,
                weak
                        ? "your letters are not yet strong"
                        : noRegional
                                ? "you have no letter from your target" + " region"
                                : "as an international graduate, US letters carry the most weight",
                steps,
                List.of("Letters from famous names who barely know you")));
    }

    Optional<PlaybookItem> researchYear(AdviceContext c) {
        double p = c.recommendation().outlook().pMatch();
        if (p >= 0.90 || c.recommendation().programs().isEmpty()) {
            return Optional.empty();
        }
        WhatIfResult year = c.price(new WhatIf.ResearchYear());
        boolean worth = year.gainPoints() >= RESEARCH_YEAR_WORTH;
        return Optional.of(new PlaybookItem(
                "research-year",
                "The research-year question",
                Phase.BEFORE_ERAS,
                String.format(Locale.ROOT, "P(match) is %s this season", StrategyAdvisor.pct(p)),
                List.of(
                        String.format(
                                Locale.ROOT,
                                "Priced with the model: a research year in %s (one more research"
                                        + " experience and publication, one more year since graduation) takes P(match) from"
                                        + " %s to %s next season.",
                                SeasonPlaybook.shortArea(c.profile()),
                                StrategyAdvisor.pct(year.pMatchBefore()),
                                StrategyAdvisor.pct(year.pMatchAfter())),
                        worth
                                ? "That is worth weighing against applying now with a wider list and a backup."
                                : "That is less than a wider list or a backup specialty buys now: apply this season.",
                        "A year at a target institution can also bring a regional letter and ties, which the"
                                + " figure does not count."),
                List.of("A research year with no clinical contact and no letter at its end")));
    }

    Optional<PlaybookItem> localClinicalWork(AdviceContext c) {
        Profile p = c.profile();
        int years = yearsSinceGraduation(c);
        double needed = c.recommender().model().parameters().get(Parameter.USCE_MONTHS_NEEDED);
        boolean img = p.img() != null && p.img().usceMonths() < needed;
        if (years < 1 && !img) {
            return Optional.empty();
        }
        return Optional.of(new PlaybookItem(
                "local-clinical-work",
                "Stay clinically active in your target area",
                Phase.BEFORE_ERAS,
                img
                        ? String.format(
                                Locale.ROOT,
                                "you have %d month(s) of US clinical" + " experience; many programs want %.0f",
                                p.img().usceMonths(),
                                needed)
                        : years + " year(s) will have passed since graduation",
                List.of(
                        "Clinical work near " + SeasonPlaybook.shortArea(p) + ": observerships or externships,"
                                + " a clinical job, volunteering at free clinics and community health events.",
                        "It brings recent US letters, a local tie and an answer to \"what have you done since"
                                + " graduating?\""),
                List.of("A gap with nothing in it")));
    }
}

package org.smartpick.engine.advice;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.smartpick.engine.Figure;
import org.smartpick.engine.Specialty;
import org.smartpick.engine.Track;
import org.smartpick.engine.profile.Applicant;
import org.smartpick.engine.profile.ScoredExam;
import org.smartpick.engine.recommend.Recommendation;
import org.smartpick.engine.recommend.RecommendationOptions;
import org.smartpick.engine.recommend.SearchArea;
import org.smartpick.engine.recommend.WhatIf;
import org.smartpick.engine.recommend.WhatIfResult;
import org.smartpick.engine.season.SpecialtyFacts;

/**
 * How realistic the target specialty is, and what else is: below {@link #REALISTIC_FROM} P(match) a plain statement
 * with the numbers, the levers priced with the model, and one recommendation per alternative specialty in the same
 * area at the same budget — the seed article's less score-driven specialties and the one-year PGY-1 positions.
 */
final class SpecialtyRealism {
    /** Below this P(match) the target is called out and the alternatives are priced (issue 12: below 70 %). */
    public static final double REALISTIC_FROM = 0.70;
    /** The seed article's alternatives: less score-driven specialties and the PGY-1 positions. */
    static final List<Specialty> ALTERNATIVES = List.of(
            Specialty.INTERNAL_MEDICINE,
            Specialty.FAMILY_MEDICINE,
            Specialty.PEDIATRICS,
            Specialty.PSYCHIATRY,
            Specialty.INTERNAL_MEDICINE_PRELIMINARY,
            Specialty.SURGERY_PRELIMINARY,
            Specialty.TRANSITIONAL_YEAR);
    /** The PGY-1 positions that precede an advanced specialty. */
    static final List<Specialty> PGY1 = List.of(
            Specialty.INTERNAL_MEDICINE_PRELIMINARY, Specialty.TRANSITIONAL_YEAR, Specialty.SURGERY_PRELIMINARY);

    public Optional<Realism> of(AdviceContext c) {
        Recommendation r = c.recommendation();
        if (!r.programs().isEmpty() && r.outlook().pMatch() >= REALISTIC_FROM) {
            return Optional.empty();
        }
        Set<Specialty> others = new LinkedHashSet<>(c.profile().backupSpecialties());
        others.addAll(ALTERNATIVES);
        others.remove(r.specialty());
        RecommendationOptions options = c.sameBudget().withoutBackups();
        List<SpecialtyOption> table = new ArrayList<>();
        table.add(option(r));
        c.recommender().each(List.copyOf(others), s -> price(c, s, options)).stream()
                .filter(o -> o.programs() > 0)
                .forEach(table::add);
        return Optional.of(new Realism(statement(c), r.programs().isEmpty() ? List.of() : levers(c), table));
    }

    /** For a specialty that starts at PGY-2: the PGY-1 options at the model's recommended number. */
    public Optional<Pgy1Year> pgy1Year(AdviceContext c) {
        Recommendation r = c.recommendation();
        if (r.specialty().track() != Track.ADVANCED) {
            return Optional.empty();
        }
        RecommendationOptions options = c.options().withBudget(null, null).withoutBackups();
        List<SpecialtyOption> priced = c.recommender().each(PGY1, s -> price(c, s, options)).stream()
                .filter(o -> o.programs() > 0)
                .toList();
        double best = priced.stream().mapToDouble(SpecialtyOption::pMatch).max().orElse(0);
        return Optional.of(new Pgy1Year(
                priced,
                r.outlook().pMatch() * best,
                String.format(
                        Locale.ROOT,
                        "%s"
                                + " programs start at PGY-2. Apply separately to preliminary or transitional PGY-1 programs (their"
                                + " own applications and fees) and attach to each %s program on your rank list a supplemental rank"
                                + " list of PGY-1 programs: if you match the advanced program, the Match places you from its"
                                + " supplemental list; if you do not, that list is not used, so rank PGY-1 programs on your primary"
                                + " list too if you want a year of training anyway.",
                        r.specialty().label(),
                        r.specialty().label())));
    }

    private static SpecialtyOption price(AdviceContext c, Specialty s, RecommendationOptions options) {
        Applicant other =
                new Applicant(c.profile().withSpecialty(s), c.applicant().radiusCenter());
        return option(c.recommender().recommend(other, c.catalog(), options, SearchArea.of(c.applicant())));
    }

    private static SpecialtyOption option(Recommendation r) {
        return new SpecialtyOption(
                r.specialty(),
                r.programs().isEmpty() ? 0 : r.outlook().pMatch(),
                r.programs().size(),
                r.cost(),
                r.candidates(),
                r.programs().stream().map(p -> p.program().id()).toList());
    }

    private static String statement(AdviceContext c) {
        Recommendation r = c.recommendation();
        if (r.programs().isEmpty()) {
            return String.format(
                    Locale.ROOT,
                    "The catalog has no %s programs open to you in %s, so SmartPick cannot"
                            + " give a chance for it there: widen the area or import a fuller catalog (docs/data.md).",
                    r.specialty().label(),
                    r.area());
        }
        StringBuilder s = new StringBuilder(String.format(
                Locale.ROOT,
                "%s is a long shot for this profile:"
                        + " P(match) %s with %d applications in %s — a %s risk of not matching.",
                r.specialty().label(),
                StrategyAdvisor.pct(r.outlook().pMatch()),
                r.programs().size(),
                r.area(),
                StrategyAdvisor.pct(1 - r.outlook().pMatch())));
        ScoredExam step2 = c.profile().exams().step2ck();
        Optional<SpecialtyFacts> facts = c.recommender().model().season().specialty(r.specialty());
        Optional<Figure> median = facts.map(SpecialtyFacts::step2Matched);
        if (step2 != null && !step2.isPending() && median.isPresent()) {
            s.append(String.format(
                    Locale.ROOT,
                    " Matched US MD seniors' median Step 2 CK is %.0f%s; yours is %d.",
                    median.get().value(),
                    facts.map(SpecialtyFacts::step2Unmatched)
                            .map(u -> String.format(Locale.ROOT, " (unmatched %.0f)", u.value()))
                            .orElse(""),
                    step2.score()));
        }
        return s.toString();
    }

    private static List<String> levers(AdviceContext c) {
        List<String> out = new ArrayList<>();
        ScoredExam step2 = c.profile().exams().step2ck();
        c.recommender()
                .model()
                .season()
                .specialty(c.recommendation().specialty())
                .map(SpecialtyFacts::step2Matched)
                .ifPresent(median -> {
                    if (step2 != null && !step2.isPending() && step2.score() < median.value()) {
                        int gap = (int) Math.round(median.value()) - step2.score();
                        WhatIfResult w = c.price(new WhatIf.Step2Change(gap));
                        out.add(String.format(
                                Locale.ROOT,
                                "Step 2 CK: at the matched median (%.0f) P(match)"
                                        + " would be %s instead of %s. A passed Step 2 CK cannot be retaken: this measures"
                                        + " the gap, not a plan.",
                                median.value(),
                                StrategyAdvisor.pct(w.pMatchAfter()),
                                StrategyAdvisor.pct(w.pMatchBefore())));
                    }
                });
        WhatIfResult year = c.price(new WhatIf.ResearchYear());
        out.add(String.format(
                Locale.ROOT,
                "A research year (one more research experience and publication, one"
                        + " more year since graduation): P(match) %s → %s next season.",
                StrategyAdvisor.pct(year.pMatchBefore()),
                StrategyAdvisor.pct(year.pMatchAfter())));
        if (c.recommendation().specialty().track() == Track.ADVANCED || isCompetitive(c)) {
            out.add("A preliminary year first, then reapplying with letters from the specialty's faculty: the"
                    + " usual route, but the model has no data on reapplicants' outcomes and does not price it.");
        }
        return out;
    }

    private static boolean isCompetitive(AdviceContext c) {
        return c.recommender()
                .model()
                .parameters()
                .isCompetitive(c.recommendation().specialty());
    }
}

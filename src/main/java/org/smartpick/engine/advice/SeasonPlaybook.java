package org.smartpick.engine.advice;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.smartpick.engine.Track;
import org.smartpick.engine.advice.PlaybookItem.Phase;
import org.smartpick.engine.chance.ApplicantChances;
import org.smartpick.engine.profile.Applicant;
import org.smartpick.engine.profile.Profile;
import org.smartpick.engine.profile.Ties;
import org.smartpick.engine.recommend.RecommendedProgram;

/**
 * The playbook's items for the season itself: outreach and events after submitting, away rotations (where the model
 * says they pay most), the interview questions this profile will face, and the rank-list rules.
 */
final class SeasonPlaybook {
    /** At most this many programs are named for an away rotation. */
    static final int AWAY_ROTATIONS = 3;

    List<PlaybookItem> items(AdviceContext c) {
        List<PlaybookItem> out = new ArrayList<>();
        awayRotations(c).ifPresent(out::add);
        outreach(c).ifPresent(out::add);
        events(c).ifPresent(out::add);
        interviewQuestions(c).ifPresent(out::add);
        rankList(c).ifPresent(out::add);
        return out;
    }

    /** Students (not yet graduated) without away rotations: the list's programs where one raises the chance most. */
    Optional<PlaybookItem> awayRotations(AdviceContext c) {
        Profile p = c.profile();
        if (!p.awayRotations().isEmpty()
                || Playbook.yearsSinceGraduation(c) > 0
                || c.recommendation().programs().isEmpty()) {
            return Optional.empty();
        }
        record Gain(RecommendedProgram program, double points) {}
        List<String> steps = new ArrayList<>();
        c.recommendation().programs().stream()
                .map(r -> new Gain(r, gain(c, r)))
                .sorted(Comparator.comparingDouble(Gain::points).reversed())
                .limit(AWAY_ROTATIONS)
                .forEach(g -> steps.add(String.format(
                        Locale.ROOT,
                        "%s: interview chance %s → %s with a rotation" + " there.",
                        g.program().program().name(),
                        StrategyAdvisor.pct(g.program().outcome().interview()),
                        StrategyAdvisor.pct(g.program().outcome().interview() + g.points()))));
        steps.add("Apply through VSLO in the spring; a rotation is a month-long interview: be the one they"
                + " remember for work, not for asking about the Match.");
        return Optional.of(new PlaybookItem(
                "away-rotations",
                "Away rotations where they pay most",
                Phase.BEFORE_ERAS,
                "you are a student without an away rotation yet",
                steps,
                List.of("Rotating where you have no realistic chance")));
    }

    private static double gain(AdviceContext c, RecommendedProgram r) {
        Profile with = c.profile().withAwayRotations(List.of(r.program().id()));
        ApplicantChances chances = c.recommender()
                .model()
                .forApplicant(
                        new Applicant(with, c.applicant().radiusCenter()),
                        c.recommendation().specialty());
        return chances.assess(c.candidate(r.program())).outcome(r.signal()).interview()
                - r.outcome().interview();
    }

    /** Applicants with ties to name: a short e-mail to the programs where the tie is real. */
    Optional<PlaybookItem> outreach(AdviceContext c) {
        Ties t = c.profile().ties();
        List<String> ties = new ArrayList<>(t.regions());
        ties.addAll(t.metros());
        if (t.homeState() != null) {
            ties.add(t.homeState().fullName());
        }
        if (ties.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new PlaybookItem(
                "outreach",
                "Outreach e-mails to programs where your tie is real",
                Phase.SUBMISSION,
                "you have ties to name (" + String.join(", ", ties) + ")",
                List.of(
                        "When: one to two weeks after you submit, and again only with news (a new score, a"
                                + " publication, an award).",
                        "To whom: the program coordinator, copying the program director, of programs where you"
                                + " have a real tie or sent a signal.",
                        "What: four sentences — who you are, your tie to the program or the region, one specific"
                                + " reason for this program, and that you applied."),
                List.of(
                        "Repeated \"please interview me\" e-mails",
                        "The same message to every program",
                        "Attaching your whole application")));
    }

    /** Anyone who targets an area: the programs' open houses and webinars. */
    Optional<PlaybookItem> events(AdviceContext c) {
        var prefs = c.profile().preferences();
        if (prefs.regions().isEmpty() && prefs.states().isEmpty() && prefs.radius() == null) {
            return Optional.empty();
        }
        return Optional.of(new PlaybookItem(
                "events",
                "Open houses, webinars and follow-up",
                Phase.SUBMISSION,
                "you target " + c.recommendation().area(),
                List.of(
                        "Attend the virtual open houses and webinars of your signalled and target programs"
                                + " (August–October).",
                        "Ask one question you could not answer from the website; note whom you met.",
                        "Follow up within two days with a short thank-you that names something specific."),
                List.of("Attending unprepared, camera off")));
    }

    /** Every applicant who interviews: the questions this profile will face and the shape of a good answer. */
    Optional<PlaybookItem> interviewQuestions(AdviceContext c) {
        if (c.recommendation().programs().isEmpty()) {
            return Optional.empty();
        }
        List<String> q = new ArrayList<>();
        Playbook.lowScore(c)
                .ifPresent(s -> q.add("\"Tell me about your Step 2 CK.\" Own it in one sentence, say"
                        + " what changed, give the evidence since, then turn to what you bring."));
        if (c.profile().redFlags().examFailures() > 0) {
            q.add("\"What happened on the failed attempt?\" The same three parts as your Additional Information:"
                    + " what happened, what you changed, the proof — calmly, in under a minute.");
        }
        if (Playbook.yearsSinceGraduation(c) > 0) {
            q.add("\"What have you done since graduating?\" Concrete clinical work, research or service, and"
                    + " what it taught you.");
        }
        if (c.profile().img() != null) {
            q.add("\"Why train in the US, and what is your US clinical experience?\" Name the rotations, what you"
                    + " did there, and who can vouch for you.");
        }
        q.add("\"Why " + shortArea(c.profile()) + "?\" Your ties and what keeps you there, specifically.");
        q.add("\"Why " + c.recommendation().specialty().label() + "?\" and \"Tell me about a difficult patient or a"
                + " conflict\": a real story — situation, what you did, the result, what you learned.");
        return Optional.of(new PlaybookItem(
                "interview-questions",
                "The questions you will face",
                Phase.INTERVIEW_SEASON,
                "every applicant who is interviewed; these fit your profile",
                q,
                List.of("Memorised speeches", "Speaking ill of another program")));
    }

    /** The area in a word or two: the first preferred region, state or place, else the applicant's ties. */
    static String shortArea(Profile p) {
        var prefs = p.preferences();
        if (!prefs.regions().isEmpty()) {
            return prefs.regions().get(0);
        }
        if (!prefs.states().isEmpty()) {
            return prefs.states().get(0).fullName();
        }
        return prefs.radius() != null ? prefs.radius().of() : "this program";
    }

    /** Everyone who enters the Match: the rank-list rules, with the couple's and the advanced track's. */
    Optional<PlaybookItem> rankList(AdviceContext c) {
        List<String> rules = new ArrayList<>(List.of(
                "Rank in the order you want the programs: the Match is applicant-proposing, so ranking a program"
                        + " higher never costs you another.",
                "Rank every program where you interviewed and would rather train than not match; leave off only"
                        + " the ones you would not attend.",
                "A longer list matches more often: each contiguous rank raised the odds of matching about 1.2–1.36"
                        + " times (NRMP Charting Outcomes 2007)."));
        if (c.profile().partner() != null) {
            rules.add("As a couple, rank pairs of programs, including pairs where one of you is unmatched if you"
                    + " would accept that over both unmatched.");
        }
        if (c.recommendation().specialty().track() == Track.ADVANCED) {
            rules.add("Attach a supplemental PGY-1 rank list to each advanced program you rank.");
        }
        return Optional.of(new PlaybookItem(
                "rank-list",
                "Rank-list rules",
                Phase.RANK_LIST,
                "everyone who enters the Match",
                rules,
                List.of("Ranking by where you think you will match", "Leaving off a program you would attend")));
    }
}

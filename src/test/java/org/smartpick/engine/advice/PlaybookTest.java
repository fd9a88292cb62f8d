package org.smartpick.engine.advice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.smartpick.engine.Specialty;
import org.smartpick.engine.UsState;
import org.smartpick.engine.profile.ExamScale;
import org.smartpick.engine.profile.ImgCredentials;
import org.smartpick.engine.profile.LetterStrength;
import org.smartpick.engine.profile.Letters;
import org.smartpick.engine.profile.Preferences;
import org.smartpick.engine.profile.Profile;
import org.smartpick.engine.profile.ProfileBuilder;
import org.smartpick.engine.profile.RedFlags;
import org.smartpick.engine.profile.ScoredExam;
import org.smartpick.engine.profile.Ties;
import org.smartpick.engine.recommend.RecommendationOptions;
import org.smartpick.engine.recommend.Recommendations;

/** Each playbook item appears for a profile it fits and not for one it does not. */
class PlaybookTest {
    private final Playbook playbook = new Playbook();

    private List<String> keys(Profile p) {
        return playbook.items(AdviceFixtures.context(p)).stream()
                .map(PlaybookItem::key)
                .toList();
    }

    private static ProfileBuilder strong() {
        ProfileBuilder b = ProfileBuilder.usMd();
        b.step2ck = ScoredExam.passed(ExamScale.STEP2_CK, 262);
        b.letters = new Letters(LetterStrength.STRONG, true);
        b.graduationYear = 2026;
        b.preferences = Recommendations.persona().preferences();
        return b;
    }

    @Test
    void thePersonasPlaybookInSeasonOrder() {
        List<PlaybookItem> items = playbook.items(AdviceFixtures.context(Recommendations.persona()));
        assertThat(items)
                .extracting(PlaybookItem::key)
                .contains(
                        "personal-statement",
                        "local-clinical-work",
                        "outreach",
                        "events",
                        "interview-questions",
                        "rank-list")
                .doesNotContain("letters", "away-rotations")
                .noneMatch(k -> k.startsWith("additional-information"));
        assertThat(items).extracting(PlaybookItem::phase).isSorted();
        PlaybookItem statement = items.get(0);
        assertThat(statement.appliesBecause()).contains("226", "254");
        assertThat(items)
                .filteredOn(i -> i.key().equals("interview-questions"))
                .singleElement()
                .satisfies(i -> assertThat(i.steps()).anyMatch(q -> q.contains("Tell me about your Step 2 CK")));
    }

    @Test
    void aStrongStudentGetsNoLowScoreItemsButAwayRotationsPricedByTheModel() {
        List<PlaybookItem> items = playbook.items(AdviceFixtures.context(strong().build()));
        assertThat(items)
                .extracting(PlaybookItem::key)
                .doesNotContain("personal-statement", "research-year", "local-clinical-work", "letters", "outreach")
                .contains("away-rotations", "events", "rank-list");
        PlaybookItem away = items.stream()
                .filter(i -> i.key().equals("away-rotations"))
                .findFirst()
                .orElseThrow();
        assertThat(away.steps().get(0)).contains("interview chance", "→");
        assertThat(items)
                .filteredOn(i -> i.key().equals("interview-questions"))
                .singleElement()
                .satisfies(i -> assertThat(i.steps()).noneMatch(q -> q.contains("Step 2 CK")));
    }

    @Test
    void eachRedFlagGetsItsOwnAdditionalInformationEntry() {
        ProfileBuilder b = strong();
        b.redFlags = new RedFlags(1, true, true, true);
        assertThat(keys(b.build()))
                .contains(
                        "additional-information-exam-failure",
                        "additional-information-leave-of-absence",
                        "additional-information-professionalism",
                        "additional-information-prior-unmatched",
                        "personal-statement");
        b.redFlags = new RedFlags(0, true, false, false);
        assertThat(keys(b.build()))
                .contains("additional-information-leave-of-absence")
                .doesNotContain("additional-information-exam-failure", "personal-statement");
    }

    @Test
    void lettersResearchYearAndLocalWorkFitTheProfilesThatNeedThem() {
        ProfileBuilder average = strong();
        average.letters = Letters.average();
        assertThat(keys(average.build())).contains("letters");
        ProfileBuilder img = ProfileBuilder.nonUsImg();
        img.img = new ImgCredentials(true, 2);
        img.preferences = Recommendations.persona().preferences();
        assertThat(keys(img.build())).contains("letters", "local-clinical-work");
        assertThat(keys(Recommendations.reapplicant())).contains("research-year");
        assertThat(keys(strong().build())).doesNotContain("research-year");
    }

    @Test
    void outreachNeedsTiesAndEventsNeedAnArea() {
        ProfileBuilder b = strong();
        b.ties = new Ties(UsState.CA, List.of(), List.of("Los Angeles"), List.of());
        assertThat(keys(b.build())).contains("outreach", "events");
        ProfileBuilder nowhere = strong();
        nowhere.preferences = Preferences.none();
        assertThat(keys(nowhere.build())).doesNotContain("outreach", "events").contains("rank-list");
    }

    @Test
    void theRankListRulesAddTheCouplesAndTheAdvancedTracksOnlyForThem() {
        PlaybookItem plain = rankList(strong().build());
        assertThat(plain.steps()).noneMatch(s -> s.contains("couple") || s.contains("supplemental"));
        ProfileBuilder couple = strong();
        couple.partner = "partner";
        assertThat(rankList(couple.build()).steps()).anyMatch(s -> s.contains("As a couple"));
        ProfileBuilder derm = strong();
        derm.specialty = Specialty.DIAGNOSTIC_RADIOLOGY;
        assertThat(rankList(derm.build()).steps()).anyMatch(s -> s.contains("supplemental PGY-1"));
    }

    private PlaybookItem rankList(Profile p) {
        AdviceContext c = AdviceFixtures.context(p, RecommendationOptions.forProfile(p), List.of());
        return new SeasonPlaybook().rankList(c).orElseThrow();
    }
}

package org.smartpick.engine.recommend;

import java.util.List;
import org.smartpick.engine.Invariants;
import org.smartpick.engine.UsState;
import org.smartpick.engine.profile.ExamScale;
import org.smartpick.engine.profile.Exams;
import org.smartpick.engine.profile.Experience;
import org.smartpick.engine.profile.Letters;
import org.smartpick.engine.profile.Profile;
import org.smartpick.engine.profile.ScoredExam;

/**
 * A change to the profile or the search area whose effect the user wants to see. Each says what it changes.
 */
public sealed interface WhatIf {
    /** A label for tables: "Step 2 CK +10". */
    String label();

    default Profile apply(Profile profile) {
        return profile;
    }

    default SearchArea apply(SearchArea area) {
        return area;
    }

    /** A different Step 2 CK (a retake is not possible; this is for a score still pending or to see the slope). */
    record Step2Change(int points) implements WhatIf {
        public String label() {
            return "Step 2 CK " + (points >= 0 ? "+" : "") + points;
        }

        public Profile apply(Profile profile) {
            Exams e = profile.exams();
            if (e.step2ck() == null || e.step2ck().isPending()) {
                return profile;
            }
            int score = Math.max(
                    ExamScale.STEP2_CK.min(),
                    Math.min(ExamScale.STEP2_CK.max(), e.step2ck().score() + points));
            return profile.withExams(new Exams(
                    e.step1(),
                    new ScoredExam(ExamScale.STEP2_CK, score, e.step2ck().attempts()),
                    e.step3(),
                    e.comlex1(),
                    e.comlex2()));
        }
    }

    /** A research year: one more research experience and one more publication, one more year since graduation. */
    record ResearchYear() implements WhatIf {
        public String label() {
            return "a research year";
        }

        public Profile apply(Profile profile) {
            Experience x = profile.experience();
            Profile more = profile.withExperience(new Experience(
                    Math.min(Experience.MAX_RESEARCH, x.research() + 1),
                    Math.min(Experience.MAX_PUBLICATIONS, x.publications() + 1),
                    x.honors(),
                    x.aoa(),
                    x.ghhs()));
            return more.withGraduationYear(Math.max(Profile.MIN_GRADUATION_YEAR, profile.graduationYear() - 1));
        }
    }

    /** Searching a wider named region as well. */
    record WiderArea(String region) implements WhatIf {
        public String label() {
            return "also " + region;
        }

        public SearchArea apply(SearchArea area) {
            return area.widenedTo(region);
        }
    }

    /**
     * One step of widening the area, as the seed article orders them (the next region, the whole state, the state
     * with its neighbours, the Census division): the regions and states it adds to the area searched.
     */
    record Widening(String label, List<String> regions, List<UsState> states) implements WhatIf {
        public Widening {
            Invariants.present("label", label);
            regions = List.copyOf(regions);
            states = List.copyOf(states);
        }

        public SearchArea apply(SearchArea area) {
            return area.widened(regions, states);
        }
    }

    /** A letter from a physician in the target region. */
    record RegionalLetter() implements WhatIf {
        public String label() {
            return "a letter from the target region";
        }

        public Profile apply(Profile profile) {
            return profile.withLetters(new Letters(profile.letters().strength(), true));
        }
    }
}

package org.smartpick.engine.advice;

import java.util.List;

/**
 * One item of the seed article's playbook for this applicant: when in the season it is done, why it applies to this
 * profile, what to do and what to avoid.
 */
public record PlaybookItem(
        String key, String title, Phase phase, String appliesBecause, List<String> steps, List<String> avoid) {
    public PlaybookItem {
        if (key == null || title == null || phase == null || appliesBecause == null) {
            throw new IllegalArgumentException("a playbook item needs a key, a title, a phase and a reason");
        }
        steps = List.copyOf(steps);
        avoid = List.copyOf(avoid);
    }

    /** The season's phases, in order (ERAS opens to programs in late September; the rank list is due in February). */
    public enum Phase {
        BEFORE_ERAS("June–September, before you submit"),
        SUBMISSION("September, when you submit"),
        INTERVIEW_SEASON("October–January, the interview season"),
        RANK_LIST("February, before the rank-list deadline");

        private final String when;

        Phase(String when) {
            this.when = when;
        }

        public String when() {
            return when;
        }
    }
}

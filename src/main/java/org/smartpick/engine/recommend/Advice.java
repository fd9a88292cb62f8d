package org.smartpick.engine.recommend;

import org.smartpick.engine.Invariants;

/**
 * One piece of strategy advice: a key, a title, why it applies to this applicant, and, where the model can say,
 * what it changes (percentage points of P(match); null when not quantified).
 */
public record Advice(String key, String title, String why, Double effectPoints) {
    public Advice {
        Invariants.present("key", key);
        Invariants.present("title", title);
        Invariants.present("why", why);
    }
}

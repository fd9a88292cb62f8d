package org.smartpick.store;

import java.time.Instant;

/** A saved plan ({@link Plans}): its token and its documents as JSON text. */
public record SavedPlan(
        String token, String profile, String options, String result, Instant createdAt, Instant updatedAt) {}

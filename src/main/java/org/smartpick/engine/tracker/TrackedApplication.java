package org.smartpick.engine.tracker;

import org.smartpick.engine.Signal;
import org.smartpick.engine.chance.ProgramChance;

/**
 * One application as the tracker knows it, reduced to what is evidence: whether the program has invited (an
 * invitation, an interview, or an invitation later withdrawn from), whether it has rejected, whether it is still
 * in the running, and for silence, how far the program's answers have gone by now.
 *
 * @param shareSent      for an application with no answer: the share of the program's invitations sent so far
 *                       (0: silence says nothing yet; 1: the invitations are over)
 * @param rejectionsSent the share of the applicants it will not invite that the program has told so by now
 */
public record TrackedApplication(
        ProgramChance chance,
        Signal signal,
        boolean invited,
        boolean rejected,
        boolean open,
        double shareSent,
        double rejectionsSent) {
    public TrackedApplication {
        if (chance == null || signal == null) {
            throw new IllegalArgumentException("the chance and the signal are required");
        }
        if (invited && rejected) {
            throw new IllegalArgumentException("an application cannot be both invited and rejected");
        }
        if (rejected && open) {
            throw new IllegalArgumentException("a rejected application is not open");
        }
        if (!(shareSent >= 0 && shareSent <= 1) || !(rejectionsSent >= 0 && rejectionsSent < 1)) {
            throw new IllegalArgumentException("shareSent must be between 0 and 1 and rejectionsSent at least 0 and"
                    + " below 1, got " + shareSent + " and " + rejectionsSent);
        }
    }

    /** Sent, and nothing heard yet (or waitlisted). */
    public static TrackedApplication waiting(
            ProgramChance chance, Signal signal, double shareSent, double rejectionsSent) {
        return new TrackedApplication(chance, signal, false, false, true, shareSent, rejectionsSent);
    }

    /** Sent, at the start of the season: nothing could have been heard. */
    public static TrackedApplication sent(ProgramChance chance, Signal signal) {
        return waiting(chance, signal, 0, 0);
    }

    public static TrackedApplication invitedTo(ProgramChance chance, Signal signal) {
        return new TrackedApplication(chance, signal, true, false, true, 0, 0);
    }

    public static TrackedApplication rejectedBy(ProgramChance chance, Signal signal) {
        return new TrackedApplication(chance, signal, false, true, false, 0, 0);
    }

    /** Neither invited nor rejected: the program's silence is the evidence. */
    public boolean silent() {
        return !invited && !rejected;
    }
}

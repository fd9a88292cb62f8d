package org.smartpick.engine.tracker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smartpick.engine.ApplicantType;
import org.smartpick.engine.Signal;
import org.smartpick.engine.Specialty;
import org.smartpick.engine.chance.ProgramChance;

/** Answers the model did not expect are still answers: an invitation from a program the model rules out. */
class SeasonUpdateTest {

    private static ProgramChance excluded(ProgramChance c) {
        return new ProgramChance(
                c.program(),
                c.interviewLogOdds(),
                c.matchLogOdds(),
                c.signalLogOdds(),
                c.matchSignal(),
                c.outcomes(),
                "does not sponsor visas (test)",
                c.factors(),
                c.scale());
    }

    @Test
    void anInvitationFromAProgramTheModelRulesOutCountsAsAnInterviewAndSaysNothingOfStrength() {
        List<ProgramChance> programs = SeasonPlans.programs(ApplicantType.US_MD, 226, Specialty.INTERNAL_MEDICINE, 6);
        SeasonUpdate update = SeasonPlans.update();
        List<TrackedApplication> others = new ArrayList<>();
        programs.subList(1, 6).forEach(c -> others.add(TrackedApplication.waiting(c, Signal.NONE, 0.5, 0.1)));
        List<TrackedApplication> withInvitation = new ArrayList<>(others);
        withInvitation.add(TrackedApplication.invitedTo(excluded(programs.get(0)), Signal.NONE));
        SeasonOutlook without = update.outlook(others);
        SeasonOutlook with = update.outlook(withInvitation);
        // the posterior is unmoved (the model gave that invitation no chance, so it cannot weigh strengths by it) …
        assertThat(with.posterior().weights())
                .containsExactly(without.posterior().weights());
        // … but the interview is real: the chance of matching rises by its match chance
        assertThat(with.pMatch()).isGreaterThan(without.pMatch());
    }
}

package org.smartpick.profile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smartpick.engine.FieldProblem;
import org.smartpick.engine.Signal;

/** The tracker document: what a status implies for the dates, and the round trip through its reader. */
class TrackerTest {
    private static final LocalDate SEP = LocalDate.of(2025, 9, 24);
    private static final LocalDate OCT = LocalDate.of(2025, 10, 8);

    @Test
    void aStatusDatesTheStepsItImpliesAndKeepsTheDatesAlreadyThere() {
        Tracker.Entry planned = Tracker.Entry.planned("p", Signal.GOLD);
        assertThat(planned.withStatus(Tracker.Status.PLANNED, SEP).applied()).isNull();
        Tracker.Entry interviewed = planned.withStatus(Tracker.Status.INTERVIEWED, OCT);
        assertThat(List.of(interviewed.applied(), interviewed.invited(), interviewed.interviewed()))
                .containsOnly(OCT);
        Tracker.Entry later = planned.withStatus(Tracker.Status.NO_WORD, SEP).withStatus(Tracker.Status.INVITED, OCT);
        assertThat(later.applied()).isEqualTo(SEP);
        assertThat(later.invited()).isEqualTo(OCT);
        assertThat(later.interviewed()).isNull();
        assertThat(later.signal()).isEqualTo(Signal.GOLD);
    }

    @Test
    void aTrackerWrittenOutReadsBackEqualAndAnEntryIsReplacedInItsPlace() {
        Tracker tracker = new Tracker(
                        OCT,
                        List.of(
                                Tracker.Entry.planned("a", Signal.NONE),
                                Tracker.Entry.planned("b", Signal.SILVER)
                                        .withStatus(Tracker.Status.INTERVIEWED, OCT)
                                        .withPreference(1)
                                        .withNotes("ask about nights; bring \"CV\"")))
                .with(Tracker.Entry.planned("a", Signal.NONE).withStatus(Tracker.Status.REJECTED, OCT));
        assertThat(tracker.entries()).extracting(Tracker.Entry::id).containsExactly("a", "b");
        List<FieldProblem> problems = new ArrayList<>();
        Tracker read = new TrackerReader().read(new ObjectMapper().valueToTree(tracker.json()), problems);
        assertThat(problems).isEmpty();
        assertThat(read).isEqualTo(tracker);
        assertThat(tracker.with(Tracker.Entry.planned("c", Signal.NONE)).entries())
                .extracting(Tracker.Entry::id)
                .containsExactly("a", "b", "c");
    }
}

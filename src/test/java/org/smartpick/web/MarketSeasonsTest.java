package org.smartpick.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.smartpick.engine.Specialty;
import org.smartpick.engine.season.Candidate;
import org.smartpick.match.MarketCutoffs;

/** The background maker of market seasons: requests wait with a Retry-After, never pay for a simulation. */
class MarketSeasonsTest {
    private static final Set<Specialty> IM = Set.of(Specialty.INTERNAL_MEDICINE);

    /** Season s has one program whose cutoff is s, so a prefix can be recognised; counts the seasons made. */
    private static final class Counting implements MarketSeasons.Simulation {
        final AtomicInteger made = new AtomicInteger();
        final CountDownLatch go;

        Counting(CountDownLatch go) {
            this.go = go;
        }

        @Override
        public MarketCutoffs seasons(List<Candidate> catalog, int from, int count) {
            try {
                go.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            List<Map<String, Double>> out = new ArrayList<>();
            for (int s = from; s < from + count; s++) {
                out.add(Map.of("p", (double) s));
                made.incrementAndGet();
            }
            return new MarketCutoffs(out, 7);
        }
    }

    private static MarketSeasons.Answer waitReady(MarketSeasons seasons, String version, int n, Counting sim)
            throws InterruptedException {
        for (int i = 0; i < 1000; i++) {
            MarketSeasons.Answer a = seasons.seasons(version, IM, n, List::of, sim);
            if (a instanceof MarketSeasons.Ready) {
                return a;
            }
            Thread.sleep(5);
        }
        throw new AssertionError("never ready");
    }

    @Test
    void theFirstRequestIsToldToComeBackAndLaterOnesAreServedFromTheSeasonsMade() throws Exception {
        MarketSeasons seasons = new MarketSeasons();
        CountDownLatch go = new CountDownLatch(1);
        Counting sim = new Counting(go);
        MarketSeasons.Answer first = seasons.seasons("v1", IM, 3, List::of, sim);
        assertThat(first)
                .isInstanceOfSatisfying(
                        MarketSeasons.Pending.class,
                        p -> assertThat(p.retryAfterSeconds()).isPositive());
        go.countDown();
        var ready = (MarketSeasons.Ready) waitReady(seasons, "v1", 3, sim);
        assertThat(ready.cutoffs().size()).isEqualTo(3);
        assertThat(ready.cutoffs().competitors()).isEqualTo(7);
        var fewer = seasons.seasons("v1", IM, 2, List::of, sim);
        assertThat(fewer).isInstanceOfSatisfying(MarketSeasons.Ready.class, r -> {
            assertThat(r.cutoffs().size()).isEqualTo(2);
            assertThat(r.cutoffs().cutoff(1, "p").getAsDouble()).isEqualTo(1.0);
        });
        // more seasons extend the market made: only the missing one is simulated
        var more = (MarketSeasons.Ready) waitReady(seasons, "v1", 4, sim);
        assertThat(more.cutoffs().cutoff(3, "p").getAsDouble()).isEqualTo(3.0);
        assertThat(sim.made.get()).isEqualTo(4);
    }

    @Test
    void eachCatalogVersionHasItsOwnMarket() throws Exception {
        MarketSeasons seasons = new MarketSeasons();
        Counting sim = new Counting(new CountDownLatch(0));
        waitReady(seasons, "v1", 1, sim);
        assertThat(seasons.seasons("v2", IM, 1, List::of, sim)).isInstanceOf(MarketSeasons.Pending.class);
        waitReady(seasons, "v2", 1, sim);
        assertThat(sim.made.get()).isEqualTo(2);
    }

    @Test
    void aFullQueueIsAnsweredWithALaterRetryNotMoreWork() {
        MarketSeasons seasons = new MarketSeasons();
        CountDownLatch never = new CountDownLatch(1);
        Counting sim = new Counting(never);
        // one market on the worker, QUEUE waiting: the next distinct market is not taken
        for (int i = 0; i <= MarketSeasons.QUEUE; i++) {
            assertThat(seasons.seasons("v" + i, IM, 1, List::of, sim)).isInstanceOf(MarketSeasons.Pending.class);
        }
        var refused = seasons.seasons("one-too-many", IM, 1, List::of, sim);
        assertThat(refused)
                .isInstanceOfSatisfying(
                        MarketSeasons.Pending.class,
                        p -> assertThat(p.retryAfterSeconds()).isGreaterThanOrEqualTo(MarketSeasons.QUEUE));
        never.countDown();
    }

    @Test
    void aFailedSimulationIsReportedToTheRequestsNotRetriedForever() throws Exception {
        MarketSeasons seasons = new MarketSeasons();
        MarketSeasons.Simulation failing = (catalog, from, count) -> {
            throw new IllegalStateException("boom");
        };
        assertThat(seasons.seasons("v1", IM, 1, List::of, failing)).isInstanceOf(MarketSeasons.Pending.class);
        for (int i = 0; i < 1000; i++) {
            try {
                seasons.seasons("v1", IM, 1, List::of, failing);
                Thread.sleep(5);
            } catch (IllegalStateException e) {
                assertThat(e).hasMessage("the market simulation failed");
                return;
            }
        }
        assertThatThrownBy(() -> seasons.seasons("v1", IM, 1, List::of, failing))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void marketsPreparedAtStartAreReadyForTheirFirstAsker() throws Exception {
        MarketSeasons seasons = new MarketSeasons();
        Counting sim = new Counting(new CountDownLatch(0));
        Set<Specialty> fm = Set.of(Specialty.FAMILY_MEDICINE);
        seasons.prepare("v1", List.of(IM, fm), 3, List::of, specialties -> sim);
        for (int i = 0; i < 1000 && sim.made.get() < 6; i++) {
            Thread.sleep(5);
        }
        assertThat(sim.made.get()).isEqualTo(6);
        assertThat(seasons.seasons("v1", IM, 3, List::of, sim)).isInstanceOf(MarketSeasons.Ready.class);
        assertThat(seasons.seasons("v1", fm, 2, List::of, sim)).isInstanceOf(MarketSeasons.Ready.class);
        assertThat(sim.made.get()).as("nothing made twice").isEqualTo(6);
    }

    @Test
    void theWorkerIsBusyWhileItMakesSeasonsAndIdleAfterwards() throws Exception {
        MarketSeasons seasons = new MarketSeasons();
        assertThat(seasons.busy()).isFalse();
        CountDownLatch go = new CountDownLatch(1);
        Counting sim = new Counting(go);
        seasons.prepare("v1", List.of(IM), 2, List::of, specialties -> sim);
        assertThat(seasons.busy()).as("a task queued or running").isTrue();
        go.countDown();
        waitReady(seasons, "v1", 2, sim);
        for (int i = 0; i < 1000 && seasons.busy(); i++) {
            Thread.sleep(5);
        }
        assertThat(seasons.busy()).isFalse();
    }
}

package org.smartpick.web;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smartpick.engine.Specialty;
import org.smartpick.engine.season.Candidate;
import org.smartpick.match.MarketCutoffs;

/**
 * Simulated seasons of the market, made by one background worker and kept per catalog version and specialties, so
 * that no request pays for a simulation (seconds for Internal Medicine on the national catalog): a request whose
 * seasons are not made yet is told when to come back (503 with Retry-After) while the worker makes them. Season s
 * is always played with the same seed (MarketOddsReport.MARKET_SEED), so the first n seasons of a market serve
 * every request for n or fewer.
 */
final class MarketSeasons {
    /** Markets waiting for the worker at most; a request for yet another one is asked to come back later. */
    static final int QUEUE = 8;
    /** Markets kept; the oldest idle ones are dropped beyond this. */
    static final int KEPT = 32;
    /** Seconds a season is guessed to take before one has been timed (a national Internal Medicine season). */
    static final double FIRST_GUESS_SECONDS = 3;

    private static final Logger LOG = LoggerFactory.getLogger(MarketSeasons.class);

    /** One market: its seasons made so far, and how many have been asked for. */
    private static final class Market {
        final List<Map<String, Double>> seasons = new CopyOnWriteArrayList<>();
        final AtomicBoolean queued = new AtomicBoolean();
        volatile int wanted;
        volatile int competitors;
        volatile double secondsPerSeason = FIRST_GUESS_SECONDS;
        volatile RuntimeException failure;
    }

    /** What a request gets: the seasons, or when to ask again. */
    sealed interface Answer permits Ready, Pending {}

    record Ready(MarketCutoffs cutoffs) implements Answer {}

    record Pending(int retryAfterSeconds) implements Answer {}

    /** The seasons a market is played from, made by the worker (they are not needed when the market is made). */
    interface Simulation {
        MarketCutoffs seasons(List<Candidate> catalog, int from, int count);
    }

    private final Map<String, Market> markets = new ConcurrentHashMap<>();
    private final ThreadPoolExecutor worker = worker();

    /**
     * The first {@code seasons} seasons of the market of these specialties on this catalog version, or when to ask
     * again; asking starts (or extends) the work.
     *
     * @param catalog the catalog's candidates (kept by the caller: asked for once per market made)
     */
    Answer seasons(
            String catalogVersion,
            Set<Specialty> specialties,
            int seasons,
            Supplier<List<Candidate>> catalog,
            Simulation simulation) {
        String key = catalogVersion + "|" + specialties;
        if (!markets.containsKey(key)) {
            forgetIdle();
        }
        Market market = markets.computeIfAbsent(key, k -> new Market());
        if (market.failure != null) {
            throw market.failure;
        }
        if (market.seasons.size() >= seasons) {
            return new Ready(new MarketCutoffs(market.seasons.subList(0, seasons), market.competitors));
        }
        market.wanted = Math.max(market.wanted, seasons);
        if (market.queued.compareAndSet(false, true)) {
            try {
                worker.execute(() -> make(market, catalog, simulation));
            } catch (RejectedExecutionException e) {
                market.queued.set(false);
                return new Pending((int) Math.ceil(QUEUE * FIRST_GUESS_SECONDS));
            }
        }
        double left = (market.wanted - market.seasons.size()) * market.secondsPerSeason;
        return new Pending((int) Math.max(1, Math.ceil(left)));
    }

    /**
     * Makes the first {@code seasons} seasons of each of these markets in one background task, in the order given,
     * so that their first askers do not wait (a server's start: docs/api.md, "Limits"). Markets a request is already
     * having made are left to it.
     */
    void prepare(
            String catalogVersion,
            List<Set<Specialty>> all,
            int seasons,
            Supplier<List<Candidate>> catalog,
            Function<Set<Specialty>, Simulation> simulations) {
        Runnable task = () -> {
            for (Set<Specialty> specialties : all) {
                Market market = markets.computeIfAbsent(catalogVersion + "|" + specialties, k -> new Market());
                market.wanted = Math.max(market.wanted, seasons);
                if (market.failure == null && market.queued.compareAndSet(false, true)) {
                    make(market, catalog, simulations.apply(specialties));
                }
            }
        };
        try {
            worker.execute(task);
        } catch (RejectedExecutionException e) {
            LOG.info("market seasons not prepared at start: the worker's queue is full");
        }
    }

    /** Makes the seasons wanted; a request that raised the number while the worker was finishing is served too. */
    private static void make(Market market, Supplier<List<Candidate>> catalog, Simulation simulation) {
        do {
            try {
                List<Candidate> candidates = catalog.get();
                while (market.seasons.size() < market.wanted) {
                    long start = System.nanoTime();
                    MarketCutoffs made = simulation.seasons(candidates, market.seasons.size(), 1);
                    market.competitors = made.competitors();
                    market.seasons.addAll(made.seasons());
                    market.secondsPerSeason = (System.nanoTime() - start) / 1e9;
                }
            } catch (RuntimeException e) {
                LOG.error("market simulation failed", WebApp.Scrubbed.of(e));
                market.failure = new IllegalStateException("the market simulation failed", e);
            } finally {
                market.queued.set(false);
            }
        } while (market.failure == null
                && market.seasons.size() < market.wanted
                && market.queued.compareAndSet(false, true));
    }

    /** Whether the worker is making or has queued seasons (a server's start, or a request's new market). */
    boolean busy() {
        return worker.getActiveCount() > 0 || !worker.getQueue().isEmpty();
    }

    private void forgetIdle() {
        if (markets.size() >= KEPT) {
            markets.values().removeIf(m -> !m.queued.get());
        }
    }

    private static ThreadPoolExecutor worker() {
        ThreadPoolExecutor pool =
                new ThreadPoolExecutor(1, 1, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(QUEUE), task -> {
                    Thread t = new Thread(task, "market-seasons");
                    t.setDaemon(true);
                    t.setPriority(Thread.MIN_PRIORITY);
                    return t;
                });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }
}

package org.smartpick.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed-loop load generator for a running server (scripts/load-server.sh starts one and calls this): n clients,
 * each sending its next request when the last is answered, for a fixed time after a warm-up. Prints one line per
 * run: clients, requests per second, p50 and p99 latency, errors (any status but 200). Usage:
 * {@code ServerLoad BASE_URL PATH BODY_FILE|- CLIENTS SECONDS [WARMUP_SECONDS]}.
 */
public final class ServerLoad {
    private ServerLoad() {}

    public static void main(String[] args) throws Exception {
        URI uri = URI.create(args[0] + args[1]);
        String body = args[2].equals("-") ? null : Files.readString(Path.of(args[2]));
        int clients = Integer.parseInt(args[3]);
        double seconds = Double.parseDouble(args[4]);
        double warmup = args.length > 5 ? Double.parseDouble(args[5]) : 2;
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        run(http, uri, body, clients, warmup, false);
        Result r = run(http, uri, body, clients, seconds, true);
        System.out.printf(
                "%s clients=%d requests=%d seconds=%.1f rps=%.1f p50_ms=%.2f p99_ms=%.2f errors=%d%n",
                args[1],
                clients,
                r.count(),
                r.seconds(),
                r.count() / r.seconds(),
                r.percentile(0.50),
                r.percentile(0.99),
                r.errors());
    }

    /** Latencies (ns) of the answered requests, the wall time and the failures. */
    record Result(long[] latencies, double seconds, long errors) {
        int count() {
            return latencies.length;
        }

        double percentile(double q) {
            if (latencies.length == 0) {
                return Double.NaN;
            }
            long[] sorted = latencies.clone();
            Arrays.sort(sorted);
            return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
        }
    }

    private static Result run(HttpClient http, URI uri, String body, int clients, double seconds, boolean keep)
            throws InterruptedException {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        AtomicLong errors = new AtomicLong();
        List<long[]> perClient = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            long[][] mine = {new long[1024]};
            int[] n = {0};
            Thread t = new Thread(() -> {
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    boolean ok = send(http, uri, body);
                    long took = System.nanoTime() - t0;
                    if (!ok) {
                        errors.incrementAndGet();
                        continue;
                    }
                    if (n[0] == mine[0].length) {
                        mine[0] = Arrays.copyOf(mine[0], n[0] * 2);
                    }
                    mine[0][n[0]++] = took;
                }
                synchronized (perClient) {
                    perClient.add(Arrays.copyOf(mine[0], n[0]));
                }
            });
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        double wall = (System.nanoTime() - start) / 1e9;
        long[] all = perClient.stream().flatMapToLong(Arrays::stream).toArray();
        return keep ? new Result(all, wall, errors.get()) : null;
    }

    private static boolean send(HttpClient http, URI uri, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30));
        HttpRequest request = body == null
                ? b.GET().build()
                : b.header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}

package org.smartpick.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A computing handler learns that its client has closed the connection, and only then. */
class DisconnectWatchTest {
    private static final BlockingQueue<String> SEEN = new LinkedBlockingQueue<>();
    private static Javalin app;

    @BeforeAll
    static void start() {
        // a handler that "computes" for up to three seconds, looking at the watch as couple odds do
        app = Javalin.create(config -> config.routes.post("/compute", ctx -> {
                    ctx.body();
                    try (DisconnectWatch watch = DisconnectWatch.of(ctx)) {
                        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
                        while (System.nanoTime() < until) {
                            if (watch.gone()) {
                                SEEN.add("gone");
                                return;
                            }
                            Thread.sleep(20);
                        }
                    }
                    SEEN.add("stayed");
                    ctx.result("done");
                }))
                .start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    private static Socket send() throws Exception {
        Socket socket = new Socket("127.0.0.1", app.port());
        OutputStream out = socket.getOutputStream();
        out.write(("POST /compute HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}")
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return socket;
    }

    @Test
    void aClientThatClosesIsSeenToGoWithinMoments() throws Exception {
        SEEN.clear();
        try (Socket socket = send()) {
            Thread.sleep(200);
        }
        assertThat(SEEN.poll(2, TimeUnit.SECONDS)).isEqualTo("gone");
    }

    @Test
    void aClientThatWaitsGetsItsAnswer() throws Exception {
        SEEN.clear();
        try (Socket socket = send()) {
            socket.setSoTimeout(10_000);
            InputStream in = socket.getInputStream();
            String status = new String(in.readNBytes(15), StandardCharsets.US_ASCII);
            assertThat(status).isEqualTo("HTTP/1.1 200 OK");
        }
        assertThat(SEEN.poll(1, TimeUnit.SECONDS)).isEqualTo("stayed");
    }
}

package org.smartpick.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.smartpick.store.Database;

/**
 * {@code smartpick serve} as a child process on a given store, with its log (stderr) in a file: for the tests that
 * kill it or read what it logged. The build's quiet logging settings are not passed on, so it logs as in production.
 */
record ChildServer(Process process, String base, Path log) {
    private static final Pattern LISTENING = Pattern.compile("listening on http://([^:]+):(\\d+)");

    static ChildServer start(String url, String user, Path log) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        "org.smartpick.cli.SmartPickCommand",
                        "serve",
                        "--port",
                        "0",
                        "--db",
                        url)
                .redirectError(log.toFile());
        if (user != null) {
            pb.environment().put(Database.USER_VARIABLE, user);
        }
        Process process = pb.start();
        BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            Matcher m = LISTENING.matcher(line);
            if (m.find()) {
                return new ChildServer(process, "http://" + m.group(1) + ":" + m.group(2), log);
            }
        }
        throw new IOException("the server did not start: " + Files.readString(log));
    }

    /** Stops the server (SIGTERM, so its log is complete) and waits for it. */
    void stop() throws InterruptedException {
        process.destroy();
        process.waitFor(10, TimeUnit.SECONDS);
    }

    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
}

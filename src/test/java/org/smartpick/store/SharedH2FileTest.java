package org.smartpick.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartpick.Fixtures;

/**
 * The embedded default lives in SMARTPICK_HOME and is shared: while this JVM (a running server, say) holds the file,
 * another process reads it through H2's automatic mixed mode instead of failing with "The file is locked".
 */
class SharedH2FileTest {
    @TempDir
    Path home;

    @Test
    void theDefaultUrlIsInTheHomeAndInMixedMode() {
        String before = System.getProperty("smartpick.home");
        System.setProperty("smartpick.home", home.toString());
        try {
            if (System.getenv(Database.HOME_VARIABLE) == null) {
                assertThat(Database.defaultUrl())
                        .startsWith("jdbc:h2:file:" + home.toAbsolutePath())
                        .contains(";AUTO_SERVER=TRUE", ";WRITE_DELAY=0");
            }
        } finally {
            if (before == null) {
                System.clearProperty("smartpick.home");
            } else {
                System.setProperty("smartpick.home", before);
            }
        }
    }

    @Test
    void aSecondProcessReadsTheFileThisOneHoldsOpen() throws IOException, InterruptedException {
        String url = Database.h2FileUrl(home.resolve("smartpick"));
        try (Database held = Database.open(url, null, null)) {
            new Catalogs(held, Fixtures.geography().zips())
                    .save(2026, "test", Fixtures.starterCatalog().programs(), true);
            Process child = new ProcessBuilder(List.of(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-cp",
                            System.getProperty("java.class.path"),
                            "org.smartpick.cli.SmartPickCommand",
                            "catalog",
                            "versions",
                            "--db",
                            url))
                    .redirectErrorStream(true)
                    .start();
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
            String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(child.exitValue()).as(out).isZero();
            assertThat(out).contains("test").doesNotContain("locked");
        }
    }
}

package org.smartpick.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
    @Test
    void theLatestMigrationConstantIsTheNewestMigrationFile() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            int newest = files.map(f -> f.getFileName().toString())
                    .filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__"))))
                    .max()
                    .orElseThrow();
            assertThat(Database.LATEST_MIGRATION).isEqualTo(newest);
        }
    }

    @Test
    void anH2FilesDirectoryIsMadeAndATildeIsTheHomeAsH2ReadsIt(@TempDir Path dir) {
        Path made = Database.h2Directory("jdbc:h2:file:" + dir.resolve("a/b/db") + ";WRITE_DELAY=0");
        Assertions.assertThat(made).isEqualTo(dir.resolve("a/b")).isDirectory();
        Assertions.assertThat(Database.h2Directory("jdbc:h2:file:~/smartpick-test-db"))
                .isEqualTo(Path.of(System.getProperty("user.home")));
        Assertions.assertThat(Path.of("~")).doesNotExist();
        Assertions.assertThat(Database.h2Directory("jdbc:h2:mem:x")).isNull();
    }

    @Test
    void aStoreOpensAgainWithoutMigratingAndKeepsItsData(@TempDir Path dir) {
        String url = Database.h2FileUrl(dir.resolve("db"));
        try (Database first = Database.open(url, null, null)) {
            first.jdbi()
                    .useHandle(h -> h.execute("insert into plan (token, profile, options, result, created_at,"
                            + " updated_at) values ('t', '{}', '{}', '{}', current_timestamp, current_timestamp)"));
        }
        try (Database again = Database.open(url, null, null)) {
            int plans = again.jdbi()
                    .withHandle(h -> h.createQuery("select count(*) from plan")
                            .mapTo(Integer.class)
                            .one());
            assertThat(plans).isEqualTo(1);
        }
    }
}

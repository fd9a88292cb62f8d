package org.smartpick.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.smartpick.Fixtures;
import org.smartpick.SharedData;
import org.smartpick.catalog.imports.NationalImport;

/** The national import of ../shared/data (with the interview rates), made once per test run; skips without it. */
public final class NationalData {
    private static NationalImport.Result imported;

    private NationalData() {}

    public static synchronized NationalImport.Result imported() throws Exception {
        if (imported == null) {
            Path root = SharedData.require("residency-explorer-2021/combined.csv")
                    .getParent()
                    .getParent();
            SharedData.require("aamc-interviews-2024/Internal Medicine.csv");
            imported = new NationalImport(Fixtures.geography().zips())
                    .run(
                            new NationalImport.Sources(
                                    list(root.resolve("residency-explorer-2021/exports")),
                                            list(root.resolve("eras-2021/lists")),
                                    List.of(
                                                    root.resolve("nrmp/program-results-2020.csv"),
                                                    root.resolve("nrmp/program-results-2020-2026-florida.csv")),
                                            List.of(),
                                    list(root.resolve("aamc-interviews-2024")), NationalImport.DEFAULT_RATE_SEASON),
                            (a, b) -> {});
        }
        return imported;
    }

    static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }
}

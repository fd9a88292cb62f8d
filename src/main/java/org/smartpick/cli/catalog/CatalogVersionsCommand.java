package org.smartpick.cli.catalog;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Predicate;
import org.smartpick.catalog.ProgramCatalog;
import org.smartpick.catalog.geo.Geography;
import org.smartpick.cli.common.BadInput;
import org.smartpick.cli.common.CatalogOption;
import org.smartpick.cli.common.DatabaseOption;
import org.smartpick.cli.common.TextTable;
import org.smartpick.engine.season.Program;
import org.smartpick.store.CatalogVersion;
import org.smartpick.store.Catalogs;
import org.smartpick.store.Database;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code smartpick catalog versions}: the stored catalog versions. */
@Command(name = "versions", mixinStandardHelpOptions = true, description = "Lists the stored catalog versions.")
final class CatalogVersionsCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    DatabaseOption database;

    @Override
    public Integer call() {
        try (Database db = database.open()) {
            Catalogs catalogs = DatabaseOption.catalogs(db, Geography.bundled().zips());
            TextTable table = new TextTable(
                    List.of("VERSION", "ACTIVE", "SEASON", "PROGRAMS", "CREATED", "SOURCES"),
                    List.of(7, 6, 6, 8, 20, 90));
            for (CatalogVersion v : catalogs.versions()) {
                table.add(List.of(
                        String.valueOf(v.id()),
                        v.active() ? "*" : "",
                        String.valueOf(v.season()),
                        String.valueOf(v.programCount()),
                        v.createdAt().toString().substring(0, 19),
                        v.sources()));
            }
            table.print(spec.commandLine().getOut());
        }
        return 0;
    }

    /** {@code smartpick catalog activate V}. */
    @Command(name = "activate", mixinStandardHelpOptions = true, description = "Makes a stored version the active one.")
    static final class Activate implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @CommandLine.Parameters(paramLabel = "VERSION", description = "the version number (see catalog versions)")
        int version;

        @CommandLine.Mixin
        DatabaseOption database;

        @Override
        public Integer call() {
            try (Database db = database.open()) {
                if (!DatabaseOption.catalogs(db, Geography.bundled().zips()).activate(version)) {
                    throw new BadInput("VERSION: there is no catalog version " + version + "; see: smartpick catalog"
                            + " versions");
                }
            }
            spec.commandLine().getOut().println("Catalog version " + version + " is active.");
            return 0;
        }
    }

    /** {@code smartpick catalog stats}. */
    @Command(
            name = "stats",
            mixinStandardHelpOptions = true,
            description = "Programs per specialty and per state, and how often each field is filled.")
    static final class Stats implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @CommandLine.Mixin
        CatalogOption catalogOption;

        @Override
        public Integer call() {
            ProgramCatalog catalog = catalogOption.load(Geography.bundled());
            var out = spec.commandLine().getOut();
            out.println("Catalog: " + catalog.name() + ", " + catalog.size() + " programs");
            counts(out, "By specialty", catalog.programs(), p -> p.specialty().name());
            counts(out, "By state", catalog.programs(), p -> p.state().name());
            out.println("Field fill rates:");
            fill(out, catalog, "coordinates", p -> p.point() != null);
            fill(out, catalog, "ACGME id", p -> p.acgmeId() != null);
            fill(out, catalog, "setting", p -> p.setting() != null);
            fill(out, catalog, "PGY-1 positions", p -> p.pgy1Positions() != null);
            fill(out, catalog, "J-1 policy", p -> p.policy().sponsorsJ1() != null);
            fill(out, catalog, "H-1B policy", p -> p.policy().sponsorsH1b() != null);
            fill(out, catalog, "applications", p -> p.stats().explorer().applications() != null);
            fill(out, catalog, "% interviewed", p -> p.stats().explorer().percentInterviewed() != null);
            fill(
                    out,
                    catalog,
                    "resident mix",
                    p -> p.stats().explorer().residents().usMd() != null);
            fill(out, catalog, "Step 1 range", p -> p.stats().explorer().step1().low() != null);
            fill(out, catalog, "NRMP quota", p -> p.stats().nrmp().quota() != null);
            fill(out, catalog, "ERAS status", p -> p.stats().erasStatus() != null);
            return 0;
        }

        private static void counts(
                PrintWriter out, String title, List<Program> programs, Function<Program, String> key) {
            Map<String, Integer> counts = new TreeMap<>();
            programs.forEach(p -> counts.merge(key.apply(p), 1, Integer::sum));
            out.println(title + ":");
            counts.forEach((k, n) -> out.printf(Locale.ROOT, "  %-50s %5d%n", k, n));
        }

        private static void fill(PrintWriter out, ProgramCatalog catalog, String field, Predicate<Program> filled) {
            long n = catalog.programs().stream().filter(filled).count();
            out.printf(Locale.ROOT, "  %-20s %5.1f%%%n", field, catalog.size() == 0 ? 0.0 : 100.0 * n / catalog.size());
        }
    }
}

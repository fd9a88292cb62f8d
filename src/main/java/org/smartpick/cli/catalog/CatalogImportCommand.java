package org.smartpick.cli.catalog;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.smartpick.catalog.geo.Geography;
import org.smartpick.catalog.imports.ImportReport;
import org.smartpick.catalog.imports.NationalImport;
import org.smartpick.cli.common.BadInput;
import org.smartpick.cli.common.CatalogFiles;
import org.smartpick.cli.common.DatabaseOption;
import org.smartpick.cli.common.SeasonOption;
import org.smartpick.store.CatalogVersion;
import org.smartpick.store.Catalogs;
import org.smartpick.store.Database;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code smartpick catalog import}: a new catalog version from the official exports. */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Imports a national catalog as a new version and makes it active (docs/data.md).",
            "All or nothing: a malformed file or too many bad rows leaves the store untouched.",
            "Each PATH is a file or a folder (its .xlsx or .csv files)."
        })
final class CatalogImportCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Option(
            names = "--residency-explorer",
            paramLabel = "PATH",
            description = "AAMC Residency Explorer exports (.xlsx)")
    List<Path> explorer = new ArrayList<>();

    @CommandLine.Option(names = "--eras", paramLabel = "PATH", description = "ERAS participating-program lists (.csv)")
    List<Path> eras = new ArrayList<>();

    @CommandLine.Option(
            names = "--nrmp",
            paramLabel = "PATH",
            description = "NRMP Program Results (.csv, 2020 or 2020–2026 layout)")
    List<Path> nrmp = new ArrayList<>();

    @CommandLine.Option(
            names = "--operator",
            paramLabel = "PATH",
            description = "curated operator CSV files (docs/data.md)")
    List<Path> operator = new ArrayList<>();

    @CommandLine.Option(
            names = "--interview-rates",
            paramLabel = "PATH",
            description = "AAMC per-program interview" + " rates, one .csv per specialty (docs/data.md)")
    List<Path> interviewRates = new ArrayList<>();

    @CommandLine.Option(
            names = "--interview-rates-season",
            paramLabel = "YEAR",
            description = "the ERAS season of" + " the interview rates (default: ${DEFAULT-VALUE})",
            defaultValue = "2024")
    int interviewRateSeason;

    @CommandLine.Option(names = "--no-activate", description = "save the version without making it active")
    boolean noActivate;

    @CommandLine.Mixin
    SeasonOption season;

    @CommandLine.Mixin
    DatabaseOption database;

    @Override
    public Integer call() {
        NationalImport.Sources sources = new NationalImport.Sources(
                CatalogFiles.files(explorer, ".xlsx", "--residency-explorer"),
                CatalogFiles.files(eras, ".csv", "--eras"),
                CatalogFiles.files(nrmp, ".csv", "--nrmp"),
                CatalogFiles.files(operator, ".csv", "--operator"),
                CatalogFiles.files(interviewRates, ".csv", "--interview-rates"),
                interviewRateSeason);
        if (interviewRateSeason < 2000 || interviewRateSeason > 2100) {
            throw new BadInput(
                    "--interview-rates-season: must be a year between 2000 and 2100, got " + interviewRateSeason);
        }
        if (sources.residencyExplorer().isEmpty()
                && sources.eras().isEmpty()
                && sources.operator().isEmpty()) {
            throw new BadInput("give at least one of --residency-explorer, --eras or --operator");
        }
        Geography geography = Geography.bundled();
        PrintWriter err = spec.commandLine().getErr();
        NationalImport.Result result;
        try {
            result = new NationalImport(geography.zips()).run(sources, (done, all) -> progress(err, done, all));
        } catch (NationalImport.Failed failed) {
            printProblems(err, failed.report());
            throw new BadInput(failed.getMessage() + "; the store is unchanged");
        }
        try (Database db = database.open()) {
            Catalogs catalogs = DatabaseOption.catalogs(db, geography.zips());
            CatalogVersion v = catalogs.save(season.facts().year(), sources.describe(), result.programs(), !noActivate);
            var out = spec.commandLine().getOut();
            out.printf(
                    Locale.ROOT,
                    "Catalog version %d: %d programs from %s%s%n",
                    v.id(),
                    v.programCount(),
                    sources.describe(),
                    v.active() ? " (active)" : "");
            result.report().notes().forEach(n -> out.println("  " + n));
            if (!result.report().problems().isEmpty()) {
                out.println("  " + result.report().problems().size() + " bad row(s) skipped:");
                result.report().problems().forEach(p -> out.println("    " + p));
            }
            if (!result.report().unjoined().isEmpty()) {
                out.println("  NRMP rows not joined (first 20 of "
                        + result.report().unjoined().size() + "):");
                result.report().unjoined().stream().limit(20).forEach(u -> out.println("    " + u));
            }
            printInterviewRates(out, result.report());
        }
        return 0;
    }

    private static void printInterviewRates(PrintWriter out, ImportReport report) {
        var counts = report.interviewRateCounts();
        if (counts.isEmpty()) {
            return;
        }
        out.println("  Interview rates joined / not joined, by specialty:");
        counts.forEach((s, c) -> out.printf(Locale.ROOT, "    %-40s %4d / %d%n", s.label(), c[0], c[1]));
        List<String> unjoined = report.interviewRatesUnjoined();
        if (!unjoined.isEmpty()) {
            out.println("  Interview-rate rows not joined (" + unjoined.size() + "):");
            unjoined.forEach(u -> out.println("    " + u));
        }
    }

    private static void progress(PrintWriter err, int done, int all) {
        if (System.console() == null) {
            return;
        }
        int width = 30;
        int filled = all == 0 ? width : done * width / all;
        err.print("\r[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + done + "/" + all + " files");
        if (done == all) {
            err.println();
        }
        err.flush();
    }

    private static void printProblems(PrintWriter err, ImportReport report) {
        report.problems().stream().limit(200).forEach(p -> err.println("  " + p));
        if (report.problems().size() > 200) {
            err.println("  … and " + (report.problems().size() - 200) + " more");
        }
    }
}

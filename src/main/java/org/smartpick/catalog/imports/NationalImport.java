package org.smartpick.catalog.imports;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.smartpick.catalog.CatalogProblem;
import org.smartpick.catalog.OperatorCsv;
import org.smartpick.catalog.geo.Place;
import org.smartpick.catalog.geo.ZipDirectory;
import org.smartpick.engine.Specialty;
import org.smartpick.engine.UsState;
import org.smartpick.engine.season.Program;
import org.smartpick.engine.season.ProgramStats;
import org.smartpick.engine.season.Provenance;
import org.smartpick.engine.season.Site;

/**
 * Builds a national catalog from the official exports an operator has: Residency Explorer workbooks, ERAS lists,
 * NRMP Program Results and curated operator CSV files (docs/data.md, "Importing"). All or nothing: a malformed
 * file, or more bad rows than {@link #maxProblems}, fails the whole import; fewer bad rows are skipped and listed.
 * The same files always give the same catalog (programs sorted by id).
 */
public final class NationalImport {
    /** The files to import, by kind. */
    public record Sources(
            List<Path> residencyExplorer,
            List<Path> eras,
            List<Path> nrmp,
            List<Path> operator,
            List<Path> interviewRates,
            int interviewRateSeason) {
        public Sources {
            residencyExplorer = List.copyOf(residencyExplorer);
            eras = List.copyOf(eras);
            nrmp = List.copyOf(nrmp);
            operator = List.copyOf(operator);
            interviewRates = List.copyOf(interviewRates);
        }

        /** Sources without interview-rate files. */
        public Sources(List<Path> residencyExplorer, List<Path> eras, List<Path> nrmp, List<Path> operator) {
            this(residencyExplorer, eras, nrmp, operator, List.of(), DEFAULT_RATE_SEASON);
        }

        int files() {
            return residencyExplorer.size() + eras.size() + nrmp.size() + operator.size() + interviewRates.size();
        }

        public String describe() {
            return residencyExplorer.size() + " Residency Explorer workbook(s), " + eras.size() + " ERAS list(s), "
                    + nrmp.size() + " NRMP result file(s), " + operator.size() + " operator CSV file(s)"
                    + (interviewRates.isEmpty()
                            ? ""
                            : ", " + interviewRates.size() + " interview-rate file(s) of the " + interviewRateSeason
                                    + " ERAS season");
        }
    }

    /** The ERAS season of the AAMC signaling data an operator has today (2024). */
    public static final int DEFAULT_RATE_SEASON = 2024;

    /** The imported programs and the report. */
    public record Result(List<Program> programs, ImportReport report) {}

    /** The import failed as a whole; the report says why. */
    public static final class Failed extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient ImportReport report;

        Failed(String message, ImportReport report) {
            super(message);
            this.report = report;
        }

        public ImportReport report() {
            return report;
        }
    }

    private final ZipDirectory zips;

    public NationalImport(ZipDirectory zips) {
        this.zips = zips;
    }

    /** Reading one source file. */
    @FunctionalInterface
    private interface Reading {
        void read(Path file) throws IOException;
    }

    /**
     * Reads each file in turn; a file that cannot be read fails the import naming the file (a truncated workbook
     * is a broken zip: its reader says only that).
     */
    private static void each(List<Path> files, Reading reading, Runnable step) throws IOException {
        for (Path file : files) {
            try {
                reading.read(file);
            } catch (IOException | UncheckedIOException e) {
                throw new IOException(file + ": cannot be read (" + e.getMessage() + ")", e);
            }
            step.run();
        }
    }

    /** Bad rows tolerated: 50, or 2% of the rows read if more. */
    static int maxProblems(int rowsRead) {
        return Math.max(50, rowsRead / 50);
    }

    /** Runs the import; {@code progress} hears (files done, files in all). */
    public Result run(Sources sources, BiConsumer<Integer, Integer> progress) throws Failed {
        ImportReport report = new ImportReport();
        Map<String, Program> programs = new LinkedHashMap<>();
        int[] done = {0};
        Runnable step = () -> progress.accept(++done[0], sources.files());
        try {
            ResidencyExplorerImporter explorer = new ResidencyExplorerImporter(zips);
            each(
                    sources.residencyExplorer(),
                    file -> explorer.programs(file, report).forEach(p -> programs.putIfAbsent(p.id(), p)),
                    step);
            each(
                    sources.eras(),
                    file -> new ErasMerge(zips).merge(ErasList.read(file, report), programs, report),
                    step);
            each(sources.operator(), file -> operator(file, report).forEach(p -> programs.put(p.id(), p)), step);
            each(sources.nrmp(), file -> new NrmpJoin().join(NrmpResults.read(file, report), programs, report), step);
            each(
                    sources.interviewRates(),
                    file -> InterviewRateData.join(List.of(file), sources.interviewRateSeason(), programs, report),
                    step);
        } catch (IOException e) {
            throw new Failed("import failed: " + e.getMessage(), report);
        }
        if (report.problems().size() > maxProblems(report.rowsRead())) {
            throw new Failed(
                    report.problems().size() + " bad rows, more than the " + maxProblems(report.rowsRead())
                            + " tolerated for " + report.rowsRead() + " rows read",
                    report);
        }
        if (programs.isEmpty()) {
            throw new Failed("the files hold no program to import", report);
        }
        List<Program> sorted = new ArrayList<>(programs.values());
        sorted.sort(Comparator.comparing(Program::id));
        long unlocated = sorted.stream().filter(p -> p.point() == null).count();
        report.note(sorted.size() + " programs; " + (sorted.size() - unlocated) + " located ("
                + String.format(
                        Locale.ROOT,
                        "%.1f%%",
                        sorted.isEmpty() ? 0.0 : 100.0 * (sorted.size() - unlocated) / sorted.size())
                + ")");
        report.note(report.nrmpSummary());
        if (!sources.interviewRates().isEmpty()) {
            report.note(report.interviewRateSummary());
        }
        return new Result(sorted, report);
    }

    private List<Program> operator(Path file, ImportReport report) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            OperatorCsv.Result result =
                    new OperatorCsv(zips).read(file.getFileName().toString(), in);
            var header = result.problems().stream().filter(p -> p.line() == 1).toList();
            if (!header.isEmpty()) {
                header.forEach(report::problem);
                throw new IOException(file.getFileName() + ": the header is not the operator format: " + header.get(0));
            }
            result.problems().forEach(report::problem);
            report.read(result.programs().size() + result.problems().size());
            return result.programs();
        }
    }

    /** ERAS entries: status and URL for known programs, new programs for the others. */
    private record ErasMerge(ZipDirectory zips) {
        void merge(List<ErasList.Entry> entries, Map<String, Program> programs, ImportReport report) {
            Map<String, List<String>> byAcgme = new LinkedHashMap<>();
            programs.values().forEach(p -> {
                if (p.acgmeId() != null) {
                    byAcgme.computeIfAbsent(p.acgmeId(), k -> new ArrayList<>()).add(p.id());
                }
            });
            for (ErasList.Entry e : entries) {
                List<String> known = byAcgme.get(e.acgmeId());
                if (known != null) {
                    known.forEach(id -> programs.put(id, withEras(programs.get(id), e)));
                } else {
                    added(e, report).ifPresent(p -> programs.put(p.id(), p));
                }
            }
        }

        private Optional<Program> added(ErasList.Entry e, ImportReport report) {
            var specialty = Specialty.ofAcgme(e.acgmeId().substring(0, 3), false);
            var state = UsState.fromCode(e.state());
            if (specialty.isEmpty()
                    || state.isEmpty()
                    || e.name().isBlank()
                    || e.city().isBlank()) {
                report.problem(new CatalogProblem(
                        e.file(),
                        e.line(),
                        specialty.isEmpty() ? "ID" : "State",
                        specialty.isEmpty() ? e.acgmeId() : e.state(),
                        "needs a known specialty code, state, name and" + " city"));
                return Optional.empty();
            }
            var point = zips.city(e.city(), state.get()).map(Place::point).orElse(null);
            Program p = new Program(
                    e.acgmeId(),
                    e.acgmeId(),
                    specialty.get(),
                    e.name(),
                    null,
                    new Site(e.city(), state.get(), null, point),
                    null,
                    null,
                    null,
                    e.url().isBlank() ? null : e.url(),
                    new Provenance("ERAS participating-program list " + e.file(), true, null),
                    ProgramStats.NONE);
            return Optional.of(withEras(p, e));
        }

        private static Program withEras(Program p, ErasList.Entry e) {
            ProgramStats s = p.stats();
            Program updated = p.withStats(s.withErasStatus(e.status().isBlank() ? null : e.status()));
            if (updated.url() == null && !e.url().isBlank()) {
                updated = updated.withUrl(e.url());
            }
            return updated;
        }
    }
}

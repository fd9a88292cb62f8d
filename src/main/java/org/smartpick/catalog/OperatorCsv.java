package org.smartpick.catalog;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.smartpick.catalog.geo.ZipDirectory;
import org.smartpick.engine.season.InterviewRates;
import org.smartpick.engine.season.Program;

/**
 * The operator CSV catalog format (docs/data.md): one program per row, unknown values left empty. Reading collects
 * every problem with its line and column; rows with problems are left out and listed.
 */
public final class OperatorCsv {
    /**
     * The bundled catalog's columns: identity facts, coordinates, and the hand-written rows' published rules; no
     * statistics.
     */
    public static final List<String> IDENTITY_COLUMNS = List.of(
            "id",
            "acgme_id",
            "specialty",
            "name",
            "institution",
            "city",
            "state",
            "zip",
            "latitude",
            "longitude",
            "setting",
            "pgy1_positions",
            "visa_j1",
            "visa_h1b",
            "max_years_since_graduation",
            "min_step2ck",
            "first_attempt_only",
            "url",
            "source",
            "verified",
            "notes");

    /** The interview-rate columns after {@code ir_season}, in the order of {@link InterviewRates}' components. */
    static final List<String> RATE_COLUMNS = List.of(
            "ir_us_md",
            "ir_us_do",
            "ir_us_img",
            "ir_non_us_img",
            "ir_in_state",
            "ir_out_of_state",
            "ir_no_signal",
            "ir_signal",
            "ir_gold",
            "ir_silver");

    /** The published statistics' columns before the interview rates. */
    private static final List<String> STATISTICS_COLUMNS = List.of(
            "applications",
            "pct_interviewed",
            "positions_offered",
            "positions_filled",
            "pct_us_md",
            "pct_us_do",
            "pct_us_img",
            "pct_non_us_img",
            "step1_low",
            "step1_high",
            "research_avg",
            "publications_avg",
            "aoa_pct",
            "eras_status",
            "nrmp_code",
            "nrmp_quota",
            "nrmp_matched",
            "accreditation",
            "ir_season");

    /** The columns, in the order they are written. */
    public static final List<String> COLUMNS = Stream.of(IDENTITY_COLUMNS, STATISTICS_COLUMNS, RATE_COLUMNS)
            .flatMap(List::stream)
            .toList();

    static final List<String> REQUIRED = List.of("id", "specialty", "name", "city", "state", "source");

    private final ZipDirectory zips;

    public OperatorCsv(ZipDirectory zips) {
        this.zips = zips;
    }

    /** The programs read and the problems found. */
    public record Result(List<Program> programs, List<CatalogProblem> problems) {
        public Result {
            programs = List.copyOf(programs);
            problems = List.copyOf(problems);
        }
    }

    public Result read(String file, Reader in) throws IOException {
        CsvTable table = CsvTable.read(in);
        List<CatalogProblem> problems = new ArrayList<>();
        checkHeader(file, table.header(), problems);
        if (!problems.isEmpty()) {
            return new Result(List.of(), problems);
        }
        Map<String, Integer> columns = table.columns();
        List<Program> programs = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (CsvTable.Row row : table.rows()) {
            ProgramRow parsed = new ProgramRow(file, row, columns, zips);
            Program program = parsed.toProgram();
            problems.addAll(parsed.problems());
            if (program != null && !ids.add(program.id())) {
                problems.add(new CatalogProblem(file, row.line(), "id", program.id(), "duplicate id; ids are unique"));
            } else if (program != null) {
                programs.add(program);
            }
        }
        return new Result(programs, problems);
    }

    private static void checkHeader(String file, List<String> header, List<CatalogProblem> problems) {
        for (String column : header) {
            if (!COLUMNS.contains(column)) {
                problems.add(new CatalogProblem(
                        file, 1, column, null, "unknown column; the columns are " + String.join(", ", COLUMNS)));
            }
        }
        for (String column : REQUIRED) {
            if (!header.contains(column)) {
                problems.add(new CatalogProblem(file, 1, column, null, "required column is missing"));
            }
        }
        Set<String> seen = new HashSet<>();
        header.stream()
                .filter(c -> !seen.add(c))
                .forEach(c -> problems.add(new CatalogProblem(file, 1, c, null, "column appears twice")));
    }

    /** Writes the programs with only these columns (a subset of {@link #COLUMNS}, in that order). */
    public void write(List<Program> programs, List<String> columns, Writer out) throws IOException {
        out.write(String.join(",", columns) + "\n");
        List<Integer> index = columns.stream().map(COLUMNS::indexOf).toList();
        for (Program p : programs) {
            List<String> cells = ProgramRow.cells(p);
            out.write(String.join(
                            ",",
                            index.stream()
                                    .map(i -> CsvTable.quote(cells.get(i)))
                                    .toList()) + "\n");
        }
    }

    /** Writes programs in the operator format, all columns, in catalog order. */
    public void write(List<Program> programs, Writer out) throws IOException {
        write(programs, COLUMNS, out);
    }
}

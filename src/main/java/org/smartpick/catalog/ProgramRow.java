package org.smartpick.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.smartpick.catalog.geo.Place;
import org.smartpick.catalog.geo.ZipDirectory;
import org.smartpick.engine.GeoPoint;
import org.smartpick.engine.ProgramSetting;
import org.smartpick.engine.Specialty;
import org.smartpick.engine.UsState;
import org.smartpick.engine.season.ExplorerFigures;
import org.smartpick.engine.season.InterviewRates;
import org.smartpick.engine.season.MatchedCv;
import org.smartpick.engine.season.NrmpFigures;
import org.smartpick.engine.season.Program;
import org.smartpick.engine.season.ProgramPolicy;
import org.smartpick.engine.season.ProgramStats;
import org.smartpick.engine.season.Provenance;
import org.smartpick.engine.season.ResidentMix;
import org.smartpick.engine.season.ScoreRange;
import org.smartpick.engine.season.Site;

/** One row of an operator CSV being read into a {@link Program}, collecting a problem per bad cell. */
final class ProgramRow {
    private final String file;
    private final CsvTable.Row row;
    private final Map<String, Integer> columns;
    private final ZipDirectory zips;
    private final List<CatalogProblem> problems = new ArrayList<>();

    ProgramRow(String file, CsvTable.Row row, Map<String, Integer> columns, ZipDirectory zips) {
        this.file = file;
        this.row = row;
        this.columns = columns;
        this.zips = zips;
    }

    List<CatalogProblem> problems() {
        return problems;
    }

    /** The program, or null when a cell is bad (the problems say which). */
    Program toProgram() {
        if (row.cells().size() != columns.size()) {
            problem(null, null, "has " + row.cells().size() + " cells but the header has " + columns.size());
            return null;
        }
        String acgme = text("acgme_id");
        if (acgme != null && !acgme.matches("\\d{10}")) {
            problem("acgme_id", acgme, "must be the 10-digit ACGME program id");
        }
        Specialty specialty = required("specialty")
                .flatMap(s -> parsed(
                        "specialty", s, Specialty.parse(s), "must be a specialty name such as INTERNAL_MEDICINE"))
                .orElse(null);
        UsState state = required("state")
                .flatMap(s -> parsed("state", s, UsState.fromCode(s), "must be a two-letter US state code"))
                .orElse(null);
        ProgramSetting setting = Optional.ofNullable(text("setting"))
                .flatMap(s -> parsed(
                        "setting",
                        s,
                        parseSetting(s),
                        "must be one of UNIVERSITY, UNIVERSITY_AFFILIATED, COMMUNITY, COUNTY, VA_MILITARY"))
                .orElse(null);
        GeoPoint point = point(state);
        Integer positions = integer("pgy1_positions", 0, 500);
        Integer maxYears = integer("max_years_since_graduation", 0, 60);
        Integer minStep2 = integer("min_step2ck", 180, 300);
        Boolean j1 = yesNo("visa_j1");
        Boolean h1b = yesNo("visa_h1b");
        Boolean firstAttempt = yesNo("first_attempt_only");
        Boolean verified = yesNo("verified");
        String id = required("id").orElse(null);
        String name = required("name").orElse(null);
        String city = required("city").orElse(null);
        String source = required("source").orElse(null);
        ProgramStats stats = stats();
        if (!problems.isEmpty()) {
            return null;
        }
        return new Program(
                id,
                acgme,
                specialty,
                name,
                text("institution"),
                new Site(city, state, text("zip"), point),
                setting,
                positions,
                new ProgramPolicy(j1, h1b, maxYears, minStep2, firstAttempt),
                text("url"),
                new Provenance(source, Boolean.TRUE.equals(verified), text("notes")),
                stats);
    }

    /** The given coordinates, else the ZIP centroid, else the city centroid; null (and no problem) if none. */
    private GeoPoint point(UsState state) {
        Double lat = decimal("latitude", -90, 90);
        Double lon = decimal("longitude", -180, 180);
        if ((lat == null) != (lon == null)) {
            problem("latitude", null, "give both latitude and longitude, or neither");
            return null;
        }
        if (lat != null) {
            return new GeoPoint(lat, lon);
        }
        String zip = text("zip");
        if (zip != null && !ZipDirectory.looksLikeZip(zip)) {
            problem("zip", zip, "must be a ZIP code (5 digits, or ZIP+4)");
            return null;
        }
        Optional<Place> place = zip == null ? Optional.empty() : zips.zip(zip);
        if (place.isEmpty() && state != null && text("city") != null) {
            place = zips.city(text("city"), state);
        }
        return place.map(Place::point).orElse(null);
    }

    /** The published statistics columns (all optional). */
    private ProgramStats stats() {
        ExplorerFigures explorer = new ExplorerFigures(
                integer("applications", 0, 1_000_000),
                decimal("pct_interviewed", 0, 100),
                integer("positions_offered", 0, 1000),
                integer("positions_filled", 0, 1000),
                new ResidentMix(
                        decimal("pct_us_md", 0, 100),
                        decimal("pct_us_do", 0, 100),
                        decimal("pct_us_img", 0, 100),
                        decimal("pct_non_us_img", 0, 100)),
                step1(),
                new MatchedCv(
                        decimal("research_avg", 0, 1000),
                        decimal("publications_avg", 0, 1000),
                        decimal("aoa_pct", 0, 100)),
                text("accreditation"));
        NrmpFigures nrmp =
                new NrmpFigures(text("nrmp_code"), integer("nrmp_quota", 0, 1000), integer("nrmp_matched", 0, 1000));
        return new ProgramStats(explorer, text("eras_status"), nrmp, interviewRates());
    }

    /** The Step 1 range columns: the low end must not exceed the high end. */
    private ScoreRange step1() {
        Integer low = integer("step1_low", 1, 300);
        Integer high = integer("step1_high", 1, 300);
        if (low != null && high != null && low > high) {
            problem("step1_low", low.toString(), "must not exceed step1_high");
            return ScoreRange.UNKNOWN;
        }
        return new ScoreRange(low, high);
    }

    /** The interview-rate columns: all empty, or a season with at least one rate. */
    private InterviewRates interviewRates() {
        Integer season = integer("ir_season", 2000, 2100);
        Double[] r = new Double[OperatorCsv.RATE_COLUMNS.size()];
        boolean any = false;
        for (int i = 0; i < r.length; i++) {
            r[i] = decimal(OperatorCsv.RATE_COLUMNS.get(i), 0, 1);
            any |= r[i] != null;
        }
        if (season == null) {
            if (any) {
                problem("ir_season", null, "is required when an interview rate is given");
            }
            return null;
        }
        return new InterviewRates(season, r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9]);
    }

    static List<String> cells(Program p) {
        List<String> cells = new ArrayList<>(policyCells(p));
        ProgramStats s = p.stats();
        for (Object value : new Object[] {
            s.explorer().applications(),
            s.explorer().percentInterviewed(),
            s.explorer().positionsOffered(),
            s.explorer().positionsFilled(),
            s.explorer().residents().usMd(),
            s.explorer().residents().usDo(),
            s.explorer().residents().usImg(),
            s.explorer().residents().nonUsImg(),
            s.explorer().step1().low(),
            s.explorer().step1().high(),
            s.explorer().matched().researchAverage(),
            s.explorer().matched().publicationsAverage(),
            s.explorer().matched().aoaPercent(),
            s.erasStatus(),
            s.nrmp().codes(),
            s.nrmp().quota(),
            s.nrmp().matched(),
            s.explorer().accreditation()
        }) {
            cells.add(orEmpty(value));
        }
        InterviewRates r = s.interviewRates();
        if (r == null) {
            OperatorCsv.RATE_COLUMNS.forEach(c -> cells.add(""));
            cells.add("");
            return cells;
        }
        cells.add(Integer.toString(r.season()));
        for (Double rate : new Double[] {
            r.usMd(),
            r.usDo(),
            r.usImg(),
            r.nonUsImg(),
            r.inState(),
            r.outOfState(),
            r.noSignal(),
            r.signal(),
            r.gold(),
            r.silver()
        }) {
            cells.add(orEmpty(rate));
        }
        return cells;
    }

    private static List<String> policyCells(Program p) {
        return List.of(
                p.id(),
                orEmpty(p.acgmeId()),
                p.specialty().name(),
                p.name(),
                orEmpty(p.institution()),
                p.site().city(),
                p.state().name(),
                orEmpty(p.site().zip()),
                p.point() == null
                        ? ""
                        : String.format(Locale.ROOT, "%.4f", p.point().latitude()),
                p.point() == null
                        ? ""
                        : String.format(Locale.ROOT, "%.4f", p.point().longitude()),
                p.setting() == null ? "" : p.setting().name(),
                orEmpty(p.pgy1Positions()),
                yesNo(p.policy().sponsorsJ1()),
                yesNo(p.policy().sponsorsH1b()),
                orEmpty(p.policy().maxYearsSinceGraduation()),
                orEmpty(p.policy().minStep2ck()),
                yesNo(p.policy().firstAttemptOnly()),
                orEmpty(p.url()),
                p.provenance().source(),
                p.provenance().verified() ? "yes" : "no",
                orEmpty(p.provenance().notes()));
    }

    private static String orEmpty(Object value) {
        return value == null ? "" : value.toString();
    }

    private static String yesNo(Boolean value) {
        return value == null ? "" : value ? "yes" : "no";
    }

    private String text(String column) {
        Integer index = columns.get(column);
        if (index == null) {
            return null;
        }
        String value = row.cells().get(index).strip();
        return value.isEmpty() ? null : value;
    }

    private Optional<String> required(String column) {
        String value = text(column);
        if (value == null) {
            problem(column, null, "is required");
        }
        return Optional.ofNullable(value);
    }

    private <T> Optional<T> parsed(String column, String value, Optional<T> parsed, String rule) {
        if (parsed.isEmpty()) {
            problem(column, value, rule);
        }
        return parsed;
    }

    private Integer integer(String column, int min, int max) {
        return number(column, Integer::valueOf, min, max, "a whole number");
    }

    private Double decimal(String column, double min, double max) {
        return number(column, Double::valueOf, min, max, "a number");
    }

    /** A number cell in [min, max]; empty is unknown (null), anything else is a problem. */
    private <T extends Comparable<T>> T number(String column, Function<String, T> parse, T min, T max, String kind) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        try {
            T x = parse.apply(value);
            if (x.compareTo(min) >= 0 && x.compareTo(max) <= 0) {
                return x;
            }
        } catch (NumberFormatException e) {
            // reported below, like an out-of-range number
        }
        problem(column, value, "must be " + kind + " between " + min + " and " + max);
        return null;
    }

    private Boolean yesNo(String column) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "yes", "y", "true" -> true;
            case "no", "n", "false" -> false;
            default -> {
                problem(column, value, "must be yes, no or empty (unknown)");
                yield null;
            }
        };
    }

    private static Optional<ProgramSetting> parseSetting(String text) {
        try {
            return Optional.of(
                    ProgramSetting.valueOf(text.trim().toUpperCase(Locale.ROOT).replace('-', '_')));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private void problem(String column, String value, String rule) {
        problems.add(new CatalogProblem(file, row.line(), column, value, rule));
    }
}

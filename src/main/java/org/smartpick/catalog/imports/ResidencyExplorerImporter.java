package org.smartpick.catalog.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.smartpick.catalog.CatalogProblem;
import org.smartpick.catalog.geo.Place;
import org.smartpick.catalog.geo.ZipDirectory;
import org.smartpick.engine.GeoPoint;
import org.smartpick.engine.ProgramSetting;
import org.smartpick.engine.Specialty;
import org.smartpick.engine.Track;
import org.smartpick.engine.UsState;
import org.smartpick.engine.season.ExplorerFigures;
import org.smartpick.engine.season.MatchedCv;
import org.smartpick.engine.season.Program;
import org.smartpick.engine.season.ProgramPolicy;
import org.smartpick.engine.season.ProgramStats;
import org.smartpick.engine.season.Provenance;
import org.smartpick.engine.season.ResidentMix;
import org.smartpick.engine.season.ScoreRange;
import org.smartpick.engine.season.Site;

/** Turns Residency Explorer export columns into programs, one problem per bad cell (docs/data.md). */
final class ResidencyExplorerImporter {
    private static final Pattern CODE = Pattern.compile("(\\d{10})([A-Z])?");
    private static final Pattern RANGE = Pattern.compile("(\\d{2,3})\\s*-\\s*(\\d{2,3})");

    private final ZipDirectory zips;

    ResidencyExplorerImporter(ZipDirectory zips) {
        this.zips = zips;
    }

    List<Program> programs(Path file, ImportReport report) throws IOException {
        List<Program> out = new ArrayList<>();
        List<ResidencyExplorerWorkbook.Column> columns = ResidencyExplorerWorkbook.read(file);
        report.read(columns.size());
        for (ResidencyExplorerWorkbook.Column column : columns) {
            program(column, report).ifPresent(out::add);
        }
        return out;
    }

    private Optional<Program> program(ResidencyExplorerWorkbook.Column c, ImportReport report) {
        String code = c.text(ResidencyExplorerWorkbook.CODE).orElse("");
        Matcher m = CODE.matcher(code);
        if (!m.matches()) {
            report.problem(problem(
                    c,
                    ResidencyExplorerWorkbook.CODE,
                    code,
                    "must be a 10-digit ACGME id, with an" + " optional track letter"));
            return Optional.empty();
        }
        Optional<Specialty> specialty = Specialty.ofAcgme(m.group(1).substring(0, 3), "P".equals(m.group(2)));
        Optional<UsState> state = c.text("State").flatMap(UsState::fromCode);
        Optional<String> name = c.text("Residency program name");
        Optional<String> city = c.text("City");
        if (specialty.isEmpty() || state.isEmpty() || name.isEmpty() || city.isEmpty()) {
            String what = specialty.isEmpty()
                    ? "specialty code " + code.substring(0, 3)
                    : state.isEmpty() ? "State" : name.isEmpty() ? "Residency program name" : "City";
            report.problem(problem(
                    c, specialty.isEmpty() ? ResidencyExplorerWorkbook.CODE : what, code, "needs a known " + what));
            return Optional.empty();
        }
        String zip = c.text("Zip").filter(ZipDirectory::looksLikeZip).orElse(null);
        GeoPoint point = locate(zip, city.get(), state.get());
        ProgramPolicy policy = new ProgramPolicy(
                yesNo(c, "Program consider applicants with J-1 visa?"),
                yesNo(c, "Program consider applicants with H-1B visa?"),
                null,
                null,
                null);
        Integer offered = integer(c, "# of positions offered by this program in the YYYY NRMP Main Match");
        // For a preliminary track the export gives the whole program's positions (3.6 times the NRMP quotas of the
        // joined IM prelim tracks, 1.9 times for Surgery; docs/data.md): not the track's, so not taken as such.
        Integer trackPositions = specialty.get().track() == Track.PRELIMINARY ? null : offered;
        return Optional.of(new Program(
                code,
                m.group(1),
                specialty.get(),
                name.get(),
                null,
                new Site(city.get(), state.get(), zip, point),
                setting(c.text("Program setting").orElse("")),
                trackPositions,
                policy,
                null,
                new Provenance("AAMC Residency Explorer export " + c.file(), true, null),
                stats(c, offered)));
    }

    private ProgramStats stats(ResidencyExplorerWorkbook.Column c, Integer offered) {
        Integer[] step1 = range(c.text("Range of average USMLE Step 1 score of current residents")
                .orElse(""));
        ResidentMix residents = new ResidentMix(
                share(c, "Percentage of residents who were US MD graduates"),
                share(c, "Percentage of residents who were US DO graduates"),
                share(c, "Percentage of residents who were US-citizen IMGs"),
                share(c, "Percentage of residents who were non-US-citizen IMGs"));
        MatchedCv matched = new MatchedCv(
                decimal(c, "Average number of research experiences among matched applicants"),
                decimal(c, "Average number of peer-reviewed publications among matched applicants"),
                share(
                        c,
                        "Percentage of matched applicants who were members of Alpha Omega Alpha (at the time of"
                                + " application)"));
        return ProgramStats.of(new ExplorerFigures(
                integer(c, "# of applications submitted to this program in YYYY"),
                share(c, "% of applicants interviewed by the program in YYYY"),
                offered,
                integer(c, "# of positions filled by this program in the YYYY NRMP Main Match"),
                residents,
                new ScoreRange(step1[0], step1[1]),
                matched,
                c.text("Program accreditation status").orElse(null)));
    }

    private GeoPoint locate(String zip, String city, UsState state) {
        Optional<Place> place = zip == null ? Optional.empty() : zips.zip(zip);
        return place.or(() -> zips.city(city, state)).map(Place::point).orElse(null);
    }

    static ProgramSetting setting(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "university hospital" -> ProgramSetting.UNIVERSITY;
            case "affiliated hospital" -> ProgramSetting.UNIVERSITY_AFFILIATED;
            case "community hospital" -> ProgramSetting.COMMUNITY;
            case "military" -> ProgramSetting.VA_MILITARY;
            default -> null;
        };
    }

    private static Integer[] range(String text) {
        Matcher m = RANGE.matcher(text);
        if (!m.find()) {
            return new Integer[] {null, null};
        }
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(2));
        return new Integer[] {Math.min(a, b), Math.max(a, b)};
    }

    private static Boolean yesNo(ResidencyExplorerWorkbook.Column c, String label) {
        return c.text(label)
                .map(v -> v.toLowerCase(Locale.ROOT))
                .map(v -> v.startsWith("y") ? Boolean.TRUE : v.startsWith("n") ? Boolean.FALSE : null)
                .orElse(null);
    }

    private static Integer integer(ResidencyExplorerWorkbook.Column c, String label) {
        Double x = decimal(c, label);
        return x == null ? null : (int) Math.round(x);
    }

    private static Double share(ResidencyExplorerWorkbook.Column c, String label) {
        Double x = decimal(c, label);
        return x == null || x < 0 || x > 100 ? null : x;
    }

    private static Double decimal(ResidencyExplorerWorkbook.Column c, String label) {
        return c.text(label)
                .map(v -> v.replace(",", "").replace("%", ""))
                .flatMap(v -> {
                    try {
                        double x = Double.parseDouble(v);
                        return Double.isFinite(x) && x >= 0 ? Optional.of(x) : Optional.empty();
                    } catch (NumberFormatException e) {
                        return Optional.empty();
                    }
                })
                .orElse(null);
    }

    private static CatalogProblem problem(ResidencyExplorerWorkbook.Column c, String label, String value, String rule) {
        Integer row = c.rows().get(label);
        return new CatalogProblem(
                c.file(), row == null ? 0 : row, "column " + c.column() + " (" + label + ")", value, rule);
    }
}

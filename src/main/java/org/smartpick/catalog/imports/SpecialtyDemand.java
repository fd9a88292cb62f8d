package org.smartpick.catalog.imports;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.smartpick.catalog.CatalogProblem;
import org.smartpick.catalog.CsvTable;
import org.smartpick.engine.Specialty;

/**
 * Applicants per specialty as NRMP publishes them (a CSV with a specialty label column {@code Program} or
 * {@code specialty} and an {@code n_applicants} or {@code applicants} column), for the market simulator to send
 * applicants to specialties in the published proportions. NRMP labels ("Internal Medicine (Categorical)",
 * "Medicine-Preliminary (PGY-1 Only)") are read as the NRMP results importer reads them; labels of several tracks of
 * one specialty add up; labels of specialties the catalog does not know are reported, not guessed.
 */
public final class SpecialtyDemand {
    /** The applicants per specialty, and the labels left out. */
    public record Result(Map<Specialty, Double> applicants, List<String> skipped) {
        public Result {
            applicants = Map.copyOf(applicants);
            skipped = List.copyOf(skipped);
        }
    }

    private SpecialtyDemand() {}

    public static Result read(String file, Reader in) throws IOException {
        CsvTable table = CsvTable.read(in);
        int label = column(file, table, "Program", "specialty");
        int count = column(file, table, "n_applicants", "applicants");
        Map<Specialty, Double> out = new EnumMap<>(Specialty.class);
        List<String> skipped = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            String name = cell(row, label);
            String value = cell(row, count);
            double applicants;
            try {
                applicants = Double.parseDouble(value.replace(",", ""));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(new CatalogProblem(
                                file, row.line(), table.header().get(count), value, "must be a number of applicants")
                        .toString());
            }
            if (applicants < 0) {
                throw new IllegalArgumentException(
                        new CatalogProblem(file, row.line(), table.header().get(count), value, "must not be negative")
                                .toString());
            }
            Optional<Specialty> specialty = specialty(name);
            specialty.ifPresentOrElse(s -> out.merge(s, applicants, Double::sum), () -> skipped.add(name));
        }
        return new Result(out, skipped);
    }

    /** The label as it is, else without a trailing "(Categorical)"-like note. */
    private static Optional<Specialty> specialty(String label) {
        Optional<Specialty> found = NrmpLabels.specialty(label, null);
        return found.isPresent() ? found : NrmpLabels.specialty(label.replaceAll("\\s*\\([^)]*\\)\\s*$", ""), null);
    }

    private static int column(String file, CsvTable table, String... names) throws IOException {
        for (String name : names) {
            Integer index = table.columns().get(name);
            if (index != null) {
                return index;
            }
        }
        throw new IOException(file + ": needs a column named " + String.join(" or ", names));
    }

    private static String cell(CsvTable.Row row, int index) {
        return index < row.cells().size() ? row.cells().get(index).strip() : "";
    }
}

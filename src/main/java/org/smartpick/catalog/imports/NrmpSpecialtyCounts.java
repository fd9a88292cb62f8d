package org.smartpick.catalog.imports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.smartpick.catalog.CsvTable;
import org.smartpick.engine.Specialty;

/**
 * NRMP's counts of applicants per specialty ({@code Program,n_programs,n_positions,n_applicants}; docs/data.md):
 * only the categorical rows of the core specialties are read (the preliminary, primary-care and combined tracks are
 * other positions).
 */
public final class NrmpSpecialtyCounts {
    private static final Map<String, Specialty> LABELS = Map.of(
            "internal medicine (categorical)", Specialty.INTERNAL_MEDICINE,
            "family medicine", Specialty.FAMILY_MEDICINE,
            "pediatrics (categorical)", Specialty.PEDIATRICS,
            "psychiatry", Specialty.PSYCHIATRY,
            "emergency medicine", Specialty.EMERGENCY_MEDICINE,
            "neurology", Specialty.NEUROLOGY,
            "obstetrics-gynecology", Specialty.OBSTETRICS_GYNECOLOGY,
            "surgery (categorical)", Specialty.SURGERY,
            "anesthesiology", Specialty.ANESTHESIOLOGY);

    private NrmpSpecialtyCounts() {}

    public static Map<Specialty, Integer> read(Path file) throws IOException {
        CsvTable table;
        try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            table = CsvTable.read(in);
        }
        int name = table.header().indexOf("Program");
        int applicants = table.header().indexOf("n_applicants");
        if (name < 0 || applicants < 0) {
            throw new IllegalArgumentException(
                    file + ": expected the columns Program,n_programs,n_positions," + "n_applicants");
        }
        Map<Specialty, Integer> out = new EnumMap<>(Specialty.class);
        for (CsvTable.Row row : table.rows()) {
            Specialty s = LABELS.get(row.cells().get(name).trim().toLowerCase(Locale.ROOT));
            if (s != null) {
                out.put(s, Integer.parseInt(row.cells().get(applicants).trim()));
            }
        }
        return out;
    }
}

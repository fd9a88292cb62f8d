package org.smartpick.reference;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.smartpick.engine.ApplicantType;
import org.smartpick.engine.Figure;
import org.smartpick.engine.Specialty;
import org.smartpick.engine.season.FeeSchedule;
import org.smartpick.engine.season.SeasonCosts;
import org.smartpick.engine.season.SeasonFacts;
import org.smartpick.engine.season.SpecialtyFacts;

/** Loads a season's reference data from its bundled resource {@code reference/season-YYYY.json} (docs/data.md). */
public final class ReferenceData {
    /** The latest season bundled, used when none is asked for. */
    public static final int LATEST_SEASON = 2026;

    private ReferenceData() {}

    public static SeasonFacts latest() {
        return season(LATEST_SEASON);
    }

    public static SeasonFacts season(int year) {
        String resource = "/reference/season-" + year + ".json";
        try (InputStream in = ReferenceData.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException(
                        "no reference data for season " + year + "; bundled: " + LATEST_SEASON);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    public static SeasonFacts read(InputStream in) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        return mapper.readValue(in, SeasonFile.class).toFacts(mapper);
    }

    /** The JSON shape of a season file. */
    record SeasonFile(
            int year,
            String description,
            Fees fees,
            National national,
            Map<Specialty, ObjectNode> specialties,
            SeasonCosts costs) {
        /** The season's facts; each specialty's entry is its {@link SpecialtyFacts} without the specialty (the key). */
        SeasonFacts toFacts(ObjectMapper mapper) throws IOException {
            Map<Specialty, SpecialtyFacts> facts = new EnumMap<>(Specialty.class);
            for (Map.Entry<Specialty, ObjectNode> e : specialties.entrySet()) {
                ObjectNode entry =
                        e.getValue().deepCopy().put("specialty", e.getKey().name());
                facts.put(e.getKey(), mapper.treeToValue(entry, SpecialtyFacts.class));
            }
            return new SeasonFacts(
                    year,
                    fees.toSchedule(),
                    national.matchRates(),
                    national.applicants(),
                    national.positions(),
                    facts,
                    costs);
        }
    }

    record Fees(String source, List<FeeSchedule.Band> bands) {
        FeeSchedule toSchedule() {
            return new FeeSchedule(bands, source);
        }
    }

    record National(Figure applicants, Figure positions, Map<ApplicantType, Figure> matchRates) {}
}

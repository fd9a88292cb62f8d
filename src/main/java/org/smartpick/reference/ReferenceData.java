package org.smartpick.reference;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.smartpick.engine.ApplicantType;
import org.smartpick.engine.Figure;
import org.smartpick.engine.SignalAllotment;
import org.smartpick.engine.Specialty;
import org.smartpick.engine.season.ApplicationService;
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
        return mapper.readValue(in, SeasonFile.class).toFacts();
    }

    /** The JSON shape of a season file. */
    record SeasonFile(
            int year,
            String description,
            Fees fees,
            National national,
            Map<Specialty, SpecialtyEntry> specialties,
            Costs costs) {
        SeasonFacts toFacts() {
            Map<Specialty, SpecialtyFacts> facts = new EnumMap<>(Specialty.class);
            specialties.forEach((s, e) -> facts.put(s, e.toFacts(s)));
            return new SeasonFacts(
                    year,
                    fees.toSchedule(),
                    national.matchRates(),
                    national.applicants(),
                    national.positions(),
                    facts,
                    costs == null ? null : costs.toCosts());
        }
    }

    record Fees(String source, List<FeeSchedule.Band> bands) {
        FeeSchedule toSchedule() {
            return new FeeSchedule(bands, source);
        }
    }

    record Costs(
            Figure matchRegistration,
            Figure matchIncludedPrograms,
            Figure matchExtraProgram,
            Figure inPersonInterview) {
        SeasonCosts toCosts() {
            return new SeasonCosts(matchRegistration, matchIncludedPrograms, matchExtraProgram, inPersonInterview);
        }
    }

    record Service(String name, boolean feesKnown, String source) {}

    record National(Figure applicants, Figure positions, Map<ApplicantType, Figure> matchRates) {}

    record SpecialtyEntry(
            Figure programs,
            Figure positions,
            Figure applicants,
            Figure fillRate,
            Figure step2Matched,
            Figure step2MatchedQ1,
            Figure step2MatchedQ3,
            Figure step2Unmatched,
            Map<ApplicantType, Figure> matchRates,
            SignalAllotment signals,
            Service service) {
        SpecialtyFacts toFacts(Specialty specialty) {
            return new SpecialtyFacts(
                    specialty,
                    programs,
                    positions,
                    applicants,
                    fillRate,
                    step2Matched,
                    step2MatchedQ1,
                    step2MatchedQ3,
                    step2Unmatched,
                    matchRates,
                    signals,
                    service == null
                            ? null
                            : new ApplicationService(service.name(), service.feesKnown(), service.source()));
        }
    }
}

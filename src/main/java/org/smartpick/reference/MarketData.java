package org.smartpick.reference;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.smartpick.engine.ApplicantType;
import org.smartpick.engine.Figure;
import org.smartpick.match.MarketFigures;

/** Loads the market simulator's figures from the bundled {@code reference/market-YYYY.json} (docs/data.md). */
public final class MarketData {
    private MarketData() {}

    public static MarketFigures season(int year) {
        String resource = "/reference/market-" + year + ".json";
        try (InputStream in = MarketData.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException(
                        "no market figures for season " + year + "; bundled: " + ReferenceData.LATEST_SEASON);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    public static MarketFigures read(InputStream in) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        return mapper.readValue(in, MarketFile.class).toFigures();
    }

    /** The JSON shape of a market file. */
    record MarketFile(
            int year,
            String description,
            Figure applicantsPerPosition,
            Map<ApplicantType, MarketFigures.TypeFigures> types,
            Figure interviewsPerPosition,
            Figure interviewsAttended,
            Figure coupleShare,
            Figure homePreference,
            Figure prestigeSd,
            Figure screenedShare,
            Figure matchRate,
            Figure fillRate) {
        MarketFigures toFigures() {
            return new MarketFigures(
                    applicantsPerPosition,
                    types,
                    interviewsPerPosition,
                    interviewsAttended,
                    coupleShare,
                    homePreference,
                    prestigeSd,
                    screenedShare,
                    matchRate,
                    fillRate);
        }
    }
}

package org.smartpick.reference;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
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

    /** The figures of a market file; its {@code year} and {@code description} say what it is and are not figures. */
    public static MarketFigures read(InputStream in) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        ObjectNode file = (ObjectNode) mapper.readTree(in);
        file.remove(List.of("year", "description"));
        return mapper.treeToValue(file, MarketFigures.class);
    }
}

package org.smartpick.catalog.geo;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.smartpick.engine.UsState;

/**
 * Which states share a land border (US Census Bureau state boundaries; the Four Corners, where states touch at a
 * single point, do not count). Used to widen a search "to the neighbouring states", as the seed article does for
 * California (Nevada, Arizona, Oregon). Alaska, Hawaii and Puerto Rico have none.
 */
final class StateBorders {
    private static final String TABLE = """
            AL FL GA MS TN
            AZ CA NV UT NM
            AR LA MS MO OK TN TX
            CA AZ NV OR
            CO KS NE NM OK UT WY
            CT MA NY RI
            DE MD NJ PA
            DC MD VA
            FL AL GA
            GA AL FL NC SC TN
            ID MT NV OR UT WA WY
            IL IN IA KY MO WI
            IN IL KY MI OH
            IA IL MN MO NE SD WI
            KS CO MO NE OK
            KY IL IN MO OH TN VA WV
            LA AR MS TX
            ME NH
            MD DE PA VA WV DC
            MA CT NH NY RI VT
            MI IN OH WI
            MN IA ND SD WI
            MS AL AR LA TN
            MO AR IL IA KS KY NE OK TN
            MT ID ND SD WY
            NE CO IA KS MO SD WY
            NV AZ CA ID OR UT
            NH ME MA VT
            NJ DE NY PA
            NM AZ CO OK TX
            NY CT MA NJ PA VT
            NC GA SC TN VA
            ND MN MT SD
            OH IN KY MI PA WV
            OK AR CO KS MO NM TX
            OR CA ID NV WA
            PA DE MD NJ NY OH WV
            RI CT MA
            SC GA NC
            SD IA MN MT NE ND WY
            TN AL AR GA KY MS MO NC VA
            TX AR LA NM OK
            UT AZ CO ID NV WY
            VT MA NH NY
            VA KY MD NC TN WV DC
            WA ID OR
            WV KY MD OH PA VA
            WI IL IA MI MN
            WY CO ID MT NE SD UT
            """;

    private static final Map<UsState, Set<UsState>> BORDERS = parse();

    private StateBorders() {}

    /** The states bordering this one, in the enum's order. */
    public static List<UsState> of(UsState state) {
        return List.copyOf(BORDERS.getOrDefault(state, EnumSet.noneOf(UsState.class)));
    }

    private static Map<UsState, Set<UsState>> parse() {
        Map<UsState, Set<UsState>> out = new EnumMap<>(UsState.class);
        TABLE.lines().map(String::trim).filter(l -> !l.isEmpty()).forEach(line -> {
            String[] codes = line.split(" ");
            Set<UsState> neighbours = EnumSet.noneOf(UsState.class);
            for (int i = 1; i < codes.length; i++) {
                neighbours.add(UsState.valueOf(codes[i]));
            }
            out.put(UsState.valueOf(codes[0]), neighbours);
        });
        return out;
    }
}

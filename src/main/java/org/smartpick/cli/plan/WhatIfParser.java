package org.smartpick.cli.plan;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.smartpick.catalog.geo.Geography;
import org.smartpick.catalog.geo.Region;
import org.smartpick.cli.common.BadInput;
import org.smartpick.engine.recommend.WhatIf;

/** Reads {@code --what-if} values: step2+N, step2-N, research-year, regional-letter, region=NAME. */
final class WhatIfParser {
    private static final Pattern STEP2 = Pattern.compile("step2([+-]\\d{1,2})");

    private WhatIfParser() {}

    static WhatIf parse(String text) {
        String t = text.trim();
        Matcher step2 = STEP2.matcher(t.toLowerCase(Locale.ROOT));
        if (step2.matches()) {
            return new WhatIf.Step2Change(Integer.parseInt(step2.group(1)));
        }
        if (t.equalsIgnoreCase("research-year")) {
            return new WhatIf.ResearchYear();
        }
        if (t.equalsIgnoreCase("regional-letter")) {
            return new WhatIf.RegionalLetter();
        }
        if (t.toLowerCase(Locale.ROOT).startsWith("region=") && t.length() > 7) {
            return new WhatIf.WiderArea(t.substring(7).trim());
        }
        throw new BadInput("--what-if: \"" + text + "\" is not a change I know; use step2+N, step2-N, research-year,"
                + " regional-letter or region=NAME");
    }

    /** A region change must name a known region; it is kept under its canonical name. */
    static WhatIf canonical(WhatIf change, Geography geography) {
        if (change instanceof WhatIf.WiderArea wider) {
            return new WhatIf.WiderArea(geography
                    .regions()
                    .find(wider.region())
                    .map(Region::name)
                    .orElseThrow(
                            () -> new BadInput("--what-if: unknown region \"" + wider.region() + "\"; known regions: "
                                    + geography.regions().all().stream()
                                            .map(Region::name)
                                            .toList())));
        }
        return change;
    }
}

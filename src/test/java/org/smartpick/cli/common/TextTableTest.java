package org.smartpick.cli.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class TextTableTest {
    @Test
    void aTableTooWideForTheTerminalIsStackedARowAtATime() {
        Assumptions.assumeTrue(WrappedText.terminalWidth() < 120, "a terminal this wide holds the table as it is");
        TextTable table =
                new TextTable(List.of("ID", "SPECIALTY", "CITY", "SETTING", "PROGRAM"), List.of(28, 30, 30, 30, 200));
        table.add(List.of(
                "kaiser-woodland-hills-fm",
                "Family Medicine",
                "Woodland Hills",
                "UNIVERSITY_AFFILIATED",
                "Kaiser Permanente Southern California (Woodland Hills) Family Medicine Program"));
        table.note("· a reason under the row that is long enough to need more than one line at eighty columns");
        StringWriter text = new StringWriter();
        table.print(new PrintWriter(text, true));
        List<String> lines = text.toString().lines().toList();
        assertThat(lines).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(WrappedText.terminalWidth()));
        String all = String.join(" ", lines).replaceAll("\\s+", " ");
        assertThat(all)
                .contains(
                        "kaiser-woodland-hills-fm — Kaiser Permanente Southern California (Woodland"
                                + " Hills) Family Medicine Program",
                        "Family Medicine · Woodland Hills · UNIVERSITY_AFFILIATED",
                        "a reason under the row");
    }

    @Test
    void aLongLastCellWrapsUnderItsColumnAndIsNeverCut() {
        TextTable table = new TextTable(List.of("ID", "PROGRAM"), List.of(10, 200));
        String name = "University of California Riverside School of Medicine/St. Bernardine Medical Center Program";
        table.add(List.of("1400500001", name));
        StringWriter text = new StringWriter();
        table.print(new PrintWriter(text, true));
        List<String> lines = text.toString().lines().toList();
        assertThat(lines).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(WrappedText.terminalWidth()));
        assertThat(String.join(" ", lines.subList(2, lines.size())).replaceAll("\\s+", " "))
                .contains(name);
        if (name.length() > WrappedText.terminalWidth() - 12) {
            assertThat(lines.get(3)).startsWith(" ".repeat(12));
        }
    }
}

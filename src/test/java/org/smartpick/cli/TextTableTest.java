package org.smartpick.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextTableTest {
    @Test
    void aLongLastCellWrapsUnderItsColumnAndIsNeverCut() {
        TextTable table = new TextTable(List.of("ID", "PROGRAM"), List.of(10, 200));
        String name = "University of California Riverside School of Medicine/St. Bernardine Medical Center Program";
        table.add(List.of("1400500001", name));
        StringWriter text = new StringWriter();
        table.print(new PrintWriter(text, true));
        List<String> lines = text.toString().lines().toList();
        assertThat(lines).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(WrappedText.terminalWidth()));
        assertThat(String.join(" ", lines.subList(2, lines.size())).replaceAll("\\s+", " ")).contains(name);
        if (name.length() > WrappedText.terminalWidth() - 12) {
            assertThat(lines.get(3)).startsWith(" ".repeat(12));
        }
    }
}

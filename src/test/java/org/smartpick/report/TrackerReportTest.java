package org.smartpick.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smartpick.Fixtures;
import org.smartpick.catalog.ProgramCatalog;
import org.smartpick.engine.Signal;
import org.smartpick.engine.chance.ChanceModel;
import org.smartpick.engine.profile.Profile;
import org.smartpick.profile.ProfileCheck;
import org.smartpick.profile.ProfileReader;
import org.smartpick.profile.Tracker;
import org.smartpick.reference.ModelParameterFile;
import org.smartpick.reference.ReferenceData;

/** The tracker's report when the catalog has moved on since the tracker was saved. */
class TrackerReportTest {
    private static final ChanceModel MODEL = new ChanceModel(ModelParameterFile.bundled(), ReferenceData.latest());

    @Test
    void aProgramTheActiveCatalogNoLongerHasIsLeftOutAndNamed() throws Exception {
        Profile profile = ((ProfileCheck.Valid) new ProfileReader(Fixtures.geography(), 2026)
                        .read(Files.readString(Path.of("examples/01-la-low-step2-us-md.json"))))
                .profile();
        var prepared = PreparedCatalog.of(
                Fixtures.geography(),
                ProgramCatalog.starter(Fixtures.geography().zips()));
        LocalDate applied = LocalDate.of(2025, 9, 24);
        Tracker tracker = new Tracker(
                LocalDate.of(2025, 10, 20),
                List.of(
                        new Tracker.Entry(
                                "ucla-im",
                                Tracker.Status.INVITED,
                                applied,
                                Signal.NONE,
                                applied.plusDays(10),
                                null,
                                null,
                                null),
                        new Tracker.Entry(
                                "closed-program",
                                Tracker.Status.NO_WORD,
                                applied,
                                Signal.NONE,
                                null,
                                null,
                                null,
                                null)));
        TrackerReport report =
                TrackerReport.of(Fixtures.geography(), MODEL, profile, prepared, tracker, LocalDate.of(2025, 10, 20));
        assertThat(report.lines()).extracting(l -> l.entry().id()).containsExactly("ucla-im");
        assertThat(report.notInCatalog()).containsExactly("closed-program");
        assertThat(report.json().get("summary").toString()).contains("after 1 invitation", "left out: closed-program");
        // saving it again keeps the line; adding a program the catalog never had is refused
        assertThat(TrackerReport.problems(Fixtures.geography(), MODEL, profile, prepared.catalog(), tracker, tracker))
                .isEmpty();
        assertThat(TrackerReport.problems(
                        Fixtures.geography(), MODEL, profile, prepared.catalog(), tracker, Tracker.empty()))
                .extracting(p -> p.pointer())
                .containsExactly("/entries/1/id");
    }
}

package org.smartpick.catalog.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.smartpick.engine.Specialty;

class SpecialtyDemandTest {
    @Test
    void nrmpLabelsAreReadAndTracksOfOneSpecialtyAddUp() throws Exception {
        String csv = """
                Program,n_programs,n_positions,n_applicants
                Internal Medicine (Categorical),10,100,170
                Medicine-Primary,2,10,20
                Medicine-Preliminary (PGY-1 Only),3,30,60
                Surgery (Categorical),4,40,70
                Family Medicine,8,50,"1,200"
                Nuclear Medicine,1,2,3
                """;
        SpecialtyDemand.Result r = SpecialtyDemand.read("counts.csv", new StringReader(csv));
        assertThat(r.applicants())
                .containsEntry(Specialty.INTERNAL_MEDICINE, 190.0)
                .containsEntry(Specialty.INTERNAL_MEDICINE_PRELIMINARY, 60.0)
                .containsEntry(Specialty.SURGERY, 70.0)
                .containsEntry(Specialty.FAMILY_MEDICINE, 1200.0);
        assertThat(r.skipped()).containsExactly("Nuclear Medicine");
    }

    @Test
    void aMissingColumnOrABadCountIsNamed() {
        assertThatThrownBy(() -> SpecialtyDemand.read("a.csv", new StringReader("Program,positions\nX,1\n")))
                .hasMessageContaining("a.csv")
                .hasMessageContaining("n_applicants or applicants");
        assertThatThrownBy(
                        () -> SpecialtyDemand.read("b.csv", new StringReader("specialty,applicants\nPsychiatry,-4\n")))
                .hasMessageContaining("b.csv:2")
                .hasMessageContaining("must not be negative");
    }
}

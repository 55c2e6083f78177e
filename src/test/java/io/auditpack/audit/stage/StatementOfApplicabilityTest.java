package io.auditpack.audit.stage;

import static io.auditpack.domain.EvidenceType.RECORD;
import static io.auditpack.domain.Frequency.MONTHLY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.auditpack.catalog.Catalog;
import io.auditpack.domain.ControlStatus;
import io.auditpack.domain.DesignStatus;
import io.auditpack.domain.OperatingStatus;
import io.auditpack.domain.PackageType;
import io.auditpack.verdict.Implementation;
import io.auditpack.verdict.SoaControl;
import io.auditpack.verdict.SoaRow;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatementOfApplicabilityTest {

    private static List<SoaRow> rows(StageInputs inputs) {
        return StatementOfApplicability.rows(
                inputs.audit(StageInputs.stage2(), "2026-04-01"), inputs.build(), Catalog.builtIn());
    }

    private static SoaRow row(List<SoaRow> rows, String id) {
        return rows.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    private static StageInputs library() {
        return new StageInputs()
                .control("CM-01", MONTHLY)
                .control("PHY-01", MONTHLY, ControlStatus.PLANNED)
                .map("CM-01", "A.8.32", "A.5.1")
                .map("PHY-01", "A.7.1")
                .evidence("JAN", RECORD, "2026-01-10", "CM-01")
                .evidence("FEB", RECORD, "2026-02-10", "CM-01")
                .evidence("MAR", RECORD, "2026-03-10", "CM-01")
                .exclude("A.7.4", "No data centre")
                .include("A.5.1", "Required by the board");
    }

    @Test
    void everyAnnexAControlIsListedOnceInCatalogOrder() {
        List<SoaRow> rows = rows(library());
        assertThat(rows).hasSize(93);
        assertThat(rows.get(0).id()).isEqualTo("A.5.1");
        assertThat(rows.get(92).id()).isEqualTo("A.8.34");
        assertThat(rows).extracting(SoaRow::id).doesNotHaveDuplicates().allMatch(id -> id.startsWith("A."));
    }

    @Test
    void anImplementedControlShowsItsControlsWithTheirOperatingStatus() {
        SoaRow change = row(rows(library()), "A.8.32");
        assertThat(change.applicable()).isTrue();
        assertThat(change.implementation()).isEqualTo(Implementation.IMPLEMENTED);
        assertThat(change.design()).isEqualTo(DesignStatus.COVERED);
        assertThat(change.operating()).isEqualTo(OperatingStatus.EFFECTIVE);
        assertThat(change.controls()).extracting(SoaControl::label).containsExactly("CM-01 (effective)");
        assertThat(change.justification()).isEmpty();
        assertThat(change.unjustified()).isTrue();
        assertThat(change.theme()).isEqualTo("technological");
    }

    @Test
    void anExclusionCarriesItsJustificationAndAnInclusionItsOwnText() {
        List<SoaRow> rows = rows(library());
        SoaRow excluded = row(rows, "A.7.4");
        assertThat(excluded.applicable()).isFalse();
        assertThat(excluded.implementation()).isEqualTo(Implementation.EXCLUDED);
        assertThat(excluded.justification()).isEqualTo("No data centre");
        assertThat(row(rows, "A.5.1").justification()).isEqualTo("Required by the board");
        assertThat(row(rows, "A.5.1").unjustified()).isFalse();
        assertThat(excluded.unjustified()).isFalse();
    }

    @Test
    void aControlWithOnlyAPlannedControlIsPlannedAndOneWithNoneNotImplemented() {
        List<SoaRow> rows = rows(library());
        SoaRow offices = row(rows, "A.7.1");
        assertThat(offices.implementation()).isEqualTo(Implementation.PLANNED);
        assertThat(offices.design()).isEqualTo(DesignStatus.MISSING_CONTROL);
        assertThat(offices.controls()).extracting(SoaControl::label).containsExactly("PHY-01 (planned)");
        assertThat(row(rows, "A.5.32").implementation()).isEqualTo(Implementation.NOT_IMPLEMENTED);
        assertThat(row(rows, "A.5.32").controls()).isEmpty();
    }

    @Test
    void aSoc2PackageHasNoStatementOfApplicability() {
        StageInputs inputs = library();
        assertThatThrownBy(() -> StatementOfApplicability.rows(
                        inputs.audit(StageInputs.job(PackageType.SOC2_TYPE1, null), "2026-04-01"),
                        inputs.build(),
                        Catalog.builtIn()))
                .hasMessageContaining("soc2-type1 does not cover ISO 27001");
    }
}

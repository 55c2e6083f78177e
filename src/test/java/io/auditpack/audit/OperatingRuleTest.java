package io.auditpack.audit;

import static io.auditpack.audit.Given.control;
import static io.auditpack.audit.Given.day;
import static io.auditpack.audit.Given.job;
import static io.auditpack.audit.Given.record;
import static io.auditpack.audit.Given.type2;
import static org.assertj.core.api.Assertions.assertThat;

import io.auditpack.domain.ControlStatus;
import io.auditpack.domain.OperatingStatus;
import io.auditpack.domain.PackageType;
import java.util.List;
import org.junit.jupiter.api.Test;

class OperatingRuleTest {

    @Test
    void givenAPlannedControlThenItIsNotImplementedWithNoSlices() {
        AuditFrame frame = new AuditFrame(type2("2026-01-01", "2026-12-31"), day("2026-12-31"));

        OperatingVerdict verdict = OperatingRule.judge(
                control("C1").status(ControlStatus.PLANNED).build(),
                frame,
                List.of(record("R1", "2026-01-05", "C1").build()),
                Occurrences.ofRecords());

        assertThat(verdict).isEqualTo(OperatingVerdict.notImplemented());
    }

    @Test
    void givenAPointInTimePackageThenAnImplementedControlIsNotYetDueWithoutSlices() {
        AuditFrame frame = new AuditFrame(job(PackageType.SOC2_TYPE1, null), day("2026-06-30"));

        OperatingVerdict verdict = OperatingRule.judge(
                control("C1").build(),
                frame,
                List.of(record("R1", "2026-01-05", "C1").build()),
                Occurrences.ofRecords());

        assertThat(verdict.status()).isEqualTo(OperatingStatus.NOT_YET_DUE);
        assertThat(verdict.due() + verdict.covered() + verdict.pending()).isZero();
    }

    @Test
    void givenAPeriodPackageThenTheControlsFrequencyDecidesTheSlices() {
        AuditFrame frame = new AuditFrame(type2("2026-01-01", "2026-12-31"), day("2026-01-15"));

        OperatingVerdict verdict = OperatingRule.judge(
                control("C1").frequency(io.auditpack.domain.Frequency.DAILY).build(),
                frame,
                List.of(record("R1", "2026-01-05", "C1").build()),
                Occurrences.ofRecords());

        assertThat(verdict.due()).isEqualTo(14);
        assertThat(verdict.covered()).isEqualTo(1);
        assertThat(verdict.status()).isEqualTo(OperatingStatus.INCONSISTENT);
    }
}

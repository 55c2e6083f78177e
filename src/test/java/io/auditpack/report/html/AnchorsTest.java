package io.auditpack.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.auditpack.domain.Framework;
import org.junit.jupiter.api.Test;

class AnchorsTest {

    @Test
    void safeIdsAreKeptAndPrefixedByWhatTheyName() {
        assertThat(Anchors.requirement(Framework.SOC2, "CC6.1")).isEqualTo("req-SOC2-CC6.1");
        assertThat(Anchors.requirement(Framework.ISO27001, "A.5.1")).isEqualTo("req-ISO27001-A.5.1");
        assertThat(Anchors.control("IAM-01")).isEqualTo("ctl-IAM-01");
        assertThat(Anchors.evidence("IAM-01", "EV-0001")).isEqualTo("ev-IAM-01~~EV-0001");
        assertThat(Anchors.request("PBC-001")).isEqualTo("rq-PBC-001");
    }

    @Test
    void everyOtherByteIsWrittenAsTildeAndHexSoDistinctIdsStayDistinct() {
        assertThat(Anchors.encode("a b")).isEqualTo("a~20b");
        assertThat(Anchors.encode("a_b")).isEqualTo("a_b");
        assertThat(Anchors.encode("ü\"<#~")).isEqualTo("~C3~BC~22~3C~23~7E");
        assertThat(Anchors.evidence("C", "x~~y")).isNotEqualTo(Anchors.evidence("C~~x", "y"));
    }
}

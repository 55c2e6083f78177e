package io.auditpack.report.pdf;

import io.auditpack.domain.Gap;

/** One gap in a sentence: {@code missing_operational_record: SOC2 A1.2, control AV-03 (owner Ops)}. */
final class GapWords {
    private GapWords() {}

    static String describe(Gap gap) {
        return gap.type().word() + ": " + gap.framework().label() + " " + gap.requirement()
                + (gap.control().isEmpty() ? "" : ", control " + gap.control())
                + (gap.owner().isEmpty() ? "" : " (owner " + gap.owner() + ")");
    }
}

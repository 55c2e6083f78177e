package io.auditpack.report.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.auditpack.audit.Slicer;
import io.auditpack.domain.Control;
import io.auditpack.domain.ControlStatus;
import io.auditpack.domain.EvidenceItem;
import io.auditpack.domain.EvidenceType;
import io.auditpack.domain.Frequency;
import io.auditpack.domain.Period;
import io.auditpack.domain.Slice;
import io.auditpack.domain.SourceRef;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The Evidence sheet's slice labels equal their definition: every slice the record's date or range touches. */
class EvidenceSlicesTest {
    private static final Period PERIOD = new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));

    @Test
    void labelsEqualTheSlicesTheDateAndTheRangeTouchOnRandomRecords() {
        Random random = new Random(11);
        EvidenceSlices slices =
                new EvidenceSlices(id -> Slicer.slices(Frequency.valueOf(id.substring("C-".length())), PERIOD));
        for (Frequency frequency : Frequency.values()) {
            Control control = control("C-" + frequency, frequency);
            for (int i = 0; i < 3_000; i++) {
                LocalDate performed = PERIOD.start().plusDays(random.nextInt(420) - 30);
                LocalDate from = null;
                LocalDate to = null;
                if (random.nextBoolean()) {
                    from = PERIOD.start().plusDays(random.nextInt(420) - 30);
                    to = from.plusDays(random.nextInt(random.nextBoolean() ? 10 : 200));
                }
                EvidenceItem item = item(performed, from, to);

                assertThat(slices.label(item, control))
                        .as("%s %s %s..%s", frequency, performed, from, to)
                        .isEqualTo(definition(Slicer.slices(frequency, PERIOD), item));
            }
        }
    }

    /** The label as first written: the touched slices collected in a sorted set. */
    private static String definition(List<Slice> slices, EvidenceItem item) {
        TreeSet<Integer> hit = new TreeSet<>();
        touch(slices, item.performedOn(), item.performedOn(), hit);
        if (item.hasRange()) {
            touch(slices, item.coversFrom(), item.coversTo(), hit);
        }
        if (hit.isEmpty()) {
            return "";
        }
        if (hit.size() <= 3) {
            List<String> labels = new ArrayList<>();
            hit.forEach(i -> labels.add(slices.get(i).label()));
            return String.join("; ", labels);
        }
        return slices.get(hit.first()).label() + " .. " + slices.get(hit.last()).label() + " (" + hit.size()
                + " slices)";
    }

    private static void touch(List<Slice> slices, LocalDate from, LocalDate to, TreeSet<Integer> hit) {
        for (int i = 0; i < slices.size(); i++) {
            if (!slices.get(i).end().isBefore(from) && !slices.get(i).start().isAfter(to)) {
                hit.add(i);
            }
        }
    }

    private static Control control(String id, Frequency frequency) {
        return new Control(
                id,
                id,
                "",
                "",
                frequency,
                List.of(),
                "",
                ControlStatus.IMPLEMENTED,
                false,
                SourceRef.of("x"),
                Map.of());
    }

    private static EvidenceItem item(LocalDate performed, LocalDate from, LocalDate to) {
        return new EvidenceItem(
                "EV-1",
                List.of("C"),
                "t",
                EvidenceType.LOG,
                performed,
                from,
                to,
                null,
                "",
                "",
                "",
                "",
                SourceRef.of("evidence.csv"),
                Map.of());
    }
}

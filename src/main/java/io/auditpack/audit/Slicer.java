package io.auditpack.audit;

import io.auditpack.domain.Frequency;
import io.auditpack.domain.Period;
import io.auditpack.domain.Slice;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a period into the slices of a frequency, anchored at the period start: slice k of an n-month frequency
 * starts at {@code start.plusMonths(k * n)} (so a 31 January start stays on month ends), each slice ends the day
 * before the next one starts, and the last slice is cut at the period end.
 */
public final class Slicer {
    private Slicer() {}

    public static List<Slice> slices(Frequency frequency, Period period) {
        return switch (frequency) {
            case EVENT -> List.of(new Slice(0, period.start(), period.end()));
            case DAILY -> cut(period, k -> period.start().plusDays(k));
            case WEEKLY -> cut(period, k -> period.start().plusDays(7L * k));
            case CONTINUOUS, MONTHLY -> months(period, 1);
            case QUARTERLY -> months(period, 3);
            case SEMIANNUAL -> months(period, 6);
            case ANNUAL -> months(period, 12);
        };
    }

    private static List<Slice> months(Period period, int n) {
        return cut(period, k -> period.start().plusMonths((long) k * n));
    }

    private static List<Slice> cut(Period period, java.util.function.IntFunction<LocalDate> startOf) {
        List<Slice> slices = new ArrayList<>();
        for (int k = 0; !startOf.apply(k).isAfter(period.end()); k++) {
            LocalDate next = startOf.apply(k + 1);
            LocalDate end = next.minusDays(1).isAfter(period.end()) ? period.end() : next.minusDays(1);
            slices.add(new Slice(k, startOf.apply(k), end));
        }
        return List.copyOf(slices);
    }
}

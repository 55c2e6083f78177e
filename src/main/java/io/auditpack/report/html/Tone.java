package io.auditpack.report.html;

/**
 * The colour of a status word, as the workbook colours it: green for effective, covered, current, present, ready,
 * implemented and fulfilled (and a test's pass); amber for inconsistent, partial, stale, ready_with_observations, partially_implemented
 * and planned; red for no_records, missing_control, missing, not_ready, not_implemented and overdue (and a test's exception); none otherwise.
 */
enum Tone {
    GOOD("st good"),
    WARN("st warn"),
    BAD("st bad"),
    NONE("st");

    private final String cssClass;

    Tone(String cssClass) {
        this.cssClass = cssClass;
    }

    static Tone of(String word) {
        return switch (word) {
            case "effective", "covered", "current", "present", "ready", "implemented", "fulfilled", "pass" -> GOOD;
            case "inconsistent", "partial", "stale", "ready_with_observations", "partially_implemented", "planned" ->
                WARN;
            case "no_records", "missing_control", "missing", "not_ready", "not_implemented", "overdue", "exception" ->
                BAD;
            default -> NONE;
        };
    }

    String cssClass() {
        return cssClass;
    }
}

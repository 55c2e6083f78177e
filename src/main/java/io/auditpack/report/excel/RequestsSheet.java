package io.auditpack.report.excel;

import io.auditpack.domain.AuditorRequest;
import io.auditpack.report.PackContext;
import io.auditpack.verdict.RequestAnswer;
import io.auditpack.verdict.RequestEvidence;
import java.util.List;

/**
 * Sheet {@code Requests}: the auditor's request list with the pack's answer, one row per request in list order (as
 * data/requests.csv, which lists every evidence path): the auditor's status beside the computed fulfilment, the
 * controls targeted, answered and missing, the received dates, the number of evidence files, a link to the first
 * and the first {@value #PATHS_SHOWN} paths. Header only when the input has no request list.
 */
final class RequestsSheet {
    static final String NAME = "Requests";
    static final int PATHS_SHOWN = 10;
    static final List<String> HEADER = List.of(
            "Request",
            "Reference",
            "Description",
            "Requirements",
            "Controls named",
            "Requested on",
            "Due on",
            "Auditor status",
            "Fulfilment",
            "Controls targeted",
            "Controls answered",
            "Controls missing",
            "First received",
            "Complete on",
            "Evidence files",
            "First evidence file",
            "Evidence files (first " + PATHS_SHOWN + ")",
            "Auditor comment");
    private static final List<Integer> WIDTHS =
            List.of(10, 14, 44, 18, 18, 12, 12, 14, 12, 24, 24, 20, 14, 14, 10, 40, 60, 36);

    private RequestsSheet() {}

    static void write(StreamingWorkbook workbook, Styles styles, PackContext context) {
        TableSheet sheet = new TableSheet(workbook, styles, NAME, HEADER, WIDTHS);
        for (RequestAnswer answer : context.report().tracking().requests()) {
            AuditorRequest request = answer.request();
            List<String> paths = answer.evidence().stream()
                    .map(RequestEvidence::path)
                    .distinct()
                    .toList();
            String first = paths.isEmpty() ? "" : paths.get(0);
            String listed = String.join("; ", paths.stream().limit(PATHS_SHOWN).toList())
                    + (paths.size() > PATHS_SHOWN ? "; and %d more".formatted(paths.size() - PATHS_SHOWN) : "");
            sheet.row()
                    .text(request.id())
                    .text(request.reference())
                    .text(request.description())
                    .text(String.join("; ", request.requirementIds()))
                    .text(String.join("; ", request.controlIds()))
                    .date(request.requestedOn())
                    .date(request.dueOn())
                    .word(request.status())
                    .status(answer.fulfilment().word())
                    .text(String.join("; ", answer.controls()))
                    .text(String.join("; ", answer.answered()))
                    .text(String.join(
                            "; ",
                            answer.controls().stream()
                                    .filter(c -> !answer.answered().contains(c))
                                    .toList()))
                    .date(answer.firstReceived().orElse(null))
                    .date(answer.completeOn().orElse(null))
                    .number(paths.size())
                    .link(first, first.startsWith("data/") ? first.substring("data/".length()) : first)
                    .text(listed)
                    .text(request.auditorComment());
        }
        sheet.finish();
    }
}

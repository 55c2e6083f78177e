package io.auditpack.report.html;

import io.auditpack.domain.AuditorRequest;
import io.auditpack.verdict.RequestAnswer;
import io.auditpack.verdict.RequestEvidence;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The auditor's request list (shown when the pack has one), in request-list order: the request as given, the
 * auditor's status beside the computed fulfilment in colour, links to the controls it targets and to the evidence
 * files that answer it.
 */
final class RequestSection implements Section {
    private static final List<String> HEADERS = List.of(
            "Request",
            "Reference",
            "Description",
            "Due on",
            "Auditor status",
            "Fulfilment",
            "Controls",
            "Evidence files",
            "Auditor comment");

    @Override
    public String id() {
        return "requests";
    }

    @Override
    public String heading() {
        return "Auditor requests";
    }

    @Override
    public boolean shows(View view) {
        return !view.context().report().tracking().requests().isEmpty();
    }

    @Override
    public void write(Page page, View view) {
        page.table(true, HEADERS);
        for (RequestAnswer answer : view.context().report().tracking().requests()) {
            AuditorRequest request = answer.request();
            page.open("tr", "id", Anchors.request(request.id()))
                    .cell(request.id())
                    .cell(request.reference())
                    .cell(request.description())
                    .cell(request.dueOn() == null ? "" : request.dueOn().toString())
                    .cell(request.status())
                    .status(answer.fulfilment().word())
                    .open("td", "class", "refs");
            answer.controls().forEach(control -> ControlLinks.write(page, view, control));
            page.close("td").open("td", "class", "refs");
            Set<String> paths = new LinkedHashSet<>();
            answer.evidence().stream().map(RequestEvidence::path).forEach(paths::add);
            for (String path : paths) {
                String relative = path.startsWith("data/") ? path.substring("data/".length()) : path;
                page.link(relative, relative.substring(relative.lastIndexOf('/') + 1), "class", "file")
                        .text(" ");
            }
            page.close("td").cell(request.auditorComment()).close("tr").newline();
        }
        page.endTable();
    }
}

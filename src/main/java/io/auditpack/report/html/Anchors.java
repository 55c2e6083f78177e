package io.auditpack.report.html;

import io.auditpack.domain.Framework;
import java.nio.charset.StandardCharsets;

/**
 * The element IDs the page links between: {@code req-SOC2-CC6.1}, {@code ctl-AC-01}, {@code ev-AC-01~~EV-0001},
 * {@code rq-PBC-001}. IDs keep {@code [A-Za-z0-9._-]} and write every other byte of their UTF-8 form as {@code ~XX}
 * (upper-case hex), so distinct IDs give distinct anchors that need no escaping in a URL fragment.
 */
final class Anchors {
    private Anchors() {}

    static String requirement(Framework framework, String id) {
        return "req-" + framework.label() + "-" + encode(id);
    }

    static String control(String id) {
        return "ctl-" + encode(id);
    }

    static String evidence(String control, String evidenceId) {
        return "ev-" + encode(control) + "~~" + encode(evidenceId);
    }

    static String request(String id) {
        return "rq-" + encode(id);
    }

    static String encode(String id) {
        StringBuilder out = new StringBuilder(id.length());
        for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'A' && c <= 'Z')
                    || (c >= 'a' && c <= 'z')
                    || (c >= '0' && c <= '9')
                    || c == '.'
                    || c == '_'
                    || c == '-') {
                out.append((char) c);
            } else {
                out.append('~')
                        .append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }
}

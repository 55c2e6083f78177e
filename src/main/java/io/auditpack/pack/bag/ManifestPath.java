package io.auditpack.pack.bag;

/**
 * The path encoding of RFC 8493 section 2.1.3: in manifest lines, CR, LF and the percent sign (and only those) are
 * percent-encoded.
 */
final class ManifestPath {
    private ManifestPath() {}

    static String encode(String path) {
        StringBuilder out = new StringBuilder(path.length());
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            switch (c) {
                case '%' -> out.append("%25");
                case '\r' -> out.append("%0D");
                case '\n' -> out.append("%0A");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    static String decode(String path) {
        StringBuilder out = new StringBuilder(path.length());
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '%' && i + 2 < path.length()) {
                String code = path.substring(i + 1, i + 3).toUpperCase(java.util.Locale.ROOT);
                switch (code) {
                    case "25" -> out.append('%');
                    case "0D" -> out.append('\r');
                    case "0A" -> out.append('\n');
                    default -> {
                        out.append(c);
                        continue;
                    }
                }
                i += 2;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}

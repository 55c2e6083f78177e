package io.auditpack.report.html;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The page's only style sheet and script, inline, and the Content Security Policy that admits exactly these two (by
 * their SHA-256) and nothing else: no network load of any kind, images only as {@code data:}, no base URL, no form
 * target. Links to the bag's files stay plain navigation.
 */
final class PageAssets {
    static final String STYLE = """
            body{font:14px/1.45 system-ui,"DejaVu Sans",Arial,sans-serif;color:#1d2430;margin:0 auto;\
            max-width:1400px;padding:0 16px 48px}
            header{border-bottom:2px solid #1d2430;padding:12px 0 8px}
            h1{font-size:1.5em;margin:.2em 0}h2{font-size:1.2em;margin:1.6em 0 .4em}
            dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:2px 14px;margin:8px 0}
            dt{font-weight:600}dd{margin:0}
            .toolbar{position:sticky;top:0;background:#fff;padding:8px 0;border-bottom:1px solid #d0d5dc;z-index:1}
            .toolbar nav a{margin-right:12px}
            #filter{font:inherit;padding:4px 8px;width:26em;max-width:100%;margin-top:6px}
            #filter-count{margin-left:10px;color:#555}
            table{border-collapse:collapse;width:100%;margin:6px 0 12px}
            th,td{border:1px solid #d0d5dc;padding:3px 6px;text-align:left;vertical-align:top}
            th{background:#eef1f5}td.num{text-align:right}
            .sha,code{font-family:"DejaVu Sans Mono",monospace;font-size:12px;word-break:break-all}
            .st.good{background:#c6efce;color:#006100}.st.warn{background:#ffeb9c;color:#7f6000}\
            .st.bad{background:#ffc7ce;color:#9c0006}
            tr:target{outline:3px solid #1f6feb}[id]{scroll-margin-top:7em}
            a{color:#0b5cad}.refs a{margin-right:6px}
            .top{font-size:.75em;font-weight:400;margin-left:10px}
            .note{color:#555}
            svg{max-width:100%;height:auto}svg text{font:12px "DejaVu Sans",Arial,sans-serif;fill:#1d2430}
            @media print{.toolbar,.top{display:none}body{max-width:none;font-size:10px;padding:0}\
            a{color:inherit;text-decoration:none}thead{display:table-header-group}tr{break-inside:avoid}\
            h2{break-after:avoid}tr[hidden]{display:table-row}\
            *{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
            """;

    static final String SCRIPT = """
            (function () {
              var box = document.getElementById('filter');
              var count = document.getElementById('filter-count');
              var rows = document.querySelectorAll('table.filterable tbody tr');
              function apply() {
                var words = box.value.toLowerCase().split(/\\s+/).filter(function (w) { return w.length > 0; });
                var shown = 0;
                for (var i = 0; i < rows.length; i++) {
                  var text = rows[i].textContent.toLowerCase();
                  var keep = words.every(function (w) { return text.indexOf(w) >= 0; });
                  rows[i].hidden = !keep;
                  if (keep) { shown++; }
                }
                count.textContent = words.length ? shown + ' of ' + rows.length + ' rows shown' : '';
              }
              box.addEventListener('input', apply);
              document.addEventListener('click', function (event) {
                var link = event.target.closest ? event.target.closest('a[href^="#"]') : null;
                var target = link ? document.getElementById(link.getAttribute('href').slice(1)) : null;
                if (target && target.hidden) { box.value = ''; apply(); }
              });
            })();
            """;

    static final String CSP = "default-src 'none'; style-src '" + sha256(STYLE) + "'; script-src '" + sha256(SCRIPT)
            + "'; img-src data:; base-uri 'none'; form-action 'none'";

    private PageAssets() {}

    /** {@code sha256-<base64>} of the text's UTF-8 bytes, the CSP source expression of an inline element. */
    static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}

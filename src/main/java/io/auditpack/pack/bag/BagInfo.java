package io.auditpack.pack.bag;

import io.auditpack.domain.AuditResult;
import io.auditpack.domain.JobDefinition;
import io.auditpack.verdict.VersionStamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code bag-info.txt} tag file of RFC 8493 section 2.2.2: {@code Label: value} lines in a fixed order. Values
 * are written on one line (line breaks, line and paragraph separators and other control characters, U+0085 among
 * them, become spaces; the job file refuses them anyway); reading accepts continuation
 * lines (a line starting with a space or tab continues the previous value).
 */
public final class BagInfo {
    public static final String SOURCE_ORGANIZATION = "Source-Organization";
    public static final String EXTERNAL_DESCRIPTION = "External-Description";
    public static final String BAGGING_DATE = "Bagging-Date";
    public static final String PAYLOAD_OXUM = "Payload-Oxum";
    public static final String JOB = "Auditpack-Job";
    public static final String PACKAGE = "Auditpack-Package";
    public static final String SYSTEM = "Auditpack-System";
    public static final String PERIOD = "Auditpack-Period";
    public static final String AS_OF = "Auditpack-As-Of";
    public static final String VERSION = "Auditpack-Version";
    public static final String PREVIOUS_VERSION = "Auditpack-Previous-Version";
    public static final String PREVIOUS_SHA256 = "Auditpack-Previous-SHA256";
    /** The SHA-256 of the public key whose signature of the tag manifest the bag carries (signed packs only). */
    public static final String SIGNING_KEY = "Auditpack-Signing-Key-SHA256";
    /** The value of the previous-version labels in a first version. */
    public static final String NONE = "none";

    private final List<Map.Entry<String, String>> entries;

    private BagInfo(List<Map.Entry<String, String>> entries) {
        this.entries = List.copyOf(entries);
    }

    /** The labels of one pack version, {@code Payload-Oxum} from the payload's octets and file count. */
    public static BagInfo of(AuditResult result, VersionStamp stamp, long payloadOctets, int payloadFiles) {
        return of(result, stamp, payloadOctets, payloadFiles, "");
    }

    /** As above; a non-empty {@code signingKeySha256} adds {@value #SIGNING_KEY} as the last label. */
    public static BagInfo of(
            AuditResult result, VersionStamp stamp, long payloadOctets, int payloadFiles, String signingKeySha256) {
        JobDefinition job = result.job();
        List<Map.Entry<String, String>> entries = new ArrayList<>();
        entries.add(Map.entry(SOURCE_ORGANIZATION, oneLine(job.organization())));
        entries.add(Map.entry(
                EXTERNAL_DESCRIPTION,
                oneLine("auditpack " + job.packageType().word() + " evidence pack for " + job.system())));
        entries.add(Map.entry(BAGGING_DATE, result.asOf().toString()));
        entries.add(Map.entry(PAYLOAD_OXUM, payloadOctets + "." + payloadFiles));
        entries.add(Map.entry(JOB, oneLine(job.name())));
        entries.add(Map.entry(PACKAGE, job.packageType().word()));
        entries.add(Map.entry(SYSTEM, oneLine(job.system())));
        entries.add(Map.entry(PERIOD, job.period() == null ? NONE : job.period().toString()));
        entries.add(Map.entry(AS_OF, result.asOf().toString()));
        entries.add(Map.entry(VERSION, "%04d".formatted(stamp.version())));
        entries.add(Map.entry(PREVIOUS_VERSION, stamp.version() == 1 ? NONE : "%04d".formatted(stamp.version() - 1)));
        entries.add(Map.entry(PREVIOUS_SHA256, stamp.previousSha256().isEmpty() ? NONE : stamp.previousSha256()));
        if (!signingKeySha256.isEmpty()) {
            entries.add(Map.entry(SIGNING_KEY, signingKeySha256));
        }
        return new BagInfo(entries);
    }

    /**
     * Reads bag-info text. A line that is neither {@code Label: value} nor a continuation is an
     * {@link IllegalArgumentException} naming the line.
     */
    public static BagInfo parse(String text) {
        List<Map.Entry<String, String>> entries = new ArrayList<>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isEmpty()) {
                if (i == lines.length - 1) {
                    continue;
                }
                throw new IllegalArgumentException("line " + (i + 1) + " is empty");
            }
            if (line.charAt(0) == ' ' || line.charAt(0) == '\t') {
                if (entries.isEmpty()) {
                    throw new IllegalArgumentException("line " + (i + 1) + " continues no label");
                }
                Map.Entry<String, String> last = entries.remove(entries.size() - 1);
                entries.add(Map.entry(last.getKey(), last.getValue() + " " + line.strip()));
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0 || !line.substring(0, colon).strip().equals(line.substring(0, colon))) {
                throw new IllegalArgumentException("line " + (i + 1) + " is not \"Label: value\": " + line);
            }
            entries.add(Map.entry(
                    line.substring(0, colon), line.substring(colon + 1).strip()));
        }
        return new BagInfo(entries);
    }

    /** The first value of a label (labels compare case-insensitively, as RFC 8493 advises). */
    public Optional<String> get(String label) {
        return entries.stream()
                .filter(e -> e.getKey().equalsIgnoreCase(label))
                .map(Map.Entry::getValue)
                .findFirst();
    }

    /** Every {@code label: value} pair in file order. */
    public List<Map.Entry<String, String>> entries() {
        return entries;
    }

    /** The text of {@code bag-info.txt}: one {@code Label: value} line per entry, LF line ends. */
    public String format() {
        StringBuilder text = new StringBuilder();
        entries.forEach(
                e -> text.append(e.getKey()).append(": ").append(e.getValue()).append('\n'));
        return text.toString();
    }

    /** Control characters (C0, DEL and C1, such as U+0085) and line and paragraph separators become a space. */
    private static String oneLine(String value) {
        return value.replaceAll("[\\p{Cc}\\p{Zl}\\p{Zp}]+", " ").strip();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BagInfo that && entries.equals(that.entries);
    }

    @Override
    public int hashCode() {
        return entries.hashCode();
    }

    @Override
    public String toString() {
        return format();
    }
}

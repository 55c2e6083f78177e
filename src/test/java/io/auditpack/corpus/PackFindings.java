package io.auditpack.corpus;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** The findings a published pack's {@code data/findings.csv} holds, each printed as {@code Finding.describe()} would. */
final class PackFindings {
    private PackFindings() {}

    static List<String> describedIn(Path zip) throws IOException {
        List<String> lines = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (!entry.getName().endsWith("/data/findings.csv")) {
                    continue;
                }
                CSVParser parser = CSVFormat.RFC4180
                        .builder()
                        .setHeader()
                        .get()
                        .parse(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (CSVRecord record : parser) {
                    lines.add(describe(record));
                }
            }
        }
        return lines;
    }

    private static String describe(CSVRecord record) {
        StringBuilder text = new StringBuilder(record.get("severity"))
                .append(' ')
                .append(record.get("code"))
                .append(": ")
                .append(record.get("file"));
        if (!record.get("line").isEmpty()) {
            text.append(", line ").append(record.get("line"));
        }
        if (!record.get("column").isEmpty()) {
            text.append(", column ").append(record.get("column"));
        }
        if (!record.get("value").isEmpty()) {
            text.append(", value \"").append(record.get("value")).append('"');
        }
        return text.append(": ").append(record.get("message")).toString();
    }
}

package io.auditpack.distributed;

import io.auditpack.pack.EvidencePreparation.EvidenceFile;
import io.auditpack.pack.zip.PreparedEntry;
import io.auditpack.pack.zip.Sha256;
import java.io.BufferedWriter;
import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * One partition of a large job's evidence (level two of the distributed run): a range of controls whose evidence
 * files a worker reads, checks against the SHA-256 the audit took and prepares as ZIP entries. The files are listed
 * in a file on the shared storage ({@code list}, one line per file: SHA-256, size, payload path, file, the last two
 * URL-encoded), not in the job repository; the worker leaves the raw entry bytes in a folder of its own under
 * {@code folder} and the entries' facts in a result file beside it, which the manager reads to write the pack.
 */
public record EvidenceRange(String label, Path list, Path folder) {
    static final String LIST = "auditpack.range_list";
    static final String FOLDER = "auditpack.range_folder";

    public EvidenceRange {
        Objects.requireNonNull(label, "label must not be null");
        Objects.requireNonNull(list, "list must not be null");
        Objects.requireNonNull(folder, "folder must not be null");
    }

    /** The partition as a step execution context; its name (for the manager's lines) is the label. */
    public ExecutionContext context() {
        ExecutionContext context = new ExecutionContext();
        context.putString(JobPartition.JOB, label);
        context.putString(LIST, list.toString());
        context.putString(FOLDER, folder.toString());
        return context;
    }

    /** Whether a partition's context is an evidence range (else it is a whole job). */
    public static boolean isIn(ExecutionContext context) {
        return context.containsKey(LIST);
    }

    public static EvidenceRange of(ExecutionContext context) {
        return new EvidenceRange(
                context.getString(JobPartition.JOB),
                Path.of(context.getString(LIST)),
                Path.of(context.getString(FOLDER)));
    }

    /** Writes the list of a range's files. */
    public static void writeList(Path list, List<EvidenceFile> files) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(list, StandardCharsets.UTF_8)) {
            for (EvidenceFile file : files) {
                out.write(file.sha256() + "\t" + file.size() + "\t" + encode(file.firstPath()) + "\t"
                        + encode(file.file().toString()) + "\n");
            }
        }
    }

    /** Reads the list of a range's files back. */
    public static List<EvidenceFile> readList(Path list) throws IOException {
        List<EvidenceFile> files = new ArrayList<>();
        for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
            String[] cells = line.split("\t", -1);
            if (cells.length != 4) {
                throw new IOException(list + ": not a range list (line " + (files.size() + 1) + ")");
            }
            files.add(
                    new EvidenceFile(Path.of(decode(cells[3])), decode(cells[2]), Long.parseLong(cells[1]), cells[0]));
        }
        return files;
    }

    /**
     * Writes the prepared entries of a range (in the list's order, each spilled under {@code folder}) into
     * {@code result}, atomically: a result file that exists is complete.
     */
    public static void writeResult(Path result, List<PreparedEntry> entries) throws IOException {
        Path partial = result.resolveSibling(result.getFileName() + ".part");
        try (BufferedWriter out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
            for (PreparedEntry entry : entries) {
                out.write(entry.method() + "\t" + entry.crc() + "\t"
                        + entry.content().sha256() + "\t"
                        + entry.content().size() + "\t" + entry.rawSize() + "\t"
                        + encode(Objects.requireNonNull(entry.spilled(), "a worker spills every entry")
                                .toString()) + "\n");
            }
        }
        Files.move(partial, result, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The prepared entries of a range by file, from its list and the result file its worker wrote. */
    public static Map<Path, PreparedEntry> readResult(Path list, Path result) throws IOException {
        List<EvidenceFile> files = readList(list);
        List<String> lines = Files.readAllLines(result, StandardCharsets.UTF_8);
        if (lines.size() != files.size()) {
            throw new IOException(result + ": " + lines.size() + " prepared entries for " + files.size() + " files");
        }
        Map<Path, PreparedEntry> entries = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String[] cells = lines.get(i).split("\t", -1);
            entries.put(
                    files.get(i).file(),
                    new PreparedEntry(
                            Integer.parseInt(cells[0]),
                            Long.parseLong(cells[1]),
                            new Sha256.Digested(cells[2], Long.parseLong(cells[3])),
                            Long.parseLong(cells[4]),
                            null,
                            Path.of(decode(cells[5])),
                            null,
                            false));
        }
        return entries;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}

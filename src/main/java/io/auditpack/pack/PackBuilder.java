package io.auditpack.pack;

import io.auditpack.report.PackContext;
import io.auditpack.report.ReportWriter;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Builds one pack version as a deterministic ZIP laid out as a BagIt bag under one top folder
 * {@code <job>-v<NNNN>/}.
 * <p>
 * Entry order (fixed): the payload files ({@code data/...}) sorted by path, then the tag files sorted by name:
 * {@code bag-info.txt}, {@code bagit.txt}, {@code manifest-sha256.txt}, {@code tagmanifest-sha256.txt} (and, for a
 * signed pack, {@code auditpack-tagmanifest.sig} last, since it signs the tag manifest). The payload
 * comes first because the manifests hold the hashes taken while it is written; no directory entries are written.
 * Each report is rendered once to a file in the staging folder, each evidence file is read once per entry, and its
 * SHA-256 is computed from the very bytes that go into the ZIP. See {@link CompressionRule} and
 * {@link DeterministicZip} for the bytes of each entry.
 */
public final class PackBuilder {
    private final List<ReportWriter> reports;
    private final PackSigner signer;

    public PackBuilder(List<ReportWriter> reports) {
        this(reports, null);
    }

    /** A builder that also signs each pack's tag manifest ({@link PackSigner}); {@code signer} may be null. */
    public PackBuilder(List<ReportWriter> reports, PackSigner signer) {
        this.reports = List.copyOf(reports);
        this.signer = signer;
        PackLayout.checkReports(this.reports);
    }

    private String signingKey() {
        return signer == null ? "" : signer.keySha256();
    }

    /** The file name of a version's ZIP, e.g. {@code soc2-2026-v0003.zip}. */
    public static String zipName(String job, int version) {
        return bagName(job, version) + ".zip";
    }

    static String bagName(String job, int version) {
        return job + "-v%04d".formatted(version);
    }

    /** Writes {@code <job>-v<NNNN>.zip} for {@code context.stamp()} into the staging folder. */
    public StagedPack stage(PackContext context, Path stagingFolder) throws IOException {
        List<PayloadFile> plan = PackLayout.plan(context, reports);
        String bag = bagName(context.result().job().name(), context.stamp().version());
        Path zipFile = stagingFolder.resolve(bag + ".zip");
        Path renders = Files.createTempDirectory(stagingFolder, ".reports-");
        boolean done = false;
        try {
            Map<String, String> payload = new TreeMap<>();
            long octets = 0;
            try (DeterministicZip zip = new DeterministicZip(zipFile, context.result().asOf())) {
                for (PayloadFile file : plan) {
                    Path source = file.isReport() ? render(file.report(), context, renders) : file.evidence();
                    Sha256.Digested digested;
                    try (InputStream in = Files.newInputStream(source)) {
                        digested = zip.add(bag + "/" + file.path(), in, Files.size(source));
                    }
                    if (file.isReport()) {
                        Files.delete(source);
                    }
                    payload.put(file.path(), digested.sha256());
                    octets += digested.size();
                }
                String bagInfo = BagInfo.of(context.result(), context.stamp(), octets, plan.size(), signingKey())
                        .format();
                Map<String, String> tags = new TreeMap<>();
                tags.put(BagTags.BAG_INFO, zip.addText(bag + "/" + BagTags.BAG_INFO, bagInfo).sha256());
                tags.put(BagTags.BAGIT, zip.addText(bag + "/" + BagTags.BAGIT, BagTags.BAGIT_TEXT).sha256());
                String manifest = Manifest.of(payload).format();
                tags.put(BagTags.MANIFEST, zip.addText(bag + "/" + BagTags.MANIFEST, manifest).sha256());
                String tagManifest = Manifest.of(tags).format();
                zip.addText(bag + "/" + BagTags.TAGMANIFEST, tagManifest);
                if (signer != null) {
                    byte[] signature = signer.sign(tagManifest);
                    zip.add(bag + "/" + PackSigner.SIGNATURE_FILE, new java.io.ByteArrayInputStream(signature),
                            signature.length);
                }
            }
            StagedPack staged = new StagedPack(zipFile, Sha256.of(zipFile), octets, plan.size());
            done = true;
            return staged;
        } finally {
            FileTrees.deleteQuietly(renders);
            if (!done) {
                Files.deleteIfExists(zipFile);
            }
        }
    }

    /**
     * Whether the pack of this context would have exactly this payload manifest and bag-info, decided without
     * writing a ZIP and stopping at the first difference: the payload's paths first (no I/O), then the reports
     * (rendered into a digest only), then the evidence files (each read once), and last the bag-info text.
     *
     * @throws IllegalArgumentException when {@code manifestText} is not a manifest
     */
    boolean wouldEqual(PackContext context, String manifestText, String bagInfoText) throws IOException {
        Map<String, String> expected = Manifest.parse(manifestText).sha256ByPath();
        List<PayloadFile> plan = PackLayout.plan(context, reports);
        if (!plan.stream().map(PayloadFile::path).collect(Collectors.toSet()).equals(expected.keySet())) {
            return false;
        }
        List<PayloadFile> reportsFirst = plan.stream()
                .sorted(Comparator.comparing(file -> !file.isReport())).toList();
        Map<Path, Sha256.Digested> evidence = new HashMap<>();
        long octets = 0;
        for (PayloadFile file : reportsFirst) {
            Sha256.Digested digested = file.isReport() ? digestReport(file.report(), context)
                    : digestEvidence(file.evidence(), evidence);
            if (!digested.sha256().equals(expected.get(file.path()))) {
                return false;
            }
            octets += digested.size();
        }
        return BagInfo.of(context.result(), context.stamp(), octets, plan.size(), signingKey()).format()
                .equals(bagInfoText);
    }

    /** An evidence file's digest, read once however many controls it is packed under. */
    private static Sha256.Digested digestEvidence(Path source, Map<Path, Sha256.Digested> known) throws IOException {
        Sha256.Digested digested = known.get(source);
        if (digested == null) {
            try (InputStream in = Files.newInputStream(source)) {
                digested = Sha256.of(in);
            }
            known.put(source, digested);
        }
        return digested;
    }

    private static Path render(ReportWriter report, PackContext context, Path folder) throws IOException {
        Path file = Files.createTempFile(folder, "report-", ".bin");
        try (OutputStream out = Files.newOutputStream(file)) {
            report.write(context, new UnclosableStream(out));
        }
        return file;
    }

    private static Sha256.Digested digestReport(ReportWriter report, PackContext context) throws IOException {
        MessageDigest digest = Sha256.newDigest();
        long[] count = {0};
        OutputStream sink = new OutputStream() {
            @Override
            public void write(int b) {
                digest.update((byte) b);
                count[0]++;
            }

            @Override
            public void write(byte[] b, int off, int len) {
                digest.update(b, off, len);
                count[0] += len;
            }
        };
        report.write(context, sink);
        return new Sha256.Digested(Sha256.hex(digest), count[0]);
    }

    /** Lets a report writer close "its" stream without closing ours. */
    private static final class UnclosableStream extends FilterOutputStream {
        UnclosableStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}

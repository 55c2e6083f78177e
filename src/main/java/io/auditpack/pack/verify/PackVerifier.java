package io.auditpack.pack.verify;

import io.auditpack.pack.PackLayout;
import io.auditpack.pack.bag.BagInfo;
import io.auditpack.pack.bag.BagTags;
import io.auditpack.pack.bag.Manifest;
import io.auditpack.pack.sign.PackSigner;
import io.auditpack.pack.sign.PemKeys;
import io.auditpack.pack.zip.PackArchive;
import io.auditpack.pack.zip.PackFormatException;
import io.auditpack.pack.zip.Sha256;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks one pack ZIP (the {@code verify PACK.zip} command): one top folder; {@code bagit.txt}; {@code bag-info.txt}
 * with a {@code Payload-Oxum} matching the payload; every payload file in {@code manifest-sha256.txt} with its
 * SHA-256, nothing missing, nothing extra; {@code tagmanifest-sha256.txt} covering the other tag files; the
 * {@code .sha256} sidecar and the previous version beside the ZIP when present; the signature
 * ({@link SignatureCheck}); every entry of the ZIP as standard tools check it (local headers agreeing with the central
 * directory, sizes and CRC-32 as declared). A file that cannot be read as a pack
 * is a problem in the report, not an exception.
 */
public final class PackVerifier {

    public VerifyReport verify(Path zip) throws IOException {
        return verify(zip, Optional.empty());
    }

    /** As {@link #verify(Path)}, also checking the pack's signature with an Ed25519 public key (PEM). */
    public VerifyReport verify(Path zip, Path publicKeyPem) throws IOException {
        return verify(zip, Optional.of(PemKeys.publicKey(publicKeyPem)));
    }

    private VerifyReport verify(Path zip, Optional<PublicKey> key) throws IOException {
        List<String> checked = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        if (!Files.isRegularFile(zip)) {
            problems.add(zip + ": no such file");
            return new VerifyReport(checked, problems);
        }
        Optional<BagInfo> info;
        try (PackArchive archive = PackArchive.open(zip)) {
            checked.add(zip.getFileName() + ": one top folder " + archive.top() + "/ with "
                    + archive.paths().size() + " files");
            info = checkBag(archive, checked, problems);
            SignatureCheck.check(archive, info, key, checked, problems);
            checkEveryEntry(archive, checked, problems);
        } catch (PackFormatException e) {
            problems.add(zip.getFileName() + ": " + e.getMessage());
            return new VerifyReport(checked, problems);
        }
        ChainCheck chain = new ChainCheck(checked, problems);
        chain.sidecar(zip, Sha256.of(zip));
        if (info.isPresent()) {
            chain.previous(zip, info.get());
        }
        return new VerifyReport(checked, problems);
    }

    /** The entries no check read (folder entries, say) must hold what they declare too, as standard tools require. */
    private static void checkEveryEntry(PackArchive archive, List<String> checked, List<String> problems)
            throws IOException {
        try {
            archive.checkEveryEntry();
            checked.add("every entry: its size and CRC-32 as declared, its local header as the central directory's");
        } catch (PackFormatException e) {
            problems.add(e.getMessage());
        }
    }

    private Optional<BagInfo> checkBag(PackArchive archive, List<String> checked, List<String> problems)
            throws IOException {
        checkBagit(archive, checked, problems);
        Optional<BagInfo> info = bagInfo(archive, problems);
        Set<String> payload = new TreeSet<>();
        archive.paths().stream().filter(p -> p.startsWith(PackLayout.DATA)).forEach(payload::add);
        long octets = checkManifest(archive, payload, checked, problems);
        checkTagManifest(archive, payload, checked, problems);
        if (info.isPresent() && octets >= 0) {
            checkOxum(info.get(), octets, payload.size(), checked, problems);
            checkName(archive.top(), info.get(), problems);
        }
        return info;
    }

    private static void checkBagit(PackArchive archive, List<String> checked, List<String> problems)
            throws IOException {
        Optional<String> text = archive.text(BagTags.BAGIT);
        if (text.isEmpty()) {
            problems.add(BagTags.BAGIT + ": missing");
            return;
        }
        try {
            BagInfo bagit = BagInfo.parse(text.get());
            if (bagit.get("BagIt-Version").filter("1.0"::equals).isPresent()
                    && bagit.get("Tag-File-Character-Encoding")
                            .filter("UTF-8"::equalsIgnoreCase)
                            .isPresent()) {
                checked.add(BagTags.BAGIT + ": BagIt-Version 1.0, UTF-8");
            } else {
                problems.add(BagTags.BAGIT + ": expected \"BagIt-Version: 1.0\" and "
                        + "\"Tag-File-Character-Encoding: UTF-8\"");
            }
        } catch (IllegalArgumentException e) {
            problems.add(BagTags.BAGIT + ": " + e.getMessage());
        }
    }

    private static Optional<BagInfo> bagInfo(PackArchive archive, List<String> problems) throws IOException {
        Optional<String> text = archive.text(BagTags.BAG_INFO);
        if (text.isEmpty()) {
            problems.add(BagTags.BAG_INFO + ": missing");
            return Optional.empty();
        }
        try {
            return Optional.of(BagInfo.parse(text.get()));
        } catch (IllegalArgumentException e) {
            problems.add(BagTags.BAG_INFO + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    /** Checks the payload against the manifest; returns the payload's octets, -1 when a file cannot be read. */
    private static long checkManifest(
            PackArchive archive, Set<String> payload, List<String> checked, List<String> problems) throws IOException {
        Optional<Manifest> manifest = manifest(archive, BagTags.MANIFEST, problems);
        long octets = 0;
        boolean unreadable = false;
        int matching = 0;
        Map<String, String> listed = manifest.isPresent() ? manifest.get().sha256ByPath() : Map.of();
        for (String path : payload) {
            Sha256.Digested digested;
            try {
                digested = archive.digest(path);
            } catch (IOException e) {
                problems.add(path + ": cannot be read (" + e.getMessage() + ")");
                unreadable = true;
                continue;
            }
            octets += digested.size();
            String expected = listed.get(path);
            if (manifest.isEmpty()) {
                continue;
            }
            if (expected == null) {
                problems.add(path + ": not listed in " + BagTags.MANIFEST + " (added?)");
            } else if (!expected.equals(digested.sha256())) {
                problems.add(path + ": SHA-256 mismatch (manifest says " + expected + ", file has " + digested.sha256()
                        + ")");
            } else {
                matching++;
            }
        }
        for (String path : listed.keySet()) {
            if (!path.startsWith(PackLayout.DATA)) {
                problems.add(BagTags.MANIFEST + ": lists " + path + ", which is not under data/");
            } else if (!payload.contains(path)) {
                problems.add(path + ": listed in " + BagTags.MANIFEST + " but missing from the pack");
            }
        }
        if (manifest.isPresent() && matching == payload.size() && listed.size() == payload.size()) {
            checked.add(BagTags.MANIFEST + ": " + matching + " payload files match");
        }
        return unreadable ? -1 : octets;
    }

    private static void checkTagManifest(
            PackArchive archive, Set<String> payload, List<String> checked, List<String> problems) throws IOException {
        Optional<Manifest> manifest = manifest(archive, BagTags.TAGMANIFEST, problems);
        if (manifest.isEmpty()) {
            return;
        }
        Map<String, String> listed = manifest.get().sha256ByPath();
        Set<String> tagFiles = new TreeSet<>(archive.paths());
        tagFiles.removeAll(payload);
        tagFiles.remove(BagTags.TAGMANIFEST);
        int before = problems.size();
        for (String required : List.of(BagTags.BAGIT, BagTags.BAG_INFO, BagTags.MANIFEST)) {
            if (archive.has(required) && !listed.containsKey(required)) {
                problems.add(BagTags.TAGMANIFEST + ": does not cover " + required);
            }
        }
        for (String path : tagFiles) {
            if (!listed.containsKey(path)) {
                if (!List.of(BagTags.BAGIT, BagTags.BAG_INFO, BagTags.MANIFEST, PackSigner.SIGNATURE_FILE)
                        .contains(path)) {
                    problems.add(path + ": tag file not covered by " + BagTags.TAGMANIFEST + " (added?)");
                }
                continue;
            }
            String actual = archive.digest(path).sha256();
            if (!actual.equals(listed.get(path))) {
                problems.add(path + ": SHA-256 mismatch (tag manifest says " + listed.get(path) + ", file has " + actual
                        + ")");
            }
        }
        for (String path : listed.keySet()) {
            if (!tagFiles.contains(path)) {
                problems.add(path + ": listed in " + BagTags.TAGMANIFEST + " but not a tag file of the pack");
            }
        }
        if (problems.size() == before) {
            checked.add(BagTags.TAGMANIFEST + ": " + listed.size() + " tag files match");
        }
    }

    private static Optional<Manifest> manifest(PackArchive archive, String name, List<String> problems)
            throws IOException {
        Optional<String> text = archive.text(name);
        if (text.isEmpty()) {
            problems.add(name + ": missing");
            return Optional.empty();
        }
        try {
            return Optional.of(Manifest.parse(text.get()));
        } catch (IllegalArgumentException e) {
            problems.add(name + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    private static void checkOxum(BagInfo info, long octets, int files, List<String> checked, List<String> problems) {
        String actual = octets + "." + files;
        Optional<String> oxum = info.get(BagInfo.PAYLOAD_OXUM);
        if (oxum.isEmpty()) {
            problems.add(BagTags.BAG_INFO + ": no " + BagInfo.PAYLOAD_OXUM);
        } else if (!oxum.get().equals(actual)) {
            problems.add(BagTags.BAG_INFO + ": " + BagInfo.PAYLOAD_OXUM + " says " + oxum.get()
                    + " but the payload has " + actual + " (octets.files)");
        } else {
            checked.add(BagTags.BAG_INFO + ": " + BagInfo.PAYLOAD_OXUM + " " + actual + " matches the payload");
        }
    }

    private static void checkName(String top, BagInfo info, List<String> problems) {
        String expected = info.get(BagInfo.JOB).orElse("?") + "-v"
                + info.get(BagInfo.VERSION).orElse("?");
        if (!top.equals(expected)) {
            problems.add("top folder " + top + "/ does not match bag-info.txt (" + expected + ")");
        }
    }
}

package io.auditpack.pack.verify;

import io.auditpack.guard.NamedFileException;
import io.auditpack.pack.PackBuilder;
import io.auditpack.pack.bag.BagInfo;
import io.auditpack.pack.version.Sidecar;
import io.auditpack.pack.zip.Sha256;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Checks what lies beside a pack: its {@code .sha256} sidecar, and the hash chain to the previous version's ZIP
 * (same folder, version - 1) against {@code Auditpack-Previous-SHA256}.
 */
final class ChainCheck {
    private final List<String> checked;
    private final List<String> problems;

    ChainCheck(List<String> checked, List<String> problems) {
        this.checked = checked;
        this.problems = problems;
    }

    void sidecar(Path zip, String zipSha256) throws IOException {
        String name = Sidecar.of(zip).getFileName().toString();
        Optional<String> text;
        try {
            text = Sidecar.rawText(zip);
        } catch (NamedFileException notAFile) {
            problems.add(name + " " + notAFile.problem());
            return;
        }
        if (text.isEmpty()) {
            checked.add(name + ": absent, nothing to compare");
            return;
        }
        Optional<String> declared = Sidecar.parse(text.get(), zip);
        if (declared.isEmpty()) {
            problems.add(name + ": not \"<sha256>  " + zip.getFileName() + "\"");
        } else if (!declared.get().equals(zipSha256)) {
            problems.add(name + ": SHA-256 mismatch (sidecar says " + declared.get() + ", " + zip.getFileName()
                    + " has " + zipSha256 + ")");
        } else {
            checked.add(name + ": matches the ZIP's SHA-256 " + zipSha256);
        }
    }

    void previous(Path zip, BagInfo info) throws IOException {
        Optional<String> versionText = info.get(BagInfo.VERSION);
        Optional<String> job = info.get(BagInfo.JOB);
        String previousVersion = info.get(BagInfo.PREVIOUS_VERSION).orElse("");
        String previousSha = info.get(BagInfo.PREVIOUS_SHA256).orElse("");
        if (versionText.isEmpty() || !versionText.get().matches("\\d{4}") || job.isEmpty()) {
            problems.add("bag-info.txt: no " + BagInfo.VERSION + " (4 digits) or " + BagInfo.JOB
                    + "; hash chain not checked");
            return;
        }
        int version = Integer.parseInt(versionText.get());
        if (version == 1) {
            if (previousVersion.equals(BagInfo.NONE) && previousSha.equals(BagInfo.NONE)) {
                checked.add("hash chain: first version, no previous version");
            } else {
                problems.add("bag-info.txt: version 0001 must give " + BagInfo.PREVIOUS_VERSION + " and "
                        + BagInfo.PREVIOUS_SHA256 + " \"none\" (found \"" + previousVersion + "\", \"" + previousSha
                        + "\")");
            }
            return;
        }
        String expectedPrevious = "%04d".formatted(version - 1);
        if (!previousVersion.equals(expectedPrevious)) {
            problems.add("bag-info.txt: " + BagInfo.PREVIOUS_VERSION + " is \"" + previousVersion + "\", expected "
                    + expectedPrevious);
        }
        if (!Sha256.HEX.matcher(previousSha).matches()) {
            problems.add("bag-info.txt: " + BagInfo.PREVIOUS_SHA256 + " is \"" + previousSha
                    + "\", expected 64 lower-case hex digits");
            return;
        }
        Path previousZip = zip.resolveSibling(PackBuilder.zipName(job.get(), version - 1));
        if (!Files.isRegularFile(previousZip)) {
            checked.add("hash chain: the previous version's SHA-256 is " + previousSha + "; "
                    + previousZip.getFileName() + " is not beside this pack, so the link was not checked");
            return;
        }
        String actual = Sha256.of(previousZip);
        if (actual.equals(previousSha)) {
            checked.add(
                    "hash chain: " + previousZip.getFileName() + " has SHA-256 " + actual + ", as bag-info.txt says");
        } else {
            problems.add("hash chain: " + previousZip.getFileName() + " has SHA-256 " + actual
                    + " but bag-info.txt says " + previousSha + " (previous version replaced or altered)");
        }
    }
}

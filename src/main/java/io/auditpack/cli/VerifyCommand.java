package io.auditpack.cli;

import io.auditpack.domain.Words;
import io.auditpack.guard.NamedFile;
import io.auditpack.pack.sign.SigningKeyException;
import io.auditpack.pack.verify.PackVerifier;
import io.auditpack.pack.verify.VerifyReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code verify PACK.zip [--public-key PEM]}: checks the bag, its manifests and hashes, the link to the previous
 * version and the signature (see docs/integrity.md).
 */
@Command(
        name = "verify",
        mixinStandardHelpOptions = true,
        description = "Checks a pack: ZIP structure, BagIt manifests, Payload-Oxum, nothing missing or extra, the "
                + ".sha256 beside it, the previous version's SHA-256 when that version lies beside it, and the "
                + "signature (checked against --public-key when given). Exit 0 when all holds, 3 when anything "
                + "does not, 2 when the file or the key cannot be read.")
final class VerifyCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "PACK.zip", description = "The pack to verify.")
    Path pack;

    @Option(
            names = "--public-key",
            paramLabel = "PEM",
            description = "An Ed25519 public key (PEM, as openssl pkey -pubout writes it): the pack must be signed by "
                    + "it, and its signature of tagmanifest-sha256.txt must verify.")
    Path publicKey;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Optional<String> notAPack = NamedFile.problem(pack);
        if (notAPack.isPresent()) {
            spec.commandLine().getErr().println("auditpack: " + pack + " " + notAPack.get());
            spec.commandLine().getErr().println("auditpack: nothing was verified (exit 2)");
            return ExitCodes.BAD_INPUT;
        }
        VerifyReport report;
        try {
            report = publicKey == null ? new PackVerifier().verify(pack) : new PackVerifier().verify(pack, publicKey);
        } catch (SigningKeyException e) {
            spec.commandLine().getErr().println("auditpack: --public-key " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        report.checked().forEach(line -> out.println("ok       " + line));
        report.problems().forEach(line -> out.println("PROBLEM  " + line));
        out.println(
                report.ok()
                        ? "verified: " + pack
                        : Words.count(report.problems().size(), "problem") + " in " + pack);
        return report.ok() ? ExitCodes.OK : ExitCodes.VERIFY_FAILED;
    }
}

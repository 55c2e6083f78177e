package io.auditpack.cli;

import io.auditpack.audit.diff.VersionDiff;
import io.auditpack.domain.PackSnapshot;
import io.auditpack.guard.NamedFile;
import io.auditpack.pack.snapshot.PackSnapshots;
import io.auditpack.verdict.PackDiff;
import java.io.IOException;
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
 * {@code diff OLD.zip NEW.zip [--json]}: what changed between two pack versions (see {@link PackDiff}). Exit 0 when
 * the diff was computed (whether or not anything changed), 2 when a file is missing or is not a readable pack.
 * It reads each pack's metrics.json and manifest; it does not verify them (that is {@code verify}'s job).
 */
@Command(
        name = "diff",
        mixinStandardHelpOptions = true,
        description = "Shows what changed between two pack versions: evidence added, removed or changed (by evidence "
                + "ID and SHA-256), controls whose status changed, gaps opened and closed, metric deltas. "
                + "Exit 0 when the diff was computed, 2 when a file is missing or not a pack.")
final class DiffCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "OLD.zip", description = "The older pack version.")
    Path older;

    @Parameters(index = "1", paramLabel = "NEW.zip", description = "The newer pack version.")
    Path newer;

    @Option(names = "--json", description = "Print the diff as JSON (for scripts) instead of text.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PackSnapshot before;
        PackSnapshot after;
        PackSignature signedBefore;
        PackSignature signedAfter;
        try {
            before = read(older);
            after = read(newer);
            signedBefore = PackSignature.read(older);
            signedAfter = PackSignature.read(newer);
        } catch (IOException e) {
            spec.commandLine().getErr().println("auditpack: " + e.getMessage());
            spec.commandLine().getErr().println("auditpack: no diff was computed (exit 2)");
            return ExitCodes.BAD_INPUT;
        }
        PackDiff diff = VersionDiff.between(before, after);
        PrintWriter out = spec.commandLine().getOut();
        out.print(json ? DiffJson.of(diff, signedBefore, signedAfter) : DiffText.of(diff, signedBefore, signedAfter));
        out.flush();
        return ExitCodes.OK;
    }

    private static PackSnapshot read(Path zip) throws IOException {
        Optional<String> notAPack = NamedFile.problem(zip);
        if (notAPack.isPresent()) {
            throw new IOException(zip + " " + notAPack.get());
        }
        try {
            return PackSnapshots.read(zip);
        } catch (IOException e) {
            throw new IOException(zip + " is not a readable pack: " + e.getMessage(), e);
        }
    }
}

package io.auditpack.pack.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.auditpack.domain.Framework;
import io.auditpack.domain.FrameworkSummary;
import io.auditpack.domain.OperatingStatus;
import io.auditpack.domain.PackSnapshot;
import io.auditpack.domain.PackageType;
import io.auditpack.domain.PackedControl;
import io.auditpack.domain.PackedEvidence;
import io.auditpack.pack.PackBuilder;
import io.auditpack.pack.PackFixture;
import io.auditpack.pack.ZipContents;
import io.auditpack.pack.publish.PublishOutcome;
import io.auditpack.pack.publish.Publisher;
import io.auditpack.pack.zip.PackFormatException;
import io.auditpack.pack.zip.Sha256;
import io.auditpack.report.PackContext;
import io.auditpack.report.ReportFixtures;
import io.auditpack.report.ReportWriter;
import io.auditpack.report.data.MetricsJsonWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackSnapshotsTest {
    @TempDir
    Path temp;

    PackFixture fixture;
    Publisher publisher;

    /** Prints what the history of the version being rendered says, so a test can see it inside the pack. */
    static final class HistoryReport implements ReportWriter {
        @Override
        public String path() {
            return "data/history.txt";
        }

        @Override
        public void write(PackContext context, OutputStream out) throws IOException {
            String previous = context.report()
                    .changes()
                    .map(changes ->
                            changes.before().label() + " " + changes.before().sha256())
                    .orElse("none");
            out.write(("previous " + previous + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    @BeforeEach
    void setUp() throws IOException {
        fixture = new PackFixture(temp);
        publisher = new Publisher(new PackBuilder(List.of(new MetricsJsonWriter(), new HistoryReport())));
    }

    private PublishOutcome publish() throws IOException {
        return fixture.publish(publisher);
    }

    private void changeEvidence() throws IOException {
        Files.writeString(
                fixture.evidenceRoot.resolve("deploy.log"), "2026-02-01 deploy ok\n", StandardOpenOption.APPEND);
    }

    @Test
    void aSnapshotCarriesWhatThePackSaysAboutItselfAndTheHashesOfItsEvidenceFiles() throws IOException {
        Path zip = publish().version().zip();

        PackSnapshot snapshot = PackSnapshots.read(zip);

        assertThat(snapshot.job()).isEqualTo(PackFixture.JOB);
        assertThat(snapshot.packageType()).isEqualTo(PackageType.SOC2_TYPE2);
        assertThat(snapshot.version()).isEqualTo(1);
        assertThat(snapshot.asOf()).isEqualTo(PackFixture.AS_OF);
        assertThat(snapshot.period().start()).hasToString("2026-01-01");
        assertThat(snapshot.sha256()).isEqualTo(Sha256.of(zip));
        assertThat(snapshot.previousSha256()).isEmpty();
        assertThat(snapshot.evidence())
                .extracting(PackedEvidence::id, PackedEvidence::control)
                .containsExactly(
                        tuple("EV-1", "AC-1"), tuple("EV-2", "AC-1"), tuple("EV-3", "AC-1"), tuple("EV-2", "OPS-2"));
        assertThat(snapshot.evidence().get(1).sha256())
                .isEqualTo(Sha256.of(fixture.evidenceRoot.resolve("deploy.log")));
        assertThat(snapshot.evidence().get(2).path()).isEqualTo("data/evidence/AC-1/EV-3__Q1_review__final_.txt");
    }

    @Test
    void aLaterVersionIsRenderedWithTheSnapshotOfTheVersionBeforeIt() throws IOException {
        PublishOutcome first = publish();
        changeEvidence();

        PublishOutcome second = publish();

        assertThat(ZipContents.text(second.version().zip(), "soc2-type2-2026-v0002/data/history.txt"))
                .isEqualTo("previous v0001 " + first.version().sha256() + "\n");
        assertThat(ZipContents.text(first.version().zip(), "soc2-type2-2026-v0001/data/history.txt"))
                .isEqualTo("previous none\n");
        assertThat(PackSnapshots.read(second.version().zip()).previousSha256())
                .isEqualTo(first.version().sha256());
    }

    @Test
    void aSecondRunOfTheSameInputsStaysUnchangedOnceReportsShowTheHistory() throws IOException {
        publish();
        changeEvidence();
        PublishOutcome second = publish();

        PublishOutcome third = publish();
        PublishOutcome fourth = publish();

        assertThat(third.published()).isFalse();
        assertThat(fourth.published()).isFalse();
        assertThat(third.version()).isEqualTo(second.version());
    }

    @Test
    void allListsEveryReadableVersionByJobThenVersionAndLeavesOutADamagedOne() throws IOException {
        publish();
        changeEvidence();
        publish();
        Path jobFolder = fixture.output.resolve(PackFixture.JOB);
        Files.writeString(jobFolder.resolve("soc2-type2-2026-v0003.zip"), "not a zip");
        Files.writeString(fixture.output.resolve("stray.txt"), "ignored");

        List<PackSnapshot> all = PackSnapshots.all(fixture.output);

        assertThat(all).extracting(PackSnapshot::version).containsExactly(1, 2);
        assertThat(PackSnapshots.all(fixture.output, PackFixture.JOB)).isEmpty();
        assertThat(PackSnapshots.version(fixture.output, PackFixture.JOB, 3)).isEmpty();
        assertThat(PackSnapshots.version(fixture.output, PackFixture.JOB, 2))
                .map(PackSnapshot::version)
                .contains(2);
    }

    @Test
    void aFileThatIsNotAPackIsAFormatErrorNamingIt() throws IOException {
        Path junk = Files.writeString(temp.resolve("junk.zip"), "PK not really");

        assertThatThrownBy(() -> PackSnapshots.read(junk))
                .isInstanceOf(PackFormatException.class)
                .hasMessageContaining("not a ZIP file");
    }

    @Test
    void controlsGapsFrameworksAndFindingsOfARealResultTravelThroughTheSnapshot() throws IOException {
        PackContext context = ReportFixtures.managementReview();
        java.io.ByteArrayOutputStream metrics = new java.io.ByteArrayOutputStream();
        new MetricsJsonWriter().write(context, metrics);

        java.util.Map<String, String> manifest = java.util.Map.of(
                "data/evidence/CM-01/EV-1__jan_changes.pdf",
                "01".repeat(32),
                "data/evidence/AC-02/EV-2__access.pdf",
                "02".repeat(32));

        PackSnapshot snapshot =
                SnapshotParser.parse(metrics.toString(StandardCharsets.UTF_8), manifest, "cd".repeat(32));

        assertThat(snapshot.controls())
                .extracting(PackedControl::id, PackedControl::status, PackedControl::owner)
                .containsExactly(
                        tuple("CM-01", OperatingStatus.INCONSISTENT, "Dana Ops"),
                        tuple("AC-02", OperatingStatus.NO_RECORDS, "@admin"),
                        tuple("BC-03", OperatingStatus.NOT_IMPLEMENTED, ""));
        assertThat(snapshot.controls().get(0).missingSlices()).containsExactly("2026-04");
        assertThat(snapshot.gaps()).isEqualTo(context.result().gaps());
        assertThat(snapshot.frameworks())
                .isEqualTo(List.of(
                        FrameworkSummary.of(Framework.SOC2, context.result().requirements()),
                        FrameworkSummary.of(Framework.ISO27001, context.result().requirements())));
        assertThat(snapshot.findingsTotal())
                .isEqualTo(context.result().findings().size());
        assertThat(snapshot.evidence())
                .containsExactly(
                        new PackedEvidence("EV-2", "AC-02", "data/evidence/AC-02/EV-2__access.pdf", "02".repeat(32)),
                        new PackedEvidence(
                                "EV-1", "CM-01", "data/evidence/CM-01/EV-1__jan_changes.pdf", "01".repeat(32)));
    }
}

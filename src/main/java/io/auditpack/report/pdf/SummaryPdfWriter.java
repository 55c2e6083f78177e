package io.auditpack.report.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfWriter;
import io.auditpack.domain.Framework;
import io.auditpack.domain.JobDefinition;
import io.auditpack.report.PackContext;
import io.auditpack.report.ReportWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.io.output.CloseShieldOutputStream;

/**
 * Writes {@code data/summary.pdf}, a PDF/A-1b file: the sections of the package type ({@link SectionPlan}), an
 * outline with one bookmark per section, a contents page with page numbers, "page X of Y" footers and document
 * metadata. Deterministic bytes: embedded
 * DejaVu subsets with fixed prefixes, dates fixed to the as-of date, and the trailer {@code /ID} derived from job,
 * version and as-of date ({@link ArchivalProfile}).
 */
public final class SummaryPdfWriter implements ReportWriter {
    @Override
    public String path() {
        return "data/summary.pdf";
    }

    /** Passes after which the writer gives up waiting for the contents page's page numbers to settle. */
    static final int MOST_PASSES = 4;

    /**
     * Renders the summary until a pass places every heading on the page the contents page (from the pass before)
     * says: the contents page is always one page, so the second pass normally agrees with the first.
     */
    @Override
    public void write(PackContext context, OutputStream out) throws IOException {
        List<ContentsEntry> contents = List.of();
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        for (int pass = 1; pass <= MOST_PASSES; pass++) {
            pdf.reset();
            List<ContentsEntry> placed = render(context, pdf, contents);
            if (placed.equals(contents)) {
                pdf.writeTo(out);
                return;
            }
            contents = placed;
        }
        throw new IllegalStateException("the contents page of "
                + context.result().job().name() + " did not settle after " + MOST_PASSES + " passes");
    }

    private static List<ContentsEntry> render(PackContext context, OutputStream out, List<ContentsEntry> contents)
            throws IOException {
        JobDefinition job = context.result().job();
        Typeface typeface = new Typeface();
        Document document = new Document(PageSize.A4, 40, 40, 48, 60);
        PdfWriter writer = PdfWriter.getInstance(document, CloseShieldOutputStream.wrap(out));
        ArchivalProfile.declare(writer);
        writer.setPageEvent(new PageFooter(
                job.name() + " " + context.stamp().label() + " \u00b7 " + job.organization() + " \u00b7 as of "
                        + context.result().asOf(),
                typeface));
        writer.setViewerPreferences(PdfWriter.PageModeUseOutlines);
        document.addTitle(typeface.safe(
                "Evidence pack summary: " + job.name() + " " + context.stamp().label()));
        document.addAuthor(typeface.safe(job.organization()));
        document.addSubject(typeface.safe(CoverSection.describe(job.packageType()) + ", " + job.system()));
        document.addKeywords(keywords(job));
        document.addCreator(creator());
        document.open();
        ArchivalProfile.addOutputIntent(writer);
        Blocks blocks = new Blocks(document, writer, typeface, contents);
        List<Section> sections = SectionPlan.of(job.packageType());
        for (Section section : sections) {
            section.add(blocks, context);
        }
        blocks.finish();
        ArchivalProfile.pin(writer, context.result().asOf(), documentId(context));
        document.close();
        return blocks.placed();
    }

    /** {@code soc2-type2, SOC2, ISO27001, audit evidence, northwind-soc2-type2-2026}. */
    static String keywords(JobDefinition job) {
        return job.packageType().word() + ", "
                + Arrays.stream(Framework.values())
                        .filter(job.packageType()::covers)
                        .map(Framework::label)
                        .collect(Collectors.joining(", "))
                + ", audit evidence, " + job.name();
    }

    /** {@code auditpack 0.1.0} from the jar manifest, {@code auditpack development} when run from classes. */
    static String creator() {
        String version = SummaryPdfWriter.class.getPackage().getImplementationVersion();
        return "auditpack " + (version == null ? "development" : version);
    }

    /** The first 16 bytes of SHA-256 over job name, version and as-of date. */
    static byte[] documentId(PackContext context) {
        String key = context.result().job().name() + "\n" + context.stamp().label() + "\n"
                + context.result().asOf();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return Arrays.copyOf(digest, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}

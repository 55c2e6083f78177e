package io.auditpack.report.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfWriter;
import io.auditpack.domain.JobDefinition;
import io.auditpack.report.PackContext;
import io.auditpack.report.ReportWriter;
import org.apache.commons.io.output.CloseShieldOutputStream;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.TimeZone;

/**
 * Writes {@code data/summary.pdf}: cover, executive summary, scope narrative, exceptions, top remediation items,
 * findings by code and a control appendix, with page numbers and document metadata. Deterministic bytes: the
 * built-in Helvetica (not embedded, so no random subset prefix), CreationDate and ModDate fixed to the as-of date
 * at 00:00 UTC, and the trailer {@code /ID} derived from job, version and as-of date instead of clock and memory.
 */
public final class SummaryPdfWriter implements ReportWriter {
    @Override
    public String path() {
        return "data/summary.pdf";
    }

    @Override
    public void write(PackContext context, OutputStream out) throws IOException {
        JobDefinition job = context.result().job();
        Document document = new Document(PageSize.A4, 40, 40, 50, 60);
        PdfWriter writer = PdfWriter.getInstance(document, CloseShieldOutputStream.wrap(out));
        writer.setPageEvent(new PageFooter(job.name() + " " + context.stamp().label() + " (" + job.organization()
                + ")"));
        document.addTitle("Evidence pack summary: " + job.name() + " " + context.stamp().label());
        document.addAuthor(job.organization());
        document.addSubject(CoverSection.describe(job.packageType()) + ", " + job.system());
        document.addCreator("auditpack");
        document.open();
        CoverSection.add(document, context);
        document.newPage();
        ExecutiveSection.add(document, context);
        ExceptionsSection.add(document, context.result());
        AppendixSection.add(document, context.result());
        pin(writer.getInfo(), context);
        document.close();
    }

    /** Replaces the clock-dependent dates and the random file identifier with values derived from the context. */
    private static void pin(PdfDictionary info, PackContext context) {
        Calendar midnight = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        midnight.clear();
        midnight.set(context.result().asOf().getYear(), context.result().asOf().getMonthValue() - 1,
                context.result().asOf().getDayOfMonth());
        info.put(PdfName.CREATIONDATE, new PdfDate(midnight));
        info.put(PdfName.MODDATE, new PdfDate(midnight));
        byte[] id = documentId(context);
        info.put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
    }

    /** The first 16 bytes of SHA-256 over job name, version and as-of date. */
    static byte[] documentId(PackContext context) {
        String key = context.result().job().name() + "\n" + context.stamp().label() + "\n" + context.result().asOf();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return Arrays.copyOf(digest, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}

package io.auditpack.report.pdf;

import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.xml.xmp.XmpWriter;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.TimeZone;

/**
 * What makes the summary a PDF/A-1b file with deterministic bytes: the conformance level, an sRGB output intent
 * (the JDK's own sRGB profile), XMP metadata written from the document information, CreationDate and ModDate fixed
 * to the as-of date at 00:00 UTC, and a trailer {@code /ID} given by the caller instead of clock and memory.
 */
final class ArchivalProfile {
    private ArchivalProfile() {}

    /** Before the document opens. */
    static void declare(PdfWriter writer) {
        writer.setPDFXConformance(PdfWriter.PDFA1B);
        writer.setPdfVersion(PdfWriter.VERSION_1_4);
    }

    /** Right after the document opens. */
    static void addOutputIntent(PdfWriter writer) throws IOException {
        writer.setOutputIntents(
                "sRGB IEC61966-2.1",
                "",
                "http://www.color.org",
                "sRGB IEC61966-2.1",
                ICC_Profile.getInstance(ColorSpace.CS_sRGB));
    }

    /** Before the document closes: pins dates and ID, then writes the XMP packet from the pinned information. */
    static void pin(PdfWriter writer, LocalDate asOf, byte[] id) throws IOException {
        PdfDictionary info = writer.getInfo();
        Calendar midnight = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        midnight.clear();
        midnight.set(asOf.getYear(), asOf.getMonthValue() - 1, asOf.getDayOfMonth());
        info.put(PdfName.CREATIONDATE, new PdfDate(midnight));
        info.put(PdfName.MODDATE, new PdfDate(midnight));
        info.put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
        ByteArrayOutputStream xmp = new ByteArrayOutputStream();
        try (XmpWriter metadata = new XmpWriter(xmp, info, PdfWriter.PDFA1B)) {
            metadata.setAbout("");
        }
        writer.setXmpMetadata(xmp.toByteArray());
    }
}

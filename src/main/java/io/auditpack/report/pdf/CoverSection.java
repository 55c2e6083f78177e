package io.auditpack.report.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import io.auditpack.domain.JobDefinition;
import io.auditpack.domain.PackageType;
import io.auditpack.report.PackContext;

/** The cover page: what the pack is, for whom, for which period or date, and which version in the hash chain. */
final class CoverSection {
    private CoverSection() {
    }

    static void add(Document document, PackContext context) {
        JobDefinition job = context.result().job();
        Paragraph title = new Paragraph("Evidence pack summary", Blocks.TITLE);
        title.setSpacingBefore(120);
        title.setSpacingAfter(8);
        document.add(title);
        Paragraph subtitle = new Paragraph(describe(job.packageType()), Blocks.HEADING);
        subtitle.setSpacingAfter(30);
        document.add(subtitle);
        PdfPTable facts = new PdfPTable(new float[] {1, 3});
        facts.setWidthPercentage(100);
        fact(facts, "Organization", job.organization());
        fact(facts, "System", job.system());
        fact(facts, "Package", job.packageType().word());
        fact(facts, "Job", job.name());
        if (job.period() != null) {
            fact(facts, "Period", job.period().start() + " to " + job.period().end());
        }
        fact(facts, "As of", context.result().asOf().toString());
        fact(facts, "Version", context.stamp().label());
        String previous = context.stamp().previousSha256();
        fact(facts, "Previous version SHA-256", previous.isEmpty() ? "first version" : previous);
        document.add(facts);
    }

    /** The package type in an auditor's words. */
    static String describe(PackageType type) {
        return switch (type) {
            case SOC2_TYPE1 -> "SOC 2 Type I: design as of a date";
            case SOC2_TYPE2 -> "SOC 2 Type II: design and operating effectiveness over a period";
            case ISO27001_STAGE1 -> "ISO/IEC 27001:2022 Stage 1: readiness";
            case ISO27001_STAGE2 -> "ISO/IEC 27001:2022 Stage 2: implementation over a period";
            case MANAGEMENT_REVIEW -> "Management review (ISO/IEC 27001:2022 clause 9.3) with SOC 2";
        };
    }

    private static void fact(PdfPTable facts, String name, String value) {
        PdfPCell key = new PdfPCell(Blocks.phrase(name, Blocks.SUBHEADING));
        key.setBorder(Rectangle.NO_BORDER);
        key.setPaddingBottom(6);
        PdfPCell text = new PdfPCell(Blocks.phrase(value, Blocks.BODY));
        text.setBorder(Rectangle.NO_BORDER);
        text.setPaddingBottom(6);
        facts.addCell(key);
        facts.addCell(text);
    }
}

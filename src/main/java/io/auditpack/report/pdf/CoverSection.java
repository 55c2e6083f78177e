package io.auditpack.report.pdf;

import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import io.auditpack.domain.JobDefinition;
import io.auditpack.domain.PackageType;
import io.auditpack.report.PackContext;

/** The cover page: what the pack is, for whom, for which period or date, and which version in the hash chain. */
final class CoverSection implements Section {
    @Override
    public void add(Blocks blocks, PackContext context) {
        JobDefinition job = context.result().job();
        blocks.add(new Paragraph(100, blocks.typeface().safe(job.organization()), blocks.subheading));
        blocks.add(new Paragraph(34, "Evidence pack summary", blocks.title));
        blocks.add(new Paragraph(24, describe(job.packageType()), blocks.heading));
        PdfPTable facts = new PdfPTable(new float[] {1.5f, 3.2f});
        facts.setWidthPercentage(100);
        facts.setSpacingBefore(36);
        fact(blocks, facts, "Organization", job.organization());
        fact(blocks, facts, "System", job.system());
        fact(blocks, facts, "Package", job.packageType().word());
        fact(blocks, facts, "Job", job.name());
        if (job.period() != null) {
            fact(
                    blocks,
                    facts,
                    "Period",
                    job.period().start() + " to " + job.period().end());
            fact(blocks, facts, "Collection lag", CollectionLag.words(job.collectionLag()));
        }
        fact(blocks, facts, "As of", context.result().asOf().toString());
        fact(blocks, facts, "Version", context.stamp().label());
        String previous = context.stamp().previousSha256();
        fact(blocks, facts, "Previous version SHA-256", previous.isEmpty() ? "first version" : previous, blocks.small);
        fact(blocks, facts, "Signature", signature(context.signingKeySha256()), blocks.small);
        blocks.add(facts);
        PdfPTable note = new PdfPTable(1);
        note.setWidthPercentage(100);
        note.setSpacingBefore(40);
        PdfPCell cell = new PdfPCell(blocks.phrase(
                "Every figure in this summary is derived from the inputs packed "
                        + "beside it and is repeated, machine-readable, in data/metrics.json. The workbook "
                        + "data/crosswalk.xlsx holds every row behind the tables. The pack's ZIP is a BagIt bag: its "
                        + "manifests and the SHA-256 above chain this version to the previous one.",
                blocks.small));
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setLeading(0, 1.4f);
        note.addCell(cell);
        blocks.add(note);
    }

    /** How the pack is signed: by the key with this SHA-256, or not at all. */
    static String signature(String keySha256) {
        return keySha256.isEmpty()
                ? "unsigned (no signing key was configured when this pack was built)"
                : "signed (Ed25519) by the key with SHA-256 " + keySha256;
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

    private static void fact(Blocks blocks, PdfPTable facts, String name, String value) {
        fact(blocks, facts, name, value, blocks.body);
    }

    private static void fact(Blocks blocks, PdfPTable facts, String name, String value, Font font) {
        PdfPCell key = new PdfPCell(blocks.phrase(name, blocks.bodyBold));
        key.setBorder(Rectangle.BOTTOM);
        key.setBorderColor(Blocks.HEADER_FILL);
        key.setPaddingBottom(7);
        PdfPCell text = new PdfPCell(blocks.phrase(value, font));
        text.setBorder(Rectangle.BOTTOM);
        text.setBorderColor(Blocks.HEADER_FILL);
        text.setPaddingBottom(7);
        facts.addCell(key);
        facts.addCell(text);
    }
}

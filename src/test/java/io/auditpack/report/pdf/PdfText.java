package io.auditpack.report.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A summary read back with PDFBox: the text of each page in reading order, the whole text in content-stream order
 * (where a wrapped table cell's lines stay together), and the titles of the outline, depth first.
 */
public record PdfText(List<String> pages, String stream, List<String> bookmarks) {

    public static PdfText read(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            List<String> pages = new ArrayList<>();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document));
            }
            String stream = new PDFTextStripper().getText(document);
            List<String> bookmarks = new ArrayList<>();
            if (document.getDocumentCatalog().getDocumentOutline() != null) {
                document.getDocumentCatalog()
                        .getDocumentOutline()
                        .children()
                        .forEach(item -> collect(item, bookmarks, ""));
            }
            return new PdfText(List.copyOf(pages), stream, List.copyOf(bookmarks));
        }
    }

    private static void collect(PDOutlineItem item, List<String> into, String indent) {
        into.add(indent + item.getTitle());
        item.children().forEach(child -> collect(child, into, indent + "  "));
    }

    /** The outline titles without their indentation. */
    public List<String> titles() {
        return bookmarks.stream().map(String::strip).toList();
    }

    String all() {
        return String.join("\n", pages);
    }

    String page(int number) {
        return pages.get(number - 1);
    }

    /** The whole text with line breaks and runs of spaces as single spaces, for phrases a table cell may wrap. */
    public String flat() {
        return all().replaceAll("\\s+", " ");
    }
}

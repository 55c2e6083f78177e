package io.auditpack.report.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The layout of a summary read back with PDFBox text positions: words broken mid-word over two lines of a table cell
 * or paragraph, and how full each page is.
 *
 * <p>A <em>line</em> is one text run as OpenPDF writes it (one line of one cell). A line continues on the line right
 * below it at the same left edge (within 0.6 pt) and at most 1.8 font sizes lower. A continuation is a
 * <em>broken word</em> when the first line ends and the next begins with a letter or digit and the joined fragments
 * are no word of the document: the end fragment or the start fragment is not found as a whole word anywhere else in
 * the text (OpenPDF trims the space at a normal wrap, so "approval and / communication" and "Frequenc / y" differ
 * only in that "frequenc" and "y" are no words of the document). Paragraphs at the left margin are not checked: they
 * wrap at spaces across the full text width. A <em>page fill</em> is the lowest text baseline
 * above the footer, as a share of the text area (A4, margins 48 pt top and 60 pt bottom); a page is <em>sparse</em>
 * when under a quarter full and not the last page of a top-level section (the page before the next section's first
 * page, or the last page).
 *
 * <p>Run as a tool: {@code tools/demo/pdf-layout PACK.zip|summary.pdf ...}.
 */
public record PdfLayout(
        List<String> brokenWords, List<Float> fill, List<Integer> sparsePages, List<String> strandedHeadings) {
    static final float PAGE_HEIGHT = 841.89f;
    static final float TOP = 48;
    static final float TEXT_LEFT = 40;
    static final float BOTTOM = PAGE_HEIGHT - 60;

    /** The layout of a PDF, with the words of its text and of the English dictionary when installed. */
    public static PdfLayout of(byte[] pdf) throws IOException {
        return of(pdf, Set.of());
    }

    /**
     * The layout of a PDF; a fragment counts as a word when it is found whole in the PDF's text, in {@code known}
     * (for example the cells of the pack's workbook) or in the hunspell en_US dictionary when it is installed.
     */
    public static PdfLayout of(byte[] pdf, Set<String> known) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Lines lines = new Lines();
            lines.setSortByPosition(false);
            lines.getText(document);
            Set<Integer> sectionStarts = sectionStarts(document);
            return new PdfLayout(
                            broken(lines.all, known),
                            fill(lines.all, document.getNumberOfPages()),
                            List.of(),
                            stranded(lines.all, document.getNumberOfPages()))
                    .withSparse(sectionStarts);
        }
    }

    private PdfLayout withSparse(Set<Integer> sectionStarts) {
        List<Integer> sparse = new ArrayList<>();
        for (int page = 1; page <= fill.size(); page++) {
            boolean lastOfSection = page == fill.size() || sectionStarts.contains(page + 1) || page == 1;
            if (!lastOfSection && fill.get(page - 1) < 0.25f) {
                sparse.add(page);
            }
        }
        return new PdfLayout(brokenWords, fill, List.copyOf(sparse), strandedHeadings);
    }

    /** The lowest fill of a page that is not the last of its section (1 when there is none). */
    public float lowestFill(Set<Integer> lastPages) {
        float lowest = 1;
        for (int page = 1; page <= fill.size(); page++) {
            if (!lastPages.contains(page)) {
                lowest = Math.min(lowest, fill.get(page - 1));
            }
        }
        return lowest;
    }

    private record Line(int page, float x, float right, float y, float size, float firstGlyph, String text) {}

    private static final class Lines extends PDFTextStripper {
        final List<Line> all = new ArrayList<>();

        Lines() throws IOException {
            super();
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) {
            if (positions.isEmpty() || text.isBlank()) {
                return;
            }
            TextPosition first = positions.get(0);
            TextPosition last = positions.get(positions.size() - 1);
            all.add(new Line(
                    getCurrentPageNo(),
                    first.getXDirAdj(),
                    last.getXDirAdj() + last.getWidthDirAdj(),
                    first.getYDirAdj(),
                    first.getFontSizeInPt(),
                    first.getWidthDirAdj(),
                    text.strip()));
        }
    }

    /**
     * Continuations whose first line could not have held the next line's first glyph (the text area of a cell ends
     * 6.5 pt before the next column's left edge, the left edge being the leftmost line start right of this column
     * in a row of this column; the page margin for the last column), then those whose fragments are no words.
     */
    private static List<String> broken(List<Line> lines, Set<String> known) {
        List<Line[]> suspects = new ArrayList<>();
        for (Line line : lines) {
            Line below = below(line, lines);
            if (line.x() > TEXT_LEFT + 0.5f
                    && below != null
                    && line.right() + below.firstGlyph() > limit(line, lines)) {
                suspects.add(new Line[] {line, below});
            }
        }
        Set<Line> ends = new HashSet<>();
        Set<Line> starts = new HashSet<>();
        suspects.forEach(pair -> {
            ends.add(pair[0]);
            starts.add(pair[1]);
        });
        Set<String> words = new HashSet<>(DICTIONARY);
        known.forEach(w -> words.add(word(w)));
        for (Line line : lines) {
            String[] tokens = line.text().split("\\s+");
            for (int i = 0; i < tokens.length; i++) {
                boolean edge = (i == tokens.length - 1 && ends.contains(line)) || (i == 0 && starts.contains(line));
                if (!edge) {
                    words.add(word(tokens[i]));
                }
            }
        }
        List<String> broken = new ArrayList<>();
        for (Line[] pair : suspects) {
            if (pair[0].text().matches(".*[\\p{L}\\p{N}]-") && pair[1].text().matches("\\d.*")) {
                broken.add("page %d: %s/%s".formatted(pair[0].page(), last(pair[0].text()), first(pair[1].text())));
                continue; // a date or an ID broken at its hyphen: 2026-11-/28, PEOPLE-/1101
            }
            String end = pair[0].text().replaceAll("^.*?([\\p{L}\\p{N}]*)$", "$1");
            String start = pair[1].text().replaceAll("^([\\p{L}\\p{N}]*).*$", "$1");
            if (end.isEmpty()
                    || start.isEmpty()
                    || DATE_END.matcher(pair[0].text()).find()) {
                continue; // an ISO date such as 2026-01-01 ends the line whole (the line broke at the space after it)
            }
            if (!isWord(word(end), words) || !isWord(word(start), words)) {
                broken.add("page %d: %s/%s".formatted(pair[0].page(), end, start));
            }
        }
        return List.copyOf(broken);
    }

    private static String last(String text) {
        return text.substring(text.lastIndexOf(' ') + 1);
    }

    private static String first(String text) {
        int space = text.indexOf(' ');
        return space < 0 ? text : text.substring(0, space);
    }

    private static boolean isWord(String word, Set<String> words) {
        if (IDENTIFIER.matcher(word).matches()) {
            return true; // a whole identifier such as SOC2, CC6 or A1 (the line broke at the space after it)
        }
        if (word.endsWith("ies") && word.length() > 4 && words.contains(word.substring(0, word.length() - 3) + "y")) {
            return true; // notifies, policies: the dictionary holds notify, policy
        }
        for (String suffix : List.of("", "'s", "s", "es", "ed", "d", "ing")) {
            if (word.endsWith(suffix)
                    && word.length() > suffix.length() + 1
                    && words.contains(word.substring(0, word.length() - suffix.length()))) {
                return true;
            }
        }
        return words.contains(word);
    }

    /** A line that ends with a whole ISO date. */
    private static final java.util.regex.Pattern DATE_END =
            java.util.regex.Pattern.compile("(^|\\s)\\d{4}-\\d{2}-\\d{2}$");

    /** A framework or criterion prefix written with its number: SOC2, CC6, A1 (lower-cased by {@code word}). */
    private static final java.util.regex.Pattern IDENTIFIER = java.util.regex.Pattern.compile("[a-z]{1,5}[0-9]{1,3}");

    /** The words of {@code /usr/share/hunspell/en_US.dic} (affix flags dropped), or none. */
    static final Set<String> DICTIONARY = dictionary(Path.of("/usr/share/hunspell/en_US.dic"));

    private static Set<String> dictionary(Path file) {
        if (!Files.isReadable(file)) {
            return Set.of();
        }
        try (var lines = Files.lines(file, java.nio.charset.StandardCharsets.UTF_8)) {
            return lines.skip(1)
                    .map(l -> l.split("/", 2)[0].toLowerCase(Locale.ROOT))
                    .collect(java.util.stream.Collectors.toUnmodifiableSet());
        } catch (IOException | java.io.UncheckedIOException e) {
            return Set.of();
        }
    }

    /** The text of every cell of a workbook, split into words. */
    public static Set<String> workbookWords(byte[] xlsx) throws IOException {
        Set<String> words = new HashSet<>();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            for (var sheet : workbook) {
                for (var row : sheet) {
                    for (var cell : row) {
                        for (String token : cell.toString().split("[\\s_]+")) {
                            words.add(word(token));
                        }
                    }
                }
            }
        }
        return words;
    }

    private static float limit(Line line, List<Line> lines) {
        Set<Float> rows = new HashSet<>();
        lines.stream()
                .filter(o -> o.page() == line.page() && Math.abs(o.x() - line.x()) < 0.6f)
                .forEach(o -> rows.add(o.y()));
        double next = lines.stream()
                .filter(o -> o.page() == line.page() && o.x() > line.x() + 1 && rows.contains(o.y()))
                .mapToDouble(Line::x)
                .min()
                .orElse(595.28 - 40 + 6.5);
        return (float) next - 6.5f;
    }

    private static Line below(Line line, List<Line> lines) {
        return lines.stream()
                .filter(o -> o.page() == line.page()
                        && Math.abs(o.x() - line.x()) < 0.6f
                        && Math.abs(o.size() - line.size()) < 0.1f
                        && o.y() > line.y() + 0.1f
                        && o.y() <= line.y() + 1.8f * line.size())
                .min(Comparator.comparing(Line::y))
                .orElse(null);
    }

    private static String word(String token) {
        return token.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "").toLowerCase(Locale.ROOT);
    }

    private static List<Float> fill(List<Line> lines, int pages) {
        List<Float> fill = new ArrayList<>();
        for (int page = 1; page <= pages; page++) {
            int p = page;
            float lowest = (float) lines.stream()
                    .filter(l -> l.page() == p && l.y() < BOTTOM)
                    .mapToDouble(Line::y)
                    .max()
                    .orElse(TOP);
            fill.add(Math.max(0, (lowest - TOP) / (BOTTOM - TOP)));
        }
        return List.copyOf(fill);
    }

    /** Headings (text above 10 pt) that are the lowest text of a page other than the cover and the last page. */
    private static List<String> stranded(List<Line> lines, int pages) {
        List<String> stranded = new ArrayList<>();
        for (int page = 2; page < pages; page++) {
            int p = page;
            lines.stream()
                    .filter(l -> l.page() == p && l.y() < BOTTOM)
                    .max(Comparator.comparing(Line::y))
                    .filter(l -> l.size() > 10)
                    .ifPresent(l -> stranded.add("page %d: %s".formatted(p, l.text())));
        }
        return List.copyOf(stranded);
    }

    private static Set<Integer> sectionStarts(PDDocument document) throws IOException {
        Set<Integer> starts = new TreeSet<>();
        if (document.getDocumentCatalog().getDocumentOutline() == null) {
            return starts;
        }
        for (PDOutlineItem item :
                document.getDocumentCatalog().getDocumentOutline().children()) {
            PDPage page = item.findDestinationPage(document);
            if (page == null && item.getDestination() instanceof PDPageDestination destination) {
                page = destination.getPage();
            }
            if (page != null) {
                starts.add(document.getPages().indexOf(page) + 1);
            }
        }
        return starts;
    }

    /** Prints, per PDF or pack, the broken words, the fill of each page and the sparse pages; exit 1 on a defect. */
    public static void main(String[] args) throws IOException {
        int defects = 0;
        for (String arg : args) {
            boolean zip = arg.endsWith(".zip");
            byte[] pdf = zip ? fromZip(Path.of(arg), "/data/summary.pdf") : Files.readAllBytes(Path.of(arg));
            PdfLayout layout = of(pdf, zip ? workbookWords(fromZip(Path.of(arg), "/data/crosswalk.xlsx")) : Set.of());
            System.out.printf(
                    Locale.ROOT,
                    "%s: %d pages, %d broken words, %d sparse pages, %d stranded headings; fill %% %s%n",
                    Path.of(arg).getFileName(),
                    layout.fill().size(),
                    layout.brokenWords().size(),
                    layout.sparsePages().size(),
                    layout.strandedHeadings().size(),
                    layout.fill().stream()
                            .map(f -> String.valueOf(Math.round(f * 100)))
                            .toList());
            layout.brokenWords().forEach(w -> System.out.println("  broken " + w));
            layout.sparsePages().forEach(p -> System.out.println("  sparse page " + p));
            layout.strandedHeadings().forEach(h -> System.out.println("  stranded heading " + h));
            defects += layout.brokenWords().size()
                    + layout.sparsePages().size()
                    + layout.strandedHeadings().size();
        }
        System.exit(defects == 0 ? 0 : 1);
    }

    private static byte[] fromZip(Path zip, String suffix) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                if (entry.getName().endsWith(suffix)) {
                    return in.readAllBytes();
                }
            }
        }
        throw new IOException(zip + " holds no " + suffix.substring(1));
    }
}

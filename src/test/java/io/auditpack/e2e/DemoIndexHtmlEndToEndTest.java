package io.auditpack.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every demo job's {@code data/index.html} read back with jsoup (an HTML5 parser, as a browser parses): its links
 * resolve inside the bag with the manifest's SHA-256, every requirement and figure is the verdict's, the CSP forbids
 * every load and no element names a network URL, and a hostile control title and evidence title stay text. The demo
 * input is copied with one control title and one evidence title made hostile.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoIndexHtmlEndToEndTest {
    static final String HOSTILE_TITLE = "<script>alert(1)</script> \"quoted\" & 'single' <b>bold</b>";
    static final String HOSTILE_EVIDENCE = "Policy\" onmouseover=\"alert(2)\" x=\"";
    private static final Map<String, String> JOBS = Map.of(
            "soc2-type2", "northwind-soc2-type2-2026",
            "soc2-type1", "northwind-soc2-type1",
            "iso27001-stage1", "northwind-iso27001-stage1",
            "iso27001-stage2", "northwind-iso27001-stage2",
            "management-review", "northwind-management-review-2026");
    private static final Pattern SCHEME = Pattern.compile("^\\s*[A-Za-z][A-Za-z0-9+.-]*:");
    private static final Set<String> URL_ATTRIBUTES = Set.of(
            "src",
            "href",
            "action",
            "formaction",
            "srcset",
            "poster",
            "data",
            "xlink:href",
            "background",
            "ping",
            "cite",
            "manifest",
            "icon");
    private final Map<String, PackFile> packs = new HashMap<>();
    private final Map<String, Document> pages = new HashMap<>();

    @BeforeAll
    void runEveryDemoJobWithHostileTitles(@TempDir Path project) throws IOException {
        DemoCopy.into(project);
        makeTitlesHostile(project.resolve("input"));
        Path dump = Path.of("target", "index-html");
        Files.createDirectories(dump);
        for (Map.Entry<String, String> job : JOBS.entrySet()) {
            List<String> args = new ArrayList<>(List.of(
                    "run",
                    project.resolve("jobs/" + job.getKey() + ".yaml").toString(),
                    "--output",
                    project.resolve("output").toString(),
                    "--quiet"));
            if (!job.getKey().equals("soc2-type1") && !job.getKey().equals("iso27001-stage1")) {
                args.addAll(List.of("--as-of", "2026-11-29"));
            }
            Cli run = Cli.run(args.toArray(String[]::new));
            assertThat(run.exit()).as(run.toString()).isZero();
            String name = job.getValue();
            PackFile pack = PackFile.read(project.resolve("output/" + name + "/" + name + "-v0001.zip"));
            packs.put(job.getKey(), pack);
            pages.put(job.getKey(), Jsoup.parse(pack.text("data/index.html")));
            Files.write(dump.resolve(job.getKey() + ".html"), pack.bytes("data/index.html"));
        }
    }

    /** GOV-01's title and EV-0002's title (a policy packed under three controls) become hostile. */
    static void makeTitlesHostile(Path input) throws IOException {
        Path controls = input.resolve("controls.csv");
        String text = Files.readString(controls);
        assertThat(text).contains("GOV-01,ISMS scope and context,");
        Files.writeString(
                controls, text.replace("GOV-01,ISMS scope and context,", "GOV-01," + csv(HOSTILE_TITLE) + ","));
        Path evidence = input.resolve("evidence.csv");
        text = Files.readString(evidence);
        assertThat(text).contains("EV-0002,GOV-02;GOV-03;GOV-11,Information Security Policy v4.0,");
        Files.writeString(
                evidence,
                text.replace(
                        "EV-0002,GOV-02;GOV-03;GOV-11,Information Security Policy v4.0,",
                        "EV-0002,GOV-02;GOV-03;GOV-11," + csv(HOSTILE_EVIDENCE) + ","));
    }

    private static String csv(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }

    @ParameterizedTest
    @ValueSource(strings = {"soc2-type2", "soc2-type1", "iso27001-stage1", "iso27001-stage2", "management-review"})
    void theCspAdmitsOnlyTheInlineStyleAndScriptByHashAndNoElementNamesANetworkUrl(String job) {
        Document page = pages.get(job);

        Element csp = page.selectFirst("head > meta[http-equiv=Content-Security-Policy]");
        assertThat(csp).as("CSP meta").isNotNull();
        assertThat(page.head().child(1))
                .as("the CSP comes right after the charset")
                .isEqualTo(csp);
        String policy = csp.attr("content");
        assertThat(policy).startsWith("default-src 'none'; ").contains("img-src data:", "base-uri 'none'");
        assertThat(page.select("script")).hasSize(1);
        assertThat(page.select("style")).hasSize(1);
        Element script = page.selectFirst("script");
        assertThat(script.hasAttr("src")).isFalse();
        assertThat(policy).contains("script-src '" + sha256(script.data()) + "'");
        assertThat(policy)
                .contains("style-src '" + sha256(page.selectFirst("style").data()) + "'");
        assertThat(policy).doesNotContain("unsafe", "http", "*");
        assertThat(page.select("iframe, object, embed, img, video, audio, base, form, link[rel=stylesheet]"))
                .isEmpty();

        for (Element element : page.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(java.util.Locale.ROOT);
                assertThat(name).as("event handler on <%s>", element.tagName()).doesNotStartWith("on");
                assertThat(element.hasAttr("style"))
                        .as("inline style on <%s>", element.tagName())
                        .isFalse();
                if (URL_ATTRIBUTES.contains(name)) {
                    String value = attribute.getValue().trim();
                    assertThat(value).as("%s of <%s>", name, element.tagName()).doesNotStartWith("//");
                    if (SCHEME.matcher(value).find()) {
                        assertThat(value)
                                .as("%s of <%s>", name, element.tagName())
                                .startsWith("data:");
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"soc2-type2", "soc2-type1", "iso27001-stage1", "iso27001-stage2", "management-review"})
    void everyFileLinkResolvesToAnEntryOfTheBagAndShowsTheManifestsSha256(String job) {
        PackFile pack = packs.get(job);
        Document page = pages.get(job);
        Map<String, String> manifest = manifest(pack);

        List<Element> links = page.select("a[href]:not([href^=#])");
        assertThat(links).isNotEmpty();
        for (Element link : links) {
            String entry = "data/" + link.attr("href");
            assertThat(manifest).as("link %s", link.attr("href")).containsKey(entry);
            assertThat(pack.entries()).containsKey(entry);
        }
        Set<String> listed = new HashSet<>();
        for (Element row : page.select("#evidence tbody tr")) {
            Element file = row.selectFirst("a.file");
            String entry = "data/" + file.attr("href");
            assertThat(row.selectFirst("td.sha").text()).as(entry).isEqualTo(manifest.get(entry));
            assertThat(PackFileSha.of(pack.bytes(entry))).isEqualTo(manifest.get(entry));
            listed.add(entry);
        }
        Set<String> evidenceEntries = new HashSet<>();
        manifest.keySet().stream().filter(p -> p.startsWith("data/evidence/")).forEach(evidenceEntries::add);
        assertThat(listed).as("every evidence file of the bag has a row").isEqualTo(evidenceEntries);
        assertThat(page.select("header a.pack-file").eachAttr("href"))
                .contains("summary.pdf", "crosswalk.xlsx", "metrics.json", "findings.csv", "gaps.csv");
    }

    @ParameterizedTest
    @ValueSource(strings = {"soc2-type2", "soc2-type1", "iso27001-stage1", "iso27001-stage2", "management-review"})
    void everyInPageLinkHasItsTargetAndEachEvidenceRowLinksBackToItsControl(String job) {
        Document page = pages.get(job);

        Set<String> ids = new HashSet<>();
        for (Element element : page.select("[id]")) {
            assertThat(ids.add(element.id()))
                    .as("id %s is unique", element.id())
                    .isTrue();
        }
        for (Element link : page.select("a[href^=#]")) {
            assertThat(ids)
                    .as("target of %s", link.attr("href"))
                    .contains(link.attr("href").substring(1));
        }
        for (Element control : page.select("#controls tbody tr")) {
            for (Element evidence : control.select("a.ev")) {
                Element row = page.getElementById(evidence.attr("href").substring(1));
                assertThat(row.selectFirst("a.ctl").attr("href")).isEqualTo("#" + control.id());
            }
            for (Element requirement : control.select("a.req")) {
                Element row = page.getElementById(requirement.attr("href").substring(1));
                assertThat(row.select("a.ctl").eachAttr("href")).contains("#" + control.id());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"soc2-type2", "soc2-type1", "iso27001-stage1", "iso27001-stage2", "management-review"})
    void everyRequirementOfTheVerdictAndOfTheCrosswalkHasARowWithItsStatusesAndControls(String job) throws IOException {
        Document page = pages.get(job);
        JsonNode metrics = metrics(packs.get(job));

        JsonNode requirements = metrics.get("requirements");
        assertThat(page.select("#requirements tbody tr")).hasSize(requirements.size());
        Set<String> rows = new HashSet<>();
        for (JsonNode requirement : requirements) {
            String framework = requirement.get("framework").asString();
            String id = requirement.get("id").asString();
            Element row = page.select("#requirements tbody tr").stream()
                    .filter(r -> r.child(0).text().equals(framework)
                            && r.child(1).text().equals(id))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no row for " + framework + " " + id));
            assertThat(row.text()).contains(requirement.get("design").asString());
            List<String> controls = new ArrayList<>();
            requirement.get("controls").forEach(c -> controls.add("#ctl-" + c.asString()));
            assertThat(row.select("a.ctl").eachAttr("href")).containsExactlyElementsOf(controls);
            rows.add(framework + " " + id);
        }
        for (List<String> mapping : mappings(Path.of("input/mappings.csv"))) {
            String framework = mapping.get(1);
            if (metrics.get("frameworks").has(framework)) {
                String id = mapping.get(2);
                assertThat(rows.stream()
                                .anyMatch(r ->
                                        r.equals(framework + " " + id) || r.startsWith(framework + " " + id + ".")))
                        .as("crosswalk row %s", mapping)
                        .isTrue();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"soc2-type2", "soc2-type1", "iso27001-stage1", "iso27001-stage2", "management-review"})
    void theHeadlineFiguresAreThoseOfMetricsJson(String job) {
        Document page = pages.get(job);
        JsonNode frameworks = metrics(packs.get(job)).get("frameworks");

        List<Element> rows = page.select("#headlines tbody tr");
        assertThat(rows).isNotEmpty();
        assertThat(page.select("#headlines svg rect")).isNotEmpty();
        int checked = 0;
        for (Element row : rows) {
            String[] scope = row.attr("data-scope").split(" ", 2);
            JsonNode counts = frameworks.get(scope[0]);
            if (scope.length == 2) {
                counts = counts.get("categories").get(scope[1]);
            }
            for (Element cell : row.select("td[data-metric]")) {
                assertThat(cell.text())
                        .as("%s %s", row.attr("data-scope"), cell.attr("data-metric"))
                        .isEqualTo(counts.get(cell.attr("data-metric")).asString());
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(rows.size() * 5);
    }

    @Test
    void aHostileControlTitleAndEvidenceTitleStayText() {
        for (Document page : pages.values()) {
            Element control = page.getElementById("ctl-GOV-01");
            assertThat(control.child(1).text()).isEqualTo(HOSTILE_TITLE.replace("  ", " "));
            assertThat(control.child(1).children()).isEmpty();
            assertThat(page.select("script")).hasSize(1);
            assertThat(page.select("b")).isEmpty();
            assertThat(page.select("[onmouseover]")).isEmpty();
            assertThat(page.getAllElements().stream()
                            .flatMap(e -> e.attributes().asList().stream())
                            .filter(a -> a.getValue().contains("alert(")))
                    .isEmpty();
        }
        Document type2 = pages.get("soc2-type2");
        Element evidence = type2.getElementById("ev-GOV-02~~EV-0002");
        assertThat(evidence.child(3).text()).isEqualTo(HOSTILE_EVIDENCE);
    }

    @Test
    void theType2PackListsTheRequestsThePopulationsTheSamplesAndTheTestSheet() {
        Document page = pages.get("soc2-type2");

        assertThat(page.select("#requests tbody tr")).hasSize(52);
        assertThat(page.select("#requests td.st.bad").eachText()).contains("overdue");
        assertThat(page.select("#samples tbody tr")).isNotEmpty();
        assertThat(page.select("#samples a.ev")).isNotEmpty();
        assertThat(page.select("#populations tbody tr")).isNotEmpty();
        assertThat(page.select("#test-sheet tbody tr")).isNotEmpty();
        assertThat(page.select("#test-sheet td.st.good").eachText()).containsOnly("pass");
        assertThat(page.select("#test-sheet td.st.bad").eachText()).contains("exception");
        assertThat(pages.get("soc2-type1").select("#samples, #test-sheet")).isEmpty();
        assertThat(page.select("style").first().data()).contains("@media print");
    }

    private static Map<String, String> manifest(PackFile pack) {
        Map<String, String> manifest = new HashMap<>();
        for (String line : pack.text("manifest-sha256.txt").split("\n")) {
            if (!line.isBlank()) {
                String[] parts = line.split(" +", 2);
                manifest.put(parts[1], parts[0]);
            }
        }
        return manifest;
    }

    private static JsonNode metrics(PackFile pack) {
        return JsonMapper.builder().build().readTree(pack.text("data/metrics.json"));
    }

    private static List<List<String>> mappings(Path file) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)
                .subList(1, Files.readAllLines(file).size())) {
            rows.add(List.of(line.split(",", 4)));
        }
        return rows;
    }

    static String sha256(String text) {
        try {
            return "sha256-"
                    + Base64.getEncoder()
                            .encodeToString(
                                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The hex SHA-256 of bytes, recomputed here. */
    private static final class PackFileSha {
        static String of(byte[] bytes) {
            try {
                return java.util.HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}

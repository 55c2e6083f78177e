package io.auditpack.input;

import io.auditpack.domain.Finding;
import io.auditpack.domain.Severity;
import io.auditpack.guard.NamedFile;
import io.auditpack.guard.NamedFileException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A strict YAML document read through SnakeYAML's node API, so that every problem names the file, the 1-based line
 * and column of the node, the key and the value. Problems are collected in {@link #findings()}.
 */
final class YamlDoc {
    /** No job or scope file needs more; a larger one is refused before it is read. */
    static final long MAX_BYTES = 1024 * 1024;

    private final String file;
    private final String code;
    private final List<Finding> findings = new ArrayList<>();

    YamlDoc(String file, String code) {
        this.file = file;
        this.code = code;
    }

    /** The findings so far, each on one line (values and messages shown as {@link Shown} does). */
    List<Finding> findings() {
        return findings.stream().map(Shown::finding).toList();
    }

    /** The top-level mapping; null (with a finding) when the file is unreadable, empty and not allowed so, etc. */
    @Nullable
    MappingNode load(Path path, boolean emptyAllowed) throws IOException {
        if (Files.size(path) > MAX_BYTES) {
            findings.add(new Finding(
                    Severity.ERROR,
                    code,
                    file,
                    0,
                    "",
                    "",
                    "the file is larger than 1 MB (" + Files.size(path)
                            + " bytes); accepted: a short YAML file of keys and values"));
            return null;
        }
        byte[] bytes;
        try {
            bytes = NamedFile.read(path, (int) MAX_BYTES);
        } catch (NamedFileException e) {
            findings.add(new Finding(Severity.ERROR, code, file, 0, "", "", e.problem()));
            return null;
        }
        Utf8Text text = Utf8Text.decode(bytes);
        if (!text.valid()) {
            findings.add(new Finding(
                    Severity.ERROR,
                    code,
                    file,
                    text.badLine(),
                    "",
                    "0x%02X".formatted(text.badByte()),
                    text.problem()));
            return null;
        }
        Node root;
        try {
            root = new Yaml().compose(new StringReader(text.text()));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            long line = mark == null ? 0 : mark.getLine() + 1L;
            String column = mark == null ? "" : String.valueOf(mark.getColumn() + 1);
            findings.add(new Finding(
                    Severity.ERROR,
                    code,
                    file,
                    line,
                    column,
                    "",
                    "not valid YAML: " + e.getProblem() + (e.getContext() == null ? "" : " (" + e.getContext() + ")")));
            return null;
        } catch (YAMLException e) {
            findings.add(new Finding(Severity.ERROR, code, file, 0, "", "", "not valid YAML: " + e.getMessage()));
            return null;
        }
        if (root == null
                || (root instanceof ScalarNode scalar && scalar.getTag().equals(Tag.NULL))) {
            if (!emptyAllowed) {
                findings.add(new Finding(
                        Severity.ERROR,
                        code,
                        file,
                        0,
                        "",
                        "",
                        "the file is empty; expected a YAML mapping of keys to values"));
            }
            return null;
        }
        if (!(root instanceof MappingNode mapping)) {
            error(root, "", text(root), "the document is not a mapping of keys to values (key: value lines)");
            return null;
        }
        return mapping;
    }

    /**
     * The entries of a mapping by key, in file order; a duplicate key, a non-scalar key or a key not accepted is an
     * error (with a did-you-mean and the accepted keys). {@code prefix} qualifies nested keys ("period.").
     */
    Map<String, NodeTuple> entries(MappingNode mapping, String prefix, Collection<String> accepted) {
        Map<String, NodeTuple> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            if (!(keyNode instanceof ScalarNode scalar)) {
                error(keyNode, prefix, "", "a key must be a plain word; accepted keys: " + String.join(", ", accepted));
                continue;
            }
            String key = scalar.getValue();
            if (!accepted.contains(key)) {
                error(
                        keyNode,
                        prefix + key,
                        key,
                        "unknown key \"" + prefix + key + "\"" + Suggestions.didYouMean(key, accepted)
                                + "; accepted keys: " + String.join(", ", accepted));
            } else if (entries.containsKey(key)) {
                Node first = entries.get(key).getKeyNode();
                error(
                        keyNode,
                        prefix + key,
                        key,
                        "duplicate key \"" + prefix + key + "\" (first given on line "
                                + (first.getStartMark().getLine() + 1) + "); give each key once");
            } else {
                entries.put(key, tuple);
            }
        }
        return entries;
    }

    /** The text of a scalar ("" for a YAML null); null (with a finding) for a list or a mapping. */
    @Nullable
    String scalar(Node node, String key) {
        if (node instanceof ScalarNode scalar) {
            return scalar.getTag().equals(Tag.NULL) ? "" : scalar.getValue().strip();
        }
        error(node, key, "", "key \"" + key + "\" takes a single value, not a list or a mapping");
        return null;
    }

    /** The texts of a list of scalars (a single scalar is a list of one); null (with a finding) otherwise. */
    @Nullable
    List<String> list(Node node, String key) {
        if (node instanceof SequenceNode sequence) {
            List<String> items = new ArrayList<>();
            for (Node item : sequence.getValue()) {
                String text = scalar(item, key);
                if (text == null) {
                    return null;
                }
                if (!text.isEmpty()) {
                    items.add(text);
                }
            }
            return items;
        }
        if (node instanceof MappingNode) {
            error(node, key, "", "key \"" + key + "\" takes a list of values (e.g. [a, b]), not a mapping");
            return null;
        }
        String text = Objects.requireNonNull(scalar(node, key), key);
        return text.isEmpty() ? List.of() : List.of(text);
    }

    /** Adds an error at the node's start (1-based line and column); the message should name the key. */
    void error(Node node, String key, String value, String message) {
        Mark mark = node.getStartMark();
        String text =
                key.isEmpty() || message.contains("\"" + key + "\"") ? message : "key \"" + key + "\": " + message;
        findings.add(new Finding(
                Severity.ERROR, code, file, mark.getLine() + 1L, String.valueOf(mark.getColumn() + 1), value, text));
    }

    /** An error about the whole document (a missing key): line 1, column 1. */
    void error(MappingNode root, String key, String message) {
        error(root, key, "", message);
    }

    private static String text(Node node) {
        return node instanceof ScalarNode scalar ? scalar.getValue() : "";
    }
}

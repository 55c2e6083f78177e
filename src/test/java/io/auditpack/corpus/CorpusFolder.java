package io.auditpack.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A corpus case made real in a temporary folder: {@code <tmp>/case} is the base with the case's files laid over it
 * and its {@code setup} steps applied; {@code <tmp>/outside} is a folder beside it that evidence must never reach.
 */
final class CorpusFolder {
    private static final Set<String> NOT_OVERLAID = Set.of("expected", "setup", "README.md");

    final Path root;
    final Path outside;
    final Map<String, String> placeholders;

    private CorpusFolder(Path tmp) {
        this.root = tmp.resolve("case");
        this.outside = tmp.resolve("outside");
        this.placeholders = Map.of("ROOT", root.toString(), "OUTSIDE", outside.toString());
    }

    static CorpusFolder make(CorpusCase corpusCase, Path tmp) {
        CorpusFolder folder = new CorpusFolder(tmp);
        try {
            Files.createDirectories(folder.outside);
            copy(CorpusCase.root().resolve("_base"), folder.root);
            copy(corpusCase.folder(), folder.root);
            Path setup = corpusCase.folder().resolve("setup");
            if (Files.exists(setup)) {
                folder.apply(Files.readAllLines(setup));
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The valid base alone, changed by the given setup steps (as in a case's {@code setup} file). */
    static CorpusFolder base(Path tmp, List<String> setup) {
        CorpusFolder folder = new CorpusFolder(tmp);
        try {
            Files.createDirectories(folder.outside);
            copy(CorpusCase.root().resolve("_base"), folder.root);
            folder.apply(setup);
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path job() {
        return root.resolve("jobs/job.yaml");
    }

    Path output() {
        return root.resolve("output");
    }

    private void apply(List<String> lines) throws IOException {
        WorkbookFixture workbook = null;
        List<List<String>> truncations = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int space = line.indexOf(' ');
            String verb = space < 0 ? line : line.substring(0, space);
            List<String> args = space < 0
                    ? List.of()
                    : Arrays.stream(line.substring(space + 1).split(" \\| ", -1))
                            .toList();
            switch (verb) {
                case "delete" -> Files.delete(path(args.get(0)));
                case "write" -> write(path(args.get(0)), bytes(args.get(1)));
                case "append" -> {
                    byte[] old = Files.readAllBytes(path(args.get(0)));
                    byte[] more = bytes(args.get(1));
                    byte[] all = Arrays.copyOf(old, old.length + more.length);
                    System.arraycopy(more, 0, all, old.length, more.length);
                    write(path(args.get(0)), all);
                }
                case "replace" -> replace(path(args.get(0)), bytes(args.get(1)), bytes(args.get(2)));
                case "symlink" -> {
                    Files.createDirectories(path(args.get(0)).getParent());
                    Files.createSymbolicLink(path(args.get(0)), path(args.get(1)));
                }
                case "fifo" -> fifo(path(args.get(0)));
                case "mkdir" -> Files.createDirectories(path(args.get(0)));
                case "copy" -> {
                    Files.createDirectories(path(args.get(1)).getParent());
                    Files.copy(path(args.get(0)), path(args.get(1)));
                }
                case "hardlink" -> {
                    Files.createDirectories(path(args.get(0)).getParent());
                    Files.createLink(path(args.get(0)), path(args.get(1)));
                }
                case "pack" -> MadeFiles.pack(path(args.get(0)));
                case "key" -> MadeFiles.key(args.get(0), path(args.get(1)), path(args.get(2)));
                case "zip-crc" -> ZipSurgery.crc(path(args.get(0)), args.get(1));
                case "zip-local-name" -> ZipSurgery.localName(path(args.get(0)), args.get(1), args.get(2));
                case "zip-field" ->
                    ZipSurgery.field(path(args.get(0)), args.get(1), args.get(2), args.get(3), args.get(4));
                case "zip-folder" -> ZipSurgery.folder(path(args.get(0)), args.get(1));
                case "zip-size" -> ZipSurgery.size(path(args.get(0)), args.get(1), Long.parseLong(args.get(2)));
                case "zip-overlap" ->
                    ZipSurgery.overlap(
                            path(args.get(0)),
                            args.get(1),
                            Integer.parseInt(args.get(2)),
                            Integer.parseInt(args.get(3)));
                case "truncate" -> truncations.add(args);
                case "workbook" -> workbook = WorkbookFixture.fromCsv(root.resolve("input"));
                case "zip-bomb" -> WorkbookFixture.zipBomb(root.resolve("input"), path(args.get(0)));
                case "xxe" ->
                    WorkbookFixture.externalEntity(root.resolve("input"), path(args.get(0)), path(args.get(1)));
                default -> {
                    if (workbook == null) {
                        throw new IllegalArgumentException("unknown setup step (or no workbook yet): " + line);
                    }
                    workbook.apply(verb, args);
                }
            }
        }
        if (workbook != null) {
            workbook.write(root.resolve("input/workbook.xlsx"));
        }
        for (List<String> truncation : truncations) {
            byte[] bytes = Files.readAllBytes(path(truncation.get(0)));
            Files.write(path(truncation.get(0)), Arrays.copyOf(bytes, Integer.parseInt(truncation.get(1))));
        }
    }

    /** A path of the case ({@code input/...}, {@code jobs/...}) or, with {@code OUTSIDE/}, of the outside folder. */
    private Path path(String written) {
        String text = Escapes.text(written, placeholders);
        if (text.equals("OUTSIDE")) {
            return outside;
        }
        return text.startsWith("OUTSIDE/") ? outside.resolve(text.substring(8)) : root.resolve(text);
    }

    private byte[] bytes(String written) {
        return Escapes.bytes(written, placeholders);
    }

    private static void write(Path path, byte[] bytes) throws IOException {
        Files.createDirectories(path.getParent());
        Files.write(path, bytes);
    }

    private static void replace(Path file, byte[] from, byte[] to) throws IOException {
        byte[] text = Files.readAllBytes(file);
        List<Byte> out = new ArrayList<>();
        boolean found = false;
        for (int i = 0; i < text.length; ) {
            if (i + from.length <= text.length && Arrays.equals(text, i, i + from.length, from, 0, from.length)) {
                for (byte b : to) {
                    out.add(b);
                }
                i += from.length;
                found = true;
            } else {
                out.add(text[i++]);
            }
        }
        if (!found) {
            throw new IllegalArgumentException(file + " does not contain the text to replace");
        }
        byte[] result = new byte[out.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = out.get(i);
        }
        Files.write(file, result);
    }

    private static void fifo(Path path) throws IOException {
        Files.createDirectories(path.getParent());
        try {
            Process process = new ProcessBuilder("mkfifo", path.toString())
                    .redirectErrorStream(true)
                    .start();
            if (process.waitFor() != 0) {
                throw new IOException(
                        "mkfifo failed: " + new String(process.getInputStream().readAllBytes()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                String relative = from.relativize(file).toString();
                if (NOT_OVERLAID.contains(relative)) {
                    continue;
                }
                Path target = to.resolve(relative);
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /** Every path under the case folder and the outside folder, with its size: what a run may not change. */
    List<String> snapshot() {
        List<String> all = new ArrayList<>();
        for (Path base : List.of(root, outside)) {
            try (Stream<Path> files = Files.walk(base)) {
                files.forEach(p -> all.add(
                        p + (Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS) ? " " + size(p) : "")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return all.stream().sorted().toList();
    }

    private static long size(Path path) {
        try {
            return Files.size(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package io.auditpack.guard;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The lock that lets one run of a job at a time write into its output folder, across processes: an exclusive
 * operating-system lock ({@link FileChannel#tryLock()}) on {@code <output>/.auditpack/locks/<job>.lock}. The
 * operating system releases it when the process ends in any way (exit, crash, SIGKILL, reboot), so a lock is never
 * stale. The holder writes its pid, host, start time and run ID into the file; a run that finds the lock taken
 * reads them to say who holds it. The file itself is never deleted (deleting a lock file races with its next
 * holder). Within one process a map keeps two threads apart, since the operating system's lock is per process.
 * <p>
 * The lock file is opened without following links and must be a plain file with a single name in a real
 * {@code locks/} folder ({@link StateFolder}): a link planted there would make the holder's truncation and details
 * land in another file.
 */
public final class JobLock implements AutoCloseable {
    private static final Duration POLL = Duration.ofMillis(200);
    private static final Object READING = new Object();
    private static final Map<Path, Object> HELD_HERE = new ConcurrentHashMap<>();
    private static final int MAX_HOLDER_BYTES = 4096;

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private JobLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock file of a job under an output folder. */
    public static Path fileOf(Path outputRoot, String job) {
        return outputRoot
                .toAbsolutePath()
                .normalize()
                .resolve(".auditpack")
                .resolve("locks")
                .resolve(job + ".lock");
    }

    /**
     * Takes the job's lock, waiting up to {@code wait} for its holder to release it; {@code onWait} hears once,
     * with the holder's description, when this run has to wait.
     *
     * @throws JobBusyException when the lock is still held after the wait
     */
    public static JobLock acquire(String job, Path outputRoot, LockHolder me, Duration wait, Consumer<String> onWait)
            throws IOException, JobBusyException, InterruptedException {
        Path file = StateFolder.prepareLocks(outputRoot).resolve(job + ".lock");
        Instant deadline = Instant.now().plus(wait);
        boolean told = false;
        while (true) {
            Optional<JobLock> taken = tryAcquire(file, me);
            if (taken.isPresent()) {
                return taken.get();
            }
            Optional<LockHolder> holder = holder(file);
            Duration left = Duration.between(Instant.now(), deadline);
            if (left.isNegative() || left.isZero()) {
                throw new JobBusyException(job, file, holder, wait);
            }
            if (!told) {
                onWait.accept("waiting up to " + words(wait) + " for the run of " + job + " that holds its lock: "
                        + holder.map(LockHolder::describe).orElse("holder not yet recorded"));
                told = true;
            }
            Thread.sleep(Math.min(POLL.toMillis(), left.toMillis()));
        }
    }

    /** Who holds the lock file now, as far as it says; empty when nobody does or it does not say yet. */
    public static Optional<LockHolder> holder(Path file) {
        Path key = file.toAbsolutePath().normalize();
        Object reserved = HELD_HERE.putIfAbsent(key, READING);
        if (reserved != null) {
            return reserved instanceof LockHolder here ? Optional.of(here) : Optional.empty();
        }
        try {
            // Safe to open and close: this process holds no lock on the file (closing would release it otherwise).
            // Read only a plain file, without following a link, and no more than a holder's few lines.
            StateFolder.checkFile(key);
            if (!Files.exists(key, LinkOption.NOFOLLOW_LINKS)) {
                return Optional.empty();
            }
            try (SeekableByteChannel in =
                    Files.newByteChannel(key, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
                ByteBuffer text = ByteBuffer.allocate(MAX_HOLDER_BYTES);
                while (text.hasRemaining() && in.read(text) > 0) {
                    // fill
                }
                return LockHolder.parse(new String(text.array(), 0, text.position(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            return Optional.empty();
        } finally {
            HELD_HERE.remove(key, READING);
        }
    }

    private static Optional<JobLock> tryAcquire(Path file, LockHolder me) throws IOException {
        Path key = file.toAbsolutePath().normalize();
        if (HELD_HERE.putIfAbsent(key, me) != null) {
            return Optional.empty();
        }
        FileChannel channel = null;
        try {
            StateFolder.checkFile(key);
            channel = open(key);
            StateFolder.checkFile(key);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                HELD_HERE.remove(key, me);
                return Optional.empty();
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(me.format().getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(true);
            return Optional.of(new JobLock(key, channel, lock));
        } catch (IOException | RuntimeException e) {
            if (channel != null) {
                channel.close();
            }
            HELD_HERE.remove(key, me);
            throw e;
        }
    }

    /** Opens (or creates) the lock file without following a link: a link that appeared since the check is refused. */
    private static FileChannel open(Path key) throws IOException {
        try {
            return FileChannel.open(
                    key,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.READ,
                    StandardOpenOption.WRITE,
                    LinkOption.NOFOLLOW_LINKS);
        } catch (FileSystemException e) {
            StateFolder.checkFile(key);
            throw e;
        }
    }

    public Path file() {
        return file;
    }

    /** Clears the holder's details and releases the lock. */
    @Override
    public void close() throws IOException {
        try {
            channel.truncate(0);
            lock.release();
        } finally {
            channel.close();
            HELD_HERE.remove(file);
        }
    }

    static String words(Duration duration) {
        long seconds = duration.toSeconds();
        return seconds < 120 ? seconds + " s" : seconds / 60 + " min";
    }
}

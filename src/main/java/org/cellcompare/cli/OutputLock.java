package org.cellcompare.cli;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One run at a time per output folder: the history database and the workbook would not survive
 * two. The operating system releases the lock if the process dies, so a crash never leaves it stuck.
 */
final class OutputLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock, or null when another run holds it. */
    static OutputLock tryAcquire(Path stateFolder) throws IOException {
        Files.createDirectories(stateFolder);
        FileChannel channel = FileChannel.open(stateFolder.resolve("run.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                return null;
            }
            return new OutputLock(channel, lock);
        } catch (OverlappingFileLockException e) {
            channel.close();
            return null;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}

package org.cellcompare.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileStore;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Why a folder cannot be used, in words a user can act on: a part of its path is a file, it is
 * read-only (its disk, or its permissions for everyone), or permission is denied to this user.
 * Java's own message for {@code --output=/proc/x} is the path and nothing else.
 */
final class FolderReasons {

    private static final Set<PosixFilePermission> WRITE = EnumSet.of(PosixFilePermission.OWNER_WRITE,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_WRITE);
    private static final Set<PosixFilePermission> READ = EnumSet.of(PosixFilePermission.OWNER_READ,
            PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ);

    private FolderReasons() {
    }

    /** The part of {@code folder}'s path that exists but is not a folder, if any. */
    static Optional<Path> fileInTheWay(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        Path prefix = absolute.getRoot();
        for (Path name : absolute) {
            prefix = prefix == null ? name : prefix.resolve(name);
            if (!Files.exists(prefix)) {
                return Optional.empty();
            }
            if (!Files.isDirectory(prefix)) {
                return Optional.of(prefix);
            }
        }
        return Optional.empty();
    }

    /**
     * Why {@code folder} cannot be created or written in; {@code failure} is what the file system
     * said when it was tried, or null when it was not.
     */
    static String whyNotWritable(Path folder, Exception failure) {
        Optional<Path> file = fileInTheWay(folder);
        if (file.isPresent()) {
            return file.get() + " is a file, not a folder";
        }
        Path existing = nearestExisting(folder);
        if (existing == null) {
            return failure == null ? "it cannot be reached" : message(failure);
        }
        if (onReadOnlyDisk(existing) || failure instanceof FileSystemException f && f.getReason() != null
                && f.getReason().toLowerCase(Locale.ROOT).contains("read-only")) {
            return existing + " is on a read-only disk or file system";
        }
        Optional<PosixFileAttributes> attributes = posix(existing);
        if (attributes.filter(a -> a.permissions().stream().noneMatch(WRITE::contains)).isPresent()) {
            return existing + " is read-only (" + describe(attributes.get()) + ")";
        }
        if (failure instanceof AccessDeniedException || !Files.isWritable(existing)) {
            return "permission is denied: " + user() + " may not write in " + existing + ownerAndPermissions(attributes);
        }
        return failure == null ? existing + " cannot be written" : message(failure);
    }

    /** Why the existing folder {@code folder} cannot be read. */
    static String whyNotReadable(Path folder) {
        Optional<PosixFileAttributes> attributes = posix(folder);
        if (attributes.filter(a -> a.permissions().stream().noneMatch(READ::contains)).isPresent()) {
            return folder + " is not readable (" + describe(attributes.get()) + ")";
        }
        return "permission is denied: " + user() + " may not read " + folder + ownerAndPermissions(attributes);
    }

    private static Path nearestExisting(Path folder) {
        for (Path p = folder.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                return p;
            }
        }
        return null;
    }

    private static boolean onReadOnlyDisk(Path existing) {
        try {
            FileStore store = Files.getFileStore(existing);
            return store.isReadOnly();
        } catch (IOException | SecurityException e) {
            return false; // the disk will not say; the sentence gives the other reasons instead
        }
    }

    /**
     * The owner and permissions, or none where the file system has none (Windows) or will not say:
     * the sentence then names the folder without them.
     */
    private static Optional<PosixFileAttributes> posix(Path path) {
        PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class);
        if (view == null) {
            return Optional.empty(); // no owners and permissions on this file system
        }
        try {
            return Optional.of(view.readAttributes());
        } catch (IOException | SecurityException e) {
            return Optional.empty(); // the folder itself is what could not be read; the sentence says so without them
        }
    }

    /** " (it belongs to ana, rwxr-xr-x)", or nothing where the file system will not say. */
    private static String ownerAndPermissions(Optional<PosixFileAttributes> attributes) {
        return attributes.map(a -> " (" + describe(a) + ")").orElse("");
    }

    private static String describe(PosixFileAttributes attributes) {
        return "it belongs to " + attributes.owner().getName() + ", " + PosixFilePermissions.toString(attributes.permissions());
    }

    private static String user() {
        String name = System.getProperty("user.name");
        return name == null || name.isBlank() ? "this user" : "the user " + name;
    }

    private static String message(Exception failure) {
        if (failure instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
    }
}

package org.cellcompare.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * What an input folder holds, entry by entry, with a verdict on each: a file to read, or why it is
 * not read. A symbolic link is followed only when it leads to a file inside the input folder: a
 * link to another user's private file must never put its contents into a workbook families read.
 * Nothing in the folder is passed over without a verdict, so a caller can say a word about each.
 */
public final class FolderEntries {

    /** One entry of the folder and what becomes of it. */
    public record Entry(Path path, String name, Kind kind) {

        public boolean readable() {
            return kind == Kind.FILE || kind == Kind.LINK_INSIDE;
        }
    }

    /** What an entry is, as far as reading it goes. */
    public enum Kind {
        FILE("", ""),
        LINK_INSIDE("", ""),
        HIDDEN("", ""),
        FOLDER("This is a folder; files in folders inside it are not read.",
                "Move the files that should count into the folder itself, or move the folder elsewhere."),
        LINK_OUTSIDE("This is a link to a file outside the input folder, so it was not followed.",
                "Copy the file itself into the folder instead of linking to it."),
        LINK_BROKEN("This is a link that leads to no file (its target is missing, or links lead round in a loop).",
                "Delete the link, or copy the file itself into the folder."),
        NOT_A_FILE("This is not an ordinary file (a named pipe, socket or device), so it was not read.",
                "Keep only spreadsheet and CSV files in the folder.");

        private final String reason;
        private final String fix;

        Kind(String reason, String fix) {
            this.reason = reason;
            this.fix = fix;
        }

        public String reason() {
            return reason;
        }

        public String fix() {
            return fix;
        }
    }

    private FolderEntries() {
    }

    /**
     * Every entry of {@code folder}, sorted by name. Links are judged against {@code boundary}, the
     * input folder as the user pointed at it (following links in its own path, which are the
     * user's choice), and against the folder itself for the same reason.
     */
    public static List<Entry> list(Path folder, Path boundary) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Path> roots = new ArrayList<>();
        roots.add(boundary.toRealPath());
        roots.add(folder.toRealPath());
        List<Entry> entries = new ArrayList<>();
        try (Stream<Path> listing = Files.list(folder)) {
            for (Path path : listing.sorted().toList()) {
                String name = path.getFileName().toString();
                entries.add(new Entry(path, name, kind(path, name, roots)));
            }
        }
        return entries;
    }

    private static Kind kind(Path path, String name, List<Path> roots) {
        if (name.startsWith(".") || name.startsWith("~$")) {
            return Kind.HIDDEN;
        }
        BasicFileAttributes own;
        try {
            own = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return Kind.NOT_A_FILE;
        }
        if (!own.isSymbolicLink()) {
            return own.isRegularFile() ? Kind.FILE : own.isDirectory() ? Kind.FOLDER : Kind.NOT_A_FILE;
        }
        Path target;
        try {
            target = path.toRealPath();
        } catch (IOException e) {
            return Kind.LINK_BROKEN;
        }
        if (roots.stream().noneMatch(target::startsWith)) {
            return Kind.LINK_OUTSIDE;
        }
        if (Files.isDirectory(target)) {
            return Kind.FOLDER;
        }
        return Files.isRegularFile(target) ? Kind.LINK_INSIDE : Kind.NOT_A_FILE;
    }
}

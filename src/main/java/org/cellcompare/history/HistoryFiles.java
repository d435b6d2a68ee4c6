package org.cellcompare.history;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.cellcompare.files.Replacement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The run history as files in {@code OUTPUT/.cellcompare/}: H2's database file, the last good copy
 * of it, and the list of months whose runs finished, both written after every run that wrote its
 * workbook. H2 opens a file cut short at an older state without a word, and an empty file as a new
 * database, so a damaged history would forget months, compare with the wrong one and run a
 * finished month again. Before a run changes anything, the history is held against that list and
 * against the workbooks in the output folder; if it does not know them, the run stops and says how
 * to recover.
 */
public final class HistoryFiles {

    private static final Logger log = LoggerFactory.getLogger(HistoryFiles.class);
    private static final String NAME = "history";
    private static final String DATABASE = NAME + ".mv.db";
    private static final String BACKUP = NAME + "-backup.mv.db";
    private static final String FINISHED = "finished-months.txt";
    /** There while a run has the database open; left behind by a run that was killed. */
    private static final String IN_USE = NAME + ".in-use";
    /** H2's error code for a database file it finds corrupted. */
    private static final int FILE_CORRUPTED = 90030;
    private static final Pattern WORKBOOK = Pattern.compile("cellcompare-(\\d{4}-\\d{2})\\.xlsx");

    private final Path output;
    private final Path state;

    private HistoryFiles(Path output) {
        this.output = output;
        this.state = output.resolve(".cellcompare");
    }

    /** The history of the output folder {@code output}. */
    public static HistoryFiles of(Path output) {
        return new HistoryFiles(output);
    }

    /** Where H2 keeps the history, as a JDBC address. */
    public String jdbcUrl() {
        return "jdbc:h2:file:" + state.resolve(NAME) + ";DB_CLOSE_ON_EXIT=FALSE";
    }

    Path database() {
        return state.resolve(DATABASE);
    }

    Path backup() {
        return state.resolve(BACKUP);
    }

    Path finishedList() {
        return state.resolve(FINISHED);
    }

    /** Before H2 opens the file, which would take an empty file, or none, for a new history. */
    public void checkBeforeOpening() {
        Path database = database();
        if (Files.exists(database)) {
            if (size(database) == 0) {
                throw damaged("is empty (0 bytes)");
            }
        } else if (Files.exists(backup()) || Files.exists(finishedList())) {
            throw damaged("is missing");
        }
    }

    /**
     * Before H2 opens the file for a run, after a run that never closed it (a kill, a power cut):
     * H2 can keep rows of a transaction that never committed without the record that would undo
     * them. They show in no query, but they hold their keys, and when a resumed run stages the
     * same rows again they come back as rows of its own, or stop it on a duplicate key, on every
     * try (scripts/kill-resume.sh: one round in eighty either way). So the history is rebuilt from
     * what it shows: H2 writes it out as SQL and reads that into a new file, and what no query
     * shows is left behind. It costs a read and a write of the history, only after a run that was
     * stopped outright; the file as it was is put back if anything fails.
     */
    public void rebuildAfterUncleanEnd(String user, String password) {
        if (!Files.exists(state.resolve(IN_USE)) || !Files.exists(database())) {
            return;
        }
        Path script = state.resolve(NAME + "-rebuild.sql");
        Path unclean = state.resolve(NAME + "-unclean.mv.db");
        long started = System.nanoTime();
        try {
            execute(user, password, "SCRIPT TO '" + sqlText(script) + "' COMPRESSION LZF");
            Files.move(database(), unclean, StandardCopyOption.REPLACE_EXISTING);
            execute(user, password, "RUNSCRIPT FROM '" + sqlText(script) + "' COMPRESSION LZF");
            Files.delete(unclean);
            log.info("The last run stopped without closing the run history, so it was rebuilt from what it holds ({} MB, {} s)",
                    Files.size(database()) >> 20, String.format("%.1f", (System.nanoTime() - started) / 1e9));
        } catch (SQLException | IOException e) {
            putBack(unclean);
            throw isDamage(e) ? unreadable(e) : new IllegalStateException("The run history " + database()
                    + " could not be rebuilt after the last run stopped without closing it (" + e.getMessage() + ").", e);
        } finally {
            deleteQuietly(script);
        }
    }

    private void execute(String user, String password, String sql) throws SQLException {
        // the last connection to close closes the database, so each step finds the file complete
        try (Connection connection = DriverManager.getConnection(jdbcUrl(), user, password);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private void putBack(Path unclean) {
        if (Files.exists(unclean)) {
            try {
                Files.move(unclean, database(), StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                // the file as it was stays beside the history, under its own name, for whoever looks
            }
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a leftover script is written over by the next rebuild
        }
    }

    private static String sqlText(Path file) {
        return file.toAbsolutePath().toString().replace("'", "''");
    }

    /** Notes that a run has the database open, until {@link #closed()}. */
    public void inUse() throws IOException {
        Files.writeString(state.resolve(IN_USE), "");
    }

    public void closed() throws IOException {
        Files.deleteIfExists(state.resolve(IN_USE));
    }

    /**
     * Once open: the history must know every month the list of finished months names, with the
     * run that finished it, and every month whose workbook is in the output folder.
     */
    public void checkAgainst(List<FinishedMonth> known) {
        Set<FinishedMonth> knownRuns = Set.copyOf(known);
        Set<YearMonth> knownMonths = known.stream().map(FinishedMonth::month).collect(Collectors.toSet());
        Set<YearMonth> forgotten = new TreeSet<>();
        readFinishedList().stream().filter(finished -> !knownRuns.contains(finished))
                .forEach(finished -> forgotten.add(finished.month()));
        Set<YearMonth> unknownWorkbooks = new TreeSet<>(workbookMonths());
        unknownWorkbooks.removeAll(knownMonths);
        if (forgotten.isEmpty() && unknownWorkbooks.isEmpty()) {
            return;
        }
        if (!unknownWorkbooks.isEmpty()) {
            throw damaged("does not know " + months(unknownWorkbooks) + ", though "
                    + (unknownWorkbooks.size() == 1 ? "its workbook is" : "their workbooks are") + " in " + output);
        }
        throw damaged("does not know " + months(forgotten) + ", though its list of finished months (" + FINISHED
                + ") records " + (forgotten.size() == 1 ? "it" : "them") + " as run");
    }

    /**
     * After a run that wrote its workbook, with the database closed: the copy first, then the
     * list, so that a copy is never older than the list that vouches for it. A history larger than
     * {@code copyUpToBytes} gets no copy, and loses any older one, which would no longer vouch for
     * every finished month.
     */
    public void keep(List<FinishedMonth> finished, long copyUpToBytes) throws IOException {
        if (Files.size(database()) <= copyUpToBytes) {
            Path copy = Files.createTempFile(state, "history-backup", ".part");
            try {
                copy(database(), copy);
                Replacement.replace(copy, backup());
            } finally {
                Files.deleteIfExists(copy);
            }
        } else {
            Files.deleteIfExists(backup());
        }
        Path list = Files.createTempFile(state, "finished-months", ".part");
        try {
            Files.write(list, finished.stream().map(FinishedMonth::line).toList(), StandardCharsets.UTF_8);
            Replacement.replace(list, finishedList());
        } finally {
            Files.deleteIfExists(list);
        }
    }

    /** Whether a failure to start is H2 refusing a damaged file: its own error for it, or its storage layer's. */
    public boolean isDamage(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == FILE_CORRUPTED) {
                return true;
            }
            if (t.getClass().getName().startsWith("org.h2.mvstore.")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Within the kernel where it can (copy_file_range on Linux): a pooled month leaves a history
     * of gigabytes, and this copies it in about two thirds of Files.copy's time (docs/performance.md).
     */
    private static void copy(Path from, Path to) throws IOException {
        try (FileChannel in = FileChannel.open(from, StandardOpenOption.READ);
             FileChannel out = FileChannel.open(to, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            long size = in.size();
            for (long done = 0; done < size; ) {
                done += in.transferTo(done, size - done, out);
            }
        }
    }

    /** A file H2 could not open (its chunks or header are damaged) is damaged history too. */
    public DamagedHistoryException unreadable(Throwable cause) {
        return new DamagedHistoryException(damaged("is damaged and cannot be opened").getMessage(), cause);
    }

    private DamagedHistoryException damaged(String what) {
        String recovery = Files.exists(backup())
                ? " To recover, put back the last good copy kept beside it: move " + DATABASE + " out of " + state
                        + " and rename " + BACKUP + " to " + DATABASE + ", then run the same command again."
                : " To start a new history, move " + state + " away, then run the months again (with --rerun for those"
                        + " whose workbooks are in " + output + ").";
        return new DamagedHistoryException("The run history " + database() + " " + what
                + ", so CellCompare stopped before changing anything." + recovery);
    }

    private List<FinishedMonth> readFinishedList() {
        Path list = finishedList();
        if (!Files.exists(list)) {
            return List.of();
        }
        try {
            List<FinishedMonth> finished = new ArrayList<>();
            for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    finished.add(FinishedMonth.parse(line));
                }
            }
            return finished;
        } catch (IOException | RuntimeException e) {
            throw new DamagedHistoryException("The list of finished months " + list + " cannot be read (" + e.getMessage()
                    + "); delete it, and it is written again when the next run finishes.", e);
        }
    }

    private Set<YearMonth> workbookMonths() {
        Set<YearMonth> months = new LinkedHashSet<>();
        try (Stream<Path> files = Files.list(output)) {
            files.forEach(file -> {
                Matcher name = WORKBOOK.matcher(file.getFileName().toString());
                if (name.matches()) {
                    try {
                        months.add(YearMonth.parse(name.group(1)));
                    } catch (DateTimeParseException e) {
                        // not a workbook CellCompare wrote
                    }
                }
            });
        } catch (IOException e) {
            // an output folder that cannot be listed stops the run elsewhere, with its own sentence
        }
        return months;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    private static String months(Set<YearMonth> months) {
        return (months.size() == 1 ? "the month " : "the months ")
                + months.stream().map(YearMonth::toString).collect(Collectors.joining(", "));
    }
}

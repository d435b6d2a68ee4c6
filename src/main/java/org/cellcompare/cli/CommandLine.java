package org.cellcompare.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

import org.cellcompare.CellCompareApplication;
import org.cellcompare.cli.Options.UsageException;
import org.cellcompare.config.CellCompareProperties;
import org.cellcompare.config.Version;
import org.cellcompare.files.WorkFolder;
import org.cellcompare.history.DamagedHistoryException;
import org.cellcompare.history.FinishedMonth;
import org.cellcompare.history.HistoryFiles;
import org.cellcompare.history.RunHistory;
import org.cellcompare.job.MonthlyRun;
import org.cellcompare.job.RunFailures;
import org.cellcompare.rates.RatesFolder;
import org.cellcompare.report.Bundles;
import org.cellcompare.update.ReferenceUpdates;

/**
 * The command line: checks what the user typed before anything starts, so every mistake gets one
 * clear sentence and its own exit status, then runs the month in a Spring Boot context.
 */
public final class CommandLine {

    static final String USAGE = """
            Usage: java -jar target/cellcompare.jar [options]

            Compares the stem-cell therapy offerings for cerebral palsy in INPUT/offerings/ and writes
            the workbook OUTPUT/cellcompare-YYYY-MM.xlsx and the same report as a web page,
            OUTPUT/cellcompare-YYYY-MM.html.

            Options:
              --month=YYYY-MM    month to report (default: the current month)
              --input=DIR        folder holding offerings/, rates/, registry/ and travel/ (default: input)
              --output=DIR       folder for the workbook and the run history (default: output)
              --currency=ISO     reporting currency, an ISO 4217 code such as USD, EUR, THB (default: USD)
              --locale=en|es     language of the workbook and page: English (default) or Spanish
              --travellers=N     travellers a trip estimate counts (default: 2: a child and a parent)
              --rerun            run a month that has already been run again, replacing its workbook
              --no-html          write the workbook only, without the web page
              --template=FILE    write an offerings template for analysts to FILE (.xlsx) and stop
              --force            with --template, replace FILE if it exists
              --update-rates     download the ECB's latest rates into INPUT/rates/ before the run
              --update-registry  ask ClinicalTrials.gov about every NCT number the offerings cite and
                                 save the answer in INPUT/registry/ before the run
              --update-travel    download the State Department's newest per diem rates into
                                 INPUT/travel/ before the run
              --rates-url=URL    where --update-rates downloads from (default: the ECB)
              --registry-url=URL where --update-registry asks (default: ClinicalTrials.gov's API v2)
              --travel-url=URL   where --update-travel downloads from (default: the State Department)
              --debug            print details and stack traces when something fails
              --version          print the version and stop
              --help             show this help
              --cellcompare.NAME=VALUE
                                 override a setting of application.yml, for example
                                 --cellcompare.concern.points.CURE_CLAIM=40

            Exit status: 0 workbook written; 1 the run failed; 2 bad option, month or currency;
            3 input or output folder unusable; 4 month already run (add --rerun); 5 another run
            is using the output folder.
            """;
    /** Every price is converted with the ECB's reference rates, which begin in January 1999. */
    private static final YearMonth FIRST_MONTH = YearMonth.from(RatesFolder.ECB_FIRST_DAY);
    /** Spring Batch keeps a run's folders among its parameters, in columns of 2,500 characters. */
    private static final int LONGEST_PATH = 2_000;
    private static final Pattern YEAR_AND_MONTH = Pattern.compile("(\\d{4})-(\\d{1,3})");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("uuuu-MM").withResolverStyle(ResolverStyle.STRICT);

    private final PrintStream out;
    private final PrintStream err;

    public CommandLine(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public int run(String... args) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (UsageException e) {
            return fail(ExitCode.USAGE, e.getMessage());
        }
        if (options.help()) {
            out.print(USAGE);
            return ExitCode.WRITTEN.code();
        }
        if (options.version()) {
            out.println("CellCompare " + Version.current());
            return ExitCode.WRITTEN.code();
        }
        try {
            return run(options, List.of(args));
        } catch (UsageException e) {
            return fail(ExitCode.USAGE, e.getMessage());
        } catch (FolderException e) {
            return fail(ExitCode.FOLDER, e.getMessage());
        } catch (DamagedHistoryException e) {
            if (options.debug()) {
                e.printStackTrace(err);
            }
            return fail(ExitCode.RUN_FAILED, e.getMessage());
        } catch (RuntimeException | IOException | OutOfMemoryError e) {
            if (options.debug()) {
                e.printStackTrace(err);
            }
            return fail(ExitCode.RUN_FAILED, RunFailures.sentence(e, options.output().toAbsolutePath().normalize().toString())
                    .orElseGet(() -> "CellCompare could not run: " + explain(e)));
        }
    }

    private int run(Options options, List<String> arguments) throws IOException {
        String language = language(options.locale());
        if (options.template() != null) {
            return template(options.template(), language, options.force());
        }
        YearMonth month = month(options.month());
        String currency = currency(options.currency());
        Path input = options.input().toAbsolutePath().normalize();
        Path output = options.output().toAbsolutePath().normalize();
        checkInput(input);
        checkLength("input", input);
        checkLength("output", output);
        Path state = prepareOutput(output);
        try (OutputLock lock = OutputLock.tryAcquire(state)) {
            if (lock == null) {
                return fail(ExitCode.BUSY, "Another CellCompare run is using the output folder " + output
                        + "; wait for it to finish, or choose another --output.");
            }
            HistoryFiles history = HistoryFiles.of(output);
            MonthlyRun.Request request = new MonthlyRun.Request(month, input, output, currency, language, options.rerun());
            Ended ended;
            try (WorkFolder work = WorkFolder.claim(state); ConfigurableApplicationContext context = start(options, history)) {
                ended = runMonth(context, history, request, options, arguments);
            } catch (BeanCreationException | DataAccessException e) {
                throw history.isDamage(e) ? history.unreadable(e) : e;
            } finally {
                history.closed();
            }
            if (ended.finished() != null) {
                keep(history, ended.finished(), ended.copyUpToBytes());
            }
            if (ended.sentence() != null) {
                err.println(ended.sentence());
            }
            return ended.status();
        }
    }

    /**
     * How a month ended: its exit status, the months the history finished with the largest
     * history to copy, to keep once it is closed, and the sentence to end with, if any, said
     * once Spring has closed so that nothing it logs comes after it.
     */
    private record Ended(int status, List<FinishedMonth> finished, long copyUpToBytes, String sentence) {
    }

    /**
     * The month in a started context. A history kept in the output folder is checked before
     * anything changes it, and read again once the month is written.
     */
    private Ended runMonth(ConfigurableApplicationContext context, HistoryFiles history, MonthlyRun.Request request,
                           Options options, List<String> arguments) {
        RunHistory runHistory = new RunHistory(context.getBean(JdbcTemplate.class));
        boolean keptHere = history.jdbcUrl().equals(context.getEnvironment().getProperty("spring.datasource.url"));
        if (keptHere) {
            history.checkAgainst(runHistory.finishedMonths());
        }
        ReferenceUpdates updates = context.getBean(ReferenceUpdates.class);
        if (options.updateRates()) {
            updates.rates(request.input());
        }
        if (options.updateRegistry()) {
            updates.registry(request.input());
        }
        if (options.updateTravel()) {
            updates.travel(request.input());
        }
        MonthlyRun.Outcome outcome = context.getBean(MonthlyRun.class).run(request);
        boolean written = outcome.status() == MonthlyRun.Status.WRITTEN;
        long copyUpTo = context.getBean(CellCompareProperties.class).history().keepCopyUpToMb() * 1024L * 1024L;
        List<FinishedMonth> finished = keptHere && written ? runHistory.finishedMonths() : null;
        switch (outcome.status()) {
            case WRITTEN:
                return new Ended(ExitCode.WRITTEN.code(), finished, copyUpTo, null);
            case ALREADY_DONE:
                if (MavenQuickStart.active()) {
                    return new Ended(ExitCode.WRITTEN.code(), finished, copyUpTo, MavenQuickStart.alreadyRun(
                            request.month().toString(), outcome.workbook().toString(), arguments, MavenQuickStart.onWindows()));
                }
                return new Ended(ExitCode.ALREADY_RUN.code(), finished, copyUpTo, outcome.message());
            default:
                if (options.debug() && outcome.cause() != null) {
                    outcome.cause().printStackTrace(err);
                }
                return new Ended(ExitCode.RUN_FAILED.code(), finished, copyUpTo, outcome.message());
        }
    }

    /** With the database closed, so that the copy is whole; a copy that fails costs this month nothing. */
    private void keep(HistoryFiles history, List<FinishedMonth> finished, long copyUpToBytes) {
        try {
            history.keep(finished, copyUpToBytes);
        } catch (IOException e) {
            err.println("The workbook was written, but the last good copy of the run history could not be kept ("
                    + rootMessage(e) + "); the next run tries again.");
        }
    }

    private int template(Path file, String language, boolean force) {
        try {
            Path written = TemplateCommand.write(file, Bundles.locale(language), force);
            out.println("Template written: " + written);
            return ExitCode.WRITTEN.code();
        } catch (IOException e) {
            Path target = file.toAbsolutePath().normalize();
            Path folder = target.getParent() == null ? target : target.getParent();
            return fail(ExitCode.FOLDER, "The template cannot be written to " + target + ": "
                    + FolderReasons.whyNotWritable(folder, e) + ".");
        }
    }

    private static String language(String text) {
        String language = text.strip().toLowerCase(Locale.ROOT);
        if (!Bundles.LANGUAGES.contains(language)) {
            throw new UsageException("Unknown language '" + text + "': use --locale=en (English) or --locale=es (Spanish).");
        }
        return language;
    }

    private static YearMonth month(String text) {
        YearMonth now = YearMonth.now();
        if (text == null) {
            return now;
        }
        YearMonth month;
        try {
            month = YearMonth.parse(text.strip(), MONTH);
        } catch (DateTimeException e) {
            throw new UsageException(whyNotAMonth(text, now));
        }
        if (month.isBefore(FIRST_MONTH)) {
            throw new UsageException("The month " + month + " is too early: the ECB's reference rates, which CellCompare"
                    + " converts every price with, start in January 1999; choose --month=" + FIRST_MONTH + " or later.");
        }
        if (month.isAfter(now)) {
            throw new UsageException("The month " + month + " has not begun yet; choose " + now + " or an earlier month.");
        }
        return month;
    }

    /** Numbers in the right places say what is wrong with them; anything else gets the form to use. */
    private static String whyNotAMonth(String text, YearMonth now) {
        Matcher numbers = YEAR_AND_MONTH.matcher(text.strip());
        if (numbers.matches()) {
            int number = Integer.parseInt(numbers.group(2));
            if (number < 1 || number > 12) {
                return "There is no month " + numbers.group(2) + " in '" + text + "': months run from 01 to 12, e.g. --month="
                        + numbers.group(1) + "-" + (number == 0 ? "01" : "12") + ".";
            }
            if (numbers.group(2).length() != 2) {
                return "Malformed month '" + text + "': write the month with two digits, --month=" + numbers.group(1) + "-"
                        + String.format("%02d", number) + ".";
            }
        }
        return "Malformed month '" + text + "': write it as YYYY-MM, e.g. --month=" + now + ".";
    }

    private static String currency(String text) {
        if (text == null) {
            return null;
        }
        String code = text.strip().toUpperCase(Locale.ROOT);
        boolean known = code.matches("[A-Z]{3}")
                && Currency.getAvailableCurrencies().stream().anyMatch(c -> c.getCurrencyCode().equals(code));
        if (!known) {
            throw new UsageException("Unknown currency '" + text + "': use an ISO 4217 code such as USD, EUR or THB.");
        }
        return code;
    }

    private static void checkInput(Path input) {
        if (Files.exists(input) && !Files.isDirectory(input)) {
            throw new FolderException("The input " + input + " is a file, not a folder; point --input at the folder"
                    + " that holds offerings/.");
        }
        if (!Files.isDirectory(input)) {
            String fileInTheWay = FolderReasons.fileInTheWay(input).map(file -> ": " + file + " is a file, not a folder;"
                    + " point --input at the folder that holds offerings/.").orElse(null);
            throw new FolderException("The input folder " + input + " does not exist" + (fileInTheWay != null ? fileInTheWay
                    : "; create it with an offerings/ folder inside, or point --input at the right folder."));
        }
        if (!Files.isReadable(input) || !Files.isExecutable(input)) {
            throw new FolderException("The input folder " + input + " cannot be read: " + FolderReasons.whyNotReadable(input)
                    + "; ask for read access, or copy it somewhere you can read.");
        }
        if (Files.exists(input.resolve("offerings")) && !Files.isDirectory(input.resolve("offerings"))) {
            throw new FolderException("The input folder " + input + " has a file named offerings, not a folder; put the"
                    + " offering spreadsheets in a folder " + input.resolve("offerings") + ".");
        }
        if (!Files.isDirectory(input.resolve("offerings"))) {
            throw new FolderException("The input folder " + input + " has no offerings/ folder; put the offering"
                    + " spreadsheets in " + input.resolve("offerings") + ".");
        }
    }

    private static void checkLength(String option, Path folder) {
        if (folder.toString().length() > LONGEST_PATH) {
            throw new FolderException("The " + option + " folder's path is " + folder.toString().length() + " characters long;"
                    + " CellCompare takes up to " + String.format("%,d", LONGEST_PATH) + ". Move it somewhere with a shorter path"
                    + " and point --" + option + " there.");
        }
    }

    /** The hidden folder for the history database, the lock and work files. */
    private static Path prepareOutput(Path output) {
        Path state = output.resolve(".cellcompare");
        try {
            Files.createDirectories(state);
        } catch (IOException | SecurityException e) {
            throw new FolderException("The output folder " + output + " cannot be " + (Files.isDirectory(output) ? "written"
                    : "created") + ": " + FolderReasons.whyNotWritable(state, e) + "; choose another --output.");
        }
        if (!Files.isWritable(output) || !Files.isWritable(state)) {
            Path blocked = Files.isWritable(output) ? state : output;
            throw new FolderException("The output folder " + output + " cannot be written: "
                    + FolderReasons.whyNotWritable(blocked, null) + "; choose another --output.");
        }
        return state;
    }

    /**
     * Starts Spring. When the history is the H2 file in the output folder, it is checked before H2
     * opens it, which would take an empty file for a new history and say nothing.
     */
    private static ConfigurableApplicationContext start(Options options, HistoryFiles history) {
        Map<String, Object> defaults = new LinkedHashMap<>();
        defaults.put("spring.datasource.url", history.jdbcUrl());
        List<String> arguments = new ArrayList<>(options.settings());
        if (options.debug()) {
            arguments.add("--logging.level.org.cellcompare=DEBUG");
            arguments.add("--logging.level.org.springframework=INFO");
            arguments.add("--logging.level.org.apache.poi=WARN");
        }
        return new SpringApplicationBuilder(CellCompareApplication.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .properties(defaults)
                .listeners((ApplicationListener<ApplicationEnvironmentPreparedEvent>) event -> {
                    Environment environment = event.getEnvironment();
                    if (history.jdbcUrl().equals(environment.getProperty("spring.datasource.url"))) {
                        history.checkBeforeOpening();
                        history.rebuildAfterUncleanEnd(environment.getProperty("spring.datasource.username", "sa"),
                                environment.getProperty("spring.datasource.password", ""));
                        markInUse(history);
                    }
                })
                .run(arguments.toArray(String[]::new));
    }

    private static void markInUse(HistoryFiles history) {
        try {
            history.inUse();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int fail(ExitCode code, String message) {
        err.println(message);
        return code.code();
    }

    /**
     * A setting with a value of the wrong kind, or one its checks refuse, is named, with its value;
     * anything else by its root message.
     */
    private static String explain(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BindValidationException invalid) {
                return SettingErrors.sentence(invalid.getValidationErrors());
            }
            if (t instanceof BindException bind && bind.getProperty() == null) {
                Optional<String> unknown = SettingErrors.unknownName(bind.getName().toString(), root(bind));
                if (unknown.isPresent()) {
                    return unknown.get();
                }
            }
            if (t instanceof BindException bind && bind.getProperty() != null) {
                return "the setting " + bind.getProperty().getName() + " cannot be '" + bind.getProperty().getValue() + "'"
                        + " (" + rootMessage(bind) + "); correct it in application.yml or on the command line.";
            }
        }
        return rootMessage(e);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = root(e);
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    private static Throwable root(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    /** The input or output folder cannot be used. */
    static final class FolderException extends RuntimeException {
        FolderException(String message) {
            super(message);
        }
    }
}

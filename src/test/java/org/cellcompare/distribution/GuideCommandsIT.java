package org.cellcompare.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import org.cellcompare.support.Download;
import org.cellcompare.support.LoopbackServer;
import org.cellcompare.support.ReferenceAnswers;
import org.cellcompare.support.Shell;

/**
 * Every command in the guides, run as the guide writes it, in a home folder laid out as the guide
 * says: the download in {@code ~/Downloads}, unzipped by the guide's own install lines (the reader
 * types the zip's version for VERSION), then the {@code sh} blocks line by line in the folder those
 * lines leave the reader in, the cron line's command as cron runs it, and the Windows lines' options
 * through the same jar, with the file each names looked up where the guide has Windows users
 * extract the zip. A line may say what it should end with ("# exit status 4"); every other line
 * must succeed. The downloads go to a loopback server serving real ECB and ClinicalTrials.gov
 * answers, set through the environment as an administrator could. The PostgreSQL block runs when
 * scripts/postgres-tests.sh provides a server ({@code -Dguide.only=postgres}).
 */
class GuideCommandsIT {

    private static final Path GUIDES = Path.of("docs");
    /** The guide that says where the download goes; the others' commands run in the folder it leaves. */
    private static final String INSTALLING = "nonprofits.md";
    private static final Pattern FENCE = Pattern.compile("^```(\\w+)(?: (\\w+))?$");
    private static final Pattern EXPECTED_STATUS = Pattern.compile("#\\s*exit status (\\d+)");
    private static final Pattern SCHEDULED_TASK = Pattern.compile("/TR \"([^\" ]*\\.cmd)(?: ([^\"]*))?\"");
    private static final Pattern WINDOWS_FOLDER = Pattern.compile("Extract All[^`]*`([A-Za-z]:\\\\[^`]*)`");
    private static final Pattern CRON_LOG = Pattern.compile(">>\\s*\"([^\"]+)\"");
    private static final Pattern WORKBOOK_WRITTEN = Pattern.compile("Workbook written: (.+\\.xlsx)");
    private static final Pattern CELLCOMPARE = Pattern.compile("(\\./cellcompare|\"\\$HOME/cellcompare/cellcompare\")( .*)?");
    private static final String DB_URL = System.getenv("CELLCOMPARE_DB_URL");

    private static LoopbackServer server;

    @TempDir
    static Path folder;

    /** Each home folder laid out so far, with the shell its reader was left in. */
    private final Map<Path, Shell> homes = new HashMap<>();

    record Block(String guide, int number, String kind, String tag, List<String> lines) {
        String name() {
            return guide + ", block " + number + " (" + kind + (tag == null ? "" : " " + tag) + ")";
        }
    }

    @BeforeAll
    static void startServer() {
        server = ReferenceAnswers.goodDayServer();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @TestFactory
    Stream<DynamicTest> everyCommandInTheGuidesWorks() throws IOException {
        List<Block> blocks = new ArrayList<>();
        for (String guide : List.of("analysts.md", "nonprofits.md", "families.md")) {
            blocks.addAll(blocks(guide));
        }
        assertThat(blocks).extracting(Block::kind).contains("sh", "cron", "bat");
        assertThat(blocks).extracting(Block::tag).contains("install", "upgrade");
        // scripts/postgres-tests.sh runs only the PostgreSQL block, the rest having run in ./mvnw verify.
        String only = System.getProperty("guide.only");
        return blocks.stream().filter(block -> only == null || only.equals(block.tag())).map(block -> DynamicTest.dynamicTest(block.name(), () -> run(block)));
    }

    private void run(Block block) throws Exception {
        Path home = home(block);
        if ("install".equals(block.tag())) {
            Path installed = installed(home).directory();
            assertThat(Files.isExecutable(installed.resolve("cellcompare"))).as("the script, right in the folder named").isTrue();
            assertThat(installed.resolve("input/offerings")).isDirectory();
            Block cron = blocks(block.guide()).stream().filter(each -> each.kind().equals("cron")).findFirst().orElseThrow();
            String program = cron.lines().get(0).split("\\s+")[5].replace("\"", "").replace("$HOME", home.toString());
            assertThat(program).as("the program the schedule runs is the one installed").isEqualTo(installed.resolve("cellcompare").toString());
            return;
        }
        if ("postgres".equals(block.tag())) {
            assumeTrue(DB_URL != null, "no PostgreSQL server: scripts/postgres-tests.sh runs this block");
        }
        Shell shell = installed(home);
        if ("postgres".equals(block.tag())) {
            shell = onPostgres(shell, block);
        }
        if ("upgrade".equals(block.tag())) {
            upgrade(block, shell, home);
            return;
        }
        for (String line : block.lines()) {
            switch (block.kind()) {
                case "sh" -> shell = typed(block, shell, line);
                case "cron" -> scheduled(block, shell.in(home), home, line);
                case "bat" -> windows(block, shell, line);
                default -> throw new AssertionError(block.name() + ": no way to run a '" + block.kind() + "' block");
            }
        }
        homes.put(home, shell);
    }

    /**
     * One line as the reader types it in a terminal: {@code cd} moves the reader, {@code unzip}
     * belongs to installing and upgrading, and every other line runs CellCompare.
     */
    private static Shell typed(Block block, Shell shell, String line) throws Exception {
        if (line.startsWith("export ")) {
            return shell;
        }
        String command = line.replace("cellcompare-VERSION", "cellcompare-" + Download.version());
        if (command.startsWith("cd ")) {
            Shell.Result moved = shell.run(command + " && pwd");
            assertThat(moved.exitStatus()).as("%s: %s%n%s", block.name(), line, moved.output()).isZero();
            return shell.in(Path.of(moved.output().strip()));
        }
        boolean unzip = command.startsWith("unzip ") && List.of("install", "upgrade").contains(block.tag());
        assertThat(unzip || CELLCOMPARE.matcher(command).matches()).as("%s: a command the guide's reader can type: %s", block.name(), line).isTrue();
        Shell.Result result = shell.run(command);

        assertThat(result.exitStatus()).as("%s: %s%n%s", block.name(), line, result.output()).isEqualTo(expectedStatus(line));
        if (command.contains("--update-rates")) {
            assertThat(result.output()).as(command).contains("Exchange rates updated").contains("Registry updated");
        }
        if (command.contains("--update-travel")) {
            assertThat(result.output()).as(command).contains("Stay costs updated");
        }
        return shell;
    }

    /**
     * The cron line's command exactly as written, run as cron runs it: {@code sh -c} in the home
     * folder, with HOME set. A workbook must appear, and the last line of the log the line appends
     * to must name it.
     */
    private static void scheduled(Block block, Shell cron, Path home, String line) throws Exception {
        String[] fields = line.split("\\s+", 6);
        assertThat(fields).as("%s: five time fields and a command", block.name()).hasSize(6);
        String command = fields[5];
        assertThat(command).as("cron ends a command at a %%, unless escaped").doesNotContain("%");
        Matcher logged = CRON_LOG.matcher(command);
        Path log = logged.find() ? Path.of(logged.group(1).replace("$HOME", home.toString())) : null;
        long before = log != null && Files.exists(log) ? Files.size(log) : 0;

        Shell.Result result = cron.run(command);
        String output = result.output() + (log != null && Files.exists(log) ? Files.readString(log).substring((int) before) : "");

        assertThat(result.exitStatus()).as("%s: %s%n%s", block.name(), command, output).isEqualTo(expectedStatus(line));
        Matcher written = WORKBOOK_WRITTEN.matcher(output);
        assertThat(written.find()).as("%s: the scheduled run names its workbook%n%s", block.name(), output).isTrue();
        Path workbook = Path.of(written.group(1));
        assertThat(workbook).as("%s: the scheduled run's workbook", block.name()).isRegularFile().startsWith(home);
        if (log != null) {
            List<String> lines = Files.readString(log).substring((int) before).lines().filter(each -> !each.isBlank()).toList();
            assertThat(lines).as("%s: the log's last line names the workbook, as the guide says", block.name()).last()
                    .asString().contains("Workbook written: " + workbook);
        }
        if (command.contains("--update-rates")) {
            assertThat(output).as(command).contains("Exchange rates updated").contains("Registry updated");
        }
        if (command.contains("--update-travel")) {
            assertThat(output).as(command).contains("Stay costs updated");
        }
    }

    /**
     * A Windows line cannot run here: the program it names must be in the zip as extracted where the
     * guide has Windows users extract it, and its options run through the same jar.
     */
    private static void windows(Block block, Shell shell, String line) throws Exception {
        String arguments;
        Matcher task = SCHEDULED_TASK.matcher(line);
        if (line.startsWith("schtasks ")) {
            assertThat(task.find()).as("%s: a scheduled task running a .cmd file: %s", block.name(), line).isTrue();
            assertThat(windowsInstallation().resolve(inWindowsFolder(task.group(1))))
                    .as("%s: the program the task runs, in the zip extracted to %s", block.name(), windowsFolder()).isRegularFile();
            arguments = task.group(2) == null ? "" : task.group(2);
        } else {
            assertThat(line).as("%s: a Windows line the test knows how to run", block.name()).startsWith("cellcompare ");
            assertThat(windowsInstallation().resolve("cellcompare.cmd")).isRegularFile();
            arguments = line.substring("cellcompare ".length());
        }
        typed(block, shell, "./cellcompare " + arguments);
    }

    /**
     * A folder in use: a month run, the reader's own offerings in place of the sample's, and a
     * program file of the older version. The guide's upgrade lines must replace the program, leave
     * input and output as they were, and keep the schedule working.
     */
    private void upgrade(Block block, Shell shell, Path home) throws Exception {
        Path installed = shell.directory();
        typed(block, shell, "./cellcompare --month=2026-10");
        Path offerings = installed.resolve("input/offerings");
        try (Stream<Path> sample = Files.list(offerings)) {
            Files.delete(sample.sorted().findFirst().orElseThrow());
        }
        Files.writeString(offerings.resolve("our-offerings.csv"), "Provider,Country,Price\nClinica Propia,Mexico,USD 9000\n");
        Files.writeString(installed.resolve("README.txt"), "the older version's\n");
        Map<Path, Long> input = files(installed.resolve("input"));
        Map<Path, Long> output = files(installed.resolve("output"));

        for (String line : block.lines()) {
            shell = typed(block, shell, line);
        }

        assertThat(files(installed.resolve("input"))).as("the reader's input, without the new sample").isEqualTo(input);
        assertThat(files(installed.resolve("output"))).as("the workbooks and the history").isEqualTo(output);
        assertThat(installed.resolve("README.txt")).as("the program replaced").content().doesNotContain("older version");
        Block cron = blocks(block.guide()).stream().filter(each -> each.kind().equals("cron")).findFirst().orElseThrow();
        scheduled(cron, shell.in(home), home, cron.lines().get(0));
        typed(block, shell.in(installed), "./cellcompare --month=2026-10  # exit status 4: the history kept the month");
    }

    private static Map<Path, Long> files(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            Map<Path, Long> sizes = new TreeMap<>();
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                sizes.put(folder.relativize(file), Files.size(file));
            }
            return sizes;
        }
    }

    /**
     * A guide's plain command blocks are read in order, so they share one home as a reader
     * following the guide would; installing, upgrading, scheduled and PostgreSQL blocks start from
     * a home of their own.
     */
    private static Path home(Block block) {
        boolean sequential = "sh".equals(block.kind()) && block.tag() == null;
        return sequential ? folder.resolve(block.guide()) : folder.resolve(block.name().replaceAll("\\W+", "-"));
    }

    /** The home with the download in Downloads and the guide's install lines run; the shell they leave the reader in. */
    private Shell installed(Path home) throws Exception {
        Shell shell = homes.get(home);
        if (shell == null) {
            Path downloads = Files.createDirectories(home.resolve("Downloads"));
            Files.copy(Download.zip(), downloads.resolve(Download.zip().getFileName()));
            shell = Shell.withOnlyJava(home, home)
                    .with("CELLCOMPARE_UPDATES_RATESURL", server.address("/ecb/eurofxref-hist.zip").toString())
                    .with("CELLCOMPARE_UPDATES_REGISTRYURL", server.address("/ctg/studies").toString())
                    .with("CELLCOMPARE_UPDATES_TRAVELURL", server.address("/state/per-diem.csv").toString());
            Block install = blocks(INSTALLING).stream().filter(block -> "install".equals(block.tag())).findFirst().orElseThrow();
            for (String line : install.lines()) {
                shell = typed(install, shell, line);
            }
            homes.put(home, shell);
        }
        return shell;
    }

    /** The folder the guide has Windows users extract the zip to, e.g. {@code C:\CellCompare}. */
    private static String windowsFolder() throws IOException {
        Matcher named = WINDOWS_FOLDER.matcher(Files.readString(GUIDES.resolve(INSTALLING)));
        assertThat(named.find()).as("%s names the folder Windows users extract the zip to", INSTALLING).isTrue();
        return named.group(1);
    }

    /** A path in the Windows folder, relative to it; Windows compares folder names ignoring case. */
    private static String inWindowsFolder(String path) throws IOException {
        String windowsFolder = windowsFolder() + "\\";
        assertThat(path.toLowerCase(Locale.ROOT)).as("a path in the folder the guide has Windows users extract the zip to")
                .startsWith(windowsFolder.toLowerCase(Locale.ROOT));
        return path.substring(windowsFolder.length()).replace('\\', '/');
    }

    /** The zip extracted as Windows' "Extract All" does into the folder the guide names: its files right in it. */
    private static Path windowsInstallation() throws Exception {
        String windowsFolder = windowsFolder();
        Path extracted = folder.resolve("windows").resolve(windowsFolder.substring(windowsFolder.lastIndexOf('\\') + 1));
        if (!Files.isDirectory(extracted)) {
            Files.createDirectories(extracted);
            Process unzip = new ProcessBuilder("unzip", "-q", Download.zip().toString(), "-d", extracted.toString()).inheritIO().start();
            assertThat(unzip.waitFor()).as("unzip").isZero();
        }
        return extracted;
    }

    /** The guide's own export lines must name the variables the profile reads; the values come from the test's server. */
    private static Shell onPostgres(Shell shell, Block block) throws SQLException {
        assertThat(block.lines()).anyMatch(line -> line.startsWith("export CELLCOMPARE_DB_URL="))
                .anyMatch(line -> line.startsWith("export CELLCOMPARE_DB_USER="))
                .anyMatch(line -> line.startsWith("export CELLCOMPARE_DB_PASSWORD="));
        String user = System.getenv().getOrDefault("CELLCOMPARE_DB_USER", "cellcompare");
        String password = System.getenv().getOrDefault("CELLCOMPARE_DB_PASSWORD", "");
        String schema = "guide_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection connection = DriverManager.getConnection(DB_URL, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        }
        return shell.with("CELLCOMPARE_DB_URL", DB_URL + (DB_URL.contains("?") ? "&" : "?") + "currentSchema=" + schema)
                .with("CELLCOMPARE_DB_USER", user).with("CELLCOMPARE_DB_PASSWORD", password);
    }

    private static int expectedStatus(String line) {
        Matcher expected = EXPECTED_STATUS.matcher(line);
        return expected.find() ? Integer.parseInt(expected.group(1)) : 0;
    }

    private static List<Block> blocks(String guide) throws IOException {
        List<Block> blocks = new ArrayList<>();
        List<String> lines = null;
        Matcher fence = null;
        for (String line : Files.readAllLines(GUIDES.resolve(guide))) {
            Matcher opening = FENCE.matcher(line);
            if (lines == null && opening.matches()) {
                lines = new ArrayList<>();
                fence = opening;
            } else if (lines != null && line.equals("```")) {
                blocks.add(new Block(guide, blocks.size() + 1, fence.group(1), fence.group(2), lines));
                lines = null;
            } else if (lines != null && !line.isBlank() && !line.startsWith("#")) {
                lines.add(line.strip());
            }
        }
        return blocks;
    }
}

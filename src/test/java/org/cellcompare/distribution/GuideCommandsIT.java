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
import java.util.List;
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
 * Every command in the guides, run as the guide writes it, in a freshly unzipped download: the
 * {@code sh} blocks line by line, the cron line as cron runs it, and the Windows lines' options
 * through the same jar. A line may say what it should end with ("# exit status 4"); every other
 * line must succeed. The downloads go to a loopback server serving real ECB and
 * ClinicalTrials.gov answers, set through the environment as an administrator could. The
 * PostgreSQL block runs when scripts/postgres-tests.sh provides a server ({@code -Dguide.only=postgres}).
 */
class GuideCommandsIT {

    private static final Path GUIDES = Path.of("docs");
    private static final Pattern FENCE = Pattern.compile("^```(\\w+)(?: (\\w+))?$");
    private static final Pattern EXPECTED_STATUS = Pattern.compile("#\\s*exit status (\\d+)");
    private static final Pattern SCHEDULED_TASK = Pattern.compile("/TR \"[^\"]*\\\\cellcompare\\.cmd ?([^\"]*)\"");
    private static final String DB_URL = System.getenv("CELLCOMPARE_DB_URL");

    private static LoopbackServer server;

    @TempDir
    static Path folder;

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
        // scripts/postgres-tests.sh runs only the PostgreSQL block, the rest having run in ./mvnw verify.
        String only = System.getProperty("guide.only");
        return blocks.stream().filter(block -> only == null || only.equals(block.tag())).map(block -> DynamicTest.dynamicTest(block.name(), () -> run(block)));
    }

    private void run(Block block) throws Exception {
        Path home = home(block);
        Path installed = home.resolve("cellcompare");
        Shell shell = Shell.withOnlyJava(installed, home)
                .with("CELLCOMPARE_UPDATES_RATESURL", server.address("/ecb/eurofxref-hist.zip").toString())
                .with("CELLCOMPARE_UPDATES_REGISTRYURL", server.address("/ctg/studies").toString());
        if ("postgres".equals(block.tag())) {
            assumeTrue(DB_URL != null, "no PostgreSQL server: scripts/postgres-tests.sh runs this block");
            shell = onPostgres(shell, block);
        }
        for (String line : block.lines()) {
            String command = switch (block.kind()) {
                case "sh" -> line;
                case "cron" -> "cd \"$HOME\" && " + line.split("\\s+", 6)[5];
                case "bat" -> "./cellcompare " + windowsArguments(line);
                default -> throw new AssertionError(block.name() + ": no way to run a '" + block.kind() + "' block");
            };
            if (command.startsWith("export ")) {
                continue;
            }
            assertThat(command).as("%s: a command the guide's reader can type", block.name())
                    .matches("(cd \"\\$HOME\" && )?(\\./cellcompare|\"\\$HOME/cellcompare/cellcompare\")( .*)?");
            Path log = installed.resolve("cellcompare.log");
            long logged = Files.exists(log) ? Files.size(log) : 0;
            Shell.Result result = shell.run(command);
            String output = result.output() + (Files.exists(log) ? Files.readString(log).substring((int) logged) : "");

            assertThat(result.exitStatus()).as("%s: %s%n%s", block.name(), command, output).isEqualTo(expectedStatus(line));
            if (command.contains("--update-rates")) {
                assertThat(output).as(command).contains("Exchange rates updated").contains("Registry updated");
            }
        }
    }

    /**
     * A guide's plain command blocks are read in order, so they share one download as a reader
     * following the guide would; scheduled and PostgreSQL blocks start from a fresh one.
     */
    private static Path home(Block block) throws IOException, InterruptedException {
        boolean sequential = "sh".equals(block.kind()) && block.tag() == null;
        Path home = sequential ? folder.resolve(block.guide()) : folder.resolve(block.name().replaceAll("\\W+", "-"));
        if (!Files.exists(home.resolve("cellcompare"))) {
            Path download = Download.unzipInto(home.resolve("unzipped"));
            Files.move(download, home.resolve("cellcompare"));
        }
        return home;
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

    /** The options of a Windows line: "cellcompare ARGS", or a scheduled task running "...\cellcompare.cmd ARGS". */
    private static String windowsArguments(String line) {
        Matcher task = SCHEDULED_TASK.matcher(line);
        if (line.startsWith("schtasks ") && task.find()) {
            return task.group(1);
        }
        assertThat(line).as("a Windows line the test knows how to run").startsWith("cellcompare ");
        return line.substring("cellcompare ".length());
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

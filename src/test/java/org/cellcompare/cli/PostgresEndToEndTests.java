package org.cellcompare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

import org.cellcompare.support.ForkedRun;
import org.cellcompare.support.OpenedWorkbook;
import org.cellcompare.support.TestFiles;

/**
 * The "postgres" profile against a real server, as scripts/postgres-tests.sh starts one: the
 * sample gives the workbook H2 gives, and two months run side by side on one database. Each
 * test works in a schema of its own, so the tests never see each other's runs.
 */
@EnabledIfEnvironmentVariable(named = "CELLCOMPARE_DB_URL", matches = ".+")
class PostgresEndToEndTests {

    private static final String URL = System.getenv("CELLCOMPARE_DB_URL");
    private static final String USER = System.getenv().getOrDefault("CELLCOMPARE_DB_USER", "cellcompare");
    private static final String PASSWORD = System.getenv().getOrDefault("CELLCOMPARE_DB_PASSWORD", "");

    @TempDir
    Path folder;

    private String schemaUrl;
    private String schema;

    @BeforeEach
    void schemaOfItsOwn() throws SQLException {
        schema = "test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        }
        schemaUrl = URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    @Test
    void theSampleGivesTheWorkbookH2Gives() throws Exception {
        Path input = TestFiles.copySample(folder.resolve("input"));

        assertThat(run("--input=" + input, "--output=" + folder.resolve("pg"), "--month=2026-11",
                "--spring.profiles.active=postgres", "--spring.datasource.url=" + schemaUrl)).isZero();
        assertThat(run("--input=" + input, "--output=" + folder.resolve("h2"), "--month=2026-11")).isZero();

        try (OpenedWorkbook onPostgres = OpenedWorkbook.open(folder.resolve("pg/cellcompare-2026-11.xlsx"));
             OpenedWorkbook onH2 = OpenedWorkbook.open(folder.resolve("h2/cellcompare-2026-11.xlsx"))) {
            for (String sheet : onH2.sheetNames()) {
                assertThat(onPostgres.lines(sheet)).as(sheet).isEqualTo(onH2.lines(sheet));
            }
        }
        assertThat(folder.resolve("pg/.cellcompare/history.mv.db")).as("no H2 database beside the workbook").doesNotExist();
        assertThat(finishedRuns()).isEqualTo(1);
    }

    @Test
    void aMonthAfterAnotherListsTheChangesH2Lists() throws Exception {
        Path october = TestFiles.copySample(folder.resolve("october"));
        Path november = TestFiles.copySample(folder.resolve("november"));
        Path latam = november.resolve("offerings/latam-europa.csv");
        String csv = Files.readString(latam, StandardCharsets.UTF_8);
        Files.writeString(latam, csv.replace("45.000.000 COP", "60.000.000 COP")
                .replaceAll("(?m)^Centro Regenerativo Monterrey;.*\\R", ""), StandardCharsets.UTF_8);
        String[] postgres = {"--spring.profiles.active=postgres", "--spring.datasource.url=" + schemaUrl};

        for (String[] database : List.of(postgres, new String[0])) {
            Path output = folder.resolve(database.length == 0 ? "h2" : "pg");
            assertThat(run(with(database, "--input=" + october, "--output=" + output, "--month=2026-10"))).isZero();
            assertThat(run(with(database, "--input=" + november, "--output=" + output, "--month=2026-11"))).isZero();
        }

        try (OpenedWorkbook onPostgres = OpenedWorkbook.open(folder.resolve("pg/cellcompare-2026-11.xlsx"));
             OpenedWorkbook onH2 = OpenedWorkbook.open(folder.resolve("h2/cellcompare-2026-11.xlsx"))) {
            assertThat(onH2.lines("Changes")).anyMatch(line -> line.startsWith("Course cost changed | Clínica Celular Bogotá"))
                    .anyMatch(line -> line.startsWith("No longer listed | Centro Regenerativo Monterrey"));
            assertThat(onPostgres.lines("Changes")).isEqualTo(onH2.lines("Changes"));
        }
    }

    @Test
    void twoMonthsRunAtTheSameTimeOnOneDatabase() throws Exception {
        Path input = TestFiles.copySample(folder.resolve("input"));
        String[] profile = {"--spring.profiles.active=postgres", "--spring.datasource.url=" + schemaUrl,
                "--input=" + input};

        // the first run creates the tables; the second starts while the first is still running
        try (ForkedRun october = ForkedRun.start("256m", with(profile, "--output=" + folder.resolve("october"), "--month=2026-10"))) {
            assertThat(october.awaitLine(line -> line.contains("Registry:"), 120)).as(october.output()).isTrue();
            try (ForkedRun november = ForkedRun.start("256m", with(profile, "--output=" + folder.resolve("november"),
                    "--month=2026-11"))) {
                assertThat(october.exitStatus(240)).as(october.output()).isZero();
                assertThat(november.exitStatus(240)).as(november.output()).isZero();
            }
        }

        for (String month : new String[] {"october/cellcompare-2026-10.xlsx", "november/cellcompare-2026-11.xlsx"}) {
            try (OpenedWorkbook book = OpenedWorkbook.open(folder.resolve(month))) {
                assertThat(book.lines("Summary")).as(month)
                        .contains("Rows read (44) = ranked (40) + left out (2) + merged duplicates (2).");
                assertThat(book.table("Registered trials").size() + book.table("Commercial clinics").size()).isEqualTo(40);
            }
        }
        assertThat(finishedRuns()).isEqualTo(2);
    }

    private static String[] with(String[] first, String... more) {
        String[] all = new String[first.length + more.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }

    private int finishedRuns() throws SQLException {
        try (Connection connection = DriverManager.getConnection(schemaUrl, USER, PASSWORD);
             Statement statement = connection.createStatement();
             ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM cc_run WHERE finished_at IS NOT NULL")) {
            count.next();
            return count.getInt(1);
        }
    }

    private static int run(String... args) {
        return new CommandLine(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)).run(args);
    }
}

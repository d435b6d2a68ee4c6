package org.cellcompare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

import org.cellcompare.support.OpenedWorkbook;
import org.cellcompare.support.TestFiles;

/**
 * The run history's tables are versioned: a new history is built by the migrations in order, and
 * one begun before they existed is taken as the baseline and kept, months and all.
 */
class HistoryMigrationsTests {

    @TempDir
    Path folder;

    @Test
    void aNewHistoryIsBuiltByTheMigrationsInOrder() throws Exception {
        Path output = folder.resolve("output");
        InProcessRun command = new InProcessRun(TestFiles.copySample(folder.resolve("input")), output);

        assertThat(command.run("--month=2026-11")).as(command.stderr()).isZero();

        assertThat(migrations(output)).containsExactly("1.0 spring batch job repository SQL true",
                "1.1 cellcompare history SQL true", "1.2 restart safe staging SQL true", "1.3 input problem key SQL true",
                "1.4 stay costs SQL true");
    }

    @Test
    void aHistoryBegunBeforeTheTablesWereVersionedIsTakenAsTheBaselineAndKept() throws Exception {
        Path output = folder.resolve("output");
        InProcessRun command = new InProcessRun(TestFiles.copySample(folder.resolve("input")), output);
        assertThat(command.run("--month=2026-10")).as(command.stderr()).isZero();
        // as the releases before versioning left it: the baseline's tables, and no record of migrations
        try (Connection connection = open(output); Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE \"flyway_schema_history\"");
            statement.execute("DROP TABLE cc_stay_rate");
            statement.execute("DROP TABLE cc_flight_fare");
            statement.execute("DROP TABLE cc_offering_file");
            statement.execute("CREATE TABLE cc_file_read (run_id BIGINT NOT NULL, file VARCHAR NOT NULL, rows_read BIGINT NOT NULL,"
                    + " rows_staged BIGINT DEFAULT 0 NOT NULL, rows_merged BIGINT DEFAULT 0 NOT NULL, PRIMARY KEY (run_id, file))");
            statement.execute("ALTER TABLE cc_input_problem DROP PRIMARY KEY");
            statement.execute("ALTER TABLE cc_input_problem DROP COLUMN problem_key");
            statement.execute("ALTER TABLE cc_input_problem ADD COLUMN read_from BIGINT");
            statement.execute("ALTER TABLE cc_input_problem ADD PRIMARY KEY (id)");
        }

        assertThat(command.run("--month=2026-11")).as(command.stderr()).isZero();

        assertThat(migrations(output)).containsExactly("1.1 << Flyway Baseline >> BASELINE true",
                "1.2 restart safe staging SQL true", "1.3 input problem key SQL true", "1.4 stay costs SQL true");
        try (OpenedWorkbook book = OpenedWorkbook.open(output.resolve("cellcompare-2026-11.xlsx"))) {
            assertThat(book.lines("Summary")).as("the earlier month is still known")
                    .anySatisfy(line -> assertThat(line).startsWith("Compared with | 2026-10"));
        }
    }

    @Test
    void theMigrationsInOrderBuildEveryTableTheRunUses() throws Exception {
        try (SingleConnectionDataSource dataSource = new SingleConnectionDataSource("jdbc:h2:mem:baseline", "sa", "", true)) {
            new ResourceDatabasePopulator(new ClassPathResource("db/migration/h2/V1_0__spring_batch_job_repository.sql"),
                    new ClassPathResource("db/migration/common/V1_1__cellcompare_history.sql"),
                    new ClassPathResource("db/migration/common/V1_2__restart_safe_staging.sql"),
                    new ClassPathResource("db/migration/h2/V1_3__input_problem_key.sql"),
                    new ClassPathResource("db/migration/common/V1_4__stay_costs.sql")).execute(dataSource);
            try (ResultSet tables = dataSource.getConnection().getMetaData().getTables(null, "PUBLIC", null, new String[] {"TABLE"})) {
                List<String> names = new ArrayList<>();
                while (tables.next()) {
                    names.add(tables.getString("TABLE_NAME").toLowerCase());
                }
                assertThat(names).contains("batch_job_instance", "batch_step_execution_context", "cc_run", "cc_rate",
                        "cc_registry_record", "cc_offering_file", "cc_input_problem", "cc_text_length", "cc_stay_rate",
                        "cc_flight_fare");
            }
        }
    }

    private static List<String> migrations(Path output) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection connection = open(output); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT \"version\", \"description\", \"type\", \"success\""
                     + " FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\"")) {
            while (rs.next()) {
                rows.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getBoolean(4));
            }
        }
        return rows;
    }

    private static Connection open(Path output) throws Exception {
        return DriverManager.getConnection("jdbc:h2:file:" + output.resolve(".cellcompare/history").toAbsolutePath(), "sa", "");
    }
}

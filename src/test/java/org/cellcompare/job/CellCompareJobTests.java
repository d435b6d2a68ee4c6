package org.cellcompare.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.cellcompare.support.OpenedWorkbook;
import org.cellcompare.support.SampleRunFolders;

/** Runs the whole job on a copy of the shipped sample and reads the workbook back as a family would see it. */
@SpringBootTest
@SpringBatchTest
class CellCompareJobTests {

    @TempDir
    static Path folder;

    @Autowired
    JobOperatorTestUtils jobs;

    Path input;
    Path output;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        SampleRunFolders.historyDatabase(registry, folder);
    }

    @BeforeEach
    void copySample() throws Exception {
        SampleRunFolders run = SampleRunFolders.in(folder);
        input = run.input();
        output = run.output();
    }

    @Test
    void runsTheSampleToAWorkbookThatAccountsForEveryRow() throws Exception {
        JobExecution execution = jobs.startJob(parameters("2026-11", LocalDate.of(2026, 11, 22)).toJobParameters());

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        Path workbook = output.resolve("cellcompare-2026-11.xlsx");
        try (OpenedWorkbook book = OpenedWorkbook.open(workbook)) {
            assertThat(book.sheetNames()).containsExactly("Read me first", "Compare offers", "Summary", "Registered trials",
                    "Commercial clinics", "Changes", "Flags explained", "Input problems", "Exchange rates", "Stay costs");
            assertThat(book.headers("Commercial clinics")).containsSubsequence("Rank", "Provider", "Country", "Program",
                    "Price as advertised", "Course cost (USD)", "Cost range (USD)", "Cell source", "Route",
                    "Registration", "Concern", "Flags", "Why this rank", "Source", "Last verified", "Input");

            Row vinmec = book.rowWhere("Registered trials", "Registration", "NCT02569775");
            assertThat(book.text(book.cell("Registered trials", vinmec, "Provider"))).isEqualTo("Vinmec International Hospital");
            Cell registration = book.cell("Registered trials", vinmec, "Registration");
            assertThat(registration.getHyperlink().getAddress()).isEqualTo("https://clinicaltrials.gov/study/NCT02569775");
            assertThat(book.text(book.cell("Registered trials", vinmec, "Cell source"))).isEqualTo("Bone-marrow mononuclear cells");
            assertThat(book.text(book.cell("Registered trials", vinmec, "Flags"))).contains("TRIAL_CLOSED");
            assertThat(book.text(book.cell("Registered trials", vinmec, "Registry check")))
                    .isEqualTo("NCT02569775: found in the registry, about cerebral palsy");
            assertThat(book.text(book.cell("Registered trials", vinmec, "Trial status"))).isEqualTo("Completed");
            assertThat(book.text(book.cell("Registered trials", vinmec, "Phase"))).isEqualTo("Phase 2");
            assertThat(book.text(book.cell("Registered trials", vinmec, "Enrollment"))).isEqualTo("40");
            assertThat(book.text(book.cell("Registered trials", vinmec, "Sponsor in the registry")))
                    .isEqualTo("Vinmec Healthcare System");
            assertThat(book.text(book.cell("Registered trials", vinmec, "Why this rank")))
                    .contains("The trial has closed").contains("Lumbar puncture");

            Row sunrise = book.rowWhere("Commercial clinics", "Provider", "Sunrise Regenerative Center");
            assertThat(book.cell("Commercial clinics", sunrise, "Course cost (USD)").getNumericCellValue()).isEqualTo(13936.07);
            assertThat(book.text(book.cell("Commercial clinics", sunrise, "Price as advertised"))).isEqualTo("฿450,000");
            assertThat(book.text(book.cell("Commercial clinics", sunrise, "Also listed in")))
                    .isEqualTo("asia-partners.xls, sheet Partners, row 6");

            List<Map<String, String>> problems = book.table("Input problems");
            assertThat(problems).anySatisfy(problem -> {
                assertThat(problem.get("File")).isEqualTo("clinic-survey-2026-11.xlsx");
                assertThat(problem.get("Row")).isEqualTo("25");
                assertThat(problem.get("Reason")).contains("No provider and no registration number");
                assertThat(problem.get("Outcome")).isEqualTo("Row left out");
            });

            assertThat(book.lines("Summary")).contains("Rows read (44) = ranked (40) + left out (2) + merged duplicates (2).");
            assertThat(book.lines("Summary")).anySatisfy(line -> assertThat(line)
                    .startsWith("Warning: the newest ECB exchange rates are from 2026-04-13, 223 days before the report date"));

            Row lima = book.rowWhere("Commercial clinics", "Provider", "Clínica Vida Nueva");
            assertThat(book.text(book.cell("Commercial clinics", lima, "Course cost (USD)")))
                    .isEqualTo("38,000 PEN (no exchange rate; not converted)");
            assertThat(book.text(book.cell("Commercial clinics", lima, "Flags"))).contains("NO_EXCHANGE_RATE");
            List<Map<String, String>> clinicRows = book.table("Commercial clinics");
            String limaConcern = book.text(book.cell("Commercial clinics", lima, "Concern"));
            assertThat(clinicRows.subList(lima.getRowNum(), clinicRows.size()))
                    .as("unpriced rows of the same concern come after the priced ones")
                    .allSatisfy(after -> assertThat(after.get("Concern").equals(limaConcern)
                            && after.get("Course cost (USD)").startsWith("$")).isFalse());
            int trials = book.table("Registered trials").size();
            int clinics = book.table("Commercial clinics").size();
            assertThat(trials + clinics).isEqualTo(40);
        }
        try (var visible = Files.list(output); var work = Files.list(output.resolve(".cellcompare/tmp"))) {
            assertThat(visible.map(p -> p.getFileName().toString()).filter(name -> !name.startsWith(".")))
                    .containsExactlyInAnyOrder("cellcompare-2026-11.xlsx", "cellcompare-2026-11.html");
            assertThat(work).as("no partial workbook or page is left behind").isEmpty();
        }
    }

    @Test
    void stopsWithAClearReasonWhenTheReportingCurrencyHasNoRate() throws Exception {
        RunParameters run = new RunParameters(YearMonth.parse("2026-11"), input, output, "VES", "en", 1, LocalDate.of(2026, 11, 22));

        JobExecution execution = jobs.startJob(run.toJobParameters());

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(execution.getAllFailureExceptions()).singleElement()
                .satisfies(e -> assertThat(e).isInstanceOf(RunAbortedException.class).hasMessageContaining("No exchange rate for VES"));
        assertThat(Files.exists(output.resolve("cellcompare-2026-11.xlsx"))).isFalse();
    }

    private RunParameters parameters(String month, LocalDate reportDate) {
        return new RunParameters(YearMonth.parse(month), input, output, "USD", "en", 1, reportDate);
    }
}

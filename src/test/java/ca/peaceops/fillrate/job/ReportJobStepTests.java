package ca.peaceops.fillrate.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import ca.peaceops.fillrate.history.HistoryRepository;
import ca.peaceops.fillrate.report.Report;
import ca.peaceops.fillrate.report.ReportOptions;
import ca.peaceops.fillrate.report.pdf.PdfReportWriter;
import ca.peaceops.fillrate.snapshot.CountsFile;
import ca.peaceops.fillrate.snapshot.PeriodInputs;
import ca.peaceops.fillrate.snapshot.SnapshotFile;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The job's steps one at a time, as Spring Batch runs them, on the sample input: each
 * step's contract with the next (what it puts in the job's context and the work area).
 */
@SpringBatchTest
@SpringBootTest(
		properties = { "fillrate.command.enabled=false", "spring.datasource.url=jdbc:h2:mem:steps;DB_CLOSE_DELAY=-1" })
class ReportJobStepTests {

	/** The clock a launch's checks would hand over, fixed as --fillrate.clock does. */
	@TestConfiguration
	static class FixedClock {

		@Bean
		Clock clock() {
			return Clock.fixed(Instant.parse("2018-04-01T06:00:00Z"), ZoneOffset.UTC);
		}

	}

	@TempDir
	static Path reports;

	@Autowired
	JobOperatorTestUtils jobOperatorTestUtils;

	@Autowired
	WorkArea work;

	/** The managers' mail server, for the deliver step. */
	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
		.withPerMethodLifecycle(false);

	@Autowired
	HistoryRepository history;

	@DynamicPropertySource
	static void folders(DynamicPropertyRegistry registry) {
		registry.add("fillrate.input", () -> "input");
		registry.add("fillrate.reports", () -> reports.toString());
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
		registry.add("mail.to", () -> "manager@example.org");
	}

	@Autowired
	SnapshotSource snapshots;

	/** A period's run with the sample snapshot of January as its caps and counts. */
	private static JobParameters period(String period, long edition) {
		return period(period, edition, "input/snapshots/2018-01-31.json");
	}

	/** The parameters a launch gives: the period, and the inputs it chose. */
	private static JobParameters period(String period, long edition, String snapshot) {
		SnapshotFile caps = SnapshotFile.of(Path.of(snapshot)).orElseThrow();
		ChosenInputs chosen = new ChosenInputs(
				new PeriodInputs(YearMonth.parse(period), caps, Optional.of(CountsFile.of(caps))),
				SnapshotSource.sha256(caps.path()), Optional.empty());
		return chosen.addTo(new JobParametersBuilder(new JobRun(YearMonth.parse(period), edition).toParameters()))
			.toJobParameters();
	}

	@Test
	void theLaunchChoosesTheNewestSnapshotOnOrBeforeThePeriodsLastDay() {
		ChosenInputs chosen = this.snapshots.prepare(YearMonth.of(2018, 2));

		assertThat(chosen.capsPath()).hasToString("input/snapshots/2018-01-31.json");
		assertThat(chosen.inputs().countsFromCaps()).as("the sample snapshots give their deployed counts").isTrue();
	}

	@Test
	void selectSnapshotStartsThePeriodsWorkAreaAfresh() throws IOException {
		Path leftover = Files.createDirectories(reports.resolve(".work/2018-02")).resolve("snapshot.json");
		Files.writeString(leftover, "{}");

		JobExecution execution = this.jobOperatorTestUtils.startStep("selectSnapshot", period("2018-02", 1),
				new ExecutionContext());

		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(leftover).doesNotExist();
	}

	@Test
	void readSnapshotStagesTheValidatedSnapshotForTheStepsAfterIt() {
		JobExecution execution = this.jobOperatorTestUtils.startStep("readSnapshot",
				period("2018-03", 2, "input/snapshots/2018-03-31.json"), new ExecutionContext());

		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		WorkArea.StagedSnapshot staged = this.work.snapshot(YearMonth.of(2018, 3));
		assertThat(staged.file()).endsWith("2018-03-31.json");
		assertThat(staged.snapshot().missions()).extracting((mission) -> mission.id()).contains("MINUJUSTH", "UKRAINE");
	}

	@Test
	void computeRatesStagesTheReportFromTheStagedSnapshot() {
		ExecutionContext context = new ExecutionContext();
		this.jobOperatorTestUtils.startStep("readSnapshot", period("2017-12", 1), context);

		// Each step runs as a job instance of its own: another edition, the same period's
		// work area.
		JobExecution execution = this.jobOperatorTestUtils.startStep("computeRates", period("2017-12", 2), context);

		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(this.work.report(YearMonth.of(2017, 12)).rates().total().deployed()).isPositive();
		assertThat(this.work.report(YearMonth.of(2017, 12)).comparison().hasBaseline()).isFalse();
	}

	@Test
	void publishRecordsTheHistoryAndMovesTheStagedFilesIntoPlace() {
		stageThroughWritePdf("2017-10");

		JobExecution execution = this.jobOperatorTestUtils.startStep("publish", period("2017-10", 5),
				new ExecutionContext());

		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(this.history.find(YearMonth.of(2017, 10))).isPresent();
		assertThat(this.history.manifest(YearMonth.of(2017, 10))).isPresent();
		assertThat(reports.resolve("2017-10/fill-rate-report-2017-10.pdf")).isRegularFile();
		assertThat(reports.resolve("2017-10/SHA256SUMS")).isRegularFile();
		assertThat(reports.resolve("history.csv")).content().contains("2017-10");
	}

	@Test
	void deliverSendsThePublishedReportOnceAndRecordsHowManyWent() throws Exception {
		stageThroughWritePdf("2017-09");
		this.jobOperatorTestUtils.startStep("publish", period("2017-09", 5), new ExecutionContext());
		smtp.purgeEmailFromAllMailboxes();

		JobExecution first = this.jobOperatorTestUtils.startStep("deliver", period("2017-09", 6),
				new ExecutionContext());
		JobExecution second = this.jobOperatorTestUtils.startStep("deliver", period("2017-09", 7),
				new ExecutionContext());

		assertThat(first.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(first.getExecutionContext().getInt(DeliverTasklet.SENT)).isEqualTo(1);
		assertThat(second.getExecutionContext().getInt(DeliverTasklet.SENT)).as("already sent").isZero();
		assertThat(smtp.getReceivedMessages()).hasSize(1);
		assertThat(smtp.getReceivedMessages()[0].getSubject()).contains("September 2017");
	}

	/** The steps before publish, each as a job instance of its own. */
	private void stageThroughWritePdf(String month) {
		ExecutionContext context = new ExecutionContext();
		int edition = 1;
		for (String step : List.of("readSnapshot", "computeRates", "writeCsv", "writePdf")) {
			assertThat(this.jobOperatorTestUtils.startStep(step, period(month, edition++), context).getStatus())
				.as(step)
				.isEqualTo(BatchStatus.COMPLETED);
		}
	}

	@Test
	void theWholeJobPublishesThePeriod() throws Exception {
		JobExecution execution = this.jobOperatorTestUtils.startJob(period("2018-01", 1));
		assertThat(this.history.find(YearMonth.of(2018, 1)).orElseThrow().snapshotFile())
			.isEqualTo("input/snapshots/2018-01-31.json");

		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(execution.getStepExecutions()).extracting((step) -> step.getStepName())
			.containsExactly("selectSnapshot", "readSnapshot", "computeRates", "writeCsv", "writePdf", "writeHtml",
					"publish", "deliver", "finish");
		assertThat(reports.resolve("2018-01/fill-rate-report-2018-01.pdf")).isRegularFile();
	}

	/**
	 * The report the history stores for {@code --resend} and {@code --restore}, as the
	 * previous version of the program wrote it (commit d5babe4, before French names):
	 * still read, and still rendered.
	 */
	@Test
	void aReportStoredByThePreviousVersionIsStillReadAndRendered() throws IOException {
		String stored = Files
			.readString(Path.of("src/test/resources/stored/report-2018-03-written-by-0.1.0-d5babe4.json"));

		Report report = this.work.parse(stored);

		assertThat(report.version()).isEqualTo("0.1.0");
		assertThat(report.rates().total().deployed()).isEqualTo(68);
		assertThat(report.rates().missions()).allSatisfy((rate) -> assertThat(rate.mission().nameFr()).isNull());
		Path pdf = reports.resolve("stored.fr.pdf");
		new PdfReportWriter(ReportOptions.DEFAULTS.text(Locale.CANADA_FRENCH), ReportOptions.DEFAULTS).write(report,
				pdf);
		assertThat(pdf).isNotEmptyFile();
	}

	@Test
	void writePdfFailsWithoutTheReportComputeRatesStages() throws IOException {
		Files.createDirectories(reports);

		JobExecution execution = this.jobOperatorTestUtils.startStep("writePdf", period("2018-11", 3),
				new ExecutionContext());

		assertThat(execution.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(reports.resolve("2018-11")).doesNotExist();
	}

}

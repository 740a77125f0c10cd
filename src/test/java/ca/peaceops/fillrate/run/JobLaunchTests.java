package ca.peaceops.fillrate.run;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Optional;

import ca.peaceops.fillrate.delivery.DeliveryProperties;
import ca.peaceops.fillrate.delivery.FailureNotice;
import ca.peaceops.fillrate.fetch.PageCheck;
import ca.peaceops.fillrate.history.HistoryRepository;
import ca.peaceops.fillrate.history.UndeliveredReports;
import ca.peaceops.fillrate.job.ChosenInputs;
import ca.peaceops.fillrate.job.FillRateProperties;
import ca.peaceops.fillrate.job.JobRun;
import ca.peaceops.fillrate.snapshot.CountsFile;
import ca.peaceops.fillrate.snapshot.PeriodInputs;
import ca.peaceops.fillrate.snapshot.SnapshotFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * A job the repository cannot start, for a reason it does not name: a failure, exit 1,
 * with its one line, and its stack trace in the log for whoever looks into it.
 */
@ExtendWith(OutputCaptureExtension.class)
class JobLaunchTests {

	private static final YearMonth MARCH = YearMonth.of(2018, 3);

	private final ByteArrayOutputStream told = new ByteArrayOutputStream();

	private final JobOperator operator = mock(JobOperator.class);

	private final PageRefresh pages = mock(PageRefresh.class);

	private final JobLaunch launch = new JobLaunch(this.operator, mock(Job.class), mock(HistoryRepository.class),
			mock(FillRateProperties.class), mock(OutOfDate.class), mock(FailureNotice.class),
			OutcomeReporter.standardErrorOnly(new PrintStream(this.told, true, StandardCharsets.UTF_8)), this.pages,
			mock(UndeliveredReports.class), mock(DeliveryProperties.class));

	@Test
	void aJobThatCannotStartIsAFailureWithItsLineAndItsStackTraceInTheLog(CapturedOutput output) throws Exception {
		given(this.pages.last()).willReturn(PageCheck.notWatched());
		given(this.operator.start(any(Job.class), any())).willThrow(new IllegalStateException("no transaction"));

		RunOutcome outcome = this.launch.start(new JobRun(MARCH, 1), request(), inputs(), System.nanoTime());

		assertThat(outcome.exitCode()).isEqualTo(1);
		assertThat(this.told.toString(StandardCharsets.UTF_8)).isEqualTo(
				"failed to start period 2018-03: IllegalStateException: no transaction" + System.lineSeparator());
		assertThat(output.getAll()).contains("Period 2018-03 could not start")
			.contains("java.lang.IllegalStateException: no transaction")
			.contains("\tat ");
	}

	private static PeriodRequest request() {
		return new PeriodRequest(MARCH, false, false, false, false, true, Optional.empty());
	}

	private static ChosenInputs inputs() {
		SnapshotFile caps = SnapshotFile.of(Path.of("input/snapshots/2018-03-31.json")).orElseThrow();
		return new ChosenInputs(new PeriodInputs(MARCH, caps, Optional.of(CountsFile.of(caps))), "0".repeat(64),
				Optional.empty());
	}

}

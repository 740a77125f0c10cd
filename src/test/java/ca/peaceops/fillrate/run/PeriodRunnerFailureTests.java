package ca.peaceops.fillrate.run;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Optional;

import ca.peaceops.fillrate.delivery.Resend;
import ca.peaceops.fillrate.delivery.ResendRefusedException;
import ca.peaceops.fillrate.job.FillRateProperties;
import ca.peaceops.fillrate.job.SnapshotSource;
import ca.peaceops.fillrate.job.WorkArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

/**
 * Only the user's own mistakes are exit 2: a bug of ours in {@code --restore} or
 * {@code --resend} (here an injected runtime exception) is a failure, exit 1, with its
 * one line, never reported as bad input. A rule of the runner, so a plain test: neither
 * request reaches the job, which the test checks.
 */
class PeriodRunnerFailureTests {

	private static final YearMonth MARCH = YearMonth.of(2018, 3);

	private final ByteArrayOutputStream told = new ByteArrayOutputStream();

	private final Restore restore = mock(Restore.class);

	private final Resend resend = mock(Resend.class);

	private final SnapshotSource snapshots = mock(SnapshotSource.class);

	private final PeriodLookup lookup = mock(PeriodLookup.class);

	private final JobLaunch launch = mock(JobLaunch.class);

	private final WorkArea work = mock(WorkArea.class);

	private final PageRefresh pages = mock(PageRefresh.class);

	/** An intact history: the guard finds nothing wrong. */
	private final PeriodRunner runner = new PeriodRunner(mock(HistoryGuard.class), this.snapshots, this.lookup,
			this.launch, this.work, this.restore, this.resend, mock(FillRateProperties.class),
			OutcomeReporter.standardErrorOnly(new PrintStream(this.told, true, StandardCharsets.UTF_8)), this.pages);

	@AfterEach
	void neverTheJob() {
		verifyNoInteractions(this.snapshots, this.lookup, this.launch, this.work, this.pages);
	}

	@Test
	void aBugInRestoreIsAFailureNotBadInput() {
		given(this.restore.restore(MARCH)).willThrow(new IllegalArgumentException("index out of range"));

		RunOutcome outcome = this.runner.run(request(false, true));

		assertThat(outcome).isEqualTo(RunOutcome.FAILED);
		assertThat(outcome.exitCode()).isEqualTo(1);
		assertThat(told()).startsWith("failed: --restore of 2018-03: ")
			.contains("IllegalArgumentException: index out of range")
			.hasLineCount(1);
	}

	@Test
	void aBugInResendIsAFailureNotBadInput() {
		given(this.resend.resend(any(), any())).willThrow(new NullPointerException("report"));

		RunOutcome outcome = this.runner.run(request(true, false));

		assertThat(outcome.exitCode()).isEqualTo(1);
		assertThat(told()).startsWith("failed: --resend of 2018-03: ").hasLineCount(1);
	}

	@Test
	void aResendThatCannotBeRightIsBadInput() {
		given(this.resend.resend(any(), any()))
			.willThrow(new ResendRefusedException("--resend: period 2018-03 is not published"));

		RunOutcome outcome = this.runner.run(request(true, false));

		assertThat(outcome.exitCode()).isEqualTo(2);
		assertThat(told()).isEqualTo("error: --resend: period 2018-03 is not published" + System.lineSeparator());
	}

	private String told() {
		return this.told.toString(StandardCharsets.UTF_8);
	}

	private static PeriodRequest request(boolean resend, boolean restore) {
		return new PeriodRequest(MARCH, false, resend, restore, false, true, Optional.empty());
	}

}

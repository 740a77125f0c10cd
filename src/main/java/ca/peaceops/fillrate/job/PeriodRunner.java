package ca.peaceops.fillrate.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import ca.peaceops.fillrate.delivery.DeliveryFailedException;
import ca.peaceops.fillrate.delivery.FailureNotice;
import ca.peaceops.fillrate.delivery.MailDelivery;
import ca.peaceops.fillrate.history.HistoryRepository;
import ca.peaceops.fillrate.history.PublishedRun;
import ca.peaceops.fillrate.report.ReportFiles;
import ca.peaceops.fillrate.snapshot.BadInputException;
import ca.peaceops.fillrate.snapshot.LoadedSnapshot;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * Runs one period, from the command line or the scheduler, and says how it went: the
 * outcome is the exit status, and any failure is one line on standard error that says
 * what failed and where.
 */
@Component
class PeriodRunner {

	private static final Log logger = LogFactory.getLog(PeriodRunner.class);

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	private final Job job;

	private final HistoryRepository history;

	private final SnapshotSource snapshots;

	private final FillRateProperties properties;

	private final MailDelivery delivery;

	private final FailureNotice notice;

	private final WorkArea work;

	private final HistoryGuard guard;

	private final Restore restore;

	private final Clock clock;

	PeriodRunner(JobOperator jobOperator, JobRepository jobRepository, Job job, HistoryRepository history,
			SnapshotSource snapshots, FillRateProperties properties, MailDelivery delivery, FailureNotice notice,
			WorkArea work, HistoryGuard guard, Restore restore, Clock clock) {
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.job = job;
		this.history = history;
		this.snapshots = snapshots;
		this.properties = properties;
		this.delivery = delivery;
		this.notice = notice;
		this.work = work;
		this.guard = guard;
		this.restore = restore;
		this.clock = clock;
	}

	/**
	 * Decides what this launch does for the period: nothing (done or running elsewhere),
	 * restart the last execution where it stopped, or start it afresh. The job repository
	 * knows which executions completed, failed or are still running; the history knows
	 * which periods are published.
	 */
	RunOutcome run(RunOptions options) {
		return run(options, true);
	}

	/**
	 * @param deliver whether the period's report may be emailed (a backfill emails only
	 * its newest period)
	 */
	RunOutcome run(RunOptions options, boolean deliver) {
		// Elapsed time, not the clock: --fillrate.clock fixes the clock for reproducible
		// files, and the run still takes time.
		long start = System.nanoTime();
		if (!options.rebuildHistory()) {
			Optional<String> lost = this.guard.lostPeriods();
			if (lost.isPresent()) {
				return fail(RunOutcome.FAILED, lost.get());
			}
		}
		if (options.restore()) {
			if (this.history.find(options.period()).isEmpty()) {
				return fail(RunOutcome.BAD_INPUT, "--restore: period " + options.period() + " is not published");
			}
			try {
				logger.info(this.restore.restore(options.period()));
				return RunOutcome.PUBLISHED;
			}
			catch (IllegalStateException ex) {
				return fail(RunOutcome.FAILED, "failed: " + ex.getMessage());
			}
		}
		if (options.resend() && !options.rerun()) {
			return resend(options);
		}
		Optional<PublishedRun> published = this.history.find(options.period());
		long edition = published.map(PublishedRun::edition).orElse(1);
		if (options.rerun() && published.isPresent()) {
			edition++;
		}
		JobRun run = new JobRun(options.period(), edition);
		JobExecution last = this.jobRepository.getLastJobExecution(ReportJobConfiguration.JOB_NAME, run.toParameters());
		if (last != null && last.isRunning()) {
			if (!Launcher.isDead(last, this.clock, this.properties.staleRunAfter())) {
				return fail(RunOutcome.ALREADY_DONE_OR_RUNNING,
						"already running: period " + run.period() + " is being run by another process");
			}
			logger.warn("Execution " + last.getId() + " of period " + run.period()
					+ " was left running by a process that died; restarting it where it stopped");
			last = this.jobOperator.recover(last);
		}
		if (last != null && last.getStatus() == BatchStatus.COMPLETED
				|| last == null && published.isPresent() && !options.rerun()) {
			logger.info("Period " + run.period() + " was already published (edition " + edition
					+ "); nothing to do. Use --rerun to replace it.");
			System.err.println("already done: period " + run.period() + " is already published; "
					+ (filesGone(run.period()) ? "its files are not in " + publishedDir(run.period())
							+ ": write them again with --period=" + run.period() + " --restore"
							: "use --rerun to replace it"));
			return RunOutcome.ALREADY_DONE_OR_RUNNING;
		}
		LoadedSnapshot input;
		try {
			// Checked before the job starts, so that bad input leaves no trace: no job
			// instance, no files.
			input = this.snapshots.read(this.snapshots.select(run.period()));
		}
		catch (BadInputException ex) {
			return fail(RunOutcome.BAD_INPUT, ex.getMessage());
		}
		if (last != null && staleRestart(last, run, input)) {
			// A restart would go on from the copy staged by the failed run and publish
			// figures that are no longer in the file: begin again, as a new edition.
			logger.warn("The snapshot of period " + run.period() + " changed since its failed execution " + last.getId()
					+ "; starting afresh from " + input.file().path());
			this.work.clear(run.period());
			do {
				run = new JobRun(run.period(), run.edition() + 1);
			}
			while (this.jobRepository.getLastJobExecution(ReportJobConfiguration.JOB_NAME, run.toParameters()) != null);
			last = null;
		}
		if (last != null) {
			logger.info("Restarting period " + run.period() + " after its failed execution " + last.getId());
		}
		return launch(run, options.resend(), deliver, options.to(), start);
	}

	/**
	 * Whether restarting a failed execution would go on from staged data that is not the
	 * input any more: the snapshot changed since, or the staged copy is gone (someone
	 * cleared {@code reports/.work}) although the failed run had read it.
	 */
	private boolean staleRestart(JobExecution last, JobRun run, LoadedSnapshot input) {
		Optional<String> staged = this.work.stagedFrom(run.period());
		if (staged.isPresent()) {
			return !staged.get().equals(input.sha256());
		}
		return last.getStepExecutions()
			.stream()
			.anyMatch((step) -> step.getStepName().equals("readSnapshot") && step.getStatus() == BatchStatus.COMPLETED);
	}

	/**
	 * @param runUntil the last period this launch runs (a backfill's), whose earlier
	 * periods need no word about being out of date; {@code null} for a single period
	 */
	private RunOutcome launch(JobRun run, boolean resend, boolean deliver, YearMonth runUntil, long start) {
		JobExecution execution;
		try {
			execution = this.jobOperator.start(this.job, Launcher.parameters(run, resend, deliver));
		}
		catch (JobExecutionAlreadyRunningException | OptimisticLockingFailureException
				| DataIntegrityViolationException ex) {
			// Another process created or restarted the same execution a moment before
			// this one.
			return fail(RunOutcome.ALREADY_DONE_OR_RUNNING,
					"already running: period " + run.period() + " is being run by another process");
		}
		catch (JobInstanceAlreadyCompleteException ex) {
			return fail(RunOutcome.ALREADY_DONE_OR_RUNNING, "already done: period " + run.period() + " edition "
					+ run.edition() + " completed; use --rerun to replace it");
		}
		catch (Exception ex) {
			return fail(RunOutcome.FAILED, "failed to start period " + run.period() + ": " + ex.getMessage());
		}
		Duration duration = Duration.ofNanos(System.nanoTime() - start);
		if (execution.getStatus() == BatchStatus.COMPLETED) {
			logger.info(RunSummary.published(execution, this.history, this.properties, duration));
			List<YearMonth> published = this.history.publishedPeriods();
			laterReportOutOfDate(run, runUntil, published).or(() -> ownBaselineOutOfDate(run, published))
				.ifPresent((line) -> {
					logger.warn(line);
					this.notice.warn(line);
				});
			return RunOutcome.PUBLISHED;
		}
		RunOutcome outcome = failure(execution);
		logger.error(RunSummary.failed(execution, outcome, duration));
		return outcome;
	}

	/**
	 * A period published after a later one (out of order, or a rerun) leaves the later
	 * report compared with the wrong month, or with figures since replaced: says which,
	 * and how to bring it up to date.
	 */
	private Optional<String> laterReportOutOfDate(JobRun run, YearMonth runUntil, List<YearMonth> published) {
		Optional<YearMonth> later = published.stream()
			.filter((period) -> period.isAfter(run.period()))
			.findFirst()
			.filter((period) -> runUntil == null || period.isAfter(runUntil));
		if (later.isEmpty()) {
			return Optional.empty();
		}
		YearMonth baseline = this.history.reportJson(later.get())
			.map((json) -> this.work.parse(json).comparison().baselinePeriod())
			.orElse(null);
		if (run.period().equals(baseline) && run.edition() == 1) {
			return Optional.empty();
		}
		return Optional.of("Period " + later.get() + " is out of date: it was compared with "
				+ ((baseline != null) ? baseline : "no earlier period") + ", before " + run.period()
				+ " was published as it is now; run it again with --period=" + later.get() + " --rerun");
	}

	/**
	 * Two periods run at once: this one may have been compared with an older month than
	 * one published while it ran.
	 */
	private Optional<String> ownBaselineOutOfDate(JobRun run, List<YearMonth> published) {
		Optional<YearMonth> latestBefore = published.stream()
			.filter((period) -> period.isBefore(run.period()))
			.reduce((first, second) -> second);
		YearMonth baseline = this.history.reportJson(run.period())
			.map((json) -> this.work.parse(json).comparison().baselinePeriod())
			.orElse(null);
		if (latestBefore.isEmpty() || latestBefore.get().equals(baseline)) {
			return Optional.empty();
		}
		return Optional.of("Period " + run.period() + " is out of date: it was compared with "
				+ ((baseline != null) ? baseline : "no earlier period") + ", but " + latestBefore.get()
				+ " was published while it ran; run it again with --period=" + run.period() + " --rerun");
	}

	private RunOutcome failure(JobExecution execution) {
		List<Throwable> failures = execution.getAllFailureExceptions();
		for (Throwable failure : failures) {
			for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
				if (cause instanceof BadInputException bad) {
					return fail(RunOutcome.BAD_INPUT, bad.getMessage());
				}
			}
		}
		String step = RunSummary.failedStep(execution);
		Throwable cause = failures.isEmpty() ? null : rootCause(failures.get(0));
		if (cause != null) {
			logger.error("Step " + step + " failed", cause);
		}
		if ("deliver".equals(step)) {
			// The delivery's own words name the server or the recipient; the root cause
			// alone ("Connection refused") would not.
			String reason = failures.stream()
				.flatMap((failure) -> Stream.iterate(failure, (t) -> t != null, Throwable::getCause))
				.filter(DeliveryFailedException.class::isInstance)
				.map(Throwable::getMessage)
				.findFirst()
				.orElse((cause != null) ? cause.getMessage() : "");
			return fail(RunOutcome.DELIVERY_FAILED, "delivery failed: " + reason
					+ "; the reports are published, and the next launch retries the delivery");
		}
		return fail(RunOutcome.FAILED,
				"failed: step " + step + " of period " + execution.getJobParameters().getString(JobRun.PERIOD) + ": "
						+ ((cause != null) ? cause.getClass().getSimpleName() + ": " + cause.getMessage()
								: execution.getExitStatus().getExitDescription()));
	}

	private RunOutcome fail(RunOutcome outcome, String message) {
		String line = (outcome == RunOutcome.BAD_INPUT) ? "error: " + message.replace("\n", "\nerror: ") : message;
		System.err.println(line);
		if (outcome != RunOutcome.ALREADY_DONE_OR_RUNNING) {
			this.notice.send(line);
		}
		return outcome;
	}

	/**
	 * Sends a published period's report again to every recipient, without running the
	 * job.
	 */
	private RunOutcome resend(RunOptions options) {
		Optional<String> json = this.history.reportJson(options.period());
		if (json.isEmpty()) {
			return fail(RunOutcome.BAD_INPUT, "--resend: period " + options.period() + " is not published");
		}
		if (!this.delivery.enabled()) {
			return fail(RunOutcome.BAD_INPUT, "--resend: no recipients; set --mail.to");
		}
		if (filesGone(options.period())) {
			return fail(RunOutcome.FAILED,
					"failed: --resend: the published report of " + options.period() + " is not in "
							+ publishedDir(options.period()) + " (the folder was moved or deleted); write it again with"
							+ " --period=" + options.period() + " --restore, then resend");
		}
		try {
			int sent = this.delivery.deliver(this.work.parse(json.get()), publishedDir(options.period()),
					this.properties.reportOptions(), true);
			logger.info("Resent the report for " + options.period() + " to " + sent + " recipients");
			return RunOutcome.PUBLISHED;
		}
		catch (DeliveryFailedException ex) {
			return fail(RunOutcome.DELIVERY_FAILED, "delivery failed: " + ex.getMessage());
		}
	}

	private Path publishedDir(YearMonth period) {
		return this.properties.reports().resolve(period.toString());
	}

	/** Whether a published period's PDF is missing from its folder (moved or deleted). */
	private boolean filesGone(YearMonth period) {
		return !Files.isRegularFile(publishedDir(period).resolve(ReportFiles.pdf(period)));
	}

	private static Throwable rootCause(Throwable failure) {
		Throwable cause = failure;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cause;
	}

}

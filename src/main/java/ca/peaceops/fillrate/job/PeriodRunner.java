package ca.peaceops.fillrate.job;

import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.util.Optional;

import ca.peaceops.fillrate.delivery.DeliveryFailedException;
import ca.peaceops.fillrate.delivery.FailureNotice;
import ca.peaceops.fillrate.delivery.Resend;
import ca.peaceops.fillrate.history.HistoryRepository;
import ca.peaceops.fillrate.history.PublishedRun;
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

	private final Resend resend;

	private final FailureNotice notice;

	private final WorkArea work;

	private final HistoryGuard guard;

	private final Restore restore;

	private final OutOfDate outOfDate;

	private final Clock clock;

	private final Console console;

	PeriodRunner(JobOperator jobOperator, JobRepository jobRepository, Job job, HistoryRepository history,
			SnapshotSource snapshots, FillRateProperties properties, Resend resend, FailureNotice notice, WorkArea work,
			HistoryGuard guard, Restore restore, OutOfDate outOfDate, Clock clock) {
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.job = job;
		this.history = history;
		this.snapshots = snapshots;
		this.properties = properties;
		this.resend = resend;
		this.notice = notice;
		this.work = work;
		this.guard = guard;
		this.restore = restore;
		this.outOfDate = outOfDate;
		this.clock = clock;
		this.console = new Console(notice::send);
	}

	/**
	 * Runs the period as {@link LaunchDecision} decides from what the history, the job
	 * repository and the work area say: nothing (done, or running elsewhere), restart the
	 * last execution where it stopped, or start it (afresh, as a new edition, when the
	 * failed execution staged input that changed since).
	 */
	RunOutcome run(RunOptions options) {
		return run(options, true);
	}

	/**
	 * @param deliver whether the period's report may be emailed (a backfill emails only
	 * its newest period)
	 */
	RunOutcome run(RunOptions options, boolean deliver) {
		return run(options, deliver, Optional.empty());
	}

	/**
	 * @param read the period's snapshot if the launch's checks read it already
	 */
	RunOutcome run(RunOptions options, boolean deliver, Optional<LoadedSnapshot> read) {
		// Elapsed time, not the clock: --fillrate.clock fixes the clock for reproducible
		// files, and the run still takes time.
		long start = System.nanoTime();
		YearMonth period = options.period();
		if (!options.rebuildHistory()) {
			Optional<String> lost = this.guard.lostPeriods();
			if (lost.isPresent()) {
				return fail(RunOutcome.FAILED, lost.get());
			}
		}
		if (options.restore()) {
			return restore(period);
		}
		if (options.resend() && !options.rerun()) {
			return resend(period);
		}
		LoadedSnapshot input;
		try {
			// Read before the job starts, so that bad input leaves no trace: no job
			// instance, no files.
			input = (read.isPresent()) ? read.get() : this.snapshots.read(this.snapshots.select(period));
		}
		catch (BadInputException ex) {
			return fail(RunOutcome.BAD_INPUT, ex.getMessage());
		}
		Optional<PublishedRun> published = this.history.find(period);
		int edition = LaunchDecision.edition(published.map(PublishedRun::edition), options.rerun());
		JobExecution last = this.jobRepository.getLastJobExecution(ReportJobConfiguration.JOB_NAME,
				new JobRun(period, edition).toParameters());
		LaunchDecision.Decision decision = LaunchDecision.decide(edition, options.rerun(),
				new LaunchDecision.Facts(published.isPresent(), lastRun(last), this.work.stagedFrom(period),
						stagedBefore(last), input.sha256()));
		if (decision.recoverFirst()) {
			logger.warn("Execution " + last.getId() + " of period " + period
					+ " was left running by a process that died; taking it up");
			this.jobOperator.recover(last);
		}
		return switch (decision.action()) {
			case ALREADY_RUNNING -> fail(RunOutcome.ALREADY_DONE_OR_RUNNING,
					"already running: period " + period + " is being run by another process");
			case ALREADY_DONE -> {
				logger.info("Period " + period + " was already published (edition " + edition
						+ "); nothing to do. Use --rerun to replace it.");
				yield fail(RunOutcome.ALREADY_DONE_OR_RUNNING,
						"already done: period " + period + " is already published; "
								+ (this.restore.filesGone(period)
										? "its files are not in " + this.restore.publishedDir(period)
												+ ": write them again with --period=" + period + " --restore"
										: "use --rerun to replace it"));
			}
			case START_AFRESH -> {
				// A restart would go on from the copy staged by the failed run and
				// publish
				// figures that are no longer in the file: begin again, as a new edition.
				logger.warn("The snapshot of period " + period + " changed since its failed execution " + last.getId()
						+ "; starting afresh from " + input.file().path());
				this.work.clear(period);
				JobRun run = new JobRun(period, decision.edition());
				while (this.jobRepository.getLastJobExecution(ReportJobConfiguration.JOB_NAME,
						run.toParameters()) != null) {
					run = new JobRun(period, run.edition() + 1);
				}
				yield launch(run, options.resend(), deliver, options.to(), start);
			}
			case RESTART -> {
				logger.info("Restarting period " + period + " after its failed execution " + last.getId());
				yield launch(new JobRun(period, edition), options.resend(), deliver, options.to(), start);
			}
			case START -> launch(new JobRun(period, edition), options.resend(), deliver, options.to(), start);
		};
	}

	private LaunchDecision.LastRun lastRun(JobExecution last) {
		if (last == null) {
			return LaunchDecision.LastRun.NONE;
		}
		if (last.isRunning()) {
			return Launcher.isDead(last, this.clock, this.properties.staleRunAfter()) ? LaunchDecision.LastRun.DEAD
					: LaunchDecision.LastRun.RUNNING;
		}
		return (last.getStatus() == BatchStatus.COMPLETED) ? LaunchDecision.LastRun.COMPLETED
				: LaunchDecision.LastRun.FAILED;
	}

	/** Whether the failed execution had read and staged its snapshot. */
	private static boolean stagedBefore(JobExecution last) {
		return last != null && last.getStepExecutions()
			.stream()
			.anyMatch((step) -> step.getStepName().equals("readSnapshot") && step.getStatus() == BatchStatus.COMPLETED);
	}

	private RunOutcome restore(YearMonth period) {
		if (this.history.find(period).isEmpty()) {
			return fail(RunOutcome.BAD_INPUT, "--restore: period " + period + " is not published");
		}
		try {
			logger.info(this.restore.restore(period));
			return RunOutcome.PUBLISHED;
		}
		catch (IllegalStateException ex) {
			return fail(RunOutcome.FAILED, "failed: " + ex.getMessage());
		}
	}

	private RunOutcome resend(YearMonth period) {
		try {
			int sent = this.resend.resend(period, this.properties.reportOptions());
			logger.info("Resent the report for " + period + " to " + sent + " recipients");
			return RunOutcome.PUBLISHED;
		}
		catch (IllegalArgumentException ex) {
			return fail(RunOutcome.BAD_INPUT, ex.getMessage());
		}
		catch (IllegalStateException ex) {
			return fail(RunOutcome.FAILED, "failed: " + ex.getMessage());
		}
		catch (DeliveryFailedException ex) {
			return fail(RunOutcome.DELIVERY_FAILED, "delivery failed: " + ex.getMessage());
		}
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
			this.outOfDate.after(run, runUntil).ifPresent((line) -> {
				logger.warn(line);
				this.notice.warn(line);
			});
			return RunOutcome.PUBLISHED;
		}
		RunOutcome outcome = failure(execution);
		logger.error(RunSummary.failed(execution, outcome, duration));
		return outcome;
	}

	private RunOutcome failure(JobExecution execution) {
		String step = RunSummary.failedStep(execution);
		JobFailure failure = JobFailure.of(step, execution.getJobParameters().getString(JobRun.PERIOD),
				execution.getAllFailureExceptions(), execution.getExitStatus().getExitDescription());
		if (failure.cause() != null && failure.outcome() != RunOutcome.BAD_INPUT) {
			logger.error("Step " + step + " failed", failure.cause());
		}
		return fail(failure.outcome(), failure.line());
	}

	private RunOutcome fail(RunOutcome outcome, String message) {
		return this.console.tell(outcome, message);
	}

}

package ca.peaceops.fillrate.job;

import java.time.YearMonth;
import java.util.Optional;
import java.util.function.Supplier;

import ca.peaceops.fillrate.delivery.DeliveryFailedException;
import ca.peaceops.fillrate.delivery.FailureNotice;
import ca.peaceops.fillrate.delivery.Resend;
import ca.peaceops.fillrate.snapshot.BadInputException;
import ca.peaceops.fillrate.snapshot.LoadedSnapshot;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.stereotype.Component;

/**
 * Runs one period, from the command line or the scheduler, and says how it went: the
 * outcome is the exit status, and any failure is one line on standard error that says
 * what failed and where. What to do is {@link LaunchDecision}'s, from what
 * {@link PeriodFacts} gathers; {@link JobLaunch} runs the job.
 */
@Component
class PeriodRunner {

	private static final Log logger = LogFactory.getLog(PeriodRunner.class);

	private final HistoryGuard guard;

	private final SnapshotSource snapshots;

	private final PeriodFacts facts;

	private final JobLaunch launch;

	private final WorkArea work;

	private final Restore restore;

	private final Resend resend;

	private final FillRateProperties properties;

	private final Console console;

	PeriodRunner(HistoryGuard guard, SnapshotSource snapshots, PeriodFacts facts, JobLaunch launch, WorkArea work,
			Restore restore, Resend resend, FillRateProperties properties, FailureNotice notice) {
		this.guard = guard;
		this.snapshots = snapshots;
		this.facts = facts;
		this.launch = launch;
		this.work = work;
		this.restore = restore;
		this.resend = resend;
		this.properties = properties;
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
		long start = System.nanoTime();
		YearMonth period = options.period();
		if (!options.rebuildHistory()) {
			Optional<String> lost = this.guard.lostPeriods();
			if (lost.isPresent()) {
				return this.console.tell(RunOutcome.FAILED, lost.get());
			}
		}
		if (options.restore()) {
			return again(() -> this.restore.restore(period));
		}
		if (options.resend() && !options.rerun()) {
			return again(() -> "Resent the report for " + period + " to "
					+ this.resend.resend(period, this.properties.reportOptions()) + " recipients");
		}
		LoadedSnapshot input;
		try {
			// Read before the job starts, so that bad input leaves no trace: no job
			// instance, no files.
			input = (read.isPresent()) ? read.get() : this.snapshots.read(this.snapshots.select(period));
		}
		catch (BadInputException ex) {
			return this.console.tell(RunOutcome.BAD_INPUT, ex.getMessage());
		}
		PeriodFacts.Gathered known = this.facts.of(period, options.rerun(), input.sha256());
		int edition = known.edition();
		JobExecution last = known.last();
		LaunchDecision.Decision decision = LaunchDecision.decide(edition, options.rerun(), known.facts());
		if (decision.recoverFirst()) {
			logger.warn("Execution " + last.getId() + " of period " + period
					+ " was left running by a process that died; taking it up");
			this.launch.recover(last);
		}
		return switch (decision.action()) {
			case ALREADY_RUNNING -> this.console.tell(RunOutcome.ALREADY_DONE_OR_RUNNING,
					"already running: period " + period + " is being run by another process");
			case ALREADY_DONE -> {
				logger.info("Period " + period + " was already published (edition " + edition
						+ "); nothing to do. Use --rerun to replace it.");
				yield this.console.tell(RunOutcome.ALREADY_DONE_OR_RUNNING,
						"already done: period " + period + " is already published; "
								+ (this.restore.filesGone(period)
										? "files of it are missing from " + this.restore.publishedDir(period)
												+ ": write them again with --period=" + period + " --restore"
										: "use --rerun to replace it"));
			}
			case START_AFRESH -> {
				// A restart would go on from the copy staged by the failed run and
				// publish figures that are no longer in the file: begin again, as a new
				// edition.
				logger.warn("The snapshot of period " + period + " changed since its failed execution " + last.getId()
						+ "; starting afresh from " + input.file().path());
				this.work.clear(period);
				JobRun run = this.facts.unlaunched(new JobRun(period, decision.edition()));
				yield this.launch.start(run, options.resend(), deliver, options.to(), start);
			}
			case RESTART -> {
				logger.info("Restarting period " + period + " after its failed execution " + last.getId());
				yield this.launch.start(new JobRun(period, edition), options.resend(), deliver, options.to(), start);
			}
			case START ->
				this.launch.start(new JobRun(period, edition), options.resend(), deliver, options.to(), start);
		};
	}

	/**
	 * {@code --restore} or {@code --resend}: a published period's files or email again.
	 * @param action what it does, returning the line for the log
	 */
	private RunOutcome again(Supplier<String> action) {
		try {
			logger.info(action.get());
			return RunOutcome.PUBLISHED;
		}
		catch (IllegalArgumentException ex) {
			// Not published, no recipients: the request cannot be right.
			return this.console.tell(RunOutcome.BAD_INPUT, ex.getMessage());
		}
		catch (IllegalStateException ex) {
			return this.console.tell(RunOutcome.FAILED, "failed: " + ex.getMessage());
		}
		catch (DeliveryFailedException ex) {
			return this.console.tell(RunOutcome.DELIVERY_FAILED, "delivery failed: " + ex.getMessage());
		}
	}

}

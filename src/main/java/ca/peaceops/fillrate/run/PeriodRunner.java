package ca.peaceops.fillrate.run;

import java.time.YearMonth;
import java.util.Optional;
import java.util.function.Supplier;

import ca.peaceops.fillrate.delivery.DeliveryFailedException;
import ca.peaceops.fillrate.delivery.PublishedFilesGoneException;
import ca.peaceops.fillrate.delivery.Resend;
import ca.peaceops.fillrate.delivery.ResendRefusedException;
import ca.peaceops.fillrate.job.ChosenInputs;
import ca.peaceops.fillrate.job.FillRateProperties;
import ca.peaceops.fillrate.job.JobRun;
import ca.peaceops.fillrate.job.SnapshotSource;
import ca.peaceops.fillrate.job.WorkArea;
import ca.peaceops.fillrate.snapshot.BadInputException;
import ca.peaceops.fillrate.snapshot.PageProblem;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.stereotype.Component;

/**
 * Runs one period, from the command line or the scheduler, and says how it went: the
 * outcome is the exit status, and any failure is one line on standard error that says
 * what failed and where. What to do is {@link LaunchDecision}'s, from what
 * {@link PeriodLookup} gathers; {@link JobLaunch} runs the job.
 */
@Component
public class PeriodRunner {

	private static final Log logger = LogFactory.getLog(PeriodRunner.class);

	private final HistoryGuard guard;

	private final SnapshotSource snapshots;

	private final PeriodLookup facts;

	private final JobLaunch launch;

	private final WorkArea work;

	private final Restore restore;

	private final Resend resend;

	private final FillRateProperties properties;

	private final OutcomeReporter console;

	private final PageRefresh pages;

	PeriodRunner(HistoryGuard guard, SnapshotSource snapshots, PeriodLookup facts, JobLaunch launch, WorkArea work,
			Restore restore, Resend resend, FillRateProperties properties, OutcomeReporter console, PageRefresh pages) {
		this.pages = pages;
		this.guard = guard;
		this.snapshots = snapshots;
		this.facts = facts;
		this.launch = launch;
		this.work = work;
		this.restore = restore;
		this.resend = resend;
		this.properties = properties;
		this.console = console;
	}

	/**
	 * Runs the period as {@link LaunchDecision} decides from what the history, the job
	 * repository and the work area say: nothing (done, or running elsewhere), restart the
	 * last execution where it stopped, or start it (afresh, as a new edition, when the
	 * failed execution staged input that changed since).
	 */
	public RunOutcome run(PeriodRequest request) {
		return run(request, Optional.empty());
	}

	/**
	 * @param read the period's snapshot if the launch's checks read it already
	 */
	public RunOutcome run(PeriodRequest request, Optional<ChosenInputs> read) {
		long start = System.nanoTime();
		YearMonth period = request.period();
		if (!request.rebuildHistory()) {
			Optional<String> lost = this.guard
				.problem(request.rerun() ? Optional.of(request.period()) : Optional.empty());
			if (lost.isPresent()) {
				return this.console.tell(RunOutcome.FAILED, lost.get());
			}
		}
		if (request.restore()) {
			return again("--restore of " + period, () -> this.restore.restore(period));
		}
		if (request.resendOnly()) {
			return again("--resend of " + period, () -> "Resent the report for " + period + " to "
					+ this.resend.resend(period, this.properties.reportOptions()) + " recipients");
		}
		ChosenInputs input;
		try {
			// Read before the job starts, so that bad input leaves no trace: no job
			// instance, no files.
			input = (read.isPresent()) ? read.get() : this.snapshots.prepare(period);
		}
		catch (BadInputException ex) {
			Optional<PageProblem> fetch = this.pages.last().problem();
			if (fetch.isPresent() && noCapsYet(period)) {
				// Not the user's file: the page that should have given the caps failed.
				return this.console.tell(RunOutcome.FAILED,
						"failed: no caps for " + period + " yet, and the page could not be used: " + fetch.get());
			}
			return this.console.tell(RunOutcome.BAD_INPUT, ex.getMessage());
		}
		PeriodLookup.Gathered known = this.facts.of(period, request.rerun(), input.fingerprint());
		int edition = known.edition();
		JobExecution last = known.last();
		LaunchDecision.Decision decision = LaunchDecision.decide(edition, request.rerun(), known.facts());
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
						+ "; starting afresh from " + input.capsPath());
				this.work.clear(period);
				JobRun run = this.facts.unlaunched(new JobRun(period, decision.edition()));
				yield this.launch.start(run, request, input, start);
			}
			case RESTART -> {
				logger.info("Restarting period " + period + " after its failed execution " + last.getId());
				yield this.launch.start(new JobRun(period, edition), request, input, start);
			}
			case START -> this.launch.start(new JobRun(period, edition), request, input, start);
		};
	}

	private boolean noCapsYet(YearMonth period) {
		try {
			this.snapshots.select(period);
			return false;
		}
		catch (BadInputException ex) {
			return true;
		}
	}

	/**
	 * {@code --restore} or {@code --resend}: a published period's files or email again.
	 * @param action what it does, returning the line for the log
	 */
	private RunOutcome again(String what, Supplier<String> action) {
		try {
			logger.info(action.get());
			return RunOutcome.PUBLISHED;
		}
		catch (RefusedRequestException | ResendRefusedException ex) {
			// Not published, no recipients: the request cannot be right.
			return this.console.tell(RunOutcome.BAD_INPUT, ex.getMessage());
		}
		catch (RestoreFailedException | PublishedFilesGoneException ex) {
			return this.console.tell(RunOutcome.FAILED, "failed: " + ex.getMessage());
		}
		catch (DeliveryFailedException ex) {
			return this.console.tell(RunOutcome.DELIVERY_FAILED, "delivery failed: " + ex.getMessage());
		}
		catch (RuntimeException ex) {
			// Ours, or the machine's: never the user's bad input.
			logger.error("Failed: " + what, ex);
			return this.console.tell(RunOutcome.FAILED,
					"failed: " + what + ": " + ex.getClass().getSimpleName() + ": " + ex.getMessage());
		}
	}

}

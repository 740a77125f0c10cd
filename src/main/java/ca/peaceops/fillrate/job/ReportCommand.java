package ca.peaceops.fillrate.job;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import ca.peaceops.fillrate.history.HistoryRepository;
import ca.peaceops.fillrate.history.PublishedRun;
import ca.peaceops.fillrate.snapshot.BadInputException;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.core.env.Environment;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * The command line: one run of one period. Its outcome is the process exit status, and
 * any failure is one line on standard error that says what failed and where.
 */
@Component
class ReportCommand implements ApplicationRunner, ExitCodeGenerator {

	private static final Log logger = LogFactory.getLog(ReportCommand.class);

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	private final Job job;

	private final HistoryRepository history;

	private final SnapshotSource snapshots;

	private final FillRateProperties properties;

	private final Environment environment;

	private final Clock clock;

	private RunOutcome outcome = RunOutcome.PUBLISHED;

	ReportCommand(JobOperator jobOperator, JobRepository jobRepository, Job job, HistoryRepository history,
			SnapshotSource snapshots, FillRateProperties properties, Environment environment, Clock clock) {
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.job = job;
		this.history = history;
		this.snapshots = snapshots;
		this.properties = properties;
		this.environment = environment;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		Instant start = this.clock.instant();
		RunOptions options;
		try {
			options = RunOptions.parse(args, this.environment, this.clock, this.properties.zone());
		}
		catch (IllegalArgumentException ex) {
			this.outcome = fail(RunOutcome.BAD_INPUT, ex.getMessage());
			return;
		}
		this.outcome = run(options, start);
	}

	/**
	 * Decides what this launch does for the period: nothing (done or running elsewhere),
	 * restart the last execution where it stopped, or start it afresh. The job repository
	 * knows which executions completed, failed or are still running; the history knows
	 * which periods are published.
	 */
	private RunOutcome run(RunOptions options, Instant start) {
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
			System.err
				.println("already done: period " + run.period() + " is already published; use --rerun to replace it");
			return RunOutcome.ALREADY_DONE_OR_RUNNING;
		}
		try {
			// Checked before the job starts, so that bad input leaves no trace: no job
			// instance, no files.
			this.snapshots.read(this.snapshots.select(run.period()));
		}
		catch (BadInputException ex) {
			return fail(RunOutcome.BAD_INPUT, ex.getMessage());
		}
		if (last != null) {
			logger.info("Restarting period " + run.period() + " after its failed execution " + last.getId());
		}
		return launch(run, start);
	}

	private RunOutcome launch(JobRun run, Instant start) {
		JobExecution execution;
		try {
			execution = this.jobOperator.start(this.job, Launcher.parameters(run));
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
		if (execution.getStatus() == BatchStatus.COMPLETED) {
			logger.info(RunSummary.of(execution, this.history, this.properties,
					Duration.between(start, this.clock.instant())));
			return RunOutcome.PUBLISHED;
		}
		return failure(execution);
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
		String step = execution.getStepExecutions()
			.stream()
			.filter((stepExecution) -> stepExecution.getStatus() == BatchStatus.FAILED)
			.map((stepExecution) -> stepExecution.getStepName())
			.findFirst()
			.orElse("job");
		Throwable cause = failures.isEmpty() ? null : rootCause(failures.get(0));
		if (cause != null) {
			logger.error("Step " + step + " failed", cause);
		}
		return fail(RunOutcome.FAILED,
				"failed: step " + step + " of period " + execution.getJobParameters().getString(JobRun.PERIOD) + ": "
						+ ((cause != null) ? cause.getClass().getSimpleName() + ": " + cause.getMessage()
								: execution.getExitStatus().getExitDescription()));
	}

	private RunOutcome fail(RunOutcome outcome, String message) {
		System.err.println(message.startsWith("already") || message.startsWith("failed") ? message
				: "error: " + message.replace("\n", "\nerror: "));
		return outcome;
	}

	private static Throwable rootCause(Throwable failure) {
		Throwable cause = failure;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cause;
	}

	@Override
	public int getExitCode() {
		return this.outcome.exitCode();
	}

}

package ca.peaceops.fillrate.run;

import java.time.Duration;
import java.time.YearMonth;

import ca.peaceops.fillrate.job.FillRateProperties;
import ca.peaceops.fillrate.job.ChosenInputs;
import ca.peaceops.fillrate.job.JobRun;
import ca.peaceops.fillrate.delivery.FailureNotice;
import ca.peaceops.fillrate.history.HistoryRepository;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * Starts one execution of the report job (or restarts it where it stopped: Spring Batch
 * does, for the same parameters) and says how it ended: the run's line in the log, and
 * for a failure its outcome and one line that names the step and the cause.
 */
@Component
class JobLaunch {

	private static final Log logger = LogFactory.getLog(JobLaunch.class);

	private final JobOperator jobOperator;

	private final Job job;

	private final HistoryRepository history;

	private final FillRateProperties properties;

	private final OutOfDate outOfDate;

	private final FailureNotice notice;

	private final OutcomeReporter console;

	JobLaunch(JobOperator jobOperator, Job job, HistoryRepository history, FillRateProperties properties,
			OutOfDate outOfDate, FailureNotice notice, OutcomeReporter console) {
		this.jobOperator = jobOperator;
		this.job = job;
		this.history = history;
		this.properties = properties;
		this.outOfDate = outOfDate;
		this.notice = notice;
		this.console = console;
	}

	/** Marks an execution whose process died as failed, so that it can be restarted. */
	void recover(JobExecution dead) {
		this.jobOperator.recover(dead);
	}

	/**
	 * @param start when the launch began ({@link System#nanoTime()}), for the run's
	 * duration
	 */
	RunOutcome start(JobRun run, PeriodRequest request, ChosenInputs inputs, long start) {
		JobExecution execution;
		try {
			execution = this.jobOperator.start(this.job,
					ExecutionOwner.parameters(run, request.resend(), request.deliver(), inputs));
		}
		catch (JobExecutionAlreadyRunningException | OptimisticLockingFailureException
				| DataIntegrityViolationException ex) {
			// Another process created or restarted the same execution a moment before
			// this one.
			return this.console.tell(RunOutcome.ALREADY_DONE_OR_RUNNING,
					"already running: period " + run.period() + " is being run by another process");
		}
		catch (JobInstanceAlreadyCompleteException ex) {
			return this.console.tell(RunOutcome.ALREADY_DONE_OR_RUNNING, "already done: period " + run.period()
					+ " edition " + run.edition() + " completed; use --rerun to replace it");
		}
		catch (Exception ex) {
			return this.console.tell(RunOutcome.FAILED,
					"failed to start period " + run.period() + ": " + ex.getMessage());
		}
		// Elapsed time, not the clock: --fillrate.clock fixes the clock for reproducible
		// files, and the run still takes time.
		Duration duration = Duration.ofNanos(System.nanoTime() - start);
		if (execution.getStatus() == BatchStatus.COMPLETED) {
			logger.info(RunSummary.published(execution, this.history, this.properties, duration));
			this.outOfDate.after(run, request.rangeEnd()).ifPresent((line) -> {
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
		return this.console.tell(failure.outcome(), failure.line());
	}

}

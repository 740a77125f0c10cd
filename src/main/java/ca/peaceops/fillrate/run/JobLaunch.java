package ca.peaceops.fillrate.run;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import ca.peaceops.fillrate.delivery.DeliveryProperties;
import ca.peaceops.fillrate.delivery.FailureNotice;
import ca.peaceops.fillrate.delivery.Recipients;
import ca.peaceops.fillrate.history.HistoryRepository;
import ca.peaceops.fillrate.history.UndeliveredReports;
import ca.peaceops.fillrate.job.ChosenInputs;
import ca.peaceops.fillrate.job.FillRateProperties;
import ca.peaceops.fillrate.job.JobRun;
import ca.peaceops.fillrate.report.StoredReport;
import ca.peaceops.fillrate.snapshot.Warning;
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

	private final StoredReport stored = new StoredReport();

	private final PageRefresh pages;

	private final UndeliveredReports undelivered;

	private final DeliveryProperties mail;

	JobLaunch(JobOperator jobOperator, Job job, HistoryRepository history, FillRateProperties properties,
			OutOfDate outOfDate, FailureNotice notice, OutcomeReporter console, PageRefresh pages,
			UndeliveredReports undelivered, DeliveryProperties mail) {
		this.undelivered = undelivered;
		this.mail = mail;
		this.pages = pages;
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
			execution = this.jobOperator.start(this.job, ExecutionOwner.parameters(run, request.resend(),
					request.deliver(), inputs, this.pages.last(), request.recipients()));
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
			// The job repository's, or ours: its stack trace is the lead.
			logger.error("Period " + run.period() + " could not start", ex);
			return this.console.tell(RunOutcome.FAILED, "failed to start period " + run.period() + ": "
					+ ex.getClass().getSimpleName() + ": " + ex.getMessage());
		}
		// Elapsed time, not the clock: --fillrate.clock fixes the clock for reproducible
		// files, and the run still takes time.
		Duration duration = Duration.ofNanos(System.nanoTime() - start);
		if (execution.getStatus() == BatchStatus.COMPLETED) {
			List<Warning> warnings = warnings(run);
			if (!warnings.isEmpty()) {
				// The first in its own words, where the person who ran it looks; the rest
				// are in the report.
				logger.warn("Period " + run.period() + ": " + warnings.get(0));
			}
			logger.info(RunSummary.published(execution, this.history, this.properties, duration, warnings.size()));
			this.outOfDate.after(run, request.rangeEnd()).ifPresent((line) -> {
				logger.warn(line);
				this.notice.warn(line);
			});
			this.undelivered.delivered(run.period());
			return RunOutcome.PUBLISHED;
		}
		RunOutcome outcome = failure(execution);
		if (outcome == RunOutcome.DELIVERY_FAILED) {
			// Owed until it goes, to these recipients, across restarts.
			this.undelivered.failed(run.period(), request.recipients().orElse(Recipients.distinct(this.mail.to())),
					Instant.now());
		}
		logger.error(RunSummary.failed(execution, outcome, duration));
		return outcome;
	}

	/**
	 * The data-quality warnings of a published period (where the counts came from is
	 * said, not warned about).
	 */
	private List<Warning> warnings(JobRun run) {
		return this.history.reportJson(run.period())
			.map((json) -> this.stored.read(json).snapshot().warnings())
			.orElse(List.of())
			.stream()
			.filter((warning) -> warning.kind() != Warning.Kind.FROM_ROSTER)
			.toList();
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

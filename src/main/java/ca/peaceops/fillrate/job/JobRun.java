package ca.peaceops.fillrate.job;

import java.time.YearMonth;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.step.StepContribution;

/**
 * The job's identifying parameters. The period makes "one report per month" and restart
 * work; the edition counts deliberate reruns of a published period ({@code --rerun}), so
 * that a rerun is a new job instance without a timestamp parameter.
 */
public record JobRun(YearMonth period, long edition) {

	/** The job's name in the job repository. */
	public static final String JOB_NAME = "fillRateReport";

	public static final String PERIOD = "period";

	/** When the caps were last confirmed against the watched page (not identifying). */
	public static final String PAGE_CONFIRMED = "page.confirmed";

	/** Why the watched page was not used (not identifying). */
	public static final String PAGE_PROBLEM = "page.problem";

	/** The recipients an owed delivery goes to, comma-separated (not identifying). */
	public static final String RECIPIENTS = "delivery.recipients";

	public static final String EDITION = "edition";

	static JobRun of(StepContribution contribution) {
		JobParameters parameters = contribution.getStepExecution().getJobExecution().getJobParameters();
		return new JobRun(YearMonth.parse(parameters.getString(PERIOD)), parameters.getLong(EDITION));
	}

	public JobParameters toParameters() {
		return new JobParametersBuilder().addString(PERIOD, this.period.toString())
			.addLong(EDITION, this.edition)
			.toJobParameters();
	}

}

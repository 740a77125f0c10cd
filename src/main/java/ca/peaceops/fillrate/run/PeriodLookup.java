package ca.peaceops.fillrate.run;

import java.time.Clock;
import java.time.YearMonth;
import java.util.Optional;

import ca.peaceops.fillrate.history.HistoryRepository;
import ca.peaceops.fillrate.history.PublishedRun;
import ca.peaceops.fillrate.job.FillRateProperties;
import ca.peaceops.fillrate.job.JobRun;
import ca.peaceops.fillrate.job.WorkArea;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * What the history, the job repository and the work area say about a period, for
 * {@link LaunchDecision} to decide from: whether it is published, how its last execution
 * ended (or whether its process died), and what that execution staged.
 */
@Component
class PeriodLookup {

	/**
	 * The edition a launch would run and what it would go on from.
	 *
	 * @param last the edition's last execution, {@code null} if there is none
	 */
	record Gathered(int edition, JobExecution last, LaunchDecision.Facts facts) {
	}

	private final JobRepository jobRepository;

	private final HistoryRepository history;

	private final WorkArea work;

	private final FillRateProperties properties;

	private final Clock clock;

	PeriodLookup(JobRepository jobRepository, HistoryRepository history, WorkArea work, FillRateProperties properties,
			Clock clock) {
		this.jobRepository = jobRepository;
		this.history = history;
		this.work = work;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * @param input the fingerprint of the snapshot the launch read
	 */
	Gathered of(YearMonth period, boolean rerun, String input) {
		Optional<PublishedRun> published = this.history.find(period);
		int edition = LaunchDecision.edition(published.map(PublishedRun::edition), rerun);
		JobExecution last = lastExecution(new JobRun(period, edition));
		return new Gathered(edition, last, new LaunchDecision.Facts(published.isPresent(), lastRun(last),
				this.work.stagedFrom(period), stagedBefore(last), input));
	}

	/** The first edition from {@code run}'s on that has never been launched. */
	JobRun unlaunched(JobRun run) {
		JobRun next = run;
		while (lastExecution(next) != null) {
			next = new JobRun(next.period(), next.edition() + 1);
		}
		return next;
	}

	private JobExecution lastExecution(JobRun run) {
		return this.jobRepository.getLastJobExecution(JobRun.JOB_NAME, run.toParameters());
	}

	private LaunchDecision.LastRun lastRun(JobExecution last) {
		if (last == null) {
			return LaunchDecision.LastRun.NONE;
		}
		if (last.isRunning()) {
			return ExecutionOwner.isDead(last, this.clock, this.properties.staleRunAfter())
					? LaunchDecision.LastRun.DEAD : LaunchDecision.LastRun.RUNNING;
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

}

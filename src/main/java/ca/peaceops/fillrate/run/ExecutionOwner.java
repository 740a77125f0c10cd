package ca.peaceops.fillrate.run;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import ca.peaceops.fillrate.fetch.PageCheck;
import ca.peaceops.fillrate.job.ChosenInputs;
import ca.peaceops.fillrate.job.DeliverTasklet;
import ca.peaceops.fillrate.job.JobRun;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * Which process runs an execution, so that a later launch can tell a run still going from
 * one whose process died ({@code kill -9}, a reboot), which Spring Batch still shows as
 * started. On the same host the process is looked up; from another host, a run silent for
 * longer than the timeout is taken as dead.
 */
final class ExecutionOwner {

	private static final String HOST = "launcher.host";

	private static final String PID = "launcher.pid";

	private ExecutionOwner() {
	}

	/**
	 * The run's identifying parameters plus, not identifying, this process, the resend
	 * flag and whether to email (a backfill emails only its newest period).
	 */
	static JobParameters parameters(JobRun run, boolean resend, boolean deliver, ChosenInputs inputs, PageCheck page,
			Optional<List<String>> recipients) {
		JobParametersBuilder builder = inputs.addTo(new JobParametersBuilder(run.toParameters()));
		recipients.ifPresent((list) -> builder.addString(JobRun.RECIPIENTS, String.join(",", list), false));
		page.confirmedAt().ifPresent((at) -> builder.addString(JobRun.PAGE_CONFIRMED, at.toString(), false));
		page.problem().ifPresent((problem) -> builder.addString(JobRun.PAGE_PROBLEM, problem.asParameter(), false));
		return builder.addString(HOST, host(), false)
			.addString(DeliverTasklet.RESEND, String.valueOf(resend), false)
			.addString(DeliverTasklet.DELIVER, String.valueOf(deliver), false)
			.addLong(PID, ProcessHandle.current().pid(), false)
			.toJobParameters();
	}

	static boolean isDead(JobExecution execution, Clock clock, Duration silence) {
		JobParameters parameters = execution.getJobParameters();
		String host = parameters.getString(HOST);
		Long pid = parameters.getLong(PID);
		if (host != null && pid != null && host.equals(host())) {
			Optional<ProcessHandle> process = ProcessHandle.of(pid);
			return process.isEmpty() || !process.get().isAlive() || startedAfter(process.get(), execution);
		}
		LocalDateTime lastSeen = Optional.ofNullable(execution.getLastUpdated()).orElse(execution.getCreateTime());
		return lastSeen.isBefore(LocalDateTime.now(clock.withZone(ZoneId.systemDefault())).minus(silence));
	}

	/**
	 * A process with that id that started after the run did is another program reusing
	 * the id.
	 */
	private static boolean startedAfter(ProcessHandle process, JobExecution execution) {
		return process.info()
			.startInstant()
			.map((start) -> start.isAfter(execution.getCreateTime().atZone(ZoneId.systemDefault()).toInstant()))
			.orElse(false);
	}

	private static String host() {
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			return "localhost";
		}
	}

}

package ca.peaceops.fillrate.job;

import ca.peaceops.fillrate.report.ReportPublisher;
import ca.peaceops.fillrate.snapshot.SnapshotCatalog;
import ca.peaceops.fillrate.snapshot.SnapshotFile;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/** Step 1: the newest snapshot dated on or before the period's last day. */
@Component
public class SelectSnapshotTasklet implements Tasklet {

	public static final String SNAPSHOT_PATH = "snapshot.path";

	private static final Log logger = LogFactory.getLog(SelectSnapshotTasklet.class);

	private final SnapshotSource source;

	private final ReportPublisher publisher;

	SelectSnapshotTasklet(SnapshotSource source, ReportPublisher publisher) {
		this.source = source;
		this.publisher = publisher;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		JobRun run = JobRun.of(contribution);
		SnapshotCatalog catalog = this.source.catalog();
		catalog.ignored().forEach((path) -> logger.warn("Ignoring " + path + ": its name does not start with a date"));
		SnapshotFile file = catalog.forPeriod(run.period());
		// A new job instance starts from nothing, whatever an abandoned earlier attempt
		// left behind.
		this.publisher.clearWork(run.period());
		contribution.getStepExecution()
			.getJobExecution()
			.getExecutionContext()
			.putString(SNAPSHOT_PATH, file.path().toString());
		logger.info("Period " + run.period() + ": snapshot " + file.path());
		return RepeatStatus.FINISHED;
	}

}

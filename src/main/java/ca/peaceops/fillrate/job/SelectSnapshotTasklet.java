package ca.peaceops.fillrate.job;

import ca.peaceops.fillrate.report.ReportPublisher;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/**
 * The job's first step: starts the period's work area afresh and says which caps and
 * counts the launch chose for it (the job's parameters; nothing is chosen here).
 */
@Component
public class SelectSnapshotTasklet implements Tasklet {

	private static final Log logger = LogFactory.getLog(SelectSnapshotTasklet.class);

	private final ReportPublisher publisher;

	SelectSnapshotTasklet(ReportPublisher publisher) {
		this.publisher = publisher;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		JobRun run = JobRun.of(contribution);
		ChosenInputs chosen = ChosenInputs.of(contribution.getStepExecution().getJobParameters());
		// A new job instance starts from nothing, whatever an abandoned earlier attempt
		// left behind.
		this.publisher.clearWork(run.period());
		logger.info("Period " + run.period() + ": caps from " + chosen.capsPath() + "; counts "
				+ chosen.inputs()
					.counts()
					.map((counts) -> "from " + counts.path() + " (" + counts.asOf() + ")")
					.orElse("unknown: no counts dated on or before " + run.period().atEndOfMonth()));
		return RepeatStatus.FINISHED;
	}

}

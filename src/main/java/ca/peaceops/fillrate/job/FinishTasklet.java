package ca.peaceops.fillrate.job;

import ca.peaceops.fillrate.report.ReportPublisher;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/**
 * Removes the period's work area. A step of its own, after the publication has committed,
 * so that a crash at any earlier moment leaves the work area for the restart to finish
 * from.
 */
@Component
class FinishTasklet implements Tasklet {

	private final ReportPublisher publisher;

	FinishTasklet(ReportPublisher publisher) {
		this.publisher = publisher;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		this.publisher.finish(JobRun.of(contribution).period());
		return RepeatStatus.FINISHED;
	}

}

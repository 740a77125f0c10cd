package ca.peaceops.fillrate.job;

import java.nio.file.Path;

import ca.peaceops.fillrate.snapshot.LoadedSnapshot;
import ca.peaceops.fillrate.snapshot.SnapshotFile;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/**
 * Step 2: reads and validates the chosen snapshot; nothing is written unless it is valid.
 */
@Component
class ReadSnapshotTasklet implements Tasklet {

	private final SnapshotSource source;

	private final WorkArea work;

	ReadSnapshotTasklet(SnapshotSource source, WorkArea work) {
		this.source = source;
		this.work = work;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		JobRun run = JobRun.of(contribution);
		String path = contribution.getStepExecution()
			.getJobExecution()
			.getExecutionContext()
			.getString(SelectSnapshotTasklet.SNAPSHOT_PATH);
		SnapshotFile file = SnapshotFile.of(Path.of(path)).orElseThrow();
		LoadedSnapshot loaded = this.source.read(file);
		this.work.saveSnapshot(run.period(), new WorkArea.StagedSnapshot(path, loaded.sha256(), loaded.snapshot()));
		return RepeatStatus.FINISHED;
	}

}

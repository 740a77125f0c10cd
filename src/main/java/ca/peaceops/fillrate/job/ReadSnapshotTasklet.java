package ca.peaceops.fillrate.job;

import java.nio.file.Files;
import java.nio.file.Path;

import ca.peaceops.fillrate.roster.RosterCounts;
import ca.peaceops.fillrate.roster.RosterReader;
import ca.peaceops.fillrate.snapshot.LoadedSnapshot;
import ca.peaceops.fillrate.snapshot.Mission;
import ca.peaceops.fillrate.snapshot.Snapshot;
import ca.peaceops.fillrate.snapshot.SnapshotFile;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/**
 * Step 2: reads and validates the chosen snapshot and, when
 * {@code input/rosters/<as-of>.csv} exists, takes the deployed counts from that roster.
 * Nothing is written unless both are valid.
 */
@Component
class ReadSnapshotTasklet implements Tasklet {

	private final SnapshotSource source;

	private final WorkArea work;

	private final FillRateProperties properties;

	ReadSnapshotTasklet(SnapshotSource source, WorkArea work, FillRateProperties properties) {
		this.source = source;
		this.work = work;
		this.properties = properties;
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
		Snapshot snapshot = loaded.snapshot();
		Path rosterFile = this.properties.rosters().resolve(snapshot.asOf() + ".csv");
		RosterCounts roster = null;
		if (Files.exists(rosterFile)) {
			roster = new RosterReader(snapshot.asOf(), snapshot.missions().stream().map(Mission::id).toList())
				.read(rosterFile);
			snapshot = roster.applyTo(snapshot);
		}
		this.work.saveSnapshot(run.period(), new WorkArea.StagedSnapshot(path, loaded.sha256(), snapshot, roster));
		return RepeatStatus.FINISHED;
	}

}

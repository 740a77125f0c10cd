package ca.peaceops.fillrate.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

import ca.peaceops.fillrate.roster.RosterCounts;
import ca.peaceops.fillrate.roster.RosterReader;
import ca.peaceops.fillrate.snapshot.LoadedSnapshot;
import ca.peaceops.fillrate.snapshot.Mission;
import ca.peaceops.fillrate.snapshot.Snapshot;
import ca.peaceops.fillrate.snapshot.SnapshotFile;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
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

	private static final Log logger = LogFactory.getLog(ReadSnapshotTasklet.class);

	private static final Duration PROGRESS_EVERY = Duration.ofSeconds(5);

	private final SnapshotSource source;

	private final WorkArea work;

	private final FillRateProperties properties;

	ReadSnapshotTasklet(SnapshotSource source, WorkArea work, FillRateProperties properties) {
		this.source = source;
		this.work = work;
		this.properties = properties;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
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
			roster = readRoster(rosterFile, snapshot);
			snapshot = roster.applyTo(snapshot);
		}
		this.work.saveSnapshot(run.period(), new WorkArea.StagedSnapshot(path, loaded.sha256(), snapshot, roster));
		return RepeatStatus.FINISHED;
	}

	/**
	 * Reads the roster with a line at the start and the end, and one every
	 * {@link #PROGRESS_EVERY} in between, so that a long read is not mistaken for a hang.
	 */
	private RosterCounts readRoster(Path file, Snapshot snapshot) throws IOException {
		logger.info(String.format(Locale.ROOT, "Reading roster %s (%.1f MB)", file, Files.size(file) / 1e6));
		long start = System.nanoTime();
		long[] lastLine = { start };
		RosterCounts roster = new RosterReader(snapshot.asOf(), snapshot.missions().stream().map(Mission::id).toList())
			.read(file, (rows) -> {
				long now = System.nanoTime();
				if (now - lastLine[0] >= PROGRESS_EVERY.toNanos()) {
					lastLine[0] = now;
					logger.info(String.format(Locale.ROOT, "Roster: %,d rows read", rows));
				}
			});
		logger.info(String.format(Locale.ROOT, "Roster: %,d officers deployed on %s, read in %.1f s", roster.officers(),
				snapshot.asOf(), (System.nanoTime() - start) / 1e9));
		return roster;
	}

}

package ca.peaceops.fillrate.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import ca.peaceops.fillrate.roster.RosterCounts;
import ca.peaceops.fillrate.roster.RosterReader;
import ca.peaceops.fillrate.snapshot.CountsFile;
import ca.peaceops.fillrate.snapshot.Mission;
import ca.peaceops.fillrate.snapshot.Snapshot;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Reads and validates the caps and counts the launch chose (late-bound job parameters,
 * checked against their SHA-256), joins them, and stages the result. Nothing is written
 * unless both are valid.
 */
@Component
@StepScope
class ReadSnapshotTasklet implements Tasklet {

	private static final Log logger = LogFactory.getLog(ReadSnapshotTasklet.class);

	private static final Duration PROGRESS_EVERY = Duration.ofSeconds(5);

	private final SnapshotSource source;

	private final WorkArea work;

	private final ChosenInputs chosen;

	/** The launch's choice, bound late from the job's parameters as the step starts. */
	ReadSnapshotTasklet(SnapshotSource source, WorkArea work,
			@Value("#{jobParameters}") Map<String, Object> parameters) {
		this.source = source;
		this.work = work;
		this.chosen = ChosenInputs.of((name) -> (String) parameters.get(name));
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
		JobRun run = JobRun.of(contribution);
		SnapshotSource.Joined joined = this.source.join(this.chosen);
		Snapshot snapshot = joined.snapshot();
		RosterCounts roster = null;
		CountsFile counts = this.chosen.inputs().counts().orElse(null);
		if (counts != null && counts.source() == CountsFile.Source.ROSTER) {
			SnapshotSource.unchanged(counts.path(), this.chosen.countsSha256().orElse(""),
					SnapshotSource.sha256(counts.path()));
			roster = readRoster(counts.path(), counts.asOf(), snapshot);
			snapshot = roster.applyTo(snapshot);
		}
		this.work.saveSnapshot(run.period(),
				new WorkArea.StagedSnapshot(this.chosen.capsPath().toString(), joined.caps().sha256(), snapshot, roster,
						(counts != null) ? counts.path().toString() : null, (counts != null) ? counts.asOf() : null,
						(counts != null) ? counts.source().name() : null, this.chosen.countsSha256().orElse(null),
						joined.women()));
		return RepeatStatus.FINISHED;
	}

	/**
	 * Reads the roster with a line at the start and the end, and one every
	 * {@link #PROGRESS_EVERY} in between, so that a long read is not mistaken for a hang.
	 */
	private RosterCounts readRoster(Path file, LocalDate asOf, Snapshot snapshot) throws IOException {
		logger.info(String.format(Locale.ROOT, "Reading roster %s (%.1f MB)", file, Files.size(file) / 1e6));
		long start = System.nanoTime();
		long[] lastLine = { start };
		RosterCounts roster = new RosterReader(asOf, snapshot.missions().stream().map(Mission::id).toList()).read(file,
				(rows) -> {
					long now = System.nanoTime();
					if (now - lastLine[0] >= PROGRESS_EVERY.toNanos()) {
						lastLine[0] = now;
						logger.info(String.format(Locale.ROOT, "Roster: %,d rows read", rows));
					}
				});
		logger.info(String.format(Locale.ROOT, "Roster: %,d officers deployed on %s, read in %.1f s", roster.officers(),
				asOf, (System.nanoTime() - start) / 1e9));
		return roster;
	}

}

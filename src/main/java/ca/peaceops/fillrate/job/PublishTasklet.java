package ca.peaceops.fillrate.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import ca.peaceops.fillrate.history.HistoryRepository;
import ca.peaceops.fillrate.history.PublishedRun;
import ca.peaceops.fillrate.report.Manifest;
import ca.peaceops.fillrate.report.Report;
import ca.peaceops.fillrate.report.ReportFiles;
import ca.peaceops.fillrate.report.ReportPublisher;
import ca.peaceops.fillrate.report.SnapshotInfo;
import ca.peaceops.fillrate.report.csv.CsvDialect;
import ca.peaceops.fillrate.report.csv.CsvReportWriter;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Records the period in the history and moves the files into place. The history writes
 * run in the step's transaction, which commits only after the files are in place; if the
 * move fails, the history is rolled back and the previous reports stay as they were.
 */
@Component
class PublishTasklet implements Tasklet {

	private final WorkArea work;

	private final HistoryRepository history;

	private final ReportPublisher publisher;

	private final FillRateProperties properties;

	private final Checkpoint checkpoint;

	PublishTasklet(WorkArea work, HistoryRepository history, ReportPublisher publisher, FillRateProperties properties,
			ObjectProvider<Checkpoint> checkpoint) {
		this.work = work;
		this.history = history;
		this.publisher = publisher;
		this.properties = properties;
		this.checkpoint = checkpoint.getIfAvailable(() -> Checkpoint.NONE);
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		JobRun run = JobRun.of(contribution);
		Report report = this.work.report(run.period());
		SnapshotInfo input = report.snapshot();
		this.history.replace(new PublishedRun(report.period(), report.edition(), input.asOf(), input.file(),
				input.sha256(), input.source(), report.generatedAt(), input.countsFile(), input.countsAsOf(),
				input.countsSource(), input.countsSha256()), report.rates());
		this.history.saveReportJson(run.period(), this.work.reportJson(run.period()));
		this.history.sealRows(run.period());
		// history.csv is rebuilt from the database, so that it always matches it,
		// whatever reruns happen.
		Path historyCsv = this.work.file(run.period(), ReportFiles.HISTORY_CSV);
		new CsvReportWriter(CsvDialect.fromName(this.properties.csvDialect()))
			.writeHistory(this.history.allMissionRows(), historyCsv);
		if (Files.exists(this.publisher.stagingDir(run.period()))) {
			Manifest.write(this.publisher.stagingDir(run.period()));
			this.history.saveManifest(run.period(),
					read(this.publisher.stagingDir(run.period()).resolve(Manifest.FILE_NAME)));
		}
		this.publisher.publish(run.period(), historyCsv);
		this.checkpoint.reached("publish:files-moved");
		return RepeatStatus.FINISHED;
	}

}

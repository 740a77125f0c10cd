package ca.peaceops.fillrate.job;

import ca.peaceops.fillrate.report.Report;
import ca.peaceops.fillrate.report.csv.CsvDialect;
import ca.peaceops.fillrate.report.csv.CsvReportWriter;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/** The period's CSV files, into the staging directory. */
@Component
class WriteCsvTasklet implements Tasklet {

	private final WorkArea work;

	private final FillRateProperties properties;

	WriteCsvTasklet(WorkArea work, FillRateProperties properties) {
		this.work = work;
		this.properties = properties;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		JobRun run = JobRun.of(contribution);
		Report report = this.work.report(run.period());
		new CsvReportWriter(CsvDialect.fromName(this.properties.csvDialect())).write(report,
				this.work.staging(run.period()));
		return RepeatStatus.FINISHED;
	}

}

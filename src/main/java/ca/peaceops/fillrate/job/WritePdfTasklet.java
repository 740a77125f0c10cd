package ca.peaceops.fillrate.job;

import java.util.Locale;

import ca.peaceops.fillrate.report.Report;
import ca.peaceops.fillrate.report.ReportFiles;
import ca.peaceops.fillrate.report.ReportOptions;
import ca.peaceops.fillrate.report.pdf.PdfReportWriter;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** The managers' PDF, in English and in French, into the staging directory. */
@Component
class WritePdfTasklet implements Tasklet {

	private final WorkArea work;

	private final FillRateProperties properties;

	private final Checkpoint checkpoint;

	WritePdfTasklet(WorkArea work, FillRateProperties properties, ObjectProvider<Checkpoint> checkpoint) {
		this.work = work;
		this.properties = properties;
		this.checkpoint = checkpoint.getIfAvailable(() -> Checkpoint.NONE);
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		JobRun run = JobRun.of(contribution);
		Report report = this.work.report(run.period());
		ReportOptions options = this.properties.reportOptions();
		new PdfReportWriter(options.text(Locale.CANADA), options).write(report,
				this.work.staging(run.period()).resolve(ReportFiles.pdf(run.period())));
		this.checkpoint.reached("writePdf:english-written");
		new PdfReportWriter(options.text(Locale.CANADA_FRENCH), options).write(report,
				this.work.staging(run.period()).resolve(ReportFiles.frenchPdf(run.period())));
		return RepeatStatus.FINISHED;
	}

}

package ca.peaceops.fillrate.job;

import java.util.Locale;

import ca.peaceops.fillrate.report.Report;
import ca.peaceops.fillrate.report.ReportFiles;
import ca.peaceops.fillrate.report.ReportText;
import ca.peaceops.fillrate.report.pdf.PdfReportWriter;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/** Step 5: the managers' PDF, into the staging directory. */
@Component
class WritePdfTasklet implements Tasklet {

	private final WorkArea work;

	WritePdfTasklet(WorkArea work) {
		this.work = work;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		JobRun run = JobRun.of(contribution);
		Report report = this.work.report(run.period());
		new PdfReportWriter(new ReportText(Locale.CANADA)).write(report,
				this.work.staging(run.period()).resolve(ReportFiles.pdf(run.period())));
		return RepeatStatus.FINISHED;
	}

}

package ca.peaceops.fillrate.job;

import java.util.Locale;

import ca.peaceops.fillrate.report.Report;
import ca.peaceops.fillrate.report.ReportFiles;
import ca.peaceops.fillrate.report.ReportOptions;
import ca.peaceops.fillrate.report.html.HtmlReportWriter;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/** The HTML edition, in English and in French, into the staging directory. */
@Component
class WriteHtmlTasklet implements Tasklet {

	private final WorkArea work;

	private final FillRateProperties properties;

	WriteHtmlTasklet(WorkArea work, FillRateProperties properties) {
		this.work = work;
		this.properties = properties;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		JobRun run = JobRun.of(contribution);
		Report report = this.work.report(run.period());
		ReportOptions options = this.properties.reportOptions();
		new HtmlReportWriter(options.text(Locale.CANADA), options).write(report,
				this.work.staging(run.period()).resolve(ReportFiles.html(run.period())));
		new HtmlReportWriter(options.text(Locale.CANADA_FRENCH), options).write(report,
				this.work.staging(run.period()).resolve(ReportFiles.frenchHtml(run.period())));
		return RepeatStatus.FINISHED;
	}

}

package ca.peaceops.fillrate.job;

import java.util.List;
import java.util.Locale;

import ca.peaceops.fillrate.history.HistoryRepository;
import ca.peaceops.fillrate.report.ReportOptions;
import ca.peaceops.fillrate.report.ReportPublisher;
import ca.peaceops.fillrate.report.html.ArchivePage;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

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

	private static final Log logger = LogFactory.getLog(FinishTasklet.class);

	private final ReportPublisher publisher;

	private final HistoryRepository history;

	private final FillRateProperties properties;

	FinishTasklet(ReportPublisher publisher, HistoryRepository history, FillRateProperties properties) {
		this.publisher = publisher;
		this.history = history;
		this.properties = properties;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		this.publisher.finish(JobRun.of(contribution).period());
		// After the publication has committed: the archive never lists a period whose
		// publication failed.
		List<ArchivePage.Entry> entries = this.history.publishedTotals()
			.stream()
			.map((published) -> new ArchivePage.Entry(published.total(), published.edition(), published.publishedAt()))
			.toList();
		ReportOptions options = this.properties.reportOptions();
		ArchivePage
			.write(this.properties.reports(), entries, options.text(Locale.CANADA), options.text(Locale.CANADA_FRENCH))
			.forEach((kept) -> logger.warn(options.text(Locale.CANADA).get("html.notOurs", kept)));
		return RepeatStatus.FINISHED;
	}

}

package ca.peaceops.fillrate.job;

import java.time.Duration;
import java.time.YearMonth;

import ca.peaceops.fillrate.history.HistoryRepository;
import ca.peaceops.fillrate.report.ReportFiles;

import org.springframework.batch.core.job.JobExecution;

/** The one line every successful run ends with, for operations staff scanning logs. */
final class RunSummary {

	private RunSummary() {
	}

	static String of(JobExecution execution, HistoryRepository history, FillRateProperties properties,
			Duration duration) {
		YearMonth period = YearMonth.parse(execution.getJobParameters().getString(JobRun.PERIOD));
		String snapshot = execution.getExecutionContext().getString(SelectSnapshotTasklet.SNAPSHOT_PATH, "?");
		return "Published period " + period + " from " + snapshot + ": " + ReportFiles.all(period).size() + " files in "
				+ properties.reports().resolve(period.toString()) + ", history has " + history.publishedPeriods().size()
				+ " periods, in " + duration.toMillis() / 1000.0 + " s";
	}

}

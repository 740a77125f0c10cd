package ca.peaceops.fillrate.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.Locale;
import java.util.stream.Stream;

import ca.peaceops.fillrate.history.HistoryRepository;
import ca.peaceops.fillrate.job.ChosenInputs;
import ca.peaceops.fillrate.job.DeliverTasklet;
import ca.peaceops.fillrate.job.FillRateProperties;
import ca.peaceops.fillrate.job.JobRun;
import ca.peaceops.fillrate.rates.Totals;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

/**
 * The one line a run of the job ends with in the log, for operations staff scanning it:
 * period, snapshot, figures, files, delivery and duration, or the step that failed. (A
 * run refused before the job, as bad input or already done, ends with its line on
 * standard error.)
 */
final class RunSummary {

	private RunSummary() {
	}

	/**
	 * @param warnings how many data-quality warnings the report lists
	 */
	static String published(JobExecution execution, HistoryRepository history, FillRateProperties properties,
			Duration duration, int warnings) {
		YearMonth period = period(execution);
		String snapshot = ChosenInputs.of(execution.getJobParameters()).capsPath().toString();
		String figures = history.totals(period).map(RunSummary::figures).orElse("no totals");
		Path dir = properties.reports().resolve(period.toString());
		String delivery = execution.getExecutionContext().containsKey(DeliverTasklet.SENT)
				? emails(execution.getExecutionContext().getInt(DeliverTasklet.SENT)) : "no email";
		ChosenInputs inputs = ChosenInputs.of(execution.getJobParameters());
		// Scripts read the line up to the figures: the counts' source goes after them.
		String counts = inputs.inputs().countsFromCaps() ? ""
				: "; counts " + inputs.inputs()
					.counts()
					.map((file) -> "from " + file.path() + " (" + file.asOf() + ")")
					.orElse("unknown (none dated on or before " + period.atEndOfMonth() + ")");
		return "Published period " + period + " from " + snapshot + ": " + figures + counts + "; " + files(dir)
				+ " files in " + dir + "; " + delivery + "; " + seconds(duration)
				+ ((warnings > 0) ? "; " + warnings + ((warnings == 1) ? " warning" : " warnings") : "");
	}

	static String failed(JobExecution execution, RunOutcome outcome, Duration duration) {
		return "Period " + period(execution) + " " + outcome + " at step " + failedStep(execution) + " after "
				+ seconds(duration);
	}

	static String failedStep(JobExecution execution) {
		return execution.getStepExecutions()
			.stream()
			.filter((step) -> step.getStatus() == BatchStatus.FAILED)
			.map(StepExecution::getStepName)
			.findFirst()
			.orElse("job");
	}

	private static String emails(int sent) {
		return sent + ((sent == 1) ? " email sent" : " emails sent");
	}

	private static String figures(Totals totals) {
		String rate = (totals.fillRate() != null)
				? String.format(Locale.ROOT, "%.1f%%", totals.fillRate().doubleValue() * 100) : "unknown";
		return totals.deployed() + " of " + totals.authorized() + " deployed (" + rate + ")";
	}

	private static long files(Path dir) {
		try (Stream<Path> files = Files.list(dir)) {
			return files.count();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static YearMonth period(JobExecution execution) {
		return YearMonth.parse(execution.getJobParameters().getString(JobRun.PERIOD));
	}

	static String seconds(Duration duration) {
		return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
	}

}

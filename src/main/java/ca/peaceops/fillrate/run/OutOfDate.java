package ca.peaceops.fillrate.run;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import ca.peaceops.fillrate.history.HistoryRepository;
import ca.peaceops.fillrate.job.JobRun;
import ca.peaceops.fillrate.job.WorkArea;

import org.springframework.stereotype.Component;

/**
 * After a period is published: whether a report is now compared with the wrong month, and
 * how to bring it up to date. Said, not fixed: the report that is out of date was sent.
 */
@Component
class OutOfDate {

	private final HistoryRepository history;

	private final WorkArea work;

	OutOfDate(HistoryRepository history, WorkArea work) {
		this.history = history;
		this.work = work;
	}

	/**
	 * @param runUntil the last period this launch runs (a backfill's), whose earlier
	 * periods need no word about being out of date; {@code null} for a single period
	 */
	Optional<String> after(JobRun run, Optional<YearMonth> runUntil) {
		List<YearMonth> published = this.history.publishedPeriods();
		return laterReportOutOfDate(run, runUntil, published).or(() -> ownBaselineOutOfDate(run, published));
	}

	/**
	 * A period published after a later one (out of order, or a rerun) leaves the later
	 * report compared with the wrong month, or with figures since replaced: says which,
	 * and how to bring it up to date.
	 */
	private Optional<String> laterReportOutOfDate(JobRun run, Optional<YearMonth> runUntil, List<YearMonth> published) {
		Optional<YearMonth> later = published.stream()
			.filter((period) -> period.isAfter(run.period()))
			.findFirst()
			.filter((period) -> runUntil.map(period::isAfter).orElse(true));
		if (later.isEmpty()) {
			return Optional.empty();
		}
		YearMonth baseline = baselineOf(later.get());
		if (run.period().equals(baseline) && run.edition() == 1) {
			return Optional.empty();
		}
		return Optional.of("Period " + later.get() + " is out of date: it was compared with "
				+ ((baseline != null) ? baseline : "no earlier period") + ", before " + run.period()
				+ " was published as it is now; run it again with --period=" + later.get() + " --rerun");
	}

	/**
	 * Two periods run at once: this one may have been compared with an older month than
	 * one published while it ran.
	 */
	private Optional<String> ownBaselineOutOfDate(JobRun run, List<YearMonth> published) {
		Optional<YearMonth> latestBefore = published.stream()
			.filter((period) -> period.isBefore(run.period()))
			.reduce((first, second) -> second);
		YearMonth baseline = baselineOf(run.period());
		if (latestBefore.isEmpty() || latestBefore.get().equals(baseline)) {
			return Optional.empty();
		}
		return Optional.of("Period " + run.period() + " is out of date: it was compared with "
				+ ((baseline != null) ? baseline : "no earlier period") + ", but " + latestBefore.get()
				+ " was published while it ran; run it again with --period=" + run.period() + " --rerun");
	}

	/** The month a published report was compared with; {@code null} for none. */
	private YearMonth baselineOf(YearMonth period) {
		return this.history.reportJson(period)
			.map((json) -> this.work.parse(json).comparison().baselinePeriod())
			.orElse(null);
	}

}

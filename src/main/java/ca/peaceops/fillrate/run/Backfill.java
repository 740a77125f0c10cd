package ca.peaceops.fillrate.run;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import ca.peaceops.fillrate.history.HistoryRepository;
import ca.peaceops.fillrate.job.SnapshotSource;
import ca.peaceops.fillrate.snapshot.BadInputException;
import ca.peaceops.fillrate.snapshot.SnapshotFile;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.stereotype.Component;

/**
 * {@code --from=YYYY-MM --to=YYYY-MM}: every period of a range, oldest first, in this one
 * launch, each exactly as its own monthly run (the same decision and job, one job
 * instance per period). A failed period stops the range there, since later months compare
 * with it; only the newest period is emailed.
 */
@Component
public class Backfill {

	private static final Log logger = LogFactory.getLog(Backfill.class);

	private static final Duration PROGRESS_EVERY = Duration.ofSeconds(5);

	private final PeriodRunner runner;

	private final HistoryRepository history;

	private final SnapshotSource snapshots;

	private final HistoryGuard guard;

	private final OutcomeReporter console;

	Backfill(PeriodRunner runner, HistoryRepository history, SnapshotSource snapshots, HistoryGuard guard,
			OutcomeReporter console) {
		this.runner = runner;
		this.history = history;
		this.snapshots = snapshots;
		this.guard = guard;
		this.console = console;
	}

	public RunOutcome run(RangeRequest options) {
		// Wall time, not the configured clock: a fixed clock would make every run last 0
		// s.
		Instant start = Instant.now();
		String range = options.toString();
		List<YearMonth> periods = new ArrayList<>();
		List<YearMonth> beforeFirstSnapshot = new ArrayList<>();
		int alreadyPublished = 0;
		// Rebuilding a lost history runs again what was published, and only that.
		Set<YearMonth> toRebuild = options.rebuildHistory() ? this.guard.publishedOnDisk() : Set.of();
		try {
			// One look at the folder: a period before the first snapshot has none to use.
			LocalDate first = this.snapshots.catalog()
				.files()
				.stream()
				.map(SnapshotFile::asOf)
				.findFirst()
				.orElse(LocalDate.MAX);
			for (YearMonth period = options.from(); !period.isAfter(options.to()); period = period.plusMonths(1)) {
				if (options.rebuildHistory() && !toRebuild.contains(period)) {
					continue;
				}
				if (period.atEndOfMonth().isBefore(first)) {
					beforeFirstSnapshot.add(period);
				}
				else if (this.history.find(period).isPresent() && !options.rerun()) {
					alreadyPublished++;
				}
				else {
					periods.add(period);
				}
			}
		}
		catch (BadInputException ex) {
			return this.console.tell(RunOutcome.BAD_INPUT, ex.getMessage());
		}
		if (!beforeFirstSnapshot.isEmpty()) {
			logger.info("Skipping " + beforeFirstSnapshot.size() + " periods before the first snapshot ("
					+ beforeFirstSnapshot.get(0) + " to " + beforeFirstSnapshot.get(beforeFirstSnapshot.size() - 1)
					+ ")");
		}
		if (periods.isEmpty()) {
			if (alreadyPublished > 0) {
				return this.console.tell(RunOutcome.ALREADY_DONE_OR_RUNNING, "already done: every period from " + range
						+ " with a snapshot is already published; use --rerun to replace them");
			}
			try {
				this.snapshots.select(options.to());
			}
			catch (BadInputException ex) {
				return this.console.tell(RunOutcome.BAD_INPUT, ex.getMessage());
			}
			// Only a rebuild leaves nothing to run with a snapshot in place.
			return this.console.tell(RunOutcome.BAD_INPUT, "--rebuild-history: no period from " + range
					+ " has published reports in " + this.guard.reportsDir() + "; nothing to rebuild");
		}
		logger.info("Backfill from " + range + ": " + count(periods.size(), "period") + " to run, " + alreadyPublished
				+ " already published");
		Instant lastProgress = start;
		RunOutcome outcome = RunOutcome.PUBLISHED;
		for (int i = 0; i < periods.size(); i++) {
			YearMonth period = periods.get(i);
			boolean newest = i == periods.size() - 1;
			outcome = this.runner.run(PeriodRequest.ofRange(options, period, newest));
			// Only the newest period is emailed: its failed delivery does not stop
			// anything.
			if (outcome != RunOutcome.PUBLISHED && outcome != RunOutcome.DELIVERY_FAILED) {
				logger.error("Backfill stopped at " + period + " (" + outcome + "): " + i
						+ " periods published before it; later periods would compare with it");
				return outcome;
			}
			Instant now = Instant.now();
			if (!newest && Duration.between(lastProgress, now).compareTo(PROGRESS_EVERY) >= 0) {
				logger.info(progress(period, i + 1, periods.size(), Duration.between(start, now)));
				lastProgress = now;
			}
		}
		logger.info("Backfill from " + range + " done: " + count(periods.size(), "period") + " published, "
				+ alreadyPublished + " already published, " + beforeFirstSnapshot.size()
				+ " before the first snapshot; " + RunSummary.seconds(Duration.between(start, Instant.now())));
		return outcome;
	}

	private static String progress(YearMonth period, int done, int total, Duration elapsed) {
		Duration left = elapsed.multipliedBy(total - done).dividedBy(done);
		return "Backfill: " + period + " published, " + done + " of " + total + ", " + RunSummary.seconds(elapsed)
				+ " elapsed, about " + RunSummary.seconds(left) + " left";
	}

	private static String count(int count, String noun) {
		return count + " " + noun + ((count == 1) ? "" : "s");
	}

}

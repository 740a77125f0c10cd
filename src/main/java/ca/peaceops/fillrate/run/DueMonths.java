package ca.peaceops.fillrate.run;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import ca.peaceops.fillrate.snapshot.InputDates;

/**
 * Which months the scheduler publishes now, from the published history, the dates of the
 * inputs and today: a pure function, each case a unit test ({@code DueMonthsTests}).
 *
 * <p>
 * A month after the last published one, up to the previous calendar month, is due when
 * counts dated in it have arrived (a roster, a counts table, or a snapshot with deployed
 * figures), or, where no counts exist at all on or before its end, once it has ended (the
 * caps alone, deployed unknown). A month without counts of its own waits until a later
 * month's counts exist; it is then published from the newest counts before it, flagged
 * "no new counts since", so that one missing month does not hold up the months after it
 * for ever. No month is published unless counts dated in it or later exist: an old file
 * alone publishes nothing.
 *
 * @param due the months to run now, oldest first
 * @param waiting the months that wait for counts of their own, oldest first
 */
public record DueMonths(List<YearMonth> due, List<YearMonth> waiting) {

	/**
	 * @param lastPublished the newest published period; with none, only the previous
	 * month is looked at
	 * @param previous the previous calendar month, in the configured zone
	 */
	public static DueMonths of(Optional<YearMonth> lastPublished, YearMonth previous, InputDates inputs) {
		YearMonth first = lastPublished.map((last) -> last.plusMonths(1)).orElse(previous);
		YearMonth lastReady = null;
		for (YearMonth month = first; !month.isAfter(previous); month = month.plusMonths(1)) {
			boolean capsOnly = inputs.capsBy(month) && !inputs.anyCountsBy(month);
			if (inputs.capsBy(month) && (inputs.ownCounts(month) || capsOnly)) {
				lastReady = month;
			}
		}
		List<YearMonth> due = new ArrayList<>();
		List<YearMonth> waiting = new ArrayList<>();
		for (YearMonth month = first; !month.isAfter(previous); month = month.plusMonths(1)) {
			if (lastReady != null && !month.isAfter(lastReady)) {
				// Before the first snapshot there are no caps to report against.
				if (inputs.capsBy(month)) {
					due.add(month);
				}
			}
			else {
				waiting.add(month);
			}
		}
		return new DueMonths(List.copyOf(due), List.copyOf(waiting));
	}

	/**
	 * The line the scheduler logs (once, until it changes) while months wait, or empty
	 * when none does.
	 */
	public Optional<String> waitingLine(InputDates inputs) {
		if (this.waiting.isEmpty()) {
			return Optional.empty();
		}
		YearMonth oldest = this.waiting.get(0);
		YearMonth newest = this.waiting.get(this.waiting.size() - 1);
		String months = oldest.equals(newest) ? oldest.toString() : oldest + " to " + newest;
		String newestCounts = inputs.counts()
			.stream()
			.max(LocalDate::compareTo)
			.map((date) -> "the newest counts are dated " + date)
			.orElse("no counts have arrived at all");
		return Optional.of("Waiting for counts dated in " + months + " (" + newestCounts + "); " + months
				+ " will be published when they arrive, or a month without its own counts once a later month's "
				+ "arrive (to report a month now, run it alone with --period)");
	}

}

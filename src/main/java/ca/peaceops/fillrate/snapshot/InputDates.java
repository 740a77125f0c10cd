package ca.peaceops.fillrate.snapshot;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * The inputs' dates, as the scheduler sees them.
 *
 * @param firstCaps the oldest snapshot's date: no month before it can be reported
 * @param counts the date of every source of counts (rosters, counts tables, snapshots
 * that have deployed figures)
 */
public record InputDates(Optional<LocalDate> firstCaps, List<LocalDate> counts) {

	public boolean ownCounts(YearMonth month) {
		return this.counts.stream().anyMatch((date) -> YearMonth.from(date).equals(month));
	}

	public boolean anyCountsBy(YearMonth month) {
		return this.counts.stream().anyMatch((date) -> !date.isAfter(month.atEndOfMonth()));
	}

	public boolean capsBy(YearMonth month) {
		return this.firstCaps.map((first) -> !first.isAfter(month.atEndOfMonth())).orElse(false);
	}

}

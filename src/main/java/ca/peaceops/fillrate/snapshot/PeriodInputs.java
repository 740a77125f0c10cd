package ca.peaceops.fillrate.snapshot;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The two inputs a period is reported from, each chosen on its own: the caps in force
 * (the newest snapshot dated on or before the period's last day) and the newest deployed
 * counts dated on or before that day, from a roster, a counts table or a snapshot that
 * has deployed figures. Either may be older than the period's month; the report shows
 * both dates.
 *
 * @param counts empty when no counts at all are dated on or before the period's end: the
 * period is reported with deployed unknown
 */
public record PeriodInputs(YearMonth period, SnapshotFile caps, Optional<CountsFile> counts) {

	/**
	 * At the same date a roster comes before a counts table, and either before a
	 * snapshot's own figures: the file made to give the counts says them best.
	 */
	private static final Comparator<CountsFile> NEWEST_FIRST = Comparator.comparing(CountsFile::asOf)
		.reversed()
		.thenComparing(CountsFile::source);

	/**
	 * The rule for a period, as a pure function.
	 * @param caps the period's caps snapshot, chosen by
	 * {@link SnapshotCatalog#forPeriod(YearMonth)}
	 * @param snapshots every snapshot, oldest first
	 * @param files every roster and counts table
	 * @param hasCounts whether a snapshot gives deployed figures (read only for snapshots
	 * newer than every roster and counts table of the period)
	 */
	public static PeriodInputs choose(YearMonth period, SnapshotFile caps, List<SnapshotFile> snapshots,
			List<CountsFile> files, Predicate<SnapshotFile> hasCounts) {
		LocalDate end = period.atEndOfMonth();
		Optional<CountsFile> file = files.stream()
			.filter((counts) -> !counts.asOf().isAfter(end))
			.sorted(NEWEST_FIRST)
			.findFirst();
		LocalDate fileDate = file.map(CountsFile::asOf).orElse(LocalDate.MIN);
		Optional<CountsFile> ownFigures = snapshots.stream()
			.filter((snapshot) -> !snapshot.asOf().isAfter(end) && snapshot.asOf().isAfter(fileDate))
			.sorted(Comparator.comparing(SnapshotFile::asOf).reversed())
			.filter(hasCounts)
			.findFirst()
			.map(CountsFile::of);
		return new PeriodInputs(period, caps, ownFigures.or(() -> file));
	}

	/** Whether the counts are the caps snapshot's own figures, as in a one-file month. */
	public boolean countsFromCaps() {
		return this.counts.map((counts) -> counts.path().equals(this.caps.path())).orElse(false);
	}

	/** Whether counts dated within the period's own month exist. */
	public boolean countsOfItsOwnMonth() {
		return this.counts.map((counts) -> YearMonth.from(counts.asOf()).equals(this.period)).orElse(false);
	}

}

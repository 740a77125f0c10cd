package ca.peaceops.fillrate.rates;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The changes since the baseline. Without a baseline (the first run),
 * {@code baselinePeriod} is {@code null} and there are no changes.
 */
public record Comparison(YearMonth baselinePeriod, LocalDate baselineAsOf, boolean sameSnapshot, Totals baselineTotal,
		List<Change> changes) {

	public Comparison {
		changes = List.copyOf(changes);
	}

	public static Comparison firstRun() {
		return new Comparison(null, null, false, null, List.of());
	}

	public boolean hasBaseline() {
		return this.baselinePeriod != null;
	}

}

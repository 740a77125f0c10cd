package ca.peaceops.fillrate.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import ca.peaceops.fillrate.rates.Baseline;
import ca.peaceops.fillrate.rates.ChangeDetector;
import ca.peaceops.fillrate.rates.PeriodTotal;
import ca.peaceops.fillrate.rates.RateCalculator;
import ca.peaceops.fillrate.rates.RateSheet;
import ca.peaceops.fillrate.roster.RosterCounts;
import ca.peaceops.fillrate.snapshot.Snapshot;

/** Reports built from snapshots in memory, for the writers' tests. */
public final class Reports {

	private Reports() {
	}

	public static Report of(YearMonth period, Snapshot snapshot, Snapshot previous) {
		RateSheet rates = RateCalculator.compute(snapshot);
		Baseline baseline = (previous != null)
				? Baseline.of(period.minusMonths(1), previous.asOf(), "previous-sha", RateCalculator.compute(previous))
				: null;
		SnapshotInfo info = new SnapshotInfo("input/snapshots/" + snapshot.asOf() + ".json", "current-sha",
				snapshot.asOf(), snapshot.source(), snapshot.warnings());
		List<PeriodTotal> trend = (baseline != null)
				? List.of(new PeriodTotal(baseline.period(), baseline.total()), new PeriodTotal(period, rates.total()))
				: List.of(new PeriodTotal(period, rates.total()));
		return new Report(period, 1, info, rates, baseline, ChangeDetector.compare(rates, "current-sha", baseline),
				trend, null, Map.of(), Instant.parse("2018-04-01T06:00:00Z"), "test");
	}

	/** The report with the women a counts table gives, and a roster or none. */
	public static Report withWomen(Report report, RosterCounts roster, Map<String, Integer> women) {
		return new Report(report.period(), report.edition(), report.snapshot(), report.rates(), report.baseline(),
				report.comparison(), report.trend(), roster, women, report.generatedAt(), report.version());
	}

	public static Snapshot dated(Snapshot snapshot, LocalDate asOf) {
		return new Snapshot(asOf, snapshot.source(), snapshot.pools(), snapshot.missions(), List.of());
	}

}

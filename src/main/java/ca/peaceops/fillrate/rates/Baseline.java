package ca.peaceops.fillrate.rates;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The published run that a new run is compared with: the latest one for an earlier
 * period.
 */
public record Baseline(YearMonth period, LocalDate asOf, String snapshotSha256, Totals total,
		List<MissionFigures> missions, List<PoolFigures> pools) {

	public Baseline {
		missions = List.copyOf(missions);
		pools = List.copyOf(pools);
	}

	public static Baseline of(YearMonth period, LocalDate asOf, String snapshotSha256, RateSheet sheet) {
		return new Baseline(period, asOf, snapshotSha256, sheet.total(),
				sheet.missions().stream().map(MissionFigures::of).toList(),
				sheet.pools().stream().map(PoolFigures::of).toList());
	}

}

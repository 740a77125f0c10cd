package ca.peaceops.fillrate.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import ca.peaceops.fillrate.rates.Baseline;
import ca.peaceops.fillrate.rates.Change;
import ca.peaceops.fillrate.rates.ChangeDetector;
import ca.peaceops.fillrate.rates.Comparison;
import ca.peaceops.fillrate.rates.MissionFigures;
import ca.peaceops.fillrate.rates.MissionRate;
import ca.peaceops.fillrate.rates.PeriodTotal;
import ca.peaceops.fillrate.rates.RateSheet;
import ca.peaceops.fillrate.rates.Totals;
import ca.peaceops.fillrate.roster.RosterCounts;

/**
 * Everything a period's report shows, computed once and rendered by each writer.
 *
 * @param baseline the run compared with, or {@code null} for the first run
 * @param trend the overall totals of the latest published periods, this one last
 * @param roster what the roster said, or {@code null} when the counts come from the
 * snapshot
 * @param women women among the deployed per mission id, as a counts table gives them
 * (empty for other sources, and in reports stored before counts tables had them)
 */
public record Report(YearMonth period, int edition, SnapshotInfo snapshot, RateSheet rates, Baseline baseline,
		Comparison comparison, List<PeriodTotal> trend, RosterCounts roster, Map<String, Integer> women,
		Instant generatedAt, String version) {

	public Report {
		trend = List.copyOf(trend);
		women = (women != null) ? Map.copyOf(women) : Map.of();
	}

	public Optional<MissionFigures> previous(String missionId) {
		if (this.baseline == null) {
			return Optional.empty();
		}
		return this.baseline.missions().stream().filter((mission) -> mission.id().equals(missionId)).findFirst();
	}

	/**
	 * A change with its subject named in the report's language: the French name of a
	 * mission or pool still in the snapshot, where known.
	 */
	public Change localized(Change change, boolean french) {
		if (!french) {
			return change;
		}
		Optional<String> name = change.pool()
				? this.rates.pools()
					.stream()
					.filter((pool) -> pool.id().equals(change.subjectId()))
					.map((pool) -> pool.name(true))
					.findFirst()
				: this.rates.missions()
					.stream()
					.filter((rate) -> rate.mission().id().equals(change.subjectId()))
					.map((rate) -> rate.mission().name(true))
					.findFirst();
		return name.map(change::named).orElse(change);
	}

	public Optional<Totals> previousTotal() {
		return Optional.ofNullable(this.baseline).map(Baseline::total);
	}

	/**
	 * The overall fill rate's move since the baseline, in percentage points, if both are
	 * known.
	 */
	public Optional<BigDecimal> totalFillRateChangePts() {
		Totals now = this.rates.total();
		return previousTotal().map((before) -> ChangeDetector.pts(before.deployed(), before.authorized(),
				now.deployed(), now.authorized(), before.fillRate(), now.fillRate()));
	}

	/** A mission's fill-rate move since the baseline, in percentage points, if known. */
	public Optional<BigDecimal> changePts(MissionRate rate) {
		return previous(rate.mission().id()).map((before) -> ChangeDetector.pts(before.deployed(), before.authorized(),
				rate.deployed(), rate.authorized(), before.fillRate(), rate.fillRate()));
	}

}

package ca.peaceops.fillrate.rates;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import ca.peaceops.fillrate.snapshot.Mission;
import ca.peaceops.fillrate.snapshot.Pool;
import ca.peaceops.fillrate.snapshot.Snapshot;

/** Computes the fill rates of one snapshot. */
public final class RateCalculator {

	private RateCalculator() {
	}

	public static RateSheet compute(Snapshot snapshot) {
		Map<String, PoolRate> pools = new LinkedHashMap<>();
		for (Pool pool : snapshot.pools()) {
			pools.put(pool.id(), poolRate(pool, snapshot.membersOf(pool)));
		}
		List<MissionRate> missions = new ArrayList<>();
		// Regions are keyed in sorted order so that tables and CSV files are stable from
		// run to run.
		Map<String, List<Figures>> unitsByRegion = new TreeMap<>();
		List<Figures> allUnits = new ArrayList<>();
		for (Mission mission : snapshot.missions()) {
			MissionRate rate = mission.pooled() ? pooledRate(mission, pools.get(mission.pool())) : ownRate(mission);
			missions.add(rate);
			if (!mission.pooled()) {
				addUnit(unitsByRegion, allUnits, mission.region(),
						new Figures(mission.authorized(), mission.deployed()));
			}
		}
		for (PoolRate pool : pools.values()) {
			if (pool.region() != null) {
				addUnit(unitsByRegion, allUnits, pool.region(), pool.figures());
			}
		}
		// A region with only postings without figures has nothing to total, so it gets no
		// row.
		List<RegionRate> regions = unitsByRegion.entrySet()
			.stream()
			.filter((entry) -> entry.getValue().stream().anyMatch((unit) -> unit.status() != RateStatus.NO_FIGURES))
			.map((entry) -> new RegionRate(entry.getKey(), Totals.of(entry.getValue())))
			.toList();
		return new RateSheet(missions, List.copyOf(pools.values()), regions, Totals.of(allUnits));
	}

	private static void addUnit(Map<String, List<Figures>> unitsByRegion, List<Figures> allUnits, String region,
			Figures unit) {
		unitsByRegion.computeIfAbsent(region, (key) -> new ArrayList<>()).add(unit);
		allUnits.add(unit);
	}

	/**
	 * The pool's deployed count is its own total where the source gives one; otherwise
	 * the sum of its missions, which is unknown as soon as one of them is.
	 */
	static PoolRate poolRate(Pool pool, List<Mission> members) {
		boolean totalOnly = pool.deployed() != null;
		Integer deployed = pool.deployed();
		if (!totalOnly && !members.isEmpty() && members.stream().allMatch((mission) -> mission.deployed() != null)) {
			deployed = members.stream()
				.map(Mission::deployed)
				.filter(Objects::nonNull)
				.mapToInt(Integer::intValue)
				.sum();
		}
		String region = members.isEmpty() ? null : members.get(0).region();
		return new PoolRate(pool.id(), pool.name(), region, pool.authorizedText(),
				members.stream().map(Mission::id).toList(), totalOnly, new Figures(pool.authorized(), deployed),
				pool.nameFr());
	}

	private static MissionRate ownRate(Mission mission) {
		Figures own = new Figures(mission.authorized(), mission.deployed());
		return new MissionRate(mission, mission.authorized(), mission.deployed(), own.vacancies(), null, null,
				own.fillRate(), own.status());
	}

	private static MissionRate pooledRate(Mission mission, PoolRate pool) {
		Figures shared = pool.figures();
		return new MissionRate(mission, null, mission.deployed(), null, pool.name(), shared.authorized(),
				shared.fillRate(), shared.status());
	}

}

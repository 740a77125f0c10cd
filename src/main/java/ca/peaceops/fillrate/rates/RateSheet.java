package ca.peaceops.fillrate.rates;

import java.util.List;

/** Everything computed from one snapshot. */
public record RateSheet(List<MissionRate> missions, List<PoolRate> pools, List<RegionRate> regions, Totals total) {

	public RateSheet {
		missions = List.copyOf(missions);
		pools = List.copyOf(pools);
		regions = List.copyOf(regions);
	}

	/** A pooled mission's pool name in a language. */
	public String poolName(MissionRate rate, boolean french) {
		return this.pools.stream()
			.filter((pool) -> pool.id().equals(rate.mission().pool()))
			.map((pool) -> pool.name(french))
			.findFirst()
			.orElse(rate.poolName());
	}

	public List<MissionRate> withoutFigures() {
		return this.missions.stream().filter((rate) -> rate.status() == RateStatus.NO_FIGURES).toList();
	}

	public List<MissionRate> withFigures() {
		return this.missions.stream().filter((rate) -> rate.status() != RateStatus.NO_FIGURES).toList();
	}

}

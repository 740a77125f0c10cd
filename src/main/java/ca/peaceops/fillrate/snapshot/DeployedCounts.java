package ca.peaceops.fillrate.snapshot;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Deployed figures from a source other than the caps snapshot (a counts table, or an
 * earlier snapshot's own figures), joined to the caps in force: a mission or pool the
 * source has no figure for is unknown, never 0.
 *
 * @param missions deployed officers per mission id
 * @param pools a pool's total, where the source gives only the pool's
 * @param women women among the deployed, per mission id, where the source says
 */
public record DeployedCounts(String file, Map<String, Integer> missions, Map<String, Integer> pools,
		Map<String, Integer> women) {

	public DeployedCounts {
		missions = Map.copyOf(missions);
		pools = Map.copyOf(pools);
		women = Map.copyOf(women);
	}

	/** A snapshot's own figures, to stand for the counts of a later caps snapshot. */
	public static DeployedCounts of(String file, Snapshot snapshot) {
		Map<String, Integer> missions = new HashMap<>();
		snapshot.missions()
			.stream()
			.filter((mission) -> mission.deployed() != null)
			.forEach((mission) -> missions.put(mission.id(), mission.deployed()));
		Map<String, Integer> pools = new HashMap<>();
		snapshot.pools()
			.stream()
			.filter((pool) -> pool.deployed() != null)
			.forEach((pool) -> pools.put(pool.id(), pool.deployed()));
		return new DeployedCounts(file, missions, pools, Map.of());
	}

	/** The caps with these counts, and no others. */
	public Snapshot applyTo(Snapshot caps) {
		List<Mission> missions = caps.missions()
			.stream()
			.map((mission) -> new Mission(mission.id(), mission.name(), mission.partner(), mission.country(),
					mission.region(), mission.language(), mission.armed(), mission.since(), mission.authorized(),
					mission.authorizedText(), this.missions.get(mission.id()), mission.pool(), mission.nameFr(),
					mission.countryFr()))
			.toList();
		List<Pool> pools = caps.pools()
			.stream()
			.map((pool) -> new Pool(pool.id(), pool.name(), pool.authorized(), pool.authorizedText(),
					this.pools.get(pool.id()), pool.nameFr()))
			.toList();
		// What the caps snapshot's own figures raised no longer holds: these counts say.
		List<Warning> warnings = new ArrayList<>(caps.warnings()
			.stream()
			.filter((warning) -> !List
				.of(Warning.Kind.MISSION_ABOVE_CAP, Warning.Kind.POOL_TOTAL_DISAGREES, Warning.Kind.POOL_ABOVE_CAP)
				.contains(warning.kind()))
			.toList());
		for (Mission mission : missions) {
			if (mission.authorized() != null && mission.deployed() != null
					&& mission.deployed() > mission.authorized()) {
				warnings.add(Warning.of(Warning.Kind.MISSION_ABOVE_CAP, mission.id(), mission.deployed(),
						mission.authorized()));
			}
		}
		return new Snapshot(caps.asOf(), caps.source(), pools, missions, warnings);
	}

	/** Whether a snapshot gives any deployed figure: one that gives none is caps only. */
	public static boolean hasCounts(Snapshot snapshot) {
		return snapshot.missions().stream().anyMatch((mission) -> mission.deployed() != null)
				|| snapshot.pools().stream().anyMatch((pool) -> pool.deployed() != null);
	}

}

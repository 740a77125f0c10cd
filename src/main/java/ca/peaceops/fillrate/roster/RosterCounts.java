package ca.peaceops.fillrate.roster;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import ca.peaceops.fillrate.snapshot.Mission;
import ca.peaceops.fillrate.snapshot.Pool;
import ca.peaceops.fillrate.snapshot.Snapshot;
import ca.peaceops.fillrate.snapshot.Warning;

/**
 * What a roster says on its as-of date: officers deployed per mission and how many of
 * them are women, and officers per home service.
 */
public record RosterCounts(String file, int officers, int women, Map<String, MissionCount> missions,
		Map<String, Integer> homeServices) {

	public RosterCounts {
		missions = Map.copyOf(missions);
		homeServices = Map.copyOf(homeServices);
	}

	/** One mission's officers and women. */
	public record MissionCount(int officers, int women) {

	}

	/**
	 * The snapshot with its deployed counts taken from the roster. A roster lists every
	 * deployed officer, so a mission it does not name has 0; pool totals give way to the
	 * sum of their missions. A posting the source gives no figures for stays without
	 * figures unless the roster has officers there.
	 */
	public Snapshot applyTo(Snapshot snapshot) {
		List<Mission> missions = snapshot.missions()
			.stream()
			.map((mission) -> new Mission(mission.id(), mission.name(), mission.partner(), mission.country(),
					mission.region(), mission.language(), mission.armed(), mission.since(), mission.authorized(),
					mission.authorizedText(), deployedOrUnknown(mission), mission.pool(), mission.nameFr(),
					mission.countryFr()))
			.toList();
		List<Pool> pools = snapshot.pools()
			.stream()
			.map((pool) -> new Pool(pool.id(), pool.name(), pool.authorized(), pool.authorizedText(), null,
					pool.nameFr()))
			.toList();
		List<Warning> warnings = new ArrayList<>(snapshot.warnings());
		warnings.add(Warning.of(Warning.Kind.FROM_ROSTER, this.file, this.officers));
		return new Snapshot(snapshot.asOf(), snapshot.source(), pools, missions, warnings);
	}

	private Integer deployedOrUnknown(Mission mission) {
		int deployed = deployed(mission.id());
		return (deployed == 0 && mission.withoutFigures()) ? null : deployed;
	}

	public int deployed(String missionId) {
		MissionCount count = this.missions.get(missionId);
		return (count != null) ? count.officers() : 0;
	}

	public List<Map.Entry<String, Integer>> homeServicesByOfficers() {
		return this.homeServices.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.toList();
	}

}

package ca.peaceops.fillrate.snapshot;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The state of all missions on one as-of date, from one source file, already validated.
 *
 * @param warnings facts worth a reader's attention that do not stop the run (deployed
 * above cap, sources disagreeing)
 */
public record Snapshot(LocalDate asOf, String source, List<Pool> pools, List<Mission> missions,
		List<Warning> warnings) {

	public Snapshot {
		Objects.requireNonNull(asOf, "asOf");
		source = (source == null) ? "" : source;
		pools = List.copyOf(pools);
		missions = List.copyOf(missions);
		warnings = List.copyOf(warnings);
	}

	public Optional<Pool> pool(String id) {
		return this.pools.stream().filter((pool) -> pool.id().equals(id)).findFirst();
	}

	public List<Mission> membersOf(Pool pool) {
		return this.missions.stream().filter((mission) -> pool.id().equals(mission.pool())).toList();
	}

}

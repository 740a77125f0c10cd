package ca.peaceops.fillrate.snapshot;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import ca.peaceops.fillrate.place.Place;
import ca.peaceops.fillrate.place.Places;
import ca.peaceops.fillrate.place.Regions;
import ca.peaceops.fillrate.snapshot.Warning.Kind;

/**
 * The rules that need the whole snapshot, the same for every input form: the as-of date,
 * unique ids, pools that exist, caps that are not counted twice, and a region for every
 * mission.
 */
public final class SnapshotAssembler {

	private final String file;

	private final Places regions;

	private final Clock clock;

	/** Line breaks and tabs, with the spaces around them. */
	private static final Pattern LINE_BREAK = Pattern.compile("[ ]*[\\r\\n\\t]+[ ]*");

	public SnapshotAssembler(String file, Places regions, Clock clock) {
		this.file = file;
		this.regions = regions;
		this.clock = clock;
	}

	public Snapshot assemble(LocalDate asOf, Where asOfWhere, LocalDate nameDate, String source, List<PoolDraft> pools,
			List<MissionDraft> missions, Problems problems) {
		checkAsOf(asOf, asOfWhere, nameDate, problems);
		List<Warning> flattened = new ArrayList<>();
		source = flatten(asOfWhere, "source", source, flattened);
		pools = pools.stream().map((draft) -> flatten(draft, flattened)).toList();
		missions = missions.stream().map((draft) -> flatten(draft, flattened)).toList();
		Map<String, PoolDraft> poolsById = uniquePools(pools, problems);
		List<Mission> resolved = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		for (PoolDraft draft : pools) {
			Pool pool = draft.pool();
			check(draft.where(), "id", pool.id(), TextLimits.ID, problems);
			check(draft.where(), "name", pool.name(), TextLimits.POOL_NAME, problems);
			check(draft.where(), "nameFr", pool.nameFr(), TextLimits.POOL_NAME, problems);
			check(draft.where(), "authorizedText", pool.authorizedText(), TextLimits.NAME, problems);
		}
		check(asOfWhere, "source", source, TextLimits.SOURCE, problems);
		for (MissionDraft draft : missions) {
			checkText(draft, problems);
			if (!ids.add(draft.id())) {
				problems.add(draft.where().problem("id", "duplicate mission id \"" + draft.id() + "\""));
			}
			if (draft.pool() != null && !poolsById.containsKey(draft.pool())) {
				problems.add(draft.where()
					.problem("pool", "pool \"" + draft.pool() + "\" is not among the pools " + poolsById.keySet()
							+ "; declare it under pools"));
			}
			if (draft.pool() != null && draft.authorized() != null) {
				problems.add(draft.where()
					.problem("authorized", "mission \"" + draft.id() + "\" is in pool \"" + draft.pool()
							+ "\" and must not have its own cap; the pool's cap applies"));
			}
			Optional<Place> place = this.regions.resolve(draft.country());
			String region = (draft.region() != null) ? draft.region()
					: place.map(Place::region).orElse(Regions.UNASSIGNED);
			if (problems.isEmpty()) {
				resolved.add(draft.toMission(region, place.map(Place::nameFr).orElse(null)));
			}
		}
		if (missions.isEmpty()) {
			problems.add(new InputProblem(this.file, 0, "missions", "the snapshot lists no missions"));
		}
		problems.throwIfAny();
		List<Pool> poolList = pools.stream().map(PoolDraft::pool).toList();
		List<Warning> warnings = new ArrayList<>(flattened);
		warnings.addAll(warnings(poolList, resolved));
		return new Snapshot(asOf, source, poolList, resolved, warnings);
	}

	/**
	 * A line break or a tab inside a name, a partner or the source (Alt+Enter in a
	 * spreadsheet cell, a quoted CSV value over two lines) read as one space, with a
	 * warning naming the line; ids and the other invisible characters stay refused.
	 */
	private static String flatten(Where where, String field, String value, List<Warning> warnings) {
		if (value == null || !LINE_BREAK.matcher(value).find()) {
			return value;
		}
		InputProblem at = where.problem(field, "");
		warnings.add(Warning.of(Warning.Kind.LINE_BREAK_IN_TEXT, at.file() + ":" + at.line(), field));
		return LINE_BREAK.matcher(value).replaceAll(" ").strip();
	}

	private static MissionDraft flatten(MissionDraft draft, List<Warning> warnings) {
		Where where = draft.where();
		return new MissionDraft(draft.id(), flatten(where, "name", draft.name(), warnings),
				flatten(where, "partner", draft.partner(), warnings), draft.country(), draft.region(), draft.language(),
				draft.armed(), draft.since(), draft.authorized(),
				flatten(where, "authorizedText", draft.authorizedText(), warnings), draft.deployed(), draft.pool(),
				flatten(where, "nameFr", draft.nameFr(), warnings), where);
	}

	private static PoolDraft flatten(PoolDraft draft, List<Warning> warnings) {
		Pool pool = draft.pool();
		Where where = draft.where();
		return new PoolDraft(new Pool(pool.id(), flatten(where, "name", pool.name(), warnings), pool.authorized(),
				flatten(where, "authorizedText", pool.authorizedText(), warnings), pool.deployed(),
				flatten(where, "nameFr", pool.nameFr(), warnings)), where);
	}

	private static void checkText(MissionDraft draft, Problems problems) {
		Where where = draft.where();
		check(where, "id", draft.id(), TextLimits.ID, problems);
		check(where, "name", draft.name(), TextLimits.NAME, problems);
		check(where, "nameFr", draft.nameFr(), TextLimits.NAME, problems);
		check(where, "partner", draft.partner(), TextLimits.PARTNER, problems);
		check(where, "country", draft.country(), TextLimits.COUNTRY, problems);
		check(where, "region", draft.region(), TextLimits.SHORT, problems);
		check(where, "language", draft.language(), TextLimits.SHORT, problems);
		check(where, "since", draft.since(), TextLimits.SHORT, problems);
		check(where, "authorizedText", draft.authorizedText(), TextLimits.NAME, problems);
		check(where, "pool", draft.pool(), TextLimits.ID, problems);
	}

	private static void check(Where where, String field, String value, int limit, Problems problems) {
		String problem = TextLimits.problem(field, value, limit);
		if (problem != null) {
			problems.add(where.problem(field, problem));
		}
	}

	private void checkAsOf(LocalDate asOf, Where where, LocalDate nameDate, Problems problems) {
		if (asOf == null) {
			return;
		}
		if (!asOf.equals(nameDate)) {
			problems
				.add(where.problem("asOf", "as-of date " + asOf + " does not match the file name's date " + nameDate));
		}
		if (asOf.isAfter(LocalDate.now(this.clock))) {
			problems.add(where.problem("asOf", "as-of date " + asOf + " is in the future"));
		}
	}

	private Map<String, PoolDraft> uniquePools(List<PoolDraft> pools, Problems problems) {
		Set<String> seen = new HashSet<>();
		for (PoolDraft draft : pools) {
			if (!seen.add(draft.pool().id())) {
				problems.add(draft.where().problem("id", "duplicate pool id \"" + draft.pool().id() + "\""));
			}
		}
		return pools.stream()
			.collect(Collectors.toMap((draft) -> draft.pool().id(), Function.identity(), (first, second) -> first));
	}

	private static List<Warning> warnings(List<Pool> pools, List<Mission> missions) {
		List<Warning> warnings = new ArrayList<>();
		for (Mission mission : missions) {
			if (Regions.UNASSIGNED.equals(mission.region())) {
				warnings.add((mission.country() != null) ? Warning.of(Kind.NO_REGION, mission.id(), mission.country())
						: Warning.of(Kind.NO_COUNTRY, mission.id()));
			}
			if (mission.authorized() != null && mission.deployed() != null
					&& mission.deployed() > mission.authorized()) {
				warnings
					.add(Warning.of(Kind.MISSION_ABOVE_CAP, mission.id(), mission.deployed(), mission.authorized()));
			}
		}
		for (Pool pool : pools) {
			List<Mission> members = missions.stream().filter((mission) -> pool.id().equals(mission.pool())).toList();
			if (members.isEmpty()) {
				warnings.add(Warning.of(Kind.POOL_WITHOUT_MISSIONS, pool.id()));
				continue;
			}
			boolean allKnown = members.stream().allMatch((mission) -> mission.deployed() != null);
			int memberSum = members.stream()
				.map(Mission::deployed)
				.filter(Objects::nonNull)
				.mapToInt(Integer::intValue)
				.sum();
			if (pool.deployed() != null && allKnown && memberSum != pool.deployed()) {
				warnings.add(Warning.of(Kind.POOL_TOTAL_DISAGREES, pool.id(), pool.deployed(), memberSum));
			}
			Integer deployed = (pool.deployed() != null) ? pool.deployed() : (allKnown ? memberSum : null);
			if (pool.authorized() != null && deployed != null && deployed > pool.authorized()) {
				warnings.add(Warning.of(Kind.POOL_ABOVE_CAP, pool.id(), deployed, pool.authorized()));
			}
			if (members.stream().map(Mission::region).distinct().count() > 1) {
				warnings.add(Warning.of(Kind.POOL_ACROSS_REGIONS, pool.id(), members.get(0).id()));
			}
		}
		return warnings;
	}

}

package ca.peaceops.fillrate.rates;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Compares a run with its baseline. Caps and fill rates of pooled missions are compared
 * once, on the pool; deployed counts on each mission, and on the pool where the source
 * gives only its total.
 */
public final class ChangeDetector {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private ChangeDetector() {
	}

	public static Comparison compare(RateSheet current, String currentSha256, Baseline baseline) {
		if (baseline == null) {
			return Comparison.firstRun();
		}
		List<Change> changes = new ArrayList<>();
		boolean sameSnapshot = baseline.snapshotSha256().equals(currentSha256);
		if (sameSnapshot) {
			changes.add(new Change(ChangeKind.SNAPSHOT_UNCHANGED, false, "", "", null, null, null));
		}
		List<MissionFigures> now = current.missions().stream().map(MissionFigures::of).toList();
		compareMissions(now, baseline.missions(), changes);
		List<PoolFigures> pools = current.pools().stream().map(PoolFigures::of).toList();
		comparePools(pools, baseline.pools(), changes);
		changes.sort(Comparator.comparing(Change::kind)
			.thenComparing(Change::magnitude, Comparator.reverseOrder())
			.thenComparing(Change::subjectId));
		return new Comparison(baseline.period(), baseline.asOf(), sameSnapshot, baseline.total(), changes);
	}

	/**
	 * A move of a rate in percentage points, or {@code null} when either side is unknown.
	 */
	public static BigDecimal pts(BigDecimal before, BigDecimal after) {
		if (before == null || after == null) {
			return null;
		}
		return after.subtract(before).multiply(HUNDRED).setScale(Figures.RATE_SCALE - 2);
	}

	/**
	 * A move of a rate in percentage points from the counts, where both sides have them:
	 * rounding each rate first would put 40/90 to 15/90 at −27.77 points rather than
	 * −27.78. Otherwise from the rates, as {@link #pts(BigDecimal, BigDecimal)}.
	 */
	public static BigDecimal pts(Integer deployedBefore, Integer authorizedBefore, Integer deployedAfter,
			Integer authorizedAfter, BigDecimal before, BigDecimal after) {
		if (before == null || after == null) {
			return null;
		}
		if (deployedBefore == null || deployedAfter == null || authorizedBefore == null || authorizedAfter == null
				|| authorizedBefore == 0 || authorizedAfter == 0) {
			return pts(before, after);
		}
		BigInteger numerator = BigInteger.valueOf(deployedAfter)
			.multiply(BigInteger.valueOf(authorizedBefore))
			.subtract(BigInteger.valueOf(deployedBefore).multiply(BigInteger.valueOf(authorizedAfter)))
			.multiply(BigInteger.valueOf(100));
		BigInteger denominator = BigInteger.valueOf(authorizedBefore).multiply(BigInteger.valueOf(authorizedAfter));
		return new BigDecimal(numerator).divide(new BigDecimal(denominator), Figures.RATE_SCALE - 2,
				RoundingMode.HALF_UP);
	}

	private static void compareMissions(List<MissionFigures> now, List<MissionFigures> before, List<Change> changes) {
		Map<String, MissionFigures> previous = before.stream()
			.collect(Collectors.toMap(MissionFigures::id, Function.identity()));
		Map<String, MissionFigures> currentById = now.stream()
			.collect(Collectors.toMap(MissionFigures::id, Function.identity()));
		for (MissionFigures mission : now) {
			MissionFigures old = previous.get(mission.id());
			if (old == null) {
				changes.add(new Change(ChangeKind.NEW_MISSION, false, mission.id(), mission.name(), null,
						count(mission.deployed()), null));
				continue;
			}
			countChange(ChangeKind.CAP_CHANGED, false, mission.id(), mission.name(), old.authorized(),
					mission.authorized(), changes);
			countChange(ChangeKind.DEPLOYED_CHANGED, false, mission.id(), mission.name(), old.deployed(),
					mission.deployed(), changes);
			if (mission.pool() == null && old.pool() == null) {
				rateChange(mission.id(), mission.name(), false, old.fillRate(), mission.fillRate(), pts(old.deployed(),
						old.authorized(), mission.deployed(), mission.authorized(), old.fillRate(), mission.fillRate()),
						changes);
			}
		}
		for (MissionFigures old : before) {
			if (!currentById.containsKey(old.id())) {
				changes.add(new Change(ChangeKind.ENDED_MISSION, false, old.id(), old.name(), count(old.deployed()),
						null, null));
			}
		}
	}

	private static void comparePools(List<PoolFigures> now, List<PoolFigures> before, List<Change> changes) {
		Map<String, PoolFigures> previous = before.stream()
			.collect(Collectors.toMap(PoolFigures::id, Function.identity()));
		for (PoolFigures pool : now) {
			PoolFigures old = previous.get(pool.id());
			if (old == null) {
				continue;
			}
			countChange(ChangeKind.CAP_CHANGED, true, pool.id(), pool.name(), old.authorized(), pool.authorized(),
					changes);
			if (pool.totalOnly() || old.totalOnly()) {
				countChange(ChangeKind.DEPLOYED_CHANGED, true, pool.id(), pool.name(), old.deployed(), pool.deployed(),
						changes);
			}
			rateChange(pool.id(), pool.name(), true, old.fillRate(), pool.fillRate(), pts(old.deployed(),
					old.authorized(), pool.deployed(), pool.authorized(), old.fillRate(), pool.fillRate()), changes);
		}
	}

	private static void countChange(ChangeKind kind, boolean pool, String id, String name, Integer before,
			Integer after, List<Change> changes) {
		if (Objects.equals(before, after)) {
			return;
		}
		BigDecimal delta = (before != null && after != null) ? BigDecimal.valueOf(after - before) : null;
		changes.add(new Change(kind, pool, id, name, count(before), count(after), delta));
	}

	private static void rateChange(String id, String name, boolean pool, BigDecimal before, BigDecimal after,
			BigDecimal points, List<Change> changes) {
		if (before == null && after == null || before != null && after != null && before.compareTo(after) == 0) {
			return;
		}
		changes.add(new Change(ChangeKind.FILL_RATE_MOVED, pool, id, name, before, after, points));
	}

	private static BigDecimal count(Integer value) {
		return (value != null) ? BigDecimal.valueOf(value) : null;
	}

}

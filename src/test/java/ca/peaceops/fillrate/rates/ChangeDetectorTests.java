package ca.peaceops.fillrate.rates;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import ca.peaceops.fillrate.snapshot.Mission;
import ca.peaceops.fillrate.snapshot.Pool;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static ca.peaceops.fillrate.snapshot.Missions.own;
import static ca.peaceops.fillrate.snapshot.Missions.pool;
import static ca.peaceops.fillrate.snapshot.Missions.pooled;
import static ca.peaceops.fillrate.snapshot.Missions.snapshot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class ChangeDetectorTests {

	private static final YearMonth MARCH = YearMonth.of(2018, 3);

	private static Baseline baseline(String sha256, List<Pool> pools, Mission... missions) {
		return Baseline.of(MARCH, LocalDate.of(2018, 3, 31), sha256, RateCalculator.compute(snapshot(pools, missions)));
	}

	private static Comparison compare(String sha256, Baseline baseline, List<Pool> pools, Mission... missions) {
		return ChangeDetector.compare(RateCalculator.compute(snapshot(pools, missions)), sha256, baseline);
	}

	private static List<Change> ofKind(Comparison comparison, ChangeKind kind) {
		return comparison.changes().stream().filter((change) -> change.kind() == kind).toList();
	}

	@Test
	void theFirstRunHasNoBaselineAndNoChanges() {
		Comparison comparison = ChangeDetector
			.compare(RateCalculator.compute(snapshot(List.of(), own("A", "Europe", 1, 1))), "sha", null);

		assertThat(comparison.hasBaseline()).isFalse();
		assertThat(comparison.changes()).isEmpty();
	}

	@Test
	void namesTheBaseline() {
		Comparison comparison = compare("new", baseline("old", List.of(), own("A", "Europe", 20, 10)), List.of(),
				own("A", "Europe", 20, 10));

		assertThat(comparison.baselinePeriod()).isEqualTo(MARCH);
		assertThat(comparison.baselineAsOf()).isEqualTo(LocalDate.of(2018, 3, 31));
		assertThat(comparison.baselineTotal().deployed()).isEqualTo(10);
	}

	@Nested
	class MissionsThatStartAndEnd {

		@Test
		void aSuccessorIsAnEndPlusAStart() {
			Baseline before = baseline("old", List.of(), own("MINUSTAH", "Americas", 150, 80));

			Comparison comparison = compare("new", before, List.of(), own("MINUJUSTH", "Americas", 90, 40));

			assertThat(ofKind(comparison, ChangeKind.ENDED_MISSION)).singleElement().satisfies((change) -> {
				assertThat(change.subjectId()).isEqualTo("MINUSTAH");
				assertThat(change.before()).isEqualByComparingTo("80");
				assertThat(change.after()).isNull();
			});
			assertThat(ofKind(comparison, ChangeKind.NEW_MISSION)).singleElement().satisfies((change) -> {
				assertThat(change.subjectId()).isEqualTo("MINUJUSTH");
				assertThat(change.after()).isEqualByComparingTo("40");
			});
			assertThat(ofKind(comparison, ChangeKind.FILL_RATE_MOVED)).isEmpty();
		}

	}

	@Nested
	class Figures {

		@Test
		void aChangedCapIsReportedWithItsDelta() {
			Comparison comparison = compare("new", baseline("old", List.of(), own("A", "Europe", 20, 10)), List.of(),
					own("A", "Europe", 45, 10));

			assertThat(ofKind(comparison, ChangeKind.CAP_CHANGED)).singleElement()
				.satisfies((change) -> assertThat(change.delta()).isEqualByComparingTo("25"));
		}

		@Test
		void aChangedDeploymentIsReportedWithANegativeDeltaWhenItFalls() {
			Comparison comparison = compare("new", baseline("old", List.of(), own("HAITI", "Americas", 90, 40)),
					List.of(), own("HAITI", "Americas", 90, 15));

			assertThat(ofKind(comparison, ChangeKind.DEPLOYED_CHANGED)).singleElement().satisfies((change) -> {
				assertThat(change.before()).isEqualByComparingTo("40");
				assertThat(change.after()).isEqualByComparingTo("15");
				assertThat(change.delta()).isEqualByComparingTo("-25");
			});
		}

		@Test
		void fillRateMovesAreInPercentagePointsFromTheCountsNotFromRoundedRates() {
			Comparison comparison = compare("new", baseline("old", List.of(), own("HAITI", "Americas", 90, 40)),
					List.of(), own("HAITI", "Americas", 90, 15));

			assertThat(ofKind(comparison, ChangeKind.FILL_RATE_MOVED)).singleElement().satisfies((change) -> {
				assertThat(change.before()).isEqualByComparingTo("0.4444");
				assertThat(change.after()).isEqualByComparingTo("0.1667");
				assertThat(change.delta()).isEqualByComparingTo("-27.78");
			});
		}

		@Test
		void aFigureThatIsNoLongerGivenIsAChangeWithoutADelta() {
			Comparison comparison = compare("new", baseline("old", List.of(), own("A", "Europe", 20, 10)), List.of(),
					own("A", "Europe", 20, null));

			assertThat(ofKind(comparison, ChangeKind.DEPLOYED_CHANGED)).singleElement().satisfies((change) -> {
				assertThat(change.after()).isNull();
				assertThat(change.delta()).isNull();
			});
		}

		@Test
		void unchangedFiguresAreNotChanges() {
			Comparison comparison = compare("new", baseline("old", List.of(), own("A", "Europe", 20, 10)), List.of(),
					own("A", "Europe", 20, 10));

			assertThat(comparison.changes()).isEmpty();
			assertThat(comparison.sameSnapshot()).isFalse();
		}

	}

	@Nested
	class SharedCaps {

		@Test
		void aPoolsCapAndRateAreComparedOnceOnThePool() {
			Baseline before = baseline("old", List.of(pool("west-bank", 5, null)),
					pooled("EUPOL-COPPS", "Middle East", "west-bank", 1),
					pooled("PROTEUS", "Middle East", "west-bank", 3));

			Comparison comparison = compare("new", before, List.of(pool("west-bank", 12, null)),
					pooled("EUPOL-COPPS", "Middle East", "west-bank", 1),
					pooled("PROTEUS", "Middle East", "west-bank", 3));

			assertThat(ofKind(comparison, ChangeKind.CAP_CHANGED)).singleElement().satisfies((change) -> {
				assertThat(change.pool()).isTrue();
				assertThat(change.subjectId()).isEqualTo("west-bank");
			});
			assertThat(ofKind(comparison, ChangeKind.FILL_RATE_MOVED)).singleElement()
				.satisfies((change) -> assertThat(change.pool()).isTrue());
		}

		@Test
		void aPoolTotalGivenByTheSourceIsComparedOnThePool() {
			Baseline before = baseline("old", List.of(pool("west-bank", 5, 3)),
					pooled("EUPOL-COPPS", "Middle East", "west-bank", null));

			Comparison comparison = compare("new", before, List.of(pool("west-bank", 5, 4)),
					pooled("EUPOL-COPPS", "Middle East", "west-bank", null));

			assertThat(ofKind(comparison, ChangeKind.DEPLOYED_CHANGED)).singleElement().satisfies((change) -> {
				assertThat(change.pool()).isTrue();
				assertThat(change.delta()).isEqualByComparingTo("1");
			});
		}

	}

	@Nested
	class StaleData {

		@Test
		void theSameSnapshotAsLastTimeIsSaidPlainlyAndFirst() {
			Baseline before = baseline("same-sha", List.of(), own("A", "Europe", 20, 10));

			Comparison comparison = compare("same-sha", before, List.of(), own("A", "Europe", 20, 10));

			assertThat(comparison.sameSnapshot()).isTrue();
			assertThat(comparison.changes()).first()
				.satisfies((change) -> assertThat(change.kind()).isEqualTo(ChangeKind.SNAPSHOT_UNCHANGED));
		}

	}

	@Nested
	class Order {

		@Test
		void changesAreOrderedByKindThenByImpact() {
			Baseline before = baseline("old", List.of(), own("SMALL", "Europe", 20, 10), own("BIG", "Europe", 90, 40),
					own("GONE", "Europe", 5, 5));

			Comparison comparison = compare("new", before, List.of(), own("SMALL", "Europe", 20, 11),
					own("BIG", "Europe", 90, 15), own("NEW", "Europe", 5, 0));

			assertThat(comparison.changes()).extracting(Change::kind, Change::subjectId)
				.startsWith(tuple(ChangeKind.NEW_MISSION, "NEW"), tuple(ChangeKind.ENDED_MISSION, "GONE"),
						tuple(ChangeKind.DEPLOYED_CHANGED, "BIG"), tuple(ChangeKind.DEPLOYED_CHANGED, "SMALL"));
		}

	}

}

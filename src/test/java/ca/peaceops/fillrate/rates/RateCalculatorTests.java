package ca.peaceops.fillrate.rates;

import java.math.BigDecimal;
import java.util.List;

import ca.peaceops.fillrate.snapshot.Snapshot;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static ca.peaceops.fillrate.snapshot.Missions.own;
import static ca.peaceops.fillrate.snapshot.Missions.pool;
import static ca.peaceops.fillrate.snapshot.Missions.pooled;
import static ca.peaceops.fillrate.snapshot.Missions.posting;
import static ca.peaceops.fillrate.snapshot.Missions.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

class RateCalculatorTests {

	private static MissionRate mission(RateSheet sheet, String id) {
		return sheet.missions().stream().filter((rate) -> rate.mission().id().equals(id)).findFirst().orElseThrow();
	}

	private static RegionRate region(RateSheet sheet, String name) {
		return sheet.regions().stream().filter((rate) -> rate.region().equals(name)).findFirst().orElseThrow();
	}

	@Nested
	class PerMission {

		@Test
		void fillRateIsDeployedOverAuthorizedAsAFractionWithFourDecimals() {
			RateSheet sheet = RateCalculator.compute(snapshot(List.of(), own("MINUJUSTH", "Americas", 90, 40)));

			MissionRate rate = mission(sheet, "MINUJUSTH");
			assertThat(rate.fillRate()).isEqualByComparingTo("0.4444");
			assertThat(rate.fillRate().scale()).isEqualTo(4);
			assertThat(rate.vacancies()).isEqualTo(50);
			assertThat(rate.status()).isEqualTo(RateStatus.OK);
		}

		@Test
		void roundsHalfUp() {
			RateSheet sheet = RateCalculator.compute(snapshot(List.of(), own("A", "Europe", 3, 2)));

			assertThat(mission(sheet, "A").fillRate()).isEqualTo(new BigDecimal("0.6667"));
		}

		@Test
		void aFullMissionHasNoVacancies() {
			RateSheet sheet = RateCalculator.compute(snapshot(List.of(), own("UKRAINE", "Europe", 20, 20)));

			assertThat(mission(sheet, "UKRAINE").vacancies()).isZero();
			assertThat(mission(sheet, "UKRAINE").fillRate()).isEqualByComparingTo("1");
		}

	}

	@Nested
	class OverCap {

		@Test
		void isFlaggedNotClipped() {
			RateSheet sheet = RateCalculator.compute(snapshot(List.of(), own("A", "Europe", 20, 25)));

			MissionRate rate = mission(sheet, "A");
			assertThat(rate.status()).isEqualTo(RateStatus.OVER_CAP);
			assertThat(rate.fillRate()).isEqualByComparingTo("1.25");
		}

		@Test
		void vacanciesNeverGoBelowZero() {
			RateSheet sheet = RateCalculator.compute(snapshot(List.of(), own("A", "Europe", 20, 25)));

			assertThat(mission(sheet, "A").vacancies()).isZero();
		}

		@Test
		void officersAboveOneCapDoNotFillAnotherMissionsVacancies() {
			RateSheet sheet = RateCalculator
				.compute(snapshot(List.of(), own("A", "Europe", 20, 25), own("B", "Europe", 10, 5)));

			assertThat(region(sheet, "Europe").totals().vacancies()).isEqualTo(5);
			assertThat(region(sheet, "Europe").totals().deployed()).isEqualTo(30);
		}

	}

	@Nested
	class SharedCaps {

		private final Snapshot westBank = snapshot(List.of(pool("west-bank", 5, null)),
				pooled("EUPOL-COPPS", "Middle East", "west-bank", 1), pooled("PROTEUS", "Middle East", "west-bank", 3),
				own("IRAQ", "Middle East", 20, 3));

		@Test
		void aPoolsFillRateIsTheSumOfItsMissionsOverTheSharedCap() {
			RateSheet sheet = RateCalculator.compute(this.westBank);

			PoolRate pool = sheet.pools().get(0);
			assertThat(pool.figures().deployed()).isEqualTo(4);
			assertThat(pool.fillRate()).isEqualByComparingTo("0.8");
			assertThat(pool.missionIds()).containsExactly("EUPOL-COPPS", "PROTEUS");
		}

		@Test
		void eachPooledMissionShowsTheSharedCapAndThePoolsRateButNoCapOfItsOwn() {
			RateSheet sheet = RateCalculator.compute(this.westBank);

			for (String id : List.of("EUPOL-COPPS", "PROTEUS")) {
				MissionRate rate = mission(sheet, id);
				assertThat(rate.shared()).isTrue();
				assertThat(rate.authorized()).isNull();
				assertThat(rate.vacancies()).isNull();
				assertThat(rate.poolAuthorized()).isEqualTo(5);
				assertThat(rate.fillRate()).isEqualByComparingTo("0.8");
			}
			assertThat(mission(sheet, "PROTEUS").deployed()).isEqualTo(3);
		}

		@Test
		void aRegionCountsTheSharedCapOnce() {
			RateSheet sheet = RateCalculator.compute(this.westBank);

			Totals middleEast = region(sheet, "Middle East").totals();
			assertThat(middleEast.authorized()).isEqualTo(25);
			assertThat(middleEast.deployed()).isEqualTo(7);
			assertThat(middleEast.fillRate()).isEqualByComparingTo("0.28");
			assertThat(sheet.total().authorized()).isEqualTo(25);
		}

		@Test
		void aPoolTotalGivenByTheSourceIsUsedWhenItsMissionsHaveNoFigures() {
			RateSheet sheet = RateCalculator
				.compute(snapshot(List.of(pool("colombia", 10, 1)), pooled("UNVMC", "Americas", "colombia", null),
						pooled("COLOMBIA-BILATERAL", "Americas", "colombia", null)));

			PoolRate pool = sheet.pools().get(0);
			assertThat(pool.totalOnly()).isTrue();
			assertThat(pool.fillRate()).isEqualByComparingTo("0.1");
			assertThat(sheet.total().authorized()).isEqualTo(10);
			assertThat(sheet.total().deployed()).isEqualTo(1);
		}

		@Test
		void aPoolWithOneMissionOfUnknownDeploymentIsUnknown() {
			RateSheet sheet = RateCalculator.compute(snapshot(List.of(pool("colombia", 10, null)),
					pooled("UNVMC", "Americas", "colombia", 0), pooled("BILATERAL", "Americas", "colombia", null)));

			assertThat(sheet.pools().get(0).fillRate()).isNull();
			assertThat(mission(sheet, "UNVMC").status()).isEqualTo(RateStatus.UNKNOWN);
			assertThat(sheet.total().leftOut()).isEqualTo(1);
			assertThat(sheet.total().authorized()).isZero();
		}

	}

	@Nested
	class Unknowns {

		@Test
		void anUnknownDeployedCountIsNeverZero() {
			RateSheet sheet = RateCalculator.compute(snapshot(List.of(), own("A", "Europe", 20, null)));

			MissionRate rate = mission(sheet, "A");
			assertThat(rate.deployed()).isNull();
			assertThat(rate.fillRate()).isNull();
			assertThat(rate.vacancies()).isNull();
			assertThat(rate.status()).isEqualTo(RateStatus.UNKNOWN);
		}

		@Test
		void areLeftOutOfTotalsAndCounted() {
			RateSheet sheet = RateCalculator.compute(snapshot(List.of(), own("A", "Europe", 20, 10),
					own("B", "Europe", 20, null), own("C", "Europe", null, 4)));

			Totals europe = region(sheet, "Europe").totals();
			assertThat(europe.authorized()).isEqualTo(20);
			assertThat(europe.deployed()).isEqualTo(10);
			assertThat(europe.included()).isEqualTo(1);
			assertThat(europe.leftOut()).isEqualTo(2);
			assertThat(sheet.total().fillRate()).isEqualByComparingTo("0.5");
		}

		@Test
		void postingsWithoutFiguresAreListedApartAndNotCountedAsLeftOut() {
			RateSheet sheet = RateCalculator.compute(
					snapshot(List.of(), own("A", "Americas", 90, 40), posting("SENIOR-POLICE-ADVISOR", "Americas")));

			assertThat(sheet.withoutFigures()).extracting((rate) -> rate.mission().id())
				.containsExactly("SENIOR-POLICE-ADVISOR");
			assertThat(mission(sheet, "SENIOR-POLICE-ADVISOR").status()).isEqualTo(RateStatus.NO_FIGURES);
			assertThat(mission(sheet, "SENIOR-POLICE-ADVISOR").fillRate()).isNull();
			assertThat(sheet.total().leftOut()).isZero();
			assertThat(sheet.total().authorized()).isEqualTo(90);
		}

		@Test
		void aRegionWithOnlyPostingsWithoutFiguresHasNoRow() {
			RateSheet sheet = RateCalculator
				.compute(snapshot(List.of(), own("A", "Americas", 90, 40), posting("SAAT", "Africa")));

			assertThat(sheet.regions()).extracting(RegionRate::region).containsExactly("Americas");
		}

		@Test
		void aCapOfZeroHasNoRate() {
			RateSheet sheet = RateCalculator.compute(snapshot(List.of(), own("A", "Europe", 0, 0)));

			assertThat(mission(sheet, "A").fillRate()).isNull();
			assertThat(sheet.total().fillRate()).isNull();
		}

	}

	@Nested
	class RegionsAndTotal {

		@Test
		void theMarch2018PageGivesTheFiguresManagersExpect() {
			Snapshot march = snapshot(List.of(pool("west-bank", 5, null), pool("colombia", 10, 1)),
					own("MINUJUSTH", "Americas", 90, 40), own("UKRAINE", "Europe", 20, 20),
					pooled("UNVMC", "Americas", "colombia", null), pooled("BILATERAL", "Americas", "colombia", null),
					own("IRAQ", "Middle East", 20, 3), pooled("EUPOL-COPPS", "Middle East", "west-bank", 1),
					pooled("PROTEUS", "Middle East", "west-bank", 3), posting("SENIOR-POLICE-ADVISOR", "Americas"));

			RateSheet sheet = RateCalculator.compute(march);

			assertThat(region(sheet, "Americas").totals()).extracting(Totals::authorized, Totals::deployed)
				.containsExactly(100, 41);
			assertThat(region(sheet, "Americas").totals().fillRate()).isEqualByComparingTo("0.41");
			assertThat(region(sheet, "Europe").totals().fillRate()).isEqualByComparingTo("1");
			assertThat(region(sheet, "Middle East").totals().fillRate()).isEqualByComparingTo("0.28");
			assertThat(sheet.total()).extracting(Totals::authorized, Totals::deployed, Totals::vacancies)
				.containsExactly(145, 68, 77);
			assertThat(sheet.total().fillRate()).isEqualByComparingTo("0.4690");
		}

		@Test
		void regionsAreInAStableOrder() {
			RateSheet sheet = RateCalculator.compute(snapshot(List.of(), own("A", "Middle East", 1, 1),
					own("B", "Americas", 1, 1), own("C", "Europe", 1, 1)));

			assertThat(sheet.regions()).extracting(RegionRate::region)
				.containsExactly("Americas", "Europe", "Middle East");
		}

	}

}

package ca.peaceops.fillrate.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import ca.peaceops.fillrate.roster.RosterCounts;
import ca.peaceops.fillrate.snapshot.Mission;
import ca.peaceops.fillrate.snapshot.Snapshot;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where the women among a mission's officers come from, which every edition shows alike.
 */
class WomenDeployedTests {

	private static final Mission HAITI = mission("MINUJUSTH", 40);

	private static final Mission UKRAINE = mission("UKRAINE", 18);

	private static final Mission ADVISOR = mission("ADVISOR", null);

	private static final Report REPORT = Reports.of(YearMonth.of(2018, 4),
			new Snapshot(LocalDate.of(2018, 4, 30), "test", List.of(), List.of(HAITI, UKRAINE, ADVISOR), List.of()),
			null);

	@Test
	void aCountsTableGivesThemWhereItsRowDoesAmongItsDeployedCount() {
		Report report = Reports.withWomen(REPORT, null, Map.of("MINUJUSTH", 9, "ADVISOR", 1));

		assertThat(WomenDeployed.in(report, HAITI)).contains(new WomenDeployed(40, 9));
		assertThat(WomenDeployed.in(report, UKRAINE)).as("its row left them empty").isEmpty();
		assertThat(WomenDeployed.in(report, ADVISOR)).as("no deployed count, no count of women").isEmpty();
		assertThat(WomenDeployed.missions(report)).extracting((entry) -> entry.getKey().id())
			.containsExactly("MINUJUSTH");
		assertThat(new WomenDeployed(40, 9).share()).isEqualByComparingTo(new BigDecimal("0.225"));
		assertThat(new ReportText(Locale.CANADA).womenSummary(report))
			.isEqualTo("Of the 40 officers deployed in the missions whose counts give women, 9 are women (22.5%).");
	}

	@Test
	void aRosterListsEveryoneSoAMissionItDoesNotNameHasNone() {
		RosterCounts roster = new RosterCounts("roster.csv", 40, 9,
				Map.of("MINUJUSTH", new RosterCounts.MissionCount(40, 9)), Map.of("RCMP", 40));
		Report report = Reports.withWomen(REPORT, roster, Map.of());

		assertThat(WomenDeployed.in(report, UKRAINE)).contains(new WomenDeployed(0, 0));
		assertThat(new WomenDeployed(0, 0).share()).isNull();
		assertThat(new ReportText(Locale.CANADA).womenHeading(report)).contains("From the roster");
	}

	@Test
	void countsThatSayNothingOfWomenHaveNoSection() {
		assertThat(WomenDeployed.missions(REPORT)).isEmpty();
		assertThat(new ReportText(Locale.CANADA).womenHeading(REPORT)).isEmpty();
	}

	private static Mission mission(String id, Integer deployed) {
		return new Mission(id, id, null, "Haiti", "Americas", null, null, null, 50, null, deployed, null, null, null);
	}

}

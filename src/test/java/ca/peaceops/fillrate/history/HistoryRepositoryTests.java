package ca.peaceops.fillrate.history;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import ca.peaceops.fillrate.rates.Baseline;
import ca.peaceops.fillrate.rates.RateCalculator;
import ca.peaceops.fillrate.rates.RateSheet;
import ca.peaceops.fillrate.snapshot.Mission;
import ca.peaceops.fillrate.snapshot.Snapshot;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The history's storage alone, on the schema Flyway creates: what a publication writes is
 * what a later period reads back as its baseline, and a rerun replaces, never adds.
 */
@JdbcTest
// The same imports as PageWatchTests: one test context serves both.
@Import({ HistoryRepository.class, PageRecords.class })
class HistoryRepositoryTests {

	private static final YearMonth JANUARY = YearMonth.of(2018, 1);

	private static final YearMonth MARCH = YearMonth.of(2018, 3);

	@Autowired
	HistoryRepository history;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anEmptyHistoryHasNoPeriodAndNoBaseline() {
		assertThat(this.history.latestPeriod()).isEmpty();
		assertThat(this.history.publishedPeriods()).isEmpty();
		assertThat(this.history.baselineBefore(MARCH)).isEmpty();
	}

	@Test
	void theBaselineOfAPeriodIsTheLatestPublishedBeforeIt() {
		publish(JANUARY, sheet(mission("UNMISS", 10, 4)));
		publish(MARCH, sheet(mission("UNMISS", 10, 7)));

		Baseline baseline = this.history.baselineBefore(MARCH).orElseThrow();

		assertThat(baseline.period()).isEqualTo(JANUARY);
		assertThat(baseline.total().authorized()).isEqualTo(10);
		assertThat(baseline.total().deployed()).isEqualTo(4);
		assertThat(this.history.baselineBefore(JANUARY)).isEmpty();
		assertThat(this.history.latestPeriod()).contains(MARCH);
		assertThat(this.history.publishedPeriods()).containsExactly(JANUARY, MARCH);
	}

	@Test
	void aRerunReplacesThePeriodsRowsAndKeepsNoDuplicate() {
		publish(MARCH, sheet(mission("UNMISS", 10, 4), mission("MINUSMA", 5, 5)));
		publish(MARCH, sheet(mission("UNMISS", 10, 6)));

		List<HistoryRow> rows = this.history.allMissionRows();

		assertThat(rows).hasSize(1);
		assertThat(rows.get(0).missionId()).isEqualTo("UNMISS");
		assertThat(this.history.find(MARCH).orElseThrow().edition()).isEqualTo(1);
	}

	@Test
	void theStoredReportAndChecksumsComeBackAsSaved() {
		publish(MARCH, sheet(mission("UNMISS", 10, 4)));
		this.history.saveReportJson(MARCH, "{\"format\":3}");
		this.history.saveManifest(MARCH, "abc  missions-2018-03.csv\n");

		assertThat(this.history.reportJson(MARCH)).contains("{\"format\":3}");
		assertThat(this.history.manifest(MARCH)).contains("abc  missions-2018-03.csv\n");
		assertThat(this.history.reportJson(JANUARY)).isEmpty();
	}

	@Test
	void rowsChangedAfterPublicationAreNoticedAndARerunSealsThemAgain() {
		publish(JANUARY, sheet(mission("UNMISS", 10, 4), mission("MINUSMA", 5, 5)));
		this.history.sealRows(JANUARY);
		publish(MARCH, sheet(mission("UNMISS", 10, 7)));
		this.history.sealRows(MARCH);
		assertThat(this.history.periodsWithChangedRows()).isEmpty();

		this.jdbc.sql("delete from mission_result where period = '2018-01' and mission_id = 'MINUSMA'").update();
		this.jdbc.sql("update mission_result set deployed = 8 where period = '2018-03'").update();

		assertThat(this.history.periodsWithChangedRows()).containsExactly(JANUARY, MARCH);
		publish(MARCH, sheet(mission("UNMISS", 10, 7)));
		this.history.sealRows(MARCH);
		assertThat(this.history.periodsWithChangedRows()).containsExactly(JANUARY);
	}

	private void publish(YearMonth period, RateSheet sheet) {
		this.history.replace(new PublishedRun(period, 1, period.atEndOfMonth(), "input/snapshots/x.json",
				"0".repeat(64), "test", Instant.parse("2018-04-01T06:00:00Z")), sheet);
	}

	private static RateSheet sheet(Mission... missions) {
		return RateCalculator
			.compute(new Snapshot(LocalDate.of(2018, 3, 31), "test", List.of(), List.of(missions), List.of()));
	}

	private static Mission mission(String id, int authorized, int deployed) {
		return new Mission(id, id, null, "South Sudan", "Africa", null, null, null, authorized, null, deployed, null,
				null, null);
	}

}

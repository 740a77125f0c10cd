package ca.peaceops.fillrate.snapshot;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * JSON, CSV and the page's own text stating the same facts are the same snapshot: every
 * mission and every pool equal, field by field, so that the reports made from them are
 * the same (the reports are made from the snapshot alone; the job's runs of a snapshot
 * are {@code MonthlyReportIntegrationTests}').
 */
class SameFactsTests {

	private static final Path SAME_FACTS = Path.of("src/test/resources/same-facts");

	private final SnapshotReader reader = new SnapshotReader(SnapshotReader.places(Path.of("input/regions.csv")),
			Clock.systemUTC());

	private Snapshot read(String file) {
		return this.reader.read(SnapshotFile.of(SAME_FACTS.resolve(file)).orElseThrow()).snapshot();
	}

	@Test
	void jsonCsvAndPageTextGiveTheSameMissionsAndPools() {
		Snapshot json = read("2018-03-31.json");
		Snapshot csv = read("2018-03-31.csv");
		Snapshot page = read("2018-03-31-current-operations.txt");

		assertThat(json.asOf()).isEqualTo(LocalDate.of(2018, 3, 31));
		assertThat(json.missions()).hasSize(5);
		for (Snapshot other : new Snapshot[] { csv, page }) {
			assertThat(other.asOf()).isEqualTo(json.asOf());
			assertThat(other.missions()).isEqualTo(json.missions());
			assertThat(other.pools()).isEqualTo(json.pools());
		}
		assertThat(json.pool("west-bank")).hasValueSatisfying((pool) -> assertThat(pool.authorized()).isEqualTo(5));
	}

}

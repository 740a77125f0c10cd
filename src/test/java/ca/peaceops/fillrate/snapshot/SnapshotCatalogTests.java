package ca.peaceops.fillrate.snapshot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SnapshotCatalogTests {

	@TempDir
	Path dir;

	private void touch(String name) throws IOException {
		Files.writeString(this.dir.resolve(name), "{}");
	}

	@Test
	void choosesTheNewestSnapshotOnOrBeforeThePeriodsLastDay() throws IOException {
		touch("2018-01-31.json");
		touch("2018-03-31.json");
		touch("2018-04-01.json");

		SnapshotCatalog catalog = SnapshotCatalog.scan(this.dir);

		assertThat(catalog.forPeriod(YearMonth.of(2018, 3)).asOf()).isEqualTo(LocalDate.of(2018, 3, 31));
		assertThat(catalog.forPeriod(YearMonth.of(2018, 2)).asOf()).isEqualTo(LocalDate.of(2018, 1, 31));
	}

	@Test
	void noSnapshotForThePeriodIsBadInput() throws IOException {
		touch("2018-03-31.json");

		assertThatExceptionOfType(BadInputException.class)
			.isThrownBy(() -> SnapshotCatalog.scan(this.dir).forPeriod(YearMonth.of(2018, 2)))
			.withMessageContaining("no snapshot dated on or before 2018-02-28");
	}

	@Test
	void twoFilesForTheChosenDateAreBadInput() throws IOException {
		touch("2018-03-31.json");
		touch("2018-03-31-current-operations.txt");

		assertThatExceptionOfType(BadInputException.class)
			.isThrownBy(() -> SnapshotCatalog.scan(this.dir).forPeriod(YearMonth.of(2018, 3)))
			.withMessageContaining("two snapshot files for 2018-03-31");
	}

	@Test
	void filesWhoseNamesDoNotStartWithADateAreSetAside() throws IOException {
		touch("README.md");
		touch("march.json");
		touch("2018-03-31.json");

		SnapshotCatalog catalog = SnapshotCatalog.scan(this.dir);

		assertThat(catalog.files()).hasSize(1);
		assertThat(catalog.ignored()).extracting((path) -> path.getFileName().toString())
			.containsExactly("README.md", "march.json");
	}

	@Test
	void readsTheFormatFromTheFileName() {
		assertThat(SnapshotFile.of(Path.of("2018-03-31-current-operations.txt")))
			.hasValueSatisfying((file) -> assertThat(file.format()).isEqualTo(SnapshotFile.Format.TXT));
		assertThat(SnapshotFile.of(Path.of("2018-02-30.json"))).isEmpty();
	}

}

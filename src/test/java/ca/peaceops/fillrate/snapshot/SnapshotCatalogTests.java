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
	void otherFilesAndBackupsAreSetAside() throws IOException {
		touch("README.md");
		touch("2018-03-31.json.bak");
		touch("2018-03-30.json~");
		touch("2018-03-31.json");

		SnapshotCatalog catalog = SnapshotCatalog.scan(this.dir);

		assertThat(catalog.files()).hasSize(1);
		assertThat(catalog.ignored()).extracting((path) -> path.getFileName().toString()).containsExactly("README.md");
	}

	@Test
	void whatLooksLikeASnapshotButCannotBeOneIsAnErrorNamingIt() throws IOException {
		touch("2018-03-31.json");
		touch("2018-02-30.json");
		touch("2018-3-31.json");
		touch("march.json");
		Files.createDirectory(this.dir.resolve("2018-01-31.json"));
		Files.createSymbolicLink(this.dir.resolve("2017-12-31.json"), this.dir.resolve("gone.json"));

		assertThatExceptionOfType(BadInputException.class).isThrownBy(() -> SnapshotCatalog.scan(this.dir))
			.satisfies((ex) -> assertThat(ex.problems())
				.extracting((problem) -> Path.of(problem.file()).getFileName().toString() + " "
						+ problem.message().substring(0, 12))
				.containsExactly("2017-12-31.json is a link to", "2018-01-31.json is a directo",
						"2018-02-30.json cannot be a ", "2018-3-31.json cannot be a ", "march.json cannot be a "));
	}

	@Test
	void readsTheFormatFromTheFileName() {
		assertThat(SnapshotFile.of(Path.of("2018-03-31-current-operations.txt")))
			.hasValueSatisfying((file) -> assertThat(file.format()).isEqualTo(SnapshotFile.Format.TXT));
		assertThat(SnapshotFile.of(Path.of("2018-02-30.json"))).isEmpty();
	}

}

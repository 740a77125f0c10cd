package ca.peaceops.fillrate.snapshot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SnapshotReaderTests {

	@TempDir
	Path dir;

	@Test
	void aBadRowOfTheRegionTableIsBadInputNamingItsLine() throws IOException {
		Path table = Files.writeString(this.dir.resolve("regions.csv"),
				"country,region\nCaribbean region,Americas\nGaza,\n");

		assertThatExceptionOfType(BadInputException.class).isThrownBy(() -> SnapshotReader.places(table))
			.satisfies((ex) -> assertThat(ex.problems()).singleElement()
				.satisfies((problem) -> assertThat(problem.toString())
					.isEqualTo(table + ":3: each row needs a country and a region")));
	}

	@Test
	void aMissingRegionTableIsNoOverride() {
		assertThat(SnapshotReader.places(this.dir.resolve("none.csv")).regionOf("Chypre")).isEqualTo("Europe");
	}

}

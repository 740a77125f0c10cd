package ca.peaceops.fillrate.snapshot.page;

import ca.peaceops.fillrate.snapshot.Mission;
import ca.peaceops.fillrate.snapshot.Snapshot;
import ca.peaceops.fillrate.snapshot.SnapshotFile;
import ca.peaceops.fillrate.snapshot.SnapshotReader;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import ca.peaceops.fillrate.place.Places;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class PageImportTests {

	@TempDir
	Path dir;

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int importPages(String... args) {
		return new PageImport(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8),
				Clock.fixed(LocalDate.of(2026, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC))
			.run(args);
	}

	private Path page(String name, String replace, String with) throws IOException {
		try (InputStream in = getClass().getResourceAsStream("/pages/variants/" + name)) {
			Path file = this.dir.resolve(name);
			Files.writeString(file, new String(in.readAllBytes(), StandardCharsets.UTF_8).replace(replace, with));
			return file;
		}
	}

	@Test
	void readsTheEnglishAndFrenchPagesOfOneDateIntoOneSnapshotWithBothNames() throws IOException {
		Path english = page("2021-04-01-table.html", "", "");
		Path french = page("2021-04-01-flat-table-fr.txt", "", "");

		int status = importPages(english.toString(), french.toString(), "--input=" + this.dir);

		assertThat(status).as(this.err.toString(StandardCharsets.UTF_8)).isZero();
		Path written = this.dir.resolve("snapshots/2021-04-01.json");
		Snapshot snapshot = new SnapshotReader(Places.world(), Clock.systemUTC())
			.read(SnapshotFile.of(written).orElseThrow())
			.snapshot();
		assertThat(snapshot.missions()).extracting(Mission::name, Mission::nameFr, Mission::authorized)
			.startsWith(tuple("Mali", null, 22), tuple("Haiti", "Haïti", 10))
			.contains(tuple("West Bank", "Cisjordanie", 7),
					tuple("Democratic Republic of Congo", "République démocratique du Congo", 15));
	}

	@Test
	void refusesPagesWhoseFiguresDisagreeNamingBothFilesAndLines() throws IOException {
		Path english = page("2021-04-01-flat-table.txt", "", "");
		Path french = page("2021-04-01-flat-table-fr.txt", "Iraq Anglais Armée 20", "Iraq Anglais Armée 25");

		int status = importPages(english.toString(), french.toString(), "--input=" + this.dir);

		assertThat(status).isEqualTo(2);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains(english + ":15:")
			.contains("authorized 20 here but 25 at " + french + ":14");
		assertThat(this.dir.resolve("snapshots")).doesNotExist();
	}

}

package ca.peaceops.fillrate.snapshot.csv;

import ca.peaceops.fillrate.snapshot.Mission;
import ca.peaceops.fillrate.snapshot.Snapshot;
import ca.peaceops.fillrate.snapshot.SnapshotFile;
import ca.peaceops.fillrate.snapshot.SnapshotReader;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
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

class SeriesImportTests {

	private static final String SERIES = """
			\uFEFFPeriod ; Mission ; Country ; Authorized ; Deployed ; Name FR
			2001-01;UNMIL;Liberia;100;40;Mission des Nations Unies au Libéria
			2001-01;UNPROFOR;;803;
			2001-02;UNMIL;Liberia;100;42;Mission des Nations Unies au Libéria
			""";

	@TempDir
	Path dir;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int importSeries(String text, String... options) throws IOException {
		Path file = this.dir.resolve("series.csv");
		Files.writeString(file, text);
		String[] args = new String[options.length + 2];
		args[0] = file.toString();
		args[1] = "--input=" + this.dir.resolve("input");
		System.arraycopy(options, 0, args, 2, options.length);
		return new SeriesImport(new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8),
				Clock.fixed(LocalDate.of(2026, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC))
			.run(args);
	}

	private Snapshot snapshot(String date) {
		Path file = this.dir.resolve("input/snapshots/" + date + ".json");
		return new SnapshotReader(Places.world(), Clock.systemUTC()).read(SnapshotFile.of(file).orElseThrow())
			.snapshot();
	}

	@Test
	void writesOneSnapshotPerDateFromASemicolonSeriesWithABomAndLooseHeaders() throws IOException {
		int status = importSeries(SERIES);

		assertThat(status).as(this.err.toString(StandardCharsets.UTF_8)).isZero();
		assertThat(this.out.toString(StandardCharsets.UTF_8))
			.startsWith("Wrote 2 snapshots (3 rows) to " + this.dir.resolve("input/snapshots"));
		assertThat(snapshot("2001-01-31").missions())
			.extracting(Mission::id, Mission::country, Mission::region, Mission::authorized, Mission::deployed,
					Mission::nameFr)
			.containsExactly(tuple("UNMIL", "Liberia", "Africa", 100, 40, "Mission des Nations Unies au Libéria"),
					tuple("UNPROFOR", null, "Unassigned", 803, null, null));
		assertThat(snapshot("2001-02-28").missions()).extracting(Mission::deployed).containsExactly(42);
	}

	@Test
	void importingTheSameSeriesAgainChangesNothing() throws IOException {
		importSeries(SERIES);
		Path january = this.dir.resolve("input/snapshots/2001-01-31.json");
		String before = Files.readString(january);
		this.out.reset();

		int status = importSeries(SERIES);

		assertThat(status).isZero();
		assertThat(Files.readString(january)).isEqualTo(before);
		assertThat(this.out.toString(StandardCharsets.UTF_8)).contains("Wrote 0 snapshots (0 rows)")
			.contains("2 dates unchanged (3 rows)");
	}

	@Test
	void aDateWhoseSnapshotDiffersIsAnErrorUnlessReplaced() throws IOException {
		importSeries(SERIES);
		String changed = SERIES.replace("2001-02;UNMIL;Liberia;100;42", "2001-02;UNMIL;Liberia;100;45");

		int refused = importSeries(changed);
		int replaced = importSeries(changed, "--replace");

		assertThat(refused).isEqualTo(2);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("2001-02-28.json")
			.contains("differs from the series' figures for that date");
		assertThat(replaced).isZero();
		assertThat(snapshot("2001-02-28").missions()).extracting(Mission::deployed).containsExactly(45);
	}

	@Test
	void aBadFileWritesNothingAndNamesEveryBadLine() throws IOException {
		String bad = SERIES.replace("2001-01;UNPROFOR;;803;", "2001-01;UNPROFOR;;-803;")
				+ "2001-13;UNMIL;Liberia;1;1;\n";

		int status = importSeries(bad);

		assertThat(status).isEqualTo(2);
		assertThat(this.err.toString(StandardCharsets.UTF_8).lines())
			.containsExactly("error: " + this.dir.resolve("series.csv")
					+ ":5: \"2001-13\" must be a date as YYYY-MM-DD " + "(as_of) or a month as YYYY-MM (period)");
		assertThat(this.dir.resolve("input/snapshots")).doesNotExist();
		this.err.reset();

		assertThat(importSeries(SERIES.replace("2001-01;UNPROFOR;;803;", "2001-01;UNPROFOR;;-803;"))).isEqualTo(2);
		assertThat(this.err.toString(StandardCharsets.UTF_8))
			.contains(this.dir.resolve("series.csv") + ":3: authorized \"-803\" must be a whole number");
		assertThat(this.dir.resolve("input/snapshots")).doesNotExist();
	}

	@Test
	void refusesAHeaderWithoutTheRequiredColumns() throws IOException {
		assertThat(importSeries("as_of,mission,deployed\n2001-01-31,UNMIL,3\n")).isEqualTo(2);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains(":1: column \"authorized\" is missing");
	}

}

package ca.peaceops.fillrate.report.csv;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ca.peaceops.fillrate.report.Report;
import ca.peaceops.fillrate.report.Reports;
import ca.peaceops.fillrate.snapshot.Mission;
import ca.peaceops.fillrate.snapshot.Snapshot;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static ca.peaceops.fillrate.snapshot.Missions.own;
import static ca.peaceops.fillrate.snapshot.Missions.pool;
import static ca.peaceops.fillrate.snapshot.Missions.pooled;
import static ca.peaceops.fillrate.snapshot.Missions.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

class CsvReportWriterTests {

	private static final YearMonth MARCH = YearMonth.of(2018, 3);

	@TempDir
	Path dir;

	private static Mission named(String id, String name, int authorized, int deployed) {
		return new Mission(id, name, "United Nations", "Haiti", "Americas", "French", true, "2017-10", authorized,
				String.valueOf(authorized), deployed, null, null, null);
	}

	private Report report(Mission... missions) {
		Snapshot now = snapshot(List.of(pool("west-bank", 5, null)), missions);
		Snapshot before = Reports.dated(
				snapshot(List.of(pool("west-bank", 5, null)), own("IRAQ", "Middle East", 20, 5),
						named("MINUJUSTH", "x", 90, 20), pooled("PROTEUS", "Middle East", "west-bank", 2)),
				LocalDate.of(2018, 2, 28));
		return Reports.of(MARCH, now, before);
	}

	private List<NamedCsvRecord> read(String file, char delimiter) throws IOException {
		String text = Files.readString(this.dir.resolve(file), StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFF").contains("\r\n");
		try (CsvReader<NamedCsvRecord> reader = CsvReader.builder()
			.fieldSeparator(delimiter)
			.ofNamedCsvRecord(text.substring(1))) {
			return reader.stream().toList();
		}
	}

	@Test
	void textThatWouldRunAsAFormulaIsNeutralisedAndNegativeNumbersStayNumbers() throws IOException {
		Report report = report(named("MINUJUSTH", "=HYPERLINK(\"http://x\",\"y\")", 90, 40),
				own("IRAQ", "Middle East", 20, 2), pooled("PROTEUS", "Middle East", "west-bank", 3));

		new CsvReportWriter(CsvDialect.RFC4180).write(report, this.dir);

		List<NamedCsvRecord> missions = read("missions-2018-03.csv", ',');
		assertThat(missions.get(0).getField("mission")).isEqualTo("'=HYPERLINK(\"http://x\",\"y\")");
		assertThat(missions.get(1).getField("deployed_change")).isEqualTo("-3");
		assertThat(missions.get(1).getField("fill_rate_change_pts")).isEqualTo("-15.00");
		List<NamedCsvRecord> changes = read("changes-2018-03.csv", ',');
		assertThat(changes).filteredOn((row) -> row.getField("subject_id").equals("MINUJUSTH"))
			.allSatisfy((row) -> assertThat(row.getField("subject_name")).startsWith("'="));
		assertThat(changes).filteredOn(
				(row) -> row.getField("subject_id").equals("IRAQ") && row.getField("kind").equals("deployed_changed"))
			.singleElement()
			.satisfies((row) -> assertThat(row.getField("change")).isEqualTo("-3"));
	}

	@Test
	void theFrenchDialectUsesSemicolonsAndDecimalCommasWithTheSameColumns() throws IOException {
		Report report = report(
				named("MINUJUSTH", "Mission des Nations Unies pour l'appui à la justice en Haïti", 90, 40));

		new CsvReportWriter(CsvDialect.EXCEL_FR).write(report, this.dir);

		List<NamedCsvRecord> missions = read("missions-2018-03.csv", ';');
		assertThat(missions.get(0).getHeader()).isEqualTo(CsvReportWriter.MISSIONS);
		assertThat(missions.get(0).getField("fill_rate")).isEqualTo("0,4444");
		assertThat(missions.get(0).getField("fill_rate_change_pts")).isEqualTo("22,22");
		assertThat(missions.get(0).getField("mission")).contains("Haïti");
	}

	@Test
	void theFrenchDialectNamesMissionsCountriesAndRegionsInFrenchWhereKnown() throws IOException {
		Mission haiti = new Mission("MINUJUSTH", "United Nations Mission for Justice Support in Haiti",
				"United Nations", "Haiti", "Americas", "French", true, "2017-10", 90, "90", 40, null,
				"Mission des Nations Unies pour l'appui à la justice en Haïti", "Haïti");
		Report report = report(haiti, own("IRAQ", "Middle East", 20, 5));

		new CsvReportWriter(CsvDialect.EXCEL_FR).write(report, this.dir);
		new CsvReportWriter(CsvDialect.RFC4180).write(report, Files.createDirectories(this.dir.resolve("en")));

		assertThat(read("missions-2018-03.csv", ';'))
			.extracting((row) -> row.getField("mission_id") + " | " + row.getField("mission") + " | "
					+ row.getField("country") + " | " + row.getField("region"))
			.containsExactly(
					"MINUJUSTH | Mission des Nations Unies pour l'appui à la justice en Haïti | Haïti | Amériques",
					"IRAQ | IRAQ mission | IRAQ country | Moyen-Orient");
		assertThat(read("en/missions-2018-03.csv", ',')).first()
			.satisfies((row) -> assertThat(row.getField("mission") + " | " + row.getField("region"))
				.isEqualTo("United Nations Mission for Justice Support in Haiti | Americas"));
	}

	@Test
	void dialectsAreChosenByTheNamesUsersType() {
		assertThat(CsvDialect.fromName("excel-fr")).isEqualTo(CsvDialect.EXCEL_FR);
		assertThat(CsvDialect.fromName("RFC4180")).isEqualTo(CsvDialect.RFC4180);
	}

	@Test
	void everyHeaderMatchesTheDocumentedColumns() throws IOException {
		Map<String, List<String>> documented = documentedColumns(Path.of("docs/csv-columns.md"));

		assertThat(documented).containsEntry("missions-<period>.csv", CsvReportWriter.MISSIONS)
			.containsEntry("regions-<period>.csv", CsvReportWriter.REGIONS)
			.containsEntry("pools-<period>.csv", CsvReportWriter.POOLS)
			.containsEntry("home-services-<period>.csv", CsvReportWriter.HOME_SERVICES)
			.containsEntry("changes-<period>.csv", CsvReportWriter.CHANGES)
			.containsEntry("history.csv", CsvReportWriter.HISTORY);
	}

	/** The first column of the table under each "## `file`" heading. */
	private static Map<String, List<String>> documentedColumns(Path doc) throws IOException {
		Map<String, List<String>> columns = new LinkedHashMap<>();
		Pattern heading = Pattern.compile("^## `([^`]+)`");
		Pattern row = Pattern.compile("^\\| `([a-z_]+)` \\|");
		List<String> current = null;
		for (String line : Files.readAllLines(doc)) {
			Matcher file = heading.matcher(line);
			if (file.find()) {
				current = new ArrayList<>();
				columns.put(file.group(1), current);
				continue;
			}
			Matcher column = row.matcher(line);
			if (current != null && column.find()) {
				current.add(column.group(1));
			}
		}
		return columns;
	}

}

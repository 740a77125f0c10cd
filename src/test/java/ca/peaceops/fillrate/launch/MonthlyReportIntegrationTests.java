package ca.peaceops.fillrate.launch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import de.siegmar.fastcsv.reader.NamedCsvRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static ca.peaceops.fillrate.launch.ReportOutputs.checksums;
import static ca.peaceops.fillrate.launch.ReportOutputs.csv;
import static ca.peaceops.fillrate.launch.ReportOutputs.pdfText;
import static ca.peaceops.fillrate.launch.ReportOutputs.row;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the whole job on the sample input, as operations staff do, and reads what it
 * publishes.
 */
class MonthlyReportIntegrationTests {

	@TempDir
	static Path shared;

	/** January published: the start of most tests here, copied for each. */
	private static ReportCli january;

	/**
	 * January, March and November published in turn, as three monthly runs do; read only.
	 */
	private static ReportCli sequence;

	@TempDir
	Path workspace;

	@BeforeAll
	static void publish() throws IOException {
		january = ReportCli.withSampleInput(shared.resolve("january"));
		// The reports folder as the repository ships it: empty but for .gitkeep.
		Files.createDirectories(january.reports());
		Files.writeString(january.reports().resolve(".gitkeep"), "");
		ReportCli.Result first = january.run("--period=2018-01");
		assertThat(first.exitCode()).as("a folder with only .gitkeep is empty: " + first.stderr()).isZero();
		sequence = january.copy(shared.resolve("sequence"));
		for (String period : List.of("2018-03", "2018-11")) {
			ReportCli.Result result = sequence.run("--period=" + period);
			assertThat(result.exitCode()).as(period + ": " + result.stderr()).isZero();
		}
	}

	@Test
	void threePeriodsInSequencePublishTheExpectedFigures() throws IOException {
		ReportCli cli = sequence;

		for (String period : List.of("2018-01", "2018-03", "2018-11")) {
			assertThat(Files.list(cli.reports().resolve(period)).map((path) -> path.getFileName().toString()))
				.containsExactlyInAnyOrder("fill-rate-report-" + period + ".pdf", "missions-" + period + ".csv",
						"regions-" + period + ".csv", "pools-" + period + ".csv", "changes-" + period + ".csv",
						"fill-rate-report-" + period + ".fr.pdf", "fill-rate-report-" + period + ".html",
						"fill-rate-report-" + period + ".fr.html", "SHA256SUMS");
			assertThat(sha256sumCheck(cli.reports().resolve(period))).as("sha256sum -c in " + period).isZero();
		}
		// The HTML edition's mission table says what missions-<period>.csv says.
		org.jsoup.nodes.Document edition = org.jsoup.Jsoup
			.parse(cli.reports().resolve("2018-03/fill-rate-report-2018-03.html").toFile());
		for (de.siegmar.fastcsv.reader.NamedCsvRecord row : csv(
				cli.reports().resolve("2018-03/missions-2018-03.csv"))) {
			if (row.getField("status").equals("no_figures")) {
				continue;
			}
			org.jsoup.nodes.Element line = edition.select("table.wide tbody tr")
				.stream()
				.filter((tr) -> tr.selectFirst("th strong").text().equals(row.getField("mission_id")))
				.findFirst()
				.orElseThrow();
			// An unknown figure is an empty cell in the CSV and a dash on the page.
			for (int cell : new int[] { 2, 3 }) {
				String column = (cell == 2) ? "deployed" : "vacancies";
				String expected = row.getField(column).isEmpty() ? "–" : row.getField(column);
				assertThat(line.select("td").get(cell).text()).as(row.getField("mission_id") + " " + column)
					.isEqualTo(expected);
			}
		}
		String archive = Files.readString(cli.reports().resolve("index.html"));
		assertThat(archive.indexOf("2018-11/fill-rate-report-2018-11.html")).as("newest first")
			.isPositive()
			.isLessThan(archive.indexOf("2018-03/fill-rate-report-2018-03.html"));
		assertThat(Files.readString(cli.reports().resolve("index.fr.html")))
			.contains("2018-01/fill-rate-report-2018-01.fr.html");
		// PDF/UA validation of both languages is AccessiblePdfTests', on a report of this
		// shape: veraPDF takes seconds to start.

		Path march = cli.reports().resolve("2018-03");
		List<NamedCsvRecord> missions = csv(march.resolve("missions-2018-03.csv"));
		NamedCsvRecord haiti = row(missions, "mission_id", "MINUJUSTH");
		assertThat(List.of(haiti.getField("authorized"), haiti.getField("deployed"), haiti.getField("vacancies"),
				haiti.getField("fill_rate"), haiti.getField("status")))
			.containsExactly("90", "40", "50", "0.4444", "ok");
		for (String pooled : List.of("EUPOL-COPPS", "PROTEUS")) {
			NamedCsvRecord mission = row(missions, "mission_id", pooled);
			assertThat(mission.getField("authorized")).as("a pooled mission has no cap of its own").isEmpty();
			assertThat(mission.getField("pool_authorized")).isEqualTo("5");
			assertThat(mission.getField("fill_rate")).isEqualTo("0.8000");
		}
		NamedCsvRecord advisor = row(missions, "mission_id", "SENIOR-POLICE-ADVISOR");
		assertThat(advisor.getField("status")).isEqualTo("no_figures");
		assertThat(advisor.getField("fill_rate")).as("unknown is an empty cell, never 0").isEmpty();
		assertThat(row(missions, "mission_id", "UNVMC").getField("mission"))
			.isEqualTo("Misión de Verificación de las Naciones Unidas en Colombia");

		NamedCsvRecord westBank = row(csv(march.resolve("pools-2018-03.csv")), "pool_id", "west-bank");
		assertThat(
				List.of(westBank.getField("deployed"), westBank.getField("authorized"), westBank.getField("fill_rate")))
			.containsExactly("4", "5", "0.8000");

		List<NamedCsvRecord> regions = csv(march.resolve("regions-2018-03.csv"));
		assertThat(regionFigures(regions, "Americas")).containsExactly("100", "41", "0.4100");
		assertThat(regionFigures(regions, "Europe")).containsExactly("20", "20", "1.0000");
		assertThat(regionFigures(regions, "Middle East")).containsExactly("25", "7", "0.2800");
		int authorized = regions.stream().mapToInt((region) -> Integer.parseInt(region.getField("authorized"))).sum();
		int deployed = regions.stream().mapToInt((region) -> Integer.parseInt(region.getField("deployed"))).sum();
		assertThat(List.of(deployed, authorized)).containsExactly(68, 145);

		String pdf = pdfText(march.resolve("fill-rate-report-2018-03.pdf"));
		assertThat(pdf).contains("March 2018", "Snapshot as of 2018-03-31", "145", "68", "46.9%", "44.4%", "80.0%",
				"shared: West Bank", "Postings without figures",
				"Canada's Permanent Mission to the United Nations in New York – Senior Police Advisor",
				"Misión de Verificación", "input/snapshots/2018-03-31.json", "Page 1 of");
		assertThat(pdf.replaceAll("\\s+", " "))
			.contains("Not in the totals: 3 postings without figures (listed below).");
		assertThat(pdf).doesNotContain("SENIOR-POLICE-ADVISOR");
	}

	@Test
	void changesCompareWithTheLatestEarlierPublishedPeriod() {
		ReportCli cli = sequence;

		List<NamedCsvRecord> changes = csv(cli.reports().resolve("2018-11/changes-2018-11.csv"));
		assertThat(changes).extracting((change) -> change.getField("baseline_period")).containsOnly("2018-03");
		assertThat(row(changes, "kind", "new_mission").getField("subject_id")).isEqualTo("MINUSMA");
		NamedCsvRecord haiti = changes.stream()
			.filter((change) -> change.getField("kind").equals("deployed_changed")
					&& change.getField("subject_id").equals("MINUJUSTH"))
			.findFirst()
			.orElseThrow();
		assertThat(List.of(haiti.getField("before"), haiti.getField("after"), haiti.getField("change")))
			.containsExactly("40", "15", "-25");
		NamedCsvRecord haitiRate = changes.stream()
			.filter((change) -> change.getField("kind").equals("fill_rate_moved")
					&& change.getField("subject_id").equals("MINUJUSTH"))
			.findFirst()
			.orElseThrow();
		assertThat(haitiRate.getField("change")).isEqualTo("-27.78");

		String pdf = pdfText(cli.reports().resolve("2018-11/fill-rate-report-2018-11.pdf"));
		assertThat(pdf).contains("Compared with the report for March 2018 (snapshot of 2018-03-31)",
				"New: United Nations Multidimensional Integrated Stabilization Mission in Mali (MINUSMA), 0 deployed.",
				"United Nations Mission for Justice Support in Haiti: 15 deployed, −25 since March 2018 (40 before).");
	}

	@Test
	void theSameSnapshotAsLastTimeIsSaidPlainly() {
		ReportCli cli = january.copy(this.workspace);

		assertThat(cli.run("--period=2018-02").exitCode()).isZero();

		assertThat(row(csv(cli.reports().resolve("2018-02/changes-2018-02.csv")), "kind", "snapshot_unchanged"))
			.isNotNull();
		assertThat(pdfText(cli.reports().resolve("2018-02/fill-rate-report-2018-02.pdf")))
			.contains("The snapshot is the same file as for January 2018");
	}

	@Test
	void aPublishedPeriodRunsAgainOnlyWithRerunAndNeverDuplicatesHistory() {
		ReportCli cli = january.copy(this.workspace);
		cli.run("--period=2018-03");
		Map<String, String> published = checksums(cli.reports());

		ReportCli.Result again = cli.run("--period=2018-03");

		assertThat(again.exitCode()).isEqualTo(3);
		assertThat(again.stderr()).contains("2018-03 is already published").contains("--rerun");
		assertThat(checksums(cli.reports())).isEqualTo(published);

		assertThat(cli.run("--period=2018-03", "--rerun").exitCode()).isZero();

		List<NamedCsvRecord> history = csv(cli.reports().resolve("history.csv"));
		Set<String> keys = history.stream()
			.map((row) -> row.getField("period") + "/" + row.getField("mission_id"))
			.collect(Collectors.toSet());
		assertThat(keys).hasSameSizeAs(history);
		assertThat(history).extracting((row) -> row.getField("period")).containsOnly("2018-01", "2018-03");
		assertThat(cli.count("select count(*) from mission_result")).isEqualTo(history.size());
		assertThat(cli.count("select count(*) from mission_result where period = '2018-03'"))
			.isEqualTo(history.stream().filter((row) -> row.getField("period").equals("2018-03")).count());
		assertThat(csv(cli.reports().resolve("2018-03/changes-2018-03.csv")))
			.extracting((row) -> row.getField("baseline_period"))
			.as("a rerun is compared with the period before, never with itself")
			.containsOnly("2018-01");
		assertThat(pdfText(cli.reports().resolve("2018-03/fill-rate-report-2018-03.pdf"))).contains("edition 2");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					negative count        | "deployed": 40      | "deployed": -3       | 2018-03-31.json:33: /missions/0/deployed: deployed -3 must be a whole number ≥ 0
					pool that is missing  | "pool": "west-bank" | "pool": "gaza-strip" | pool "gaza-strip" is not among the pools
					malformed JSON        | "deployed": 40      | "deployed": 40,,     | malformed JSON
					""")
	void badInputFailsCleanlyAndChangesNothing(String name, String from, String to, String expected)
			throws IOException {
		ReportCli cli = january.copy(this.workspace);
		Path snapshot = cli.input().resolve("snapshots/2018-03-31.json");
		Files.writeString(snapshot, Files.readString(snapshot).replaceFirst(java.util.regex.Pattern.quote(from), to));
		BadInputCase.State before = BadInputCase.State.before(cli);

		ReportCli.Result result = cli.run("--period=2018-03");

		assertThat(result.exitCode()).isEqualTo(2);
		assertThat(result.stderr()).contains(snapshot.toString()).contains(expected);
		assertThat(result.stderr().lines()).allSatisfy((line) -> assertThat(line).startsWith("error: "));
		assertThat(BadInputCase.State.after(cli)).as("reports and database unchanged, byte for byte").isEqualTo(before);
	}

	@Test
	void aRerunReplacesOnlyTheFilesTheProgramWroteAndKeepsAnyoneElses() throws IOException {
		ReportCli cli = sequence.copy(this.workspace);
		Path receipt = cli.reports().resolve("2018-03/receipt.txt");
		Files.writeString(receipt, "received by the director's office");

		ReportCli.Result rerun = cli.run("--period=2018-03", "--rerun");

		assertThat(rerun.exitCode()).as(rerun.stderr()).isZero();
		assertThat(receipt).hasContent("received by the director's office");
		assertThat(cli.reports().resolve("2018-03/fill-rate-report-2018-03.pdf")).isRegularFile();
	}

	@Test
	void aReportsFolderThatIsNotTheProgramsIsRefusedBeforeAnythingRuns() throws IOException {
		ReportCli someoneElses = ReportCli.withSampleInput(this.workspace.resolve("foreign"));
		Files.createDirectories(someoneElses.reports());
		Files.writeString(someoneElses.reports().resolve("budget.xlsx"), "not ours");
		ReportCli aFile = ReportCli.withSampleInput(this.workspace.resolve("file"));
		Files.writeString(aFile.reports(), "not a folder");

		ReportCli.Result foreign = someoneElses.run("--period=2018-03");
		ReportCli.Result notAFolder = aFile.run("--period=2018-03");

		assertThat(foreign.exitCode()).isEqualTo(2);
		assertThat(foreign.stderr())
			.startsWith("error: --reports=" + someoneElses.reports() + " holds other files (budget.xlsx)");
		assertThat(someoneElses.reports()).isDirectoryNotContaining("glob:**/2018-03");
		assertThat(notAFolder.exitCode()).isEqualTo(2);
		assertThat(notAFolder.stderr()).contains("is a file, not a folder");
	}

	@Test
	void anOptionGivenTwiceIsRefused() {
		ReportCli cli = ReportCli.withSampleInput(this.workspace);

		ReportCli.Result result = cli.run("--period=2018-03", "--period=2018-01");

		assertThat(result.exitCode()).isEqualTo(2);
		assertThat(result.stderr()).startsWith("error: --period is given twice");
	}

	@Test
	void anUnknownOptionIsRefusedRatherThanIgnored() {
		ReportCli cli = ReportCli.withSampleInput(this.workspace);

		ReportCli.Result result = cli.run("--peroid=2018-03");

		assertThat(result.exitCode()).isEqualTo(2);
		assertThat(result.stderr()).contains("unknown option --peroid");
		assertThat(cli.reports()).doesNotExist();
	}

	/** Checks the manifest as an analyst would, with coreutils' sha256sum. */
	private static int sha256sumCheck(Path dir) {
		try {
			Process process = new ProcessBuilder("sha256sum", "--check", "--strict", "SHA256SUMS")
				.directory(dir.toFile())
				.redirectErrorStream(true)
				.start();
			String output = new String(process.getInputStream().readAllBytes(),
					java.nio.charset.StandardCharsets.UTF_8);
			int status = process.waitFor();
			assertThat(output).contains(": OK");
			return status;
		}
		catch (IOException | InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void anUnknownCsvDialectIsABadOptionBeforeAnythingRuns() {
		ReportCli cli = ReportCli.withSampleInput(this.workspace);

		ReportCli.Result result = cli.run("--period=2018-03", "--csv-dialect=excel");

		assertThat(result.exitCode()).isEqualTo(2);
		assertThat(result.stderr())
			.isEqualTo("error: --csv-dialect=excel: unknown CSV dialect \"excel\"; expected rfc4180 or excel-fr"
					+ System.lineSeparator());
		assertThat(cli.reports()).doesNotExist();
	}

	private static List<String> regionFigures(List<NamedCsvRecord> regions, String name) {
		NamedCsvRecord region = row(regions, "region", name);
		return List.of(region.getField("authorized"), region.getField("deployed"), region.getField("fill_rate"));
	}

}

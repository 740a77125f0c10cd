package ca.peaceops.fillrate.launch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import de.siegmar.fastcsv.reader.NamedCsvRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static ca.peaceops.fillrate.launch.ReportOutputs.csv;
import static ca.peaceops.fillrate.launch.ReportOutputs.pdfText;
import static ca.peaceops.fillrate.launch.ReportOutputs.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Caps in force until they change, counts as of the month: the two real sources joined
 * per period, by the command as a user runs it.
 */
@ExtendWith(OutputCaptureExtension.class)
class CapsAndCountsIntegrationTests {

	private static final String ROSTER_HEADER = "as_of,officer_id,mission_id,home_service,rank,gender,start_date,end_date\n";

	@TempDir
	Path workspace;

	@Test
	void laterMonthsReportTheirOwnRostersAgainstTheCapsInForce() throws IOException {
		ReportCli cli = ReportCli.withSampleInput(this.workspace);
		Files.createDirectories(cli.input().resolve("rosters"));
		Files.writeString(cli.input().resolve("rosters/2018-04-30.csv"), ROSTER_HEADER + """
				2018-04-30,A1,MINUJUSTH,RCMP,Sergeant,F,2017-10-16,
				2018-04-30,A2,MINUJUSTH,RCMP,Constable,M,2017-10-16,
				2018-04-30,A3,UKRAINE,RCMP,Inspector,F,2017-10-16,
				""");
		Files.writeString(cli.input().resolve("rosters/2018-05-31.csv"), ROSTER_HEADER + """
				2018-05-31,A1,MINUJUSTH,RCMP,Sergeant,F,2017-10-16,
				""");

		ReportCli.Result result = cli.run("--from=2018-03", "--to=2018-05");

		assertThat(result.exitCode()).as(result.stderr()).isZero();
		List<NamedCsvRecord> april = csv(cli.reports().resolve("2018-04/missions-2018-04.csv"));
		assertThat(row(april, "mission_id", "MINUJUSTH").getField("deployed")).isEqualTo("2");
		assertThat(row(april, "mission_id", "MINUJUSTH").getField("authorized")).as("March's cap").isEqualTo("90");
		assertThat(row(april, "mission_id", "UKRAINE").getField("deployed")).isEqualTo("1");
		assertThat(row(april, "mission_id", "MINUJUSTH").getField("as_of")).isEqualTo("2018-03-31");
		assertThat(row(april, "mission_id", "MINUJUSTH").getField("counts_as_of")).isEqualTo("2018-04-30");
		List<NamedCsvRecord> may = csv(cli.reports().resolve("2018-05/missions-2018-05.csv"));
		assertThat(row(may, "mission_id", "MINUJUSTH").getField("deployed")).isEqualTo("1");
		assertThat(row(may, "mission_id", "UKRAINE").getField("deployed")).as("not on May's roster").isEqualTo("0");
		assertThat(row(may, "mission_id", "MINUJUSTH").getField("counts_as_of")).isEqualTo("2018-05-31");
		assertThat(pdfText(cli.reports().resolve("2018-04/fill-rate-report-2018-04.pdf")).replaceAll("\\s+", " "))
			.contains("Caps as of 2018-03-31 (snapshot); deployed counts as of 2018-04-30 (roster)");
		assertThat(pdfText(cli.reports().resolve("2018-04/fill-rate-report-2018-04.fr.pdf")).replaceAll("\\s+", " "))
			.contains("effectifs déployés au 2018-04-30 (liste nominative)");
		List<NamedCsvRecord> history = csv(cli.reports().resolve("history.csv"));
		assertThat(history).filteredOn((row) -> row.getField("mission_id").equals("MINUJUSTH"))
			.extracting(
					(row) -> row.getField("period") + " " + row.getField("as_of") + " " + row.getField("counts_as_of"))
			.containsExactly("2018-03 2018-03-31 2018-03-31", "2018-04 2018-03-31 2018-04-30",
					"2018-05 2018-03-31 2018-05-31");
		assertThat(cli.count("select count(*) from report_run where counts_as_of = '2018-05-31'")).isEqualTo(1);
	}

	/**
	 * The UN's form: caps snapshots without a deployed column, written only when a cap or
	 * the set of missions changes (dated the first of that month), and a counts table a
	 * month. Every mission-month is the published figure.
	 */
	@Test
	void aYearOfCapsOnlySnapshotsAndMonthlyCountsTablesGivesEveryPublishedFigure() throws IOException {
		ReportCli cli = new ReportCli(this.workspace);
		Path snapshots = Files.createDirectories(cli.input().resolve("snapshots"));
		Path counts = Files.createDirectories(cli.input().resolve("counts"));
		Files.writeString(snapshots.resolve("2015-01-01.csv"),
				"""
						id,name,country,authorized
						UNMISS,United Nations Mission in South Sudan,South Sudan,1320
						MINUSCA,United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic,Central African Republic,1080
						""");
		Files.writeString(snapshots.resolve("2015-07-01.csv"),
				"""
						id,name,country,authorized
						UNMISS,United Nations Mission in South Sudan,South Sudan,2001
						MINUSCA,United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic,Central African Republic,1080
						MINUSMA,United Nations Multidimensional Integrated Stabilization Mission in Mali,Mali,1440
						""");
		Map<String, Integer> expected = new HashMap<>();
		for (int month = 1; month <= 12; month++) {
			YearMonth period = YearMonth.of(2015, month);
			StringBuilder table = new StringBuilder("mission_id,deployed,women_deployed\n");
			table.append("UNMISS,").append(700 + month * 7).append(',').append(10 + month).append('\n');
			expected.put(period + " UNMISS", 700 + month * 7);
			table.append("MINUSCA,").append(800 + month).append(",\n");
			expected.put(period + " MINUSCA", 800 + month);
			if (month >= 7) {
				table.append("MINUSMA,").append(900 + month).append(",\n");
				expected.put(period + " MINUSMA", 900 + month);
			}
			Files.writeString(counts.resolve(period.atEndOfMonth() + ".csv"), table);
		}

		ReportCli.Result result = cli.run("--from=2015-01", "--to=2015-12");

		assertThat(result.exitCode()).as(result.stderr()).isZero();
		Map<String, Integer> published = new HashMap<>();
		for (NamedCsvRecord row : csv(cli.reports().resolve("history.csv"))) {
			published.put(row.getField("period") + " " + row.getField("mission_id"),
					Integer.valueOf(row.getField("deployed")));
		}
		assertThat(published).isEqualTo(expected);
		List<NamedCsvRecord> august = csv(cli.reports().resolve("2015-08/missions-2015-08.csv"));
		NamedCsvRecord unmiss = row(august, "mission_id", "UNMISS");
		assertThat(unmiss.getField("authorized")).isEqualTo("2001");
		assertThat(unmiss.getField("women_deployed")).as("the table's women").isEqualTo("18");
		assertThat(Double.parseDouble(unmiss.getField("women_share"))).isCloseTo(18.0 / 756, within(0.0001));
		assertThat(row(august, "mission_id", "MINUSCA").getField("women_deployed")).as("not given: unknown").isEmpty();
		assertThat(row(august, "mission_id", "MINUSCA").getField("women_share")).isEmpty();
	}

	@Test
	void withNoCountsAtAllThePeriodIsPublishedWithDeployedUnknownAndSaysSo() throws IOException {
		ReportCli cli = new ReportCli(this.workspace);
		Path snapshots = Files.createDirectories(cli.input().resolve("snapshots"));
		Files.writeString(snapshots.resolve("2019-05-01.csv"), """
				id,name,country,authorized
				MINUSMA,United Nations Multidimensional Integrated Stabilization Mission in Mali,Mali,25
				""");

		ReportCli.Result result = cli.run("--period=2019-05");

		assertThat(result.exitCode()).as(result.stderr()).isZero();
		NamedCsvRecord mali = row(csv(cli.reports().resolve("2019-05/missions-2019-05.csv")), "mission_id", "MINUSMA");
		assertThat(mali.getField("deployed")).isEmpty();
		assertThat(mali.getField("counts_as_of")).isEmpty();
		assertThat(pdfText(cli.reports().resolve("2019-05/fill-rate-report-2019-05.pdf")).replaceAll("\\s+", " "))
			.contains("no deployed counts dated on or before 2019-05-31: deployed unknown")
			.contains("No deployed counts were received for this period or before it")
			.contains("No deployed counts were received: no fill rate can be computed for this period")
			.doesNotContain("0 officers deployed against 0 authorized");
	}

	@Test
	void notesBesideTheSnapshotsAreLeftAlone() throws IOException {
		ReportCli cli = ReportCli.withSampleInput(this.workspace);
		Files.writeString(cli.input().resolve("snapshots/README.txt"), "Snapshots of the page, one per change.\n");
		Files.writeString(cli.input().resolve("snapshots/notes.txt"), "2018-03: checked by JD\n");

		ReportCli.Result result = cli.run("--period=2018-03");

		assertThat(result.exitCode()).as(result.stderr()).isZero();
	}

	@Test
	void anArchivePageSomeoneElseWroteIsKeptAndTheRunSaysSo(CapturedOutput output) throws IOException {
		ReportCli cli = ReportCli.withSampleInput(this.workspace);
		assertThat(cli.run("--period=2018-01").exitCode()).isZero();
		Files.writeString(cli.reports().resolve("index.html"), "<p>Our team's own page</p>");

		ReportCli.Result result = cli.run("--period=2018-03");

		assertThat(result.exitCode()).as(result.stderr()).isZero();
		assertThat(cli.reports().resolve("index.html")).hasContent("<p>Our team's own page</p>");
		assertThat(Files.readString(cli.reports().resolve("index.fr.html"))).contains("2018-03/");
		assertThat(output.getOut()).contains("index.html was not written by this program and is kept as it is");
	}

}

package ca.peaceops.fillrate.launch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import ca.peaceops.fillrate.bench.RosterGenerator;
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
 * A roster beside the snapshot gives the deployed counts, the share of women and the home
 * services.
 */
// The roster's progress lines go to the log, as an operator sees them.
@ExtendWith(OutputCaptureExtension.class)
class RosterIntegrationTests {

	private static final String HEADER = "as_of,officer_id,mission_id,home_service,rank,gender,start_date,end_date\n";

	@TempDir
	Path workspace;

	private ReportCli withRoster(String rows) throws IOException {
		ReportCli cli = ReportCli.withSampleInput(this.workspace);
		Files.createDirectories(cli.input().resolve("rosters"));
		Files.writeString(cli.input().resolve("rosters/2018-03-31.csv"), HEADER + rows);
		return cli;
	}

	@Test
	void deployedCountsAndTheShareOfWomenComeFromTheRoster() throws IOException {
		ReportCli cli = withRoster("""
				2018-03-31,A1,MINUJUSTH,RCMP,Sergeant,F,2017-10-16,
				2018-03-31,A2,MINUJUSTH,Sûreté du Québec,Constable,M,2017-10-16,
				2018-03-31,A3,MINUJUSTH,RCMP,Inspector,F,2017-10-16,
				2018-03-31,A4,EUPOL-COPPS,RCMP,Superintendent,M,2016-01-01,
				2018-03-31,A5,PROTEUS,Ontario Provincial Police,Sergeant,F,2016-01-01,2017-12-31
				""");

		ReportCli.Result result = cli.run("--period=2018-03");

		assertThat(result.exitCode()).as(result.stderr()).isZero();
		List<NamedCsvRecord> missions = csv(cli.reports().resolve("2018-03/missions-2018-03.csv"));
		NamedCsvRecord haiti = row(missions, "mission_id", "MINUJUSTH");
		assertThat(List.of(haiti.getField("deployed"), haiti.getField("women_deployed"), haiti.getField("women_share")))
			.containsExactly("3", "2", "0.6667");
		assertThat(row(missions, "mission_id", "UKRAINE").getField("deployed")).as("not on the roster: nobody")
			.isEqualTo("0");
		assertThat(row(missions, "mission_id", "PROTEUS").getField("deployed")).as("left before the as-of date")
			.isEqualTo("0");
		assertThat(row(csv(cli.reports().resolve("2018-03/pools-2018-03.csv")), "pool_id", "west-bank")
			.getField("deployed")).isEqualTo("1");
		assertThat(pdfText(cli.reports().resolve("2018-03/fill-rate-report-2018-03.pdf")).replaceAll("\\s+", " "))
			.contains("4 officers deployed on 2018-03-31 according to the roster, of whom 2 women (50.0%).",
					"Sûreté du Québec");
		assertThat(row(missions, "mission_id", "UKRAINE").getField("women_share")).isEmpty();
		assertThat(csv(cli.reports().resolve("2018-03/home-services-2018-03.csv")))
			.extracting((service) -> List.of(service.getField("home_service"), service.getField("officers"),
					service.getField("share")))
			.containsExactly(List.of("RCMP", "3", "0.7500"), List.of("Sûreté du Québec", "1", "0.2500"));
		assertThat(row(missions, "mission_id", "SENIOR-POLICE-ADVISOR").getField("status"))
			.as("a posting without figures stays so when the roster has nobody there")
			.isEqualTo("no_figures");
	}

	@Test
	void aBadRosterIsRejectedWithItsLinesAndChangesNothing() throws IOException {
		ReportCli cli = withRoster("""
				2018-03-31,A1,MINUJUSTH,RCMP,Sergeant,F,2017-10-16,
				2018-03-31,A1,UKRAINE,RCMP,Sergeant,F,2017-10-16,
				2018-03-31,A3,ATLANTIS,RCMP,Sergeant,F,2017-10-16,
				2018-03-31,A4,UKRAINE,RCMP,Sergeant,F,31/12/2017,
				""");

		ReportCli.Result result = cli.run("--period=2018-03");

		assertThat(result.exitCode()).isEqualTo(2);
		assertThat(result.stderr().lines()).containsExactly(
				"error: " + cli.input().resolve("rosters/2018-03-31.csv")
						+ ":3: this officer_id appears on an earlier line too: one row per deployed officer",
				"error: " + cli.input().resolve("rosters/2018-03-31.csv")
						+ ":4: mission_id \"ATLANTIS\" is not a mission of the snapshot of 2018-03-31",
				"error: " + cli.input().resolve("rosters/2018-03-31.csv")
						+ ":5: start_date \"31/12/2017\" must be a date as YYYY-MM-DD");
		assertThat(cli.reports().resolve("2018-03")).doesNotExist();
		assertThat(cli.count("select count(*) from report_run")).isZero();
	}

	@Test
	void twentyThousandGeneratedRowsGiveTheCountsOfAnIndependentReading(CapturedOutput output) throws IOException {
		ReportCli cli = withRoster("");
		Path roster = cli.input().resolve("rosters/2018-03-31.csv");
		// A million rows and more are measured by scripts/bench.sh; the counts are the
		// same rule.
		RosterGenerator.write(20_000, 42, roster);

		ReportCli.Result result = cli.run("--period=2018-03");

		assertThat(result.exitCode()).as(result.stderr()).isZero();
		Map<String, List<Integer>> expected = independentCount(roster, 2);
		Map<String, List<Integer>> published = new TreeMap<>();
		for (NamedCsvRecord mission : csv(cli.reports().resolve("2018-03/missions-2018-03.csv"))) {
			if (!List.of("", "0").contains(mission.getField("deployed"))) {
				List<Integer> count = List.of(Integer.valueOf(mission.getField("deployed")),
						Integer.valueOf(mission.getField("women_deployed")));
				published.put(mission.getField("mission_id"), count);
				assertThat(Double.parseDouble(mission.getField("women_share"))).as(mission.getField("mission_id"))
					.isCloseTo((double) count.get(1) / count.get(0), within(0.00005));
			}
		}
		assertThat(published).isEqualTo(expected);
		int officers = expected.values().stream().mapToInt((count) -> count.get(0)).sum();
		assertThat(output.getOut())
			.contains(String.format(Locale.CANADA, "Roster: %,d officers deployed on 2018-03-31, read in ", officers));
		String pdf = pdfText(cli.reports().resolve("2018-03/fill-rate-report-2018-03.pdf")).replaceAll("\\s+", " ");
		int women = expected.values().stream().mapToInt((count) -> count.get(1)).sum();
		assertThat(pdf).contains(String.format(Locale.CANADA,
				"%,d officers deployed on 2018-03-31 according to the roster, of whom %,d women (%.1f%%)", officers,
				women, 100.0 * women / officers));
		Map<String, List<Integer>> byHomeService = independentCount(roster, 3);
		byHomeService.forEach((homeService, count) -> assertThat(pdf)
			.contains(homeService + " " + String.format(Locale.CANADA, "%,d", count.get(0))));
		Map<String, Integer> homeServicesCsv = new TreeMap<>();
		csv(cli.reports().resolve("2018-03/home-services-2018-03.csv")).forEach(
				(row) -> homeServicesCsv.put(row.getField("home_service"), Integer.valueOf(row.getField("officers"))));
		Map<String, Integer> expectedHomeServices = new TreeMap<>();
		byHomeService.forEach((homeService, count) -> expectedHomeServices.put(homeService, count.get(0)));
		assertThat(homeServicesCsv).isEqualTo(expectedHomeServices);
	}

	/**
	 * Deployed officers and women per value of a column, read the plain way: decoded
	 * lines split on commas, rather than as the job reads a roster.
	 */
	private static Map<String, List<Integer>> independentCount(Path roster, int column) throws IOException {
		Map<String, List<Integer>> counts = new TreeMap<>();
		try (Stream<String> lines = Files.lines(roster)) {
			lines.skip(1).map((line) -> line.split(",", -1)).filter((row) -> {
				LocalDate asOf = LocalDate.parse(row[0]);
				return !LocalDate.parse(row[6]).isAfter(asOf)
						&& (row[7].isEmpty() || !LocalDate.parse(row[7]).isBefore(asOf));
			})
				.forEach((row) -> counts.merge(row[column], List.of(1, row[5].equals("F") ? 1 : 0),
						(a, b) -> List.of(a.get(0) + b.get(0), a.get(1) + b.get(1))));
		}
		return counts;
	}

}

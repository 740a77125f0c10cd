package ca.peaceops.fillrate.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** JSON, CSV and the page's own text stating the same facts publish the same figures. */
class SnapshotFormsIntegrationTests {

	private static final Path SAME_FACTS = Path.of("src/test/resources/same-facts");

	@TempDir
	Path workspace;

	private Path publish(String snapshot) throws IOException {
		ReportCli cli = new ReportCli(this.workspace.resolve(snapshot));
		Files.createDirectories(cli.input().resolve("snapshots"));
		Files.copy(Path.of("input/regions.csv"), cli.input().resolve("regions.csv"));
		Files.copy(SAME_FACTS.resolve(snapshot), cli.input().resolve("snapshots").resolve(snapshot));

		ReportCli.Result result = cli.run("--period=2018-03");

		assertThat(result.exitCode()).as(snapshot + ": " + result.stderr()).isZero();
		return cli.reports().resolve("2018-03");
	}

	@Test
	void jsonCsvAndPageTextGiveIdenticalReportFiles() throws IOException {
		Path json = publish("2018-03-31.json");
		Path csv = publish("2018-03-31.csv");
		Path page = publish("2018-03-31-current-operations.txt");

		for (String file : List.of("missions-2018-03.csv", "regions-2018-03.csv", "pools-2018-03.csv",
				"changes-2018-03.csv")) {
			String expected = Files.readString(json.resolve(file));
			assertThat(Files.readString(csv.resolve(file))).as("CSV snapshot, " + file).isEqualTo(expected);
			assertThat(Files.readString(page.resolve(file))).as("page text, " + file).isEqualTo(expected);
		}
		assertThat(ReportOutputs.row(ReportOutputs.csv(json.resolve("pools-2018-03.csv")), "pool_id", "west-bank")
			.getField("fill_rate")).isEqualTo("0.8000");
	}

}

package ca.peaceops.fillrate.launch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What was lost comes back: a period's deleted files, written again byte for byte from
 * the history ({@code --restore}); a history database that lost published periods,
 * rebuilt from the snapshots ({@code --rebuild-history}).
 */
class RestoreIntegrationTests {

	@TempDir
	static Path shared;

	/** January and March published, as two monthly runs do: copied by each test. */
	private static ReportCli published;

	@TempDir
	Path workspace;

	@BeforeAll
	static void publish() {
		published = ReportCli.withSampleInput(shared);
		for (String period : List.of("2018-01", "2018-03")) {
			ReportCli.Result result = published.run("--period=" + period);
			assertThat(result.exitCode()).as(period + ": " + result.stderr()).isZero();
		}
	}

	@Test
	void writesTheDeletedFilesOfAPeriodAgainByteForByte() throws IOException {
		ReportCli cli = published.copy(this.workspace.resolve("copy"));
		Map<String, String> sums = ReportOutputs.checksums(cli.reports().resolve("2018-03"));
		String history = Files.readString(cli.reports().resolve("history.csv"));
		ReportCli.copyTree(cli.reports().resolve("2018-03"), this.workspace.resolve("moved-away"));
		try (var files = Files.walk(cli.reports().resolve("2018-03"))) {
			files.sorted(java.util.Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
		Files.delete(cli.reports().resolve("history.csv"));
		ReportCli.Result relaunch = cli.run("--period=2018-03");
		assertThat(relaunch.exitCode()).isEqualTo(3);
		assertThat(relaunch.stderr()).contains("files of it are missing from").contains("--period=2018-03 --restore");

		ReportCli.Result restored = cli.run("--period=2018-03", "--restore");

		assertThat(restored.exitCode()).as(restored.stderr()).isZero();
		assertThat(ReportOutputs.checksums(cli.reports().resolve("2018-03"))).isEqualTo(sums)
			.containsKeys("fill-rate-report-2018-03.html", "fill-rate-report-2018-03.fr.html");
		assertThat(cli.reports().resolve("history.csv")).hasContent(history);
	}

	@Test
	void restoresOnlyWhatIsMissing() throws IOException {
		ReportCli cli = published.copy(this.workspace.resolve("copy"));
		Path french = cli.reports().resolve("2018-03/fill-rate-report-2018-03.fr.pdf");
		byte[] before = Files.readAllBytes(french);
		Files.delete(french);
		ReportCli.Result relaunch = cli.run("--period=2018-03");
		assertThat(relaunch.exitCode()).isEqualTo(3);
		assertThat(relaunch.stderr()).contains("files of it are missing from").contains("--period=2018-03 --restore");

		ReportCli.Result restored = cli.run("--period=2018-03", "--restore");

		assertThat(restored.exitCode()).as(restored.stderr()).isZero();
		assertThat(Files.readAllBytes(french)).isEqualTo(before);
	}

	@Test
	void aPeriodThatWasNeverPublishedCannotBeRestored() {
		ReportCli cli = ReportCli.withSampleInput(this.workspace);

		ReportCli.Result result = cli.run("--period=2018-03", "--restore");

		assertThat(result.exitCode()).isEqualTo(2);
		assertThat(result.stderr()).startsWith("error: --restore: period 2018-03 is not published");
	}

	@Test
	void anEmptiedDatabaseStopsTheRunAndLeavesHistoryCsvAsItWas() throws IOException {
		String history = Files.readString(published.reports().resolve("history.csv"));
		ReportCli fresh = new ReportCli(this.workspace.resolve("empty-database"));
		ReportCli.copyTree(published.input(), fresh.input());
		ReportCli.copyTree(published.reports(), fresh.reports());

		ReportCli.Result result = fresh.run("--period=2018-11");

		assertThat(result.exitCode()).isEqualTo(1);
		assertThat(result.stderr()).startsWith("failed: the history database does not hold 2 periods published in ")
			.contains("(2018-01 to 2018-03)")
			.contains("--from=2018-01 --to=2018-03 --rebuild-history");
		assertThat(fresh.reports().resolve("history.csv")).hasContent(history);
		assertThat(fresh.reports().resolve("2018-11")).doesNotExist();

		ReportCli.Result rebuilt = fresh.run("--from=2018-01", "--to=2018-03", "--rebuild-history");

		assertThat(rebuilt.exitCode()).as(rebuilt.stderr()).isZero();
		assertThat(fresh.reports().resolve("history.csv")).hasContent(history);
		ReportCli.Result next = fresh.run("--period=2018-11");
		assertThat(next.exitCode()).as(next.stderr()).isZero();
	}

	@Test
	void aRowLostInsideAPublishedPeriodStopsTheRunAndARerunOfThatPeriodIsTheWayBack() throws Exception {
		ReportCli damaged = published.copy(this.workspace.resolve("row-deleted"));
		String history = Files.readString(damaged.reports().resolve("history.csv"));
		try (Connection connection = damaged.database().connect()) {
			connection.createStatement()
				.executeUpdate("delete from mission_result where period = '2018-03' and mission_id = 'UKRAINE'");
		}

		ReportCli.Result result = damaged.run("--period=2018-11");

		assertThat(result.exitCode()).isEqualTo(1);
		assertThat(result.stderr()).startsWith("failed: the history database's rows of [2018-03] no longer match")
			.contains("--period=2018-03 --rerun")
			.hasLineCount(1);
		assertThat(damaged.reports().resolve("2018-11")).doesNotExist();
		assertThat(damaged.reports().resolve("history.csv")).hasContent(history);

		ReportCli.Result rerun = damaged.run("--period=2018-03", "--rerun");
		assertThat(rerun.exitCode()).as(rerun.stderr()).isZero();
		ReportCli.Result next = damaged.run("--period=2018-11");
		assertThat(next.exitCode()).as(next.stderr()).isZero();
		assertThat(damaged
			.count("select count(*) from mission_result where period = '2018-03' and mission_id = 'UKRAINE'"))
			.isEqualTo(1);
	}

}

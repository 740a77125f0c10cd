package ca.peaceops.fillrate.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A history database that lost published periods is an error that says so, never a fresh
 * start; it is rebuilt from the snapshots on request.
 */
class HistoryLossIntegrationTests {

	@TempDir
	Path workspace;

	@Test
	void anEmptiedDatabaseStopsTheRunAndLeavesHistoryCsvAsItWas() throws IOException {
		ReportCli cli = ReportCli.withSampleInput(this.workspace);
		assertThat(cli.run("--period=2018-01").exitCode()).isZero();
		assertThat(cli.run("--period=2018-03").exitCode()).isZero();
		String history = Files.readString(cli.reports().resolve("history.csv"));
		ReportCli fresh = new ReportCli(this.workspace.resolve("empty-database"));
		ReportCli.copyTree(cli.input(), fresh.input());
		ReportCli.copyTree(cli.reports(), fresh.reports());

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

}

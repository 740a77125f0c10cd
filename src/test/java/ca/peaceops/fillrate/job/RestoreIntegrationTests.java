package ca.peaceops.fillrate.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code --restore}: a deleted period's files, written again byte for byte from the
 * history.
 */
class RestoreIntegrationTests {

	@TempDir
	Path workspace;

	@Test
	void writesTheDeletedFilesOfAPeriodAgainByteForByte() throws IOException {
		ReportCli cli = ReportCli.withSampleInput(this.workspace);
		assertThat(cli.run("--period=2018-01").exitCode()).isZero();
		assertThat(cli.run("--period=2018-03").exitCode()).isZero();
		Map<String, String> published = ReportOutputs.checksums(cli.reports().resolve("2018-03"));
		String history = Files.readString(cli.reports().resolve("history.csv"));
		ReportCli.copyTree(cli.reports().resolve("2018-03"), this.workspace.resolve("moved-away"));
		try (var files = Files.walk(cli.reports().resolve("2018-03"))) {
			files.sorted(java.util.Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
		Files.delete(cli.reports().resolve("history.csv"));
		ReportCli.Result relaunch = cli.run("--period=2018-03");
		assertThat(relaunch.exitCode()).isEqualTo(3);
		assertThat(relaunch.stderr()).contains("its files are not in").contains("--period=2018-03 --restore");

		ReportCli.Result restored = cli.run("--period=2018-03", "--restore");

		assertThat(restored.exitCode()).as(restored.stderr()).isZero();
		assertThat(ReportOutputs.checksums(cli.reports().resolve("2018-03"))).isEqualTo(published);
		assertThat(cli.reports().resolve("history.csv")).hasContent(history);
	}

	@Test
	void restoresOnlyWhatIsMissing() throws IOException {
		ReportCli cli = ReportCli.withSampleInput(this.workspace);
		assertThat(cli.run("--period=2018-03").exitCode()).isZero();
		Path french = cli.reports().resolve("2018-03/fill-rate-report-2018-03.fr.pdf");
		byte[] before = Files.readAllBytes(french);
		Files.delete(french);

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

}

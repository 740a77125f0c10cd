package ca.peaceops.fillrate.launch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import de.siegmar.fastcsv.reader.NamedCsvRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kills the packaged job at several moments, as {@code kill -9} would, and launches it
 * again: the next launch finishes the job, and the published files are byte for byte
 * those of a run that was never interrupted, with no duplicate in the history.
 */
@Tag("system")
class CrashRestartCliIT {

	/**
	 * A fixed clock, so that a clean run and a restarted one stamp the same generation
	 * time.
	 */
	private static final String CLOCK = "--fillrate.clock=2018-04-01T06:00:00Z";

	@TempDir
	static Path workspace;

	private static Map<String, String> clean;

	private static long cleanRows;

	@BeforeAll
	static void publishWithoutInterruption() {
		ReportCli cli = ReportCli.withSampleInput(workspace.resolve("clean"));
		assertThat(PackagedCli.run(cli, "--period=2018-01", CLOCK).exitCode()).isZero();
		assertThat(PackagedCli.run(cli, "--period=2018-03", CLOCK).exitCode()).isZero();
		clean = published(cli);
		cleanRows = cli.count("select count(*) from mission_result");
	}

	@ParameterizedTest(name = "killed at {0}")
	@ValueSource(
			strings = { "before:readSnapshot", "before:writeCsv", "writePdf:english-written", "publish:files-moved" })
	void theNextLaunchFinishesTheJobWithTheSameFiles(String point) throws IOException {
		ReportCli cli = ReportCli.withSampleInput(workspace.resolve(point.replace(':', '-')));
		assertThat(PackagedCli.run(cli, "--period=2018-01", CLOCK).exitCode()).isZero();

		ReportCli.Result killed = PackagedCli.run(cli, "--period=2018-03", CLOCK, "--fillrate.crash-at=" + point);
		assertThat(killed.exitCode()).as("the process was killed").isEqualTo(137);

		ReportCli.Result next = PackagedCli.run(cli, "--period=2018-03", CLOCK);

		assertThat(next.exitCode()).as(next.stderr()).isZero();
		assertThat(published(cli)).isEqualTo(clean);
		assertThat(cli.count("select count(*) from mission_result")).isEqualTo(cleanRows);
		assertThat(cli.count("select count(*) from report_run where period = '2018-03'")).isEqualTo(1);
		assertThat(Files.exists(cli.reports().resolve(".work"))).as("work area cleared").isFalse();
		assertThat(cli.count("select count(*) from batch_job_execution e join batch_job_execution_params p"
				+ " on p.job_execution_id = e.job_execution_id where p.parameter_name = 'period'"
				+ " and p.parameter_value = '2018-03' and e.status = 'FAILED'"))
			.as("the killed execution was recovered as failed, then restarted")
			.isEqualTo(1);
	}

	@Test
	void aSnapshotCorrectedAfterTheCrashIsPublishedNotTheStagedCopy() throws IOException {
		ReportCli cli = ReportCli.withSampleInput(workspace.resolve("corrected"));
		assertThat(PackagedCli.run(cli, "--period=2018-01", CLOCK).exitCode()).isZero();
		ReportCli.Result killed = PackagedCli.run(cli, "--period=2018-03", CLOCK,
				"--fillrate.crash-at=writePdf:english-written");
		assertThat(killed.exitCode()).as("the process was killed").isEqualTo(137);
		Path snapshot = cli.input().resolve("snapshots/2018-03-31.json");
		Files.writeString(snapshot, Files.readString(snapshot).replace("\"deployed\": 40", "\"deployed\": 41"));

		ReportCli.Result next = PackagedCli.run(cli, "--period=2018-03", CLOCK);

		assertThat(next.exitCode()).as(next.stderr()).isZero();
		NamedCsvRecord haiti = ReportOutputs
			.row(ReportOutputs.csv(cli.reports().resolve("2018-03/missions-2018-03.csv")), "mission_id", "MINUJUSTH");
		assertThat(haiti.getField("deployed")).isEqualTo("41");
		assertThat(ReportOutputs.pdfText(cli.reports().resolve("2018-03/fill-rate-report-2018-03.pdf")))
			.as("MINUJUSTH's row: 41 deployed, 49 vacancies")
			.containsPattern("MINUJUSTH[\\s\\S]*?90 41 49");
		assertThat(cli.count("select count(*) from report_run where period = '2018-03'")).isEqualTo(1);
	}

	private static Map<String, String> published(ReportCli cli) {
		Map<String, String> files = ReportOutputs.checksums(cli.reports().resolve("2018-03"));
		files.put("history.csv", ReportOutputs.checksums(cli.reports()).get("history.csv"));
		return files;
	}

}

package ca.peaceops.fillrate.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bad-input corpus once more, through the packaged command line: the exit status and
 * the error lines a scheduler sees are those of the real process.
 */
class BadInputCorpusCliIT {

	@TempDir
	static Path workspace;

	private static ReportCli published;

	@BeforeAll
	static void publishJanuary() throws Exception {
		ReportCli cli = new ReportCli(workspace.resolve("published"));
		published = cli;
		Files.createDirectories(cli.input().resolve("snapshots"));
		Files.copy(Path.of("input/regions.csv"), cli.input().resolve("regions.csv"));
		Files.copy(Path.of("input/snapshots/2018-01-31.json"), cli.input().resolve("snapshots/2018-01-31.json"));
		ReportCli.Result result = PackagedCli.run(cli, "--period=2018-01");
		assertThat(result.exitCode()).as(result.stderr()).isZero();
	}

	static List<BadInputCase> corpus() {
		return BadInputCase.all();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("corpus")
	void isRejectedByThePackagedCommand(BadInputCase badInput) {
		ReportCli cli = published.copy(workspace.resolve(badInput.name()));
		List<Path> files = badInput.install(cli);
		BadInputCase.State before = BadInputCase.State.of(cli);

		ReportCli.Result result = PackagedCli.run(cli, badInput.args().toArray(String[]::new));

		badInput.assertRejected(cli, files, result.exitCode(), result.stderr(), before);
	}

}

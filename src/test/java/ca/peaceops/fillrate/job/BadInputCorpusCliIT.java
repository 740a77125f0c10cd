package ca.peaceops.fillrate.job;

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
		ReportCli cli = BadInputCase.januaryOnly(workspace.resolve("published"));
		ReportCli.Result result = PackagedCli.run(cli, "--period=2018-01");
		assertThat(result.exitCode()).as(result.stderr()).isZero();
		published = cli;
	}

	static List<BadInputCase> corpus() {
		return BadInputCase.all();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("corpus")
	void isRejectedByThePackagedCommand(BadInputCase badInput) {
		ReportCli cli = published.copy(workspace.resolve(badInput.name()));
		List<Path> files = badInput.install(cli);
		BadInputCase.State before = BadInputCase.State.before(cli);

		ReportCli.Result result = PackagedCli.run(cli, badInput.args().toArray(String[]::new));

		badInput.assertRejected(cli, files, result.exitCode(), result.stderr(), before);
	}

}

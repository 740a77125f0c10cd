package ca.peaceops.fillrate.launch;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every file of the bad-input corpus stops the run with exit status 2 and a line naming
 * the file and the line, and leaves the published reports and the history exactly as they
 * were.
 */
class BadInputCorpusIntegrationTests {

	@TempDir
	static Path workspace;

	private static ReportCli published;

	@BeforeAll
	static void publishJanuary() throws Exception {
		ReportCli cli = BadInputCase.januaryOnly(workspace.resolve("published"));
		ReportCli.Result result = cli.run("--period=2018-01");
		assertThat(result.exitCode()).as(result.stderr()).isZero();
		published = cli;
	}

	static Stream<BadInputCase> corpus() {
		return BadInputCase.all().stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("corpus")
	void isRejectedWithoutChangingAnything(BadInputCase badInput) {
		ReportCli cli = published.copy(workspace.resolve(badInput.name()));
		List<Path> files = badInput.install(cli);
		BadInputCase.State before = BadInputCase.State.before(cli);

		ReportCli.Result result = cli.run(badInput.args().toArray(String[]::new));

		badInput.assertRejected(cli, files, result.exitCode(), result.stderr(), before);
	}

	@Test
	void theCorpusHoldsAtLeastFortyCases() {
		assertThat(BadInputCase.all()).hasSizeGreaterThanOrEqualTo(40);
	}

}

package ca.peaceops.fillrate.job;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A few cases of the bad-input corpus once more, through the packaged command line: the
 * exit status and the error lines a scheduler sees are those of the real process. The
 * whole corpus runs in-process ({@code BadInputCorpusIntegrationTests}); here, one case
 * of each kind of failure is enough to show the process reports them the same way.
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

	/** One case per form, and one found by the catalog rather than a reader. */
	private static final Set<String> SAMPLE = Set.of("json-negative-deployed", "csv-latin1-bytes", "txt-no-missions",
			"two-files-for-one-date", "json-name-control-character");

	static List<BadInputCase> corpus() {
		List<BadInputCase> sample = BadInputCase.all()
			.stream()
			.filter((badInput) -> SAMPLE.contains(badInput.name()))
			.toList();
		assertThat(sample).as("the sampled cases exist").hasSize(SAMPLE.size());
		return sample;
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

package ca.peaceops.fillrate.launch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged command line as a scheduler runs it: a period is published, and bad input
 * gives exit status 2 and error lines naming the file, from the real process. The whole
 * bad-input corpus, and the promise that it leaves a database byte for byte as it was,
 * run in-process ({@code BadInputCorpusIntegrationTests}). With the kill -9 and
 * concurrency tests of the jar ({@code CrashRestartCliIT},
 * {@code ConcurrentLaunchCliIT}), a system test: CI runs it
 * ({@code FILLRATE_FULL_TESTS}), the developer's {@code ./mvnw verify} does not, since
 * each launch of the jar takes seconds.
 */
@Tag("system")
class PackagedCommandIT {

	/**
	 * A case a reader finds (naming the line) and one the catalog finds: each launch of
	 * the jar takes seconds, and the whole corpus runs in-process.
	 */
	private static final Set<String> SAMPLE = Set.of("csv-latin1-bytes", "two-files-for-one-date");

	@TempDir
	Path workspace;

	@Test
	void publishesAPeriod() throws IOException {
		ReportCli cli = ReportCli.withSampleInput(this.workspace);

		ReportCli.Result result = PackagedCli.run(cli, "--period=2018-03");

		assertThat(result.exitCode()).as(result.stderr()).isZero();
		assertThat(result.stderr()).isEmpty();
		try (Stream<Path> files = Files.list(cli.reports().resolve("2018-03"))) {
			assertThat(files.map((file) -> file.getFileName().toString())).contains("fill-rate-report-2018-03.pdf",
					"fill-rate-report-2018-03.fr.pdf", "missions-2018-03.csv", "SHA256SUMS");
		}
	}

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
	void refusesBadInputBeforeOpeningTheDatabase(BadInputCase badInput) {
		ReportCli cli = BadInputCase.januaryOnly(this.workspace.resolve(badInput.name()));
		List<Path> files = badInput.install(cli);

		ReportCli.Result result = PackagedCli.run(cli, badInput.args().toArray(String[]::new));

		assertThat(result.exitCode()).as(result.stderr()).isEqualTo(2);
		assertThat(result.stderr()).contains(badInput.expected());
		assertThat(files).anySatisfy((file) -> assertThat(result.stderr()).contains("snapshots/" + file.getFileName()));
		assertThat(result.stderr().lines()).isNotEmpty().allSatisfy((line) -> assertThat(line).startsWith("error: "));
		assertThat(cli.root().resolve("db")).as("no database is created").doesNotExist();
		assertThat(cli.reports()).as("no report folder is created").doesNotExist();
	}

}

package ca.peaceops.fillrate.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One case of the bad-input corpus under {@code src/test/resources/bad-input/}: the
 * snapshot files to drop into the input, the command-line options ({@code args.txt},
 * default {@code --period=2018-03}) and the part of the error line it must give
 * ({@code expected.txt}).
 */
record BadInputCase(Path dir) {

	static final Path CORPUS = Path.of("src/test/resources/bad-input");

	static List<BadInputCase> all() {
		try (Stream<Path> dirs = Files.list(CORPUS)) {
			return dirs.filter(Files::isDirectory).sorted().map(BadInputCase::new).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	String name() {
		return this.dir.getFileName().toString();
	}

	List<String> args() {
		Path args = this.dir.resolve("args.txt");
		return Files.exists(args) ? List.of(read(args).strip().split("\\s+")) : List.of("--period=2018-03");
	}

	String expected() {
		return read(this.dir.resolve("expected.txt")).strip();
	}

	/**
	 * Drops the case's snapshot files into a workspace that already published January
	 * 2018.
	 */
	List<Path> install(ReportCli cli) {
		try (Stream<Path> files = Files.list(this.dir)) {
			List<Path> snapshots = files
				.filter((file) -> !file.getFileName().toString().endsWith(".txt")
						|| file.getFileName().toString().matches("\\d{4}-.*"))
				.sorted()
				.toList();
			for (Path file : snapshots) {
				Files.copy(file, cli.input().resolve("snapshots").resolve(file.getFileName()));
			}
			return snapshots.stream()
				.map((file) -> cli.input().resolve("snapshots").resolve(file.getFileName()))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** What must not change: the published files and the history. */
	record State(Map<String, String> reports, long runs, long missions, long jobs) {

		static State of(ReportCli cli) {
			return new State(ReportOutputs.checksums(cli.reports()), cli.count("select count(*) from report_run"),
					cli.count("select count(*) from mission_result"),
					cli.count("select count(*) from batch_job_instance"));
		}

	}

	/**
	 * The run failed as bad input, said so in lines naming the file, and changed nothing.
	 */
	void assertRejected(ReportCli cli, List<Path> files, int exitCode, String stderr, State before) {
		assertThat(exitCode).as(name() + ": exit status; stderr: " + stderr).isEqualTo(2);
		assertThat(stderr).as(name()).contains(expected());
		assertThat(files).as(name() + ": the message names the file")
			.anySatisfy((file) -> assertThat(stderr).contains("snapshots/" + file.getFileName()));
		assertThat(stderr.lines()).as(name()).isNotEmpty().allSatisfy((line) -> assertThat(line).startsWith("error: "));
		assertThat(State.of(cli)).as(name() + ": reports and history unchanged").isEqualTo(before);
	}

	private static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

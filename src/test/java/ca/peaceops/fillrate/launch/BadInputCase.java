package ca.peaceops.fillrate.launch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One case of the bad-input corpus under {@code src/test/resources/bad-input/}: the
 * snapshot files to drop into the input (with a {@code regions.csv} and a {@code counts/}
 * folder, if any), the command-line options ({@code args.txt}, default
 * {@code --period=2018-03}) and the part of the error line it must give
 * ({@code expected.txt}).
 */
record BadInputCase(Path dir) {

	static final Path CORPUS = Path.of("src/test/resources/bad-input");

	private static final String REGIONS = "regions.csv";

	static List<BadInputCase> all() {
		try (Stream<Path> dirs = Files.list(CORPUS)) {
			return dirs.filter(Files::isDirectory).sorted().map(BadInputCase::new).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A workspace whose only snapshot is January 2018's, for the corpus to be run against
	 * once published.
	 */
	static ReportCli januaryOnly(Path root) {
		ReportCli cli = new ReportCli(root);
		try {
			Files.createDirectories(cli.input().resolve("snapshots"));
			Files.copy(Path.of("input/regions.csv"), cli.input().resolve("regions.csv"));
			Files.copy(Path.of("input/snapshots/2018-01-31.json"), cli.input().resolve("snapshots/2018-01-31.json"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return cli;
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
				.filter((file) -> Files.isRegularFile(file) && !file.getFileName().toString().equals(REGIONS)
						&& (!file.getFileName().toString().endsWith(".txt")
								|| file.getFileName().toString().matches("\\d{4}-.*")))
				.sorted()
				.toList();
			List<Path> installed = new ArrayList<>();
			for (Path file : snapshots) {
				installed.add(Files.copy(file, cli.input().resolve("snapshots").resolve(file.getFileName())));
			}
			// A region table and counts tables go where the program looks for them.
			if (Files.isRegularFile(this.dir.resolve(REGIONS))) {
				installed.add(Files.copy(this.dir.resolve(REGIONS), cli.input().resolve(REGIONS),
						StandardCopyOption.REPLACE_EXISTING));
			}
			Path counts = this.dir.resolve("counts");
			if (Files.isDirectory(counts)) {
				Files.createDirectories(cli.input().resolve("counts"));
				try (Stream<Path> tables = Files.list(counts)) {
					for (Path table : tables.sorted().toList()) {
						installed.add(Files.copy(table, cli.input().resolve("counts").resolve(table.getFileName())));
					}
				}
			}
			return installed;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** What must not change: the published files and the database. */
	record State(Map<String, String> reports, Map<String, String> databaseFiles, long runs, long missions, long jobs) {

		/**
		 * Before a run: the rows (of a server database), then the bytes of the reports
		 * and (for H2) of the database file.
		 */
		static State before(ReportCli cli) {
			long[] rows = rows(cli);
			if (rows[0] < 0) {
				assertThat(ReportOutputs.checksums(cli.root().resolve("db"))).as("the H2 file to compare").isNotEmpty();
			}
			return new State(ReportOutputs.checksums(cli.reports()), ReportOutputs.checksums(cli.root().resolve("db")),
					rows[0], rows[1], rows[2]);
		}

		static State after(ReportCli cli) {
			Map<String, String> reports = ReportOutputs.checksums(cli.reports());
			Map<String, String> databaseFiles = ReportOutputs.checksums(cli.root().resolve("db"));
			long[] rows = rows(cli);
			return new State(reports, databaseFiles, rows[0], rows[1], rows[2]);
		}

		/**
		 * The rows a server database holds. An H2 file's bytes say more (every row, and
		 * that nothing opened it), and opening it to count would cost a database start.
		 */
		private static long[] rows(ReportCli cli) {
			if (cli.database().url().startsWith("jdbc:h2:")) {
				return new long[] { -1, -1, -1 };
			}
			return cli.counts("select (select count(*) from report_run), (select count(*) from mission_result), "
					+ "(select count(*) from batch_job_instance)");
		}

	}

	/**
	 * The run failed as bad input, said so in lines naming the file, and changed nothing.
	 */
	void assertRejected(ReportCli cli, List<Path> files, int exitCode, String stderr, State before) {
		assertThat(exitCode).as(name() + ": exit status; stderr: " + stderr).isEqualTo(2);
		assertThat(stderr).as(name()).contains(expected());
		assertThat(files).as(name() + ": the message names the file")
			.anySatisfy(
					(file) -> assertThat(stderr).contains(file.getParent().getFileName() + "/" + file.getFileName()));
		assertThat(stderr.lines()).as(name()).isNotEmpty().allSatisfy((line) -> assertThat(line).startsWith("error: "));
		assertThat(State.after(cli)).as(name() + ": reports and database unchanged, byte for byte").isEqualTo(before);
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

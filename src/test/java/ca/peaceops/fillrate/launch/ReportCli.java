package ca.peaceops.fillrate.launch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import ca.peaceops.fillrate.FillRateApplication;

/**
 * Runs the application as its command line does, in a directory of its own: its own
 * input, reports and database. Gives the exit status and what was printed on standard
 * error.
 */
final class ReportCli {

	record Result(int exitCode, String stderr, String stdout) {

		Result(int exitCode, String stderr) {
			this(exitCode, stderr, "");
		}

	}

	private final Path root;

	private final TestDatabase database;

	ReportCli(Path root) {
		this(root, TestDatabase.forWorkspace(root));
	}

	private ReportCli(Path root, TestDatabase database) {
		this.root = root;
		this.database = database;
	}

	/** A copy of this workspace, its files and its database, to try something on. */
	ReportCli copy(Path root) {
		copyTree(this.root, root);
		return new ReportCli(root, this.database.copyFor(root));
	}

	/** This workspace's files with another database: one that cannot be reached, say. */
	ReportCli withDatabase(TestDatabase other) {
		return new ReportCli(this.root, other);
	}

	/** A workspace with a copy of the project's sample input. */
	static ReportCli withSampleInput(Path root) {
		copyTree(Path.of("input"), root.resolve("input"));
		return new ReportCli(root);
	}

	Path root() {
		return this.root;
	}

	Path input() {
		return this.root.resolve("input");
	}

	Path reports() {
		return this.root.resolve("reports");
	}

	TestDatabase database() {
		return this.database;
	}

	Result run(String... options) {
		List<String> args = new ArrayList<>(List.of("--input=" + input(), "--reports=" + reports()));
		args.addAll(this.database.options());
		args.addAll(List.of(options));
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int status = FillRateApplication.run(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), args.toArray(String[]::new));
		return new Result(status, err.toString(StandardCharsets.UTF_8), out.toString(StandardCharsets.UTF_8));
	}

	/** Rows of one table, read with plain JDBC, to see what the history holds. */
	long count(String sql) {
		return counts(sql)[0];
	}

	/** The numbers of a query's one row. */
	long[] counts(String sql) {
		try (Connection connection = this.database.connect();
				ResultSet rs = connection.createStatement().executeQuery(sql)) {
			rs.next();
			long[] counts = new long[rs.getMetaData().getColumnCount()];
			for (int i = 0; i < counts.length; i++) {
				counts[i] = rs.getLong(i + 1);
			}
			return counts;
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static void copyTree(Path from, Path to) {
		try (Stream<Path> paths = Files.walk(from)) {
			for (Path path : paths.toList()) {
				Path target = to.resolve(from.relativize(path).toString());
				if (Files.isDirectory(path)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

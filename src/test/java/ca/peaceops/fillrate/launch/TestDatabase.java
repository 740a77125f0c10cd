package ca.peaceops.fillrate.launch;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The database a test workspace uses: an H2 file in the workspace, or, when the build
 * runs the integration tests against PostgreSQL
 * ({@code -Dfillrate.test.database=postgresql}, set by the {@code postgresql} profile
 * when {@code FILLRATE_TEST_POSTGRES_URL} names a server), a fresh database of its own on
 * that server.
 */
record TestDatabase(String url, String user, String password) {

	static TestDatabase forWorkspace(Path root) {
		return create(root, null);
	}

	/**
	 * A copy of this database for a copy of its workspace: the H2 file was copied with
	 * the workspace; a PostgreSQL database is cloned from this one as a template.
	 */
	TestDatabase copyFor(Path root) {
		return create(root, this.url.substring(this.url.lastIndexOf('/') + 1));
	}

	private static TestDatabase create(Path root, String template) {
		if (!"postgresql".equals(System.getProperty("fillrate.test.database"))) {
			return new TestDatabase("jdbc:h2:file:" + root.resolve("db/fill-rate").toAbsolutePath() + ";WRITE_DELAY=0",
					"sa", "");
		}
		String server = required("FILLRATE_TEST_POSTGRES_URL");
		String user = required("FILLRATE_TEST_POSTGRES_USER");
		String password = System.getenv().getOrDefault("FILLRATE_TEST_POSTGRES_PASSWORD", "");
		String name = "fillrate_"
				+ UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
		try (Connection admin = DriverManager.getConnection(server, user, password)) {
			admin.createStatement()
				.execute("create database " + name + ((template != null) ? " template " + template : ""));
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot create the test database on " + server, ex);
		}
		return new TestDatabase(server.substring(0, server.lastIndexOf('/') + 1) + name, user, password);
	}

	/** The command-line options that point the application at this database. */
	List<String> options() {
		return List.of("--spring.datasource.url=" + this.url, "--spring.datasource.username=" + this.user,
				"--spring.datasource.password=" + this.password);
	}

	Connection connect() throws SQLException {
		return DriverManager.getConnection(this.url, this.user, this.password);
	}

	private static String required(String name) {
		String value = System.getenv(name);
		if (value == null || value.isBlank()) {
			throw new IllegalStateException(
					name + " must name the PostgreSQL server for -Dfillrate.test.database=postgresql");
		}
		return value;
	}

}

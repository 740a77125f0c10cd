package ca.peaceops.fillrate.launch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the packaged jar as operations staff do, for the tests that run after
 * {@code package}.
 */
final class PackagedCli {

	static final Path JAR = Path.of("target/fill-rate-report.jar");

	private PackagedCli() {
	}

	static ReportCli.Result run(ReportCli workspace, String... options) {
		// Run in the workspace with relative paths, as operations staff do, so that the
		// reports (which name the snapshot file) do not depend on where the test's
		// workspace happens to be.
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
						"-XX:TieredStopAtLevel=1", "-jar", JAR.toAbsolutePath().toString(), "--input=input",
						"--reports=reports"));
		command.addAll(workspace.database().options());
		command.addAll(List.of(options));
		try {
			Path out = Files.createTempFile("stdout", ".txt");
			Path err = Files.createTempFile("stderr", ".txt");
			Process process = new ProcessBuilder(command).directory(workspace.root().toFile())
				.redirectOutput(out.toFile())
				.redirectError(err.toFile())
				.start();
			if (!process.waitFor(120, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new IllegalStateException("the jar did not finish within 120 s: " + command);
			}
			String stdout = Files.readString(out, StandardCharsets.UTF_8);
			String stderr = Files.readString(err, StandardCharsets.UTF_8);
			Files.delete(out);
			Files.delete(err);
			return new ReportCli.Result(process.exitValue(), stderr, stdout);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}

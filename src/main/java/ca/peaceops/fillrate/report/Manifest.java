package ca.peaceops.fillrate.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import ca.peaceops.fillrate.snapshot.SourceText;

/**
 * {@code SHA256SUMS} in the format of {@code sha256sum}, so that anyone holding a copy of
 * a file can check with {@code sha256sum -c SHA256SUMS} that it is the one published.
 */
public final class Manifest {

	public static final String FILE_NAME = "SHA256SUMS";

	private Manifest() {
	}

	/**
	 * The files a folder's {@code SHA256SUMS} lists, that is the files the program
	 * published there; none if it has no {@code SHA256SUMS}.
	 */
	public static List<String> listed(Path dir) {
		Path manifest = dir.resolve(FILE_NAME);
		if (!Files.isRegularFile(manifest)) {
			return List.of();
		}
		try {
			// Each line is the checksum, two spaces and the name, as sha256sum writes.
			return Files.readAllLines(manifest, StandardCharsets.UTF_8)
				.stream()
				.filter((line) -> line.indexOf("  ") > 0)
				.map((line) -> line.substring(line.indexOf("  ") + 2).strip())
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the manifest of " + dir, ex);
		}
	}

	public static void write(Path dir) {
		StringBuilder lines = new StringBuilder();
		try (Stream<Path> files = Files.list(dir)) {
			List<Path> sorted = files.filter(Files::isRegularFile)
				.filter((file) -> !file.getFileName().toString().equals(FILE_NAME))
				.sorted()
				.toList();
			for (Path file : sorted) {
				lines.append(SourceText.sha256(Files.readAllBytes(file)))
					.append("  ")
					.append(file.getFileName())
					.append('\n');
			}
			Files.writeString(dir.resolve(FILE_NAME), lines, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write the manifest of " + dir, ex);
		}
	}

}

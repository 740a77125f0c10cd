package ca.peaceops.fillrate.delivery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The size attachments take in a message: base64 adds a third, and a line break every 76
 * characters.
 */
final class Attachments {

	private Attachments() {
	}

	static long encodedSize(List<Path> files) {
		long total = 0;
		for (Path file : files) {
			try {
				long base64 = (Files.size(file) + 2) / 3 * 4;
				total += base64 + (base64 / 76) * 2;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return total;
	}

}

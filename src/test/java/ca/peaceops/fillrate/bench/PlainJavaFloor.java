package ca.peaceops.fillrate.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The floor the roster step is measured against: the least a Java program can do over the
 * same file, one pass counting rows per mission, with no validation, no dates and no
 * duplicate check. It reads UTF-8, as a plain program would; read as ISO-8859-1 (as the
 * roster step parses) it shows how much of its time is the JDK's UTF-8 decoder.
 */
final class PlainJavaFloor {

	private PlainJavaFloor() {
	}

	static Map<String, Integer> count(Path file, Charset charset) throws IOException {
		Map<String, Integer> counts = new HashMap<>();
		try (BufferedReader reader = Files.newBufferedReader(file, charset)) {
			reader.readLine();
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				int first = line.indexOf(',');
				int second = line.indexOf(',', first + 1);
				int third = line.indexOf(',', second + 1);
				counts.merge(line.substring(second + 1, third), 1, Integer::sum);
			}
		}
		return counts;
	}

}

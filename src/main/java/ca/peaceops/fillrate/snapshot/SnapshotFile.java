package ca.peaceops.fillrate.snapshot;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A snapshot file under {@code input/snapshots/}, whose name starts with its as-of date.
 */
public record SnapshotFile(Path path, LocalDate asOf, Format format) {

	private static final Pattern NAME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:[-_.][^/]*)?\\.(json|csv|txt|html?)",
			Pattern.CASE_INSENSITIVE);

	public enum Format {

		JSON, CSV, TXT, HTML

	}

	/**
	 * The snapshot a file name describes, or empty when the name does not follow the
	 * convention.
	 */
	public static Optional<SnapshotFile> of(Path path) {
		Matcher matcher = NAME.matcher(path.getFileName().toString());
		if (!matcher.matches()) {
			return Optional.empty();
		}
		try {
			LocalDate asOf = LocalDate.parse(matcher.group(1));
			String extension = matcher.group(2).toUpperCase(Locale.ROOT);
			Format format = Format.valueOf(extension.equals("HTM") ? "HTML" : extension);
			return Optional.of(new SnapshotFile(path, asOf, format));
		}
		catch (java.time.format.DateTimeParseException ex) {
			return Optional.empty();
		}
	}

}

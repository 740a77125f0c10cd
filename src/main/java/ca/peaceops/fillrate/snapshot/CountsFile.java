package ca.peaceops.fillrate.snapshot;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a period's deployed counts come from, and as of when: a roster
 * ({@code rosters/<as-of>.csv}, one row per officer), a counts table
 * ({@code counts/<as-of>.csv}, one row per mission), or a snapshot's own deployed
 * figures.
 */
public record CountsFile(Path path, LocalDate asOf, Source source) {

	private static final Pattern NAME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:[-_.][^/]*)?\\.csv",
			Pattern.CASE_INSENSITIVE);

	public enum Source {

		/** One row per deployed officer: a mission it does not name has 0. */
		ROSTER,
		/** One row per mission: a mission without a row is unknown. */
		COUNTS_TABLE,
		/** The deployed figures of a snapshot. */
		SNAPSHOT

	}

	/** A roster or counts table whose name starts with its as-of date. */
	public static Optional<CountsFile> of(Path path, Source source) {
		Matcher matcher = NAME.matcher(path.getFileName().toString());
		if (!matcher.matches()) {
			return Optional.empty();
		}
		try {
			return Optional.of(new CountsFile(path, LocalDate.parse(matcher.group(1)), source));
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

	/** A snapshot's own deployed figures. */
	public static CountsFile of(SnapshotFile snapshot) {
		return new CountsFile(snapshot.path(), snapshot.asOf(), Source.SNAPSHOT);
	}

}

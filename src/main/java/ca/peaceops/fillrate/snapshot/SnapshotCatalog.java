package ca.peaceops.fillrate.snapshot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The snapshot files available under one directory, and the choice of the one a period
 * reports on.
 */
public final class SnapshotCatalog {

	private final Path directory;

	private final List<SnapshotFile> files;

	private final List<Path> ignored;

	private SnapshotCatalog(Path directory, List<SnapshotFile> files, List<Path> ignored) {
		this.directory = directory;
		this.files = files;
		this.ignored = ignored;
	}

	/**
	 * A name that starts like a date, or ends like a snapshot's and starts with a digit:
	 * {@code 2018-3-31.json} or {@code 20180331.csv} are refused as misnamed, while notes
	 * such as {@code README.txt} are left alone.
	 */
	private static final Pattern LOOKS_LIKE_A_SNAPSHOT = Pattern
		.compile("(?i)(^\\d{4}-\\d{1,2}-\\d{1,2}|^\\d.*\\.(json|csv|txt|html?)$|\\.(json|csv|html?)$)");

	public static SnapshotCatalog scan(Path directory) {
		if (!Files.isDirectory(directory)) {
			throw new BadInputException(directory.toString(), "snapshot directory does not exist");
		}
		List<SnapshotFile> files = new ArrayList<>();
		List<Path> ignored = new ArrayList<>();
		Problems problems = new Problems();
		try (Stream<Path> entries = Files.list(directory)) {
			for (Path path : entries.sorted().toList()) {
				String name = path.getFileName().toString();
				if (name.startsWith(".") || name.endsWith("~") || name.toLowerCase(Locale.ROOT).endsWith(".bak")) {
					continue;
				}
				Optional<SnapshotFile> file = SnapshotFile.of(path);
				Optional<String> problem = problem(path, name, file.isPresent());
				if (problem.isPresent()) {
					problems.add(new InputProblem(path.toString(), 0, "", problem.get()));
				}
				else if (file.isPresent()) {
					files.add(file.get());
				}
				else {
					ignored.add(path);
				}
			}
		}
		catch (IOException ex) {
			throw new BadInputException(directory.toString(), "cannot list snapshots: " + ex.getMessage());
		}
		// A file that looks like a snapshot but cannot be one would otherwise be passed
		// over, and the period silently reported from an older snapshot.
		problems.throwIfAny();
		files.sort(Comparator.comparing(SnapshotFile::asOf));
		return new SnapshotCatalog(directory, List.copyOf(files), List.copyOf(ignored));
	}

	private static Optional<String> problem(Path path, String name, boolean named) {
		boolean looksLikeOne = LOOKS_LIKE_A_SNAPSHOT.matcher(name).find();
		if (!named && !looksLikeOne) {
			return Optional.empty();
		}
		if (Files.isSymbolicLink(path) && !Files.exists(path)) {
			return Optional.of("is a link to a file that does not exist");
		}
		if (Files.isDirectory(path)) {
			return Optional.of("is a directory, not a snapshot file");
		}
		if (!Files.isRegularFile(path)) {
			return Optional.of("is not a regular file");
		}
		if (!named) {
			return Optional.of("cannot be a snapshot: its name must start with a real as-of date as YYYY-MM-DD "
					+ "and end in .json, .csv, .txt or .html (move backups aside or name them .bak)");
		}
		return Optional.empty();
	}

	/**
	 * The newest snapshot on or before the period's last day. Two files for that date are
	 * an error: which one is true is for a person to decide.
	 */
	public SnapshotFile forPeriod(YearMonth period) {
		Optional<SnapshotFile> newest = this.files.stream()
			.filter((file) -> !file.asOf().isAfter(period.atEndOfMonth()))
			.reduce((first, second) -> second);
		SnapshotFile chosen = newest.orElseThrow(() -> new BadInputException(this.directory.toString(),
				"no snapshot dated on or before " + period.atEndOfMonth() + " for period " + period));
		List<SnapshotFile> sameDate = this.files.stream().filter((file) -> file.asOf().equals(chosen.asOf())).toList();
		if (sameDate.size() > 1) {
			throw new BadInputException(chosen.path().toString(),
					"two snapshot files for " + chosen.asOf() + ": "
							+ sameDate.stream().map((file) -> file.path().getFileName().toString()).toList()
							+ "; keep only one");
		}
		return chosen;
	}

	public List<SnapshotFile> files() {
		return this.files;
	}

	/**
	 * Files whose names do not start with an as-of date; reported so that nobody wonders
	 * why.
	 */
	public List<Path> ignored() {
		return this.ignored;
	}

}

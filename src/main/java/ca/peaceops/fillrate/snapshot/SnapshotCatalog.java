package ca.peaceops.fillrate.snapshot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
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

	public static SnapshotCatalog scan(Path directory) {
		if (!Files.isDirectory(directory)) {
			throw new BadInputException(directory.toString(), "snapshot directory does not exist");
		}
		List<SnapshotFile> files = new ArrayList<>();
		List<Path> ignored = new ArrayList<>();
		try (Stream<Path> entries = Files.list(directory)) {
			entries.filter(Files::isRegularFile)
				.filter((path) -> !path.getFileName().toString().startsWith("."))
				.sorted()
				.forEach((path) -> SnapshotFile.of(path).ifPresentOrElse(files::add, () -> ignored.add(path)));
		}
		catch (IOException ex) {
			throw new BadInputException(directory.toString(), "cannot list snapshots: " + ex.getMessage());
		}
		files.sort(Comparator.comparing(SnapshotFile::asOf));
		return new SnapshotCatalog(directory, List.copyOf(files), List.copyOf(ignored));
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

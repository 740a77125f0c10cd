package ca.peaceops.fillrate.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import ca.peaceops.fillrate.history.HistoryRepository;
import ca.peaceops.fillrate.job.FillRateProperties;
import ca.peaceops.fillrate.report.Manifest;

import org.springframework.stereotype.Component;

/**
 * Notices a history database that has lost what it published: periods whose reports are
 * in {@code reports/} (with their {@code SHA256SUMS}) but that the database does not know
 * (the file deleted, emptied, or rolled back). Running on would compare with the wrong
 * month and rewrite {@code history.csv} without them, so the run stops and says how to
 * get the history back.
 */
@Component
class HistoryGuard {

	private final HistoryRepository history;

	private final FillRateProperties properties;

	HistoryGuard(HistoryRepository history, FillRateProperties properties) {
		this.history = history;
		this.properties = properties;
	}

	/**
	 * The error line, when published periods are missing from the database, or their rows
	 * no longer match what was published.
	 * @param rerun the period a {@code --rerun} publishes again: its own changed rows are
	 * what it replaces
	 */
	Optional<String> problem(Optional<YearMonth> rerun) {
		return lostPeriods().or(() -> changedRows(rerun));
	}

	private Optional<String> changedRows(Optional<YearMonth> rerun) {
		List<YearMonth> changed = this.history.periodsWithChangedRows()
			.stream()
			.filter((period) -> !rerun.equals(Optional.of(period)))
			.toList();
		if (changed.isEmpty()) {
			return Optional.empty();
		}
		YearMonth first = changed.get(0);
		return Optional.of("failed: the history database's rows of " + changed
				+ " no longer match what was published (a row deleted or changed: a damaged file, or a stray "
				+ "statement); a report compared with them would be wrong. Restore the database from a backup, or "
				+ "publish " + first + " again from its snapshot with --period=" + first + " --rerun");
	}

	/** The error line, when published periods are missing from the database. */
	private Optional<String> lostPeriods() {
		Set<YearMonth> published = publishedOnDisk(this.properties.reports());
		published.removeAll(this.history.publishedPeriods());
		if (published.isEmpty()) {
			return Optional.empty();
		}
		List<YearMonth> lost = published.stream().sorted().toList();
		return Optional.of("failed: the history database does not hold " + lost.size() + " periods published in "
				+ this.properties.reports() + " (" + lost.get(0)
				+ ((lost.size() > 1) ? " to " + lost.get(lost.size() - 1) : "")
				+ "): it was deleted, emptied or damaged. Restore it from a backup, or rebuild it from the snapshots with "
				+ "--from=" + lost.get(0) + " --to=" + lost.get(lost.size() - 1) + " --rebuild-history");
	}

	/** Where published periods are looked for. */
	Path reportsDir() {
		return this.properties.reports();
	}

	/** The periods whose published reports are in the reports folder. */
	Set<YearMonth> publishedOnDisk() {
		return publishedOnDisk(this.properties.reports());
	}

	private static Set<YearMonth> publishedOnDisk(Path reports) {
		Set<YearMonth> periods = new HashSet<>();
		if (!Files.isDirectory(reports)) {
			return periods;
		}
		try (Stream<Path> entries = Files.list(reports)) {
			for (Path entry : entries.toList()) {
				String name = entry.getFileName().toString();
				// A period whose run stopped between moving its files into place and
				// committing its history still has its work area; its restart finishes
				// it.
				if (name.matches("\\d{4}-\\d{2}") && Files.isRegularFile(entry.resolve(Manifest.FILE_NAME))
						&& !Files.exists(reports.resolve(".work").resolve(name))) {
					periods.add(YearMonth.parse(name));
				}
			}
		}
		catch (IOException ex) {
			// Unreadable: the publication step will say so.
		}
		return periods;
	}

}

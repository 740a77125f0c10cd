package ca.peaceops.fillrate.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.YearMonth;
import java.util.stream.Stream;
import java.util.Set;
import java.util.Optional;
import java.util.List;
import java.util.HashSet;

/**
 * Stages a period's files under {@code reports/.work/<period>/} and publishes them with
 * directory renames. The work area sits inside the reports directory so that every move
 * stays on one file system and is atomic: a reader sees the old report or the new one,
 * never half of one.
 */
public final class ReportPublisher {

	/** Says that a folder holds this program's reports, so that it may write there. */
	static final String MARKER = ".fill-rate-reports";

	private final Path root;

	public ReportPublisher(Path root) {
		this.root = root;
	}

	public Path workDir(YearMonth period) {
		return this.root.resolve(".work").resolve(period.toString());
	}

	/** Where the files to publish are written before they are moved into place. */
	public Path stagingDir(YearMonth period) {
		return workDir(period).resolve("out");
	}

	public Path publishedDir(YearMonth period) {
		return this.root.resolve(period.toString());
	}

	/**
	 * Whether files of a published period are missing from its folder (moved or deleted):
	 * its PDF, or any file its {@code SHA256SUMS} lists.
	 */
	public boolean filesGone(YearMonth period) {
		Path dir = publishedDir(period);
		return !Files.isRegularFile(dir.resolve(ReportFiles.pdf(period)))
				|| Manifest.listed(dir).stream().anyMatch((name) -> !Files.isRegularFile(dir.resolve(name)));
	}

	public Path historyCsv() {
		return this.root.resolve(ReportFiles.HISTORY_CSV);
	}

	/** Forgets a previous attempt's leftovers, so that a new run starts clean. */
	public void clearWork(YearMonth period) {
		deleteTree(workDir(period));
	}

	/**
	 * Moves the staged files into {@code reports/<period>/}, replacing an earlier
	 * edition, and the staged history file over {@code reports/history.csv}. Safe to
	 * repeat after a crash: staged files that are already in place are not looked for
	 * again.
	 */
	public void publish(YearMonth period, Path stagedHistoryCsv) {
		Path staged = stagingDir(period);
		Path target = publishedDir(period);
		Path replaced = workDir(period).resolve("replaced");
		try {
			if (Files.exists(staged)) {
				deleteTree(replaced);
				if (Files.exists(target)) {
					// A directory cannot be renamed over a non-empty one: set the old
					// edition aside first.
					Files.move(target, replaced, StandardCopyOption.ATOMIC_MOVE);
				}
				Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
			}
			keepOthersFiles(replaced, target);
			Files.move(stagedHistoryCsv, historyCsv(), StandardCopyOption.ATOMIC_MOVE,
					StandardCopyOption.REPLACE_EXISTING);
			Path marker = this.root.resolve(MARKER);
			if (!Files.exists(marker)) {
				Files.writeString(marker, "Reports published by fill-rate-report; the program writes here.\n");
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot publish " + target, ex);
		}
	}

	/**
	 * Moves back into the new edition what someone else kept in the period's folder (a
	 * receipt, notes): the old edition's {@code SHA256SUMS} lists what the program wrote,
	 * and only that is replaced. Runs again after a crash, before the old edition is
	 * deleted.
	 */
	private static void keepOthersFiles(Path replaced, Path target) throws IOException {
		if (!Files.isDirectory(replaced)) {
			return;
		}
		Set<String> ours = new HashSet<>(Manifest.listed(replaced));
		ours.add(Manifest.FILE_NAME);
		try (Stream<Path> entries = Files.list(replaced)) {
			for (Path entry : entries.toList()) {
				String name = entry.getFileName().toString();
				if (!ours.contains(name) && !Files.exists(target.resolve(name))) {
					Files.move(entry, target.resolve(name), StandardCopyOption.ATOMIC_MOVE);
				}
			}
		}
	}

	/**
	 * Whether a folder may be used as the reports folder: one that does not exist yet, is
	 * empty, or is this program's (it holds the marker or a {@code history.csv}).
	 * Anything else ({@code /}, a home folder, a file) would have files replaced that are
	 * not ours.
	 * @return the problem, or empty when the folder may be used
	 */
	public static Optional<String> unfit(Path root) {
		if (!Files.exists(root)) {
			// Created on the first publication: its nearest existing folder must let it
			// be.
			Path existing = root.toAbsolutePath().getParent();
			while (existing != null && !Files.exists(existing)) {
				existing = existing.getParent();
			}
			return (existing != null && Files.isDirectory(existing) && Files.isWritable(existing)) ? Optional.empty()
					: Optional.of("does not exist and cannot be created: " + existing + " is not a writable folder");
		}
		if (!Files.isDirectory(root)) {
			return Optional.of("is a file, not a folder");
		}
		if (Files.exists(root.resolve(MARKER)) || Files.exists(root.resolve(ReportFiles.HISTORY_CSV))) {
			return Optional.empty();
		}
		try (Stream<Path> entries = Files.list(root)) {
			// Hidden files (.gitkeep, a desktop's .DS_Store) do not make a folder
			// someone's.
			List<String> names = entries.map((entry) -> entry.getFileName().toString())
				.filter((name) -> !name.startsWith("."))
				.sorted()
				.limit(4)
				.toList();
			return names.isEmpty() ? Optional.empty() : Optional.of("holds other files (" + String.join(", ", names)
					+ ") and is not a reports folder of this program; give a new or empty folder");
		}
		catch (IOException ex) {
			return Optional.of("cannot be read: " + ex.getMessage());
		}
	}

	/** Removes the period's work area once its publication is recorded. */
	public void finish(YearMonth period) {
		clearWork(period);
		deleteIfEmpty(this.root.resolve(".work"));
	}

	private static void deleteIfEmpty(Path dir) {
		try {
			Files.deleteIfExists(dir);
		}
		catch (IOException ex) {
			// Another period's work is still there; it is cleared by its own run.
		}
	}

	public static void deleteTree(Path dir) {
		if (!Files.exists(dir)) {
			return;
		}
		try {
			Files.walkFileTree(dir, new SimpleFileVisitor<>() {
				@Override
				public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
					Files.delete(file);
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult postVisitDirectory(Path directory, IOException exc) throws IOException {
					Files.delete(directory);
					return FileVisitResult.CONTINUE;
				}
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot delete " + dir, ex);
		}
	}

}

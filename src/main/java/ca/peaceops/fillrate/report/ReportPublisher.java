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

/**
 * Stages a period's files under {@code reports/.work/<period>/} and publishes them with
 * directory renames. The work area sits inside the reports directory so that every move
 * stays on one file system and is atomic: a reader sees the old report or the new one,
 * never half of one.
 */
public final class ReportPublisher {

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
			Files.move(stagedHistoryCsv, historyCsv(), StandardCopyOption.ATOMIC_MOVE,
					StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot publish " + target, ex);
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

	static void deleteTree(Path dir) {
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

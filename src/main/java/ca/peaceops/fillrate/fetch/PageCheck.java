package ca.peaceops.fillrate.fetch;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

import ca.peaceops.fillrate.snapshot.PageProblem;

/**
 * What checking the page said, for the run and its report.
 *
 * @param confirmedAt when the caps were last confirmed against the page (now, unless it
 * failed)
 * @param problem why the page was not used, with the HTTP status where there is one
 * @param snapshot the caps snapshot a changed page was written to
 */
public record PageCheck(Status status, Optional<Instant> confirmedAt, Optional<PageProblem> problem,
		Optional<Path> snapshot) {

	public enum Status {

		/** No page is watched ({@code fillrate.source.page-url} is not set). */
		NOT_WATCHED,
		/** The page is as it was: nothing written. */
		UNCHANGED,
		/** The page changed and became a caps snapshot. */
		CHANGED,
		/** The page could not be used; the caps in force stay. */
		FAILED

	}

	public static PageCheck notWatched() {
		return new PageCheck(Status.NOT_WATCHED, Optional.empty(), Optional.empty(), Optional.empty());
	}

	static PageCheck failed(Optional<Instant> lastConfirmed, PageProblem problem) {
		return new PageCheck(Status.FAILED, lastConfirmed, Optional.of(problem), Optional.empty());
	}

}

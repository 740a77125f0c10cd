package ca.peaceops.fillrate.history;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/** What the history records about a published period, besides its results. */
public record PublishedRun(YearMonth period, int edition, LocalDate asOf, String snapshotFile, String snapshotSha256,
		String source, Instant generatedAt, String countsFile, LocalDate countsAsOf, String countsSource,
		String countsSha256) {

	/** Caps and counts from one snapshot. */
	public PublishedRun(YearMonth period, int edition, LocalDate asOf, String snapshotFile, String snapshotSha256,
			String source, Instant generatedAt) {
		this(period, edition, asOf, snapshotFile, snapshotSha256, source, generatedAt, null, null, null, null);
	}

}

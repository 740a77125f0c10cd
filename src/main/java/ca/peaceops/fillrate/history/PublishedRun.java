package ca.peaceops.fillrate.history;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/** What the history records about a published period, besides its results. */
public record PublishedRun(YearMonth period, int edition, LocalDate asOf, String snapshotFile, String snapshotSha256,
		String source, Instant generatedAt) {

}

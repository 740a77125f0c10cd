package ca.peaceops.fillrate.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import ca.peaceops.fillrate.snapshot.InputFingerprint;
import ca.peaceops.fillrate.snapshot.PageProblem;
import ca.peaceops.fillrate.snapshot.Warning;

/**
 * Provenance of a report: which file gave the caps, which bytes, which source, and what
 * reading it raised; and where the deployed counts came from, as of when.
 *
 * @param countsFile the roster, counts table or snapshot the counts came from
 * @param countsSource {@code ROSTER}, {@code COUNTS_TABLE}, {@code SNAPSHOT}, or
 * {@code NONE} when no counts were dated on or before the period's end; {@code null} in
 * reports stored before caps and counts were chosen apart, whose counts were the
 * snapshot's own
 * @param countsSha256 the counts file's checksum, when it is not the caps snapshot
 * @param pageConfirmed when the caps were last confirmed against the watched page;
 * {@code null} when no page is watched, or it never answered
 * @param pageProblem why the watched page was not used, {@code null} when it was (a
 * sentence in English, {@link PageProblem.Kind#AS_WRITTEN}, in stored format 3)
 */
public record SnapshotInfo(String file, String sha256, LocalDate asOf, String source, List<Warning> warnings,
		String countsFile, LocalDate countsAsOf, String countsSource, String countsSha256, Instant pageConfirmed,
		PageProblem pageProblem) {

	/** No counts at all: the period is reported with deployed unknown. */
	public static final String NO_COUNTS = "NONE";

	public SnapshotInfo {
		warnings = List.copyOf(warnings);
	}

	/** Caps and counts from one snapshot, as every period was before 0.2.0. */
	public SnapshotInfo(String file, String sha256, LocalDate asOf, String source, List<Warning> warnings) {
		this(file, sha256, asOf, source, warnings, null, null, null, null, null, null);
	}

	/** The date of the deployed counts; empty when there are none. */
	public Optional<LocalDate> countsDate() {
		if (NO_COUNTS.equals(this.countsSource)) {
			return Optional.empty();
		}
		return Optional.of((this.countsAsOf != null) ? this.countsAsOf : this.asOf);
	}

	/** Where the counts came from, as the report names it; empty when there are none. */
	public Optional<String> countsFrom() {
		if (NO_COUNTS.equals(this.countsSource)) {
			return Optional.empty();
		}
		return Optional.of((this.countsFile != null) ? this.countsFile : this.file);
	}

	/** Whether the counts are the caps snapshot's own figures. */
	public boolean countsFromCaps() {
		return this.countsSource == null || this.file.equals(this.countsFile);
	}

	/** Both files' checksums, as a restart and the "same input" check compare them. */
	public String fingerprint() {
		return InputFingerprint.of(this.sha256, this.countsSha256);
	}

}

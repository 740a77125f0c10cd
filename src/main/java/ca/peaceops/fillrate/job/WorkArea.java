package ca.peaceops.fillrate.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;

import ca.peaceops.fillrate.report.Report;
import ca.peaceops.fillrate.report.ReportPublisher;
import ca.peaceops.fillrate.report.StoredReport;
import ca.peaceops.fillrate.roster.RosterCounts;
import ca.peaceops.fillrate.snapshot.InputFingerprint;
import ca.peaceops.fillrate.snapshot.Snapshot;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * What one step hands to the next, kept as files in the period's work directory rather
 * than in memory, so that a restarted job picks up where the failed one stopped.
 */
@Component
public class WorkArea {

	private static final String SNAPSHOT = "snapshot.json";

	private static final String REPORT = "report.json";

	/**
	 * A mapper of its own, as {@link StoredReport} has: what a step hands on must read
	 * back exactly, whatever JSON settings the application has.
	 */
	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private final StoredReport stored;

	private final ReportPublisher publisher;

	WorkArea(ReportPublisher publisher) {
		this.stored = new StoredReport();
		this.publisher = publisher;
	}

	/**
	 * The validated caps joined with their counts, with where each came from.
	 *
	 * @param file the caps snapshot
	 * @param sha256 the caps snapshot's checksum
	 * @param countsFile where the counts came from; {@code null} when there are none
	 * @param countsSha256 the counts file's checksum when it is not the caps snapshot
	 * @param women women among the deployed per mission id, from a counts table
	 */
	record StagedSnapshot(String file, String sha256, Snapshot snapshot, RosterCounts roster, String countsFile,
			LocalDate countsAsOf, String countsSource, String countsSha256, Map<String, Integer> women) {

	}

	void saveSnapshot(YearMonth period, StagedSnapshot snapshot) {
		write(period, SNAPSHOT, snapshot);
	}

	StagedSnapshot snapshot(YearMonth period) {
		return read(period, SNAPSHOT, StagedSnapshot.class);
	}

	/**
	 * The checksum of the snapshot a run staged for the period, if one did: a restart
	 * compares it with the file as it is now.
	 */
	public Optional<String> stagedFrom(YearMonth period) {
		if (!Files.isRegularFile(file(period, SNAPSHOT))) {
			return Optional.empty();
		}
		try {
			StagedSnapshot staged = snapshot(period);
			return Optional.of(InputFingerprint.of(staged.sha256(), staged.countsSha256()));
		}
		catch (RuntimeException ex) {
			// A staged copy that cannot be read is no copy to go on from.
			return Optional.of("");
		}
	}

	/** Forgets what a failed run staged, so that the next one starts from the input. */
	public void clear(YearMonth period) {
		this.publisher.clearWork(period);
	}

	/** The report, in the format the history keeps: the history stores this file. */
	void saveReport(Report report) {
		Path file = file(report.period(), REPORT);
		try {
			Files.createDirectories(file.getParent());
			Files.writeString(file, this.stored.write(report));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write " + file, ex);
		}
	}

	Report report(YearMonth period) {
		return parse(reportJson(period));
	}

	String reportJson(YearMonth period) {
		try {
			return Files.readString(file(period, REPORT));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A report as the history stores it, of any format this version reads. */
	public Report parse(String json) {
		return this.stored.read(json);
	}

	Path staging(YearMonth period) {
		Path dir = this.publisher.stagingDir(period);
		try {
			return Files.createDirectories(dir);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot create " + dir, ex);
		}
	}

	Path file(YearMonth period, String name) {
		return this.publisher.workDir(period).resolve(name);
	}

	private void write(YearMonth period, String name, Object value) {
		Path file = file(period, name);
		try {
			Files.createDirectories(file.getParent());
			JSON.writeValue(file.toFile(), value);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write " + file, ex);
		}
	}

	private <T> T read(YearMonth period, String name, Class<T> type) {
		return JSON.readValue(file(period, name).toFile(), type);
	}

}

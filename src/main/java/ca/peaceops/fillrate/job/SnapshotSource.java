package ca.peaceops.fillrate.job;

import java.time.Clock;
import java.time.YearMonth;

import ca.peaceops.fillrate.snapshot.BadInputException;
import ca.peaceops.fillrate.snapshot.LoadedSnapshot;
import ca.peaceops.fillrate.snapshot.SnapshotCatalog;
import ca.peaceops.fillrate.snapshot.SnapshotFile;
import ca.peaceops.fillrate.snapshot.SnapshotReader;

import org.springframework.stereotype.Component;

/** The configured input directory: which snapshot a period uses, read and validated. */
@Component
public class SnapshotSource {

	private final FillRateProperties properties;

	private final Clock clock;

	public SnapshotSource(FillRateProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
	}

	public SnapshotCatalog catalog() {
		return SnapshotCatalog.scan(this.properties.snapshots());
	}

	/**
	 * Whether a snapshot dated within the period exists: the scheduler runs a month only
	 * from its own figures.
	 */
	public boolean hasOwn(YearMonth period) {
		try {
			return !select(period).asOf().isBefore(period.atDay(1));
		}
		catch (BadInputException ex) {
			return false;
		}
	}

	public SnapshotFile select(YearMonth period) {
		return catalog().forPeriod(period);
	}

	/**
	 * Reads the file; the region table is read each time, so that an edit to it needs no
	 * restart.
	 */
	public LoadedSnapshot read(SnapshotFile file) {
		return new SnapshotReader(SnapshotReader.places(this.properties.regions()), this.clock,
				this.properties.maxSnapshotBytes())
			.read(file);
	}

}

package ca.peaceops.fillrate.job;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import ca.peaceops.fillrate.snapshot.BadInputException;
import ca.peaceops.fillrate.snapshot.CountsCatalog;
import ca.peaceops.fillrate.snapshot.CountsFile;
import ca.peaceops.fillrate.snapshot.DeployedCounts;
import ca.peaceops.fillrate.snapshot.InputDates;
import ca.peaceops.fillrate.snapshot.LoadedSnapshot;
import ca.peaceops.fillrate.snapshot.Mission;
import ca.peaceops.fillrate.snapshot.PeriodInputs;
import ca.peaceops.fillrate.snapshot.Pool;
import ca.peaceops.fillrate.snapshot.Snapshot;
import ca.peaceops.fillrate.snapshot.SnapshotCatalog;
import ca.peaceops.fillrate.snapshot.SnapshotFile;
import ca.peaceops.fillrate.snapshot.SnapshotReader;
import ca.peaceops.fillrate.snapshot.csv.CountsTableReader;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.stereotype.Component;

/**
 * The configured input directory: which caps and which counts a period uses
 * ({@link PeriodInputs}), read and validated.
 */
@Component
public class SnapshotSource {

	private static final Log logger = LogFactory.getLog(SnapshotSource.class);

	private final FillRateProperties properties;

	private final Clock clock;

	public SnapshotSource(FillRateProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
	}

	public SnapshotCatalog catalog() {
		return SnapshotCatalog.scan(this.properties.snapshots());
	}

	public CountsCatalog countsCatalog() {
		return CountsCatalog.scan(this.properties.rosters(), this.properties.counts());
	}

	/** The period's caps and counts, chosen once (reading only what the rule needs). */
	public PeriodInputs choose(YearMonth period) {
		SnapshotCatalog catalog = catalog();
		catalog.ignored().forEach((path) -> logger.info("Ignoring " + path + ": its name does not start with a date"));
		Map<Path, Boolean> hasCounts = new HashMap<>();
		return PeriodInputs.choose(period, catalog.forPeriod(period), catalog.files(), countsCatalog().files(),
				(file) -> hasCounts.computeIfAbsent(file.path(),
						(path) -> DeployedCounts.hasCounts(read(file).snapshot())));
	}

	/**
	 * Chooses the period's inputs and validates them, so that bad input is refused before
	 * anything is written: the caps, and a counts table or another snapshot's figures. A
	 * roster, read in the job with its progress lines, is only fingerprinted here.
	 */
	public ChosenInputs prepare(YearMonth period) {
		PeriodInputs inputs = choose(period);
		LoadedSnapshot caps = read(inputs.caps());
		Optional<String> countsSha = Optional.empty();
		if (inputs.counts().isPresent() && !inputs.countsFromCaps()) {
			CountsFile counts = inputs.counts().get();
			countsSha = Optional.of(switch (counts.source()) {
				case SNAPSHOT -> read(SnapshotFile.of(counts.path()).orElseThrow()).sha256();
				case COUNTS_TABLE -> readTable(counts, caps.snapshot()).sha256();
				case ROSTER -> sha256(counts.path());
			});
		}
		return new ChosenInputs(inputs, caps.sha256(), countsSha);
	}

	/**
	 * The caps joined with counts other than a roster's, as the read step stages them:
	 * the files must still hold the bytes the launch chose.
	 */
	public Joined join(ChosenInputs chosen) {
		// From the file, never from the launch's copy: the step checks the bytes.
		LoadedSnapshot caps = readFile(chosen.inputs().caps());
		unchanged(chosen.inputs().caps().path(), chosen.capsSha256(), caps.sha256());
		Snapshot snapshot = caps.snapshot();
		Map<String, Integer> women = Map.of();
		Optional<CountsFile> counts = chosen.inputs().counts();
		if (counts.isPresent() && !chosen.inputs().countsFromCaps()) {
			CountsFile file = counts.get();
			if (file.source() == CountsFile.Source.SNAPSHOT) {
				LoadedSnapshot other = readFile(SnapshotFile.of(file.path()).orElseThrow());
				unchanged(file.path(), chosen.countsSha256().orElse(""), other.sha256());
				snapshot = DeployedCounts.of(file.path().toString(), other.snapshot()).applyTo(snapshot);
			}
			else if (file.source() == CountsFile.Source.COUNTS_TABLE) {
				CountsTableReader.Read table = readTable(file, snapshot);
				unchanged(file.path(), chosen.countsSha256().orElse(""), table.sha256());
				snapshot = table.counts().applyTo(snapshot);
				women = table.counts().women();
			}
		}
		else if (counts.isEmpty()) {
			snapshot = new DeployedCounts("", Map.of(), Map.of(), Map.of()).applyTo(snapshot);
		}
		return new Joined(caps, snapshot, women);
	}

	/**
	 * The caps as read, and the snapshot the rates are computed from (a roster's counts
	 * are joined by the read step).
	 *
	 * @param women women among the deployed per mission id, as a counts table gives them
	 * (a roster's are in its own counts)
	 */
	public record Joined(LoadedSnapshot caps, Snapshot snapshot, Map<String, Integer> women) {

	}

	private CountsTableReader.Read readTable(CountsFile file, Snapshot caps) {
		Set<String> missions = caps.missions().stream().map(Mission::id).collect(Collectors.toSet());
		Set<String> pools = caps.pools().stream().map(Pool::id).collect(Collectors.toSet());
		return new CountsTableReader(missions, pools).readWithChecksum(file.path(), this.properties.maxSnapshotBytes());
	}

	/**
	 * A file changed between the launch's choice and the step that reads it: the run
	 * stops, and the next launch chooses again.
	 */
	static void unchanged(Path path, String chosen, String now) {
		if (!chosen.equals(now)) {
			throw new IllegalStateException(
					path + " changed while the run was starting (its SHA-256 is not the one chosen); launch again");
		}
	}

	/**
	 * The inputs' dates as the scheduler decides from them: the first snapshot's, and
	 * every source of counts. Snapshots are read only from {@code from} on, and back to
	 * the newest earlier one with deployed figures.
	 */
	public InputDates inputDates(YearMonth from) {
		List<SnapshotFile> snapshots = catalog().files();
		List<LocalDate> counts = new ArrayList<>(countsCatalog().files().stream().map(CountsFile::asOf).toList());
		boolean earlier = false;
		for (int i = snapshots.size() - 1; i >= 0; i--) {
			SnapshotFile file = snapshots.get(i);
			boolean inRange = !file.asOf().isBefore(from.atDay(1));
			if ((inRange || !earlier) && givesCounts(file)) {
				counts.add(file.asOf());
				earlier |= !inRange;
			}
		}
		return new InputDates(snapshots.stream().map(SnapshotFile::asOf).findFirst(), counts);
	}

	/**
	 * Whether a snapshot gives deployed figures; one that cannot be read is taken as
	 * giving them, so that its month is run and the run names the problem.
	 */
	private boolean givesCounts(SnapshotFile file) {
		try {
			return DeployedCounts.hasCounts(read(file).snapshot());
		}
		catch (BadInputException ex) {
			return true;
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
		String key = identity(file.path()) + "|" + identity(this.properties.regions());
		Read last = this.last;
		if (last != null && last.key().equals(key)) {
			return last.snapshot();
		}
		LoadedSnapshot read = readFile(file);
		this.last = new Read(key, read);
		return read;
	}

	private LoadedSnapshot readFile(SnapshotFile file) {
		return new SnapshotReader(SnapshotReader.places(this.properties.regions()), this.clock,
				this.properties.maxSnapshotBytes())
			.read(file);
	}

	/**
	 * The last snapshot read, with what identifies its file and the region table then: a
	 * launch reads the period's caps when it chooses and again when it validates them,
	 * and a backfill does so for every month. The read step checks the bytes' SHA-256.
	 */
	private record Read(String key, LoadedSnapshot snapshot) {

	}

	private volatile Read last;

	private static String identity(Path path) {
		try {
			return path.toAbsolutePath() + "@" + Files.size(path) + "@" + Files.getLastModifiedTime(path).toMillis();
		}
		catch (IOException ex) {
			// Not there (a region table is optional), or unreadable: the read says which.
			return path.toAbsolutePath() + "@absent";
		}
	}

	static String sha256(Path path) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			try (InputStream in = new DigestInputStream(Files.newInputStream(path), digest)) {
				in.transferTo(OutputStream.nullOutputStream());
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (IOException ex) {
			throw new BadInputException(path.toString(), "cannot be read: " + ex.getMessage());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

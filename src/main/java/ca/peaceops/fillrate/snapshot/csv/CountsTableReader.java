package ca.peaceops.fillrate.snapshot.csv;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ca.peaceops.fillrate.snapshot.DeployedCounts;
import ca.peaceops.fillrate.snapshot.InputProblem;
import ca.peaceops.fillrate.snapshot.Problems;
import ca.peaceops.fillrate.snapshot.SourceText;
import de.siegmar.fastcsv.reader.CsvRecord;

/**
 * Reads a counts table, {@code counts/<as-of>.csv}: {@code mission_id,deployed} and an
 * optional {@code women_deployed}, one row per mission (or per shared cap, for a source
 * that gives only the pool's total). Every problem names the file and the line, as the
 * snapshot forms do; a count for a mission with no cap in force is one of them.
 */
public final class CountsTableReader {

	private static final List<String> COLUMNS = List.of("mission_id", "deployed", "women_deployed");

	private final Set<String> missionIds;

	private final Set<String> poolIds;

	/**
	 * @param missionIds the missions with a cap in force
	 * @param poolIds the shared caps in force
	 */
	public CountsTableReader(Set<String> missionIds, Set<String> poolIds) {
		this.missionIds = missionIds;
		this.poolIds = poolIds;
	}

	/** The counts, and the SHA-256 of the bytes they were read from. */
	public record Read(DeployedCounts counts, String sha256) {

	}

	public DeployedCounts read(Path path, long maxBytes) {
		return readWithChecksum(path, maxBytes).counts();
	}

	/** Reads the file once: its counts and its checksum. */
	public Read readWithChecksum(Path path, long maxBytes) {
		SourceText source = SourceText.read(path, maxBytes);
		return new Read(read(path.toString(), source.text()), source.sha256());
	}

	private DeployedCounts read(String file, String text) {
		List<CsvRecord> records = CsvRows.read(file, text);
		Problems problems = new Problems();
		if (records.isEmpty()) {
			problems.add(new InputProblem(file, 1, "", "empty: expected the header mission_id,deployed"));
			problems.throwIfAny();
		}
		List<String> header = records.get(0).getFields().stream().map(String::strip).toList();
		for (String column : header) {
			if (!COLUMNS.contains(column)) {
				problems.add(new InputProblem(file, 1, "", "unknown column \"" + column
						+ "\"; expected mission_id,deployed and optionally women_deployed"));
			}
		}
		for (String column : List.of("mission_id", "deployed")) {
			if (!header.contains(column)) {
				problems.add(new InputProblem(file, 1, "", "column \"" + column + "\" is missing from the header"));
			}
		}
		problems.throwIfAny();
		Map<String, Integer> missions = new HashMap<>();
		Map<String, Integer> pools = new HashMap<>();
		Map<String, Integer> women = new HashMap<>();
		Map<String, Integer> firstLine = new HashMap<>();
		for (CsvRecord record : records.subList(1, records.size())) {
			int line = (int) record.getStartingLineNumber();
			String id = CsvRows.cell(record, header.indexOf("mission_id"));
			Integer deployed = count(file, line, record, header, "deployed", problems);
			Integer womenDeployed = count(file, line, record, header, "women_deployed", problems);
			if (id == null) {
				problems.add(new InputProblem(file, line, "", "mission_id is required"));
				continue;
			}
			if (firstLine.containsKey(id)) {
				problems.add(new InputProblem(file, line, "",
						"mission " + id + " is counted twice (first on line " + firstLine.get(id) + ")"));
				continue;
			}
			firstLine.put(id, line);
			if (deployed == null) {
				// A count that is no number was told already, by count().
				if (CsvRows.cell(record, header.indexOf("deployed")) == null) {
					problems.add(new InputProblem(file, line, "", "deployed is required"));
				}
				continue;
			}
			if (womenDeployed != null && womenDeployed > deployed) {
				problems.add(new InputProblem(file, line, "",
						"women_deployed " + womenDeployed + " is more than deployed " + deployed));
			}
			if (this.missionIds.contains(id)) {
				missions.put(id, deployed);
				if (womenDeployed != null) {
					women.put(id, womenDeployed);
				}
			}
			else if (this.poolIds.contains(id)) {
				pools.put(id, deployed);
			}
			else {
				problems.add(new InputProblem(file, line, "", "mission " + id
						+ " has no cap in force: no snapshot on or before this date lists it (a new mission needs a "
						+ "snapshot with its cap first)"));
			}
		}
		problems.throwIfAny();
		return new DeployedCounts(file, missions, pools, women);
	}

	private static Integer count(String file, int line, CsvRecord record, List<String> header, String column,
			Problems problems) {
		String value = CsvRows.cell(record, header.indexOf(column));
		if (value == null) {
			return null;
		}
		if (!value.matches("\\d{1,9}")) {
			problems.add(new InputProblem(file, line, "", column + " \"" + value + "\" must be a whole number ≥ 0"));
			return null;
		}
		return Integer.valueOf(value);
	}

}

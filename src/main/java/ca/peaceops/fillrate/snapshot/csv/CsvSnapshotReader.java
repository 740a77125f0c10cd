package ca.peaceops.fillrate.snapshot.csv;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import ca.peaceops.fillrate.place.Places;
import ca.peaceops.fillrate.snapshot.InputProblem;
import ca.peaceops.fillrate.snapshot.MissionDraft;
import ca.peaceops.fillrate.snapshot.Pool;
import ca.peaceops.fillrate.snapshot.PoolDraft;
import ca.peaceops.fillrate.snapshot.Problems;
import ca.peaceops.fillrate.snapshot.Snapshot;
import ca.peaceops.fillrate.snapshot.SnapshotAssembler;
import ca.peaceops.fillrate.snapshot.Where;
import de.siegmar.fastcsv.reader.CsvRecord;

/**
 * Reads the CSV snapshot form: one row per mission, the JSON fields in snake case. A pool
 * is declared by the rows that name it: {@code pool_authorized} (and the optional
 * {@code pool_name}, {@code pool_deployed}) must then agree on every such row.
 */
public final class CsvSnapshotReader {

	private static final Set<String> REQUIRED = Set.of("id", "name");

	/** Every column, in the order an error lists them. */
	private static final List<String> COLUMN_ORDER = List.of("as_of", "id", "name", "name_fr", "country", "region",
			"partner", "language", "armed", "since", "authorized", "authorized_text", "pool", "pool_name",
			"pool_name_fr", "pool_authorized", "pool_deployed", "deployed", "source");

	private static final Set<String> COLUMNS = Set.copyOf(COLUMN_ORDER);

	private final Places regions;

	private final Clock clock;

	public CsvSnapshotReader(Places regions, Clock clock) {
		this.regions = regions;
		this.clock = clock;
	}

	public Snapshot read(String file, String text, LocalDate nameDate) {
		Problems problems = new Problems();
		List<MissionDraft> missions = new ArrayList<>();
		Map<String, PoolRows> pools = new LinkedHashMap<>();
		String source = null;
		LocalDate asOf = nameDate;
		Where firstRow = null;
		List<CsvRecord> records = CsvRows.read(file, text);
		List<String> header = records.isEmpty() ? List.of()
				: records.get(0).getFields().stream().map(String::strip).toList();
		checkHeader(file, header);
		for (CsvRecord record : records.subList(Math.min(1, records.size()), records.size())) {
			int line = (int) record.getStartingLineNumber();
			Where where = (field, message) -> new InputProblem(file, line, "", message);
			firstRow = (firstRow != null) ? firstRow : where;
			Row row = new Row(header, record, where, problems);
			LocalDate rowAsOf = row.date("as_of");
			if (rowAsOf != null && !rowAsOf.equals(nameDate)) {
				problems.add(where.problem("as_of",
						"as_of " + rowAsOf + " does not match the file name's date " + nameDate));
			}
			source = (source != null) ? source : row.text("source");
			MissionDraft mission = row.mission();
			missions.add(mission);
			if (mission.pool() != null) {
				pools.computeIfAbsent(mission.pool(), (id) -> new PoolRows(id, where)).add(row, problems);
			}
		}
		problems.throwIfAny();
		Where asOfWhere = (firstRow != null) ? firstRow : (field, message) -> new InputProblem(file, 2, "", message);
		List<PoolDraft> poolDrafts = pools.values().stream().map(PoolRows::draft).toList();
		return new SnapshotAssembler(file, this.regions, this.clock).assemble(asOf, asOfWhere, nameDate, source,
				poolDrafts, missions, problems);
	}

	private static void checkHeader(String file, List<String> header) {
		Problems problems = new Problems();
		for (String column : header) {
			if (!COLUMNS.contains(column)) {
				problems.add(new InputProblem(file, 1, "",
						"unknown column \"" + column + "\"; expected some of " + String.join(",", COLUMN_ORDER)));
			}
		}
		for (String column : REQUIRED) {
			if (!header.contains(column)) {
				problems.add(new InputProblem(file, 1, "", "column \"" + column + "\" is missing from the header"));
			}
		}
		problems.throwIfAny();
	}

	/** One row's cells, typed; a wrong value is a problem and reads as unknown. */
	private static final class Row {

		private final List<String> header;

		private final CsvRecord record;

		private final Where where;

		private final Problems problems;

		Row(List<String> header, CsvRecord record, Where where, Problems problems) {
			this.header = header;
			this.record = record;
			this.where = where;
			this.problems = problems;
			if (record.getFieldCount() != header.size()) {
				problems.add(where.problem("",
						"row has " + record.getFieldCount() + " cells, the header has " + header.size()));
			}
		}

		String text(String column) {
			return CsvRows.cell(this.record, this.header.indexOf(column));
		}

		String required(String column) {
			String value = text(column);
			if (value == null) {
				this.problems.add(this.where.problem(column, column + " is required"));
			}
			return value;
		}

		Integer count(String column) {
			String value = text(column);
			if (value == null) {
				return null;
			}
			if (!value.matches("\\d{1,9}")) {
				this.problems.add(this.where.problem(column, column + " \"" + value + "\" must be a whole number ≥ 0"));
				return null;
			}
			return Integer.valueOf(value);
		}

		Boolean armed() {
			String value = text("armed");
			if (value == null) {
				return null;
			}
			return switch (value.toLowerCase(Locale.ROOT)) {
				case "true", "armed", "yes", "armé", "armée" -> true;
				case "false", "unarmed", "no", "non armé", "non armée" -> false;
				default -> {
					this.problems.add(this.where.problem("armed",
							"armed \"" + value + "\" must be true, false, armed or unarmed"));
					yield null;
				}
			};
		}

		LocalDate date(String column) {
			String value = text(column);
			if (value == null) {
				return null;
			}
			return this.where.date(column, column, value, this.problems);
		}

		MissionDraft mission() {
			String pool = text("pool");
			return new MissionDraft(required("id"), required("name"), text("partner"), text("country"), text("region"),
					text("language"), armed(), text("since"), count("authorized"),
					(pool == null) ? text("authorized_text") : null, count("deployed"), pool, text("name_fr"),
					this.where);
		}

	}

	/** The rows that name one pool, which must agree on its figures. */
	private static final class PoolRows {

		private final String id;

		private final Where where;

		private String name;

		private String nameFr;

		private Integer authorized;

		private String authorizedText;

		private Integer deployed;

		PoolRows(String id, Where where) {
			this.id = id;
			this.where = where;
		}

		void add(Row row, Problems problems) {
			this.name = agree("pool_name", this.name, row.text("pool_name"), row, problems);
			this.nameFr = agree("pool_name_fr", this.nameFr, row.text("pool_name_fr"), row, problems);
			this.authorized = agree("pool_authorized", this.authorized, row.count("pool_authorized"), row, problems);
			this.authorizedText = agree("authorized_text", this.authorizedText, row.text("authorized_text"), row,
					problems);
			this.deployed = agree("pool_deployed", this.deployed, row.count("pool_deployed"), row, problems);
		}

		private <T> T agree(String column, T known, T value, Row row, Problems problems) {
			if (known != null && value != null && !Objects.equals(known, value)) {
				problems.add(row.where.problem(column, column + " \"" + value + "\" disagrees with \"" + known
						+ "\" on an earlier row of pool \"" + this.id + "\""));
			}
			return (known != null) ? known : value;
		}

		PoolDraft draft() {
			return new PoolDraft(
					new Pool(this.id, this.name, this.authorized, this.authorizedText, this.deployed, this.nameFr),
					this.where);
		}

	}

}

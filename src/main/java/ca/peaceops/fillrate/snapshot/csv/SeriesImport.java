package ca.peaceops.fillrate.snapshot.csv;

import ca.peaceops.fillrate.snapshot.BadInputException;
import ca.peaceops.fillrate.snapshot.InputProblem;
import ca.peaceops.fillrate.snapshot.Problems;
import ca.peaceops.fillrate.snapshot.Snapshot;
import ca.peaceops.fillrate.snapshot.SnapshotFile;
import ca.peaceops.fillrate.snapshot.SnapshotReader;
import ca.peaceops.fillrate.snapshot.SourceText;
import ca.peaceops.fillrate.snapshot.json.SnapshotJson;

import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import ca.peaceops.fillrate.place.Places;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;

/**
 * {@code scripts/import-series.sh FILE [--input=DIR] [--replace]}: splits a long-format
 * table (one row per mission and date, as analysts keep years of figures) into one JSON
 * snapshot per date under {@code DIR/snapshots/}. Each date's rows are validated by the
 * CSV snapshot reader itself, so a series is held to the same rules as a snapshot, and
 * errors name the series' own lines. Nothing is written unless every row is good;
 * importing the same file again changes nothing.
 */
public final class SeriesImport {

	/** The optional columns, named as in the CSV snapshot. */
	private static final List<String> OPTIONAL = List.of("name", "name_fr", "country", "region", "partner", "language",
			"armed", "since", "authorized_text", "pool", "pool_name", "pool_name_fr", "pool_authorized",
			"pool_deployed", "source");

	/** The series' columns, by the snapshot CSV column they fill. */
	private static final Map<String, String> COLUMNS = columns();

	private final PrintStream out;

	private final PrintStream err;

	private final Clock clock;

	SeriesImport(PrintStream out, PrintStream err, Clock clock) {
		this.out = out;
		this.err = err;
		this.clock = clock;
	}

	public static void main(String[] args) {
		System.exit(new SeriesImport(new PrintStream(System.out, true, StandardCharsets.UTF_8),
				new PrintStream(System.err, true, StandardCharsets.UTF_8), Clock.systemDefaultZone())
			.run(args));
	}

	/** One row of the series, as the snapshot CSV row it becomes. */
	private record Row(int line, Map<String, String> cells) {

	}

	/**
	 * @return the exit status: 0 written (or nothing to change), 2 bad input or usage
	 */
	int run(String... args) {
		Path file = null;
		Path input = Path.of("input");
		boolean replace = false;
		for (String arg : args) {
			if (arg.startsWith("--input=")) {
				input = Path.of(arg.substring("--input=".length()));
			}
			else if (arg.equals("--replace") || arg.equals("--replace=true")) {
				replace = true;
			}
			else if (arg.startsWith("--") || file != null) {
				return usage("unexpected argument " + arg);
			}
			else {
				file = Path.of(arg);
			}
		}
		if (file == null) {
			return usage("name the series file");
		}
		try {
			return write(file, input, replace);
		}
		catch (BadInputException ex) {
			this.err.println("error: " + ex.getMessage().replace("\n", "\nerror: "));
			return 2;
		}
	}

	private int write(Path file, Path input, boolean replace) {
		Places places = SnapshotReader.places(input.resolve("regions.csv"));
		String name = file.toString();
		Map<LocalDate, List<Row>> dates = rows(name, SourceText.read(file, Long.MAX_VALUE).text());
		Problems problems = new Problems();
		Map<Path, String> snapshots = new LinkedHashMap<>();
		int rows = 0;
		for (Map.Entry<LocalDate, List<Row>> date : dates.entrySet()) {
			Optional<Snapshot> snapshot = snapshot(name, date.getKey(), date.getValue(), places, problems);
			if (snapshot.isPresent()) {
				snapshots.put(input.resolve("snapshots").resolve(date.getKey() + ".json"),
						SnapshotJson.write(snapshot.get(), places));
			}
			rows += date.getValue().size();
		}
		problems.throwIfAny();
		Map<Path, String> changed = new LinkedHashMap<>();
		int unchangedRows = 0;
		for (Map.Entry<Path, String> snapshot : snapshots.entrySet()) {
			Path target = snapshot.getKey();
			String date = target.getFileName().toString().substring(0, 10);
			otherForms(target, date).ifPresent((other) -> problems.add(new InputProblem(other.toString(), 0, "",
					"a snapshot of another form exists for " + date + "; move it away to import the series' one")));
			String existing = read(target);
			if (snapshot.getValue().equals(existing)) {
				unchangedRows += dates.get(LocalDate.parse(date)).size();
				continue;
			}
			if (existing != null && !replace) {
				problems.add(new InputProblem(target.toString(), 0, "", "the snapshot for " + date
						+ " differs from the series' figures for that date; give --replace to replace it"));
			}
			changed.put(target, snapshot.getValue());
		}
		problems.throwIfAny();
		changed.forEach(SeriesImport::writeAtomically);
		this.out.println("Wrote " + changed.size() + " snapshots (" + (rows - unchangedRows) + " rows) to "
				+ input.resolve("snapshots") + "; " + (snapshots.size() - changed.size()) + " dates unchanged ("
				+ unchangedRows + " rows)");
		return 0;
	}

	/** The rows of each date, oldest date first; a row that names no date is an error. */
	private static Map<LocalDate, List<Row>> rows(String file, String text) {
		Problems problems = new Problems();
		Map<LocalDate, List<Row>> dates = new TreeMap<>();
		List<String> header = null;
		for (CsvRecord record : CsvRows.read(file, text)) {
			String[] values = record.getFields().toArray(String[]::new);
			if (header == null) {
				header = header(file, values);
				continue;
			}
			Row row = row(file, (int) record.getStartingLineNumber(), header, values, problems);
			if (row != null) {
				LocalDate asOf = LocalDate.parse(row.cells().get("as_of"));
				dates.computeIfAbsent(asOf, (date) -> new ArrayList<>()).add(row);
			}
		}
		if (header == null) {
			problems.add(new InputProblem(file, 1, "", "the series is empty: expected a header row"));
		}
		problems.throwIfAny();
		return dates;
	}

	/** Header names matched without regard to case and spaces; unknown ones refused. */
	private static List<String> header(String file, String[] names) {
		Problems problems = new Problems();
		List<String> columns = new ArrayList<>();
		for (String name : names) {
			String key = name.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
			String column = COLUMNS.get(key);
			if (column == null) {
				problems.add(new InputProblem(file, 1, "", "unknown column \"" + name + "\"; expected as_of or period, "
						+ "mission, authorized, deployed and optionally " + String.join(", ", OPTIONAL)));
			}
			columns.add(column);
		}
		for (String required : List.of("id", "authorized", "deployed")) {
			if (!columns.contains(required)) {
				problems.add(new InputProblem(file, 1, "", "column \""
						+ ((required.equals("id")) ? "mission" : required) + "\" is missing from the header"));
			}
		}
		if (!columns.contains("as_of") && !columns.contains("period")) {
			problems.add(
					new InputProblem(file, 1, "", "the header needs an as_of (YYYY-MM-DD) or period (YYYY-MM) column"));
		}
		problems.throwIfAny();
		return columns;
	}

	private static Row row(String file, int line, List<String> header, String[] values, Problems problems) {
		if (values.length > header.size()) {
			problems.add(new InputProblem(file, line, "",
					"the row has " + values.length + " cells but the header " + header.size()));
			return null;
		}
		// A spreadsheet may leave out the empty cells at the end of a row.
		Map<String, String> cells = new LinkedHashMap<>();
		for (int i = 0; i < header.size(); i++) {
			cells.put(header.get(i), (i < values.length) ? values[i].strip() : "");
		}
		String asOf = cells.get("as_of");
		String period = cells.remove("period");
		try {
			if (asOf == null || asOf.isEmpty()) {
				if (period == null || period.isEmpty()) {
					problems.add(new InputProblem(file, line, "", "the row has no as_of date or period"));
					return null;
				}
				asOf = YearMonth.parse(period).atEndOfMonth().toString();
			}
			cells.put("as_of", LocalDate.parse(asOf).toString());
		}
		catch (DateTimeParseException ex) {
			problems.add(new InputProblem(file, line, "", "\"" + ((asOf != null && !asOf.isEmpty()) ? asOf : period)
					+ "\" must be a date as YYYY-MM-DD (as_of) or a month as YYYY-MM (period)"));
			return null;
		}
		if (cells.getOrDefault("name", "").isEmpty()) {
			cells.put("name", cells.getOrDefault("id", ""));
		}
		return new Row(line, cells);
	}

	/**
	 * One date's rows, read by the CSV snapshot reader; its problems are moved back to
	 * the series' own lines.
	 */
	private Optional<Snapshot> snapshot(String file, LocalDate date, List<Row> rows, Places places, Problems problems) {
		List<String> columns = new ArrayList<>(List.of("as_of", "id", "name"));
		rows.forEach((row) -> row.cells().keySet().stream().filter((c) -> !columns.contains(c)).forEach(columns::add));
		if (!columns.contains("source")) {
			columns.add("source");
		}
		StringWriter text = new StringWriter();
		try (CsvWriter printer = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(text)) {
			printer.writeRecord(columns);
			for (Row row : rows) {
				List<String> values = new ArrayList<>();
				for (String column : columns) {
					String value = row.cells().getOrDefault(column, "");
					values.add((column.equals("source") && value.isEmpty()) ? "series " + Path.of(file).getFileName()
							: value);
				}
				printer.writeRecord(values);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		try {
			return Optional.of(new CsvSnapshotReader(places, this.clock).read(file, text.toString(), date));
		}
		catch (BadInputException ex) {
			for (InputProblem problem : ex.problems()) {
				int line = (problem.line() >= 2 && problem.line() - 2 < rows.size())
						? rows.get(problem.line() - 2).line() : (problem.line() == 1) ? 1 : rows.get(0).line();
				problems.add(new InputProblem(file, line, problem.path(), problem.message()));
			}
			return Optional.empty();
		}
	}

	private static Optional<Path> otherForms(Path target, String date) {
		try (var files = Files.list(target.getParent())) {
			return files.filter((other) -> !other.equals(target))
				.filter((other) -> SnapshotFile.of(other).map((f) -> f.asOf().toString().equals(date)).orElse(false))
				.findFirst();
		}
		catch (IOException ex) {
			return Optional.empty();
		}
	}

	private static String read(Path file) {
		try {
			return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
		}
		catch (IOException ex) {
			throw new BadInputException(file.toString(), "cannot read: " + ex.getMessage());
		}
	}

	/** Written beside, then renamed: a snapshot is never seen half written. */
	private static void writeAtomically(Path target, String json) {
		try {
			Files.createDirectories(target.getParent());
			Path temporary = target.resolveSibling("." + target.getFileName() + ".tmp");
			Files.writeString(temporary, json, StandardCharsets.UTF_8);
			Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new BadInputException(target.toString(), "cannot write: " + ex.getMessage());
		}
	}

	private static Map<String, String> columns() {
		Map<String, String> columns = new LinkedHashMap<>();
		columns.put("as_of", "as_of");
		columns.put("period", "period");
		columns.put("mission", "id");
		columns.put("mission_id", "id");
		columns.put("id", "id");
		columns.put("authorized", "authorized");
		columns.put("deployed", "deployed");
		OPTIONAL.forEach((column) -> columns.put(column, column));
		return Map.copyOf(columns);
	}

	private int usage(String problem) {
		this.err.println("error: " + problem);
		this.err.println("usage: scripts/import-series.sh FILE [--input=DIR] [--replace]");
		return 2;
	}

}

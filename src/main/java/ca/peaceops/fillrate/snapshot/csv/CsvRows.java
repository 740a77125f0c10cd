package ca.peaceops.fillrate.snapshot.csv;

import ca.peaceops.fillrate.snapshot.BadInputException;
import ca.peaceops.fillrate.snapshot.InputProblem;
import ca.peaceops.fillrate.snapshot.SourceText;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

/**
 * A CSV text as its records, each with the line it starts on (quoted values may span
 * lines, so records are not lines). The parser's complaints are put in a clerk's words,
 * on their line, without library names. The text has no byte-order mark:
 * {@link SourceText} dropped it.
 */
final class CsvRows {

	private static final Pattern STARTED_IN_LINE = Pattern.compile("started in line (\\d+)");

	private CsvRows() {
	}

	/** The records of a text whose header line says its separator. */
	static List<CsvRecord> read(String file, String text) {
		return read(file, text, SourceText.csvSeparator(text.lines().findFirst().orElse("")));
	}

	private static List<CsvRecord> read(String file, String text, char separator) {
		List<CsvRecord> records = new ArrayList<>();
		try (CsvReader<CsvRecord> reader = CsvReader.builder()
			.fieldSeparator(separator)
			.skipEmptyLines(true)
			.trimWhitespacesAroundQuotes(true)
			.allowExtraFields(true)
			.allowMissingFields(true)
			.ofCsvRecord(text)) {
			reader.forEach(records::add);
		}
		catch (CsvParseException ex) {
			throw malformed(file, ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (!records.isEmpty() && text.chars().filter((c) -> c == '"').count() % 2 != 0) {
			// The parser takes an unclosed quoted value to the end of the text, so the
			// value that opened it is in the last record.
			throw new BadInputException(
					List.of(new InputProblem(file, (int) records.get(records.size() - 1).getStartingLineNumber(), "",
							"a quoted value opens here (\") and is never closed: add the closing quote")));
		}
		return records;
	}

	private static BadInputException malformed(String file, CsvParseException ex) {
		Matcher started = STARTED_IN_LINE.matcher(String.valueOf(ex.getMessage()));
		int line = started.find() ? Integer.parseInt(started.group(1)) : 0;
		String cause = String.valueOf((ex.getCause() != null) ? ex.getCause().getMessage() : ex.getMessage());
		if (cause.startsWith("Unexpected character after closing quote")) {
			return new BadInputException(List.of(new InputProblem(file, line, "",
					"a quoted value here is closed too early or never: text follows its closing quote (a quote "
							+ "inside a value is written twice, \"\")")));
		}
		return new BadInputException(List.of(new InputProblem(file, line, "", "malformed CSV: " + cause)));
	}

	/** A cell's text without surrounding spaces; an absent or blank cell is null. */
	static String cell(CsvRecord record, int index) {
		if (index < 0 || index >= record.getFieldCount()) {
			return null;
		}
		String value = record.getField(index).strip();
		return value.isEmpty() ? null : value;
	}

}

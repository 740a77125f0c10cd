package ca.peaceops.fillrate.report.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import de.siegmar.fastcsv.writer.CsvWriter;

/** Writes one CSV file: the BOM, the header and the rows, in the run's dialect. */
final class CsvFile {

	private CsvFile() {
	}

	static void write(Path file, CsvDialect dialect, List<String> header, List<List<String>> rows) {
		try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			// The BOM makes Excel read the file as UTF-8, so that accents (Haïti, Misión)
			// survive.
			writer.write('\uFEFF');
			try (CsvWriter printer = dialect.writer().build(writer)) {
				printer.writeRecord(header);
				for (List<String> row : rows) {
					printer.writeRecord(row);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write " + file, ex);
		}
	}

}

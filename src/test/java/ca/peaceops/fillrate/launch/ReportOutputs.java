package ca.peaceops.fillrate.launch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads published files back the way their users do: CSV with a CSV parser, PDF text with
 * PDFBox.
 */
final class ReportOutputs {

	private ReportOutputs() {
	}

	static List<NamedCsvRecord> csv(Path file) {
		try {
			String text = Files.readString(file, StandardCharsets.UTF_8);
			assertThat(text).as("BOM at the start of " + file).startsWith("\uFEFF");
			assertThat(text.substring(1)).as("a single BOM in " + file).doesNotContain("\uFEFF");
			try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(text.substring(1))) {
				return reader.stream().toList();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static NamedCsvRecord row(List<NamedCsvRecord> rows, String column, String value) {
		return rows.stream().filter((row) -> row.getField(column).equals(value)).findFirst().orElseThrow();
	}

	static String pdfText(Path file) {
		try (PDDocument document = Loader.loadPDF(file.toFile())) {
			return new PDFTextStripper().getText(document);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Every file under a directory with its SHA-256, to prove that nothing changed. */
	static Map<String, String> checksums(Path dir) {
		Map<String, String> sums = new TreeMap<>();
		if (!Files.exists(dir)) {
			return sums;
		}
		try (Stream<Path> paths = Files.walk(dir)) {
			for (Path path : paths.toList()) {
				String name = dir.relativize(path).toString();
				sums.put(name, Files.isDirectory(path) ? "dir" : sha256(Files.readAllBytes(path)));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return sums;
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Leaves the sample input without its counts tables. */
	static void deleteCounts(ReportCli cli) {
		Path counts = cli.input().resolve("counts");
		try (Stream<Path> files = Files.exists(counts) ? Files.list(counts) : Stream.empty()) {
			for (Path file : files.toList()) {
				Files.delete(file);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

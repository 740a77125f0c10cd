package ca.peaceops.fillrate.snapshot;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The bytes of an input file, checked to be non-empty, within the size limit and valid
 * UTF-8, with the checksum that identifies the snapshot in the history.
 */
public record SourceText(String text, String sha256) {

	/**
	 * Far above any real snapshot; a file this big is a mistake (a roster saved in the
	 * wrong place).
	 */
	static final long MAX_BYTES = 10L * 1024 * 1024;

	public static SourceText read(Path path) {
		return read(path, MAX_BYTES);
	}

	/**
	 * A CSV input's separator, as its header line says: a semicolon when the header has
	 * semicolons and no comma (a spreadsheet in French saves its CSV so), otherwise a
	 * comma. Every CSV input (snapshots, counts tables, rosters, series) asks here.
	 */
	public static char csvSeparator(String headerLine) {
		return (headerLine.indexOf(';') >= 0 && headerLine.indexOf(',') < 0) ? ';' : ',';
	}

	public static SourceText read(Path path, long maxBytes) {
		String file = path.toString();
		try {
			long size = Files.size(path);
			if (size > maxBytes) {
				throw new BadInputException(file,
						"file is " + size + " bytes, over the limit of " + maxBytes + " bytes for a snapshot");
			}
			byte[] bytes = Files.readAllBytes(path);
			String text = decode(file, bytes);
			if (text.isBlank()) {
				throw new BadInputException(file, "file is empty");
			}
			return new SourceText(text, sha256(bytes));
		}
		catch (IOException ex) {
			throw new BadInputException(file, "cannot read file: " + ex.getMessage());
		}
	}

	public static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String decode(String file, byte[] bytes) {
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
			return text.startsWith("\uFEFF") ? text.substring(1) : text;
		}
		catch (CharacterCodingException ex) {
			int line = firstBadLine(bytes);
			throw new BadInputException(List.of(new InputProblem(file, line, "",
					"file is not UTF-8 (Latin-1 or Windows-1252 bytes?); save it as UTF-8")));
		}
	}

	/**
	 * The line of the first byte that is not valid UTF-8, found by decoding line by line.
	 */
	private static int firstBadLine(byte[] bytes) {
		int line = 1;
		int start = 0;
		for (int i = 0; i <= bytes.length; i++) {
			if (i == bytes.length || bytes[i] == '\n') {
				try {
					StandardCharsets.UTF_8.newDecoder()
						.onMalformedInput(CodingErrorAction.REPORT)
						.decode(ByteBuffer.wrap(bytes, start, i - start));
				}
				catch (CharacterCodingException ex) {
					return line;
				}
				line++;
				start = i + 1;
			}
		}
		return 0;
	}

}

package ca.peaceops.fillrate.report.pdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes the same report give the same bytes, so that a restarted run publishes files
 * whose checksums equal those of an uninterrupted one. OpenPDF names font subsets with
 * random letters and stamps the file with a random id; both are replaced in place, with
 * the same lengths, so no offset moves.
 */
final class ReproduciblePdf {

	/**
	 * A subset font name, "/ABCDEF+DejaVuSans", as it stands in the uncompressed font
	 * dictionaries.
	 */
	private static final Pattern SUBSET = Pattern.compile("/([A-Z]{6})\\+");

	private static final Pattern FILE_ID = Pattern.compile("/ID \\[<([0-9a-f]{32})><([0-9a-f]{32})>]");

	private ReproduciblePdf() {
	}

	static byte[] normalize(byte[] pdf) {
		// ISO-8859-1 maps every byte to one char and back, so binary streams survive
		// untouched.
		String text = new String(pdf, StandardCharsets.ISO_8859_1);
		Map<String, String> prefixes = new LinkedHashMap<>();
		Matcher subset = SUBSET.matcher(text);
		StringBuilder out = new StringBuilder(text.length());
		while (subset.find()) {
			String stable = prefixes.computeIfAbsent(subset.group(1), (random) -> prefix(prefixes.size()));
			subset.appendReplacement(out, "/" + stable + "+");
		}
		subset.appendTail(out);
		String withoutId = FILE_ID.matcher(out).replaceAll("/ID [<" + "0".repeat(32) + "><" + "0".repeat(32) + ">]");
		String id = md5(withoutId);
		return FILE_ID.matcher(withoutId)
			.replaceAll("/ID [<" + id + "><" + id + ">]")
			.getBytes(StandardCharsets.ISO_8859_1);
	}

	private static String prefix(int index) {
		char[] letters = "FRRAAA".toCharArray();
		letters[5] = (char) ('A' + index % 26);
		letters[4] = (char) ('A' + index / 26 % 26);
		return new String(letters);
	}

	private static String md5(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.ISO_8859_1)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

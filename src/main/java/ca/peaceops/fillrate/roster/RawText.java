package ca.peaceops.fillrate.roster;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;

/**
 * A roster is parsed as ISO-8859-1, one char per byte of its UTF-8 text. The JDK's UTF-8
 * decoder leaves its fast path at the first accent of each buffer ("Québec") and took
 * nine tenths of a plain read of the file; ISO-8859-1 is a straight copy. Parsing stays
 * exact: the CSV's commas, quotes and line ends are ASCII, and UTF-8 never uses an ASCII
 * byte inside a multi-byte character. Only the few names kept or quoted in a message are
 * decoded.
 */
final class RawText {

	private RawText() {
	}

	/** A name as the parser sees it: its UTF-8 bytes, one char each. */
	static char[] of(String text) {
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		char[] chars = new char[bytes.length];
		for (int i = 0; i < bytes.length; i++) {
			chars[i] = (char) (bytes[i] & 0xFF);
		}
		return chars;
	}

	/** The text of parsed chars, with U+FFFD for what is not UTF-8: for messages. */
	static String decode(char[] buffer, int offset, int length) {
		return new String(bytes(buffer, offset, length), StandardCharsets.UTF_8);
	}

	/**
	 * The text of parsed chars.
	 * @return the text, or {@code null} when they are not UTF-8
	 */
	static String decodeStrictly(char[] buffer, int offset, int length) {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.decode(ByteBuffer.wrap(bytes(buffer, offset, length)))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return null;
		}
	}

	private static byte[] bytes(char[] buffer, int offset, int length) {
		byte[] bytes = new byte[length];
		for (int i = 0; i < length; i++) {
			bytes[i] = (byte) buffer[offset + i];
		}
		return bytes;
	}

}

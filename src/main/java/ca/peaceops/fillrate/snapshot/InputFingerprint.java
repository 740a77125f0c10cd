package ca.peaceops.fillrate.snapshot;

/**
 * What a period was reported from, as one value: the caps snapshot's SHA-256, and the
 * counts file's when the counts came from another file. A restart compares it with the
 * files as they are; a report compares it with its baseline's to say "no new figures".
 */
public final class InputFingerprint {

	private InputFingerprint() {
	}

	/**
	 * @param countsSha256 the counts file's checksum, {@code null} when the counts are
	 * the caps snapshot's own (or there are none)
	 */
	public static String of(String capsSha256, String countsSha256) {
		return (countsSha256 != null) ? capsSha256 + "+" + countsSha256 : capsSha256;
	}

}

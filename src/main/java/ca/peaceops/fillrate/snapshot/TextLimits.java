package ca.peaceops.fillrate.snapshot;

import java.util.Locale;

/**
 * What a snapshot's text may hold, so that a snapshot that validates can always be stored
 * and written: the history's column widths, and no character that a CSV file, a PDF or an
 * email header cannot carry (control characters, a byte-order mark inside a value, half
 * of a surrogate pair). A value refused here is the clerk's to fix, with its line; found
 * later, it would fail the run on every relaunch.
 */
public final class TextLimits {

	static final int ID = 100;

	static final int NAME = 1000;

	static final int POOL_NAME = 500;

	static final int PARTNER = 500;

	static final int COUNTRY = 200;

	static final int SHORT = 100;

	static final int SOURCE = 4000;

	private TextLimits() {
	}

	/**
	 * @return the problem with a value, or {@code null} when it may be stored as it is
	 */
	static String problem(String field, String value, int limit) {
		if (value == null) {
			return null;
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < value.length()
					&& Character.isLowSurrogate(value.charAt(i + 1))) {
				i++;
				continue;
			}
			if (Character.isSurrogate(c)) {
				return field + " holds half of a character (a lone surrogate at position " + (i + 1) + ")";
			}
			if (Character.isISOControl(c) || c == '\uFEFF') {
				return field + " holds the invisible character " + String.format(Locale.ROOT, "U+%04X", (int) c)
						+ " at position " + (i + 1) + "; remove it";
			}
		}
		int length = value.codePointCount(0, value.length());
		if (length > limit) {
			return field + " is " + length + " characters long; at most " + limit + " can be stored";
		}
		return null;
	}

}

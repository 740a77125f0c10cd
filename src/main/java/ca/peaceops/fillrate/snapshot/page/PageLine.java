package ca.peaceops.fillrate.snapshot.page;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line of a saved page, normalised: the non-breaking spaces a browser copies become
 * spaces, typographic apostrophes become plain ones, and a leading bullet or enumerator
 * ("1. Cambodia: ECCC", "a) EUPOL COPPS") is noted and removed.
 *
 * @param number the 1-based line in the file, for error messages
 * @param raw the line with its spacing, for tables whose cells are separated by runs of
 * spaces
 * @param numbered whether the line started with a number ("1.") or a letter ("a)"): the
 * older pages number their mission sections
 */
record PageLine(int number, String text, String raw, boolean bullet, boolean numbered) {

	private static final Pattern BULLET = Pattern.compile("^[•·▪◦*‣–-]\\s+");

	private static final Pattern ENUMERATOR = Pattern.compile("^(?:\\d{1,2}[.)]|[a-h]\\))\\s+(?=\\S)");

	static List<PageLine> of(String page) {
		List<PageLine> lines = new ArrayList<>();
		String[] rows = page.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
		for (int i = 0; i < rows.length; i++) {
			lines.add(of(i + 1, rows[i], false));
		}
		return lines;
	}

	/**
	 * @param item whether the line is a list item whatever its text (an HTML {@code li})
	 */
	static PageLine of(int number, String row, boolean item) {
		String raw = row.replace('\u00A0', ' ')
			.replace('\u202F', ' ')
			.replace('\u2007', ' ')
			.replace('\u2009', ' ')
			.replace('’', '\'')
			.stripTrailing();
		String text = raw.strip();
		boolean bullet = item || BULLET.matcher(text).find();
		text = BULLET.matcher(text).replaceFirst("");
		Matcher enumerator = ENUMERATOR.matcher(text);
		boolean numbered = enumerator.find();
		if (numbered) {
			text = text.substring(enumerator.end());
		}
		return new PageLine(number, text.replaceAll("\\s+", " "), raw, bullet, numbered);
	}

	boolean blank() {
		return this.text.isEmpty();
	}

}

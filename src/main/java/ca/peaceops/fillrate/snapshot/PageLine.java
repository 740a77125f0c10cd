package ca.peaceops.fillrate.snapshot;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One line of a saved page, normalised: the non-breaking spaces a browser copies become
 * spaces, typographic apostrophes become plain ones, and a leading bullet is noted and
 * removed.
 *
 * @param number the 1-based line in the file, for error messages
 * @param raw the line with its spacing, for tables whose cells are separated by runs of
 * spaces
 */
record PageLine(int number, String text, String raw, boolean bullet) {

	private static final Pattern BULLET = Pattern.compile("^[•·▪◦*‣–-]\\s+");

	static List<PageLine> of(String page) {
		List<PageLine> lines = new ArrayList<>();
		String[] rows = page.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
		for (int i = 0; i < rows.length; i++) {
			String raw = rows[i].replace('\u00A0', ' ')
				.replace('\u202F', ' ')
				.replace('\u2007', ' ')
				.replace('\u2009', ' ')
				.replace('’', '\'')
				.stripTrailing();
			String text = raw.strip();
			boolean bullet = BULLET.matcher(text).find();
			if (bullet) {
				text = BULLET.matcher(text).replaceFirst("");
			}
			lines.add(new PageLine(i + 1, text.replaceAll("\\s+", " "), raw, bullet));
		}
		return lines;
	}

	boolean blank() {
		return this.text.isEmpty();
	}

}

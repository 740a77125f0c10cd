package ca.peaceops.fillrate.snapshot;

import java.util.List;
import java.util.Locale;

/**
 * A fact about a snapshot worth a reader's attention that does not stop the run. Kept as
 * its kind and values rather than a sentence, so that each report says it in its own
 * language (bundle {@code messages/warnings}); {@link #toString()} is the English, for
 * the log and the import tool.
 *
 * @param values what the sentence names (ids and counts), in the order of its pattern
 */
public record Warning(Kind kind, List<Object> values) {

	public Warning {
		values = List.copyOf(values);
	}

	public static Warning of(Kind kind, Object... values) {
		return new Warning(kind, List.of(values));
	}

	public String text(Locale locale) {
		return Sentences.of("messages/warnings", this.kind, this.values, locale);
	}

	@Override
	public String toString() {
		return text(Locale.ENGLISH);
	}

	public enum Kind {

		MISSION_ABOVE_CAP, POOL_WITHOUT_MISSIONS, POOL_TOTAL_DISAGREES, POOL_ABOVE_CAP, POOL_ACROSS_REGIONS,
		FROM_ROSTER, NO_REGION, NO_COUNTRY, LINE_BREAK_IN_TEXT

	}

}

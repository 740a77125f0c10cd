package ca.peaceops.fillrate.snapshot;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

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
		// Without the no-fallback control, a machine whose default locale is French would
		// get French for an English report.
		ResourceBundle bundle = ResourceBundle.getBundle("messages/warnings", locale,
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
		return new MessageFormat(bundle.getString(this.kind.name()).replace("'", "''"), locale)
			.format(this.values.toArray());
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

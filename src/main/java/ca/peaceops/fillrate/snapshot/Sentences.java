package ca.peaceops.fillrate.snapshot;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A fact kept as its kind and values ({@link Warning}, {@link PageProblem}) said as a
 * sentence in a language, from a bundle with one pattern per kind.
 */
final class Sentences {

	private Sentences() {
	}

	static String of(String bundleName, Enum<?> kind, List<?> values, Locale locale) {
		// Without the no-fallback control, a machine whose default locale is French would
		// get French for an English report.
		ResourceBundle bundle = ResourceBundle.getBundle(bundleName, locale,
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
		// Patterns are written with plain apostrophes (n'est, l'adresse).
		return new MessageFormat(bundle.getString(kind.name()).replace("'", "''"), locale).format(values.toArray());
	}

}

package ca.peaceops.fillrate.snapshot.page;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The labelled facts of a mission on the page, in English and French ("Authorized
 * deployments: 90", "Nombre d'affectations autorisées : 90"); how their values read is
 * {@link PageWords}'.
 */
enum PageField {

	LANGUAGE("main language of operation", "language of operation", "language", "principale langue de travail",
			"langue de travail", "langue des operations", "langue"),
	ARMED("armed/unarmed", "armed or unarmed", "armee ou non armee", "arme ou non arme"),
	SINCE("participation since", "participation depuis", "en participation depuis", "participation",
			"canadian police participation", "participation canadienne", "participation de la police canadienne",
			"participation des policiers canadiens", "deployed since", "deploye depuis"),
	AUTHORIZED("authorized deployments", "authorized police deployments", "authorised deployments",
			"authorized strength", "nombre d'affectations autorisees", "affectations autorisees",
			"deploiements autorises", "nombre de deploiements autorises", "effectif autorise"),
	DEPLOYED("currently deployed", "current deployments", "currently deployed police", "deployed",
			"nombre d'affectations actuelles", "affectations actuelles", "actuellement deployes",
			"nombre actuel d'affectations", "deployes actuellement", "nombre de policiers deployes");

	private static final Pattern FIELD = Pattern.compile("^([^:]{3,60}?)\\s*:\\s*(.*)$");

	private final String[] labels;

	PageField(String... labels) {
		this.labels = labels;
	}

	/** A labelled fact on a line, or empty when the line is prose. */
	record Value(PageField field, String value) {

	}

	static Optional<Value> parse(String line) {
		Matcher matcher = FIELD.matcher(line);
		if (!matcher.matches()) {
			return Optional.empty();
		}
		String label = singular(PageWords.fold(matcher.group(1)));
		for (PageField field : values()) {
			for (String known : field.labels) {
				if (label.equals(singular(known))) {
					return Optional.of(new Value(field, matcher.group(2).strip()));
				}
			}
		}
		return Optional.empty();
	}

	/**
	 * A label with each word in the singular, so that "Nombre d'affectation actuelle" and
	 * "Nombre d'affectations actuelles" are one label.
	 */
	private static String singular(String label) {
		return label.replaceAll("(?<=\\p{L}{3})[sx]\\b", "");
	}

}

package ca.peaceops.fillrate.snapshot.page;

import java.util.Optional;

import ca.peaceops.fillrate.place.Places;

/**
 * A section heading, which the older pages write as "Country: operation" ("Cambodia:
 * ECCC", "Haiti: MINUSTAH").
 *
 * @param country the place before the colon, when it is one
 * @param name the rest, or the whole heading
 */
record Heading(Optional<String> country, String name) {

	static Heading of(String text, Places places) {
		int colon = text.indexOf(": ");
		if (colon > 0) {
			String before = text.substring(0, colon).strip();
			if (places.resolve(before).isPresent()) {
				return new Heading(Optional.of(before), text.substring(colon + 2).strip());
			}
		}
		String main = text.replaceAll("\\(.*\\)", "").strip();
		return new Heading(places.resolve(main).isPresent() ? Optional.of(main) : Optional.empty(), text);
	}

}

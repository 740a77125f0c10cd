package ca.peaceops.fillrate.snapshot.page;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ca.peaceops.fillrate.place.Places;

/**
 * Names in a page's prose: the operations it defines ("the United Nations Mission for
 * Justice Support in Haiti (MINUJUSTH)", "Operation PROTEUS"), which of them have ended,
 * and the countries it mentions.
 */
final class PageNames {

	/**
	 * An operation is defined as "Long Name (ACRONYM)"; the acronym may have two words
	 * (EUPOL COPPS).
	 */
	private static final Pattern DEFINITION = Pattern
		.compile("\\(([A-Z][A-Z0-9]{1,14}(?: [A-Z][A-Za-z0-9]{1,14}){0,2})\\)");

	private static final Pattern OPERATION = Pattern.compile("\\b(?:Operation|Opération)\\s+([A-Z]{3,})\\b");

	/**
	 * Words that make a long name an operation rather than a police force or an armed
	 * group.
	 */
	private static final Pattern OPERATION_WORDS = Pattern.compile(
			"\\b(Mission|Office|Team|Operation|Bureau|Équipe|Opération|Programme|Program)\\b",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern CAPITAL_OPERATION_WORD = Pattern
		.compile("\\b(Mission|Office|Team|Operation|Bureau|Équipe|Opération|Programme|Program)\\b");

	/** Acronyms too generic to identify one operation. */
	/**
	 * The page's own country: named in every block ("Canada supports..."), never where a
	 * mission is.
	 */
	private static final Set<String> HOME = Set.of("Canada");

	private static final Set<String> GENERIC = Set.of("SPM", "UN", "EU", "ONU", "UE", "NATO", "OTAN", "RCMP", "GRC");

	private static final Pattern ENDED = Pattern
		.compile("\\b(closed|ended|concluded|pris fin|termin[ée]e?|ferm[ée]e?)\\b", Pattern.CASE_INSENSITIVE);

	private static final Set<String> CONNECTORS = Set.of("of", "for", "in", "on", "and", "to", "the", "de", "des", "du",
			"la", "le", "les", "pour", "en", "à", "au", "aux", "et", "sur");

	private static final Set<String> ARTICLES = Set.of("the", "la", "le", "les", "l'", "a", "an", "un", "une");

	/** An operation the prose defines. */
	record Operation(String acronym, String longName, int mentions) {

		String id() {
			return this.acronym.replace(' ', '-').toUpperCase(Locale.ROOT);
		}

	}

	private PageNames() {
	}

	/**
	 * The operations a block of prose defines, in order of appearance, leaving out those
	 * it says have ended (MINUSTAH, "That mission officially closed") and generic
	 * acronyms.
	 */
	static List<Operation> operations(String prose) {
		Map<String, Operation> found = new LinkedHashMap<>();
		List<String> sentences = sentences(prose);
		for (int i = 0; i < sentences.size(); i++) {
			String sentence = sentences.get(i);
			Matcher operation = OPERATION.matcher(sentence);
			while (operation.find()) {
				String acronym = operation.group(1);
				found.putIfAbsent(acronym, new Operation(acronym, "Operation " + acronym, mentions(prose, acronym)));
			}
			Matcher definition = DEFINITION.matcher(sentence);
			while (definition.find()) {
				String acronym = definition.group(1);
				String longName = longName(sentence.substring(0, definition.start()));
				if (!OPERATION_WORDS.matcher(longName).find()) {
					longName = fromOperationWord(sentence.substring(0, definition.start()));
				}
				boolean ended = ENDED.matcher(sentence).find() || i + 1 < sentences.size()
						&& sentences.get(i + 1).matches("(?i)^(that|this|cette|it|elle)\\b.*")
						&& ENDED.matcher(sentences.get(i + 1)).find();
				if (ended || GENERIC.contains(acronym) || !OPERATION_WORDS.matcher(longName).find()) {
					continue;
				}
				found.putIfAbsent(acronym, new Operation(acronym, longName, mentions(prose, acronym)));
			}
		}
		return new ArrayList<>(found.values());
	}

	/**
	 * The operation a block is about: Canada's own named operation first, else the most
	 * mentioned.
	 */
	static Optional<Operation> main(List<Operation> operations) {
		Optional<Operation> named = operations.stream()
			.filter((operation) -> operation.longName().startsWith("Operation "))
			.findFirst();
		if (named.isPresent()) {
			return named;
		}
		Operation best = null;
		for (Operation operation : operations) {
			if (best == null || operation.mentions() > best.mentions()) {
				best = operation;
			}
		}
		return Optional.ofNullable(best);
	}

	/**
	 * The country the prose is about: the known country it mentions most, the first on a
	 * tie.
	 */
	static Optional<String> country(String prose, Places regions) {
		String best = null;
		int bestCount = 0;
		int bestFirst = Integer.MAX_VALUE;
		for (String country : regions.names()) {
			if (HOME.contains(country)) {
				continue;
			}
			Matcher matcher = Pattern.compile("\\b" + Pattern.quote(country), Pattern.CASE_INSENSITIVE).matcher(prose);
			int count = 0;
			int first = -1;
			while (matcher.find()) {
				first = (first < 0) ? matcher.start() : first;
				count++;
			}
			if (count > bestCount || count > 0 && count == bestCount && first < bestFirst) {
				best = country;
				bestCount = count;
				bestFirst = first;
			}
		}
		return Optional.ofNullable(best);
	}

	/** An id from a heading or country: "Caribbean region" → "CARIBBEAN-REGION". */
	static String slug(String text) {
		String folded = PageWords.fold(text).replaceAll("\\(.*?\\)", " ");
		return folded.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "").toUpperCase(Locale.ROOT);
	}

	/**
	 * The words before "(ACRONYM)" that name it, walking back over capitalised words and
	 * the small words between them ("Mission des Nations Unies pour l'appui à la justice
	 * en Haïti").
	 */
	static String longName(String before) {
		String[] words = before.strip().split("\\s+");
		int start = words.length;
		for (int i = words.length - 1; i >= 0; i--) {
			String word = words[i];
			if (word.isEmpty() || word.endsWith(",") || word.endsWith(";") || word.endsWith(":")) {
				break;
			}
			boolean capital = Character.isUpperCase(word.charAt(0));
			boolean small = CONNECTORS.contains(word.toLowerCase(Locale.ROOT)) || word.startsWith("l'")
					|| word.startsWith("d'");
			boolean betweenSmallWords = i > 0 && CONNECTORS.contains(words[i - 1].toLowerCase(Locale.ROOT));
			if (!capital && !small && !betweenSmallWords) {
				break;
			}
			start = i;
		}
		while (start < words.length && !Character.isUpperCase(words[start].charAt(0))) {
			start++;
		}
		while (start < words.length - 1 && ARTICLES.contains(words[start].toLowerCase(Locale.ROOT))) {
			start++;
		}
		return String.join(" ", List.of(words).subList(start, words.length));
	}

	/**
	 * The name from the last capitalised operation word before an acronym: French names
	 * put lower-case adjectives after it ("Mission multidimensionnelle intégrée des
	 * Nations Unies pour la stabilisation au Mali"), which {@link #longName} stops at.
	 */
	private static String fromOperationWord(String before) {
		Matcher word = CAPITAL_OPERATION_WORD.matcher(before);
		int start = -1;
		while (word.find()) {
			start = word.start();
		}
		if (start < 0) {
			return "";
		}
		String name = before.substring(start).strip();
		return name.matches(".*[,;:].*") ? "" : name;
	}

	/** Whether a heading is an operation's acronym ("ECCC", "EUPOL COPPS"). */
	static boolean isAcronym(String heading) {
		return heading.matches("[A-Z][A-Z0-9]{1,14}(?: [A-Z][A-Z0-9]{1,14})?");
	}

	/**
	 * The long name the prose gives an acronym: "the Extraordinary Chambers ... (ECCC)".
	 */
	static Optional<String> definition(String prose, String acronym) {
		for (String sentence : sentences(prose)) {
			int at = sentence.indexOf("(" + acronym + ")");
			if (at > 0) {
				String name = longName(sentence.substring(0, at));
				return name.isEmpty() ? Optional.empty() : Optional.of(name);
			}
		}
		return Optional.empty();
	}

	private static int mentions(String prose, String acronym) {
		Matcher matcher = Pattern.compile("\\b" + Pattern.quote(acronym) + "\\b", Pattern.CASE_INSENSITIVE)
			.matcher(prose);
		int count = 0;
		while (matcher.find()) {
			count++;
		}
		return count;
	}

	private static List<String> sentences(String prose) {
		return List.of(prose.split("(?<=[.!?])\\s+(?=[A-ZÀ-Ý])|\\n+"));
	}

}

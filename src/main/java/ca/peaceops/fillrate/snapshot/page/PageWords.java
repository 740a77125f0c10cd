package ca.peaceops.fillrate.snapshot.page;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the page's words read, in English and French: text folded for comparison, counts
 * written in figures or words, caps shared across an area, armed or not, languages, dates
 * of participation.
 */
final class PageWords {

	private static final Pattern NUMBER = Pattern.compile("\\d+");

	private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
			Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
			Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
			Map.entry("twelve", 12), Map.entry("fifteen", 15), Map.entry("twenty", 20), Map.entry("none", 0),
			Map.entry("nil", 0), Map.entry("aucun", 0), Map.entry("aucune", 0), Map.entry("cinq", 5),
			Map.entry("dix", 10), Map.entry("vingt", 20));

	private static final Pattern SHARED_AREA = Pattern.compile(
			"(?:in total in|au total (?:en|dans|au|à))\\s+(?:the\\s+|la\\s+|le\\s+|l')?(.+?)\\.?$",
			Pattern.CASE_INSENSITIVE);

	private static final Map<String, String> MONTHS = Map.ofEntries(Map.entry("january", "01"),
			Map.entry("janvier", "01"), Map.entry("february", "02"), Map.entry("fevrier", "02"),
			Map.entry("march", "03"), Map.entry("mars", "03"), Map.entry("april", "04"), Map.entry("avril", "04"),
			Map.entry("may", "05"), Map.entry("mai", "05"), Map.entry("june", "06"), Map.entry("juin", "06"),
			Map.entry("july", "07"), Map.entry("juillet", "07"), Map.entry("august", "08"), Map.entry("aout", "08"),
			Map.entry("september", "09"), Map.entry("septembre", "09"), Map.entry("october", "10"),
			Map.entry("octobre", "10"), Map.entry("november", "11"), Map.entry("novembre", "11"),
			Map.entry("december", "12"), Map.entry("decembre", "12"));

	private PageWords() {
	}

	/** Lower case without accents, so that "Armée" and "armee" match. */
	static String fold(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("\\s+", " ")
			.strip();
	}

	/**
	 * The first whole number in a figure's wording ("Up to 20 total", "30 tout au plus",
	 * "five").
	 */
	static Integer count(String text) {
		Matcher number = NUMBER.matcher(text);
		if (number.find()) {
			return Integer.valueOf(number.group());
		}
		for (String word : fold(text).split("[^a-z]+")) {
			if (NUMBER_WORDS.containsKey(word)) {
				return NUMBER_WORDS.get(word);
			}
		}
		return null;
	}

	/**
	 * The area a cap is shared across ("up to 5, in total in the West Bank" → West Bank).
	 */
	static Optional<String> sharedArea(String capText) {
		Matcher matcher = SHARED_AREA.matcher(capText.strip());
		return matcher.find() ? Optional.of(matcher.group(1).strip()) : Optional.empty();
	}

	/** Whether a cap's wording says it is shared by the operations of its block. */
	static boolean sharedByBlock(String capText) {
		String folded = fold(capText);
		return folded.contains("split between") || folded.contains("for all operations") || folded.contains("for both")
				|| folded.contains("between both") || folded.contains("between the two")
				|| folded.contains("entre les deux") || folded.contains("pour l'ensemble des")
				|| folded.contains("reparti") || folded.contains("pour toutes") || folded.contains("pour les deux");
	}

	static Boolean armed(String text) {
		String folded = fold(text);
		if (folded.startsWith("unarmed") || folded.startsWith("non arme") || folded.startsWith("not armed")) {
			return false;
		}
		if (folded.startsWith("armed") || folded.startsWith("arme")) {
			return true;
		}
		return null;
	}

	/** Languages in English, so that the same mission reads the same from either page. */
	static String language(String text) {
		String folded = fold(text);
		String english = switch (folded) {
			case "francais" -> "French";
			case "anglais" -> "English";
			case "espagnol" -> "Spanish";
			case "arabe" -> "Arabic";
			case "portugais" -> "Portuguese";
			default -> null;
		};
		if (english != null) {
			return english;
		}
		return text.isEmpty() ? null : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	/** "August 2016" → "2016-08"; "2016" → "2016". */
	static String since(String text) {
		Matcher year = Pattern.compile("(19|20)\\d{2}").matcher(text);
		if (!year.find()) {
			return text.isEmpty() ? null : text;
		}
		for (String word : fold(text).split("[^a-z]+")) {
			if (MONTHS.containsKey(word)) {
				return year.group() + "-" + MONTHS.get(word);
			}
		}
		return year.group();
	}

}

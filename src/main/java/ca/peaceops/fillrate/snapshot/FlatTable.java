package ca.peaceops.fillrate.snapshot;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The summary table of caps as a browser's text dump gives it: each row one line, its
 * cells joined by single spaces ("Democratic Republic of Congo French Unarmed Up to 15",
 * "République démocratique du Congo Français Non armée 25 tout au plus"). A row is split
 * on its language and armed/unarmed words: the place comes before them, the cap (and a
 * deployed count, where the header has that column) after.
 */
final class FlatTable {

	private static final String LANGUAGE = "(?:english|french|spanish|arabic|portuguese|russian|anglais|francais|"
			+ "espagnol|arabe|portugais|russe)";

	private static final Pattern ROW = Pattern
		.compile("^(?<place>.+?)\\s+(?<language>" + LANGUAGE + "(?:\\s*(?:/|,|and|et|&)\\s*" + LANGUAGE
				+ ")*)\\s+(?<armed>unarmed|armed|non armee?|armee?|not armed)" + "\\s+(?<rest>.+)$");

	private FlatTable() {
	}

	static Optional<List<MissionDraft>> read(String file, List<PageLine> lines) {
		for (int i = 0; i < lines.size(); i++) {
			String header = PageField.fold(lines.get(i).text());
			boolean place = header.contains("country") || header.contains("pays") || header.startsWith("region");
			boolean cap = header.contains("authori") || header.contains("autoris");
			boolean language = header.contains("language") || header.contains("langue");
			if (!place || !cap || !language || PageTable.cells(lines.get(i).raw()).size() > 1) {
				continue;
			}
			boolean deployedColumn = header.contains("deployed") || header.contains("actuel");
			List<MissionDraft> missions = new ArrayList<>();
			for (int j = i + 1; j < lines.size(); j++) {
				PageLine line = lines.get(j);
				if (line.blank()) {
					if (missions.isEmpty()) {
						continue;
					}
					break;
				}
				Optional<MissionDraft> row = row(file, line, deployedColumn);
				if (row.isEmpty()) {
					break;
				}
				missions.add(row.get());
			}
			if (!missions.isEmpty()) {
				return Optional.of(missions);
			}
		}
		return Optional.empty();
	}

	private static String foldEachCharacter(String text) {
		StringBuilder folded = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
			folded.append(Character.toLowerCase(base.charAt(0)));
		}
		return folded.toString();
	}

	private static Optional<MissionDraft> row(String file, PageLine line, boolean deployedColumn) {
		String text = line.text();
		Matcher matcher = ROW.matcher(foldEachCharacter(text));
		if (!matcher.matches()) {
			return Optional.empty();
		}
		// Folded character by character, so the groups cut the original text too.
		String place = text.substring(0, matcher.end("place")).strip();
		String language = text.substring(matcher.start("language"), matcher.end("language"));
		String armed = text.substring(matcher.start("armed"), matcher.end("armed"));
		String capText = text.substring(matcher.start("rest")).strip();
		Integer deployed = null;
		if (deployedColumn) {
			Matcher last = Pattern.compile("^(.*\\d.*?)\\s+(\\d+)$").matcher(capText);
			if (last.matches()) {
				capText = last.group(1).strip();
				deployed = Integer.valueOf(last.group(2));
			}
		}
		if (PageField.count(capText) == null) {
			return Optional.empty();
		}
		Where where = (field, message) -> new InputProblem(file, line.number(), "", message);
		return Optional
			.of(new MissionDraft(PageNames.slug(place), place, null, place, null, PageField.language(language),
					PageField.armed(armed), null, PageField.count(capText), capText, deployed, null, null, where));
	}

}

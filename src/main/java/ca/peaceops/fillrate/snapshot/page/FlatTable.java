package ca.peaceops.fillrate.snapshot.page;

import ca.peaceops.fillrate.snapshot.InputProblem;
import ca.peaceops.fillrate.snapshot.MissionDraft;
import ca.peaceops.fillrate.snapshot.Where;

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
		return joinedRows(file, lines).or(() -> cellPerLine(file, lines));
	}

	private static Optional<List<MissionDraft>> joinedRows(String file, List<PageLine> lines) {
		for (int i = 0; i < lines.size(); i++) {
			String header = PageWords.fold(lines.get(i).text());
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

	/**
	 * The table as some text dumps give it: each cell on a line of its own, the header's
	 * cells first ("Country/Region", "Language of operation", ...), then each row's.
	 */
	private static Optional<List<MissionDraft>> cellPerLine(String file, List<PageLine> lines) {
		for (int i = 0; i < lines.size(); i++) {
			List<String> header = new ArrayList<>();
			for (int j = i; j < lines.size() && !lines.get(j).blank() && isHeaderCell(lines.get(j).text()); j++) {
				header.add(PageWords.fold(lines.get(j).text()));
			}
			String placeCell = header.isEmpty() ? "" : header.get(0);
			int place = (placeCell.contains("country") || placeCell.startsWith("pays")
					|| placeCell.startsWith("region")) ? 0 : -1;
			int language = indexOf(header, "language", "langue");
			int armed = indexOf(header, "armed", "arme");
			int cap = indexOf(header, "authori", "autoris");
			if (header.size() < 3 || place != 0 || language < 0 || cap < 0) {
				continue;
			}
			int deployed = indexOf(header, "deployed", "actuel");
			List<MissionDraft> missions = new ArrayList<>();
			int next = i + header.size();
			while (true) {
				List<PageLine> cells = new ArrayList<>();
				while (next < lines.size() && cells.size() < header.size()) {
					if (!lines.get(next).blank()) {
						cells.add(lines.get(next));
					}
					next++;
				}
				if (cells.size() < header.size() || PageWords.count(cells.get(cap).text()) == null
						|| armed >= 0 && PageWords.armed(cells.get(armed).text()) == null) {
					break;
				}
				PageLine first = cells.get(0);
				String capText = cells.get(cap).text();
				Where where = (field, message) -> new InputProblem(file, first.number(), "", message);
				missions.add(new MissionDraft(PageNames.slug(first.text()), first.text(), null, first.text(), null,
						PageWords.language(cells.get(language).text()),
						(armed >= 0) ? PageWords.armed(cells.get(armed).text()) : null, null, PageWords.count(capText),
						capText, (deployed >= 0) ? PageWords.count(cells.get(deployed).text()) : null, null, null,
						where));
			}
			if (!missions.isEmpty()) {
				return Optional.of(missions);
			}
		}
		return Optional.empty();
	}

	private static boolean isHeaderCell(String text) {
		String folded = PageWords.fold(text);
		// A cell is a short label; "Armed/unarmed: Armed" is a fact of the list layout.
		return text.length() < 60 && !text.contains(":")
				&& (folded.contains("country") || folded.startsWith("pays") || folded.startsWith("region")
						|| folded.contains("language") || folded.contains("langue") || folded.contains("armed")
						|| folded.startsWith("armee") || folded.contains("authori") || folded.contains("autoris")
						|| folded.contains("deployed") || folded.contains("actuel"));
	}

	private static int indexOf(List<String> header, String... words) {
		for (int i = 0; i < header.size(); i++) {
			for (String word : words) {
				if (header.get(i).contains(word)) {
					return i;
				}
			}
		}
		return -1;
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
		if (PageWords.count(capText) == null) {
			return Optional.empty();
		}
		Where where = (field, message) -> new InputProblem(file, line.number(), "", message);
		return Optional
			.of(new MissionDraft(PageNames.slug(place), place, null, place, null, PageWords.language(language),
					PageWords.armed(armed), null, PageWords.count(capText), capText, deployed, null, null, where));
	}

}

package ca.peaceops.fillrate.snapshot.page;

import ca.peaceops.fillrate.snapshot.InputProblem;
import ca.peaceops.fillrate.snapshot.MissionDraft;
import ca.peaceops.fillrate.snapshot.Where;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The summary table of caps the page has had since about 2019: one row per country or
 * region. Cells are separated by {@code |} (as saved), or by tabs or runs of spaces (as a
 * browser copy gives them).
 */
final class PageTable {

	private PageTable() {
	}

	/**
	 * The missions of the first table with a country column and a cap column, if the page
	 * has one.
	 */
	static Optional<List<MissionDraft>> read(String file, List<PageLine> lines) {
		for (int i = 0; i < lines.size(); i++) {
			List<String> header = cells(lines.get(i).raw());
			int country = column(header, "country", "pays", "region", "région");
			int cap = column(header, "authori", "autoris");
			if (header.size() < 2 || country < 0 || cap < 0) {
				continue;
			}
			int language = column(header, "language", "langue");
			int armed = column(header, "armed", "arm");
			int deployed = column(header, "deployed", "actuel", "current");
			List<MissionDraft> missions = new ArrayList<>();
			for (int j = i + 1; j < lines.size(); j++) {
				PageLine line = lines.get(j);
				List<String> row = cells(line.raw());
				boolean separator = row.stream().allMatch((cell) -> cell.matches("[-:\\s]*"));
				if (line.blank() && missions.isEmpty() || !line.blank() && separator) {
					continue;
				}
				if (line.blank() || row.size() < 2) {
					break;
				}
				missions.add(mission(file, line.number(), row, country, language, armed, cap, deployed));
			}
			return Optional.of(missions);
		}
		return Optional.empty();
	}

	private static MissionDraft mission(String file, int line, List<String> row, int country, int language, int armed,
			int cap, int deployed) {
		String key = cell(row, country);
		String capText = cell(row, cap);
		String deployedText = cell(row, deployed);
		Where where = (field, message) -> new InputProblem(file, line, "", message);
		return new MissionDraft(PageNames.slug(key), key, null, key, null,
				(cell(row, language) != null) ? PageWords.language(cell(row, language)) : null,
				(cell(row, armed) != null) ? PageWords.armed(cell(row, armed)) : null, null,
				(capText != null) ? PageWords.count(capText) : null, capText,
				(deployedText != null) ? PageWords.count(deployedText) : null, null, null, where);
	}

	private static String cell(List<String> row, int index) {
		if (index < 0 || index >= row.size()) {
			return null;
		}
		String value = row.get(index).replaceAll("\\s+", " ").strip();
		return value.isEmpty() ? null : value;
	}

	private static int column(List<String> header, String... words) {
		for (int i = 0; i < header.size(); i++) {
			String folded = PageWords.fold(header.get(i));
			for (String word : words) {
				if (folded.contains(PageWords.fold(word))) {
					return i;
				}
			}
		}
		return -1;
	}

	static List<String> cells(String raw) {
		String line = raw.strip();
		String[] parts;
		if (line.contains("|")) {
			line = line.replaceAll("^\\|", "").replaceAll("\\|$", "");
			parts = line.split("\\|", -1);
		}
		else if (line.contains("\t")) {
			parts = line.split("\t+");
		}
		else {
			parts = line.split("\\s{2,}");
		}
		return Arrays.stream(parts).map(String::strip).toList();
	}

}

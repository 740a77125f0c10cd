package ca.peaceops.fillrate.snapshot.page;

import ca.peaceops.fillrate.snapshot.InputProblem;
import ca.peaceops.fillrate.snapshot.MissionDraft;
import ca.peaceops.fillrate.snapshot.Problems;
import ca.peaceops.fillrate.snapshot.Snapshot;
import ca.peaceops.fillrate.snapshot.SnapshotAssembler;
import ca.peaceops.fillrate.snapshot.Where;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ca.peaceops.fillrate.place.Places;

/**
 * Reads the public "Current operations" page saved as text, English or French, in the
 * list layout or the table layout. Figures come only from labelled facts and table cells,
 * never from numbers in the prose ("Three Canadian police officers", "since 2004").
 */
public final class PageTextReader {

	private static final Pattern DATE_MODIFIED = Pattern
		.compile("(?i)^(date modified|date de modification)\\s*:\\s*(\\S*)");

	private static final Pattern CONTENTS = Pattern
		.compile("(?i)^(on this page|sur cette page|contents|table des mati[eè]res)$");

	private final Places regions;

	private final Clock clock;

	public PageTextReader(Places regions, Clock clock) {
		this.regions = regions;
		this.clock = clock;
	}

	/**
	 * Reads the page as the snapshot of its file's date; a "Date modified:" that differs
	 * is an error.
	 */
	public Snapshot read(String file, String text, LocalDate nameDate) {
		Problems problems = new Problems();
		PageReading reading = parse(file, text, problems);
		Where dateWhere = (field, message) -> new InputProblem(file, reading.dateLine(), "", message);
		LocalDate asOf = (reading.dateModified() != null) ? reading.dateModified() : nameDate;
		return new SnapshotAssembler(file, this.regions, this.clock).assemble(asOf, dateWhere, nameDate,
				reading.source(), reading.pools(), reading.missions(), problems);
	}

	PageReading parse(String file, String text, Problems problems) {
		boolean html = HtmlPage.looksLikeHtml(text);
		List<PageLine> lines = withoutContents(PageContent.of(html ? HtmlPage.lines(text) : PageLine.of(text)));
		LocalDate modified = null;
		int dateLine = 0;
		String url = null;
		List<PageLine> content = new ArrayList<>();
		for (PageLine line : lines) {
			Matcher date = DATE_MODIFIED.matcher(line.text());
			if (date.find()) {
				dateLine = line.number();
				modified = date(file, line, date.group(2), problems);
				continue;
			}
			if (line.text().startsWith("http")) {
				url = (url != null) ? url : line.text();
				continue;
			}
			content.add(line);
		}
		String source = "\"Current operations\" page" + (html ? "" : " saved as text")
				+ ((url != null) ? ", " + url : "");
		Optional<List<MissionDraft>> table = PageTable.read(file, content).or(() -> FlatTable.read(file, content));
		if (table.isPresent()) {
			return new PageReading(modified, dateLine, source, List.of(), table.get());
		}
		PageList list = new PageList(file, this.regions, problems);
		list.read(content);
		if (list.missions().isEmpty()) {
			problems.add(new InputProblem(file, 0, "",
					"found no mission: expected labelled facts (\"Authorized deployments: 90\") or a table of caps"));
			// Said in the page's terms: the snapshot's own "lists no missions" would only
			// repeat it.
			problems.throwIfAny();
		}
		return new PageReading(modified, dateLine, source, list.pools(), list.missions());
	}

	private static LocalDate date(String file, PageLine line, String value, Problems problems) {
		if (value.isEmpty()) {
			return null;
		}
		Where where = (field, message) -> new InputProblem(file, line.number(), field, message);
		return where.date("", "Date modified", value, problems);
	}

	/** A numbered entry of a table of contents: its section heading comes later. */
	private static boolean repeatedLater(List<PageLine> lines, int index) {
		String text = lines.get(index).text();
		for (int j = index + 1; j < lines.size(); j++) {
			if (lines.get(j).numbered() && lines.get(j).text().equals(text)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Drops a table of contents: its entries repeat the headings and would count missions
	 * twice.
	 */
	private static List<PageLine> withoutContents(List<PageLine> lines) {
		List<PageLine> kept = new ArrayList<>();
		boolean inContents = false;
		for (int i = 0; i < lines.size(); i++) {
			PageLine line = lines.get(i);
			if (line.numbered() && repeatedLater(lines, i)) {
				continue;
			}
			if (CONTENTS.matcher(line.text()).matches()) {
				inContents = true;
				continue;
			}
			if (inContents && (line.bullet() || line.blank() && !kept.isEmpty())) {
				continue;
			}
			inContents = false;
			kept.add(line);
		}
		return kept;
	}

}

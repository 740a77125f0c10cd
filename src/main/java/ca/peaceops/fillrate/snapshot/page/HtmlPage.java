package ca.peaceops.fillrate.snapshot.page;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The page as published, HTML: its main content as the lines the text reader reads. Site
 * chrome (navigation, header, footer, skip links, breadcrumbs, search) is dropped;
 * headings, paragraphs and list items are lines, and a table row is one line whose cells
 * are separated by {@code |}, whatever the spacing inside a cell. Each line keeps the
 * line of the file it starts on, for error messages.
 */
final class HtmlPage {

	private static final Pattern HTML = Pattern.compile("(?is)^\\s*(<!doctype html|<html|<head|<body|<main)");

	private static final String CHROME = "nav, header, footer, script, style, noscript, template, form, aside, "
			+ "#wb-bnr, #wb-bc, #wb-srch, #wb-sm, #wb-info, #wb-lng, .wb-sl, #wb-tphp, .gc-subway, "
			+ "[role=navigation], [role=search], [role=banner], [role=contentinfo], "
			+ ".pagedetails .row, .gc-pagedetails, #gc-pft, .wb-share";

	private static final String BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, tr, dt, dd, caption, pre, div";

	private HtmlPage() {
	}

	static boolean looksLikeHtml(String text) {
		return HTML.matcher(text).find();
	}

	static List<PageLine> lines(String html) {
		Document document = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
		Element main = document.selectFirst("main, [role=main], #wb-main, #wb-cont");
		Element content = (main != null) ? main : document.body();
		// The "Date modified" of the Canada.ca template sits in the page details, which
		// may be outside <main>; it dates the snapshot.
		Element modified = document.selectFirst("#wb-dtmd, #gcwu-date-mod, dl.wb-dtmd, .datemod");
		String dateModified = (modified != null) ? modified.text() : null;
		int dateLine = (modified != null) ? line(modified) : 0;
		if (modified != null) {
			modified.remove();
		}
		content.select(CHROME).remove();
		List<PageLine> lines = new ArrayList<>();
		for (Element element : content.select(BLOCKS)) {
			if (!kept(element)) {
				continue;
			}
			String text = text(element);
			if (text.isBlank()) {
				continue;
			}
			for (String part : text.split("\n")) {
				lines.add(PageLine.of(line(element), part, element.tagName().equals("li")));
			}
			if (!element.tagName().equals("tr")) {
				// A blank line ends a block, as in a saved text; the rows of a table stay
				// together.
				lines.add(PageLine.of(line(element), "", false));
			}
		}
		if (dateModified != null) {
			lines.add(PageLine.of(dateLine, dateModified, false));
		}
		return lines;
	}

	private static String text(Element element) {
		return switch (element.tagName()) {
			case "tr" -> String.join(" | ", element.select("> th, > td").eachText());
			case "dt" -> {
				// A fact as a definition list: "Authorized deployments" then "90".
				Element value = element.nextElementSibling();
				String label = element.text().strip();
				yield (value != null && value.is("dd")) ? label + (label.endsWith(":") ? " " : ": ") + value.text()
						: label;
			}
			case "dd" -> (element.previousElementSibling() != null && element.previousElementSibling().is("dt")) ? ""
					: element.text();
			case "li" -> {
				Element own = element.clone();
				own.select("ul, ol").remove();
				yield own.text();
			}
			case "p", "pre" -> {
				Element own = element.clone();
				own.select("br").after("\n");
				yield own.wholeText().strip().replaceAll("[ \\t]*\\n[ \\t]*", "\n").replaceAll("[ \\t\\x0B\\f]+", " ");
			}
			default -> element.text();
		};
	}

	/**
	 * Whether an element is a line of its own, not part of a larger one (a paragraph in a
	 * list item, a list in a table cell) nor a container of other lines.
	 */
	private static boolean kept(Element element) {
		return switch (element.tagName()) {
			case "tr" -> true;
			case "li" -> !inside(element, "tr, p, dt, dd");
			case "div" -> element.select(BLOCKS).size() == 1 && !inside(element, "li, tr, p, dt, dd, caption, pre");
			default -> !inside(element, "li, tr, p, dt, dd, caption, pre");
		};
	}

	private static boolean inside(Element element, String query) {
		for (Element parent : element.parents()) {
			if (parent.is(query)) {
				return true;
			}
		}
		return false;
	}

	private static int line(Element element) {
		int line = element.sourceRange().start().lineNumber();
		return Math.max(line, 0);
	}

}

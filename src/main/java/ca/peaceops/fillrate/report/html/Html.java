package ca.peaceops.fillrate.report.html;

/**
 * Text made safe for HTML, and the page's shared parts: a mission named {@code <script>}
 * is text, never markup.
 */
final class Html {

	/** Marks the pages this program writes, so that it never overwrites anyone else's. */
	static final String GENERATOR = "<meta name=\"generator\" content=\"fill-rate-report\">";

	/**
	 * Inline, so that a page opened from a file share or an email attachment needs
	 * nothing else: the system's fonts, no script, no image fetched.
	 */
	static final String STYLE = """
			<style>
			:root{color-scheme:light;--ink:#1f1f1f;--muted:#555;--line:#d0d5dc;--band:#eef1f5;--accent:#1f5f99;--alert:#a4262c}
			*{box-sizing:border-box}
			body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;color:var(--ink);background:#fff}
			main{max-width:64rem;margin:0 auto;padding:1rem}
			nav{display:flex;flex-wrap:wrap;gap:1rem;justify-content:space-between;font-size:.95rem}
			a{color:var(--accent)}
			a:focus,[tabindex]:focus{outline:3px solid #b35c00;outline-offset:2px}
			h1{font-size:1.6rem;line-height:1.25;margin:.75rem 0 .25rem}
			h2{font-size:1.25rem;margin:1.75rem 0 .5rem;border-bottom:1px solid var(--line)}
			p.muted,.muted{color:var(--muted)}
			table{border-collapse:collapse;width:100%;font-size:.95rem}
			caption{text-align:left;font-weight:600;padding:.25rem 0}
			th,td{padding:.35rem .5rem;border-bottom:1px solid var(--line);vertical-align:top}
			thead th{background:var(--band);text-align:left}
			tbody th{text-align:left;font-weight:600}
			td.n,th.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
			tr.total th,tr.total td{font-weight:700}
			.scroll{overflow-x:auto;max-width:100%}
			.scroll table.wide{min-width:40rem}
			td.c{text-align:right}
			figure{margin:1rem 0}
			svg{width:100%;max-width:42rem;height:auto;display:block}
			.alert{color:var(--alert)}
			dl{display:grid;grid-template-columns:minmax(8rem,max-content) 1fr;gap:.25rem 1rem}
			dt{font-weight:600}
			dd{margin:0;overflow-wrap:anywhere}
			@media (max-width:40rem){dl{grid-template-columns:1fr}dd{margin-bottom:.5rem}}
			@media print{nav{display:none}.scroll{overflow:visible}.scroll table.wide{min-width:0}h2{break-after:avoid}tr{break-inside:avoid}a{color:inherit}}
			</style>
			""";

	private Html() {
	}

	/**
	 * A table in a box of its own that scrolls sideways, never the page: reachable by
	 * keyboard and named, up to the table's caption.
	 * @param label what a screen reader calls the box
	 * @param wide whether the table keeps a width of its own on a phone (it then scrolls)
	 */
	static String scrollingTable(String label, String caption, boolean wide) {
		return "<div class=\"scroll\" role=\"region\" tabindex=\"0\" aria-label=\"" + escape(label) + "\">\n<table"
				+ (wide ? " class=\"wide\"" : "") + ">\n<caption>" + escape(caption) + "</caption>\n";
	}

	static final String END_SCROLLING_TABLE = "</tbody>\n</table>\n</div>\n";

	static String escape(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '&' -> out.append("&amp;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#39;");
				default -> out.append(c);
			}
		}
		return out.toString();
	}

}

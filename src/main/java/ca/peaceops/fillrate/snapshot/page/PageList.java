package ca.peaceops.fillrate.snapshot.page;

import ca.peaceops.fillrate.snapshot.InputProblem;
import ca.peaceops.fillrate.snapshot.MissionDraft;
import ca.peaceops.fillrate.snapshot.Pool;
import ca.peaceops.fillrate.snapshot.PoolDraft;
import ca.peaceops.fillrate.snapshot.Problems;
import ca.peaceops.fillrate.snapshot.Where;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ca.peaceops.fillrate.place.Places;

/**
 * The per-mission layout the page had until about 2019: prose, then a list of labelled
 * facts. Each list of facts closes a block; the prose before it (since the previous list)
 * says which operation it is about, even where the block has no heading. The postings
 * after the last list, without facts, are listed without figures.
 */
final class PageList {

	private static final Pattern TITLES = Pattern.compile(
			"(?i)^(current (peace )?operations|op[ée]rations (de paix )?en cours|d[ée]tails|details|on this page|sur cette page)$");

	private static final Pattern APPLIES_TO_SEVERAL = Pattern
		.compile("(?i)(apply to (both|all)|s'appliquent (aux deux|à toutes|à tous)|common to (both|all))");

	private final String file;

	private final Places regions;

	private final Map<String, PoolDraft> pools = new LinkedHashMap<>();

	private final List<MissionDraft> missions = new ArrayList<>();

	private final Problems problems;

	/**
	 * The country of the numbered section being read ("2. West Bank"), which its lettered
	 * sub-sections ("a) EUPOL COPPS") are in.
	 */
	private String section;

	PageList(String file, Places regions, Problems problems) {
		this.file = file;
		this.regions = regions;
		this.problems = problems;
	}

	/** A list of facts and the lines of prose before it. */
	private record Block(List<PageLine> prose, Map<PageField, String> facts, int line, String section) {

	}

	void read(List<PageLine> lines) {
		List<PageLine> prose = new ArrayList<>();
		Map<PageField, String> facts = new EnumMap<>(PageField.class);
		int factsLine = 0;
		for (PageLine line : lines) {
			Optional<PageField.Value> fact = PageField.parse(line.text());
			if (fact.isPresent()) {
				factsLine = (factsLine == 0) ? line.number() : factsLine;
				facts.putIfAbsent(fact.get().field(), fact.get().value());
				continue;
			}
			if (line.blank()) {
				continue;
			}
			if (!facts.isEmpty()) {
				block(new Block(prose, facts, factsLine, this.section));
				prose = new ArrayList<>();
				facts = new EnumMap<>(PageField.class);
				factsLine = 0;
			}
			section(line);
			prose.add(line);
		}
		if (!facts.isEmpty()) {
			block(new Block(prose, facts, factsLine, this.section));
			prose = new ArrayList<>();
		}
		postings(prose);
	}

	private void section(PageLine line) {
		if (!line.numbered() || !isHeading(line)) {
			return;
		}
		boolean lettered = line.raw().strip().matches("^[a-h]\\).*");
		Optional<String> country = Heading.of(line.text(), this.regions).country();
		if (!lettered || country.isPresent()) {
			this.section = country.orElse(null);
		}
	}

	List<PoolDraft> pools() {
		return List.copyOf(this.pools.values());
	}

	List<MissionDraft> missions() {
		return List.copyOf(this.missions);
	}

	private void block(Block block) {
		Optional<PageLine> headingLine = lastHeading(block.prose());
		Heading parts = headingLine.map((line) -> Heading.of(line.text(), this.regions)).orElse(null);
		String heading = (parts != null) ? parts.name() : null;
		String text = text(block.prose());
		List<PageNames.Operation> operations = PageNames.operations(text);
		String capText = block.facts().get(PageField.AUTHORIZED);
		Integer cap = (capText != null) ? PageWords.count(capText) : null;
		String deployedText = block.facts().get(PageField.DEPLOYED);
		Integer deployed = (deployedText != null) ? PageWords.count(deployedText) : null;
		Optional<String> area = (capText != null) ? PageWords.sharedArea(capText) : Optional.empty();
		boolean lettered = headingLine.map((line) -> line.raw().strip().matches("^[a-h]\\).*")).orElse(false);
		String country = (parts != null && parts.country().isPresent()) ? parts.country().get()
				: country(heading, area.orElse(null), lettered ? block.section() : null, text);
		Where where = (field, message) -> new InputProblem(this.file, block.line(), "", message);
		boolean several = operations.size() > 1
				&& (APPLIES_TO_SEVERAL.matcher(text).find() || capText != null && PageWords.sharedByBlock(capText));
		if (several) {
			String name = (heading != null) ? heading : country;
			String poolId = PageNames.slug(name).toLowerCase(Locale.ROOT);
			addPool(new Pool(poolId, name, cap, capText, deployed), where);
			for (PageNames.Operation operation : operations) {
				this.missions.add(
						mission(operation.id(), operation.longName(), country, block, null, null, null, poolId, where));
			}
			return;
		}
		Optional<PageNames.Operation> main = PageNames.main(operations);
		if (main.isEmpty() && heading != null && PageNames.isAcronym(heading)) {
			main = Optional
				.of(new PageNames.Operation(heading, PageNames.definition(text, heading).orElse(heading), 1));
		}
		String fallback = (heading != null) ? heading : (country != null) ? country : "posting";
		String id = main.map(PageNames.Operation::id).orElseGet(() -> PageNames.slug(fallback));
		String name = main.map(PageNames.Operation::longName).orElse(fallback);
		if (area.isPresent()) {
			String poolId = PageNames.slug(area.get()).toLowerCase(Locale.ROOT);
			addPool(new Pool(poolId, area.get(), cap, capText, null), where);
			this.missions.add(mission(id, name, country, block, null, null, deployed, poolId, where));
			return;
		}
		this.missions.add(mission(id, name, country, block, cap, capText, deployed, null, where));
	}

	private MissionDraft mission(String id, String name, String country, Block block, Integer cap, String capText,
			Integer deployed, String pool, Where where) {
		Map<PageField, String> facts = block.facts();
		String language = facts.containsKey(PageField.LANGUAGE) ? PageWords.language(facts.get(PageField.LANGUAGE))
				: null;
		Boolean armed = facts.containsKey(PageField.ARMED) ? PageWords.armed(facts.get(PageField.ARMED)) : null;
		String since = facts.containsKey(PageField.SINCE) ? PageWords.since(facts.get(PageField.SINCE)) : null;
		return new MissionDraft(id, name, partner(name), country, null, language, armed, since, cap, capText, deployed,
				pool, null, where);
	}

	/**
	 * One cap shared by every mission that names the same area; two different figures for
	 * it are an error.
	 */
	private void addPool(Pool pool, Where where) {
		PoolDraft known = this.pools.get(pool.id());
		if (known == null) {
			this.pools.put(pool.id(), new PoolDraft(pool, where));
			return;
		}
		if (pool.authorized() != null && known.pool().authorized() != null
				&& !pool.authorized().equals(known.pool().authorized())) {
			this.problems.add(where.problem("authorized", "the shared cap of " + pool.name() + " is "
					+ pool.authorized() + " here but " + known.pool().authorized() + " in an earlier block"));
		}
	}

	private void postings(List<PageLine> prose) {
		String countryHeading = null;
		for (int i = 0; i < prose.size(); i++) {
			PageLine line = prose.get(i);
			if (!isHeading(line)) {
				continue;
			}
			Optional<String> known = knownCountry(line.text());
			boolean nextIsProse = i + 1 < prose.size() && !isHeading(prose.get(i + 1));
			if (known.isPresent() && !nextIsProse) {
				countryHeading = known.get();
				continue;
			}
			if (!nextIsProse || line.text().toLowerCase(Locale.ROOT).startsWith("date ")) {
				countryHeading = null;
				continue;
			}
			List<PageLine> description = new ArrayList<>();
			for (int j = i + 1; j < prose.size() && !isHeading(prose.get(j)); j++) {
				description.add(prose.get(j));
			}
			String text = text(description);
			Heading parts = Heading.of(line.text(), this.regions);
			String country = parts.country()
				.orElse((countryHeading != null) ? countryHeading : PageNames.country(text, this.regions).orElse(null));
			Where where = (field, message) -> new InputProblem(this.file, line.number(), "", message);
			this.missions.add(new MissionDraft(postingId(parts.name(), text), parts.name(), partner(parts.name()),
					country, null, null, null, null, null, null, null, null, null, where));
			countryHeading = null;
		}
	}

	private static String postingId(String heading, String text) {
		Matcher own = Pattern.compile("\\(([A-Z][A-Z0-9]{1,14})\\)").matcher(heading);
		if (own.find()) {
			return own.group(1);
		}
		Matcher defined = Pattern.compile("([A-Z][\\w ]+?) \\(([A-Z][A-Z0-9]{1,14})\\)").matcher(text);
		while (defined.find()) {
			if (heading.contains(PageNames.longName(defined.group(1)))) {
				return defined.group(2);
			}
		}
		int dash = Math.max(heading.lastIndexOf(" – "), heading.lastIndexOf(" - "));
		return PageNames.slug((dash > 0) ? heading.substring(dash + 3) : heading);
	}

	/**
	 * The country of a block: its heading, else the area its cap is shared in, else the
	 * one its prose names most.
	 */
	private String country(String heading, String area, String section, String text) {
		if (heading != null) {
			Optional<String> known = knownCountry(heading);
			if (known.isPresent()) {
				return known.get();
			}
		}
		if (area != null) {
			return area;
		}
		if (section != null) {
			return section;
		}
		return PageNames.country(((heading != null) ? heading + "\n" : "") + text, this.regions).orElse(heading);
	}

	/**
	 * The heading's country, when its main part (before any parenthesis) is one the
	 * region table knows.
	 */
	private Optional<String> knownCountry(String heading) {
		String main = heading.replaceAll("\\(.*\\)", "").strip();
		return this.regions.resolve(main).isPresent() ? Optional.of(main) : Optional.empty();
	}

	private static Optional<PageLine> lastHeading(List<PageLine> prose) {
		for (int i = prose.size() - 1; i >= 0; i--) {
			if (isHeading(prose.get(i))) {
				return Optional.of(prose.get(i));
			}
		}
		return Optional.empty();
	}

	/**
	 * A short line that is not a sentence, a list item, a lead-in ("Duties:") or the
	 * page's own title.
	 */
	static boolean isHeading(PageLine line) {
		String text = line.text();
		return !line.bullet() && !text.isEmpty() && text.length() <= 110 && !text.matches(".*[.;:,!?]$")
				&& Character.isUpperCase(text.codePointAt(0)) && text.split(" ").length <= 16
				&& !TITLES.matcher(text).matches() && !text.startsWith("http");
	}

	private static String partner(String name) {
		String folded = PageWords.fold(name);
		if (folded.contains("united nations") || folded.contains("nations unies") || folded.startsWith("un ")) {
			return "United Nations";
		}
		if (folded.contains("european union") || folded.startsWith("eu ") || folded.contains("union europeenne")) {
			return "European Union";
		}
		if (folded.contains("bilateral")) {
			return "Bilateral";
		}
		return null;
	}

	private static String text(List<PageLine> lines) {
		StringBuilder text = new StringBuilder();
		for (PageLine line : lines) {
			text.append(line.text()).append('\n');
		}
		return text.toString();
	}

}

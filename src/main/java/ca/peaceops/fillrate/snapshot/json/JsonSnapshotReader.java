package ca.peaceops.fillrate.snapshot.json;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import ca.peaceops.fillrate.place.Places;
import ca.peaceops.fillrate.snapshot.BadInputException;
import ca.peaceops.fillrate.snapshot.InputProblem;
import ca.peaceops.fillrate.snapshot.MissionDraft;
import ca.peaceops.fillrate.snapshot.Pool;
import ca.peaceops.fillrate.snapshot.PoolDraft;
import ca.peaceops.fillrate.snapshot.Problems;
import ca.peaceops.fillrate.snapshot.Snapshot;
import ca.peaceops.fillrate.snapshot.SnapshotAssembler;
import ca.peaceops.fillrate.snapshot.Where;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads the JSON snapshot form described in docs/input-formats.md. */
public final class JsonSnapshotReader {

	private static final Set<String> ROOT_FIELDS = Set.of("asOf", "source", "pools", "missions");

	private static final Set<String> POOL_FIELDS = Set.of("id", "name", "nameFr", "authorized", "authorizedText",
			"deployed");

	private static final Set<String> MISSION_FIELDS = Set.of("id", "name", "nameFr", "partner", "country", "region",
			"language", "armed", "since", "authorized", "authorizedText", "deployed", "pool");

	private final JsonMapper mapper = JsonMapper.builder()
		.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
		.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.build();

	private final Places regions;

	private final Clock clock;

	public JsonSnapshotReader(Places regions, Clock clock) {
		this.regions = regions;
		this.clock = clock;
	}

	public Snapshot read(String file, String json, LocalDate nameDate) {
		JsonNode root = parse(file, json);
		JsonLines lines = new JsonLines(this.mapper, json);
		Problems problems = new Problems();
		Where rootWhere = where(file, lines, "");
		if (!root.isObject()) {
			throw new BadInputException(List.of(rootWhere.problem("", "a snapshot must be a JSON object")));
		}
		JsonFields fields = new JsonFields(root, rootWhere, problems, ROOT_FIELDS);
		LocalDate asOf = fields.date("asOf");
		if (asOf == null && root.get("asOf") == null) {
			problems.add(rootWhere.problem("asOf", "asOf is required"));
		}
		List<PoolDraft> pools = new ArrayList<>();
		forEach(root, "pools", file, lines, problems, (node, where) -> pools.add(pool(node, where, problems)));
		List<MissionDraft> missions = new ArrayList<>();
		forEach(root, "missions", file, lines, problems, (node, where) -> missions.add(mission(node, where, problems)));
		problems.throwIfAny();
		return new SnapshotAssembler(file, this.regions, this.clock).assemble(asOf, rootWhere, nameDate,
				fields.text("source"), pools, missions, problems);
	}

	private JsonNode parse(String file, String json) {
		try {
			return this.mapper.readTree(json);
		}
		catch (JacksonException ex) {
			int line = (ex.getLocation() != null) ? Math.max(ex.getLocation().getLineNr(), 0) : 0;
			if (ex.getOriginalMessage().startsWith("Document nesting depth")) {
				// The parser's limit error carries no location: find where the depth
				// passed it.
				line = lineWhereNestingPasses(json, MAX_NESTING);
			}
			throw new BadInputException(List.of(new InputProblem(file, line, "", "malformed JSON: " + plain(ex))));
		}
	}

	/** Jackson's default limit of nesting, which the parser enforces. */
	private static final int MAX_NESTING = 500;

	/**
	 * The line on which lists and objects first nest deeper than the limit (brackets in
	 * strings do not count); 0 if they never do.
	 */
	static int lineWhereNestingPasses(String json, int limit) {
		int depth = 0;
		int line = 1;
		boolean inString = false;
		for (int i = 0; i < json.length(); i++) {
			char c = json.charAt(i);
			if (c == '\n') {
				line++;
			}
			else if (inString) {
				if (c == '\\') {
					i++;
				}
				else if (c == '"') {
					inString = false;
				}
			}
			else if (c == '"') {
				inString = true;
			}
			else if (c == '[' || c == '{') {
				depth++;
				if (depth > limit) {
					return line;
				}
			}
			else if (c == ']' || c == '}') {
				depth--;
			}
		}
		return 0;
	}

	/**
	 * Jackson's message without the parser's internals, which mean nothing to a clerk.
	 */
	private static String plain(JacksonException ex) {
		String message = ex.getOriginalMessage();
		if (message.startsWith("Trailing token")) {
			return "more content after the end of the snapshot; a file holds one JSON object";
		}
		if (message.startsWith("Document nesting depth")) {
			return "lists or objects nested too deep (more than 500 levels); a snapshot nests three";
		}
		return message.replaceAll("\\s*\\(for \\w+ starting at \\[Source:.*$", "")
			.replaceAll("\\s*at \\[Source:.*$", "")
			.strip();
	}

	private interface Element {

		void accept(JsonNode node, Where where);

	}

	private static void forEach(JsonNode root, String name, String file, JsonLines lines, Problems problems,
			Element element) {
		JsonNode array = root.get(name);
		if (array == null || array.isNull()) {
			return;
		}
		if (!array.isArray()) {
			problems.add(where(file, lines, "").problem(name, name + " must be a list"));
			return;
		}
		for (int i = 0; i < array.size(); i++) {
			Where where = where(file, lines, "/" + name + "/" + i);
			if (!array.get(i).isObject()) {
				problems.add(where.problem("", "each entry must be an object"));
				continue;
			}
			element.accept(array.get(i), where);
		}
	}

	private static PoolDraft pool(JsonNode node, Where where, Problems problems) {
		JsonFields fields = new JsonFields(node, where, problems, POOL_FIELDS);
		String id = fields.requiredText("id");
		Pool pool = new Pool((id != null) ? id : "?", fields.text("name"), fields.count("authorized"),
				fields.text("authorizedText"), fields.count("deployed"), fields.text("nameFr"));
		return new PoolDraft(pool, where);
	}

	private static MissionDraft mission(JsonNode node, Where where, Problems problems) {
		JsonFields fields = new JsonFields(node, where, problems, MISSION_FIELDS);
		return new MissionDraft(fields.requiredText("id"), fields.requiredText("name"), fields.text("partner"),
				fields.text("country"), fields.text("region"), fields.text("language"), fields.bool("armed"),
				fields.text("since"), fields.count("authorized"), fields.text("authorizedText"),
				fields.count("deployed"), fields.text("pool"), fields.text("nameFr"), where);
	}

	private static Where where(String file, JsonLines lines, String base) {
		return (field, message) -> {
			String pointer = field.isEmpty() ? base : base + "/" + field;
			return new InputProblem(file, lines.lineOf(pointer), pointer, message);
		};
	}

}

package ca.peaceops.fillrate.snapshot.json;

import java.util.HashMap;
import java.util.Map;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * The line on which each JSON value starts, by JSON pointer. A tree has no positions, and
 * a clerk needs a line number, so the already-parsed text is streamed once more to find
 * them.
 */
final class JsonLines {

	private final Map<String, Integer> lineByPointer = new HashMap<>();

	JsonLines(JsonMapper mapper, String json) {
		try (JsonParser parser = mapper.createParser(json)) {
			for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
				String pointer = parser.streamReadContext().pathAsPointer().toString();
				this.lineByPointer.putIfAbsent(pointer, parser.currentTokenLocation().getLineNr());
			}
		}
	}

	/**
	 * The line of the pointer, else of its nearest parent that has one (the root's, at
	 * worst).
	 */
	int lineOf(String pointer) {
		String candidate = pointer;
		while (!this.lineByPointer.containsKey(candidate) && !candidate.isEmpty()) {
			candidate = candidate.substring(0, candidate.lastIndexOf('/'));
		}
		return this.lineByPointer.getOrDefault(candidate, 0);
	}

}

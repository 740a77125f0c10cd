package ca.peaceops.fillrate.snapshot.json;

import ca.peaceops.fillrate.snapshot.Problems;
import ca.peaceops.fillrate.snapshot.Where;

import java.time.LocalDate;
import java.util.Iterator;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * Typed access to one JSON object's fields; every wrong value becomes a located problem,
 * and the value reads as {@code null} so that reading goes on and finds the other
 * problems too.
 */
final class JsonFields {

	private final JsonNode node;

	private final Where where;

	private final Problems problems;

	JsonFields(JsonNode node, Where where, Problems problems, Set<String> known) {
		this.node = node;
		this.where = where;
		this.problems = problems;
		for (Iterator<String> names = node.propertyNames().iterator(); names.hasNext();) {
			String name = names.next();
			if (!known.contains(name)) {
				problems.add(where.problem(name, "unknown field \"" + name + "\"; expected one of " + known));
			}
		}
	}

	String requiredText(String name) {
		String value = text(name);
		if (value == null && !hasProblem(name)) {
			this.problems.add(this.where.problem(name, name + " is required"));
		}
		return value;
	}

	String text(String name) {
		JsonNode value = this.node.get(name);
		if (value == null || value.isNull()) {
			return null;
		}
		if (!value.isString()) {
			this.problems.add(this.where.problem(name, name + " " + value + " must be text"));
			return null;
		}
		String text = value.asString().strip();
		return text.isEmpty() ? null : text;
	}

	Integer count(String name) {
		JsonNode value = this.node.get(name);
		if (value == null || value.isNull()) {
			return null;
		}
		if (!value.isIntegralNumber() || !value.canConvertToInt() || value.asInt() < 0) {
			this.problems.add(this.where.problem(name, name + " " + value + " must be a whole number ≥ 0"));
			return null;
		}
		return value.asInt();
	}

	Boolean bool(String name) {
		JsonNode value = this.node.get(name);
		if (value == null || value.isNull()) {
			return null;
		}
		if (!value.isBoolean()) {
			this.problems.add(this.where.problem(name, name + " " + value + " must be true or false"));
			return null;
		}
		return value.asBoolean();
	}

	LocalDate date(String name) {
		String text = text(name);
		if (text == null) {
			return null;
		}
		return this.where.date(name, name, text, this.problems);
	}

	private boolean hasProblem(String name) {
		JsonNode value = this.node.get(name);
		return value != null && !value.isNull() && !value.isString();
	}

}

package ca.peaceops.fillrate.snapshot.json;

import ca.peaceops.fillrate.snapshot.Mission;
import ca.peaceops.fillrate.snapshot.Pool;
import ca.peaceops.fillrate.snapshot.Snapshot;

import ca.peaceops.fillrate.place.Places;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a snapshot in the JSON form of docs/input-formats.md, fields in the documented
 * order and unknown figures left out, so that the file reads back as the same snapshot.
 */
public final class SnapshotJson {

	private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private SnapshotJson() {
	}

	/**
	 * @param regions a mission's region is written only where the table would not give
	 * the same
	 */
	public static String write(Snapshot snapshot, Places regions) {
		ObjectNode root = MAPPER.createObjectNode();
		root.put("asOf", snapshot.asOf().toString());
		root.put("source", snapshot.source());
		ArrayNode pools = root.putArray("pools");
		for (Pool pool : snapshot.pools()) {
			ObjectNode node = pools.addObject();
			node.put("id", pool.id());
			node.put("name", pool.name());
			putIfKnown(node, "nameFr", pool.nameFr());
			putIfKnown(node, "authorized", pool.authorized());
			putIfKnown(node, "authorizedText", pool.authorizedText());
			putIfKnown(node, "deployed", pool.deployed());
		}
		ArrayNode missions = root.putArray("missions");
		for (Mission mission : snapshot.missions()) {
			ObjectNode node = missions.addObject();
			node.put("id", mission.id());
			node.put("name", mission.name());
			putIfKnown(node, "nameFr", mission.nameFr());
			putIfKnown(node, "country", mission.country());
			if (!regions.regionOf(mission.country()).equals(mission.region())) {
				node.put("region", mission.region());
			}
			putIfKnown(node, "partner", mission.partner());
			putIfKnown(node, "language", mission.language());
			if (mission.armed() != null) {
				node.put("armed", mission.armed());
			}
			putIfKnown(node, "since", mission.since());
			putIfKnown(node, "authorized", mission.authorized());
			putIfKnown(node, "authorizedText", mission.authorizedText());
			putIfKnown(node, "deployed", mission.deployed());
			putIfKnown(node, "pool", mission.pool());
		}
		return MAPPER.writeValueAsString(root) + "\n";
	}

	private static void putIfKnown(ObjectNode node, String name, String value) {
		if (value != null) {
			node.put(name, value);
		}
	}

	private static void putIfKnown(ObjectNode node, String name, Integer value) {
		if (value != null) {
			node.put(name, value);
		}
	}

}

package ca.peaceops.fillrate.snapshot;

/**
 * A mission as read, before the rules that need the whole snapshot (pools, regions,
 * duplicates).
 */
public record MissionDraft(String id, String name, String partner, String country, String region, String language,
		Boolean armed, String since, Integer authorized, String authorizedText, Integer deployed, String pool,
		String nameFr, Where where) {

	Mission toMission(String resolvedRegion, String countryFr) {
		return new Mission(this.id, this.name, this.partner, this.country, resolvedRegion, this.language, this.armed,
				this.since, this.authorized, this.authorizedText, this.deployed, this.pool, this.nameFr, countryFr);
	}

	public MissionDraft withNameFr(String french) {
		return new MissionDraft(this.id, this.name, this.partner, this.country, this.region, this.language, this.armed,
				this.since, this.authorized, this.authorizedText, this.deployed, this.pool, french, this.where);
	}

}

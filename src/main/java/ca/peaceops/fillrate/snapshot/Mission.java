package ca.peaceops.fillrate.snapshot;

import java.util.Objects;

/**
 * One mission or posting as a snapshot states it.
 *
 * <p>
 * {@code authorized} and {@code deployed} are {@code null} when the source gives no
 * figure: unknown is never 0. A pooled mission names its {@code pool} and has no cap of
 * its own. {@code armed} is {@code null} when not stated. {@code country} is {@code null}
 * for a mission with no single country (its region is then unassigned, unless given).
 * {@code nameFr} and {@code countryFr} are the French names, {@code null} where none is
 * known: the French report then uses the name as given.
 */
public record Mission(String id, String name, String partner, String country, String region, String language,
		Boolean armed, String since, Integer authorized, String authorizedText, Integer deployed, String pool,
		String nameFr, String countryFr) {

	public Mission {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(region, "region");
		if (pool != null && authorized != null) {
			throw new IllegalArgumentException("pooled mission " + id + " cannot have its own cap");
		}
	}

	/** The mission's name in a language: French where known, else the name as given. */
	public String name(boolean french) {
		return (french && this.nameFr != null) ? this.nameFr : this.name;
	}

	/** The country in a language, or {@code null} for a mission with no country. */
	public String country(boolean french) {
		return (french && this.countryFr != null) ? this.countryFr : this.country;
	}

	public boolean pooled() {
		return this.pool != null;
	}

	/** A posting the source lists without any figure (an advisor, a training project). */
	public boolean withoutFigures() {
		return this.pool == null && this.authorized == null && this.deployed == null;
	}

}

package ca.peaceops.fillrate.snapshot;

import java.util.Objects;

/**
 * One mission or posting as a snapshot states it.
 *
 * <p>
 * {@code authorized} and {@code deployed} are {@code null} when the source gives no
 * figure: unknown is never 0. A pooled mission names its {@code pool} and has no cap of
 * its own. {@code armed} is {@code null} when not stated.
 */
public record Mission(String id, String name, String partner, String country, String region, String language,
		Boolean armed, String since, Integer authorized, String authorizedText, Integer deployed, String pool) {

	public Mission {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(country, "country");
		Objects.requireNonNull(region, "region");
		if (pool != null && authorized != null) {
			throw new IllegalArgumentException("pooled mission " + id + " cannot have its own cap");
		}
	}

	public boolean pooled() {
		return this.pool != null;
	}

	/** A posting the source lists without any figure (an advisor, a training project). */
	public boolean withoutFigures() {
		return this.pool == null && this.authorized == null && this.deployed == null;
	}

}

package ca.peaceops.fillrate.snapshot;

import java.util.Objects;

/**
 * An authorization cap shared by several missions ("up to 5, in total in the West Bank").
 * {@code deployed} is set only when a source gives the pool's total and not each
 * mission's. {@code nameFr} is the French name, {@code null} where none is known.
 */
public record Pool(String id, String name, Integer authorized, String authorizedText, Integer deployed, String nameFr) {

	public Pool {
		Objects.requireNonNull(id, "id");
		name = (name == null) ? id : name;
	}

	public Pool(String id, String name, Integer authorized, String authorizedText, Integer deployed) {
		this(id, name, authorized, authorizedText, deployed, null);
	}

	public String name(boolean french) {
		return (french && this.nameFr != null) ? this.nameFr : this.name;
	}

}

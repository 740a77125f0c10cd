package ca.peaceops.fillrate.rates;

/** How a fill rate can be read. */
public enum RateStatus {

	/** Both figures known, deployed within the cap. */
	OK,
	/** Deployed above the cap: flagged, never clipped. */
	OVER_CAP,
	/** One of the two figures is missing: listed, never guessed, left out of totals. */
	UNKNOWN,
	/** A posting the source lists without any figure. */
	NO_FIGURES

}

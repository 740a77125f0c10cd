package ca.peaceops.fillrate.rates;

/** The kinds of change, in the order a reader should see them. */
public enum ChangeKind {

	/** The snapshot is the very same file as last time: stale data is news too. */
	SNAPSHOT_UNCHANGED, NEW_MISSION, ENDED_MISSION, CAP_CHANGED, DEPLOYED_CHANGED, FILL_RATE_MOVED

}

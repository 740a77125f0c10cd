package ca.peaceops.fillrate.snapshot;

/** A pool as read, before the rules that need the whole snapshot. */
record PoolDraft(Pool pool, Where where) {

}

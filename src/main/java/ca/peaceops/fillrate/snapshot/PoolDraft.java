package ca.peaceops.fillrate.snapshot;

/** A pool as read, before the rules that need the whole snapshot. */
public record PoolDraft(Pool pool, Where where) {

}

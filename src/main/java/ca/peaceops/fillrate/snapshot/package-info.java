/**
 * Deployment snapshots: the model, the readers for each input form, their validation, and
 * the choice of the snapshot that a period reports on.
 */
package ca.peaceops.fillrate.snapshot;

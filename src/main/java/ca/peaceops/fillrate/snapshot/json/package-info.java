/**
 * The JSON snapshot form: its reader, with line numbers, and the writer the importers
 * use.
 */
package ca.peaceops.fillrate.snapshot.json;

/**
 * The CSV snapshot form, one row per mission, and long-format series (one row per mission
 * and date) imported as snapshots.
 */
package ca.peaceops.fillrate.snapshot.csv;

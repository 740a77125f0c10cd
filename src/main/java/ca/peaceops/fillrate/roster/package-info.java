/**
 * Rosters: one row per deployed officer, read in one streaming pass and aggregated per
 * mission and home service, so that memory depends on the missions, not on the rows.
 */
package ca.peaceops.fillrate.roster;

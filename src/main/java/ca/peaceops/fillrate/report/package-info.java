/**
 * The report model that every renderer shares, the file names users rely on, and
 * publishing: the finished files appear under {@code reports/<period>/} in one move, or
 * not at all.
 */
package ca.peaceops.fillrate.report;

/**
 * The history of published periods in the database: which snapshot each used and its
 * results per mission, pool and region. Comparisons read their baseline from here, never
 * from files.
 */
package ca.peaceops.fillrate.history;

/**
 * The CSV files analysts load into spreadsheets: stable snake-case columns, one dialect
 * per run.
 */
package ca.peaceops.fillrate.report.csv;

/**
 * The Spring Batch job alone: its configuration, its steps as thin adapters over the
 * feature packages, and the work area they hand data through. Steps read the period from
 * the job's parameters.
 */
package ca.peaceops.fillrate.job;

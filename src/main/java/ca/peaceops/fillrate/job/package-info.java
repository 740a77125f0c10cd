/**
 * Spring Batch wiring: the monthly job, its steps as thin adapters over the feature
 * packages, the command line and its exit statuses.
 */
package ca.peaceops.fillrate.job;

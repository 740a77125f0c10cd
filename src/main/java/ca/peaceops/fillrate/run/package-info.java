/**
 * One period, a range (backfill) or the schedule: decide what to do
 * ({@link ca.peaceops.fillrate.run.LaunchDecision}, pure), start the job, and tell the
 * outcome once ({@link ca.peaceops.fillrate.run.OutcomeReporter}). The maintenance of
 * published periods (restore, the history guard, the out-of-date checks) lives here too.
 */
package ca.peaceops.fillrate.run;

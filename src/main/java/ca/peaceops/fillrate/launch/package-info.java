/**
 * The command line: options and settings read and checked before the database opens
 * ({@link ca.peaceops.fillrate.launch.LaunchChecks}), {@code --help} and
 * {@code --version}, the operations mail for refusals, and the command that hands one
 * request to {@code run}.
 */
package ca.peaceops.fillrate.launch;

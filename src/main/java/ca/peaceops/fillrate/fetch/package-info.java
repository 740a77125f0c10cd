/**
 * The "Current operations" page fetched by the job itself (the JDK's {@code HttpClient}),
 * and turned into a caps snapshot when it changed.
 */
package ca.peaceops.fillrate.fetch;

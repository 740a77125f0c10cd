package ca.peaceops.fillrate.run;

import java.io.PrintStream;

/**
 * The stream a run's one-line outcome goes to, handed over by the command line: a bean of
 * its own type, so that no test replaces {@code System.err} for the whole JVM.
 */
public record StandardError(PrintStream stream) {

}

package ca.peaceops.fillrate.launch;

import java.time.Clock;
import java.util.Optional;

import ca.peaceops.fillrate.job.ChosenInputs;

/**
 * What one command line asks for, read and checked once, before the application opens its
 * database ({@link LaunchChecks}), and handed to it as beans: the options, the clock
 * (fixed by {@code fillrate.clock}, or the system's), and for a single period the inputs
 * already chosen and validated, which the run uses rather than choosing again.
 */
public record LaunchRequest(RunOptions options, Clock clock, Optional<ChosenInputs> input) {

}

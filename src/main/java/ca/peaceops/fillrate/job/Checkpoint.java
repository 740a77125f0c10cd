package ca.peaceops.fillrate.job;

/**
 * A named moment inside a step. Nothing happens there in normal use; the restart tests
 * stop the process there ({@link CrashPoints}, present only when
 * {@code fillrate.crash-at} is set).
 */
@FunctionalInterface
interface Checkpoint {

	Checkpoint NONE = (point) -> {
	};

	void reached(String point);

}

package ca.peaceops.fillrate.run;

import java.util.Optional;

/**
 * What a launch does for a period, from what the history, the job repository and the work
 * area say: a pure function, so that every case is a unit test
 * ({@code LaunchDecisionTests}) and the command line, the backfill and the scheduler
 * decide alike.
 */
final class LaunchDecision {

	/** The last execution of the period's edition, as the job repository has it. */
	enum LastRun {

		/** No execution of this edition. */
		NONE,
		/** Running, and its process is alive. */
		RUNNING,
		/** Marked running by a process that died ({@code kill -9}, a reboot). */
		DEAD,
		/** Completed: the edition is published. */
		COMPLETED,
		/** Failed or stopped. */
		FAILED

	}

	enum Action {

		/** A new execution of the edition. */
		START,
		/** The failed execution again, from the step where it stopped. */
		RESTART,
		/**
		 * A new edition: the failed execution staged data that is not the input any more.
		 */
		START_AFRESH,
		/** Nothing: the period is published. */
		ALREADY_DONE,
		/** Nothing: another process runs it. */
		ALREADY_RUNNING

	}

	/**
	 * @param published whether the history holds the period
	 * @param last the last execution of the edition this launch is for
	 * @param staged the checksum of the snapshot the failed execution staged, empty if no
	 * copy is staged (blank if the copy cannot be read)
	 * @param stagedBefore whether the failed execution had read and staged its snapshot
	 * @param input the checksum of the snapshot as it is now
	 */
	record Facts(boolean published, LastRun last, Optional<String> staged, boolean stagedBefore, String input) {

	}

	/**
	 * @param edition the edition to start or restart ({@code START_AFRESH}: the lowest
	 * new one, to be moved past any already used)
	 * @param recoverFirst whether a dead execution must first be marked failed
	 */
	record Decision(Action action, int edition, boolean recoverFirst) {

	}

	private LaunchDecision() {
	}

	/**
	 * The edition a launch is for: the first, the published one, or with {@code --rerun}
	 * the next.
	 */
	static int edition(Optional<Integer> published, boolean rerun) {
		return published.map((edition) -> rerun ? edition + 1 : edition).orElse(1);
	}

	static Decision decide(int edition, boolean rerun, Facts facts) {
		return switch (facts.last()) {
			case RUNNING -> new Decision(Action.ALREADY_RUNNING, edition, false);
			case COMPLETED -> new Decision(Action.ALREADY_DONE, edition, false);
			case NONE ->
				new Decision((facts.published() && !rerun) ? Action.ALREADY_DONE : Action.START, edition, false);
			case FAILED, DEAD -> {
				boolean recover = facts.last() == LastRun.DEAD;
				// A restart goes on from the staged copy: not if the snapshot changed
				// since, or if the copy the failed execution had staged is gone.
				boolean stale = facts.staged()
					.map((staged) -> !staged.equals(facts.input()))
					.orElse(facts.stagedBefore());
				yield stale ? new Decision(Action.START_AFRESH, edition + 1, recover)
						: new Decision(Action.RESTART, edition, recover);
			}
		};
	}

}

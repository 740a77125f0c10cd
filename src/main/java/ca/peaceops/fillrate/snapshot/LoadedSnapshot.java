package ca.peaceops.fillrate.snapshot;

/** A validated snapshot with the file it came from and that file's SHA-256. */
public record LoadedSnapshot(SnapshotFile file, String sha256, Snapshot snapshot) {

}

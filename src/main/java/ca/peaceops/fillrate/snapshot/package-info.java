/**
 * Deployment snapshots: the model ({@code Snapshot}, {@code Mission}, {@code Pool}), the
 * rules every form is held to ({@code SnapshotAssembler}), the choice of the snapshot a
 * period reports on ({@code SnapshotCatalog}), and {@code SnapshotReader}, which reads a
 * file with the reader of its form: {@code json}, {@code csv} (and long-format series),
 * {@code page} (the RCMP page, HTML or text, and its importer).
 */
package ca.peaceops.fillrate.snapshot;

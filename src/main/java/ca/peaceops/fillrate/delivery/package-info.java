/**
 * Email delivery of published reports: the message, the attachments within a size budget,
 * and the ledger that sends each recipient each period's report once.
 */
package ca.peaceops.fillrate.delivery;

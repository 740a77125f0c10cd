/**
 * Fill rates per mission, shared pool, region and overall, and the changes against a
 * baseline. Plain Java: no Spring, no I/O, so that every rule is unit-tested on its own.
 */
package ca.peaceops.fillrate.rates;

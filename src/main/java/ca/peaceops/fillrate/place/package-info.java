/**
 * Countries and regions of the whole world: a country given by its English or French
 * name, a common or historical alias, or its ISO code, resolved through CLDR (ICU4J) to a
 * region that fits peace operations, with {@code input/regions.csv} as an override for
 * places that are not countries.
 */
package ca.peaceops.fillrate.place;

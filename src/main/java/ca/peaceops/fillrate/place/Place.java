package ca.peaceops.fillrate.place;

/**
 * Where a mission is, as resolved.
 *
 * @param region the region's key (English), one of {@link Regions#ALL} unless an override
 * names another
 * @param nameFr the place's French name, or {@code null} when none is known (the name as
 * given stands for both languages)
 */
public record Place(String region, String nameFr) {

}

package dev.pillid.catalog;

/**
 * Where the pills of one source come from, as the bundled catalog that loaded them states it.
 *
 * @param name       the pills' {@code source} (rximage, demo)
 * @param sourceDate the date of the source's data, as the source states it: a day, or a span when it states none
 * @param origin     where the data was taken from
 */
public record CatalogSource(String name, String title, String sourceDate, String license, String origin) {
}

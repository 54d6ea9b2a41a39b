package dev.pillid.search;

/**
 * An imprint offered while someone types: the imprint as printed (sides separated by spaces),
 * how many pills carry it, and whether it starts with what was typed or only with easily
 * confused characters read alike.
 */
public record ImprintSuggestion(String imprint, int pills, MatchLevel match) {
}

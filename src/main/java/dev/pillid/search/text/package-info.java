/**
 * Text as people type it and labels print it: imprints in their compact and confusable forms
 * ({@link dev.pillid.search.text.Imprint}, with the misread characters of
 * {@link dev.pillid.search.text.Confusables} from {@code data/vocabularies/confusables.json}),
 * NDCs in their several forms, typing errors counted bit-parallel
 * ({@link dev.pillid.search.text.Edits}), and the cheap lower bounds on them (character counts
 * and masks). Nothing here knows of pills.
 */
package dev.pillid.search.text;

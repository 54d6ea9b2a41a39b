/** Imprint completion for what has been typed so far, as printed and with confused characters read alike. */
package dev.pillid.search.suggest;

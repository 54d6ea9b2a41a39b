package dev.pillid.images;

import dev.pillid.imports.ImportFormat;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * Whom a pill photo comes from, to credit it with, and the terms it may be used on: the sources
 * the catalog's photos come from are all NLM's or FDA's, US-government works in the public domain
 * (data/README.md). A photo of a source not listed here is given no credit rather than a guessed one.
 */
public enum PhotoCredit {

    RXIMAGE("National Library of Medicine (NLM), RxImage", "Public domain (US government work, National Library of Medicine)"),
    DAILYMED("DailyMed (NLM)", "Public domain (FDA Structured Product Labeling, US government data)"),
    PILLBOX("National Library of Medicine (NLM), Pillbox", "Public domain (US government work, National Library of Medicine)");

    /** The host of DailyMed's label images (pillid.imports.spl-image-url). */
    private static final String DAILYMED_HOST = "dailymed.nlm.nih.gov";
    /** What every RxImage photograph's file name holds: 65162-0627-11_RXNAVIMAGE10_5212A925.jpg. */
    private static final String RXIMAGE_NAME = "_RXNAVIMAGE";

    private final String attribution;
    private final String license;

    PhotoCredit(String attribution, String license) {
        this.attribution = attribution;
        this.license = license;
    }

    public String attribution() {
        return attribution;
    }

    public String license() {
        return license;
    }

    /**
     * The credit of one of a pill's photos: by the photo itself when it says where it is from (a
     * DailyMed URL, an RxImage file name), else by the source of the pill's record.
     */
    public static Optional<PhotoCredit> of(String reference, String pillSource) {
        if (reference.startsWith("https://") || reference.startsWith("http://")) {
            String host = URI.create(reference).getHost();
            return host != null && host.toLowerCase(Locale.ROOT).equals(DAILYMED_HOST) ? Optional.of(DAILYMED) : Optional.empty();
        }
        if (reference.toUpperCase(Locale.ROOT).contains(RXIMAGE_NAME)) {
            return Optional.of(RXIMAGE);
        }
        // A pill's source is the format it was imported from (the demo records have a source of their own).
        return ImportFormat.of(pillSource).map(format -> switch (format) {
            case RXIMAGE -> RXIMAGE;
            case SPL -> DAILYMED;
            case PILLBOX -> PILLBOX;
        });
    }
}

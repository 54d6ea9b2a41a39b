package dev.pillid.images;

import dev.pillid.config.PillIdConfig;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Turns the image references stored with a pill into absolute URLs: a reference that is already
 * a URL is kept; a file name is served by this service at /v1/images/{file}, or found under the
 * configured remote base URL.
 */
@ApplicationScoped
public class PhotoLinks {

    private final PillIdConfig config;

    PhotoLinks(PillIdConfig config) {
        this.config = config;
    }

    /** @param requestBase the base URI of the current request, used unless a public base URL is configured */
    public List<String> urls(List<String> references, URI requestBase) {
        return references.stream().map(ref -> url(ref, requestBase)).toList();
    }

    private String url(String reference, URI requestBase) {
        if (reference.startsWith("https://") || reference.startsWith("http://")) {
            return reference;
        }
        String file = URLEncoder.encode(reference, StandardCharsets.UTF_8).replace("+", "%20");
        if (config.images().baseUrl().isPresent()) {
            return withSlash(config.images().baseUrl().get()) + file;
        }
        String base = config.publicBaseUrl().map(PhotoLinks::withSlash).orElse(requestBase.toString());
        return withSlash(base) + "v1/images/" + file;
    }

    private static String withSlash(String url) {
        return url.endsWith("/") ? url : url + "/";
    }
}

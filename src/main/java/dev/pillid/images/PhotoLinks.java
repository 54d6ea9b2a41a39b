package dev.pillid.images;

import dev.pillid.catalog.PillRecord;
import dev.pillid.config.PillIdConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.UriInfo;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Turns the image references stored with a pill into photos with absolute URLs: a reference that
 * is already a URL is kept; a file name is served by this service at /v1/images/{file}, with its
 * thumbnail at ?width=120, or found under the configured remote base URL.
 */
@ApplicationScoped
public class PhotoLinks {

    private final PillIdConfig config;

    PhotoLinks(PillIdConfig config) {
        this.config = config;
    }

    /**
     * One photo of a pill as clients link it: its URL; the URL of its list thumbnail, a rendition
     * {@link Renditions#THUMBNAIL_WIDTH} wide when this service serves the photo, else the photo's
     * own URL (a remote photo has no rendition); and whom to credit it with, when known.
     */
    public record Photo(String url, String thumbnailUrl, PhotoCredit credit) {
    }

    /**
     * The photos of the pill that can be loaded: remote ones, and local ones whose file is in the
     * photo folder (a reference to a photo this service does not have is left out, so that a pill
     * without a loadable photo says so with an empty list).
     *
     * @param requestBase the base URI of the current request, used unless a public base URL is
     *                    configured; asked for only when a local photo is linked (working it out
     *                    from the request's headers would otherwise cost every answer)
     */
    public List<Photo> photos(PillRecord pill, Supplier<URI> requestBase) {
        List<String> references = pill.images();
        List<Photo> photos = new ArrayList<>(references.size());
        for (String reference : references) {
            if (!loadable(reference)) {
                continue;
            }
            PhotoCredit credit = PhotoCredit.of(reference, pill.source()).orElse(null);
            if (remote(reference)) {
                photos.add(new Photo(reference, reference, credit));
            } else if (config.images().baseUrl().isPresent()) {
                String url = withSlash(config.images().baseUrl().get()) + encode(reference);
                photos.add(new Photo(url, url, credit));
            } else {
                String base = config.publicBaseUrl().map(PhotoLinks::withSlash).orElseGet(() -> requestBase.get().toString());
                String url = withSlash(base) + "v1/images/" + encode(reference);
                photos.add(new Photo(url, url + "?width=" + Renditions.THUMBNAIL_WIDTH, credit));
            }
        }
        return photos;
    }

    /**
     * Whether a pill's image reference is linked: a URL; with a remote base URL configured, any
     * file name (the store is taken to have them all); otherwise a file the photo folder has.
     */
    public boolean loadable(String reference) {
        return remote(reference) || config.images().baseUrl().isPresent() || PhotoResource.servable(config, reference);
    }

    private static boolean remote(String reference) {
        return reference.startsWith("https://") || reference.startsWith("http://");
    }

    /** The request's base URI, worked out the first time it is asked for and kept for the request. */
    public static Supplier<URI> baseOf(UriInfo request) {
        return new Supplier<>() {
            private URI base;

            @Override
            public URI get() {
                if (base == null) {
                    base = request.getBaseUri();
                }
                return base;
            }
        };
    }

    private static String encode(String reference) {
        return URLEncoder.encode(reference, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String withSlash(String url) {
        return url.endsWith("/") ? url : url + "/";
    }
}

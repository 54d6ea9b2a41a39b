package dev.pillid.imports;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The image references an import may bring: a plain file name, served from the photo folder or
 * the photo base URL, or an https URL on an allowed host (DailyMed's, by default). Anything else
 * would make every client that shows the pill fetch from wherever the file said.
 */
final class ImageReferences {

    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private final Set<String> hosts;

    ImageReferences(Set<String> hosts) {
        this.hosts = hosts.stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    /** @throws RejectedRecordException when the reference is neither a file name nor an https URL on an allowed host */
    void check(String reference) {
        if (!FILE_NAME.matcher(reference).matches() && !allowedUrl(reference)) {
            throw new RejectedRecordException("image reference " + FieldLimits.echo(reference)
                    + " is not a file name or an allowed https URL");
        }
    }

    private boolean allowedUrl(String reference) {
        try {
            URI uri = new URI(reference);
            return "https".equalsIgnoreCase(uri.getScheme()) && uri.getRawUserInfo() == null
                    && (uri.getPort() == -1 || uri.getPort() == 443)
                    && uri.getHost() != null && hosts.contains(uri.getHost().toLowerCase(Locale.ROOT));
        } catch (URISyntaxException e) {
            return false;
        }
    }
}

package dev.pillid.sync;

import java.net.URI;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The URLs a sync may fetch: those of the configured base URL's own scheme, host and port, and
 * https URLs on the file hosts (port 443, no user). Anything else a listing links or a server
 * redirects to (another host, a private address, plain http elsewhere) is never requested, so that
 * a listing or a redirect cannot turn the service against hosts it was not pointed at.
 */
final class AllowedUrls {

    private final URI base;
    private final Set<String> hosts;

    AllowedUrls(URI base, Set<String> fileHosts) {
        this.base = base;
        this.hosts = fileHosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    boolean permits(URI url) {
        if (url == null || !url.isAbsolute() || url.getHost() == null || url.getRawUserInfo() != null) {
            return false;
        }
        String scheme = url.getScheme().toLowerCase(Locale.ROOT);
        String host = url.getHost().toLowerCase(Locale.ROOT);
        if (scheme.equals(base.getScheme().toLowerCase(Locale.ROOT)) && host.equals(base.getHost().toLowerCase(Locale.ROOT))
                && port(url) == port(base)) {
            return true;
        }
        return scheme.equals("https") && port(url) == 443 && hosts.contains(host);
    }

    private static int port(URI url) {
        if (url.getPort() >= 0) {
            return url.getPort();
        }
        return "https".equalsIgnoreCase(url.getScheme()) ? 443 : 80;
    }
}

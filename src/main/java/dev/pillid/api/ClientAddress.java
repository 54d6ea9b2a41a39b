package dev.pillid.api;

import dev.pillid.config.PillIdConfig;
import io.netty.util.NetUtil;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;

/**
 * The address of the client a request comes from, as the per-client search limit counts it: the
 * connection's peer; or, behind a reverse proxy ({@code pillid.behind-proxy}), when the peer is a
 * trusted proxy, the nearest address in X-Forwarded-For that is not one. Read from the right,
 * where each proxy appends the address it saw, so that what a client writes into the header
 * itself is never believed over what a trusted proxy saw. Entries that are not IP addresses end
 * the reading. (Quarkus's own forwarding is not used: an empty first entry made it fail the
 * request unanswered.)
 */
@ApplicationScoped
public class ClientAddress {

    /** The most X-Forwarded-For entries read, from the right: more proxies than that are not in front of a service. */
    private static final int MAX_HOPS = 16;

    private final boolean behindProxy;
    private final List<Network> trusted;

    @Inject
    ClientAddress(PillIdConfig config) {
        this(config.behindProxy(), config.trustedProxies());
    }

    ClientAddress(boolean behindProxy, List<String> trustedProxies) {
        this.behindProxy = behindProxy;
        this.trusted = new ArrayList<>();
        for (String network : trustedProxies) {
            trusted.add(Network.parse(network.trim()));
        }
    }

    public String of(HttpServerRequest request) {
        String peer = request.remoteAddress() == null ? null : request.remoteAddress().hostAddress();
        return of(peer, behindProxy ? request.getHeader("X-Forwarded-For") : null);
    }

    String of(String peer, String forwardedFor) {
        if (!behindProxy || peer == null || forwardedFor == null || !trusted(peer)) {
            return peer;
        }
        String client = peer;
        int end = forwardedFor.length();
        for (int hop = 0; hop < MAX_HOPS && end > 0; hop++) {
            int start = forwardedFor.lastIndexOf(',', end - 1) + 1;
            String entry = forwardedFor.substring(start, end).trim();
            if (!NetUtil.isValidIpV4Address(entry) && !NetUtil.isValidIpV6Address(entry)) {
                return client;
            }
            client = entry;
            if (!trusted(entry)) {
                return entry;
            }
            end = start - 1;
        }
        return client;
    }

    private boolean trusted(String address) {
        byte[] bytes = NetUtil.createByteArrayFromIpAddressString(address);
        if (bytes == null) {
            return false;
        }
        for (Network network : trusted) {
            if (network.contains(bytes)) {
                return true;
            }
        }
        return false;
    }

    /** An address block such as 10.0.0.0/8 or fc00::/7 (a lone address is a block of one). */
    private record Network(byte[] base, int bits) {

        static Network parse(String text) {
            int slash = text.indexOf('/');
            byte[] base = NetUtil.createByteArrayFromIpAddressString(slash < 0 ? text : text.substring(0, slash));
            if (base == null) {
                throw new IllegalArgumentException("pillid.trusted-proxies: '" + text + "' is not an address or address block");
            }
            int bits = slash < 0 ? base.length * 8 : Integer.parseInt(text.substring(slash + 1));
            if (bits < 0 || bits > base.length * 8) {
                throw new IllegalArgumentException("pillid.trusted-proxies: '" + text + "' has a prefix longer than its address");
            }
            return new Network(base, bits);
        }

        boolean contains(byte[] address) {
            if (address.length != base.length) {
                return false;
            }
            for (int bit = 0; bit < bits; bit++) {
                int mask = 0x80 >>> (bit % 8);
                if ((address[bit / 8] & mask) != (base[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}

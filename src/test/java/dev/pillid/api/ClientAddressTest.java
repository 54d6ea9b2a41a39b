package dev.pillid.api;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ClientAddressTest {

    private final ClientAddress behindProxy = new ClientAddress(true, List.of("10.0.0.0/8", "::1", "fc00::/7"));

    @Test
    void withoutAProxyThePeerIsTheClient() {
        assertEquals("10.1.2.3", new ClientAddress(false, List.of("10.0.0.0/8")).of("10.1.2.3", "198.51.100.7"));
    }

    @Test
    void aTrustedProxyNamesTheClient() {
        assertEquals("198.51.100.7", behindProxy.of("10.1.2.3", "198.51.100.7"));
        assertEquals("2001:db8::7", behindProxy.of("::1", " 2001:db8::7 "));
        assertEquals("198.51.100.7", behindProxy.of("10.1.2.3", "198.51.100.7, 10.9.9.9"), "proxies in front of proxies are skipped");
    }

    @Test
    void whatAClientWritesItselfIsNotBelievedOverWhatTheProxySaw() {
        assertEquals("198.51.100.7", behindProxy.of("10.1.2.3", "203.0.113.1, 198.51.100.7"));
    }

    @Test
    void anUntrustedPeerIsTheClientWhateverItSends() {
        assertEquals("198.51.100.9", behindProxy.of("198.51.100.9", "203.0.113.1"));
    }

    @Test
    void malformedEntriesEndTheReading() {
        assertEquals("10.1.2.3", behindProxy.of("10.1.2.3", ","));
        assertEquals("10.1.2.3", behindProxy.of("10.1.2.3", ""));
        assertEquals("10.1.2.3", behindProxy.of("10.1.2.3", "not-an-address"));
        assertEquals("198.51.100.7", behindProxy.of("10.1.2.3", "junk, 198.51.100.7"));
        assertEquals("10.1.2.3", behindProxy.of("10.1.2.3", "a".repeat(20_000)));
        assertEquals("10.1.2.3", behindProxy.of("10.1.2.3", ",".repeat(20_000)));
    }

    @Test
    void aBadTrustedProxySettingIsRefusedAtStart() {
        assertThrows(IllegalArgumentException.class, () -> new ClientAddress(true, List.of("10.0.0.0/33")));
        assertThrows(IllegalArgumentException.class, () -> new ClientAddress(true, List.of("proxy.example.org")));
    }
}

package dev.pillid.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * Bearer tokens signed with the key pair made for this test run ({@link TestKeys}), for the issuer
 * and audience the service expects (mp.jwt.verify.issuer, mp.jwt.verify.audiences), unless a token
 * is meant to be refused.
 */
public final class AdminTokens {

    public static final String ISSUER = "pillid";
    public static final String AUDIENCE = "pillid";

    private AdminTokens() {
    }

    public static String catalogAdmin() {
        return admin().sign();
    }

    public static String withoutTheRole() {
        return Jwt.issuer(ISSUER).audience(AUDIENCE).upn("test-reader").groups("reader").expiresIn(600).sign();
    }

    public static String fromAnotherIssuer() {
        return Jwt.issuer("someone-else").audience(AUDIENCE).upn("intruder").groups("catalog-admin").expiresIn(600).sign();
    }

    /** An admin token the identity provider issued for another service. */
    public static String forAnotherAudience() {
        return Jwt.issuer(ISSUER).audience("another-service").upn("test-operator").groups("catalog-admin").expiresIn(600).sign();
    }

    /** An admin token that names no audience at all. */
    public static String withoutAnAudience() {
        return Jwt.issuer(ISSUER).upn("test-operator").groups("catalog-admin").expiresIn(600).sign();
    }

    /** An admin token issued this many seconds ago, and not expiring for another ten minutes. */
    public static String issuedSecondsAgo(long seconds) {
        long now = System.currentTimeMillis() / 1000;
        return admin().issuedAt(now - seconds).expiresAt(now + 600).sign();
    }

    private static JwtClaimsBuilder admin() {
        return Jwt.issuer(ISSUER).audience(AUDIENCE).upn("test-operator").groups("catalog-admin").expiresIn(600);
    }
}

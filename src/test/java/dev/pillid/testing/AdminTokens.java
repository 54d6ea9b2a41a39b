package dev.pillid.testing;

import io.smallrye.jwt.build.Jwt;

/** Bearer tokens signed with the key pair made for this test run ({@link TestKeys}). */
public final class AdminTokens {

    private AdminTokens() {
    }

    public static String catalogAdmin() {
        return Jwt.issuer("pillid").upn("test-operator").groups("catalog-admin").expiresIn(600).sign();
    }

    public static String withoutTheRole() {
        return Jwt.issuer("pillid").upn("test-reader").groups("reader").expiresIn(600).sign();
    }

    public static String fromAnotherIssuer() {
        return Jwt.issuer("someone-else").upn("intruder").groups("catalog-admin").expiresIn(600).sign();
    }
}

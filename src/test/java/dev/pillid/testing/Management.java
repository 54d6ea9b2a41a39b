package dev.pillid.testing;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import org.eclipse.microprofile.config.ConfigProvider;

/** Requests to the management interface (health and metrics), which tests reach on its own port. */
public final class Management {

    private Management() {
    }

    /** The management interface's port in tests: quarkus.management.test-port, 9001 unless set. */
    public static int port() {
        return ConfigProvider.getConfig().getOptionalValue("quarkus.management.test-port", Integer.class).orElse(9001);
    }

    public static RequestSpecification given() {
        return RestAssured.given().port(port());
    }
}

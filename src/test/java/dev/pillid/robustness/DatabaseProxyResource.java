package dev.pillid.robustness;

import dev.pillid.testing.TcpProxy;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/** Puts a TCP proxy between the service and the test database, open or cut at start. */
public class DatabaseProxyResource implements QuarkusTestResourceLifecycleManager {

    static TcpProxy proxy;
    private boolean openAtStart = true;

    @Override
    public void init(Map<String, String> initArgs) {
        openAtStart = !"false".equals(initArgs.get("open"));
    }

    @Override
    public Map<String, String> start() {
        try {
            proxy = new TcpProxy(TcpProxy.freePort(), 5432);
            if (openAtStart) {
                proxy.restore();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> config = new HashMap<>();
        config.put("PILLID_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:" + proxy.port() + "/test?connectTimeout=2&socketTimeout=10");
        config.put("pillid.catalog.check-every", "1s");
        config.put("quarkus.datasource.jdbc.acquisition-timeout", "3S");
        return config;
    }

    @Override
    public void stop() {
        try {
            proxy.cut();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

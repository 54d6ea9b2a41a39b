package dev.pillid.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.nio.file.Path;
import java.util.Optional;

/** The service's own settings, under the prefix {@code pillid} (README: Configuration). */
@ConfigMapping(prefix = "pillid")
public interface PillIdConfig {

    Catalog catalog();

    Images images();

    /**
     * The address clients reach the service at, for absolute URLs in answers (for example
     * https://pills.example.org). When unset, URLs are built from the request.
     */
    Optional<String> publicBaseUrl();

    interface Catalog {
        /** Load the bundled demo catalog when the database holds no pill at all. */
        @WithDefault("true")
        boolean loadDemoWhenEmpty();
    }

    interface Images {
        /** Folder of pill photos served at /v1/images/{file}. */
        Optional<Path> dir();

        /** Where photos live when they are not served by this service; image references are appended to it. */
        Optional<String> baseUrl();
    }
}

package dev.pillid.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.runtime.configuration.MemorySizeConverter;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithConverter;
import io.smallrye.config.WithDefault;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The service's own settings, under the prefix {@code pillid} (README: Configuration). */
@ConfigMapping(prefix = "pillid")
public interface PillIdConfig {

    Catalog catalog();

    Images images();

    Imports imports();

    Sync sync();

    Answers answers();

    WarmUp warmUp();

    Cors cors();

    Searches searches();

    /**
     * Whether the service runs behind a reverse proxy or ingress: a client's address is then read
     * from X-Forwarded-For when the connection comes from a trusted proxy (dev.pillid.api.ClientAddress).
     */
    @WithDefault("false")
    boolean behindProxy();

    /** The address blocks of the proxies whose X-Forwarded-For is believed. */
    @WithDefault("127.0.0.0/8,::1,10.0.0.0/8,172.16.0.0/12,192.168.0.0/16,fc00::/7")
    List<String> trustedProxies();

    Http http();

    /**
     * The address clients reach the service at, for absolute URLs in answers (for example
     * https://pills.example.org). When unset, URLs are built from the request.
     */
    Optional<String> publicBaseUrl();

    interface Catalog {
        /**
         * Which bundled catalog ({@code data/<name>-catalog.json}) to load when the database holds
         * no pill at all: the RxImage pills, the demo records, or none.
         */
        @WithDefault("rximage")
        Bundled loadWhenEmpty();

        /** The catalogs that ship with the service. */
        enum Bundled {
            RXIMAGE, DEMO, NONE
        }

        /**
         * How often a replica checks whether another changed the catalog, or whether the database
         * is back; at least 1s, the scheduler's resolution.
         */
        @WithDefault("2s")
        Duration checkEvery();

        /**
         * Where the service keeps a copy of the catalog it last loaded, to serve when it starts
         * while the database is away.
         */
        @WithDefault("${java.io.tmpdir}/pillid-catalog-snapshot.json")
        Path snapshotFile();
    }

    interface Answers {
        /**
         * How much JSON of pills (MiB, counted as two bytes a character) search answers keep, so
         * that a pill shown again is not serialised again; when full, it is emptied and refilled.
         * 0 keeps none.
         */
        @WithDefault("64")
        int keptPillJsonMb();
    }

    interface WarmUp {
        /**
         * How long a starting service answers searches made from its own catalog before it
         * takes requests, so that the JIT has compiled the search and the JSON writing by then
         * (docs/operations.md). 0 (the default) starts without.
         */
        @WithDefault("0s")
        Duration duration();
    }

    interface Imports {
        /** Server-side folder whose files an import may name instead of uploading them. */
        Optional<Path> dir();

        /** Where uploaded files wait for their import; each is deleted when its import ends. */
        @WithDefault("${java.io.tmpdir}/pillid-imports")
        Path workDir();

        /** DailyMed's URL of a label's photo, with {setid} and {file} filled in for SPLIMAGE references. */
        @WithDefault("https://dailymed.nlm.nih.gov/dailymed/image.cfm?setid={setid}&name={file}")
        String splImageUrl();

        /**
         * The hosts an imported image reference may name in an https URL; any other reference must
         * be a plain file name, or its record is rejected. The SPL photo URL's host must be one.
         */
        @WithDefault("dailymed.nlm.nih.gov")
        Set<String> imageHosts();

        /**
         * The most bytes one zip entry may inflate to (a nested zip counts as an entry, and so
         * does a lone XML document): a file with a bigger one is refused.
         */
        @WithDefault("64M")
        @WithConverter(MemorySizeConverter.class)
        MemorySize maxEntrySize();

        /** The most bytes all the entries of one file, nested zips included, may inflate to. */
        @WithDefault("512M")
        @WithConverter(MemorySizeConverter.class)
        MemorySize maxInflatedSize();

        /** The most entries one file may hold, counting those of nested zips. */
        @WithDefault("1000")
        int maxEntries();

        /** The deepest one SPL document may nest its elements; a deeper one is rejected. */
        @WithDefault("256")
        int maxXmlDepth();

        /** The most elements one SPL document may have; a bigger one is rejected. */
        @WithDefault("1000000")
        int maxXmlElements();
    }

    /** The DailyMed sync (docs/imports.md: DailyMed sync). */
    interface Sync {
        /**
         * Where the update files are listed: DailyMed's page of SPL downloads, or a mirror. The
         * listing, its files and any redirect are fetched only from this URL's own scheme, host and
         * port, or over https from {@link #fileHosts()}.
         */
        @WithDefault("https://dailymed.nlm.nih.gov/dailymed/")
        String baseUrl();

        /** The listing's path under the base URL; {@code ./} for a mirror whose folder index is the listing. */
        @WithDefault("spl-resources-all-drug-labels.cfm")
        String listing();

        /** The hosts besides the base URL's that files may be downloaded from, over https only. */
        @WithDefault("dailymed-data.nlm.nih.gov")
        Set<String> fileHosts();

        /** Which update files a sync applies: daily, weekly, monthly (one of them, usually). */
        @WithDefault("daily")
        List<String> updates();

        /** When a sync runs by itself: a cron expression (Quarkus scheduler), or off. */
        @WithDefault("off")
        String schedule();

        /** Where downloads wait, partial ones included, until their import succeeds. */
        @WithDefault("${java.io.tmpdir}/pillid-sync")
        Path workDir();

        /** The largest listing read; a longer one fails the sync. */
        @WithDefault("4M")
        @WithConverter(MemorySizeConverter.class)
        MemorySize maxListingSize();

        /** The largest update file downloaded; a larger one fails the sync before it is read. */
        @WithDefault("1G")
        @WithConverter(MemorySizeConverter.class)
        MemorySize maxFileSize();

        /** How long opening a connection may take. */
        @WithDefault("10s")
        Duration connectTimeout();

        /** How long the server may leave a connection silent while it sends headers or body. */
        @WithDefault("30s")
        Duration readTimeout();

        /** How long one download may take in all, however steadily the bytes come. */
        @WithDefault("2h")
        Duration downloadTimeout();

        /** Update files never applied (a file DailyMed published broken), by name. */
        Optional<Set<String>> skipFiles();
    }

    interface Searches {
        /**
         * How many broad searches (an imprint with '?', or the look alone: dev.pillid.search.SearchCost)
         * run at once, on threads of their own; the other searches run on the worker pool beside them.
         * 0 (the default) is half the processors, at least one.
         */
        @WithDefault("0")
        int broadAtOnce();

        /**
         * The most of its time each of those threads spends searching, from above 0 to 1: after a
         * broad search it rests in proportion, so that broad searches leave processor time to the others.
         */
        @WithDefault("0.5")
        double broadShare();

        /** How many broad searches may wait for one of those threads; beyond that, a broad search answers 503. */
        @WithDefault("16")
        int broadWaiting();

        /**
         * How long a search refused for load (429 over the rate limit, 503 with the broad searches'
         * queue full) waits before it is answered, so that a client sending again at once is slowed.
         */
        @WithDefault("1s")
        Duration refusalPause();

        RateLimit rateLimit();
    }

    /** A token bucket per client address for searches and imprint suggestions. */
    interface RateLimit {
        /** The searches a second one client address may make on average; 0 turns the limit off. */
        @WithDefault("20")
        double perSecond();

        /** How many searches one client address may make at once after a pause (the bucket's size). */
        @WithDefault("40")
        int burst();

        /** The most client addresses tracked at once; addresses beyond it share one bucket. */
        @WithDefault("100000")
        int maxClients();
    }

    interface Http {
        /**
         * How long a client may take to send a request's line and headers: counted from the
         * connection's opening for its first request, and from the first byte of each later one.
         * A connection that takes longer is closed, so that clients sending a byte now and then
         * cannot hold connections open.
         */
        @WithDefault("10s")
        Duration headerTimeout();
    }

    interface Cors {
        /**
         * The origins whose pages may read the public API from a browser: "*" for any, or exact
         * origins (https://app.example.org). The admin and management paths allow none.
         */
        @WithDefault("*")
        List<String> origins();
    }

    interface Images {
        /** Folder of pill photos served at /v1/images/{file}. */
        Optional<Path> dir();

        /** Where photos live when they are not served by this service; image references are appended to it. */
        Optional<String> baseUrl();

        /**
         * Where renditions of photos ({@code /v1/images/{file}?width=N}) are kept once made. The
         * service only adds files here; emptying it costs no more than making them again.
         */
        @WithDefault("${java.io.tmpdir}/pillid-renditions")
        Path renditionDir();

        /**
         * The most pixels (width times height, as its header declares them) a photo may have for a
         * rendition to be made from it; a larger one is answered 422 without being decoded.
         */
        @WithDefault("40000000")
        long maxPixels();

        /** How many renditions are made at once, on threads of their own; 0 (the default) is half the processors, at least one. */
        @WithDefault("0")
        int renditionsAtOnce();

        /** How many renditions may wait to be made; beyond that, a request for a new one answers 503. */
        @WithDefault("256")
        int renditionsWaiting();

        /** How long a request waits for its rendition to be made before it answers 503. */
        @WithDefault("10s")
        Duration renditionWait();
    }
}

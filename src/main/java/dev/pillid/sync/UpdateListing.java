package dev.pillid.sync;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the files a listing offers. DailyMed's page of downloads
 * ({@code spl-resources-all-drug-labels.cfm}) gives each file as a link, and under it
 * "MD5 checksum: " and 32 hex digits; a mirror's folder index gives links only. A file's checksum
 * is the first one after its first link and before the next file's. A file linked more than once
 * (once by https, once by ftp) is one file, downloaded from its first link the service may fetch.
 */
final class UpdateListing {

    private static final Pattern LINK = Pattern.compile("href\\s*=\\s*(?:\"([^\"<>]{1,2000})\"|'([^'<>]{1,2000})')",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MD5 = Pattern.compile("MD5(?:\\s+checksum)?\\s*:?\\s*([0-9a-fA-F]{32})(?![0-9a-fA-F])",
            Pattern.CASE_INSENSITIVE);

    private UpdateListing() {
    }

    /**
     * @param page    the listing's text
     * @param listing where it was read from, for links relative to it
     * @param allowed the URLs the service may fetch
     */
    static List<UpdateFile> read(String page, URI listing, AllowedUrls allowed) {
        record Link(int start, int end, String name, URI url) {
        }
        List<Link> links = new ArrayList<>();
        Matcher m = LINK.matcher(page);
        while (m.find()) {
            String href = (m.group(1) != null ? m.group(1) : m.group(2)).trim().replace("&amp;", "&");
            URI url;
            try {
                url = listing.resolve(new URI(href));
            } catch (URISyntaxException | IllegalArgumentException e) {
                continue;
            }
            String path = url.getPath();
            if (path == null || path.isEmpty()) {
                continue;
            }
            String name = path.substring(path.lastIndexOf('/') + 1);
            if (UpdateFile.of(name, url, null).isPresent()) {
                links.add(new Link(m.start(), m.end(), name, url));
            }
        }
        Map<String, UpdateFile> files = new LinkedHashMap<>();
        for (int i = 0; i < links.size(); i++) {
            Link link = links.get(i);
            String key = link.name().toLowerCase(Locale.ROOT);
            UpdateFile known = files.get(key);
            boolean fetchable = allowed.permits(link.url());
            if (known == null) {
                int next = page.length();
                for (int j = i + 1; j < links.size(); j++) {
                    if (!links.get(j).name().equalsIgnoreCase(link.name())) {
                        next = links.get(j).start();
                        break;
                    }
                }
                Matcher md5 = MD5.matcher(page).region(link.end(), next);
                String checksum = md5.find() ? md5.group(1).toLowerCase(Locale.ROOT) : null;
                files.put(key, UpdateFile.of(link.name(), fetchable ? link.url() : null, checksum).orElseThrow());
            } else if (known.url() == null && fetchable) {
                files.put(key, known.withUrl(link.url()));
            }
        }
        return List.copyOf(files.values());
    }
}

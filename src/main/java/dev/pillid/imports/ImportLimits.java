package dev.pillid.imports;

import dev.pillid.config.PillIdConfig;

/**
 * How much one import file may make the service read: bytes inflated per zip entry (or per lone
 * XML document) and in all, entries, and the depth and size of one XML document. A file over a
 * byte or entry limit is refused; a document over a depth or element limit is rejected.
 */
public record ImportLimits(long maxEntryBytes, long maxInflatedBytes, int maxEntries, int maxXmlDepth, int maxXmlElements) {

    public static ImportLimits of(PillIdConfig.Imports config) {
        return new ImportLimits(config.maxEntrySize().asLongValue(), config.maxInflatedSize().asLongValue(),
                config.maxEntries(), config.maxXmlDepth(), config.maxXmlElements());
    }
}

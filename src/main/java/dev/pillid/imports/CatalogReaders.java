package dev.pillid.imports;

import dev.pillid.catalog.Vocabularies;

/** The reader of each import format. */
public final class CatalogReaders {

    private CatalogReaders() {
    }

    /**
     * @param splImageUrl where an SPL label's photo is, with {setid} and {file} to fill in
     * @param limits      how much one file may inflate to, and how deep and large one XML document may be
     */
    public static CatalogReader of(ImportFormat format, Vocabularies vocabularies, String splImageUrl, ImportLimits limits) {
        CodedValues coded = new CodedValues(vocabularies);
        return switch (format) {
            case PILLBOX -> new PillboxReader(coded);
            case SPL -> new SplReader(coded, splImageUrl, limits);
            case RXIMAGE -> new RxImageReader(coded);
        };
    }
}

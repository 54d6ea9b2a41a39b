package dev.pillid.imports;

import dev.pillid.catalog.PillRecord;

/** Where a reader puts what it reads: pill records, and the records it could not take, with why. */
public interface ImportSink {

    void accept(PillRecord entry);

    /**
     * @param where  the line, product or document, as a person would look it up ("line 12", "c6e1...:0071-0155")
     * @param reason why it was not taken, in words
     */
    void reject(String where, String reason);
}

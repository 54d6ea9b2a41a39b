package dev.pillid.imports;

import dev.pillid.catalog.PillRecord;

/** Where a reader puts what it reads: pill records, and the records it could not take, with why. */
public interface ImportSink {

    /** @throws RejectedRecordException when the record cannot be taken as it is, for the reader to reject it where it is */
    void accept(PillRecord entry);

    /**
     * @param where  the line, product or document, as a person would look it up ("line 12", "c6e1...:0071-0155")
     * @param reason why it was not taken, in words; the sink cuts both short
     */
    void reject(String where, String reason);
}

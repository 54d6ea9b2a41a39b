package dev.pillid.imports;

/** One record cannot be taken; the reader reports it and goes on. */
class RejectedRecordException extends RuntimeException {

    RejectedRecordException(String reason) {
        super(reason, null, false, false);
    }
}

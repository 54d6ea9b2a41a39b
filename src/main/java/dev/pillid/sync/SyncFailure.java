package dev.pillid.sync;

/** Why a sync could not take a file (or its listing), in words for the operator. */
class SyncFailure extends Exception {

    SyncFailure(String message) {
        super(message, null, false, false);
    }
}

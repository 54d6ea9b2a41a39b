package dev.pillid.sync;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.sql.SQLException;

/**
 * Starts a sync on the schedule {@code pillid.sync.schedule}, a cron expression; "off" (the
 * default) never does. Every replica ticks, and the sync lock lets one of them run.
 */
@ApplicationScoped
class SyncSchedule {

    private static final Logger LOG = Logger.getLogger(SyncSchedule.class);

    private final SyncService sync;

    SyncSchedule(SyncService sync) {
        this.sync = sync;
    }

    @Scheduled(identity = "dailymed-sync", cron = "${pillid.sync.schedule}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        try {
            SyncRun run = sync.start("schedule", null);
            LOG.infof("scheduled sync %s started", run.id());
        } catch (SyncService.AlreadyRunning e) {
            LOG.debug("scheduled sync not started: one is already running");
        } catch (SQLException | RuntimeException e) {
            LOG.warnf("scheduled sync not started: %s", e.getMessage());
        }
    }
}

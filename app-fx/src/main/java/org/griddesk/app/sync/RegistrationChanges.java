package org.griddesk.app.sync;

import java.time.Duration;
import javafx.application.Platform;
import org.griddesk.app.registrations.RegistrationsChangedEvent;
import org.griddesk.app.ui.EventBus;
import org.griddesk.app.ui.Session;
import org.griddesk.core.access.Operator;
import org.griddesk.core.registrations.RegistrationService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registrations have no change feed of their own: once per window a daemon thread asks every few seconds for their
 * change mark (one primary-key look-up) and, when it moved, tells «Регистрации» on the FX thread — quietly, not as a
 * task in the status bar.
 */
public final class RegistrationChanges implements AutoCloseable {
    static final Duration EVERY = Duration.ofSeconds(2);
    private static final Logger LOG = LoggerFactory.getLogger(RegistrationChanges.class);

    private final RegistrationService registrations;
    private final Session session;
    private final EventBus events;
    private final PeriodicJob job;
    private long seen = -1;

    public RegistrationChanges(RegistrationService registrations, Session session, EventBus events) {
        this.registrations = registrations;
        this.session = session;
        this.events = events;
        this.job = new PeriodicJob("griddesk-registration-changes", this::look);
    }

    public void start() {
        job.start(EVERY, EVERY);
    }

    private void look() {
        Operator operator = session.operator();
        if (operator == null) {
            return;
        }
        try {
            long mark = registrations.changeMark(operator);
            // The first look tells too: what changed between the queue's first load and this look is not lost.
            if (mark != seen) {
                Platform.runLater(() -> events.publish(new RegistrationsChangedEvent()));
            }
            seen = mark;
        } catch (RuntimeException e) {
            // A database away is the connection banner's to tell; the next round asks again.
            LOG.debug("Registration changes not read: {}", e.getMessage());
        }
    }

    @Override
    public void close() {
        job.close();
    }
}

package org.griddesk.app.shell;

import org.griddesk.app.about.AboutGridDesk;
import org.griddesk.app.accounts.RetailServices;
import org.griddesk.app.cases.QueueServices;
import org.griddesk.core.reports.ReportService;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.griddesk.app.admin.AdminScreenServices;
import org.griddesk.app.cases.CaseScreenServices;
import org.griddesk.app.ui.TaskCancellation;
import org.griddesk.core.changes.ChangeFeed;
import org.griddesk.core.notifications.OutboxService;
import org.griddesk.core.operators.AuthenticationService;
import org.griddesk.core.preferences.PreferenceService;
import org.griddesk.core.registrations.RegistrationService;

/**
 * What the window needs once the application context has started: logging in, the services of each tab,
 * other workstations' changes and whether the database answers. {@code idleLockAfter} zero: never lock.
 * {@code queryCancellation} stops a superseded load's query in the database; {@code preferences} keep each
 * operator's table layouts; {@code queue} assigns, schedules and exports the queue; {@code reports} are the
 * supervisor's; {@code retail} the energy-retail tabs'; {@code about} is what «О программе» shows.
 */
public record Workplace(AuthenticationService authentication, CaseScreenServices cases,
                        RegistrationService registrations, OutboxService outbox, AdminScreenServices administration,
                        ChangeFeed changes, BooleanSupplier databaseReachable, Duration idleLockAfter,
                        TaskCancellation queryCancellation, PreferenceService preferences, QueueServices queue,
                        ReportService reports, RetailServices retail, AboutGridDesk about) {
}

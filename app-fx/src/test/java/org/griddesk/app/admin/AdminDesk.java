package org.griddesk.app.admin;

import org.griddesk.core.access.AccessControl;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.griddesk.app.html.JsoupHtmlSanitizer;
import org.griddesk.app.testing.RecordingDialogService;
import org.griddesk.app.testing.TestGridDesk;
import org.griddesk.app.ui.EventBus;
import org.griddesk.app.ui.Session;
import org.griddesk.app.ui.UiContext;
import org.griddesk.app.ui.FxTaskExecutor;
import org.griddesk.app.ui.TaskExecutor;
import org.griddesk.core.audit.AuditTrail;
import org.griddesk.core.common.Transactions;
import org.griddesk.core.access.Operator;
import org.griddesk.core.settings.DictionaryService;
import org.griddesk.core.settings.OrganisationSettingsService;
import org.griddesk.persistence.settings.JooqDictionaries;
import org.griddesk.persistence.settings.JooqOrganisationSettings;
import org.jooq.DSLContext;

/** The administration services over a demo database, with an audit trail that only records, and workstations. */
final class AdminDesk {
    record Audited(String login, String action, String subject, String before, String after) {
    }

    record Workstation(UiContext ui, RecordingDialogService dialogs) {
    }

    final List<Audited> audited = new CopyOnWriteArrayList<>();
    final DictionaryService dictionaries;
    final OrganisationSettingsService settings;
    private final TestGridDesk grid;

    AdminDesk(TestGridDesk grid) {
        this.grid = grid;
        AuditTrail audit = (actor, action, subject, before, after) ->
                audited.add(new Audited(actor.login(), action, subject, before, after));
        DSLContext dsl = grid.bean(DSLContext.class);
        Transactions transactions = grid.bean(Transactions.class);
        dictionaries = new DictionaryService(new JooqDictionaries(dsl), audit, transactions, Clock.systemDefaultZone(), AccessControl.asGiven());
        settings = new OrganisationSettingsService(new JooqOrganisationSettings(dsl), new JsoupHtmlSanitizer(), audit,
                transactions, AccessControl.asGiven());
    }

    Operator admin() {
        return grid.authentication().logIn("admin", "Admin-2026!".toCharArray());
    }

    Workstation workstation(Operator operator) {
        RecordingDialogService dialogs = new RecordingDialogService();
        Session session = new Session();
        session.logIn(operator);
        return new Workstation(new UiContext(new FxTaskExecutor(dialogs::showError), dialogs, new EventBus(), session),
                dialogs);
    }
}

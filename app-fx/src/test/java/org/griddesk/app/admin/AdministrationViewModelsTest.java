package org.griddesk.app.admin;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import org.griddesk.app.testing.Fx;
import org.griddesk.app.testing.RecordingDialogService;
import org.griddesk.app.testing.TestGridDesk;
import org.griddesk.app.ui.EventBus;
import org.griddesk.app.ui.Session;
import org.griddesk.app.ui.UiContext;
import org.griddesk.app.ui.FxTaskExecutor;
import org.griddesk.app.ui.TaskExecutor;
import org.griddesk.core.audit.AuditService;
import org.griddesk.core.cases.CaseQuery;
import org.griddesk.core.access.Operator;
import org.griddesk.core.operators.OperatorAdministration;
import org.griddesk.core.operators.OperatorListing;
import org.griddesk.core.access.Role;
import org.griddesk.core.reports.CsvTables;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The administrator's screens on a real demo database, without a window. */
class AdministrationViewModelsTest {
    @TempDir
    static Path home;
    private static TestGridDesk grid;
    private static Operator admin;

    @BeforeAll
    static void start() {
        Fx.startToolkit();
        grid = TestGridDesk.demo(home);
        admin = grid.authentication().logIn("admin", "Admin-2026!".toCharArray());
    }

    @AfterAll
    static void stop() {
        grid.close();
    }

    private static UiContext ui(RecordingDialogService dialogs) {
        Session session = new Session();
        session.logIn(admin);
        return new UiContext(new FxTaskExecutor(dialogs::showError), dialogs, new EventBus(), session);
    }

    @Test
    void createsAnOperatorWhoMustChangeTheOneTimePassword() {
        RecordingDialogService dialogs = new RecordingDialogService();
        OperatorsViewModel model = new OperatorsViewModel(grid.bean(OperatorAdministration.class), ui(dialogs));
        Fx.run(model::load);
        Fx.waitUntil("operators loaded", () -> model.operators().size() >= 4);

        Fx.run(() -> model.create(new OperatorForm("sokolova", "Соколова Анна Игоревна", EnumSet.of(Role.CLERK), true, true),
                (form, reason) -> dialogs.showError("Пользователь не создан", reason)));
        Fx.waitUntil("created", () -> model.operators().stream().anyMatch(o -> o.operator().login().equals("sokolova")));
        String info = dialogs.infos().getFirst();
        String oneTime = info.substring(info.indexOf("пароль: ") + 8, info.indexOf('\n'));
        Operator created = grid.authentication().logIn("sokolova", oneTime.toCharArray());
        assertThat(created.mustChangePassword()).isTrue();
        assertThat(created.canSignForOrganisation()).isTrue();

        OperatorForm duplicate = new OperatorForm("sokolova", "Другая", Set.of(Role.CLERK), false, true);
        java.util.List<OperatorForm> givenBack = new java.util.concurrent.CopyOnWriteArrayList<>();
        Fx.run(() -> model.create(duplicate, (form, reason) -> {
            givenBack.add(form);
            dialogs.showError("Пользователь не создан", reason);
        }));
        Fx.waitUntil("duplicate refused", () -> !dialogs.errors().isEmpty());
        assertThat(dialogs.errors().getFirst()).contains("«sokolova» уже занято");
        assertThat(givenBack).as("what was typed comes back for the dialog").containsExactly(duplicate);
    }

    @Test
    void theLastAdministratorCannotBeDisabledAndTheFormComesBack() {
        RecordingDialogService dialogs = new RecordingDialogService();
        OperatorsViewModel model = new OperatorsViewModel(grid.bean(OperatorAdministration.class), ui(dialogs));
        OperatorForm disabling = new OperatorForm("admin", admin.fullName(), Set.of(Role.ADMIN), false, false);
        java.util.List<String> reasons = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.List<OperatorForm> givenBack = new java.util.concurrent.CopyOnWriteArrayList<>();
        Fx.run(() -> model.update(new OperatorListing(admin, 0, null), disabling, (form, reason) -> {
            givenBack.add(form);
            reasons.add(reason);
        }));
        Fx.waitUntil("refused", () -> !reasons.isEmpty());
        assertThat(reasons.getFirst()).contains("последнего администратора");
        assertThat(givenBack).as("the dialog opens again with what was typed").containsExactly(disabling);
        assertThat(dialogs.errors()).isEmpty();
    }

    @Test
    void theAuditTrailShowsOpeningsExportsCsvAndIsIntact(@TempDir Path folder) throws Exception {
        Operator clerk = grid.clerk();
        long caseId = grid.caseService().find(clerk, CaseQuery.firstPage()).rows().getFirst().id();
        grid.caseService().open(clerk, caseId);

        RecordingDialogService dialogs = new RecordingDialogService();
        AuditTrailViewModel model = new AuditTrailViewModel(grid.bean(AuditService.class), grid.bean(CsvTables.class), ui(dialogs));
        Fx.run(() -> {
            model.actorProperty().set("clerk");
            model.textProperty().set("персональных данных");
            model.search();
        });
        Fx.waitUntil("found", () -> !model.records().isEmpty());
        assertThat(model.records()).allMatch(record -> record.actor().contains("(clerk)"));

        Path csv = folder.resolve("audit.csv");
        dialogs.chooseFile(csv);
        Fx.run(model::exportCsv);
        Fx.waitUntil("exported", () -> model.statusProperty().get().startsWith("Выгружено"));
        String content = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(content).startsWith("\uFEFF№;Когда;Кто;Действие;Объект;Было;Стало;Хэш предыдущей;Хэш")
                .contains("Просмотр обращения и персональных данных заявителя");

        Fx.run(model::verify);
        Fx.waitUntil("verified", () -> model.statusProperty().get().startsWith("Журнал аудита"));
        assertThat(model.statusProperty().get()).startsWith("Журнал аудита цел");
    }
}

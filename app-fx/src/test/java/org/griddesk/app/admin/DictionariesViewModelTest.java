package org.griddesk.app.admin;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.griddesk.app.testing.Fx;
import org.griddesk.app.testing.TestGridDesk;
import org.griddesk.core.cases.CaseCard;
import org.griddesk.core.cases.CaseQuery;
import org.griddesk.core.cases.CaseSortColumn;
import org.griddesk.core.cases.CaseStatuses;
import org.griddesk.core.cases.StatusCount;
import org.griddesk.core.access.Operator;
import org.griddesk.core.settings.Dictionary;
import org.griddesk.core.settings.DictionaryEntry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class DictionariesViewModelTest {
    @TempDir
    static Path home;
    private static TestGridDesk grid;
    private static AdminDesk desk;

    @BeforeAll
    static void start() {
        Fx.startToolkit();
        grid = TestGridDesk.demo(home);
        desk = new AdminDesk(grid);
    }

    @AfterAll
    static void stop() {
        grid.close();
    }

    private record Opened(DictionariesViewModel model, AdminDesk.Workstation workstation) {
        List<String> errors() {
            return workstation.dialogs().errors();
        }
    }

    private static Opened open(Dictionary dictionary) {
        AdminDesk.Workstation workstation = desk.workstation(desk.admin());
        DictionariesViewModel model = Fx.call(() -> new DictionariesViewModel(desk.dictionaries, workstation.ui()));
        Fx.run(() -> {
            model.dictionaryProperty().set(dictionary);
            model.activate();
        });
        Fx.waitUntil("dictionary loaded", () -> !model.entries().isEmpty());
        return new Opened(model, workstation);
    }

    private static DictionaryEntry entry(DictionariesViewModel model, String name) {
        return Fx.call(() -> model.entries().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow());
    }

    @Test
    void showsStatusesWithTheOnesClerksTypedThenTheDocumentNames() {
        Opened opened = open(Dictionary.CASE_STATUSES);
        assertThat(Fx.call(() -> List.copyOf(opened.model().entries()))).extracting(DictionaryEntry::name)
                .containsAll(CaseStatuses.SEEDED);
        Fx.waitUntil("typed statuses", () -> opened.model().freeTextStatuses().stream()
                .anyMatch(status -> status.status().equals("Ожидание оплаты счёта")));

        Fx.run(() -> opened.model().dictionaryProperty().set(Dictionary.DOCUMENT_NAMES));
        Fx.waitUntil("document names", () -> opened.model().entries().stream()
                .anyMatch(e -> e.name().equals("Акт допуска прибора учёта")));
        assertThat(Fx.call(() -> opened.model().freeTextStatuses().isEmpty())).isTrue();
        assertThat(opened.errors()).isEmpty();
    }

    @Test
    void addsRenamesMovesAndRetiresDocumentNames() {
        Opened opened = open(Dictionary.DOCUMENT_NAMES);
        DictionariesViewModel model = opened.model();
        Fx.run(() -> model.newNameProperty().set("Договор энергоснабжения"));
        Fx.run(model::add);
        Fx.waitUntil("added", () -> model.noticeProperty().get().equals("Добавлено: «Договор энергоснабжения»"));
        assertThat(Fx.call(() -> model.newNameProperty().get())).isEmpty();
        assertThat(Fx.call(() -> model.entries().getLast().name())).isEqualTo("Договор энергоснабжения");

        Fx.run(() -> model.rename(entry(model, "Договор энергоснабжения"), "Договор энергоснабжения (проект)"));
        Fx.waitUntil("renamed", () -> model.noticeProperty().get().startsWith("Переименовано"));
        Fx.run(() -> model.moveUp(entry(model, "Договор энергоснабжения (проект)")));
        Fx.waitUntil("moved", () -> model.noticeProperty().get().equals("Порядок изменён"));
        List<String> names = Fx.call(() -> model.entries().stream().map(DictionaryEntry::name).toList());
        assertThat(names.get(names.size() - 2)).isEqualTo("Договор энергоснабжения (проект)");

        Fx.run(() -> model.retire(entry(model, "Договор энергоснабжения (проект)")));
        Fx.waitUntil("retired", () -> !entry(model, "Договор энергоснабжения (проект)").active());
        assertThat(desk.dictionaries.activeDocumentNames()).doesNotContain("Договор энергоснабжения (проект)");
        assertThat(desk.audited).extracting(AdminDesk.Audited::action)
                .contains("Добавление в справочник", "Переименование в справочнике", "Изменение порядка справочника",
                        "Вывод из употребления");
        assertThat(opened.errors()).isEmpty();
    }

    @Test
    void promotesAStatusAClerkTyped() {
        Operator clerk = grid.clerk();
        CaseCard card = grid.caseService().open(clerk, grid.caseService().find(clerk, new CaseQuery(
                Set.of(CaseStatuses.INITIAL), null, null, null, null, CaseSortColumn.CREATED, true, 0, 1)).rows().getFirst().id());
        grid.caseService().saveStatusAndNumber(clerk, card.id(), card.version(), "Ждём выезда инспектора",
                card.registrationNumber());
        Opened opened = open(Dictionary.CASE_STATUSES);
        Fx.waitUntil("typed status listed", () -> opened.model().freeTextStatuses().stream()
                .anyMatch(status -> status.status().equals("Ждём выезда инспектора")));
        StatusCount typed = Fx.call(() -> opened.model().freeTextStatuses().stream()
                .filter(s -> s.status().equals("Ждём выезда инспектора")).findFirst().orElseThrow());

        Fx.run(() -> opened.model().promote(typed));

        Fx.waitUntil("promoted", () -> opened.model().freeTextStatuses().stream().noneMatch(s -> s.equals(typed))
                && opened.model().entries().getLast().name().equals("Ждём выезда инспектора"));
        assertThat(grid.caseService().statusDictionary()).contains("Ждём выезда инспектора");
        assertThat(opened.errors()).isEmpty();
    }

    @Test
    void theSecondOfTwoAdministratorsIsToldAndSeesTheNewerList() {
        Opened first = open(Dictionary.DOCUMENT_NAMES);
        Opened second = open(Dictionary.DOCUMENT_NAMES);
        DictionaryEntry seen = entry(second.model(), "Запрос недостающих документов");

        Fx.run(() -> first.model().rename(entry(first.model(), "Запрос недостающих документов"), "Запрос документов"));
        Fx.waitUntil("first renamed", () -> first.model().noticeProperty().get().startsWith("Переименовано"));
        Fx.run(() -> second.model().retire(seen));
        Fx.waitUntil("second refused", () -> !second.errors().isEmpty());

        assertThat(second.errors()).singleElement().asString()
                .startsWith("Справочник изменён другим администратором: Справочник уже изменён другим администратором");
        Fx.waitUntil("second reloaded", () -> second.model().entries().stream()
                .anyMatch(e -> e.name().equals("Запрос документов") && e.active()));
    }

    @Test
    void aClerkIsRefusedByTheServiceWhateverTheScreenShows() {
        AdminDesk.Workstation clerk = desk.workstation(grid.clerk());
        DictionariesViewModel model = Fx.call(() -> new DictionariesViewModel(desk.dictionaries, clerk.ui()));
        Fx.run(model::activate);
        Fx.waitUntil("refused", () -> model.noticeProperty().get().startsWith("Недостаточно прав"));
        Fx.run(() -> {
            model.newNameProperty().set("Статус специалиста");
            model.add();
        });
        Fx.waitUntil("add refused", () -> !clerk.dialogs().errors().isEmpty());
        assertThat(clerk.dialogs().errors().getFirst()).contains("Недостаточно прав: управление операторами");
        assertThat(grid.caseService().statusDictionary()).doesNotContain("Статус специалиста");
    }
}

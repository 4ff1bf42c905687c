package org.griddesk.app.cases;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.griddesk.app.testing.Fx;
import org.griddesk.app.testing.RecordingDialogService;
import org.griddesk.app.testing.TestGridDesk;
import org.griddesk.app.ui.EventBus;
import org.griddesk.app.ui.Session;
import org.griddesk.app.ui.UiContext;
import org.griddesk.app.ui.FxTaskExecutor;
import org.griddesk.app.ui.TaskExecutor;
import org.griddesk.core.cases.CaseQuery;
import org.griddesk.core.cases.CaseService;
import org.griddesk.core.cases.CaseSortColumn;
import org.griddesk.core.cases.CaseStatuses;
import org.griddesk.core.cases.CaseSummary;
import org.griddesk.core.cases.DocumentItem;
import org.griddesk.core.cases.MessageItem;
import org.griddesk.core.cases.Side;
import org.griddesk.core.cases.TimelineItem;
import org.griddesk.core.access.Operator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class CaseCardViewModelTest {
    @TempDir
    static Path home;
    private static TestGridDesk app;
    private static CaseService cases;
    private static Operator clerk;
    private static List<CaseSummary> freshCases;
    private static int nextCase;

    @BeforeAll
    static void start() {
        Fx.startToolkit();
        app = TestGridDesk.demo(home);
        cases = app.caseService();
        clerk = app.clerk();
        freshCases = cases.find(clerk, new CaseQuery(Set.of(CaseStatuses.INITIAL), null, null, null, null,
                CaseSortColumn.CREATED, true, 0, 50)).rows();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private record Workstation(CaseCardViewModel model, RecordingDialogService dialogs, List<Object> events) {
    }

    /** A workstation with the card of {@code caseId} open and loaded. */
    private static Workstation open(long caseId) {
        RecordingDialogService dialogs = new RecordingDialogService();
        Session session = new Session();
        session.logIn(clerk);
        EventBus events = new EventBus();
        List<Object> published = new ArrayList<>();
        events.subscribe(Object.class, published::add);
        UiContext ui = new UiContext(new FxTaskExecutor(dialogs::showError), dialogs, events, session);
        CaseCardViewModel model = Fx.call(() -> new CaseCardViewModel(caseId, app.bean(CaseScreenServices.class), ui));
        Fx.run(model::activate);
        Fx.waitUntil("card loaded", () -> model.cardProperty().get() != null && !model.header().statusOptions().isEmpty()
                && !model.timeline().items().isEmpty());
        return new Workstation(model, dialogs, published);
    }

    private static long anotherFreshCase() {
        return freshCases.get(nextCase++).id();
    }

    @Test
    void showsTheCaseAndItsApplicantTimeline() {
        Workstation w = open(anotherFreshCase());
        assertThat(Fx.call(() -> w.model().header().statusProperty().get())).isEqualTo(CaseStatuses.INITIAL);
        assertThat(Fx.call(() -> w.model().tabTitleProperty().get())).isEqualTo("Обращение без номера");
        assertThat(Fx.call(() -> w.model().header().statusOptions())).containsAll(CaseStatuses.SEEDED);
        List<TimelineItem> timeline = Fx.call(() -> List.copyOf(w.model().timeline().items()));
        assertThat(timeline).isNotEmpty().allMatch(item -> item.side() == Side.APPLICANT);
        assertThat(timeline).noneMatch(item -> Fx.call(() -> w.model().timeline().canDelete(item)));
    }

    @Test
    void savesStatusAndSuggestedNumberAndKeepsHistory() {
        long caseId = anotherFreshCase();
        Workstation w = open(caseId);
        Fx.run(w.model().header()::suggestRegistrationNumber);
        Fx.waitUntil("number suggested", () -> !w.model().header().registrationNumberProperty().get().isEmpty());
        String number = Fx.call(() -> w.model().header().registrationNumberProperty().get());
        assertThat(Long.parseLong(number)).isGreaterThan(1000);
        Fx.run(() -> w.model().header().statusProperty().set("Подготовка оферты договора"));
        assertThat(Fx.call(() -> w.model().header().dirtyBinding().get())).isTrue();

        Fx.run(w.model().header()::save);
        Fx.waitUntil("saved", () -> "Сохранено".equals(w.model().noticeProperty().get()));

        assertThat(Fx.call(() -> w.model().tabTitleProperty().get())).isEqualTo("№ " + number);
        assertThat(Fx.call(() -> w.model().header().dirtyBinding().get())).isFalse();
        assertThat(Fx.call(() -> List.copyOf(w.model().timeline().history()))).extracting(change -> change.what())
                .contains("Текущий статус", "Регистрационный номер");
        assertThat(w.events()).contains(new CaseChangedEvent(caseId));
        assertThat(cases.open(clerk, caseId).registrationNumber()).isEqualTo(number);
    }

    @Test
    void aDuplicateNumberIsRefusedWithAClearMessage() {
        Workstation first = open(anotherFreshCase());
        Fx.run(() -> first.model().header().registrationNumberProperty().set("ДУБЛЬ-1"));
        Fx.run(first.model().header()::save);
        Fx.waitUntil("first saved", () -> "Сохранено".equals(first.model().noticeProperty().get()));

        Workstation second = open(anotherFreshCase());
        Fx.run(() -> second.model().header().registrationNumberProperty().set("ДУБЛЬ-1"));
        Fx.run(second.model().header()::save);
        Fx.waitUntil("refused", () -> !second.dialogs().errors().isEmpty());
        assertThat(second.dialogs().errors().getFirst()).contains("«ДУБЛЬ-1» уже присвоен другому обращению");
        assertThat(Fx.call(() -> second.model().header().dirtyBinding().get())).as("the clerk's input stays").isTrue();
    }

    @Test
    void theSecondOfTwoClerksIsToldAndSeesTheNewerData() {
        long caseId = anotherFreshCase();
        Workstation first = open(caseId);
        Workstation second = open(caseId);
        Fx.run(() -> first.model().header().statusProperty().set("Заявка на рассмотрении сетевой организацией"));
        Fx.run(() -> second.model().header().statusProperty().set("Запрос отсутствующих документов или сведений"));

        Fx.run(first.model().header()::save);
        Fx.waitUntil("first saved", () -> "Сохранено".equals(first.model().noticeProperty().get()));
        Fx.run(second.model().header()::save);
        Fx.waitUntil("second refused", () -> second.model().noticeProperty().get().startsWith("Не сохранено"));

        assertThat(second.dialogs().errors()).singleElement().asString().contains("уже изменено другим пользователем");
        assertThat(Fx.call(() -> second.model().header().statusProperty().get())).isEqualTo("Заявка на рассмотрении сетевой организацией");
        assertThat(Fx.call(() -> second.model().noticeProperty().get())).contains("Запрос отсутствующих документов или сведений");
        assertThat(cases.open(clerk, caseId).status()).isEqualTo("Заявка на рассмотрении сетевой организацией");
    }

    @Test
    void aFileOverFiftyMegabytesIsRefusedBeforeUpload(@TempDir Path folder) throws Exception {
        long caseId = anotherFreshCase();
        Workstation w = open(caseId);
        Path big = folder.resolve("big.pdf");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(CaseService.MAX_DOCUMENT_BYTES + 1);
        }
        int before = cases.open(clerk, caseId).timeline().size();
        Fx.run(() -> w.model().timeline().addDocument(new DocumentToAdd(big, "Архив", null, false)));
        assertThat(w.dialogs().errors()).singleElement().asString().contains("Максимальный размер файла 50 МБ");
        assertThat(cases.open(clerk, caseId).timeline()).hasSize(before);
    }

    @Test
    void addsDownloadsAndDeletesAnOrganisationDocument(@TempDir Path folder) throws Exception {
        long caseId = anotherFreshCase();
        Workstation w = open(caseId);
        Path offer = Files.writeString(folder.resolve("Оферта.pdf"), "%PDF-1.7 оферта");
        Fx.run(() -> w.model().timeline().addDocument(new DocumentToAdd(offer, "Оферта договора о технологическом присоединении",
                "Подпишите", true)));
        Fx.waitUntil("document added", () -> w.model().timeline().items().getFirst() instanceof DocumentItem d
                && d.fileName().equals("Оферта.pdf"));
        DocumentItem added = (DocumentItem) Fx.call(() -> w.model().timeline().items().getFirst());
        assertThat(added.requiresTwoSidedSignature()).isTrue();
        assertThat(Fx.call(() -> w.model().timeline().canDelete(added))).isTrue();

        Path copy = folder.resolve("copy.pdf");
        w.dialogs().chooseFile(copy);
        Fx.run(() -> w.model().timeline().download(added));
        Fx.waitUntil("downloaded", () -> w.model().noticeProperty().get().startsWith("Файл сохранён"));
        assertThat(Files.readString(copy)).isEqualTo("%PDF-1.7 оферта");

        w.dialogs().answerConfirmation(false);
        Fx.run(() -> w.model().timeline().delete(added));
        assertThat(cases.open(clerk, caseId).timeline()).contains(added);
        Fx.run(() -> w.model().timeline().delete(added));
        Fx.waitUntil("deleted", () -> !w.model().timeline().items().contains(added));
        assertThat(cases.open(clerk, caseId).history()).extracting(change -> change.what()).contains("Удалено: документ");
    }

    @Test
    void messagesAreStoredSanitised() {
        long caseId = anotherFreshCase();
        Workstation w = open(caseId);
        Fx.run(() -> w.model().timeline().addMessage("<p onclick=\"steal()\">Добрый день, <b>заявка принята</b></p>"
                + "<script>alert(1)</script>", reason -> w.dialogs().showError("Сообщение не добавлено", reason)));
        Fx.waitUntil("message added", () -> w.model().timeline().items().getFirst() instanceof MessageItem m
                && m.side() == Side.ORGANISATION);
        MessageItem message = (MessageItem) Fx.call(() -> w.model().timeline().items().getFirst());
        assertThat(message.html()).contains("<b>заявка принята</b>").doesNotContain("script", "onclick");

        Fx.run(() -> w.model().timeline().addMessage("<p> </p><script>x</script>",
                reason -> w.dialogs().showError("Сообщение не добавлено", reason)));
        Fx.waitUntil("empty refused", () -> !w.dialogs().errors().isEmpty());
        assertThat(w.dialogs().errors().getFirst()).contains("Введите текст сообщения");
    }
}

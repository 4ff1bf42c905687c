package org.griddesk.app.registrations;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.griddesk.app.ui.View;
import org.griddesk.core.registrations.Consents;
import org.griddesk.core.registrations.Duplicate;
import org.griddesk.core.registrations.Registration;
import org.griddesk.core.registrations.RegistrationCard;
import org.griddesk.core.registrations.RegistrationChange;
import org.griddesk.core.registrations.RegistrationField;
import org.griddesk.core.registrations.RegistrationProblem;
import org.griddesk.core.registrations.RequiredFields;

/**
 * The selected registration: every field of its type with its check, consents, confirmations, duplicates as
 * links and the history. Rebuilt from the card each time; the action buttons live in {@link RegistrationsView}.
 */
final class RegistrationDetailView implements View {
    private final VBox content = new VBox(10);
    private final ScrollPane root = new ScrollPane(content);
    private final VBox duplicates = new VBox(2);
    private final Consumer<Duplicate> openDuplicate;

    RegistrationDetailView(Consumer<Duplicate> openDuplicate) {
        this.openDuplicate = openDuplicate;
        content.setId("registration-detail");
        content.setPadding(new Insets(12));
        content.getStyleClass().add("registration-detail");
        duplicates.setId("registration-duplicates");
        root.setFitToWidth(true);
        show(null);
    }

    void show(RegistrationCard card) {
        duplicates.getChildren().clear();
        if (card == null) {
            Label empty = new Label("Выберите регистрацию в списке слева");
            empty.getStyleClass().add("field-caption");
            content.getChildren().setAll(empty, duplicates);
            return;
        }
        Registration registration = card.registration();
        Label title = new Label(registration.displayName());
        title.getStyleClass().add("case-title");
        title.setWrapText(true);
        Label subtitle = new Label("Регистрация №" + registration.id() + " · " + registration.type().title()
                + " · " + registration.state().title()
                + (registration.stateReason() == null ? "" : ". Причина: " + registration.stateReason()));
        subtitle.setWrapText(true);
        content.getChildren().setAll(title, subtitle,
                section("Данные регистрации"), fields(card),
                section("Согласия"), consents(card),
                section("Подтверждение и активация"), confirmations(card));
        List<RegistrationProblem> other = card.problems().stream().filter(problem -> problem.field() == null
                || problem.field() == RegistrationField.ACTIVATION).toList();
        other.forEach(problem -> content.getChildren().add(problemLabel(problem)));
        content.getChildren().addAll(section("Совпадения"), duplicates);
        fillDuplicates(card.duplicates());
        content.getChildren().addAll(section("История"), history(card.history()));
    }

    private Node fields(RegistrationCard card) {
        GridPane grid = grid();
        Registration registration = card.registration();
        int row = 0;
        for (RegistrationField field : shownFields(registration)) {
            String value = registration.form().value(field);
            grid.addRow(row++, caption(field.titleFor(registration.type())),
                    new Label(value == null || value.isBlank() ? "—" : value), check(card, field));
        }
        return grid;
    }

    /** The type's required fields, then any other field the applicant filled (a contact person, say). */
    private static List<RegistrationField> shownFields(Registration registration) {
        List<RegistrationField> required = RequiredFields.of(registration.form());
        List<RegistrationField> extra = java.util.Arrays.stream(RegistrationField.values())
                .filter(field -> !required.contains(field))
                .filter(field -> field.ordinal() < RegistrationField.CONSENT_PERSONAL_DATA_LAW.ordinal())
                .filter(field -> {
                    String value = registration.form().value(field);
                    return value != null && !value.isBlank();
                }).toList();
        return java.util.stream.Stream.concat(required.stream(), extra.stream()).toList();
    }

    /** Red problem messages next to the field, or a green "проверено" (with a tick once a clerk confirmed). */
    private static Node check(RegistrationCard card, RegistrationField field) {
        List<RegistrationProblem> problems = card.problems().stream().filter(p -> p.field() == field).toList();
        if (problems.isEmpty()) {
            Label ok = new Label(card.registration().isVerified(field) ? "✔ проверено" : "проверено");
            ok.getStyleClass().add("check-ok");
            return ok;
        }
        VBox box = new VBox(2);
        problems.forEach(problem -> box.getChildren().add(problemLabel(problem)));
        return box;
    }

    private static Label problemLabel(RegistrationProblem problem) {
        Label label = new Label((problem.isError() ? "✖ " : "⚠ ") + problem.message());
        label.setWrapText(true);
        label.getStyleClass().add(problem.isError() ? "check-error" : "check-warning");
        return label;
    }

    private Node consents(RegistrationCard card) {
        Consents consents = card.registration().consents();
        GridPane grid = grid();
        grid.addRow(0, caption(RegistrationField.CONSENT_PERSONAL_DATA_LAW.title() + " (обязательно)"),
                new Label(time(consents.personalDataLawAt(), "нет")),
                check(card, RegistrationField.CONSENT_PERSONAL_DATA_LAW));
        grid.addRow(1, caption(RegistrationField.CONSENT_PROCESSING.title() + " (обязательно)"),
                new Label(time(consents.processingAt(), "нет")), check(card, RegistrationField.CONSENT_PROCESSING));
        grid.addRow(2, caption(RegistrationField.CONSENT_MARKETING.title() + " (по желанию)"),
                new Label(time(consents.marketingAt(), "не дано")));
        return grid;
    }

    private Node confirmations(RegistrationCard card) {
        Registration registration = card.registration();
        GridPane grid = grid();
        grid.addRow(0, caption("Зарегистрирована"), new Label(time(registration.registeredAt(), "")));
        grid.addRow(1, caption("Телефон подтверждён"), new Label(time(registration.phoneConfirmedAt(), "нет")));
        grid.addRow(2, caption("E-mail подтверждён"), new Label(time(registration.emailConfirmedAt(), "нет")));
        grid.addRow(3, caption("Активация"), new Label(card.activation().describe()
                + " (срок до " + time(card.activation().deadline(), "") + ")"));
        return grid;
    }

    private void fillDuplicates(List<Duplicate> found) {
        if (found.isEmpty()) {
            duplicates.getChildren().add(new Label("Совпадений не найдено"));
            return;
        }
        for (Duplicate duplicate : found) {
            Hyperlink link = new Hyperlink(linkText(duplicate));
            link.getStyleClass().add(duplicate.blocksConfirmation() ? "check-error" : "check-warning");
            link.setTooltip(new Tooltip(duplicate.message()));
            link.setWrapText(true);
            link.setOnAction(event -> openDuplicate.accept(duplicate));
            duplicates.getChildren().add(link);
        }
    }

    /** "Совпадает телефон с регистрацией №12" or "Совпадает СНИЛС с заявителем №45". */
    static String linkText(Duplicate duplicate) {
        String what = switch (duplicate.field()) {
            case PHONE -> "телефон";
            case EMAIL -> "e-mail";
            default -> duplicate.field().title();
        };
        String where = duplicate.otherRegistrationId() != null
                ? "с регистрацией №" + duplicate.otherRegistrationId()
                : "с заявителем №" + duplicate.applicantId();
        return "Совпадает " + what + " «" + duplicate.value() + "» " + where;
    }

    private static Node history(List<RegistrationChange> changes) {
        VBox lines = new VBox(4);
        for (RegistrationChange change : changes) {
            String states = (change.before() == null ? "" : change.before() + " → ")
                    + (change.after() == null ? "" : change.after());
            Label line = new Label(time(change.at(), "") + " · " + change.actor() + " · " + change.what()
                    + (states.isEmpty() ? "" : ": " + states));
            line.setWrapText(true);
            lines.getChildren().add(line);
        }
        return lines;
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(4);
        ColumnConstraints caption = new ColumnConstraints(160, 240, 320);
        ColumnConstraints value = new ColumnConstraints(120, 220, Double.MAX_VALUE);
        ColumnConstraints check = new ColumnConstraints(100, 260, Double.MAX_VALUE);
        check.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(caption, value, check);
        return grid;
    }

    private static Label caption(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add("field-caption");
        return label;
    }

    private static Label section(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("section-title");
        return label;
    }

    private static String time(Instant instant, String absent) {
        return instant == null ? absent : RegistrationQueueRow.TIME.format(instant);
    }

    @Override
    public Parent root() {
        return root;
    }
}

package org.griddesk.app.admin;

import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.griddesk.app.ui.Activatable;
import org.griddesk.app.ui.BackgroundTask;
import org.griddesk.app.ui.ConnectionRestoredEvent;
import org.griddesk.app.ui.UiContext;
import org.griddesk.app.ui.UserMessages;
import org.griddesk.core.access.Operator;
import org.griddesk.core.deadlines.CalendarDay;
import org.griddesk.core.deadlines.DeadlineAdministration;

/**
 * «Сроки» → «Производственный календарь»: the days that differ from the plain week, a year at a time, and the
 * administrator's additions and removals. A refused addition keeps what was typed and says why.
 */
public class ProductionCalendarViewModel implements Activatable {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.uuuu");

    private final DeadlineAdministration deadlines;
    private final UiContext ui;
    private final ObservableList<CalendarDay> days = FXCollections.observableArrayList();
    private final FilteredList<CalendarDay> shown = new FilteredList<>(days);
    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private final ObservableList<Integer> yearsView = FXCollections.unmodifiableObservableList(years);
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>(Year.now().getValue());
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final BooleanProperty workingDay = new SimpleBooleanProperty(false);
    private final StringProperty note = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private Runnable unsubscribe = () -> { };

    public ProductionCalendarViewModel(DeadlineAdministration deadlines, UiContext ui) {
        this.deadlines = deadlines;
        this.ui = ui;
        shown.predicateProperty().bind(Bindings.createObjectBinding(() -> {
            Integer wanted = year.get();
            return (Predicate<CalendarDay>) day -> wanted == null || day.date().getYear() == wanted;
        }, year));
    }

    @Override
    public void activate() {
        unsubscribe = ui.events().subscribe(ConnectionRestoredEvent.class, event -> reload());
        reload();
    }

    @Override
    public void deactivate() {
        unsubscribe.run();
        unsubscribe = () -> { };
    }

    public void reload() {
        Operator actor = operator();
        ui.executor().execute(BackgroundTask.of("Загрузка производственного календаря…",
                        () -> deadlines.calendarDays(actor))
                .onSuccess(this::show)
                .onFailure(failure -> error.set(UserMessages.describe(failure))));
    }

    /** «Добавить»: the typed day replaces one stored for the same date; its year is shown afterwards. */
    public void add() {
        Operator actor = operator();
        LocalDate day = date.get();
        boolean isWorking = workingDay.get();
        String text = note.get();
        change("Сохранение дня календаря…", () -> deadlines.saveDay(actor, day, isWorking, text), () -> {
            year.set(day.getYear());
            date.set(null);
            workingDay.set(false);
            note.set("");
            notice.set("Сохранено: " + DAY.format(day) + " — " + kindText(isWorking));
        });
    }

    /** «Удалить», after the administrator confirms: the date counts as a plain weekday or weekend again. */
    public void delete(CalendarDay day) {
        String shownDate = DAY.format(day.date());
        if (!ui.dialogs().confirm("Удаление дня календаря", "Удалить " + shownDate + " («" + day.note()
                + "») из производственного календаря? Дата будет считаться обычным днём недели.")) {
            return;
        }
        Operator actor = operator();
        change("Удаление дня календаря…", () -> deadlines.deleteDay(actor, day.date()),
                () -> notice.set("Удалено: " + shownDate));
    }

    private void change(String title, Callable<List<CalendarDay>> work, Runnable afterSuccess) {
        busy.set(true);
        error.set("");
        ui.executor().execute(BackgroundTask.of(title, work)
                .onSuccess(saved -> {
                    busy.set(false);
                    show(saved);
                    afterSuccess.run();
                })
                .onFailure(failure -> {
                    busy.set(false);
                    notice.set("");
                    error.set(UserMessages.describe(failure));
                }));
    }

    /** The years offered are those with days, this one, and the one chosen (even when its last day was removed). */
    private void show(List<CalendarDay> loaded) {
        days.setAll(loaded);
        TreeSet<Integer> present = new TreeSet<>();
        loaded.forEach(day -> present.add(day.date().getYear()));
        present.add(Year.now().getValue());
        if (year.get() != null) {
            present.add(year.get());
        }
        years.setAll(present);
    }

    public static String dateText(CalendarDay day) {
        return DAY.format(day.date());
    }

    public static String dayText(CalendarDay day) {
        return day.working() ? "рабочий (перенос)" : "нерабочий";
    }

    private static String kindText(boolean working) {
        return working ? "рабочий день (перенос)" : "нерабочий день";
    }

    private Operator operator() {
        return ui.session().operator();
    }

    public ObservableList<CalendarDay> days() {
        return shown;
    }

    public ObservableList<Integer> years() {
        return yearsView;
    }

    public ObjectProperty<Integer> yearProperty() {
        return year;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    /** The add row's «рабочий день (перенос)». */
    public BooleanProperty workingDayProperty() {
        return workingDay;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}

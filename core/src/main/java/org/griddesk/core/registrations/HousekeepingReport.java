package org.griddesk.core.registrations;

/** What one housekeeping run did; {@code ran} is false when another workstation held the job. */
public record HousekeepingReport(boolean ran, int removed) {

    public static HousekeepingReport busy() {
        return new HousekeepingReport(false, 0);
    }

    public String describe() {
        if (!ran) {
            return "Очистку регистраций сейчас выполняет другое рабочее место";
        }
        return removed == 0 ? "Неактивированных регистраций старше 24 часов нет"
                : "Удалено неактивированных регистраций: " + removed;
    }
}

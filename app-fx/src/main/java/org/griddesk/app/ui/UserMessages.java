package org.griddesk.app.ui;

import java.sql.SQLException;
import org.griddesk.core.common.DomainException;

/** Turns a failure into a sentence for the operator, in Russian. */
public final class UserMessages {
    private UserMessages() {
    }

    public static String describe(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DomainException domain) {
                return domain.getMessage();
            }
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException || cause.getClass().getName().startsWith("org.jooq.exception")) {
                return "Нет связи с базой данных или она отклонила запрос. Повторите попытку; "
                        + "если ошибка повторяется, обратитесь к администратору.";
            }
            if (cause instanceof java.io.IOException io) {
                return "Ошибка чтения или записи файла: " + io.getMessage();
            }
        }
        return "Не удалось выполнить действие: " + failure;
    }
}

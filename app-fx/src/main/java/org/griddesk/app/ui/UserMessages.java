package org.griddesk.app.ui;

import java.sql.SQLException;
import org.griddesk.core.common.DomainException;

/** Turns a failure into a sentence for the operator, in Russian; the technical details go to the log only. */
public final class UserMessages {
    static final String UNEXPECTED = "Не удалось выполнить действие из-за внутренней ошибки программы. "
            + "Повторите попытку; если ошибка повторяется, сообщите администратору время ошибки — "
            + "подробности записаны в журнал приложения.";

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
            if (cause instanceof java.nio.file.NoSuchFileException missing) {
                return "Файл не найден: " + missing.getFile();
            }
            if (cause instanceof java.nio.file.AccessDeniedException denied) {
                return "Нет доступа к файлу: " + denied.getFile();
            }
            if (cause instanceof java.io.IOException) {
                return "Ошибка чтения или записи файла. Проверьте, что файл доступен и на диске есть место.";
            }
        }
        return UNEXPECTED;
    }
}

package org.griddesk.app.ui;

import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import org.griddesk.core.common.ValidationException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A clerk never sees a Java class name: unexpected failures get a Russian sentence, details go to the log. */
class UserMessagesTest {

    @Test
    void unexpectedFailuresAreWordedWithoutClassNames() {
        for (Throwable failure : new Throwable[]{new IllegalStateException("boom"), new NullPointerException(),
                new RuntimeException(new ClassCastException("java.lang.String")), new OutOfMemoryError("heap")}) {
            assertThat(UserMessages.describe(failure)).doesNotContain("java.", "Exception", "boom", "heap")
                    .contains("Не удалось выполнить действие");
        }
    }

    @Test
    void domainRefusalsAndFileProblemsKeepTheirMeaning() {
        assertThat(UserMessages.describe(new RuntimeException(new ValidationException("Введите текст сообщения"))))
                .isEqualTo("Введите текст сообщения");
        assertThat(UserMessages.describe(new UncheckedIOException(new NoSuchFileException("/tmp/оферта.pdf"))))
                .isEqualTo("Файл не найден: /tmp/оферта.pdf");
    }
}

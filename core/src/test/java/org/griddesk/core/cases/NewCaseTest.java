package org.griddesk.core.cases;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NewCaseTest {
    private static final Instant AT = Instant.parse("2026-12-07T10:00:00Z");

    @Test
    void anApplicationAsksForANewConnectionUnlessItSaysOtherwiseAndATemporaryOneIsTemporary() {
        assertThat(new NewCase(1, CaseKind.APPLICATION, "Заявка", AT).applicationKind())
                .isEqualTo(ApplicationKind.NEW_CONNECTION);
        assertThat(new NewCase(1, CaseKind.APPLICATION, "Заявка", AT, BigDecimal.TEN, null, true).applicationKind())
                .as("the portal's temporary flag").isEqualTo(ApplicationKind.TEMPORARY);
        NewCase temporary = new NewCase(1, CaseKind.APPLICATION, "Заявка", AT, BigDecimal.TEN, null, false,
                ApplicationKind.TEMPORARY);
        assertThat(temporary.temporary()).as("what the deadline rules look at").isTrue();
        assertThat(new NewCase(1, CaseKind.MESSAGE, "Вопрос", AT, null, null, false, ApplicationKind.REDISTRIBUTION)
                .applicationKind()).as("a message asks for no connection").isNull();
    }
}

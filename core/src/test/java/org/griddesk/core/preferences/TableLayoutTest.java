package org.griddesk.core.preferences;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.griddesk.core.access.Operator;
import org.griddesk.core.access.Role;
import org.griddesk.core.testing.InMemoryPreferences;
import org.junit.jupiter.api.Test;

class TableLayoutTest {
    private static final TableLayout ARRANGED = new TableLayout(
            List.of(new TableLayout.Column("STATUS", 241.4), new TableLayout.Column("TITLE", 180)), "CREATED", true, 200);

    @Test
    void aLayoutReadsBackAsItWasSaved() {
        assertThat(ARRANGED.encode()).isEqualTo("STATUS:241,TITLE:180|CREATED:asc|200");
        assertThat(TableLayout.decode(ARRANGED.encode())).contains(new TableLayout(
                List.of(new TableLayout.Column("STATUS", 241), new TableLayout.Column("TITLE", 180)), "CREATED", true, 200));
        assertThat(TableLayout.decode(TableLayout.defaults().encode())).contains(TableLayout.defaults());
    }

    @Test
    void anUnreadableLayoutIsNoLayout() {
        for (String broken : new String[] {"", "STATUS:abc||100", "STATUS||100", "STATUS:5||100", "a b:100||100",
                "STATUS:100|CREATED:sideways|100", "STATUS:100|CREATED|100", "STATUS:100||many", "x|y"}) {
            assertThat(TableLayout.decode(broken)).as(broken).isEmpty();
        }
        assertThat(TableLayout.decode("STATUS:100||37").orElseThrow().pageSize()).as("a size not offered")
                .isEqualTo(TableLayout.DEFAULT_PAGE_SIZE);
    }

    @Test
    void eachOperatorHasTheirOwnLayoutAndAStaleOneGivesTheDefaults() {
        OperatorPreferences memory = new InMemoryPreferences();
        PreferenceService service = new PreferenceService(memory);
        Operator first = new Operator(1, "clerk", "Иванова М. П.", Set.of(Role.CLERK), false, true, false);
        Operator second = new Operator(2, "other", "Петров П. П.", Set.of(Role.CLERK), false, true, false);

        service.saveTableLayout(first, "queue", ARRANGED);
        assertThat(service.tableLayout(first, "queue").sortColumn()).isEqualTo("CREATED");
        assertThat(service.tableLayout(second, "queue")).isEqualTo(TableLayout.defaults());
        assertThat(service.tableLayout(first, "registrations")).isEqualTo(TableLayout.defaults());
        memory.save(1, "table.queue", "from an older version");
        assertThat(service.tableLayout(first, "queue")).isEqualTo(TableLayout.defaults());
    }
}

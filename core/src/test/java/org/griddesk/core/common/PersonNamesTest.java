package org.griddesk.core.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonNamesTest {
    @Test
    void writesAFullNameWithInitials() {
        assertThat(PersonNames.withInitials("Иванова Мария Сергеевна")).isEqualTo("Иванова М. С.");
        assertThat(PersonNames.withInitials("Римская-Корсакова  Анна")).isEqualTo("Римская-Корсакова А.");
    }

    @Test
    void leavesWhatIsNotAPersonsFullNameAsItIs() {
        assertThat(PersonNames.withInitials("ООО «Светлый путь»")).isEqualTo("ООО «Светлый путь»");
        assertThat(PersonNames.withInitials("Петров")).isEqualTo("Петров");
        assertThat(PersonNames.withInitials("ИП Сидоров Олег Ильич")).isEqualTo("ИП Сидоров Олег Ильич");
    }
}

package org.griddesk.core.accounts;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OwnerNamesTest {
    @Test
    void theGivenWordsMustAllBeTheOwnersInAnyOrderAndCase() {
        assertThat(OwnerNames.match("Королёва Ксения Андреевна", "ксения королева")).isTrue();
        assertThat(OwnerNames.match("Королёва Ксения Андреевна", "Королёва")).isTrue();
        assertThat(OwnerNames.match("Королёва Ксения Андреевна", "Королёв")).isFalse();
        assertThat(OwnerNames.match("Королёва Ксения Андреевна", "Иванова Ксения")).isFalse();
        assertThat(OwnerNames.match("Королёва Ксения Андреевна", "  ")).isFalse();
    }
}

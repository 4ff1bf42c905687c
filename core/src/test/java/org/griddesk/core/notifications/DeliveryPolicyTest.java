package org.griddesk.core.notifications;

import java.time.Duration;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeliveryPolicyTest {
    private final DeliveryPolicy policy = DeliveryPolicy.STANDARD;

    @Test
    void doublesFromThirtySecondsAndStopsAtThirtyMinutes() {
        assertThat(policy.delayAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(policy.delayAfter(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(policy.delayAfter(3)).isEqualTo(Duration.ofMinutes(2));
        assertThat(policy.delayAfter(4)).isEqualTo(Duration.ofMinutes(4));
        assertThat(policy.delayAfter(6)).isEqualTo(Duration.ofMinutes(16));
        assertThat(policy.delayAfter(7)).isEqualTo(Duration.ofMinutes(30));
        assertThat(policy.delayAfter(11)).isEqualTo(Duration.ofMinutes(30));
        assertThat(policy.delayAfter(1_000)).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void givesUpAfterTwelveAttempts() {
        assertThat(policy.exhausted(1)).isFalse();
        assertThat(policy.exhausted(11)).isFalse();
        assertThat(policy.exhausted(12)).isTrue();
    }

    @Test
    void refusesNonsense() {
        assertThatThrownBy(() -> new DeliveryPolicy(Duration.ZERO, Duration.ofMinutes(1), 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DeliveryPolicy(Duration.ofMinutes(2), Duration.ofMinutes(1), 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DeliveryPolicy(Duration.ofSeconds(1), Duration.ofMinutes(1), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

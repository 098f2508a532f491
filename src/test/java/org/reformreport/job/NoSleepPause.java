package org.reformreport.job;

import org.reformreport.delivery.Delivery;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Delivery's pauses between retry rounds, counted instead of slept (and a hook for the test). */
@TestConfiguration
class NoSleepPause {

    @Bean
    Delivery.Pause deliveryPause() {
        return d -> {
            DeliveryJobScenario.pauses.incrementAndGet();
            DeliveryJobScenario.onPause.run();
        };
    }
}

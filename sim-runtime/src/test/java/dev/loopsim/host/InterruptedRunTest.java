package dev.loopsim.host;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A simulation whose thread is interrupted stops with a CancellationException, so whoever runs it under a
 * wall-clock limit (loopsim check) can give up on a script that never ends instead of hanging with it.
 */
class InterruptedRunTest {

    @AfterEach
    void clearTheInterrupt() {
        Thread.interrupted();
    }

    @Test
    void anEndlessLoopStopsWhenItsThreadIsInterrupted() {
        Thread.currentThread().interrupt();

        assertThatThrownBy(() -> Simulation.run("while (true) {}"))
                .isInstanceOf(CancellationException.class)
                .hasMessageContaining("interrupted");
    }

    @Test
    void anEndlessDoWhileStopsWhenItsThreadIsInterrupted() {
        Thread.currentThread().interrupt();

        assertThatThrownBy(() -> Simulation.run("let i = 0; do { i++; } while (true);"))
                .isInstanceOf(CancellationException.class);
    }

    @Test
    void anEndlessChainOfCallbacksStopsWhenItsThreadIsInterrupted() {
        Thread.currentThread().interrupt();

        assertThatThrownBy(() -> Simulation.run("setInterval(() => {}, 1);")).isInstanceOf(CancellationException.class);
    }
}

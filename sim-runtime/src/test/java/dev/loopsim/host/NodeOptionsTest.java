package dev.loopsim.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class NodeOptionsTest {

    @Test
    void theDefaultModeIsThrowAsInNode15AndLater() {
        assertThat(NodeOptions.DEFAULTS.unhandledRejections()).isEqualTo(UnhandledRejectionsMode.THROW);
        assertThat(NodeOptions.fromNodeFlags(List.of())).isEqualTo(NodeOptions.DEFAULTS);
    }

    @Test
    void everyModeIsReadFromItsFlag() {
        for (UnhandledRejectionsMode mode : UnhandledRejectionsMode.values()) {
            assertThat(NodeOptions.fromNodeFlags(List.of("--unhandled-rejections=" + mode.flagValue()))
                            .unhandledRejections())
                    .isEqualTo(mode);
        }
    }

    @Test
    void anUnknownModeIsRefusedNamingTheValidOnes() {
        assertThatThrownBy(() -> NodeOptions.fromNodeFlags(List.of("--unhandled-rejections=loud")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("invalid value for --unhandled-rejections: 'loud'"
                        + " (expected one of throw, strict, warn, none, warn-with-error-code)");
    }

    @Test
    void aFlagTheHostDoesNotSimulateIsRefusedRatherThanIgnored() {
        assertThatThrownBy(() -> NodeOptions.fromNodeFlags(List.of("--no-warnings")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("node flag not simulated: --no-warnings");
    }
}

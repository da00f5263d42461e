package dev.loopsim.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class LatencyModelTest {

    @Test
    void everyModelOfTheContractParsesToItsRecord() {
        assertThat(LatencyModel.parse("fixed(10)")).isEqualTo(new LatencyModel.Fixed(10));
        assertThat(LatencyModel.parse("uniform(20, 50)")).isEqualTo(new LatencyModel.Uniform(20, 50));
        assertThat(LatencyModel.parse("exponential(30)")).isEqualTo(new LatencyModel.Exponential(30));
        assertThat(LatencyModel.parse("normal(40, 5.5)")).isEqualTo(new LatencyModel.Normal(40, 5.5));
        assertThat(LatencyModel.parse("sequence(10, 50, 5)"))
                .isEqualTo(new LatencyModel.Sequence(List.of(10L, 50L, 5L)));
        assertThat(LatencyModel.parse("choice(10,500)")).isEqualTo(new LatencyModel.Choice(List.of(10L, 500L)));
    }

    @Test
    void aModelPrintsAsItIsWrittenSoItParsesBackToItself() {
        for (String text : List.of(
                "fixed(0)",
                "uniform(20, 50)",
                "exponential(2.5)",
                "normal(40, 5)",
                "sequence(7)",
                "choice(10, 50, 200)")) {
            assertThat(LatencyModel.parse(text)).hasToString(text);
            assertThat(LatencyModel.parse(LatencyModel.parse(text).toString())).isEqualTo(LatencyModel.parse(text));
        }
    }

    @Test
    void spacesAroundTheModelAndItsArgumentsDoNotMatter() {
        assertThat(LatencyModel.parse("  uniform( 1 ,2 ) ")).isEqualTo(new LatencyModel.Uniform(1, 2));
    }

    @Test
    void theDefaultLatencyIsOneMillisecond() {
        assertThat(LatencyModel.DEFAULT).isEqualTo(LatencyModel.fixed(1));
        assertThat(IoSetup.NONE.latency()).isEqualTo(LatencyModel.fixed(1));
    }

    @Test
    void somethingThatIsNotAModelIsAnErrorNamingTheModels() {
        assertThatThrownBy(() -> LatencyModel.parse("fast"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("expected a latency model such as fixed(10), got 'fast'")
                .hasMessageContaining("uniform(a, b)");
    }

    @Test
    void anUnknownModelNameIsAnErrorListingTheKnownOnes() {
        assertThatThrownBy(() -> LatencyModel.parse("gaussian(1, 2)"))
                .hasMessage("unknown latency model 'gaussian' in 'gaussian(1, 2)'"
                        + " (models: fixed, uniform, exponential, normal, sequence, choice)");
    }

    @Test
    void theWrongNumberOfArgumentsIsAnErrorSayingHowMany() {
        assertThatThrownBy(() -> LatencyModel.parse("fixed(1, 2)")).hasMessage("fixed(1, 2): expected 1 number, got 2");
        assertThatThrownBy(() -> LatencyModel.parse("uniform(1)")).hasMessage("uniform(1): expected 2 numbers, got 1");
        assertThatThrownBy(() -> LatencyModel.parse("sequence()"))
                .hasMessage("sequence(): give at least one latency, such as sequence(10, 50)");
        assertThatThrownBy(() -> LatencyModel.parse("choice(5)"))
                .hasMessage("choice(5): give at least two latencies, such as choice(10, 50)");
    }

    @Test
    void latenciesAreWholeMillisecondsFromZero() {
        assertThatThrownBy(() -> LatencyModel.parse("fixed(1.5)"))
                .hasMessage("fixed(1.5): latencies are whole milliseconds from 0, got 1.5");
        assertThatThrownBy(() -> LatencyModel.parse("sequence(3, -1)"))
                .hasMessage("sequence(3, -1): latencies are whole milliseconds from 0, got -1");
        assertThatThrownBy(() -> LatencyModel.parse("fixed(ten)")).hasMessage("fixed(ten): 'ten' is not a number");
    }

    @Test
    void boundsAndParametersMustMakeSense() {
        assertThatThrownBy(() -> LatencyModel.parse("uniform(50, 20)"))
                .hasMessage("uniform(50, 20): the lower bound must not exceed the upper one");
        assertThatThrownBy(() -> LatencyModel.parse("exponential(0)"))
                .hasMessage("exponential(0): the mean must be a number above 0");
        assertThatThrownBy(() -> LatencyModel.parse("normal(10, -1)"))
                .hasMessage("normal(10, -1): the mean and the standard deviation must be numbers from 0");
    }
}

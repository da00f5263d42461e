package dev.loopsim.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IoSetupTest {

    private static final Route USER = new Route(
            "get", "https://api.example.com/user/*", 200, Map.of("content-type", "application/json"), "{}", null, null);

    @Test
    void aRouteMatchesItsMethodAndItsUrlWithStarsAsAnyRun() {
        assertThat(USER.method()).isEqualTo("GET");
        assertThat(USER.matches("GET", "https://api.example.com/user/1")).isTrue();
        assertThat(USER.matches("get", "https://api.example.com/user/")).isTrue();
        assertThat(USER.matches("POST", "https://api.example.com/user/1")).isFalse();
        assertThat(USER.matches("GET", "https://api.example.com/users/1")).isFalse();
        assertThat(Route.of("*/orders?id=*", "[]").matches("DELETE", "http://x/orders?id=3"))
                .isTrue();
        assertThat(Route.of("http://a.b/c.d", "").matches("GET", "http://a.b/cxd"))
                .isFalse();
    }

    @Test
    void latencyTargetsAreDefaultARoutesUrlPatternOrAFilePath() {
        IoSetup setup = new IoSetup(7, null, List.of(USER), List.of(FileSpec.of("data/a.json", "{}")))
                .withLatency("default", LatencyModel.fixed(10))
                .withLatency("https://api.example.com/user/*", LatencyModel.parse("uniform(1, 3)"))
                .withLatency("data/a.json", LatencyModel.fixed(4))
                .withLatency("script.js", LatencyModel.fixed(5));

        assertThat(setup.latency()).isEqualTo(LatencyModel.fixed(10));
        assertThat(setup.routes().getFirst().latency()).isEqualTo(new LatencyModel.Uniform(1, 3));
        assertThat(setup.files())
                .containsExactly(
                        new FileSpec("data/a.json", "{}", LatencyModel.fixed(4), null),
                        new FileSpec("script.js", null, LatencyModel.fixed(5), null));
    }

    @Test
    void aLatencyForAUrlNoRouteHasIsAnErrorListingTheRoutes() {
        assertThatThrownBy(() -> IoSetup.NONE.withLatency("https://x/*", LatencyModel.fixed(1)))
                .hasMessage(
                        "--latency https://x/*=fixed(1): no route has the URL pattern 'https://x/*' (routes: none)");
    }
}

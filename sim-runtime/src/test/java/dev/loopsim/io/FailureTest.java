package dev.loopsim.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class FailureTest {

    @Test
    void failWithAProbabilityAloneIsANetworkError() {
        Failure f = Failure.parse("fail(0.1)");

        assertThat(f).isEqualTo(Failure.fail(0.1));
        assertThat(f.effect().outcome()).isEqualTo("network-error");
    }

    @Test
    void failWithANumberIsThatHttpStatus() {
        Failure f = Failure.parse("fail(0.5, 503)");

        assertThat(f).isEqualTo(Failure.fail(0.5, 503));
        assertThat(f.effect().outcome()).isEqualTo("503");
    }

    @Test
    void failWithAnErrnoNameCarriesNodesErrnoAndMessage() {
        Failure f = Failure.parse("fail(1, EACCES)");

        assertThat(f.effect()).isEqualTo(new Failure.SystemError(new Errno("EACCES", -13, "permission denied")));
        assertThat(f.effect().outcome()).isEqualTo("EACCES");
    }

    @Test
    void theErrnoTableIsNodesForTheCommonFileErrors() {
        // recorded from node v20: util.getSystemErrorMap().get(-2) and friends
        assertThat(Errno.ENOENT).isEqualTo(new Errno("ENOENT", -2, "no such file or directory"));
        assertThat(Errno.EIO).isEqualTo(new Errno("EIO", -5, "i/o error"));
        assertThat(Errno.EISDIR).isEqualTo(new Errno("EISDIR", -21, "illegal operation on a directory"));
        assertThat(Errno.ENOTDIR).isEqualTo(new Errno("ENOTDIR", -20, "not a directory"));
    }

    @Test
    void aFailurePrintsAsItIsWritten() {
        for (String text : List.of("fail(0.1)", "fail(1, 503)", "fail(0.25, ENOENT)")) {
            assertThat(Failure.parse(text)).hasToString(text);
        }
    }

    @Test
    void malformedFailuresAreErrorsAUserCanActOn() {
        assertThatThrownBy(() -> Failure.parse("sometimes"))
                .hasMessage(
                        "expected a failure such as fail(0.1), fail(0.1, 503) or fail(0.1, ENOENT), got 'sometimes'");
        assertThatThrownBy(() -> Failure.parse("fail(2)")).hasMessage("fail(2): the probability must be from 0 to 1");
        assertThatThrownBy(() -> Failure.parse("fail(often)"))
                .hasMessage("fail(often): the probability 'often' is not a number");
        assertThatThrownBy(() -> Failure.parse("fail(0.1, EWHATEVER)"))
                .hasMessage("fail(0.1, EWHATEVER): 'EWHATEVER' is neither an HTTP status nor an errno name"
                        + " such as ENOENT or EACCES");
        assertThatThrownBy(() -> Failure.parse("fail(0.1, 99)"))
                .hasMessage("an HTTP failure status must be from 200 to 599, got 99");
        assertThatThrownBy(() -> Failure.parse("fail()"))
                .hasMessage("fail(): expected fail(p), fail(p, STATUS) or fail(p, ERRNO)");
    }

    @Test
    void aFileCannotFailWithAnHttpStatus() {
        assertThatThrownBy(() -> new FileSpec("a.txt", "", null, Failure.fail(1, 503)))
                .hasMessage(
                        "a.txt: fail(1, 503): a file operation fails with a network error or an errno, not an HTTP status");
    }

    @Test
    void httpStatusTextsAreNodes() {
        // recorded from node v20: require('http').STATUS_CODES
        assertThat(HttpStatus.text(200)).isEqualTo("OK");
        assertThat(HttpStatus.text(404)).isEqualTo("Not Found");
        assertThat(HttpStatus.text(503)).isEqualTo("Service Unavailable");
    }
}

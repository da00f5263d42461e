package dev.loopsim.js.builtins;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopsim.js.testing.Snippets;
import org.junit.jupiter.api.Test;

/**
 * AggregateError: the errors list, message, cause and its place among the Error constructors.
 * Expected values were recorded by running each snippet in Node v20 as {@code new Function(code)()} and
 * rendering the result as {@link Snippets#render} does, after pending jobs had run.
 */
class AggregateErrorBuiltinsTest {

    /** Every built-in group is registered in Engine; the snippet runs in a fresh one. */
    private static String run(String code) {
        return Snippets.run(code);
    }

    @Test
    void aggregateErrorErrorsFromAGenerator() {
        assertThat(run("function* g() { yield \"a\"; yield \"b\" } return new AggregateError(g(), \"gen\").errors"))
                .isEqualTo("[\"a\", \"b\"]");
    }

    @Test
    void aggregateErrorErrorsIsAFreshArray() {
        assertThat(run("const list = [1]; const e = new AggregateError(list); return [e.errors === list, e.errors]"))
                .isEqualTo("[false, [1]]");
    }

    @Test
    void aggregateErrorHoldsErrorsAndMessage() {
        assertThat(
                        run(
                                "const e = new AggregateError([1, new Error(\"x\")], \"many\"); return [e.message, e.errors.length, e.errors[0], e.errors[1].message, e.name, e instanceof Error, e instanceof AggregateError]"))
                .isEqualTo("[\"many\", 2, 1, \"x\", \"AggregateError\", true, true]");
    }

    @Test
    void aggregateErrorErrorsIsAnOwnNonEnumerableArray() {
        assertThat(
                        run(
                                "const e = new AggregateError(new Set([\"a\", \"b\"])); const d = Object.getOwnPropertyDescriptor(e, \"errors\"); return [d.value, d.enumerable, d.writable, d.configurable, Object.keys(e)]"))
                .isEqualTo("[[\"a\", \"b\"], false, true, true, []]");
    }

    @Test
    void aggregateErrorWithoutMessageHasNoOwnMessage() {
        assertThat(run("const e = new AggregateError([]); return [Object.hasOwn(e, \"message\"), e.message, \"\" + e]"))
                .isEqualTo("[false, \"\", \"AggregateError\"]");
    }

    @Test
    void aggregateErrorToString() {
        assertThat(
                        run(
                                "return [\"\" + new AggregateError([], \"boom\"), Object.prototype.toString.call(new AggregateError([]))]"))
                .isEqualTo("[\"AggregateError: boom\", \"[object Error]\"]");
    }

    @Test
    void aggregateErrorTakesACauseOption() {
        assertThat(
                        run(
                                "const e = new AggregateError([], \"m\", {cause: \"why\"}); return [e.cause, Object.hasOwn(e, \"cause\"), Object.hasOwn(new AggregateError([], \"m\", {}), \"cause\")]"))
                .isEqualTo("[\"why\", true, false]");
    }

    @Test
    void aggregateErrorCallableWithoutNew() {
        assertThat(
                        run(
                                "const e = AggregateError([1], \"m\"); return [e instanceof AggregateError, e.errors, e.message]"))
                .isEqualTo("[true, [1], \"m\"]");
    }

    @Test
    void aggregateErrorRequiresAnIterable() {
        assertThat(run("try { new AggregateError(1) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: number 1 is not iterable (cannot read property Symbol(Symbol.iterator))\"");
    }

    @Test
    void aggregateErrorWithoutArgumentsThrows() {
        assertThat(run("try { new AggregateError() } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: undefined is not iterable (cannot read property Symbol(Symbol.iterator))\"");
    }

    @Test
    void aggregateErrorConvertsMessageToString() {
        assertThat(run("return new AggregateError([], 42).message")).isEqualTo("\"42\"");
    }

    @Test
    void aggregateErrorPrototypeChainAndShape() {
        assertThat(
                        run(
                                "return [Object.getPrototypeOf(AggregateError) === Error, Object.getPrototypeOf(AggregateError.prototype) === Error.prototype, AggregateError.length, AggregateError.name, AggregateError.prototype.name, AggregateError.prototype.message, Object.hasOwn(AggregateError.prototype, \"errors\")]"))
                .isEqualTo("[true, true, 2, \"AggregateError\", \"AggregateError\", \"\", false]");
    }

    @Test
    void aggregateErrorSubclass() {
        assertThat(
                        run(
                                "class E extends AggregateError { constructor() { super([1, 2], \"sub\") } } const e = new E(); return [e instanceof E, e.errors, e.message, e.name]"))
                .isEqualTo("[true, [1, 2], \"sub\", \"AggregateError\"]");
    }

    @Test
    void promiseAnyRejectsWithAnAggregateError() {
        assertThat(
                        run(
                                "const out = {}; Promise.any([Promise.reject(1), Promise.reject(2)]).catch(e => { out.name = e.constructor.name; out.errors = e.errors; out.message = e.message; out.isError = e instanceof AggregateError }); return out"))
                .isEqualTo(
                        "{name: \"AggregateError\", errors: [1, 2], message: \"All promises were rejected\", isError: true}");
    }
}

package dev.loopsim.js.builtins;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopsim.js.testing.Snippets;
import org.junit.jupiter.api.Test;

/**
 * Symbol.for and Symbol.keyFor over the realm's global symbol registry.
 * Expected values were recorded by running each snippet in Node v20 as {@code new Function(code)()} and
 * rendering the result as {@link Snippets#render} does, after pending jobs had run.
 */
class SymbolRegistryBuiltinsTest {

    /** Every built-in group is registered in Engine; the snippet runs in a fresh one. */
    private static String run(String code) {
        return Snippets.run(code);
    }

    @Test
    void symbolForReturnsTheSameSymbolForAKey() {
        assertThat(
                        run(
                                "return [Symbol.for(\"app\") === Symbol.for(\"app\"), Symbol.for(\"app\") === Symbol(\"app\"), Symbol.for(\"app\").description, typeof Symbol.for(\"x\")]"))
                .isEqualTo("[true, false, \"app\", \"symbol\"]");
    }

    @Test
    void symbolForConvertsTheKeyToString() {
        assertThat(
                        run(
                                "return [Symbol.for(1) === Symbol.for(\"1\"), Symbol.for().description, Symbol.for(undefined) === Symbol.for(\"undefined\"), Symbol.for(null).toString()]"))
                .isEqualTo("[true, \"undefined\", true, \"Symbol(null)\"]");
    }

    @Test
    void symbolForRejectsSymbolKeys() {
        assertThat(run("try { Symbol.for(Symbol()) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: Cannot convert a Symbol value to a string\"");
    }

    @Test
    void symbolKeyForReturnsTheRegistryKey() {
        assertThat(
                        run(
                                "return [Symbol.keyFor(Symbol.for(\"k\")), Symbol.keyFor(Symbol(\"k\")), Symbol.keyFor(Symbol.iterator), Symbol.keyFor(Symbol.for(\"\"))]"))
                .isEqualTo("[\"k\", undefined, undefined, \"\"]");
    }

    @Test
    void symbolKeyForRejectsNonSymbols() {
        assertThat(run("try { Symbol.keyFor(\"x\") } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: x is not a symbol\"");
    }

    @Test
    void symbolKeyForRejectsNumbers() {
        assertThat(run("try { Symbol.keyFor(1) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: 1 is not a symbol\"");
    }

    @Test
    void symbolKeyForRejectsObjects() {
        assertThat(run("try { Symbol.keyFor({}) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: #<Object> is not a symbol\"");
    }

    @Test
    void symbolForAndKeyForAreNonEnumerableMethods() {
        assertThat(
                        run(
                                "const d = Object.getOwnPropertyDescriptor(Symbol, \"for\"); return [d.enumerable, d.writable, d.configurable, Symbol.for.length, Symbol.keyFor.length, Symbol.for.name, Symbol.keyFor.name]"))
                .isEqualTo("[false, true, true, 1, 1, \"for\", \"keyFor\"]");
    }

    @Test
    void registeredSymbolsWorkAsPropertyKeys() {
        assertThat(
                        run(
                                "const o = {[Symbol.for(\"k\")]: 1}; return [o[Symbol.for(\"k\")], Object.getOwnPropertySymbols(o)[0] === Symbol.for(\"k\")]"))
                .isEqualTo("[1, true]");
    }
}

package dev.loopsim.js.vm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopsim.js.testing.Snippets;
import org.junit.jupiter.api.Test;

/**
 * Language semantics, one rule per test. Each snippet runs as a CommonJS body (it may {@code return});
 * the expected text was recorded by running the same snippet in Node v20 and rendering its result the
 * way {@link Snippets#render} does, after the promise jobs had run.
 */
class EngineTest {

    private static String run(String code) {
        return Snippets.run(code);
    }

    @Test
    void privateAccessorsAndMethodsBehaveAsPrivateElements() {
        // Recorded from node: [[20,"static"],"'#y' was defined without a setter",
        // "'#z' was defined without a getter","Private method '#meth' is not writable"]
        assertThat(run("class A { #v = 1; get #x() { return this.#v } set #x(n) { this.#v = n * 10 }"
                        + " static get #s() { return \"static\" } bump() { this.#x = 2; return [this.#x, A.#s] }"
                        + " ro() { try { this.#y = 1 } catch (e) { return e.message } } get #y() { return 1 }"
                        + " wo() { try { return this.#z } catch (e) { return e.message } } set #z(v) {}"
                        + " m() { try { this.#meth = 1 } catch (e) { return e.message } } #meth() {} }"
                        + " const a = new A(); return [a.bump(), a.ro(), a.wo(), a.m()]"))
                .isEqualTo("[[20, \"static\"], \"'#y' was defined without a setter\","
                        + " \"'#z' was defined without a getter\", \"Private method '#meth' is not writable\"]");
    }

    @Test
    void assignmentToASuperPropertyDefinesItOnThis() {
        // Recorded from node: [5,["x"]]
        assertThat(run("class B { greet() { return \"b\" } } class C extends B { set() { super.x = 5;"
                        + " return [this.x, Object.keys(this)] } } return new C().set()"))
                .isEqualTo("[5, [\"x\"]]");
    }

    @Test
    void sloppyArgumentsAliasSimpleParametersButStrictOnesDoNot() {
        // Recorded from node: ["x","x",true,2,"[object Arguments]"] / 1 / [null,1]
        assertThat(run("function f(a, b) { arguments[0] = 5; const same = arguments === arguments; a = \"x\";"
                        + " return [a, arguments[0], same, arguments.length, Object.prototype.toString.call(arguments)] }"
                        + " function g(a) { \"use strict\"; a = 2; return arguments[0] }"
                        + " function h(a, b) { b = 9; return [arguments[1], arguments.length] }"
                        + " return [f(1, 2), g(1), h(1)]"))
                .isEqualTo("[[\"x\", \"x\", true, 2, \"[object Arguments]\"], 1, [undefined, 1]]");
    }

    @Test
    void defaultParametersSeeParametersNotTheBodysDeclarations() {
        // Recorded from node: outer / [ 2, 1 ]
        assertThat(run("let x = \"outer\"; function f(a = x) { let x = \"inner\"; return a }"
                        + " function g(a, b = () => a) { var a = 2; return [a, b()] } return [f(), g(1)]"))
                .isEqualTo("[\"outer\", [2, 1]]");
    }

    @Test
    void queueMicrotaskRunsInTheSameQueueAsPromiseJobsAndChecksItsArgument() {
        // Recorded from node: [["sync", "a1", "qm1", "a2", "qm2"], "TypeError ERR_INVALID_ARG_TYPE The \"callback\"
        // argument must be of type function. Received type number (5)"]
        assertThat(run("const log = []; Promise.resolve().then(() => log.push(\"a1\")).then(() => log.push(\"a2\"));"
                        + " queueMicrotask(() => { log.push(\"qm1\"); queueMicrotask(() => log.push(\"qm2\")) }); log.push(\"sync\");"
                        + " let e; try { queueMicrotask(5) } catch (x) { e = x.name + \" \" + x.code + \" \" + x.message }"
                        + " return [log, e]"))
                .isEqualTo(
                        "[[\"sync\", \"a1\", \"qm1\", \"a2\", \"qm2\"], \"TypeError ERR_INVALID_ARG_TYPE The \\\"callback\\\""
                                + " argument must be of type function. Received type number (5)\"]");
    }

    @Test
    void returnDuringYieldStarClosesTheInnerGeneratorAndFinishesTheOuter() {
        // Recorded from node: [{"value":"early","done":true},{"done":true}]
        assertThat(run("function* i() { yield 1 } function* o() { yield* i() } const g = o(); g.next();"
                        + " return [g.return(\"early\"), g.next()]"))
                .isEqualTo("[{value: \"early\", done: true}, {value: undefined, done: true}]");
    }

    @Test
    void sloppyFunctionsOwnInertArgumentsAndCallerProperties() {
        // Recorded from node: length,name,arguments,caller,prototype / length,name,prototype / length,name
        assertThat(run("return [Object.getOwnPropertyNames(function () {}).join(),"
                        + " Object.getOwnPropertyNames(function () { \"use strict\" }).join(),"
                        + " Object.getOwnPropertyNames(() => 1).join()]"))
                .isEqualTo("[\"length,name,arguments,caller,prototype\", \"length,name,prototype\", \"length,name\"]");
    }

    @Test
    void assigningArrayLengthConvertsToUint32OrThrowsRangeError() {
        // Recorded from node: [2, "RangeError: Invalid array length", "Invalid array length", 1]
        assertThat(run("const r = []; const a = [1, 2, 3]; a.length = \"2\"; r.push(a.length);"
                        + " try { a.length = -1 } catch (e) { r.push(e.constructor.name + \": \" + e.message) }"
                        + " try { a.length = 1.5 } catch (e) { r.push(e.message) }"
                        + " const b = [1, 2]; b.length = {valueOf() { return 1 }}; r.push(b.length); return r"))
                .isEqualTo("[2, \"RangeError: Invalid array length\", \"Invalid array length\", 1]");
    }

    @Test
    void inOperatorLooksUpTheLeftKeyInTheRightObjectAndItsPrototypes() {
        // Recorded from node: [true, false, true, false, true]
        assertThat(
                        run(
                                "const o = {a: 1}; const arr = [5]; return [\"a\" in o, \"b\" in o, 0 in arr, 1 in arr, \"toString\" in o]"))
                .isEqualTo("[true, false, true, false, true]");
    }

    @Test
    void additionOfNumbersAndStrings() {
        assertThat(run("return [1 + 2, \"a\" + 1, 1 + \"2\", true + 1, null + 1, [] + {}]"))
                .isEqualTo("[3, \"a1\", \"12\", 2, 1, \"[object Object]\"]");
    }

    @Test
    void closuresCaptureTheirEnvironment() {
        assertThat(run("let x = 10; function f(a) { return a * x } x = 20; return f(4)"))
                .isEqualTo("80");
    }

    @Test
    void letInForLoopGetsAFreshBindingPerIteration() {
        assertThat(
                        run(
                                "const fs = []; for (let i = 0; i < 3; i++) fs.push(() => i); return [fs[0](), fs[1](), fs[2]()]"))
                .isEqualTo("[0, 1, 2]");
    }

    @Test
    void varInForLoopSharesOneBinding() {
        assertThat(run("var fs = []; for (var i = 0; i < 3; i++) fs.push(() => i); return [fs[0](), fs[2]()]"))
                .isEqualTo("[3, 3]");
    }

    @Test
    void readingALetBeforeItsDeclarationIsAReferenceError() {
        assertThat(run("try { x; let x = 1; } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"ReferenceError: Cannot access 'x' before initialization\"");
    }

    @Test
    void assigningToAConstIsATypeError() {
        assertThat(run("const c = 1; try { c = 2 } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: Assignment to constant variable.\"");
    }

    @Test
    void propertyOfNullThrowsWithTheKeyInTheMessage() {
        assertThat(run("try { null.x } catch (e) { return e.message }"))
                .isEqualTo("\"Cannot read properties of null (reading 'x')\"");
    }

    @Test
    void callingANonFunctionNamesTheCallee() {
        assertThat(run("const o = {}; try { o.method() } catch (e) { return e.message }"))
                .isEqualTo("\"o.method is not a function\"");
    }

    @Test
    void undeclaredVariableIsAReferenceError() {
        assertThat(run("try { missing } catch (e) { return e.message }")).isEqualTo("\"missing is not defined\"");
    }

    @Test
    void constructorFunctionsAndPrototypes() {
        assertThat(
                        run(
                                "function F(a) { this.a = a } F.prototype.get = function () { return this.a }; return [new F(7).get(), new F(1) instanceof F]"))
                .isEqualTo("[7, true]");
    }

    @Test
    void classesWithPrivateFieldsSuperAndStatics() {
        assertThat(
                        run(
                                "class A { #x = 1; constructor(y) { this.y = y } sum() { return this.#x + this.y } static s = 5 } class B extends A { constructor() { super(10) } sum() { return super.sum() * 2 } } return [new B().sum(), A.s]"))
                .isEqualTo("[22, 5]");
    }

    @Test
    void classConstructorWithoutNewIsATypeError() {
        assertThat(run("class A {} try { A() } catch (e) { return e.message }"))
                .isEqualTo("\"Class constructor A cannot be invoked without 'new'\"");
    }

    @Test
    void derivedClassFieldsInitialiseAfterSuper() {
        assertThat(
                        run(
                                "class A { constructor() { this.log = [\"A\"] } } class B extends A { f = this.log.push(\"field\"); constructor() { super(); this.log.push(\"B\") } } return new B().log"))
                .isEqualTo("[\"A\", \"field\", \"B\"]");
    }

    @Test
    void forOfContinueAndBreak() {
        assertThat(
                        run(
                                "let r = []; for (const x of [1, 2, 3, 4]) { if (x == 2) continue; if (x == 4) break; r.push(x) } return r"))
                .isEqualTo("[1, 3]");
    }

    @Test
    void destructuringWithDefaultsAndRest() {
        assertThat(run("const {a, b: [c, d = 4], ...rest} = {a: 1, b: [3], e: 5, f: 6}; return [a, c, d, rest]"))
                .isEqualTo("[1, 3, 4, {e: 5, f: 6}]");
    }

    @Test
    void arrayDestructuringSkipsHolesAndCollectsRest() {
        assertThat(run("const [a, , b, ...rest] = [1, 2, 3, 4, 5]; return [a, b, rest]"))
                .isEqualTo("[1, 3, [4, 5]]");
    }

    @Test
    void swapThroughArrayDestructuring() {
        assertThat(run("let a = 1, b = 2; [a, b] = [b, a]; return [a, b]")).isEqualTo("[2, 1]");
    }

    @Test
    void generatorsReceiveValuesFromNext() {
        assertThat(
                        run(
                                "function* g() { const x = yield 1; yield x * 2; return 9 } const it = g(); return [it.next().value, it.next(5).value, it.next(), it.next()]"))
                .isEqualTo("[1, 10, {value: 9, done: true}, {value: undefined, done: true}]");
    }

    @Test
    void generatorReturnRunsFinallyBlocks() {
        assertThat(
                        run(
                                "const log = []; function* g() { try { yield 1; yield 2 } finally { log.push(\"cleanup\") } } const it = g(); it.next(); return [it.return(7), log]"))
                .isEqualTo("[{value: 7, done: true}, [\"cleanup\"]]");
    }

    @Test
    void yieldStarDelegatesAndReturnsTheInnerResult() {
        assertThat(
                        run(
                                "function* inner() { yield 1; return \"r\" } function* outer() { const v = yield* inner(); yield v } return [...outer()]"))
                .isEqualTo("[1, \"r\"]");
    }

    @Test
    void spreadOfAGeneratorAndAString() {
        assertThat(run("function* g() { yield 1; yield 2 } return [...g(), ...\"ab\"]"))
                .isEqualTo("[1, 2, \"a\", \"b\"]");
    }

    @Test
    void labelledContinueSkipsToTheOuterLoop() {
        assertThat(
                        run(
                                "const r = []; outer: for (let i = 0; i < 3; i++) { for (let j = 0; j < 3; j++) { if (j == 1) continue outer; r.push(i + \"\" + j) } } return r"))
                .isEqualTo("[\"00\", \"10\", \"20\"]");
    }

    @Test
    void finallyRunsOnReturnAndItsValueIsKept() {
        assertThat(
                        run(
                                "var log; function f() { try { return \"try\" } finally { log = \"finally\" } } return [f(), log]"))
                .isEqualTo("[\"try\", \"finally\"]");
    }

    @Test
    void returnInFinallyOverridesTheTry() {
        assertThat(run("function f() { try { return 1 } finally { return 2 } } return f()"))
                .isEqualTo("2");
    }

    @Test
    void breakThroughFinallyRunsIt() {
        assertThat(run("let n = 0; for (const x of [1, 2, 3]) { try { if (x == 2) break } finally { n++ } } return n"))
                .isEqualTo("2");
    }

    @Test
    void nestedFinallyBlocksRunInnermostFirst() {
        assertThat(
                        run(
                                "const log = []; function f() { try { try { return \"v\" } finally { log.push(1) } } finally { log.push(2) } } return [f(), log]"))
                .isEqualTo("[\"v\", [1, 2]]");
    }

    @Test
    void catchBindsTheThrownValue() {
        assertThat(run("try { throw {code: 42} } catch ({code}) { return code }"))
                .isEqualTo("42");
    }

    @Test
    void breakingOutOfForOfClosesTheIterator() {
        assertThat(
                        run(
                                "const log = []; const it = { [Symbol.iterator]() { return { next: () => ({done: false, value: 1}), return() { log.push(\"closed\"); return {} } } } }; for (const x of it) break; return log"))
                .isEqualTo("[\"closed\"]");
    }

    @Test
    void templateLiteralsConvertWithToString() {
        assertThat(run("return `a${1 + 1}b${\"c\"}${[1, 2]}`")).isEqualTo("\"a2bc1,2\"");
    }

    @Test
    void typeofOfAnUndeclaredNameIsUndefined() {
        assertThat(run("return [typeof undeclared, typeof null, typeof (() => 1), typeof Symbol()]"))
                .isEqualTo("[\"undefined\", \"object\", \"function\", \"symbol\"]");
    }

    @Test
    void sloppyAssignmentToAnUndeclaredNameCreatesAGlobal() {
        assertThat(run("x = 5; return [x, globalThis.x]")).isEqualTo("[5, 5]");
    }

    @Test
    void getterAndComputedKeysInObjectLiterals() {
        assertThat(run("let o = {a: 1, get b() { return this.a + 1 }, [\"c\" + 1]: 3}; return [o.b, o.c1]"))
                .isEqualTo("[2, 3]");
    }

    @Test
    void namedFunctionExpressionSeesItself() {
        assertThat(run("return (function fact(n) { return n <= 1 ? 1 : n * fact(n - 1) })(5)"))
                .isEqualTo("120");
    }

    @Test
    void deepRecursionIsACatchableRangeError() {
        assertThat(
                        run(
                                "function f() { return f() } try { f() } catch (e) { return [e instanceof RangeError, e.message] }"))
                .isEqualTo("[true, \"Maximum call stack size exceeded\"]");
    }

    @Test
    void optionalChainingShortCircuits() {
        assertThat(run("let a; const o = {f() { return 1 }}; return [a?.b.c, a?.(), o.f?.(), o.g?.()]"))
                .isEqualTo("[undefined, undefined, 1, undefined]");
    }

    @Test
    void logicalAndNullishOperators() {
        assertThat(run("return [0 || \"x\", 0 ?? \"y\", null ?? \"z\", 1 && 2, \"\" && 3]"))
                .isEqualTo("[\"x\", 0, \"z\", 2, \"\"]");
    }

    @Test
    void logicalAssignmentOnlyAssignsWhenNeeded() {
        assertThat(run("let a = null, b = 1, c = 0; a ??= \"set\"; b ||= \"kept\"; c &&= \"kept\"; return [a, b, c]"))
                .isEqualTo("[\"set\", 1, 0]");
    }

    @Test
    void switchFallsThroughUntilBreak() {
        assertThat(
                        run(
                                "const r = []; switch (2) { case 1: r.push(1); case 2: r.push(2); case 3: r.push(3); break; default: r.push(\"d\") } return r"))
                .isEqualTo("[2, 3]");
    }

    @Test
    void errorSubclassesAndMessages() {
        assertThat(
                        run(
                                "let e = new TypeError(\"bad\"); return [e instanceof TypeError, e instanceof Error, e.name, e.message, e.toString()]"))
                .isEqualTo("[true, true, \"TypeError\", \"bad\", \"TypeError: bad\"]");
    }

    @Test
    void errorCause() {
        assertThat(run("return new Error(\"outer\", {cause: \"inner\"}).cause")).isEqualTo("\"inner\"");
    }

    @Test
    void looseEqualityConversions() {
        assertThat(run("return [1 == \"1\", null == undefined, null == 0, \"\" == 0, [1] == 1, NaN == NaN]"))
                .isEqualTo("[true, true, false, true, true, false]");
    }

    @Test
    void relationalComparisonsOfStringsAndNumbers() {
        assertThat(run("return [\"a\" < \"b\", \"10\" < \"9\", 10 < 9, \"10\" < 9, null >= 0, undefined < 1]"))
                .isEqualTo("[true, true, false, false, true, false]");
    }

    @Test
    void numberFormatting() {
        assertThat(run("return [0.1 + 0.2, 1e21, 1 / 3, -0 + \"\", 2 ** 53 + 2, 100 / 3]"))
                .isEqualTo(
                        "[0.30000000000000004, 1e+21, 0.3333333333333333, \"0\", 9007199254740994, 33.333333333333336]");
    }

    @Test
    void bitwiseOperators() {
        assertThat(run("return [5 & 3, 5 | 3, 5 ^ 3, ~5, 1 << 31, -1 >>> 28, -16 >> 2]"))
                .isEqualTo("[1, 7, 6, -6, -2147483648, 15, -4]");
    }

    @Test
    void remainderAndExponent() {
        assertThat(run("return [-7 % 3, 7 % -3, 2 ** 10, (-8) ** (1 / 3)]")).isEqualTo("[-1, 1, 1024, NaN]");
    }

    @Test
    void forInVisitsEnumerableKeysIncludingInheritedOnce() {
        assertThat(
                        run(
                                "const p = {a: 1, shared: 1}; function C() { this.b = 2; this.shared = 2 } C.prototype = p; const r = []; for (const k in new C()) r.push(k); return r"))
                .isEqualTo("[\"b\", \"shared\", \"a\"]");
    }

    @Test
    void argumentsObjectHoldsTheCallsArguments() {
        assertThat(run("function f() { return [arguments.length, arguments[1]] } return f(1, \"two\", 3)"))
                .isEqualTo("[3, \"two\"]");
    }

    @Test
    void arrowFunctionsTakeThisFromTheirDefinition() {
        assertThat(run("const o = {v: 1, f() { const g = () => this.v; return g() }}; return o.f()"))
                .isEqualTo("1");
    }

    @Test
    void bindFixesThisAndArguments() {
        assertThat(
                        run(
                                "function f(a, b) { return [this.v, a, b] } const g = f.bind({v: 1}, \"a\"); return [g(\"b\"), g.name, g.length]"))
                .isEqualTo("[[1, \"a\", \"b\"], \"bound f\", 1]");
    }

    @Test
    void callAndApply() {
        assertThat(
                        run(
                                "function f(a, b) { return this.x + a + b } return [f.call({x: 1}, 2, 3), f.apply({x: 1}, [2, 3])]"))
                .isEqualTo("[6, 6]");
    }

    @Test
    void awaitOrdersContinuationsBehindEarlierJobs() {
        assertThat(
                        run(
                                "const log = []; (async () => { log.push(\"a\"); await null; log.push(\"c\") })(); log.push(\"b\"); Promise.resolve().then(() => log.push(\"d\")); return log"))
                .isEqualTo("[\"a\", \"b\", \"c\", \"d\"]");
    }

    @Test
    void asyncFunctionRejectionCanBeCaught() {
        assertThat(
                        run(
                                "const log = []; async function f() { throw new Error(\"boom\") } f().catch(e => log.push(e.message)); return log"))
                .isEqualTo("[\"boom\"]");
    }

    @Test
    void promiseAllKeepsInputOrder() {
        assertThat(
                        run(
                                "const out = []; Promise.all([Promise.resolve(1), 2, new Promise(r => r(3))]).then(v => out.push(v)); return out"))
                .isEqualTo("[[1, 2, 3]]");
    }

    @Test
    void forAwaitOverAnAsyncGenerator() {
        assertThat(
                        run(
                                "const out = []; async function* g() { yield 1; await null; yield 2 } (async () => { for await (const x of g()) out.push(x) })(); return out"))
                .isEqualTo("[1, 2]");
    }
}

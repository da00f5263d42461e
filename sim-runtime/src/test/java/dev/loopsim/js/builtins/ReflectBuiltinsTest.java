package dev.loopsim.js.builtins;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopsim.js.testing.Snippets;
import org.junit.jupiter.api.Test;

/**
 * The Reflect namespace: each internal method as a function, returning booleans where Object throws.
 * Expected values were recorded by running each snippet in Node v20 as {@code new Function(code)()} and
 * rendering the result as {@link Snippets#render} does, after pending jobs had run.
 */
class ReflectBuiltinsTest {

    /** Every built-in group is registered in Engine; the snippet runs in a fresh one. */
    private static String run(String code) {
        return Snippets.run(code);
    }

    @Test
    void reflectDefinePropertyArrayLengthFractionIsARangeError() {
        assertThat(
                        run(
                                "try { Reflect.defineProperty([], \"length\", {value: 1.5}) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"RangeError: Invalid array length\"");
    }

    @Test
    void reflectApplyCallsWithThisAndArgumentList() {
        assertThat(run("function f(a, b) { return this.x + a + b } return Reflect.apply(f, {x: 1}, [2, 3])"))
                .isEqualTo("6");
    }

    @Test
    void reflectApplyAcceptsArrayLikes() {
        assertThat(run("function f() { return arguments.length } return Reflect.apply(f, null, {length: 3})"))
                .isEqualTo("3");
    }

    @Test
    void reflectApplyRejectsNonCallable() {
        assertThat(run("try { Reflect.apply(1) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo(
                        "\"TypeError: Function.prototype.apply was called on 1, which is a number and not a function\"");
    }

    @Test
    void reflectApplyRejectsObjectTarget() {
        assertThat(run("try { Reflect.apply({}) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo(
                        "\"TypeError: Function.prototype.apply was called on #<Object>, which is an object and not a function\"");
    }

    @Test
    void reflectApplyRejectsUndefinedTarget() {
        assertThat(run("try { Reflect.apply(undefined) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo(
                        "\"TypeError: Function.prototype.apply was called on undefined, which is a undefined and not a function\"");
    }

    @Test
    void reflectApplyRequiresAnArgumentList() {
        assertThat(
                        run(
                                "try { Reflect.apply(function () {}, null, 1) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: CreateListFromArrayLike called on non-object\"");
    }

    @Test
    void reflectConstructCreatesAnInstance() {
        assertThat(
                        run(
                                "class P { constructor(a) { this.a = a } } const p = Reflect.construct(P, [5]); return [p.a, p instanceof P]"))
                .isEqualTo("[5, true]");
    }

    @Test
    void reflectConstructUsesNewTargetForThePrototype() {
        assertThat(
                        run(
                                "function A() { this.t = new.target === B } function B() {} const o = Reflect.construct(A, [], B); return [o.t, Object.getPrototypeOf(o) === B.prototype]"))
                .isEqualTo("[true, true]");
    }

    @Test
    void reflectConstructWithBuiltInAndNewTarget() {
        assertThat(
                        run(
                                "class MyMap extends Map {} const m = Reflect.construct(Map, [[[1, 2]]], MyMap); return [m instanceof MyMap, m.get(1)]"))
                .isEqualTo("[true, 2]");
    }

    @Test
    void reflectConstructRejectsNonConstructors() {
        assertThat(
                        run(
                                "try { Reflect.construct({}, []) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: #<Object> is not a constructor\"");
    }

    @Test
    void reflectConstructRejectsNonConstructorNewTarget() {
        assertThat(
                        run(
                                "try { Reflect.construct(function () {}, [], 1) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: 1 is not a constructor\"");
    }

    @Test
    void reflectDefinePropertyReturnsABoolean() {
        assertThat(
                        run(
                                "const o = Object.freeze({a: 1}); return [Reflect.defineProperty({}, \"x\", {value: 1}), Reflect.defineProperty(o, \"a\", {value: 2}), Reflect.defineProperty(o, \"b\", {value: 2})]"))
                .isEqualTo("[true, false, false]");
    }

    @Test
    void reflectDefinePropertyOnNonObjectThrows() {
        assertThat(
                        run(
                                "try { Reflect.defineProperty(1) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: Reflect.defineProperty called on non-object\"");
    }

    @Test
    void reflectDeletePropertyReportsSuccess() {
        assertThat(
                        run(
                                "const o = {a: 1}; Object.defineProperty(o, \"b\", {value: 2}); return [Reflect.deleteProperty(o, \"a\"), Reflect.deleteProperty(o, \"b\"), Reflect.deleteProperty(o, \"zz\"), o]"))
                .isEqualTo("[true, false, true, {}]");
    }

    @Test
    void reflectDeletePropertyOnNonObjectThrows() {
        assertThat(
                        run(
                                "try { Reflect.deleteProperty(1, \"a\") } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: Reflect.deleteProperty called on non-object\"");
    }

    @Test
    void reflectGetReadsThroughThePrototypeChain() {
        assertThat(
                        run(
                                "return [Reflect.get(Object.create({a: 1}), \"a\"), Reflect.get([5, 6], 1), Reflect.get({}, \"missing\")]"))
                .isEqualTo("[1, 6, undefined]");
    }

    @Test
    void reflectGetPassesTheReceiverToGetters() {
        assertThat(run("const o = { get x() { return this.y } }; return Reflect.get(o, \"x\", {y: 42})"))
                .isEqualTo("42");
    }

    @Test
    void reflectGetOnNonObjectThrows() {
        assertThat(run("try { Reflect.get(1, \"a\") } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: Reflect.get called on non-object\"");
    }

    @Test
    void reflectGetOwnPropertyDescriptorMatchesObject() {
        assertThat(
                        run(
                                "return [Reflect.getOwnPropertyDescriptor({a: 1}, \"a\"), Reflect.getOwnPropertyDescriptor({}, \"a\")]"))
                .isEqualTo("[{value: 1, writable: true, enumerable: true, configurable: true}, undefined]");
    }

    @Test
    void reflectGetOwnPropertyDescriptorOnNonObjectThrows() {
        assertThat(
                        run(
                                "try { Reflect.getOwnPropertyDescriptor(1) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: Reflect.getOwnPropertyDescriptor called on non-object\"");
    }

    @Test
    void reflectGetPrototypeOf() {
        assertThat(
                        run(
                                "const p = {}; return [Reflect.getPrototypeOf(Object.create(p)) === p, Reflect.getPrototypeOf(Object.create(null))]"))
                .isEqualTo("[true, null]");
    }

    @Test
    void reflectGetPrototypeOfDoesNotCoercePrimitives() {
        assertThat(
                        run(
                                "try { Reflect.getPrototypeOf(1) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: Reflect.getPrototypeOf called on non-object\"");
    }

    @Test
    void reflectHasSeesInheritedProperties() {
        assertThat(
                        run(
                                "const s = Symbol(); return [Reflect.has({a: 1}, \"a\"), Reflect.has(Object.create({b: 1}), \"b\"), Reflect.has({}, \"toString\"), Reflect.has({[s]: 1}, s), Reflect.has([1], 0), Reflect.has({}, \"x\")]"))
                .isEqualTo("[true, true, true, true, true, false]");
    }

    @Test
    void reflectHasOnNonObjectThrows() {
        assertThat(run("try { Reflect.has(1, \"a\") } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: Reflect.has called on non-object\"");
    }

    @Test
    void reflectIsExtensibleAndPreventExtensions() {
        assertThat(
                        run(
                                "const o = {}; const before = Reflect.isExtensible(o); const r = Reflect.preventExtensions(o); return [before, r, Reflect.isExtensible(o)]"))
                .isEqualTo("[true, true, false]");
    }

    @Test
    void reflectIsExtensibleOnNonObjectThrows() {
        assertThat(run("try { Reflect.isExtensible(1) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: Reflect.isExtensible called on non-object\"");
    }

    @Test
    void reflectPreventExtensionsOnNonObjectThrows() {
        assertThat(
                        run(
                                "try { Reflect.preventExtensions(1) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: Reflect.preventExtensions called on non-object\"");
    }

    @Test
    void reflectOwnKeysListsStringsThenSymbols() {
        assertThat(
                        run(
                                "const s = Symbol(\"s\"); const k = Reflect.ownKeys({b: 1, [s]: 2, 1: 3, a: 4}); return [k.length, k[0], k[1], k[2], k[3] === s]"))
                .isEqualTo("[4, \"1\", \"b\", \"a\", true]");
    }

    @Test
    void reflectOwnKeysIncludesNonEnumerable() {
        assertThat(run("return Reflect.ownKeys([1, 2])")).isEqualTo("[\"0\", \"1\", \"length\"]");
    }

    @Test
    void reflectOwnKeysOnNonObjectThrows() {
        assertThat(run("try { Reflect.ownKeys(1) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: Reflect.ownKeys called on non-object\"");
    }

    @Test
    void reflectSetReturnsFalseForReadOnly() {
        assertThat(
                        run(
                                "const o = Object.freeze({a: 1}); return [Reflect.set(o, \"a\", 2), Reflect.set({}, \"a\", 2), o.a]"))
                .isEqualTo("[false, true, 1]");
    }

    @Test
    void reflectSetWithReceiverWritesToTheReceiver() {
        assertThat(
                        run(
                                "const target = {}; const receiver = {}; Reflect.set(target, \"x\", 1, receiver); return [target, receiver]"))
                .isEqualTo("[{}, {x: 1}]");
    }

    @Test
    void reflectSetCallsSetterWithReceiver() {
        assertThat(
                        run(
                                "const o = { set x(v) { this.seen = v } }; const r = {}; Reflect.set(o, \"x\", 9, r); return [r.seen, o.seen]"))
                .isEqualTo("[9, undefined]");
    }

    @Test
    void reflectSetOnNonObjectThrows() {
        assertThat(run("try { Reflect.set(1, \"a\") } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: Reflect.set called on non-object\"");
    }

    @Test
    void reflectSetPrototypeOfReturnsFalseInsteadOfThrowing() {
        assertThat(
                        run(
                                "const a = {}; const b = Object.create(a); return [Reflect.setPrototypeOf(a, b), Reflect.setPrototypeOf(Object.preventExtensions({}), {}), Reflect.setPrototypeOf({}, null)]"))
                .isEqualTo("[false, false, true]");
    }

    @Test
    void reflectSetPrototypeOfRejectsNonObjectPrototype() {
        assertThat(
                        run(
                                "try { Reflect.setPrototypeOf({}, 1) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: Object prototype may only be an Object or null: 1\"");
    }

    @Test
    void reflectHasToStringTag() {
        assertThat(
                        run(
                                "return [Object.prototype.toString.call(Reflect), Object.keys(Reflect).length, Reflect.apply.length, Reflect.construct.length, Reflect.set.length, typeof Reflect]"))
                .isEqualTo("[\"[object Reflect]\", 0, 3, 2, 3, \"object\"]");
    }
}

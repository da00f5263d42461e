package dev.loopsim.js.builtins;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopsim.js.testing.Snippets;
import org.junit.jupiter.api.Test;

/**
 * Map, Set, WeakMap and WeakSet: SameValueZero keys, insertion order, live iteration and receiver checks.
 * Expected values were recorded by running each snippet in Node v20 as {@code new Function(code)()} and
 * rendering the result as {@link Snippets#render} does, after pending jobs had run.
 */
class CollectionBuiltinsTest {

    /** Every built-in group is registered in Engine; the snippet runs in a fresh one. */
    private static String run(String code) {
        return Snippets.run(code);
    }

    @Test
    void mapSetWithNoArgumentsStoresUndefined() {
        assertThat(run("const m = new Map(); m.set(); return [m.size, m.has(undefined), m.get(undefined)]"))
                .isEqualTo("[1, true, undefined]");
    }

    @Test
    void setOfNegativeZeroStoresPositiveZero() {
        assertThat(run("const s = new Set([-0]); return [Object.is([...s][0], 0), s.has(0), s.has(-0)]"))
                .isEqualTo("[true, true, true]");
    }

    @Test
    void mapEntriesSpreadIntoObjectFromEntries() {
        assertThat(run("return Object.fromEntries(new Map([[\"a\", 1], [\"b\", 2]]).entries())"))
                .isEqualTo("{a: 1, b: 2}");
    }

    @Test
    void mapIteratorValuesKindYieldsValues() {
        assertThat(run("const it = new Map([[\"k\", \"v\"]]).values(); return [it.next().value, it.next().done]"))
                .isEqualTo("[\"v\", true]");
    }

    @Test
    void weakMapSetOverwritesTheValue() {
        assertThat(run("const k = {}; const w = new WeakMap(); w.set(k, 1).set(k, 2); return w.get(k)"))
                .isEqualTo("2");
    }

    @Test
    void mapConstructorPropagatesIteratorErrors() {
        assertThat(
                        run(
                                "const it = { [Symbol.iterator]() { return { next() { throw new Error(\"broken\") } } } }; try { new Map(it) } catch (e) { return e.message }"))
                .isEqualTo("\"broken\"");
    }

    @Test
    void setFromMapHoldsTheEntryArrays() {
        assertThat(run("const s = new Set(new Map([[1, 2]])); const [first] = s; return [s.size, first]"))
                .isEqualTo("[1, [1, 2]]");
    }

    @Test
    void mapForEachStopsWhenClearedDuringIteration() {
        assertThat(
                        run(
                                "const m = new Map([[1, 1], [2, 2], [3, 3]]); const seen = []; m.forEach((v, k) => { seen.push(k); m.clear() }); return [seen, m.size]"))
                .isEqualTo("[[1], 0]");
    }

    @Test
    void mapDeleteOfNaNKey() {
        assertThat(run("const m = new Map([[NaN, 1]]); return [m.delete(NaN), m.size]"))
                .isEqualTo("[true, 0]");
    }

    @Test
    void mapStoresAndRetrievesByKey() {
        assertThat(
                        run(
                                "const m = new Map(); const k = {}; m.set(\"a\", 1).set(k, 2).set(1, 3); return [m.get(\"a\"), m.get(k), m.get(1), m.get(\"1\"), m.get({}), m.size]"))
                .isEqualTo("[1, 2, 3, undefined, undefined, 3]");
    }

    @Test
    void mapKeysUseSameValueZero() {
        assertThat(
                        run(
                                "const m = new Map([[NaN, \"nan\"], [0, \"zero\"]]); return [m.get(NaN), m.get(-0), m.has(-0), Object.is([...m.keys()][1], -0)]"))
                .isEqualTo("[\"nan\", \"zero\", true, false]");
    }

    @Test
    void mapSetNormalizesNegativeZeroKey() {
        assertThat(run("const m = new Map(); m.set(-0, 1); return Object.is([...m.keys()][0], 0)"))
                .isEqualTo("true");
    }

    @Test
    void mapConstructorTakesEntriesFromIterable() {
        assertThat(run("const m = new Map([[\"a\", 1], [\"b\", 2], [\"a\", 3]]); return [m.size, [...m.entries()]]"))
                .isEqualTo("[2, [[\"a\", 3], [\"b\", 2]]]");
    }

    @Test
    void mapConstructorWithUndefinedOrNullIsEmpty() {
        assertThat(run("return [new Map(undefined).size, new Map(null).size]")).isEqualTo("[0, 0]");
    }

    @Test
    void mapConstructorRequiresNew() {
        assertThat(run("try { Map() } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: Constructor Map requires 'new'\"");
    }

    @Test
    void mapConstructorRejectsNonIterable() {
        assertThat(run("try { new Map(1) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: number 1 is not iterable (cannot read property Symbol(Symbol.iterator))\"");
    }

    @Test
    void mapConstructorRejectsObjectWithoutIterator() {
        assertThat(run("try { new Map({}) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: object is not iterable (cannot read property Symbol(Symbol.iterator))\"");
    }

    @Test
    void mapConstructorRejectsNonObjectEntries() {
        assertThat(run("try { new Map([1]) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: Iterator value 1 is not an entry object\"");
    }

    @Test
    void mapConstructorRejectsStringEntries() {
        assertThat(run("try { new Map(\"ab\") } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: Iterator value a is not an entry object\"");
    }

    @Test
    void mapConstructorUsesOverriddenSet() {
        assertThat(
                        run(
                                "const calls = []; class M extends Map { set(k, v) { calls.push(k); return super.set(k, v) } } new M([[1, 1], [2, 2]]); return calls"))
                .isEqualTo("[1, 2]");
    }

    @Test
    void mapDeleteAndHas() {
        assertThat(
                        run(
                                "const m = new Map([[1, \"a\"], [2, \"b\"]]); return [m.delete(1), m.delete(1), m.has(1), m.has(2), m.size]"))
                .isEqualTo("[true, false, false, true, 1]");
    }

    @Test
    void mapClearEmptiesTheMap() {
        assertThat(run("const m = new Map([[1, 1], [2, 2]]); const r = m.clear(); return [r, m.size, m.has(1)]"))
                .isEqualTo("[undefined, 0, false]");
    }

    @Test
    void mapGetOfMissingKeyIsUndefined() {
        assertThat(run("return new Map().get(\"x\")")).isEqualTo("undefined");
    }

    @Test
    void mapIteratesInInsertionOrder() {
        assertThat(
                        run(
                                "const m = new Map(); m.set(\"z\", 1); m.set(\"a\", 2); m.set(\"z\", 3); return [[...m.keys()], [...m.values()], [...m]]"))
                .isEqualTo("[[\"z\", \"a\"], [3, 2], [[\"z\", 3], [\"a\", 2]]]");
    }

    @Test
    void mapReinsertAfterDeleteGoesToTheEnd() {
        assertThat(
                        run(
                                "const m = new Map([[\"a\", 1], [\"b\", 2]]); m.delete(\"a\"); m.set(\"a\", 3); return [...m.keys()]"))
                .isEqualTo("[\"b\", \"a\"]");
    }

    @Test
    void mapForEachPassesValueKeyAndMap() {
        assertThat(
                        run(
                                "const m = new Map([[\"a\", 1]]); const out = []; m.forEach(function (v, k, map) { out.push(v, k, map === m, this.t) }, {t: \"this\"}); return out"))
                .isEqualTo("[1, \"a\", true, \"this\"]");
    }

    @Test
    void mapForEachSeesEntriesAddedDuringIteration() {
        assertThat(
                        run(
                                "const m = new Map([[1, 1]]); const seen = []; m.forEach((v, k) => { seen.push(k); if (k < 4) m.set(k + 1, 0) }); return seen"))
                .isEqualTo("[1, 2, 3, 4]");
    }

    @Test
    void mapForEachSkipsEntriesDeletedDuringIteration() {
        assertThat(
                        run(
                                "const m = new Map([[1, 1], [2, 2], [3, 3]]); const seen = []; m.forEach((v, k) => { seen.push(k); m.delete(2) }); return seen"))
                .isEqualTo("[1, 3]");
    }

    @Test
    void mapForEachRejectsNonCallable() {
        assertThat(run("try { new Map().forEach(1) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: number 1 is not a function\"");
    }

    @Test
    void mapIteratorIsLiveAcrossDeleteAndInsert() {
        assertThat(
                        run(
                                "const m = new Map([[1, \"a\"], [2, \"b\"], [3, \"c\"]]); const it = m.keys(); const out = [it.next().value]; m.delete(2); m.set(4, \"d\"); out.push(it.next().value, it.next().value, it.next().done); return out"))
                .isEqualTo("[1, 3, 4, true]");
    }

    @Test
    void mapIteratorContinuesAfterClear() {
        assertThat(
                        run(
                                "const m = new Map([[1, 1], [2, 2]]); const it = m.entries(); it.next(); m.clear(); m.set(3, 3); const r = it.next(); return [r.value, r.done, it.next().done]"))
                .isEqualTo("[[3, 3], false, true]");
    }

    @Test
    void mapIteratorStaysDoneOnceFinished() {
        assertThat(
                        run(
                                "const m = new Map(); const it = m.values(); const first = it.next(); m.set(1, 1); return [first.done, first.value, it.next().done]"))
                .isEqualTo("[true, undefined, true]");
    }

    @Test
    void mapIteratorResultShape() {
        assertThat(run("const r = new Map([[1, 2]]).entries().next(); return [Object.keys(r), r.value, r.done]"))
                .isEqualTo("[[\"value\", \"done\"], [1, 2], false]");
    }

    @Test
    void mapIteratorPrototypeIsTaggedMapIterator() {
        assertThat(
                        run(
                                "const it = new Map().keys(); const proto = Object.getPrototypeOf(it); return [Object.prototype.toString.call(it), proto[Symbol.toStringTag], Object.keys(proto), it[Symbol.iterator]() === it, typeof proto.next]"))
                .isEqualTo("[\"[object Map Iterator]\", \"Map Iterator\", [], true, \"function\"]");
    }

    @Test
    void mapIteratorNextRejectsOtherReceivers() {
        assertThat(
                        run(
                                "try { new Map().keys().next.call({}) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo(
                        "\"TypeError: Method Map Iterator.prototype.next called on incompatible receiver #<Object>\"");
    }

    @Test
    void mapIteratorNextRejectsSetIterator() {
        assertThat(
                        run(
                                "try { new Map().keys().next.call(new Set().values()) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo(
                        "\"TypeError: Method Map Iterator.prototype.next called on incompatible receiver #<Object>\"");
    }

    @Test
    void mapSymbolIteratorIsEntries() {
        assertThat(run("return [Map.prototype[Symbol.iterator] === Map.prototype.entries, Map.prototype.entries.name]"))
                .isEqualTo("[true, \"entries\"]");
    }

    @Test
    void mapMethodsRejectIncompatibleReceivers() {
        assertThat(
                        run(
                                "try { Map.prototype.get.call({}, 1) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: Method Map.prototype.get called on incompatible receiver #<Object>\"");
    }

    @Test
    void mapMethodsRejectASet() {
        assertThat(
                        run(
                                "try { Map.prototype.set.call(new Set(), 1, 1) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: Method Map.prototype.set called on incompatible receiver #<Set>\"");
    }

    @Test
    void mapSizeGetterRejectsIncompatibleReceiver() {
        assertThat(
                        run(
                                "try { Object.getOwnPropertyDescriptor(Map.prototype, \"size\").get.call(new Set()) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: Method get Map.prototype.size called on incompatible receiver #<Set>\"");
    }

    @Test
    void mapSizeIsAnAccessorOnThePrototype() {
        assertThat(
                        run(
                                "const d = Object.getOwnPropertyDescriptor(Map.prototype, \"size\"); return [typeof d.get, d.set, d.enumerable, d.configurable, d.get.name]"))
                .isEqualTo("[\"function\", undefined, false, true, \"get size\"]");
    }

    @Test
    void mapToStringTagAndPrototypeShape() {
        assertThat(
                        run(
                                "return [Object.prototype.toString.call(new Map()), Map.prototype[Symbol.toStringTag], Object.keys(Map.prototype), Map.length, Map.name, Map.prototype.constructor === Map, Map.prototype.set.length]"))
                .isEqualTo("[\"[object Map]\", \"Map\", [], 0, \"Map\", true, 2]");
    }

    @Test
    void mapSpeciesReturnsThis() {
        assertThat(run("class M extends Map {} return [Map[Symbol.species] === Map, M[Symbol.species] === M]"))
                .isEqualTo("[true, true]");
    }

    @Test
    void mapSubclassKeepsItsPrototype() {
        assertThat(
                        run(
                                "class M extends Map { first() { return this.keys().next().value } } const m = new M([[\"k\", 1]]); return [m.first(), m instanceof Map, m.size, Object.prototype.toString.call(m)]"))
                .isEqualTo("[\"k\", true, 1, \"[object Map]\"]");
    }

    @Test
    void mapCanUseObjectsAndFunctionsAsKeys() {
        assertThat(
                        run(
                                "const f = () => 1; const o = {}; const m = new Map([[f, \"fn\"], [o, \"obj\"], [null, \"null\"], [undefined, \"undef\"]]); return [m.get(f), m.get(o), m.get(null), m.get(undefined), m.has()]"))
                .isEqualTo("[\"fn\", \"obj\", \"null\", \"undef\", true]");
    }

    @Test
    void mapKeyStringAndNumberAreDistinct() {
        assertThat(
                        run(
                                "const m = new Map([[1, \"n\"], [\"1\", \"s\"], [true, \"b\"]]); return [m.size, m.get(1), m.get(\"1\"), m.get(true)]"))
                .isEqualTo("[3, \"n\", \"s\", \"b\"]");
    }

    @Test
    void setAddsUniqueValues() {
        assertThat(run("const s = new Set([1, 2, 2, \"2\", NaN, NaN, 0, -0]); return [s.size, [...s]]"))
                .isEqualTo("[5, [1, 2, \"2\", NaN, 0]]");
    }

    @Test
    void setAddReturnsTheSetAndKeepsFirstPosition() {
        assertThat(run("const s = new Set(); const r = s.add(1).add(2).add(1); return [r === s, [...s]]"))
                .isEqualTo("[true, [1, 2]]");
    }

    @Test
    void setHasDeleteClear() {
        assertThat(
                        run(
                                "const s = new Set([\"a\", \"b\"]); const d1 = s.delete(\"a\"); const d2 = s.delete(\"a\"); const h = [s.has(\"a\"), s.has(\"b\")]; s.clear(); return [d1, d2, h, s.size]"))
                .isEqualTo("[true, false, [false, true], 0]");
    }

    @Test
    void setFromAStringSplitsCodePoints() {
        assertThat(run("return [...new Set(\"hello\")]")).isEqualTo("[\"h\", \"e\", \"l\", \"o\"]");
    }

    @Test
    void setConstructorRequiresNew() {
        assertThat(run("try { Set() } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: Constructor Set requires 'new'\"");
    }

    @Test
    void setConstructorRejectsNonIterable() {
        assertThat(run("try { new Set(true) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo(
                        "\"TypeError: boolean true is not iterable (cannot read property Symbol(Symbol.iterator))\"");
    }

    @Test
    void setConstructorWithNoArgumentIsEmpty() {
        assertThat(run("return new Set().size")).isEqualTo("0");
    }

    @Test
    void setForEachPassesValueTwice() {
        assertThat(
                        run(
                                "const out = []; new Set([\"x\"]).forEach((v, k, s) => out.push(v, k, s instanceof Set)); return out"))
                .isEqualTo("[\"x\", \"x\", true]");
    }

    @Test
    void setForEachVisitsValuesAddedDuringIteration() {
        assertThat(
                        run(
                                "const s = new Set([1]); const seen = []; s.forEach(v => { seen.push(v); if (v < 3) s.add(v + 1) }); return seen"))
                .isEqualTo("[1, 2, 3]");
    }

    @Test
    void setForEachRejectsNonCallable() {
        assertThat(run("try { new Set().forEach(\"a\") } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: string \\\"a\\\" is not a function\"");
    }

    @Test
    void setForEachRejectsNull() {
        assertThat(run("try { new Set().forEach(null) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: object null is not a function\"");
    }

    @Test
    void setForEachRejectsUndefined() {
        assertThat(run("try { new Set().forEach() } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: undefined is not a function\"");
    }

    @Test
    void setForEachRejectsPlainObject() {
        assertThat(run("try { new Set().forEach({}) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: object is not a function\"");
    }

    @Test
    void setEntriesArePairsOfTheValue() {
        assertThat(run("return [...new Set([\"a\", \"b\"]).entries()]")).isEqualTo("[[\"a\", \"a\"], [\"b\", \"b\"]]");
    }

    @Test
    void setKeysIsValues() {
        assertThat(
                        run(
                                "return [Set.prototype.keys === Set.prototype.values, Set.prototype[Symbol.iterator] === Set.prototype.values, Set.prototype.values.name]"))
                .isEqualTo("[true, true, \"values\"]");
    }

    @Test
    void setIteratorIsLive() {
        assertThat(
                        run(
                                "const s = new Set([1, 2, 3]); const it = s.values(); const out = [it.next().value]; s.delete(2); s.add(4); for (const v of it) out.push(v); return out"))
                .isEqualTo("[1, 3, 4]");
    }

    @Test
    void setIteratorPrototypeIsTaggedSetIterator() {
        assertThat(
                        run(
                                "const it = new Set().values(); return [Object.prototype.toString.call(it), Object.getPrototypeOf(it) === Object.getPrototypeOf(new Set().entries()), Object.getPrototypeOf(it) === Object.getPrototypeOf(new Map().keys())]"))
                .isEqualTo("[\"[object Set Iterator]\", true, false]");
    }

    @Test
    void setIteratorNextRejectsMapIterator() {
        assertThat(
                        run(
                                "try { new Set().values().next.call(new Map().keys()) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo(
                        "\"TypeError: Method Set Iterator.prototype.next called on incompatible receiver #<Object>\"");
    }

    @Test
    void setMethodsRejectIncompatibleReceivers() {
        assertThat(
                        run(
                                "try { Set.prototype.add.call({}, 1) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: Method Set.prototype.add called on incompatible receiver #<Object>\"");
    }

    @Test
    void setMethodsRejectAMap() {
        assertThat(
                        run(
                                "try { Set.prototype.has.call(new Map(), 1) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: Method Set.prototype.has called on incompatible receiver #<Map>\"");
    }

    @Test
    void setToStringTagAndShape() {
        assertThat(
                        run(
                                "return [Object.prototype.toString.call(new Set()), Object.keys(Set.prototype), Set.length, Set.name, Set.prototype.add.length, Set[Symbol.species] === Set]"))
                .isEqualTo("[\"[object Set]\", [], 0, \"Set\", 1, true]");
    }

    @Test
    void setSubclassWithCustomAdd() {
        assertThat(
                        run(
                                "const added = []; class S extends Set { add(v) { added.push(v); return super.add(v * 2) } } const s = new S([1, 2]); return [added, [...s]]"))
                .isEqualTo("[[1, 2], [2, 4]]");
    }

    @Test
    void setFromGeneratorClosesNothingOnSuccess() {
        assertThat(run("function* g() { yield 1; yield 2 } return [...new Set(g())]"))
                .isEqualTo("[1, 2]");
    }

    @Test
    void setConstructorClosesIteratorWhenAddThrows() {
        assertThat(
                        run(
                                "let closed = false; class S extends Set { add() { throw new Error(\"nope\") } } const it = { [Symbol.iterator]() { return { next() { return {value: 1, done: false} }, return() { closed = true; return {} } } } }; try { new S(it) } catch (e) { return [e.message, closed] }"))
                .isEqualTo("[\"nope\", true]");
    }

    @Test
    void mapAndSetAreNotEnumerableGlobals() {
        assertThat(
                        run(
                                "const d = Object.getOwnPropertyDescriptor(globalThis, \"Map\"); return [d.enumerable, d.writable, d.configurable, Object.getOwnPropertyDescriptor(globalThis, \"WeakSet\").enumerable]"))
                .isEqualTo("[false, true, true, false]");
    }

    @Test
    void weakMapStoresObjectKeys() {
        assertThat(
                        run(
                                "const k1 = {}, k2 = function () {}; const w = new WeakMap([[k1, 1]]); w.set(k2, 2); return [w.get(k1), w.get(k2), w.has(k1), w.has({}), w.get({}), w.delete(k1), w.has(k1), w.delete(k1)]"))
                .isEqualTo("[1, 2, true, false, undefined, true, false, false]");
    }

    @Test
    void weakMapAcceptsNonRegisteredSymbols() {
        assertThat(run("const s = Symbol(\"s\"); const w = new WeakMap(); w.set(s, 1); return [w.get(s), w.has(s)]"))
                .isEqualTo("[1, true]");
    }

    @Test
    void weakMapRejectsPrimitiveKeys() {
        assertThat(run("try { new WeakMap().set(1, 1) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: Invalid value used as weak map key\"");
    }

    @Test
    void weakMapRejectsRegisteredSymbols() {
        assertThat(
                        run(
                                "try { new WeakMap().set(Symbol.for(\"x\"), 1) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: Invalid value used as weak map key\"");
    }

    @Test
    void weakMapPrimitiveLookupsAreFalse() {
        assertThat(run("const w = new WeakMap(); return [w.get(1), w.has(\"a\"), w.delete(null)]"))
                .isEqualTo("[undefined, false, false]");
    }

    @Test
    void weakMapConstructorRequiresNew() {
        assertThat(run("try { WeakMap() } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: Constructor WeakMap requires 'new'\"");
    }

    @Test
    void weakMapMethodsRejectIncompatibleReceivers() {
        assertThat(
                        run(
                                "try { WeakMap.prototype.get.call({}, {}) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: Method WeakMap.prototype.get called on incompatible receiver #<Object>\"");
    }

    @Test
    void weakMapSetReturnsTheMap() {
        assertThat(run("const w = new WeakMap(); return w.set({}, 1) === w")).isEqualTo("true");
    }

    @Test
    void weakMapShape() {
        assertThat(
                        run(
                                "return [Object.prototype.toString.call(new WeakMap()), Object.keys(WeakMap.prototype), WeakMap.length, WeakMap.prototype.set.length, Reflect.has(WeakMap.prototype, \"size\"), Reflect.has(WeakMap.prototype, \"forEach\")]"))
                .isEqualTo("[\"[object WeakMap]\", [], 0, 2, false, false]");
    }

    @Test
    void weakSetStoresObjects() {
        assertThat(
                        run(
                                "const o = {}; const w = new WeakSet([o]); return [w.has(o), w.has({}), w.add(o) === w, w.delete(o), w.has(o), w.delete(o)]"))
                .isEqualTo("[true, false, true, true, false, false]");
    }

    @Test
    void weakSetRejectsPrimitives() {
        assertThat(run("try { new WeakSet().add(1) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: Invalid value used in weak set\"");
    }

    @Test
    void weakSetRejectsRegisteredSymbols() {
        assertThat(
                        run(
                                "try { new WeakSet().add(Symbol.for(\"x\")) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: Invalid value used in weak set\"");
    }

    @Test
    void weakSetConstructorRequiresNew() {
        assertThat(run("try { WeakSet() } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: Constructor WeakSet requires 'new'\"");
    }

    @Test
    void weakSetShape() {
        assertThat(
                        run(
                                "return [Object.prototype.toString.call(new WeakSet()), WeakSet.length, WeakSet.prototype.add.length, Reflect.has(WeakSet.prototype, \"get\")]"))
                .isEqualTo("[\"[object WeakSet]\", 0, 1, false]");
    }

    @Test
    void weakSetConstructorRejectsPrimitiveMembers() {
        assertThat(run("try { new WeakSet([1]) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: Invalid value used in weak set\"");
    }
}

package dev.loopsim.js.builtins;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopsim.js.testing.Snippets;
import org.junit.jupiter.api.Test;

/**
 * The Object constructor's static methods and Object.prototype's isPrototypeOf, propertyIsEnumerable,
 * toLocaleString and __proto__.
 * Expected values were recorded by running each snippet in Node v20 as {@code new Function(code)()} and
 * rendering the result as {@link Snippets#render} does, after pending jobs had run.
 */
class ObjectBuiltinsTest {

    /** Every built-in group is registered in Engine; the snippet runs in a fresh one. */
    private static String run(String code) {
        return Snippets.run(code);
    }

    @Test
    void assignCopiesOwnEnumerablePropertiesInOrder() {
        assertThat(
                        run(
                                "const t = {a: 1}; const r = Object.assign(t, {b: 2}, null, undefined, {a: 3, c: 4}); return [r === t, r]"))
                .isEqualTo("[true, {a: 3, b: 2, c: 4}]");
    }

    @Test
    void assignSkipsNonEnumerableAndCopiesSymbols() {
        assertThat(
                        run(
                                "const s = Symbol(\"s\"); const src = Object.defineProperty({x: 1, [s]: 2}, \"hidden\", {value: 3}); const t = Object.assign({}, src); return [t.x, t[s], t.hidden, Object.keys(t)]"))
                .isEqualTo("[1, 2, undefined, [\"x\"]]");
    }

    @Test
    void assignCallsGettersAndSetters() {
        assertThat(
                        run(
                                "const log = []; const src = { get a() { log.push(\"get\"); return 1 } }; const t = { set a(v) { log.push(\"set \" + v) } }; Object.assign(t, src); return log"))
                .isEqualTo("[\"get\", \"set 1\"]");
    }

    @Test
    void assignWrapsPrimitiveTargetAndSpreadsStrings() {
        assertThat(run("const r = Object.assign(1, \"ab\"); return [typeof r, r[0], r[1]]"))
                .isEqualTo("[\"object\", \"a\", \"b\"]");
    }

    @Test
    void assignToReadOnlyPropertyThrows() {
        assertThat(
                        run(
                                "try { Object.assign(Object.freeze({a: 1}), {a: 2}) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: Cannot assign to read only property 'a' of object '#<Object>'\"");
    }

    @Test
    void assignToNonExtensibleObjectThrows() {
        assertThat(
                        run(
                                "try { Object.assign(Object.preventExtensions({}), {a: 2}) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: Cannot add property a, object is not extensible\"");
    }

    @Test
    void assignToNullTargetThrows() {
        assertThat(run("try { Object.assign(null, {}) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: Cannot convert undefined or null to object\"");
    }

    @Test
    void createUsesTheGivenPrototype() {
        assertThat(
                        run(
                                "const p = {hi() { return \"hi\" }}; const o = Object.create(p); return [Object.getPrototypeOf(o) === p, o.hi(), Object.keys(o).length]"))
                .isEqualTo("[true, \"hi\", 0]");
    }

    @Test
    void createWithNullPrototypeHasNoInheritedMembers() {
        assertThat(
                        run(
                                "const o = Object.create(null); return [Object.getPrototypeOf(o), Reflect.has(o, \"toString\")]"))
                .isEqualTo("[null, false]");
    }

    @Test
    void createDefinesPropertiesFromDescriptors() {
        assertThat(
                        run(
                                "const o = Object.create({}, {a: {value: 1, enumerable: true}, b: {value: 2}, c: {get() { return 3 }, enumerable: true}}); return [o.a, o.b, o.c, Object.keys(o)]"))
                .isEqualTo("[1, 2, 3, [\"a\", \"c\"]]");
    }

    @Test
    void createRejectsNonObjectPrototype() {
        assertThat(run("try { Object.create(1) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: Object prototype may only be an Object or null: 1\"");
    }

    @Test
    void createWithoutArgumentsThrows() {
        assertThat(run("try { Object.create() } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: Object prototype may only be an Object or null: undefined\"");
    }

    @Test
    void definePropertyDefaultsToNonWritableNonEnumerableNonConfigurable() {
        assertThat(
                        run(
                                "const o = {}; Object.defineProperty(o, \"x\", {value: 1}); return Object.getOwnPropertyDescriptor(o, \"x\")"))
                .isEqualTo("{value: 1, writable: false, enumerable: false, configurable: false}");
    }

    @Test
    void definePropertyReturnsTheObject() {
        assertThat(run("const o = {}; return Object.defineProperty(o, \"x\", {value: 1, enumerable: true}) === o"))
                .isEqualTo("true");
    }

    @Test
    void definePropertyOnNonObjectThrows() {
        assertThat(
                        run(
                                "try { Object.defineProperty(1, \"a\", {}) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: Object.defineProperty called on non-object\"");
    }

    @Test
    void definePropertyNeedsADescriptorObject() {
        assertThat(
                        run(
                                "try { Object.defineProperty({}, \"a\", 1) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: Property description must be an object: 1\"");
    }

    @Test
    void definePropertyWithStringDescriptorThrows() {
        assertThat(
                        run(
                                "try { Object.defineProperty({}, \"a\", \"x\") } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: Property description must be an object: x\"");
    }

    @Test
    void definePropertyGetterMustBeCallable() {
        assertThat(
                        run(
                                "try { Object.defineProperty({}, \"a\", {get: 1}) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: Getter must be a function: 1\"");
    }

    @Test
    void definePropertyGetterObjectIsNotCallable() {
        assertThat(
                        run(
                                "try { Object.defineProperty({}, \"a\", {get: {}}) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: Getter must be a function: #<Object>\"");
    }

    @Test
    void definePropertySetterMustBeCallable() {
        assertThat(
                        run(
                                "try { Object.defineProperty({}, \"a\", {set: 1}) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: Setter must be a function: 1\"");
    }

    @Test
    void definePropertyCannotMixAccessorAndValue() {
        assertThat(
                        run(
                                "try { Object.defineProperty({}, \"a\", {get() {}, value: 1}) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo(
                        "\"TypeError: Invalid property descriptor. Cannot both specify accessors and a value or writable attribute, #<Object>\"");
    }

    @Test
    void definePropertyCannotRedefineNonConfigurable() {
        assertThat(
                        run(
                                "try { const o = {}; Object.defineProperty(o, \"x\", {value: 1}); Object.defineProperty(o, \"x\", {value: 2}) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: Cannot redefine property: x\"");
    }

    @Test
    void definePropertySameValueOnNonConfigurableIsAllowed() {
        assertThat(
                        run(
                                "const o = {}; Object.defineProperty(o, \"x\", {value: NaN}); Object.defineProperty(o, \"x\", {value: NaN}); return \"ok\""))
                .isEqualTo("\"ok\"");
    }

    @Test
    void definePropertyOnNonExtensibleObjectThrows() {
        assertThat(
                        run(
                                "try { Object.defineProperty(Object.preventExtensions({}), \"b\", {value: 2}) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: Cannot define property b, object is not extensible\"");
    }

    @Test
    void definePropertyAccessorIsCalledWithReceiver() {
        assertThat(
                        run(
                                "const o = {v: 5}; Object.defineProperty(o, \"x\", {get() { return this.v * 2 }, set(v) { this.v = v }, enumerable: true}); o.x = 7; return [o.x, Object.keys(o)]"))
                .isEqualTo("[14, [\"v\", \"x\"]]");
    }

    @Test
    void definePropertyConvertsDataToAccessorWhenConfigurable() {
        assertThat(
                        run(
                                "const o = {x: 1}; Object.defineProperty(o, \"x\", {get() { return 2 }}); const d = Object.getOwnPropertyDescriptor(o, \"x\"); return [o.x, d.enumerable, d.configurable, Reflect.has(d, \"value\"), typeof d.get, d.set]"))
                .isEqualTo("[2, true, true, false, \"function\", undefined]");
    }

    @Test
    void definePropertyUpdatesOnlyGivenAttributes() {
        assertThat(
                        run(
                                "const o = {x: 1}; Object.defineProperty(o, \"x\", {enumerable: false}); return Object.getOwnPropertyDescriptor(o, \"x\")"))
                .isEqualTo("{value: 1, writable: true, enumerable: false, configurable: true}");
    }

    @Test
    void definePropertyWithSymbolKey() {
        assertThat(
                        run(
                                "const s = Symbol(\"k\"); const o = {}; Object.defineProperty(o, s, {value: 9, enumerable: true}); return [o[s], Object.getOwnPropertySymbols(o).length]"))
                .isEqualTo("[9, 1]");
    }

    @Test
    void definePropertyNumericKeyOrdersAsIndex() {
        assertThat(
                        run(
                                "const o = {b: 1}; Object.defineProperty(o, 2, {value: 1, enumerable: true}); Object.defineProperty(o, \"1\", {value: 1, enumerable: true}); return Object.keys(o)"))
                .isEqualTo("[\"1\", \"2\", \"b\"]");
    }

    @Test
    void definePropertyOnArrayIndexExtendsLength() {
        assertThat(
                        run(
                                "const a = []; Object.defineProperty(a, \"3\", {value: 1, enumerable: true, writable: true, configurable: true}); return [a.length, a[3]]"))
                .isEqualTo("[4, 1]");
    }

    @Test
    void definePropertiesDefinesEachEnumerableDescriptor() {
        assertThat(
                        run(
                                "const o = Object.defineProperties({}, {a: {value: 1, enumerable: true}, b: {value: 2, writable: true}}); return [o, o.b, Object.getOwnPropertyDescriptor(o, \"b\").writable]"))
                .isEqualTo("[{a: 1}, 2, true]");
    }

    @Test
    void definePropertiesOnNonObjectThrows() {
        assertThat(
                        run(
                                "try { Object.defineProperties(1, {}) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: Object.defineProperties called on non-object\"");
    }

    @Test
    void definePropertiesValidatesAllDescriptorsFirst() {
        assertThat(
                        run(
                                "const o = {}; try { Object.defineProperties(o, {a: {value: 1}, b: 2}) } catch (e) { return [e.message, Reflect.has(o, \"a\")] }"))
                .isEqualTo("[\"Property description must be an object: 2\", false]");
    }

    @Test
    void entriesListsOwnEnumerableStringKeyedPairs() {
        assertThat(
                        run(
                                "const o = Object.create({inherited: 1}); o.b = 2; o[1] = \"one\"; o[Symbol(\"s\")] = 3; return Object.entries(o)"))
                .isEqualTo("[[\"1\", \"one\"], [\"b\", 2]]");
    }

    @Test
    void entriesOfAString() {
        assertThat(run("return Object.entries(\"hi\")")).isEqualTo("[[\"0\", \"h\"], [\"1\", \"i\"]]");
    }

    @Test
    void entriesOfNullThrows() {
        assertThat(
                        run(
                                "try { Object.entries(undefined) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: Cannot convert undefined or null to object\"");
    }

    @Test
    void entriesSkipsPropertiesDeletedDuringIteration() {
        assertThat(run("const o = { get a() { delete this.b; return 1 }, b: 2, c: 3 }; return Object.entries(o)"))
                .isEqualTo("[[\"a\", 1], [\"c\", 3]]");
    }

    @Test
    void valuesListsOwnEnumerableValues() {
        assertThat(run("return Object.values({a: 1, b: \"x\", [Symbol()]: 3})")).isEqualTo("[1, \"x\"]");
    }

    @Test
    void valuesOfAPrimitiveNumberIsEmpty() {
        assertThat(run("return Object.values(42)")).isEqualTo("[]");
    }

    @Test
    void keysOrderIntegerKeysFirst() {
        assertThat(run("return Object.keys({b: 1, 10: 1, a: 1, 2: 1, \"-1\": 1})"))
                .isEqualTo("[\"2\", \"10\", \"b\", \"a\", \"-1\"]");
    }

    @Test
    void keysOfArrayIncludesOnlyIndicesPresent() {
        assertThat(run("const a = [1, , 3]; a.x = 1; return Object.keys(a)")).isEqualTo("[\"0\", \"2\", \"x\"]");
    }

    @Test
    void keysOfNullThrows() {
        assertThat(run("try { Object.keys(null) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: Cannot convert undefined or null to object\"");
    }

    @Test
    void freezeMakesPropertiesReadOnlyAndObjectNonExtensible() {
        assertThat(
                        run(
                                "const o = Object.freeze({a: 1, get g() { return 2 }}); o.a = 5; o.b = 1; const d = Object.getOwnPropertyDescriptor(o, \"g\"); return [o.a, o.b, Object.isFrozen(o), Object.isExtensible(o), Object.getOwnPropertyDescriptor(o, \"a\").writable, d.configurable]"))
                .isEqualTo("[1, undefined, true, false, false, false]");
    }

    @Test
    void freezeReturnsPrimitivesUnchanged() {
        assertThat(
                        run(
                                "return [Object.freeze(1), Object.freeze(\"s\"), Object.isFrozen(1), Object.isSealed(\"x\"), Object.isExtensible(1)]"))
                .isEqualTo("[1, \"s\", true, true, false]");
    }

    @Test
    void freezeArrayPreventsPush() {
        assertThat(
                        run(
                                "try { const a = Object.freeze([1]); a.push(2) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: Cannot add property 1, object is not extensible\"");
    }

    @Test
    void freezeIsShallow() {
        assertThat(
                        run(
                                "const o = Object.freeze({inner: {x: 1}}); o.inner.x = 2; return [o.inner.x, Object.isFrozen(o.inner)]"))
                .isEqualTo("[2, false]");
    }

    @Test
    void writeToFrozenPropertyInStrictModeThrows() {
        assertThat(
                        run(
                                "\"use strict\"; const o = Object.freeze({a: 1}); try { o.a = 2 } catch (e) { return e.message }"))
                .isEqualTo("\"Cannot assign to read only property 'a' of object '#<Object>'\"");
    }

    @Test
    void sealKeepsWritabilityButForbidsDeletion() {
        assertThat(
                        run(
                                "const o = Object.seal({a: 1}); o.a = 2; delete o.a; o.b = 3; return [o.a, o.b, Object.isSealed(o), Object.isFrozen(o), Object.getOwnPropertyDescriptor(o, \"a\")]"))
                .isEqualTo(
                        "[2, undefined, true, false, {value: 2, writable: true, enumerable: true, configurable: false}]");
    }

    @Test
    void emptyNonExtensibleObjectIsFrozenAndSealed() {
        assertThat(
                        run(
                                "const o = Object.preventExtensions({}); return [Object.isFrozen(o), Object.isSealed(o), Object.isExtensible(o)]"))
                .isEqualTo("[true, true, false]");
    }

    @Test
    void isFrozenIsFalseWhileAWritablePropertyRemains() {
        assertThat(
                        run(
                                "const o = Object.preventExtensions({a: 1}); Object.defineProperty(o, \"a\", {configurable: false}); return [Object.isSealed(o), Object.isFrozen(o)]"))
                .isEqualTo("[true, false]");
    }

    @Test
    void preventExtensionsBlocksNewPropertiesButNotDeletes() {
        assertThat(
                        run(
                                "const o = Object.preventExtensions({a: 1, b: 2}); o.c = 3; delete o.a; return [o, Object.isExtensible(o)]"))
                .isEqualTo("[{b: 2}, false]");
    }

    @Test
    void preventExtensionsReturnsItsArgument() {
        assertThat(run("const o = {}; return [Object.preventExtensions(o) === o, Object.preventExtensions(5)]"))
                .isEqualTo("[true, 5]");
    }

    @Test
    void fromEntriesBuildsAnObjectFromPairs() {
        assertThat(run("return Object.fromEntries([[\"a\", 1], [\"b\", 2], [\"a\", 3]])"))
                .isEqualTo("{a: 3, b: 2}");
    }

    @Test
    void fromEntriesAcceptsAMapAndAnyIterable() {
        assertThat(run("const m = new Map([[\"x\", 1], [2, \"two\"]]); return Object.fromEntries(m)"))
                .isEqualTo("{2: \"two\", x: 1}");
    }

    @Test
    void fromEntriesConvertsKeysToPropertyKeys() {
        assertThat(
                        run(
                                "const s = Symbol(\"s\"); const o = Object.fromEntries([[1, \"a\"], [s, \"b\"], [{toString() { return \"k\" }}, \"c\"]]); return [o, o[s]]"))
                .isEqualTo("[{1: \"a\", k: \"c\"}, \"b\"]");
    }

    @Test
    void fromEntriesRejectsNonObjectEntries() {
        assertThat(run("try { Object.fromEntries([1]) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: Iterator value 1 is not an entry object\"");
    }

    @Test
    void fromEntriesRejectsNonIterables() {
        assertThat(run("try { Object.fromEntries({}) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: object is not iterable (cannot read property Symbol(Symbol.iterator))\"");
    }

    @Test
    void fromEntriesOfUndefinedThrows() {
        assertThat(run("try { Object.fromEntries() } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: undefined is not iterable\"");
    }

    @Test
    void fromEntriesClosesTheIteratorOnError() {
        assertThat(
                        run(
                                "let closed = false; const it = { [Symbol.iterator]() { return { next() { return {value: 1, done: false} }, return() { closed = true; return {} } } } }; try { Object.fromEntries(it) } catch (e) { return [e.message, closed] }"))
                .isEqualTo("[\"Iterator value 1 is not an entry object\", true]");
    }

    @Test
    void getOwnPropertyDescriptorOfDataProperty() {
        assertThat(run("return Object.getOwnPropertyDescriptor({a: 1}, \"a\")"))
                .isEqualTo("{value: 1, writable: true, enumerable: true, configurable: true}");
    }

    @Test
    void getOwnPropertyDescriptorOfAccessorProperty() {
        assertThat(
                        run(
                                "const g = function () {}; const d = Object.getOwnPropertyDescriptor({get a() { return 1 }}, \"a\"); return [Object.keys(d), typeof d.get, d.set, d.enumerable, d.configurable]"))
                .isEqualTo(
                        "[[\"get\", \"set\", \"enumerable\", \"configurable\"], \"function\", undefined, true, true]");
    }

    @Test
    void getOwnPropertyDescriptorOfMissingPropertyIsUndefined() {
        assertThat(
                        run(
                                "return [Object.getOwnPropertyDescriptor({}, \"a\"), Object.getOwnPropertyDescriptor(Object.create({a: 1}), \"a\")]"))
                .isEqualTo("[undefined, undefined]");
    }

    @Test
    void getOwnPropertyDescriptorOfArrayLength() {
        assertThat(run("return Object.getOwnPropertyDescriptor([1, 2], \"length\")"))
                .isEqualTo("{value: 2, writable: true, enumerable: false, configurable: false}");
    }

    @Test
    void getOwnPropertyDescriptorOfStringIndex() {
        assertThat(run("return Object.getOwnPropertyDescriptor(\"abc\", 1)"))
                .isEqualTo("{value: \"b\", writable: false, enumerable: true, configurable: false}");
    }

    @Test
    void getOwnPropertyDescriptorOfBuiltInMethod() {
        assertThat(
                        run(
                                "const d = Object.getOwnPropertyDescriptor(Object, \"keys\"); return [d.writable, d.enumerable, d.configurable, Object.keys.length, Object.keys.name]"))
                .isEqualTo("[true, false, true, 1, \"keys\"]");
    }

    @Test
    void getOwnPropertyDescriptorsCoversAllOwnKeys() {
        assertThat(
                        run(
                                "const s = Symbol(\"s\"); const d = Object.getOwnPropertyDescriptors({a: 1, [s]: 2}); return [Object.keys(d), d.a, d[s].value]"))
                .isEqualTo("[[\"a\"], {value: 1, writable: true, enumerable: true, configurable: true}, 2]");
    }

    @Test
    void getOwnPropertyNamesIncludesNonEnumerableStrings() {
        assertThat(
                        run(
                                "const o = Object.defineProperty({b: 1, 1: 1}, \"hidden\", {value: 1}); o[Symbol()] = 1; return Object.getOwnPropertyNames(o)"))
                .isEqualTo("[\"1\", \"b\", \"hidden\"]");
    }

    @Test
    void getOwnPropertyNamesOfArrayIncludesLength() {
        assertThat(run("return Object.getOwnPropertyNames([\"a\", \"b\"])")).isEqualTo("[\"0\", \"1\", \"length\"]");
    }

    @Test
    void getOwnPropertyNamesOfNullThrows() {
        assertThat(
                        run(
                                "try { Object.getOwnPropertyNames(null) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: Cannot convert undefined or null to object\"");
    }

    @Test
    void getOwnPropertySymbolsListsSymbolsInCreationOrder() {
        assertThat(
                        run(
                                "const a = Symbol(\"a\"), b = Symbol(\"b\"); const o = {[b]: 1, x: 1, [a]: 2}; const r = Object.getOwnPropertySymbols(o); return [r.length, r[0] === b, r[1] === a]"))
                .isEqualTo("[2, true, true]");
    }

    @Test
    void getPrototypeOfPrimitivesUsesTheirWrapper() {
        assertThat(
                        run(
                                "return [Object.getPrototypeOf(\"s\") === Object.getPrototypeOf(Object(\"s\")), Object.getPrototypeOf(Object.prototype)]"))
                .isEqualTo("[true, null]");
    }

    @Test
    void setPrototypeOfChangesTheChain() {
        assertThat(
                        run(
                                "const p = {greet() { return \"hello\" }}; const o = Object.setPrototypeOf({}, p); return [o.greet(), Object.getPrototypeOf(o) === p]"))
                .isEqualTo("[\"hello\", true]");
    }

    @Test
    void setPrototypeOfToNull() {
        assertThat(run("const o = Object.setPrototypeOf({}, null); return Object.getPrototypeOf(o)"))
                .isEqualTo("null");
    }

    @Test
    void setPrototypeOfPrimitiveReturnsIt() {
        assertThat(run("return Object.setPrototypeOf(1, {})")).isEqualTo("1");
    }

    @Test
    void setPrototypeOfNullThrows() {
        assertThat(
                        run(
                                "try { Object.setPrototypeOf(null, {}) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: Object.setPrototypeOf called on null or undefined\"");
    }

    @Test
    void setPrototypeOfRejectsNonObjectPrototype() {
        assertThat(
                        run(
                                "try { Object.setPrototypeOf({}, 1) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: Object prototype may only be an Object or null: 1\"");
    }

    @Test
    void setPrototypeOfRejectsCycles() {
        assertThat(
                        run(
                                "try { const a = {}; const b = Object.create(a); Object.setPrototypeOf(a, b) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: Cyclic __proto__ value\"");
    }

    @Test
    void setPrototypeOfNonExtensibleThrows() {
        assertThat(
                        run(
                                "try { Object.setPrototypeOf(Object.preventExtensions({}), {}) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: #<Object> is not extensible\"");
    }

    @Test
    void setPrototypeOfNonExtensibleToSamePrototypeIsAllowed() {
        assertThat(
                        run(
                                "const o = Object.preventExtensions({}); return Object.setPrototypeOf(o, Object.prototype) === o"))
                .isEqualTo("true");
    }

    @Test
    void groupByIsNotAvailableInNode20() {
        assertThat(run("return [typeof Object.groupBy, typeof Map.groupBy]"))
                .isEqualTo("[\"undefined\", \"undefined\"]");
    }

    @Test
    void hasOwnChecksOwnPropertiesOnly() {
        assertThat(
                        run(
                                "const o = Object.create({a: 1}); o.b = undefined; return [Object.hasOwn(o, \"a\"), Object.hasOwn(o, \"b\"), Object.hasOwn(\"abc\", \"length\"), Object.hasOwn([1], 0)]"))
                .isEqualTo("[false, true, true, true]");
    }

    @Test
    void hasOwnOfNullThrows() {
        assertThat(
                        run(
                                "try { Object.hasOwn(null, \"a\") } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: Cannot convert undefined or null to object\"");
    }

    @Test
    void isUsesSameValue() {
        assertThat(
                        run(
                                "return [Object.is(NaN, NaN), Object.is(0, -0), Object.is(-0, -0), Object.is(\"a\", \"a\"), Object.is({}, {}), Object.is(null, undefined), Object.is()]"))
                .isEqualTo("[true, false, true, true, false, false, true]");
    }

    @Test
    void isExtensibleOfNewObjectIsTrue() {
        assertThat(run("return [Object.isExtensible({}), Object.isExtensible(Object.seal({}))]"))
                .isEqualTo("[true, false]");
    }

    @Test
    void isPrototypeOfWalksTheChain() {
        assertThat(
                        run(
                                "const a = {}; const b = Object.create(a); const c = Object.create(b); return [a.isPrototypeOf(c), c.isPrototypeOf(a), Object.prototype.isPrototypeOf(c), a.isPrototypeOf(1), Object.prototype.isPrototypeOf.call(a, a)]"))
                .isEqualTo("[true, false, true, false, false]");
    }

    @Test
    void propertyIsEnumerableIgnoresInheritedProperties() {
        assertThat(
                        run(
                                "const o = Object.create({inh: 1}); o.own = 1; Object.defineProperty(o, \"hid\", {value: 1}); return [o.propertyIsEnumerable(\"own\"), o.propertyIsEnumerable(\"inh\"), o.propertyIsEnumerable(\"hid\"), [1].propertyIsEnumerable(0), [1].propertyIsEnumerable(\"length\")]"))
                .isEqualTo("[true, false, false, true, false]");
    }

    @Test
    void propertyIsEnumerableOnNullThrows() {
        assertThat(
                        run(
                                "try { Object.prototype.propertyIsEnumerable.call(null, \"a\") } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: Cannot convert undefined or null to object\"");
    }

    @Test
    void toLocaleStringCallsToString() {
        assertThat(
                        run(
                                "const o = {toString() { return \"custom\" }}; return [o.toLocaleString(), ({}).toLocaleString()]"))
                .isEqualTo("[\"custom\", \"[object Object]\"]");
    }

    @Test
    void toLocaleStringOnNullThrows() {
        assertThat(
                        run(
                                "try { Object.prototype.toLocaleString.call(null) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: Object.prototype.toLocaleString called on null or undefined\"");
    }

    @Test
    void protoAccessorReadsThePrototype() {
        assertThat(
                        run(
                                "const p = {}; const o = Object.create(p); return [o.__proto__ === p, Object.create(null).__proto__]"))
                .isEqualTo("[true, undefined]");
    }

    @Test
    void protoAccessorSetsThePrototype() {
        assertThat(
                        run(
                                "const p = {v: 1}; const o = {}; o.__proto__ = p; return [o.v, Object.getPrototypeOf(o) === p, Object.keys(o)]"))
                .isEqualTo("[1, true, []]");
    }

    @Test
    void protoAccessorIgnoresPrimitiveValues() {
        assertThat(run("const o = {}; o.__proto__ = 5; return Object.getPrototypeOf(o) === Object.prototype"))
                .isEqualTo("true");
    }

    @Test
    void protoAccessorRejectsCycles() {
        assertThat(
                        run(
                                "try { const a = {}; const b = Object.create(a); a.__proto__ = b } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: Cyclic __proto__ value\"");
    }

    @Test
    void protoAccessorIsConfigurableAndNotEnumerable() {
        assertThat(
                        run(
                                "const d = Object.getOwnPropertyDescriptor(Object.prototype, \"__proto__\"); return [typeof d.get, typeof d.set, d.enumerable, d.configurable, d.get.name, d.set.name]"))
                .isEqualTo("[\"function\", \"function\", false, true, \"get __proto__\", \"set __proto__\"]");
    }

    @Test
    void protoSetterOnUndefinedThrows() {
        assertThat(
                        run(
                                "try { Object.getOwnPropertyDescriptor(Object.prototype, \"__proto__\").set.call(undefined, {}) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: set Object.prototype.__proto__ called on null or undefined\"");
    }

    @Test
    void objectStaticMethodsHaveSpecLengths() {
        assertThat(
                        run(
                                "return [Object.assign.length, Object.create.length, Object.defineProperty.length, Object.defineProperties.length, Object.entries.length, Object.fromEntries.length, Object.getOwnPropertyDescriptor.length, Object.setPrototypeOf.length, Object.is.length, Object.hasOwn.length]"))
                .isEqualTo("[2, 2, 3, 2, 1, 1, 2, 2, 2, 2]");
    }

    @Test
    void objectStaticMethodsAreNotEnumerable() {
        assertThat(run("return Object.keys(Object)")).isEqualTo("[]");
    }

    @Test
    void definePropertyArrayLengthConvertsTheValue() {
        assertThat(
                        run(
                                "const a = [1, 2, 3]; Object.defineProperty(a, \"length\", {value: \"1\"}); return [a.length, a]"))
                .isEqualTo("[1, [1]]");
    }

    @Test
    void definePropertyArrayLengthMustBeAValidLength() {
        assertThat(
                        run(
                                "try { Object.defineProperty([], \"length\", {value: -1}) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"RangeError: Invalid array length\"");
    }

    @Test
    void definePropertyArrayLengthNonWritableBlocksGrowth() {
        assertThat(
                        run(
                                "const a = [1]; Object.defineProperty(a, \"length\", {writable: false}); try { a.push(2) } catch (e) { return [e.constructor.name, a.length] }"))
                .isEqualTo("[\"TypeError\", 1]");
    }

    @Test
    void freezeArrayMakesItFrozenWithElementsReadOnly() {
        assertThat(
                        run(
                                "const a = Object.freeze([1, 2]); a[0] = 9; return [Object.isFrozen(a), a[0], Object.getOwnPropertyDescriptor(a, \"0\"), Object.getOwnPropertyDescriptor(a, \"length\").writable]"))
                .isEqualTo("[true, 1, {value: 1, writable: false, enumerable: true, configurable: false}, false]");
    }

    @Test
    void sealArrayPreventsPush() {
        assertThat(
                        run(
                                "try { const a = Object.seal([1]); a.push(2) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: Cannot add property 1, object is not extensible\"");
    }

    @Test
    void getOwnPropertyNamesOfStringObject() {
        assertThat(run("return Object.getOwnPropertyNames(Object(\"ab\"))")).isEqualTo("[\"0\", \"1\", \"length\"]");
    }

    @Test
    void keysOfStringPrimitiveAreIndices() {
        assertThat(run("return Object.keys(\"abc\")")).isEqualTo("[\"0\", \"1\", \"2\"]");
    }

    @Test
    void assignReturnsTargetWhenNoSources() {
        assertThat(run("const o = {a: 1}; return Object.assign(o) === o")).isEqualTo("true");
    }

    @Test
    void definePropertiesWithSymbolKeyedDescriptors() {
        assertThat(
                        run(
                                "const s = Symbol(\"s\"); const o = Object.defineProperties({}, {[s]: {value: 1, enumerable: true}}); return o[s]"))
                .isEqualTo("1");
    }

    @Test
    void getOwnPropertyDescriptorConvertsTheKey() {
        assertThat(
                        run(
                                "return [Object.getOwnPropertyDescriptor([5], 0).value, Object.getOwnPropertyDescriptor({1: \"x\"}, 1).value, Object.getOwnPropertyDescriptor({a: 1}, {toString() { return \"a\" }}).value]"))
                .isEqualTo("[5, \"x\", 1]");
    }
}

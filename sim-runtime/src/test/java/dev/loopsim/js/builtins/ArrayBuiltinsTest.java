package dev.loopsim.js.builtins;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopsim.js.testing.Snippets;
import org.junit.jupiter.api.Test;

/**
 * Array built-ins, one rule per test. Expected values were recorded by running each snippet in Node
 * v20 as {@code new Function(code)()} and rendering the result the way {@link Snippets#render} does.
 */
class ArrayBuiltinsTest {

    private static String run(String code) {
        return Snippets.run(code);
    }

    @Test
    void arrayWithOneNumberMakesThatManyHoles() {
        assertThat(run("const a = Array(3); return [a.length, a.hasOwnProperty(0), a.hasOwnProperty(2)]"))
                .isEqualTo("[3, false, false]");
    }

    @Test
    void arrayWithSeveralArgumentsHoldsThem() {
        assertThat(run("return Array(1, 2, 'x')")).isEqualTo("[1, 2, \"x\"]");
    }

    @Test
    void arrayWithOneNonNumberHoldsIt() {
        assertThat(run("const a = new Array('3'); return [a.length, a[0]]")).isEqualTo("[1, \"3\"]");
    }

    @Test
    void newArrayWithNoArgumentsIsEmpty() {
        assertThat(run("return [new Array().length, Array().length]")).isEqualTo("[0, 0]");
    }

    @Test
    void negativeLengthIsARangeError() {
        assertThat(run("try { new Array(-1) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"RangeError: Invalid array length\"");
    }

    @Test
    void fractionalLengthIsARangeError() {
        assertThat(run("try { Array(1.5) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"RangeError: Invalid array length\"");
    }

    @Test
    void lengthAboveUint32IsARangeError() {
        assertThat(run("try { Array(2 ** 32) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"RangeError: Invalid array length\"");
    }

    @Test
    void maximumLengthIsAllowed() {
        assertThat(run("return new Array(2 ** 32 - 1).length")).isEqualTo("4294967295");
    }

    @Test
    void arrayConstructorShape() {
        assertThat(
                        run(
                                "return [Array.length, Array.name, Array.prototype === Object.getPrototypeOf([]), Array.prototype.constructor === Array, Object.keys(Array), Object.keys(Array.prototype)]"))
                .isEqualTo("[1, \"Array\", true, true, [], []]");
    }

    @Test
    void arraySpeciesGetterReturnsThis() {
        assertThat(run("const g = Array[Symbol.species]; return [g === Array]")).isEqualTo("[true]");
    }

    @Test
    void subclassOfArrayGetsItsPrototype() {
        assertThat(
                        run(
                                "class A extends Array { sum() { return this.reduce((x, y) => x + y, 0) } } const a = new A(1, 2, 3); return [a.sum(), a.length, a instanceof A, Array.isArray(a)]"))
                .isEqualTo("[6, 3, true, true]");
    }

    @Test
    void globalArrayIsNotEnumerable() {
        assertThat(run("return Object.keys(globalThis).includes('Array')")).isEqualTo("false");
    }

    @Test
    void isArrayDistinguishesArraysFromArrayLikes() {
        assertThat(
                        run(
                                "return [Array.isArray([]), Array.isArray({length: 0}), Array.isArray('ab'), Array.isArray(), Array.isArray(Array.prototype)]"))
                .isEqualTo("[true, false, false, false, true]");
    }

    @Test
    void fromCopiesAnIterable() {
        assertThat(run("function* g() { yield 1; yield 2; yield 3 } return Array.from(g())"))
                .isEqualTo("[1, 2, 3]");
    }

    @Test
    void fromSplitsAStringByCodePoint() {
        assertThat(run("return Array.from('a\\uD83D\\uDE00b').length")).isEqualTo("3");
    }

    @Test
    void fromReadsAnArrayLike() {
        assertThat(run("return Array.from({length: 3, 0: 'a', 2: 'c'})")).isEqualTo("[\"a\", undefined, \"c\"]");
    }

    @Test
    void fromCallsMapFnWithValueAndIndex() {
        assertThat(run("return Array.from([10, 20], (v, i) => v + i)")).isEqualTo("[10, 21]");
    }

    @Test
    void fromPassesThisArgToMapFn() {
        assertThat(run("return Array.from([1, 2], function (v) { return v * this.k }, {k: 3})"))
                .isEqualTo("[3, 6]");
    }

    @Test
    void fromWithANonCallableMapFnIsATypeError() {
        assertThat(run("try { Array.from([1], 3) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: 3 is not a function\"");
    }

    @Test
    void fromNullIsNotIterable() {
        assertThat(run("try { Array.from(null) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: object null is not iterable (cannot read property Symbol(Symbol.iterator))\"");
    }

    @Test
    void fromUndefinedIsNotIterable() {
        assertThat(run("try { Array.from(undefined) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: undefined is not iterable (cannot read property Symbol(Symbol.iterator))\"");
    }

    @Test
    void fromWithANonCallableIteratorMethodIsATypeError() {
        assertThat(
                        run(
                                "try { Array.from({[Symbol.iterator]: 5}) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo(
                        "\"TypeError: %Array%.from requires that the property of the first argument, items[Symbol.iterator], when exists, be a function\"");
    }

    @Test
    void fromANumberIsEmpty() {
        assertThat(run("return Array.from(5)")).isEqualTo("[]");
    }

    @Test
    void fromClosesTheIteratorWhenMapFnThrows() {
        assertThat(
                        run(
                                "let closed = false; const it = { [Symbol.iterator]() { return { next: () => ({value: 1, done: false}), return() { closed = true; return {} } } } }; try { Array.from(it, () => { throw new Error('boom') }) } catch (e) { return [e.message, closed] }"))
                .isEqualTo("[\"boom\", true]");
    }

    @Test
    void fromUsesThisAsConstructor() {
        assertThat(
                        run(
                                "function C() { this.made = true } const r = Array.from.call(C, [7, 8]); return [r.made, r.length, r[1], Array.isArray(r)]"))
                .isEqualTo("[true, 2, 8, false]");
    }

    @Test
    void fromWithANonConstructorThisMakesAnArray() {
        assertThat(run("return Array.from.call(null, {length: 2, 0: 'x'})")).isEqualTo("[\"x\", undefined]");
    }

    @Test
    void ofMakesAnArrayOfItsArguments() {
        assertThat(run("return [Array.of(7), Array.of(1, 2, 3), Array.of().length]"))
                .isEqualTo("[[7], [1, 2, 3], 0]");
    }

    @Test
    void ofUsesThisAsConstructor() {
        assertThat(
                        run(
                                "function C(n) { this.n = n } const r = Array.of.call(C, 'a', 'b'); return [r.n, r.length, r[0], r instanceof C]"))
                .isEqualTo("[2, 2, \"a\", true]");
    }

    @Test
    void atCountsNegativeIndicesFromTheEnd() {
        assertThat(
                        run(
                                "const a = [1, 2, 3]; return [a.at(0), a.at(-1), a.at(3), a.at(-4), a.at(1.7), a.at('1'), a.at()]"))
                .isEqualTo("[1, 3, undefined, undefined, 2, 2, 1]");
    }

    @Test
    void atWorksOnArrayLikes() {
        assertThat(run("return Array.prototype.at.call({length: 2, 0: 'a', 1: 'b'}, -1)"))
                .isEqualTo("\"b\"");
    }

    @Test
    void concatFlattensArraysOneLevel() {
        assertThat(run("return [1].concat(2, [3, [4]], 'x')")).isEqualTo("[1, 2, 3, [4], \"x\"]");
    }

    @Test
    void concatKeepsHoles() {
        assertThat(
                        run(
                                "const r = [1, , 3].concat([, 5]); return [r.length, r.hasOwnProperty(1), r.hasOwnProperty(3), r[4]]"))
                .isEqualTo("[5, false, false, 5]");
    }

    @Test
    void concatSpreadsObjectsMarkedSpreadable() {
        assertThat(
                        run(
                                "const o = {length: 2, 0: 'a', 1: 'b', [Symbol.isConcatSpreadable]: true}; return [0].concat(o)"))
                .isEqualTo("[0, \"a\", \"b\"]");
    }

    @Test
    void concatDoesNotSpreadArraysMarkedNotSpreadable() {
        assertThat(
                        run(
                                "const a = [1, 2]; a[Symbol.isConcatSpreadable] = false; const r = [].concat(a); return [r.length, r[0] === a]"))
                .isEqualTo("[1, true]");
    }

    @Test
    void concatOnAPrimitiveThisWrapsIt() {
        assertThat(run("const r = Array.prototype.concat.call(1, 2); return [r.length, typeof r[0], r[1]]"))
                .isEqualTo("[2, \"object\", 2]");
    }

    @Test
    void concatCalledOnNullIsATypeError() {
        assertThat(
                        run(
                                "try { Array.prototype.concat.call(null) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: Array.prototype.concat called on null or undefined\"");
    }

    @Test
    void copyWithinCopiesInsideTheArray() {
        assertThat(
                        run(
                                "return [[1, 2, 3, 4, 5].copyWithin(0, 3), [1, 2, 3, 4, 5].copyWithin(1, 0, 3), [1, 2, 3, 4, 5].copyWithin(-2, -4, -3)]"))
                .isEqualTo("[[4, 5, 3, 4, 5], [1, 1, 2, 3, 5], [1, 2, 3, 2, 5]]");
    }

    @Test
    void copyWithinMovesHoles() {
        assertThat(run("const a = [1, , 3, 4].copyWithin(2, 0); return [a.length, a.hasOwnProperty(3), a[2]]"))
                .isEqualTo("[4, false, 1]");
    }

    @Test
    void copyWithinOnArrayLike() {
        assertThat(
                        run(
                                "const o = Array.prototype.copyWithin.call({length: 3, 2: 'z'}, 0, 2); return [o[0], o[2], o.length]"))
                .isEqualTo("[\"z\", \"z\", 3]");
    }

    @Test
    void fillSetsARange() {
        assertThat(
                        run(
                                "return [[1, 2, 3, 4].fill(0), [1, 2, 3, 4].fill(9, 1, 3), [1, 2, 3, 4].fill(7, -2), Array(3).fill('x')]"))
                .isEqualTo("[[0, 0, 0, 0], [1, 9, 9, 4], [1, 2, 7, 7], [\"x\", \"x\", \"x\"]]");
    }

    @Test
    void fillReturnsTheSameObject() {
        assertThat(run("const a = [1]; return a.fill(2) === a")).isEqualTo("true");
    }

    @Test
    void fillOnArrayLike() {
        assertThat(run("const o = Array.prototype.fill.call({length: 2}, 'q'); return [o[0], o[1], o.length]"))
                .isEqualTo("[\"q\", \"q\", 2]");
    }

    @Test
    void findReturnsTheFirstMatch() {
        assertThat(run("return [[5, 12, 8, 130].find(x => x > 10), [1, 2].find(x => x > 5)]"))
                .isEqualTo("[12, undefined]");
    }

    @Test
    void findIndexReturnsTheFirstMatchingIndex() {
        assertThat(run("return [[5, 12, 8, 130].findIndex(x => x > 10), [1, 2].findIndex(x => x > 5)]"))
                .isEqualTo("[1, -1]");
    }

    @Test
    void findLastSearchesFromTheEnd() {
        assertThat(run("return [[5, 12, 8, 130, 44].findLast(x => x > 10), [1, 2].findLast(x => x > 5)]"))
                .isEqualTo("[44, undefined]");
    }

    @Test
    void findLastIndexSearchesFromTheEnd() {
        assertThat(run("return [[5, 12, 8, 130, 44].findLastIndex(x => x > 10), [1, 2].findLastIndex(x => x > 5)]"))
                .isEqualTo("[4, -1]");
    }

    @Test
    void findVisitsHolesAsUndefined() {
        assertThat(run("const seen = []; [1, , 3].find((v, i) => { seen.push(i + ':' + v) }); return seen"))
                .isEqualTo("[\"0:1\", \"1:undefined\", \"2:3\"]");
    }

    @Test
    void findPassesThisArgAndTheArray() {
        assertThat(
                        run(
                                "const a = [1]; let got; a.find(function (v, i, arr) { got = [this.t, arr === a] }, {t: 'T'}); return got"))
                .isEqualTo("[\"T\", true]");
    }

    @Test
    void findWithANonCallableIsATypeError() {
        assertThat(run("try { [1].find(3) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: 3 is not a function\"");
    }

    @Test
    void findLastWithNoCallbackIsATypeError() {
        assertThat(run("try { [1].findLast() } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: undefined is not a function\"");
    }

    @Test
    void findOnNullIsATypeError() {
        assertThat(
                        run(
                                "try { Array.prototype.find.call(null, x => x) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: Array.prototype.find called on null or undefined\"");
    }

    @Test
    void forEachSkipsHoles() {
        assertThat(run("const seen = []; [1, , 3].forEach((v, i) => seen.push(i)); return seen"))
                .isEqualTo("[0, 2]");
    }

    @Test
    void forEachReturnsUndefined() {
        assertThat(run("return [[1].forEach(x => x)]")).isEqualTo("[undefined]");
    }

    @Test
    void forEachSeesElementsAppendedDuringIterationOnlyWithinTheOriginalLength() {
        assertThat(
                        run(
                                "const a = [1, 2]; const seen = []; a.forEach(v => { seen.push(v); a.push(v * 10) }); return [seen, a.length]"))
                .isEqualTo("[[1, 2], 4]");
    }

    @Test
    void forEachOnArrayLike() {
        assertThat(
                        run(
                                "const seen = []; Array.prototype.forEach.call({length: 2, 0: 'a', 1: 'b'}, (v, i) => seen.push(v + i)); return seen"))
                .isEqualTo("[\"a0\", \"b1\"]");
    }

    @Test
    void forEachWithANumberIsATypeError() {
        assertThat(run("try { [1].forEach(1.5) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: 1.5 is not a function\"");
    }

    @Test
    void forEachOnUndefinedIsATypeError() {
        assertThat(
                        run(
                                "try { Array.prototype.forEach.call(undefined, x => x) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: Array.prototype.forEach called on null or undefined\"");
    }

    @Test
    void mapTransformsEachElement() {
        assertThat(run("return [1, 2, 3].map((x, i) => x * 2 + i)")).isEqualTo("[2, 5, 8]");
    }

    @Test
    void mapKeepsHoles() {
        assertThat(run("const r = [1, , 3].map(x => x * 2); return [r.length, r.hasOwnProperty(1), r[2]]"))
                .isEqualTo("[3, false, 6]");
    }

    @Test
    void mapWithANumberIsATypeError() {
        assertThat(run("try { [1].map(5) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: 5 is not a function\"");
    }

    @Test
    void mapWithNothingIsATypeError() {
        assertThat(run("try { [1].map() } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: undefined is not a function\"");
    }

    @Test
    void mapWithAnObjectNamesItsConstructor() {
        assertThat(run("try { [1].map({}) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: #<Object> is not a function\"");
    }

    @Test
    void mapWithAStringShowsTheString() {
        assertThat(run("try { [1].map('abc') } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: abc is not a function\"");
    }

    @Test
    void mapWithAnArrayShowsObjectArray() {
        assertThat(run("try { [1].map([1, 2]) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: [object Array] is not a function\"");
    }

    @Test
    void mapWithNullIsATypeError() {
        assertThat(run("try { [1].map(null) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: null is not a function\"");
    }

    @Test
    void mapOnNullIsATypeError() {
        assertThat(
                        run(
                                "try { Array.prototype.map.call(null, x => x) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: Array.prototype.map called on null or undefined\"");
    }

    @Test
    void mapUsesSpeciesOfASubclass() {
        assertThat(run("class A extends Array {} const r = new A(1, 2).map(x => x); return [r instanceof A, r.length]"))
                .isEqualTo("[true, 2]");
    }

    @Test
    void mapWithNullSpeciesMakesAPlainArray() {
        assertThat(
                        run(
                                "const a = [1, 2]; a.constructor = {[Symbol.species]: null}; const r = a.map(x => x + 1); return [Object.getPrototypeOf(r) === Array.prototype, r]"))
                .isEqualTo("[true, [2, 3]]");
    }

    @Test
    void mapWithANonConstructorSpeciesIsATypeError() {
        assertThat(
                        run(
                                "const a = [1]; a.constructor = {[Symbol.species]: 5}; try { a.map(x => x) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: object.constructor[Symbol.species] is not a constructor\"");
    }

    @Test
    void mapWithAPrimitiveConstructorIsATypeError() {
        assertThat(
                        run(
                                "const a = [1]; a.constructor = 5; try { a.map(x => x) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: object.constructor[Symbol.species] is not a constructor\"");
    }

    @Test
    void mapOnArrayLikeMakesAnArray() {
        assertThat(
                        run(
                                "const r = Array.prototype.map.call({length: 2, 0: 1, 1: 2}, x => x * 3); return [Array.isArray(r), r]"))
                .isEqualTo("[true, [3, 6]]");
    }

    @Test
    void filterKeepsMatchingElements() {
        assertThat(run("return [1, 2, 3, 4, 5].filter((x, i) => x % 2 === 1 && i < 4)"))
                .isEqualTo("[1, 3]");
    }

    @Test
    void filterSkipsHoles() {
        assertThat(run("let calls = 0; const r = [1, , , 4].filter(() => { calls++; return true }); return [r, calls]"))
                .isEqualTo("[[1, 4], 2]");
    }

    @Test
    void filterUsesSpecies() {
        assertThat(
                        run(
                                "class A extends Array {} const r = A.from([1, 2, 3]).filter(x => x > 1); return [r instanceof A, r.length]"))
                .isEqualTo("[true, 2]");
    }

    @Test
    void someStopsAtTheFirstTruthyResult() {
        assertThat(
                        run(
                                "let calls = 0; const r = [1, 2, 3].some(x => { calls++; return x === 2 }); return [r, calls, [].some(x => true)]"))
                .isEqualTo("[true, 2, false]");
    }

    @Test
    void everyStopsAtTheFirstFalsyResult() {
        assertThat(
                        run(
                                "let calls = 0; const r = [1, 2, 3].every(x => { calls++; return x < 2 }); return [r, calls, [].every(x => false)]"))
                .isEqualTo("[false, 2, true]");
    }

    @Test
    void everyWithAnObjectIsATypeError() {
        assertThat(run("try { [1].every({a: 1}) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: #<Object> is not a function\"");
    }

    @Test
    void someSkipsHoles() {
        assertThat(run("return [, , ].some(x => true)")).isEqualTo("false");
    }

    @Test
    void flatFlattensOneLevelByDefault() {
        assertThat(run("return [1, [2, [3, [4]]]].flat()")).isEqualTo("[1, 2, [3, [4]]]");
    }

    @Test
    void flatTakesADepth() {
        assertThat(
                        run(
                                "return [[1, [2, [3, [4]]]].flat(2), [1, [2, [3, [4]]]].flat(Infinity), [1, [2]].flat(0), [1, [2]].flat(-1)]"))
                .isEqualTo("[[1, 2, 3, [4]], [1, 2, 3, 4], [1, [2]], [1, [2]]]");
    }

    @Test
    void flatRemovesHoles() {
        assertThat(run("return [1, , [2, , 3]].flat()")).isEqualTo("[1, 2, 3]");
    }

    @Test
    void flatMapMapsThenFlattensOneLevel() {
        assertThat(run("return [1, 2].flatMap((x, i) => [x, [x * 10 + i]])")).isEqualTo("[1, [10], 2, [21]]");
    }

    @Test
    void flatMapWithANonCallableHasItsOwnMessage() {
        assertThat(run("try { [1].flatMap(3) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: flatMap mapper function is not callable\"");
    }

    @Test
    void flatMapPassesThisArg() {
        assertThat(run("return [1].flatMap(function (x) { return [this.v] }, {v: 'V'})"))
                .isEqualTo("[\"V\"]");
    }

    @Test
    void includesUsesSameValueZero() {
        assertThat(
                        run(
                                "return [[NaN].includes(NaN), [-0].includes(0), [1, 2].includes('1'), [1, , 3].includes(undefined)]"))
                .isEqualTo("[true, true, false, true]");
    }

    @Test
    void includesTakesAFromIndex() {
        assertThat(
                        run(
                                "return [[1, 2, 3].includes(1, 1), [1, 2, 3].includes(3, -1), [1, 2, 3].includes(1, -10), [1].includes(1, Infinity)]"))
                .isEqualTo("[false, true, true, false]");
    }

    @Test
    void includesOnNullIsATypeError() {
        assertThat(
                        run(
                                "try { Array.prototype.includes.call(null) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: Cannot convert undefined or null to object\"");
    }

    @Test
    void indexOfUsesStrictEquality() {
        assertThat(
                        run(
                                "return [[NaN].indexOf(NaN), [1, 2, 1].indexOf(1), ['1'].indexOf(1), [, undefined].indexOf(undefined), [-0].indexOf(0)]"))
                .isEqualTo("[-1, 0, -1, 1, 0]");
    }

    @Test
    void indexOfTakesAFromIndex() {
        assertThat(
                        run(
                                "return [[1, 2, 1].indexOf(1, 1), [1, 2, 1].indexOf(1, -1), [1, 2].indexOf(1, -5), [1].indexOf(1, Infinity)]"))
                .isEqualTo("[2, 2, 0, -1]");
    }

    @Test
    void indexOfOnNullNamesTheMethod() {
        assertThat(
                        run(
                                "try { Array.prototype.indexOf.call(null, 1) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: Array.prototype.indexOf called on null or undefined\"");
    }

    @Test
    void lastIndexOfSearchesBackwards() {
        assertThat(
                        run(
                                "return [[1, 2, 1].lastIndexOf(1), [1, 2, 1].lastIndexOf(1, 1), [1, 2, 1].lastIndexOf(1, -2), [1].lastIndexOf(1, -Infinity), [].lastIndexOf(1), [NaN].lastIndexOf(NaN)]"))
                .isEqualTo("[2, 0, 0, -1, -1, -1]");
    }

    @Test
    void lastIndexOfWithUndefinedFromIndexStartsAtZero() {
        assertThat(run("return [[1, 2, 1].lastIndexOf(1, undefined), [1, 2, 1].lastIndexOf(2, undefined)]"))
                .isEqualTo("[0, -1]");
    }

    @Test
    void joinUsesCommaAndSkipsNullish() {
        assertThat(
                        run(
                                "return [[1, null, undefined, 'a'].join(), [1, 2].join(' - '), [1, 2].join(undefined), [[1, 2], [3]].join(';'), [].join()]"))
                .isEqualTo("[\"1,,,a\", \"1 - 2\", \"1,2\", \"1,2;3\", \"\"]");
    }

    @Test
    void joinOnArrayLike() {
        assertThat(run("return Array.prototype.join.call({length: 3, 0: 'a', 2: 'c'}, '+')"))
                .isEqualTo("\"a++c\"");
    }

    @Test
    void joinOfACyclicArrayLeavesTheCycleEmpty() {
        assertThat(run("const a = [1]; a.push(a); return [a.join(), '' + a]")).isEqualTo("[\"1,\", \"1,\"]");
    }

    @Test
    void joinCallsToStringOnElements() {
        assertThat(run("return [{ toString() { return 'T' } }, 2].join('')")).isEqualTo("\"T2\"");
    }

    @Test
    void toStringJoinsWithCommas() {
        assertThat(run("return [[1, [2, [3]]].toString(), '' + [1, 2]]")).isEqualTo("[\"1,2,3\", \"1,2\"]");
    }

    @Test
    void toStringFallsBackToObjectToStringWithoutJoin() {
        assertThat(
                        run(
                                "return [Array.prototype.toString.call({join: 5}), Array.prototype.toString.call({join() { return 'j' }})]"))
                .isEqualTo("[\"[object Object]\", \"j\"]");
    }

    @Test
    void toLocaleStringCallsEachElementsToLocaleString() {
        assertThat(
                        run(
                                "return [{ toLocaleString() { return 'L' } }, null, undefined, { toLocaleString() { return 'M' } }].toLocaleString()"))
                .isEqualTo("\"L,,,M\"");
    }

    @Test
    void keysIteratesIndicesIncludingHoles() {
        assertThat(run("return [...[7, , 9].keys()]")).isEqualTo("[0, 1, 2]");
    }

    @Test
    void entriesIteratesIndexValuePairs() {
        assertThat(run("return [...['a', 'b'].entries()]")).isEqualTo("[[0, \"a\"], [1, \"b\"]]");
    }

    @Test
    void valuesAndSymbolIteratorAreTheSameFunction() {
        assertThat(run("return [Array.prototype.values === Array.prototype[Symbol.iterator], [...[1, 2].values()]]"))
                .isEqualTo("[true, [1, 2]]");
    }

    @Test
    void keysAndValuesShareTheArrayIteratorPrototype() {
        assertThat(
                        run(
                                "return [Object.getPrototypeOf([].keys()) === Object.getPrototypeOf([].values()), Object.getPrototypeOf([].entries())[Symbol.toStringTag]]"))
                .isEqualTo("[true, \"Array Iterator\"]");
    }

    @Test
    void keysIteratorFinishesAndStaysDone() {
        assertThat(run("const it = [1].keys(); return [it.next(), it.next(), it.next()]"))
                .isEqualTo("[{value: 0, done: false}, {value: undefined, done: true}, {value: undefined, done: true}]");
    }

    @Test
    void entriesSeesElementsAddedDuringIteration() {
        assertThat(
                        run(
                                "const a = [1]; const out = []; for (const [i, v] of a.entries()) { out.push(v); if (i < 2) a.push(v + 1) } return out"))
                .isEqualTo("[1, 2, 3]");
    }

    @Test
    void keysOnArrayLike() {
        assertThat(run("return [...Array.prototype.keys.call({length: 3})]")).isEqualTo("[0, 1, 2]");
    }

    @Test
    void arrayIteratorNextOnAnotherObjectIsATypeError() {
        assertThat(
                        run(
                                "const it = [].keys(); try { it.next.call({}) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo(
                        "\"TypeError: Method Array Iterator.prototype.next called on incompatible receiver #<Object>\"");
    }

    @Test
    void popRemovesTheLastElement() {
        assertThat(run("const a = [1, 2, 3]; return [a.pop(), a, [].pop()]")).isEqualTo("[3, [1, 2], undefined]");
    }

    @Test
    void popOnArrayLikeUpdatesLength() {
        assertThat(
                        run(
                                "const o = {length: 2, 0: 'a', 1: 'b'}; const v = Array.prototype.pop.call(o); return [v, o.length, o.hasOwnProperty(1)]"))
                .isEqualTo("[\"b\", 1, false]");
    }

    @Test
    void popOnArrayLikeWithoutLengthSetsLengthZero() {
        assertThat(run("const o = {}; Array.prototype.pop.call(o); return o.length"))
                .isEqualTo("0");
    }

    @Test
    void pushAppendsAndReturnsTheNewLength() {
        assertThat(run("const a = [1]; return [a.push(2, 3), a, a.push()]")).isEqualTo("[3, [1, 2, 3], 3]");
    }

    @Test
    void pushOnArrayLike() {
        assertThat(run("const o = {length: 1}; return [Array.prototype.push.call(o, 'x'), o.length, o[1]]"))
                .isEqualTo("[2, 2, \"x\"]");
    }

    @Test
    void pushPastTheSafeIntegerLimitIsATypeError() {
        assertThat(
                        run(
                                "try { Array.prototype.push.call({length: 2 ** 53 - 1}, 1) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo(
                        "\"TypeError: Pushing 1 elements on an array-like of length 9007199254740991 is disallowed, as the total surpasses 2**53-1\"");
    }

    @Test
    void shiftRemovesTheFirstElement() {
        assertThat(run("const a = [1, 2, 3]; return [a.shift(), a, [].shift()]"))
                .isEqualTo("[1, [2, 3], undefined]");
    }

    @Test
    void shiftMovesHoles() {
        assertThat(run("const a = [1, 2, , 4]; a.shift(); return [a.length, a.hasOwnProperty(1), a[2]]"))
                .isEqualTo("[3, false, 4]");
    }

    @Test
    void unshiftPrependsAndReturnsTheNewLength() {
        assertThat(run("const a = [3]; return [a.unshift(1, 2), a, a.unshift()]"))
                .isEqualTo("[3, [1, 2, 3], 3]");
    }

    @Test
    void unshiftOnArrayLike() {
        assertThat(run("const o = {length: 1, 0: 'b'}; return [Array.prototype.unshift.call(o, 'a'), o[0], o[1]]"))
                .isEqualTo("[2, \"a\", \"b\"]");
    }

    @Test
    void unshiftPastTheSafeIntegerLimitIsATypeError() {
        assertThat(
                        run(
                                "try { Array.prototype.unshift.call({length: 2 ** 53 - 1}, 1) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: Invalid array length\"");
    }

    @Test
    void reduceFoldsFromTheLeft() {
        assertThat(run("return [[1, 2, 3].reduce((a, b) => a + '' + b), [1, 2, 3].reduce((a, b) => a + b, 10)]"))
                .isEqualTo("[\"123\", 16]");
    }

    @Test
    void reducePassesIndexAndArray() {
        assertThat(
                        run(
                                "const calls = []; [5, 6].reduce((acc, v, i, arr) => { calls.push([acc, v, i, arr.length]); return v }, 'init'); return calls"))
                .isEqualTo("[[\"init\", 5, 0, 2], [5, 6, 1, 2]]");
    }

    @Test
    void reduceRightFoldsFromTheRight() {
        assertThat(
                        run(
                                "return [[1, 2, 3].reduceRight((a, b) => a + '' + b), ['a', 'b'].reduceRight((a, b) => a + b, '')]"))
                .isEqualTo("[\"321\", \"ba\"]");
    }

    @Test
    void reduceSkipsHolesWhenChoosingTheInitialValue() {
        assertThat(run("return [[, , 3, 4].reduce((a, b) => a * b), [1, 2, , ].reduceRight((a, b) => a - b)]"))
                .isEqualTo("[12, 1]");
    }

    @Test
    void reduceOfAnEmptyArrayWithoutInitialValueIsATypeError() {
        assertThat(run("try { [].reduce((a, b) => a) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: Reduce of empty array with no initial value\"");
    }

    @Test
    void reduceRightOfAllHolesIsATypeError() {
        assertThat(
                        run(
                                "try { [, , ].reduceRight((a, b) => a) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: Reduce of empty array with no initial value\"");
    }

    @Test
    void reduceOfOneElementDoesNotCallTheCallback() {
        assertThat(run("let called = false; return [[7].reduce(() => { called = true }), called]"))
                .isEqualTo("[7, false]");
    }

    @Test
    void reduceWithANonCallableIsATypeError() {
        assertThat(run("try { [].reduce(1, 0) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: 1 is not a function\"");
    }

    @Test
    void reverseReversesInPlace() {
        assertThat(run("const a = [1, 2, 3]; return [a.reverse() === a, a, [1, 2, 3, 4].reverse()]"))
                .isEqualTo("[true, [3, 2, 1], [4, 3, 2, 1]]");
    }

    @Test
    void reverseKeepsHolesMirrored() {
        assertThat(
                        run(
                                "const a = [1, , 3, , ]; a.reverse(); return [a.length, a.hasOwnProperty(0), a.hasOwnProperty(1), a[1], a[3]]"))
                .isEqualTo("[4, false, true, 3, 1]");
    }

    @Test
    void reverseOnArrayLike() {
        assertThat(
                        run(
                                "const o = Array.prototype.reverse.call({length: 3, 0: 'a', 1: 'b'}); return [o.hasOwnProperty(0), o[1], o[2]]"))
                .isEqualTo("[false, \"b\", \"a\"]");
    }

    @Test
    void sliceCopiesARange() {
        assertThat(
                        run(
                                "const a = [1, 2, 3, 4, 5]; return [a.slice(1, 3), a.slice(-2), a.slice(), a.slice(3, 1), a.slice(-10, -3), a.slice(1.5)]"))
                .isEqualTo("[[2, 3], [4, 5], [1, 2, 3, 4, 5], [], [1, 2], [2, 3, 4, 5]]");
    }

    @Test
    void sliceKeepsHolesAndLength() {
        assertThat(run("const r = [1, , 3, , ].slice(1); return [r.length, r.hasOwnProperty(0), r[1]]"))
                .isEqualTo("[3, false, 3]");
    }

    @Test
    void sliceOnArrayLike() {
        assertThat(run("return Array.prototype.slice.call({length: 3, 0: 'x', 2: 'z'}, 1)"))
                .isEqualTo("[undefined, \"z\"]");
    }

    @Test
    void sliceUsesSpecies() {
        assertThat(run("class A extends Array {} return [new A(1, 2, 3).slice(1) instanceof A]"))
                .isEqualTo("[true]");
    }

    @Test
    void spliceRemovesAndInserts() {
        assertThat(run("const a = [1, 2, 3, 4, 5]; const removed = a.splice(1, 2, 'a', 'b', 'c'); return [removed, a]"))
                .isEqualTo("[[2, 3], [1, \"a\", \"b\", \"c\", 4, 5]]");
    }

    @Test
    void spliceWithOnlyAStartRemovesTheRest() {
        assertThat(run("const a = [1, 2, 3]; return [a.splice(-2), a]")).isEqualTo("[[2, 3], [1]]");
    }

    @Test
    void spliceWithNoArgumentsRemovesNothing() {
        assertThat(run("const a = [1, 2]; return [a.splice(), a]")).isEqualTo("[[], [1, 2]]");
    }

    @Test
    void spliceClampsTheDeleteCount() {
        assertThat(run("const a = [1, 2, 3]; return [a.splice(1, 99), a.splice(0, -1), a]"))
                .isEqualTo("[[2, 3], [], [1]]");
    }

    @Test
    void spliceShrinksTheLength() {
        assertThat(run("const a = [1, 2, 3, 4]; a.splice(1, 2); return [a.length, a]"))
                .isEqualTo("[2, [1, 4]]");
    }

    @Test
    void spliceOnArrayLike() {
        assertThat(
                        run(
                                "const o = {length: 3, 0: 'a', 1: 'b', 2: 'c'}; const r = Array.prototype.splice.call(o, 0, 1, 'x', 'y'); return [r, o.length, o[0], o[1], o[3]]"))
                .isEqualTo("[[\"a\"], 4, \"x\", \"y\", \"c\"]");
    }

    @Test
    void sortDefaultsToStringOrder() {
        assertThat(run("return [[10, 9, 1, 100].sort(), ['b', 'a', 'C'].sort(), [true, false].sort()]"))
                .isEqualTo("[[1, 10, 100, 9], [\"C\", \"a\", \"b\"], [false, true]]");
    }

    @Test
    void sortUsesAComparator() {
        assertThat(run("return [3, 1, 2].sort((a, b) => b - a)")).isEqualTo("[3, 2, 1]");
    }

    @Test
    void sortIsStable() {
        assertThat(
                        run(
                                "const a = [{k: 1, v: 'a'}, {k: 0, v: 'b'}, {k: 1, v: 'c'}, {k: 0, v: 'd'}]; return a.sort((x, y) => x.k - y.k).map(o => o.v).join('')"))
                .isEqualTo("\"bdac\"");
    }

    @Test
    void sortPutsUndefinedLastAndHolesAfterThat() {
        assertThat(
                        run(
                                "const a = [3, undefined, , 1]; a.sort(); return [a.length, a[0], a[1], a[2], a.hasOwnProperty(2), a.hasOwnProperty(3)]"))
                .isEqualTo("[4, 1, 3, undefined, true, false]");
    }

    @Test
    void sortNeverPassesUndefinedToTheComparator() {
        assertThat(
                        run(
                                "const seen = []; [undefined, 2, 1].sort((x, y) => { seen.push(typeof x, typeof y); return x - y }); return seen.includes('undefined')"))
                .isEqualTo("false");
    }

    @Test
    void sortReturnsTheSameArray() {
        assertThat(run("const a = [2, 1]; return a.sort() === a")).isEqualTo("true");
    }

    @Test
    void sortWithANonFunctionComparatorIsATypeError() {
        assertThat(run("try { [1].sort(3) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: The comparison function must be either a function or undefined\"");
    }

    @Test
    void sortTreatsNaNComparatorResultsAsEqual() {
        assertThat(run("return [2, 1, 3].sort(() => NaN)")).isEqualTo("[2, 1, 3]");
    }

    @Test
    void sortOnArrayLike() {
        assertThat(
                        run(
                                "const o = {length: 3, 0: 'c', 1: 'a', 2: 'b'}; Array.prototype.sort.call(o); return [o[0], o[1], o[2]]"))
                .isEqualTo("[\"a\", \"b\", \"c\"]");
    }

    @Test
    void sortComparesByCodeUnits() {
        assertThat(run("return ['\\uD83D\\uDE00', '\\uFF5E', 'a'].sort().map(s => s.length)"))
                .isEqualTo("[1, 2, 1]");
    }

    @Test
    void sortToleratesAnInconsistentComparator() {
        assertThat(
                        run(
                                "const a = []; for (let i = 0; i < 50; i++) a.push((i * 7919) % 50); a.sort(() => 1); return a.length"))
                .isEqualTo("50");
    }

    @Test
    void toReversedLeavesTheOriginal() {
        assertThat(run("const a = [1, 2, 3]; return [a.toReversed(), a]")).isEqualTo("[[3, 2, 1], [1, 2, 3]]");
    }

    @Test
    void toReversedFillsHolesWithUndefined() {
        assertThat(run("const r = [1, , 3].toReversed(); return [r.hasOwnProperty(1), r[1]]"))
                .isEqualTo("[true, undefined]");
    }

    @Test
    void toSortedLeavesTheOriginal() {
        assertThat(run("const a = [3, 1, 2]; return [a.toSorted(), a, a.toSorted((x, y) => y - x)]"))
                .isEqualTo("[[1, 2, 3], [3, 1, 2], [3, 2, 1]]");
    }

    @Test
    void toSortedTurnsHolesIntoUndefined() {
        assertThat(run("const r = [3, , 1].toSorted(); return [r.length, r.hasOwnProperty(2), r[2]]"))
                .isEqualTo("[3, true, undefined]");
    }

    @Test
    void toSortedWithANonFunctionIsATypeError() {
        assertThat(run("try { [1].toSorted(3) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: The comparison function must be either a function or undefined\"");
    }

    @Test
    void toSortedIgnoresSpecies() {
        assertThat(run("class A extends Array {} return [new A(2, 1).toSorted() instanceof A]"))
                .isEqualTo("[false]");
    }

    @Test
    void toSplicedLeavesTheOriginal() {
        assertThat(
                        run(
                                "const a = [1, 2, 3, 4]; return [a.toSpliced(1, 2, 'x'), a.toSpliced(-1), a.toSpliced(), a.toSpliced(1, 0, 'y', 'z'), a]"))
                .isEqualTo("[[1, \"x\", 4], [1, 2, 3], [1, 2, 3, 4], [1, \"y\", \"z\", 2, 3, 4], [1, 2, 3, 4]]");
    }

    @Test
    void toSplicedPastTheSafeIntegerLimitIsATypeError() {
        assertThat(
                        run(
                                "try { Array.prototype.toSpliced.call({length: 2 ** 53 - 1}, 0, 0, 1) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: Invalid array length\"");
    }

    @Test
    void withReplacesOneElementInACopy() {
        assertThat(run("const a = [1, 2, 3]; return [a.with(1, 'x'), a.with(-1, 'y'), a]"))
                .isEqualTo("[[1, \"x\", 3], [1, 2, \"y\"], [1, 2, 3]]");
    }

    @Test
    void withAnOutOfRangeIndexIsARangeError() {
        assertThat(run("try { [].with(5, 1) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"RangeError: Invalid index : 5\"");
    }

    @Test
    void withAFractionalOutOfRangeIndexShowsIt() {
        assertThat(run("try { [1].with(-3.5, 1) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"RangeError: Invalid index : -3.5\"");
    }

    @Test
    void toReversedOfAHugeArrayLikeIsARangeError() {
        assertThat(
                        run(
                                "try { Array.prototype.toReversed.call({length: 2 ** 32}) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"RangeError: Invalid array length\"");
    }

    @Test
    void unscopablesListTheNewerMethods() {
        assertThat(run("return Object.keys(Array.prototype[Symbol.unscopables])"))
                .isEqualTo(
                        "[\"at\", \"copyWithin\", \"entries\", \"fill\", \"find\", \"findIndex\", \"findLast\", \"findLastIndex\", \"flat\", \"flatMap\", \"includes\", \"keys\", \"values\", \"toReversed\", \"toSorted\", \"toSpliced\"]");
    }

    @Test
    void unscopablesHasANullPrototype() {
        assertThat(run("return Object.getPrototypeOf(Array.prototype[Symbol.unscopables]) === null"))
                .isEqualTo("true");
    }

    @Test
    void methodLengths() {
        assertThat(
                        run(
                                "const p = Array.prototype; return ['at', 'concat', 'copyWithin', 'fill', 'find', 'flat', 'includes', 'indexOf', 'join', 'pop', 'push', 'slice', 'sort', 'splice', 'toSpliced', 'with', 'reduce', 'unshift'].map(n => n + p[n].length).join()"))
                .isEqualTo(
                        "\"at1,concat1,copyWithin2,fill1,find1,flat0,includes1,indexOf1,join1,pop0,push1,slice2,sort1,splice2,toSpliced2,with2,reduce1,unshift1\"");
    }

    @Test
    void methodsAreNotEnumerable() {
        assertThat(
                        run(
                                "const keys = []; for (const k in []) keys.push(k); return [keys, Object.keys(Array.prototype)]"))
                .isEqualTo("[[], []]");
    }

    @Test
    void settingLengthTruncatesBeforePush() {
        assertThat(run("const a = [1, 2, 3]; a.length = 1; a.push(5); return a"))
                .isEqualTo("[1, 5]");
    }

    @Test
    void methodsWorkOnStringsThroughToObject() {
        assertThat(
                        run(
                                "return [Array.prototype.map.call('ab', c => c + c), Array.prototype.includes.call('abc', 'b'), Array.prototype.join.call('abc', '-')]"))
                .isEqualTo("[[\"aa\", \"bb\"], true, \"a-b-c\"]");
    }

    @Test
    void fromFillsAnArrayLikeThroughMapFn() {
        assertThat(run("return Array.from({length: 3}, (v, i) => i * i)")).isEqualTo("[0, 1, 4]");
    }

    @Test
    void fromWithANonObjectIteratorResultIsATypeError() {
        assertThat(
                        run(
                                "try { Array.from({[Symbol.iterator]() { return { next() { return 1 } } }}) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: Iterator result 1 is not an object\"");
    }

    @Test
    void speciesAppliesToConcatSpliceFlatAndFlatMap() {
        assertThat(
                        run(
                                "class A extends Array {} const a = A.of(1, [2]); return [a.concat([3]) instanceof A, a.splice(0, 1) instanceof A, a.flat() instanceof A, a.flatMap(x => x) instanceof A]"))
                .isEqualTo("[true, true, true, true]");
    }

    @Test
    void speciesConstructorReceivesTheLength() {
        assertThat(
                        run(
                                "const lens = []; class A extends Array { constructor(...args) { lens.push(args.length === 1 ? args[0] : 'n' + args.length); super(...args) } } const a = new A(3).fill(1); a.map(x => x); a.slice(1); a.filter(x => x); return lens"))
                .isEqualTo("[3, 3, 2, 0]");
    }

    @Test
    void mapOverHolesLeavesHoles() {
        assertThat(run("const r = new Array(3).map(x => 1); return [r.length, r.hasOwnProperty(0)]"))
                .isEqualTo("[3, false]");
    }

    @Test
    void genericMapReadsLengthThenElementsInOrder() {
        assertThat(
                        run(
                                "const log = []; const o = { get length() { log.push('len'); return 2 }, get 0() { log.push('get0'); return 'a' }, get 1() { log.push('get1'); return 'b' } }; Array.prototype.map.call(o, x => { log.push('cb ' + x) }); return log"))
                .isEqualTo("[\"len\", \"get0\", \"cb a\", \"get1\", \"cb b\"]");
    }

    @Test
    void callbackIsCheckedAfterLengthIsRead() {
        assertThat(
                        run(
                                "const log = []; const o = { get length() { log.push('len'); return 1 } }; try { Array.prototype.forEach.call(o, 1) } catch (e) { log.push(e.message) } return log"))
                .isEqualTo("[\"len\", \"1 is not a function\"]");
    }

    @Test
    void indexOfTreatsNegativeZeroAsZero() {
        assertThat(run("return [[1, 2].indexOf(1, -0), [0].indexOf(-0), [1, 2, 3].at(-0), [1, 2, 3].includes(2, 1.5)]"))
                .isEqualTo("[0, 0, 1, true]");
    }

    @Test
    void defaultSortComparesNumbersAsStrings() {
        assertThat(run("return [[-1, -2, 3, 20].sort(), [0.5, 1e21, 2].sort()]"))
                .isEqualTo("[[-1, -2, 20, 3], [0.5, 1e+21, 2]]");
    }

    @Test
    void concatOfAPlainObjectThisWrapsIt() {
        assertThat(run("return Array.prototype.concat.call({a: 1}, [2])")).isEqualTo("[{a: 1}, 2]");
    }

    @Test
    void reduceRightVisitsIndicesDownwards() {
        assertThat(
                        run(
                                "const seen = []; [1, 2, 3].reduceRight((acc, v, i) => { seen.push(i); return acc }, 0); return seen"))
                .isEqualTo("[2, 1, 0]");
    }

    @Test
    void lastIndexOfOnArrayLike() {
        assertThat(
                        run(
                                "return [Array.prototype.lastIndexOf.call({length: 3, 0: 'a', 2: 'a'}, 'a'), Array.prototype.lastIndexOf.call({length: 3, 2: NaN}, NaN)]"))
                .isEqualTo("[2, -1]");
    }

    @Test
    void flatOnArrayLike() {
        assertThat(run("return Array.prototype.flat.call({length: 2, 0: [1, [2]], 1: 3})"))
                .isEqualTo("[1, [2], 3]");
    }

    @Test
    void flatDoesNotSpreadArrayLikes() {
        assertThat(run("return [[{length: 1, 0: 'x'}].flat().length, [[1], 'ab'].flat()]"))
                .isEqualTo("[1, [1, \"ab\"]]");
    }

    @Test
    void entriesOnArrayLike() {
        assertThat(run("return [...Array.prototype.entries.call({length: 2, 1: 'b'})]"))
                .isEqualTo("[[0, undefined], [1, \"b\"]]");
    }

    @Test
    void keysOnAString() {
        assertThat(run("return [...Array.prototype.keys.call('ab')]")).isEqualTo("[0, 1]");
    }

    @Test
    void joinOfANestedCycle() {
        assertThat(run("const a = [1, [2]]; a[1].push(a); return a.join()")).isEqualTo("\"1,2,\"");
    }

    @Test
    void toStringUsesAnOwnJoin() {
        assertThat(run("const a = [1, 2]; a.join = () => 'J'; return '' + a")).isEqualTo("\"J\"");
    }

    @Test
    void pushOnAnArrayAtTheMaximumLengthIsARangeError() {
        assertThat(
                        run(
                                "const a = Array(2 ** 32 - 1); try { a.push(1) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"RangeError: Invalid array length\"");
    }

    @Test
    void fillKeepsObjectIdentity() {
        assertThat(run("const o = {}; const a = Array(2).fill(o); return [a[0] === o, a[1] === o]"))
                .isEqualTo("[true, true]");
    }

    @Test
    void spliceIntoHolesKeepsHoles() {
        assertThat(run("const a = [1, , 3]; a.splice(0, 0, 'x'); return [a.length, a.hasOwnProperty(2), a[3]]"))
                .isEqualTo("[4, false, 3]");
    }

    @Test
    void copyWithinWithAnEnd() {
        assertThat(
                        run(
                                "return [[1, 2, 3, 4, 5].copyWithin(0, 1, 2), [1, 2, 3, 4, 5].copyWithin(2, 0, -2), [1, 2, 3].copyWithin(0, 5)]"))
                .isEqualTo("[[2, 2, 3, 4, 5], [1, 2, 1, 2, 3], [1, 2, 3]]");
    }

    @Test
    void sortOfAnArrayLikeMovesHolesToTheEnd() {
        assertThat(
                        run(
                                "const o = {length: 4, 0: 'd', 2: 'a', 3: undefined}; Array.prototype.sort.call(o); return [o[0], o[1], o.hasOwnProperty(2), o.hasOwnProperty(3), o.length]"))
                .isEqualTo("[\"a\", \"d\", true, false, 4]");
    }

    @Test
    void sortComparatorMayReturnBooleansOrStrings() {
        assertThat(run("return [[3, 1, 2].sort((a, b) => '' + (a - b)), [3, 1, 2].sort((a, b) => a > b)]"))
                .isEqualTo("[[1, 2, 3], [3, 1, 2]]");
    }

    @Test
    void withCoercesTheIndex() {
        assertThat(run("return [[1, 2, 3].with('1', 'x'), [1, 2, 3].with(1.9, 'y'), [1, 2, 3].with(undefined, 'z')]"))
                .isEqualTo("[[1, \"x\", 3], [1, \"y\", 3], [\"z\", 2, 3]]");
    }

    @Test
    void atWithInfinityIsUndefined() {
        assertThat(run("return [[1].at(Infinity), [1].at(-Infinity), [1].at(NaN)]"))
                .isEqualTo("[undefined, undefined, 1]");
    }

    @Test
    void everyAndSomeOnArrayLike() {
        assertThat(
                        run(
                                "const o = {length: 2, 0: 2, 1: 4}; return [Array.prototype.every.call(o, x => x % 2 === 0), Array.prototype.some.call(o, x => x > 3)]"))
                .isEqualTo("[true, true]");
    }

    @Test
    void filterPassesIndexArrayAndThisArg() {
        assertThat(
                        run(
                                "const a = [5]; let got; a.filter(function (v, i, arr) { got = [v, i, arr === a, this.t] }, {t: 1}); return got"))
                .isEqualTo("[5, 0, true, 1]");
    }

    @Test
    void shiftOnArrayLikeWithoutLengthSetsLengthZero() {
        assertThat(run("const o = {}; return [Array.prototype.shift.call(o), o.length]"))
                .isEqualTo("[undefined, 0]");
    }

    @Test
    void toSplicedReadsHolesAsUndefined() {
        assertThat(run("const r = [1, , 3].toSpliced(0, 1); return [r.length, r.hasOwnProperty(0), r[0]]"))
                .isEqualTo("[2, true, undefined]");
    }

    @Test
    void withOnArrayLike() {
        assertThat(run("return Array.prototype.with.call({length: 2, 0: 'a'}, 1, 'b')"))
                .isEqualTo("[\"a\", \"b\"]");
    }

    @Test
    void arrayCalledWithABooleanHoldsIt() {
        assertThat(run("return [Array(true), Array(null).length, Array(undefined)[0]]"))
                .isEqualTo("[[true], 1, undefined]");
    }

    @Test
    void sortCallsTheComparatorExactlyAsV8TimSortDoes() {
        assertThat(
                        run(
                                "let seed = 12345; const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648; const out = []; for (const n of [5, 33, 64, 65, 100, 257, 1000, 2000]) { for (const kind of ['num', 'rand', 'bool', 'runs', 'dups']) { const a = []; for (let i = 0; i < n; i++) a.push(kind === 'runs' ? (i % 50 < 25 ? i : n - i) : kind === 'dups' ? Math.floor(rnd() * 10) : Math.floor(rnd() * 1000)); let h = 0, calls = 0; const cmp = kind === 'rand' ? (x, y) => rnd() - 0.5 : kind === 'bool' ? (x, y) => x > y : (x, y) => x - y; a.sort((x, y) => { calls++; h = (h * 31 + x * 7 + y) % 1000000007; return cmp(x, y) }); let r = 0; for (let i = 0; i < n; i++) r = (r * 31 + a[i]) % 1000000007; out.push(n + kind + ':' + calls + '/' + h + '/' + r) } } return out.join(' ')"))
                .isEqualTo(
                        "\"5num:8/729591950/300229795 5rand:8/270938183/646852432 5bool:4/203412490/829622576 5runs:4/223696/31810 5dups:7/770228975/1939555 33num:125/395593487/205160705 33rand:124/540759957/16176996 33bool:32/512389034/660462794 33runs:64/703527741/403624110 33dups:126/432895983/887913004 64num:298/204251068/180636306 64rand:274/635041626/712777512 64bool:63/44139395/529466975 64runs:175/243860989/187496106 64dups:301/827208156/750566006 65num:305/795883606/853519158 65rand:287/659160163/740122179 65bool:64/657998256/205485767 65runs:181/9142115/810692992 65dups:309/387423399/444846844 100num:535/142118532/629771623 100rand:523/574258646/263189072 100bool:99/474004852/577165355 100runs:424/586719232/253979655 100dups:528/275281721/75748127 257num:1728/282671256/365101012 257rand:1586/96879748/382236056 257bool:256/110430119/788839176 257runs:1154/209344340/52403332 257dups:1592/247632478/403575106 1000num:8632/713466383/207909180 1000rand:8120/485776460/668891096 1000bool:999/212508163/855730313 1000runs:5579/401308902/886399445 1000dups:6735/524791037/22687347 2000num:19290/602721238/611811726 2000rand:18670/558495918/792693325 2000bool:1999/487487438/673415493 2000runs:11247/317436290/611901316 2000dups:13766/120234869/362189652\"");
    }

    @Test
    void frozenArrayPushIsATypeError() {
        assertThat(
                        run(
                                "const a = Object.freeze([1, 2]); try { a.push(3) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: Cannot add property 2, object is not extensible\"");
    }

    @Test
    void frozenArrayPopIsATypeError() {
        assertThat(
                        run(
                                "const a = Object.freeze([1, 2]); try { a.pop() } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: Cannot delete property '1' of [object Array]\"");
    }

    @Test
    void frozenArrayFillIsATypeError() {
        assertThat(
                        run(
                                "const a = Object.freeze([1, 2]); try { a.fill(0) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: Cannot assign to read only property '0' of object '[object Array]'\"");
    }

    @Test
    void frozenArraySortIsATypeError() {
        assertThat(
                        run(
                                "const a = Object.freeze([2, 1]); try { a.sort() } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: Cannot assign to read only property '0' of object '[object Array]'\"");
    }

    @Test
    void frozenArrayShiftIsATypeError() {
        assertThat(
                        run(
                                "const a = Object.freeze([1, 2]); try { a.shift() } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: Cannot assign to read only property '0' of object '[object Array]'\"");
    }

    @Test
    void frozenArrayLikeFillNamesTheObject() {
        assertThat(
                        run(
                                "const o = Object.freeze({length: 1, 0: 1}); try { Array.prototype.fill.call(o, 0) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: Cannot assign to read only property '0' of object '#<Object>'\"");
    }

    @Test
    void nonExtensibleArrayUnshiftIsATypeError() {
        assertThat(
                        run(
                                "const a = [1, 2, 3]; Object.preventExtensions(a); try { a.unshift(4) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: Cannot add property 3, object is not extensible\"");
    }

    @Test
    void readOnlyLengthStopsPush() {
        assertThat(
                        run(
                                "const a = [1]; Object.defineProperty(a, 'length', {writable: false}); try { a.push(2) } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: Cannot assign to read only property 'length' of object '[object Array]'\"");
    }

    @Test
    void nonConfigurableElementStopsPop() {
        assertThat(
                        run(
                                "const a = [1, 2]; Object.defineProperty(a, 1, {value: 2, configurable: false}); try { a.pop() } catch (e) { return e.constructor.name + \": \" + e.message }"))
                .isEqualTo("\"TypeError: Cannot delete property '1' of [object Array]\"");
    }

    @Test
    void frozenArrayStillAllowsCopyingMethods() {
        assertThat(
                        run(
                                "const a = Object.freeze([3, 1, 2]); return [a.toSorted(), a.toReversed(), a.with(0, 9), a.slice(1), a.map(x => x * 2)]"))
                .isEqualTo("[[1, 2, 3], [2, 1, 3], [9, 1, 2], [1, 2], [6, 2, 4]]");
    }

    @Test
    void prototypeMethodAttributes() {
        assertThat(
                        run(
                                "const d = Object.getOwnPropertyDescriptor(Array.prototype, 'map'); return [typeof d.value, d.writable, d.enumerable, d.configurable]"))
                .isEqualTo("[\"function\", true, false, true]");
    }

    @Test
    void constructorPropertyAttributes() {
        assertThat(
                        run(
                                "const d = Object.getOwnPropertyDescriptor(Array.prototype, 'constructor'); const p = Object.getOwnPropertyDescriptor(Array, 'prototype'); return [d.writable, d.enumerable, d.configurable, p.writable, p.enumerable, p.configurable]"))
                .isEqualTo("[true, false, true, false, false, false]");
    }

    @Test
    void globalArrayAttributes() {
        assertThat(
                        run(
                                "const d = Object.getOwnPropertyDescriptor(globalThis, 'Array'); return [d.writable, d.enumerable, d.configurable]"))
                .isEqualTo("[true, false, true]");
    }

    @Test
    void speciesIsAConfigurableGetter() {
        assertThat(
                        run(
                                "const d = Object.getOwnPropertyDescriptor(Array, Symbol.species); return [typeof d.get, d.set, d.enumerable, d.configurable, d.get.name]"))
                .isEqualTo("[\"function\", undefined, false, true, \"get [Symbol.species]\"]");
    }

    @Test
    void unscopablesAttributes() {
        assertThat(
                        run(
                                "const d = Object.getOwnPropertyDescriptor(Array.prototype, Symbol.unscopables); return [d.writable, d.enumerable, d.configurable]"))
                .isEqualTo("[false, false, true]");
    }

    @Test
    void arrayPrototypeOwnNamesInV8Order() {
        assertThat(run("return Object.getOwnPropertyNames(Array.prototype).join()"))
                .isEqualTo(
                        "\"length,constructor,at,concat,copyWithin,fill,find,findIndex,findLast,findLastIndex,lastIndexOf,pop,push,reverse,shift,unshift,slice,sort,splice,includes,indexOf,join,keys,entries,values,forEach,filter,flat,flatMap,map,every,some,reduce,reduceRight,toLocaleString,toString,toReversed,toSorted,toSpliced,with\"");
    }

    @Test
    void arrayOwnNames() {
        assertThat(run("return Object.getOwnPropertyNames(Array).join()"))
                .isEqualTo("\"length,name,prototype,isArray,from,of\"");
    }

    @Test
    void methodNames() {
        assertThat(
                        run(
                                "return [Array.prototype.flatMap.name, Array.prototype[Symbol.iterator].name, Array.from.name, Array.prototype.toSorted.name]"))
                .isEqualTo("[\"flatMap\", \"values\", \"from\", \"toSorted\"]");
    }

    @Test
    void fromCreatesPropertiesEvenWhereASetterWouldIntercept() {
        assertThat(
                        run(
                                "function C() { Object.defineProperty(this, '0', {set(v) { throw new Error('setter') }, configurable: true}) } const r = Array.from.call(C, [1]); return Object.getOwnPropertyDescriptor(r, '0').value"))
                .isEqualTo("1");
    }

    @Test
    void mapDefinesRatherThanSetsOnTheSpeciesResult() {
        assertThat(
                        run(
                                "const log = []; class A extends Array {} Object.defineProperty(A.prototype, '0', {set(v) { log.push(v) }, configurable: true}); const r = A.from([1, 2]).map(x => x * 10); return [log, r.hasOwnProperty(0), r[0]]"))
                .isEqualTo("[[], true, 10]");
    }

    @Test
    void pushCallsSettersOnTheChain() {
        assertThat(
                        run(
                                "const log = []; const proto = {set 0(v) { log.push('set ' + v) }}; const o = Object.create(proto); o.length = 0; Array.prototype.push.call(o, 'x'); return [log, o.length, o.hasOwnProperty(0)]"))
                .isEqualTo("[[\"set x\"], 1, false]");
    }

    @Test
    void holesReadThroughToInheritedElements() {
        assertThat(
                        run(
                                "Array.prototype[1] = 'P'; const r = [0, , 2].map(x => x); const f = [0, , 2].indexOf('P'); delete Array.prototype[1]; return [r, f]"))
                .isEqualTo("[[0, \"P\", 2], 1]");
    }

    @Test
    void presentUndefinedElementsAreVisitedButHolesAreNot() {
        assertThat(
                        run(
                                "const seen = []; [undefined, , null].forEach((v, i) => seen.push(i)); return [seen, [undefined].indexOf(undefined), [, ].indexOf(undefined)]"))
                .isEqualTo("[[0, 2], 0, -1]");
    }

    @Test
    void shiftDrainsALongQueue() {
        assertThat(
                        run(
                                "const q = []; for (let i = 0; i < 20000; i++) q.push(i); let s = 0; while (q.length) s += q.shift(); return [s, q.length]"))
                .isEqualTo("[199990000, 0]");
    }

    @Test
    void reverseOnArrayWithInheritedHole() {
        assertThat(
                        run(
                                "Array.prototype[0] = 'P'; const a = [, 'b']; a.reverse(); delete Array.prototype[0]; return [a.hasOwnProperty(0), a[0], a.hasOwnProperty(1), a[1]]"))
                .isEqualTo("[true, \"b\", true, \"P\"]");
    }
}

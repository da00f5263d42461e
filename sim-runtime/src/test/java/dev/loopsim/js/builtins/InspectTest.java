package dev.loopsim.js.builtins;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopsim.js.syntax.Source;
import dev.loopsim.js.vm.Engine;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * console.log and util.inspect output, case by case, against what Node v20 printed for the same snippet.
 * Generated from node v20 recordings, never typed by hand: node ran each snippet as
 * {@code new Function('console', code)(new Console({stdout, stderr}))} with both streams captured, three
 * times, and the runs agreed.
 */
class InspectTest {

    /** One recorded case: {@code stdout} and {@code stderr} are what node's console wrote to each stream. */
    record Case(String rule, String code, String stdout, String stderr) {}

    static final List<Case> CASES = List.of(
            new Case("topLevelStringsPrintRaw", "console.log('hello world')", "hello world\n", ""),
            new Case("stringsInsideArraysAreSingleQuoted", "console.log(['a', 'b'])", "[ 'a', 'b' ]\n", ""),
            new Case("stringWithSingleQuoteUsesDoubleQuotes", "console.log([\"it's\"])", "[ \"it's\" ]\n", ""),
            new Case("stringWithBothQuotesUsesBackticks", "console.log([`it's \"x\"`])", "[ `it's \"x\"` ]\n", ""),
            new Case(
                    "stringWithAllQuotesEscapesSingle",
                    "console.log([\"it's \\\"x\\\" `y`\"])",
                    "[ 'it\\'s \"x\" `y`' ]\n",
                    ""),
            new Case(
                    "controlCharactersAreEscaped",
                    "console.log(['a\\nb\\tc\\u0001\\\\'])",
                    "[ 'a\\nb\\tc\\x01\\\\' ]\n",
                    ""),
            new Case("c1ControlsUseHexEscapes", "console.log(['\\u007f\\u0085'])", "[ '\\x7F\\x85' ]\n", ""),
            new Case("loneSurrogateIsEscaped", "console.log(['\\ud800x'])", "[ '\\ud800x' ]\n", ""),
            new Case("negativeZeroPrintsAsMinusZero", "console.log(-0, [-0], 0)", "-0 [ -0 ] 0\n", ""),
            new Case(
                    "numbersPrintLikeToString",
                    "console.log(1.5, 1e21, 1e-7, NaN, -Infinity)",
                    "1.5 1e+21 1e-7 NaN -Infinity\n",
                    ""),
            new Case(
                    "booleansUndefinedNull",
                    "console.log(true, false, undefined, null)",
                    "true false undefined null\n",
                    ""),
            new Case(
                    "symbolsPrintDescription",
                    "console.log(Symbol('s'), Symbol(), [Symbol('x')])",
                    "Symbol(s) Symbol() [ Symbol(x) ]\n",
                    ""),
            new Case("emptyArray", "console.log([])", "[]\n", ""),
            new Case("shortArrayOnOneLine", "console.log([1, 2, 3])", "[ 1, 2, 3 ]\n", ""),
            new Case("nestedArrays", "console.log([[1, [2, [3, [4]]]]])", "[ [ 1, [ 2, [Array] ] ] ]\n", ""),
            new Case(
                    "arrayHolesAreCounted",
                    "console.log([1, , 3], [, , 1], new Array(5))",
                    "[ 1, <1 empty item>, 3 ] [ <2 empty items>, 1 ] [ <5 empty items> ]\n",
                    ""),
            new Case(
                    "arrayTrailingHole",
                    "const a = [1, 2]; a.length = 4; console.log(a)",
                    "[ 1, 2, <2 empty items> ]\n",
                    ""),
            new Case(
                    "arrayWithExtraProperty",
                    "const a = [1, 2]; a.foo = 'bar'; console.log(a)",
                    "[ 1, 2, foo: 'bar' ]\n",
                    ""),
            new Case(
                    "moreThanHundredItemsAreElided",
                    "const a = []; for (let i = 0; i < 101; i++) a[i] = i; console.log(a)",
                    "[\n   0,  1,  2,  3,  4,  5,  6,  7,  8,  9, 10, 11,\n  12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23,\n  24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35,\n  36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47,\n  48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59,\n  60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71,\n  72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83,\n  84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95,\n  96, 97, 98, 99,\n  ... 1 more item\n]\n",
                    ""),
            new Case(
                    "moreThanHundredItemsManyElided",
                    "const a = []; for (let i = 0; i < 150; i++) a[i] = 'x'; console.log(a)",
                    "[\n  'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x',\n  'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x',\n  'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x',\n  'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x',\n  'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x',\n  'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x',\n  'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x',\n  'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x',\n  'x', 'x', 'x', 'x',\n  ... 50 more items\n]\n",
                    ""),
            new Case(
                    "sevenNumbersAreGroupedIntoColumns",
                    "console.log([1, 2, 3, 4, 5, 6, 7])",
                    "[\n  1, 2, 3, 4,\n  5, 6, 7\n]\n",
                    ""),
            new Case(
                    "twentySixNumbersGroup",
                    "const a = []; for (let i = 0; i < 26; i++) a[i] = i * 37; console.log(a)",
                    "[\n    0,  37,  74, 111, 148, 185,\n  222, 259, 296, 333, 370, 407,\n  444, 481, 518, 555, 592, 629,\n  666, 703, 740, 777, 814, 851,\n  888, 925\n]\n",
                    ""),
            new Case(
                    "stringArrayGroupsPaddedAtEnd",
                    "console.log(['apple', 'banana', 'cherry', 'date', 'elderberry', 'fig', 'grape', 'honeydew'])",
                    "[\n  'apple',\n  'banana',\n  'cherry',\n  'date',\n  'elderberry',\n  'fig',\n  'grape',\n  'honeydew'\n]\n",
                    ""),
            new Case(
                    "longArrayOfWordsGroups",
                    "const a = []; for (let i = 0; i < 30; i++) a[i] = 'item' + i; console.log(a)",
                    "[\n  'item0',  'item1',  'item2',\n  'item3',  'item4',  'item5',\n  'item6',  'item7',  'item8',\n  'item9',  'item10', 'item11',\n  'item12', 'item13', 'item14',\n  'item15', 'item16', 'item17',\n  'item18', 'item19', 'item20',\n  'item21', 'item22', 'item23',\n  'item24', 'item25', 'item26',\n  'item27', 'item28', 'item29'\n]\n",
                    ""),
            new Case(
                    "mixedArrayNotAllNumbersPadsEnd",
                    "console.log([1, 'two', 3, 'four', 5, 'six', 7, 'eight'])",
                    "[ 1, 'two', 3, 'four', 5, 'six', 7, 'eight' ]\n",
                    ""),
            new Case(
                    "arrayOfObjectsBreaksLines",
                    "console.log([{ a: 1, b: 2 }, { a: 3, b: 4 }, { a: 5, b: 6 }, { a: 7, b: 8 }, { a: 9, b: 10 }])",
                    "[\n  { a: 1, b: 2 },\n  { a: 3, b: 4 },\n  { a: 5, b: 6 },\n  { a: 7, b: 8 },\n  { a: 9, b: 10 }\n]\n",
                    ""),
            new Case(
                    "sixShortItemsStayOnOneLine",
                    "console.log(['a', 'b', 'c', 'd', 'e', 'f'])",
                    "[ 'a', 'b', 'c', 'd', 'e', 'f' ]\n",
                    ""),
            new Case("emptyObject", "console.log({})", "{}\n", ""),
            new Case("plainObject", "console.log({ a: 1, b: 'two', c: [3] })", "{ a: 1, b: 'two', c: [ 3 ] }\n", ""),
            new Case(
                    "quotedKeys",
                    "console.log({ 'b-c': 2, 'it\\'s': 3, '1a': 4, _ok: 5, $no: 6 })",
                    "{ 'b-c': 2, \"it's\": 3, '1a': 4, _ok: 5, '$no': 6 }\n",
                    ""),
            new Case(
                    "numericKeysComeFirst",
                    "console.log({ b: 1, 2: 'x', 1: 'y' })",
                    "{ '1': 'y', '2': 'x', b: 1 }\n",
                    ""),
            new Case("symbolKeys", "console.log({ a: 1, [Symbol('s')]: 3 })", "{ a: 1, [Symbol(s)]: 3 }\n", ""),
            new Case(
                    "nonEnumerableKeysHidden",
                    "const o = { a: 1 }; Object.defineProperty(o, 'h', { value: 2 }); console.log(o)",
                    "{ a: 1 }\n",
                    ""),
            new Case(
                    "protoKeyIsQuoted",
                    "const o = {}; Object.defineProperty(o, '__proto__', { value: 1, enumerable: true }); console.log(o)",
                    "{ ['__proto__']: 1 }\n",
                    ""),
            new Case(
                    "nestedObjectsToDepthTwo",
                    "console.log({ a: { b: { c: { d: 1 } } } })",
                    "{ a: { b: { c: [Object] } } }\n",
                    ""),
            new Case(
                    "nestedArrayBeyondDepth",
                    "console.log({ a: { b: { c: [1] } } })",
                    "{ a: { b: { c: [Array] } } }\n",
                    ""),
            new Case("depthLimitInArrays", "console.log([[[[1]]]])", "[ [ [ [Array] ] ] ]\n", ""),
            new Case(
                    "longObjectBreaksLines",
                    "console.log({ alpha: 'aaaaaaaaaaaa', beta: 'bbbbbbbbbbbbb', gamma: 'ccccccccccccc', delta: 'ddddddddddddd' })",
                    "{\n  alpha: 'aaaaaaaaaaaa',\n  beta: 'bbbbbbbbbbbbb',\n  gamma: 'ccccccccccccc',\n  delta: 'ddddddddddddd'\n}\n",
                    ""),
            new Case(
                    "objectWithManyShortKeys",
                    "console.log({ a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8 })",
                    "{ a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8 }\n",
                    ""),
            new Case(
                    "nestedObjectLayout",
                    "console.log({ user: { name: 'Ada', tags: ['x', 'y'], address: { city: 'London', zip: 'N1' } }, ok: true })",
                    "{\n  user: {\n    name: 'Ada',\n    tags: [ 'x', 'y' ],\n    address: { city: 'London', zip: 'N1' }\n  },\n  ok: true\n}\n",
                    ""),
            new Case(
                    "deepNestingBreaksCompactThree",
                    "console.log({ a: { b: { c: {} } } })",
                    "{ a: { b: { c: {} } } }\n",
                    ""),
            new Case(
                    "compactThreeInnermost",
                    "console.log({ a: 1, b: { c: 2, d: { e: 3 } } })",
                    "{ a: 1, b: { c: 2, d: { e: 3 } } }\n",
                    ""),
            new Case(
                    "longStringValueInObject",
                    "let s = ''; for (let i = 0; i < 100; i++) s += 'x'; console.log({ s })",
                    "{\n  s: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'\n}\n",
                    ""),
            new Case(
                    "multilineStringInObjectSplits",
                    "console.log({ s: 'line one is long enough\\nline two is also quite long\\nline three is the last one here' })",
                    "{\n  s: 'line one is long enough\\n' +\n    'line two is also quite long\\n' +\n    'line three is the last one here'\n}\n",
                    ""),
            new Case(
                    "getterSetterMarkers",
                    "const o = { get a() { return 1; }, set b(v) {}, get c() { return 1; }, set c(v) {} }; console.log(o)",
                    "{ a: [Getter], b: [Setter], c: [Getter/Setter] }\n",
                    ""),
            new Case(
                    "classInstanceShowsClassName",
                    "class Point { constructor() { this.x = 1; this.y = 2; } } console.log(new Point())",
                    "Point { x: 1, y: 2 }\n",
                    ""),
            new Case("emptyClassInstance", "class Empty {} console.log(new Empty())", "Empty {}\n", ""),
            new Case(
                    "subclassInstance",
                    "class A { constructor() { this.a = 1; } } class B extends A { constructor() { super(); this.b = 2; } } console.log(new B())",
                    "B { a: 1, b: 2 }\n",
                    ""),
            new Case(
                    "nullPrototypeObject",
                    "const o = { __proto__: null }; console.log(o); o.x = 1; console.log(o)",
                    "[Object: null prototype] {}\n[Object: null prototype] { x: 1 }\n",
                    ""),
            new Case(
                    "objectWithToStringTag",
                    "const o = { [Symbol.toStringTag]: 'Own' }; const p = { __proto__: { [Symbol.toStringTag]: 'Tagged' }, x: 1 }; console.log(o, p)",
                    "{ [Symbol(Symbol.toStringTag)]: 'Own' } Object [Tagged] { x: 1 }\n",
                    ""),
            new Case(
                    "classWithToStringTag",
                    "class T { get [Symbol.toStringTag]() { return 'Tag'; } } console.log(new T())",
                    "T [Tag] {}\n",
                    ""),
            new Case("namedFunction", "function f() {} console.log(f)", "[Function: f]\n", ""),
            new Case(
                    "anonymousFunction",
                    "console.log([function () {}, () => {}])",
                    "[ [Function (anonymous)], [Function (anonymous)] ]\n",
                    ""),
            new Case("arrowFunctionGetsName", "const g = () => 1; console.log(g)", "[Function: g]\n", ""),
            new Case("classPrintsAsClass", "class A {} console.log(A)", "[class A]\n", ""),
            new Case(
                    "derivedClassPrintsExtends",
                    "class A {} class B extends A {} console.log(B)",
                    "[class B extends A]\n",
                    ""),
            new Case("anonymousClass", "console.log([class {}])", "[ [class (anonymous)] ]\n", ""),
            new Case("asyncFunction", "async function f() {} console.log(f)", "[AsyncFunction: f]\n", ""),
            new Case("generatorFunction", "function* g() {} console.log(g)", "[GeneratorFunction: g]\n", ""),
            new Case(
                    "asyncGeneratorFunction",
                    "async function* g() {} console.log(g)",
                    "[AsyncGeneratorFunction: g]\n",
                    ""),
            new Case("asyncArrow", "const h = async () => {}; console.log(h)", "[AsyncFunction: h]\n", ""),
            new Case(
                    "functionWithProperties",
                    "function f() {} f.x = 1; f.y = 'z'; console.log(f)",
                    "[Function: f] { x: 1, y: 'z' }\n",
                    ""),
            new Case(
                    "methodsInObject",
                    "console.log({ m() {}, n: function () {}, o: () => {} })",
                    "{ m: [Function: m], n: [Function: n], o: [Function: o] }\n",
                    ""),
            new Case("boundFunction", "function f() {} console.log(f.bind(null))", "[Function: bound f]\n", ""),
            new Case(
                    "errorWithoutStackIsBracketed",
                    "const e = new Error('boom'); e.stack = undefined; console.log(e)",
                    "[Error: boom]\n",
                    ""),
            new Case(
                    "errorStackIsPrinted",
                    "const e = new Error('boom'); e.stack = 'Error: boom\\n    at f (file.js:1:1)\\n    at g (file.js:2:2)'; console.log(e)",
                    "Error: boom\n    at f (file.js:1:1)\n    at g (file.js:2:2)\n",
                    ""),
            new Case(
                    "errorWithExtraProperties",
                    "const e = new Error('boom'); e.stack = 'Error: boom\\n    at f (file.js:1:1)'; e.code = 'E_X'; console.log(e)",
                    "Error: boom\n    at f (file.js:1:1) {\n  code: 'E_X'\n}\n",
                    ""),
            new Case(
                    "errorInsideObjectIsIndented",
                    "const e = new Error('boom'); e.stack = 'Error: boom\\n    at f (file.js:1:1)'; console.log({ err: e })",
                    "{\n  err: Error: boom\n      at f (file.js:1:1)\n}\n",
                    ""),
            new Case(
                    "typeErrorWithoutStack",
                    "const e = new TypeError('bad'); e.stack = ''; console.log(e, [e])",
                    "[TypeError: bad] [ [TypeError: bad] ]\n",
                    ""),
            new Case(
                    "errorSubclassNameInStack",
                    "class MyError extends Error {} const e = new MyError('m'); e.stack = 'Error: m\\n    at x (y.js:1:1)'; console.log(e)",
                    "MyError: m\n    at x (y.js:1:1)\n",
                    ""),
            new Case(
                    "errorNameChanged",
                    "const e = new Error('m'); e.name = 'Custom'; e.stack = 'Custom: m\\n    at x (y.js:1:1)'; console.log(e)",
                    "Custom: m\n    at x (y.js:1:1)\n",
                    ""),
            new Case(
                    "errorWithCause",
                    "const e = new Error('outer', { cause: 'inner' }); e.stack = 'Error: outer\\n    at x (y.js:1:1)'; console.log(e)",
                    "Error: outer\n    at x (y.js:1:1) {\n  [cause]: 'inner'\n}\n",
                    ""),
            new Case(
                    "errorMessageNotInStack",
                    "const e = new Error('m'); e.stack = 'Something else'; console.log(e)",
                    "[Something else]\n",
                    ""),
            new Case(
                    "resolvedPromise",
                    "console.log(Promise.resolve(1), Promise.resolve({ a: 1 }))",
                    "Promise { 1 } Promise { { a: 1 } }\n",
                    ""),
            new Case("pendingPromise", "console.log(new Promise(() => {}))", "Promise { <pending> }\n", ""),
            new Case(
                    "rejectedPromise",
                    "const e = new Error('x'); e.stack = 'Error: x\\n    at f (file.js:1:1)'; const p = Promise.reject(e); p.catch(() => {}); console.log(p)",
                    "Promise {\n  <rejected> Error: x\n      at f (file.js:1:1)\n}\n",
                    ""),
            new Case(
                    "rejectedPromiseWithPrimitive",
                    "const p = Promise.reject(42); p.catch(() => {}); console.log(p)",
                    "Promise { <rejected> 42 }\n",
                    ""),
            new Case(
                    "promiseWithProperty",
                    "const p = Promise.resolve(2); p.tag = 't'; console.log(p)",
                    "Promise { 2, tag: 't' }\n",
                    ""),
            new Case(
                    "promiseOfPromiseInObject",
                    "console.log({ p: Promise.resolve([1, 2]) })",
                    "{ p: Promise { [ 1, 2 ] } }\n",
                    ""),
            new Case(
                    "boxedPrimitives",
                    "console.log(Object(1), Object('x'), Object(true), Object(Symbol('s')))",
                    "[Number: 1] [String: 'x'] [Boolean: true] [Symbol: Symbol(s)]\n",
                    ""),
            new Case(
                    "boxedStringWithProperty",
                    "const s = Object('ab'); s.extra = 1; console.log(s)",
                    "[String: 'ab'] { extra: 1 }\n",
                    ""),
            new Case(
                    "circularObject",
                    "const o = { a: 1 }; o.self = o; console.log(o)",
                    "<ref *1> { a: 1, self: [Circular *1] }\n",
                    ""),
            new Case("circularArray", "const a = [1]; a[1] = a; console.log(a)", "<ref *1> [ 1, [Circular *1] ]\n", ""),
            new Case(
                    "twoCircularReferences",
                    "const a = { name: 'a' }; const b = { name: 'b', a }; a.b = b; b.self = b; console.log(a)",
                    "<ref *1> {\n  name: 'a',\n  b: <ref *2> { name: 'b', a: [Circular *1], self: [Circular *2] }\n}\n",
                    ""),
            new Case(
                    "sharedButNotCircularIsPrintedTwice",
                    "const s = { v: 1 }; console.log({ x: s, y: s })",
                    "{ x: { v: 1 }, y: { v: 1 } }\n",
                    ""),
            new Case("formatPercentS", "console.log('%s and %s', 'a', 42)", "a and 42\n", ""),
            new Case("formatPercentSObject", "console.log('%s', { a: { b: 1 } }, '%s')", "{ a: [Object] } %s\n", ""),
            new Case("formatPercentSNegativeZero", "console.log('%s', -0)", "-0\n", ""),
            new Case("formatPercentD", "console.log('%d %d %d', '42', 1.5, 'x')", "42 1.5 NaN\n", ""),
            new Case("formatPercentI", "console.log('%i %i %i', '42.9px', -3.7, 'abc')", "42 -3 NaN\n", ""),
            new Case("formatPercentF", "console.log('%f %f', '3.25abc', 'x')", "3.25 NaN\n", ""),
            new Case(
                    "formatPercentO",
                    "console.log('%O', { a: { b: { c: { d: 1 } } } })",
                    "{ a: { b: { c: [Object] } } }\n",
                    ""),
            new Case("formatPercentC", "console.log('%cstyled', 'color: red')", "styled\n", ""),
            new Case("formatPercentPercent", "console.log('100%% sure %s', 'yes')", "100% sure yes\n", ""),
            new Case("formatMissingArgsStay", "console.log('%s %s', 'only')", "only %s\n", ""),
            new Case("formatExtraArgsAppended", "console.log('%s', 'a', 'b', 3, { c: 4 })", "a b 3 { c: 4 }\n", ""),
            new Case("formatUnknownPlaceholderStays", "console.log('%x %s', 'y')", "%x y\n", ""),
            new Case("formatFirstArgNotString", "console.log(1, 'two', [3])", "1 two [ 3 ]\n", ""),
            new Case(
                    "formatPercentSWithCustomToString",
                    "class V { toString() { return 'V!'; } } console.log('%s', new V())",
                    "V!\n",
                    ""),
            new Case("formatPercentSArray", "console.log('%s', [1, [2, [3]]])", "[ 1, [Array] ]\n", ""),
            new Case(
                    "formatPercentSError",
                    "const e = new Error('x'); e.stack = 'Error: x\\n    at f (a.js:1:1)'; console.log('%s', e)",
                    "Error: x\n    at f (a.js:1:1)\n",
                    ""),
            new Case("formatPercentSNull", "console.log('%s %s', null, undefined)", "null undefined\n", ""),
            new Case("formatPercentSSymbol", "console.log('%s', Symbol('q'))", "Symbol(q)\n", ""),
            new Case("formatNoArgs", "console.log()", "\n", ""),
            new Case("formatEmptyString", "console.log('')", "\n", ""),
            new Case(
                    "mapPrintsEntries",
                    "console.log(new Map([['a', 1], ['b', 2]]))",
                    "Map(2) { 'a' => 1, 'b' => 2 }\n",
                    ""),
            new Case("emptyMapAndSet", "console.log(new Map(), new Set())", "Map(0) {} Set(0) {}\n", ""),
            new Case("setPrintsValues", "console.log(new Set([1, 'two', [3]]))", "Set(3) { 1, 'two', [ 3 ] }\n", ""),
            new Case(
                    "mapWithObjectKeys",
                    "console.log(new Map([[{ k: 1 }, { v: 2 }]]))",
                    "Map(1) { { k: 1 } => { v: 2 } }\n",
                    ""),
            new Case(
                    "nestedMapInObject",
                    "console.log({ m: new Map([[1, new Map([[2, new Map([[3, 4]])]])]]) })",
                    "{ m: Map(1) { 1 => Map(1) { 2 => [Map] } } }\n",
                    ""),
            new Case(
                    "setWithManyItemsBreaksLines",
                    "const s = new Set(); for (let i = 0; i < 30; i++) s.add('value' + i); console.log(s)",
                    "Set(30) {\n  'value0',\n  'value1',\n  'value2',\n  'value3',\n  'value4',\n  'value5',\n  'value6',\n  'value7',\n  'value8',\n  'value9',\n  'value10',\n  'value11',\n  'value12',\n  'value13',\n  'value14',\n  'value15',\n  'value16',\n  'value17',\n  'value18',\n  'value19',\n  'value20',\n  'value21',\n  'value22',\n  'value23',\n  'value24',\n  'value25',\n  'value26',\n  'value27',\n  'value28',\n  'value29'\n}\n",
                    ""),
            new Case(
                    "mapWithProperty",
                    "const m = new Map([[1, 2]]); m.x = 3; console.log(m)",
                    "Map(1) { 1 => 2, x: 3 }\n",
                    ""),
            new Case(
                    "arraySubclassShowsLength",
                    "class L extends Array {} const l = new L(); l.push(1, 2); console.log(l)",
                    "L(2) [ 1, 2 ]\n",
                    ""),
            new Case(
                    "nullProtoArrayLike",
                    "const o = { __proto__: null, 0: 'a', length: 1 }; console.log(o)",
                    "[Object: null prototype] { '0': 'a', length: 1 }\n",
                    ""),
            new Case(
                    "objectInheritingFromClassInstance",
                    "class A {} const o = { __proto__: new A(), x: 1 }; console.log(o)",
                    "A { x: 1 }\n",
                    ""),
            new Case(
                    "objectWithConstructorPropertyNotInstance",
                    "const o = { __proto__: { constructor: function Foo() {} }, x: 1 }; console.log(o)",
                    "{ x: 1 }\n",
                    ""),
            new Case(
                    "argumentsObject",
                    "(function () { console.log(arguments); })(1, 'a')",
                    "[Arguments] { '0': 1, '1': 'a' }\n",
                    ""),
            new Case("generatorObject", "function* g() { yield 1; } console.log(g())", "Object [Generator] {}\n", ""),
            new Case(
                    "consoleInfoAndDebugToStdout",
                    "console.info('info', 1); console.debug('debug', [2])",
                    "info 1\ndebug [ 2 ]\n",
                    ""),
            new Case(
                    "consoleCountCounts",
                    "console.count(); console.count(); console.count('x'); console.countReset(); console.count()",
                    "default: 1\ndefault: 2\nx: 1\ndefault: 1\n",
                    ""),
            new Case(
                    "consoleGroupIndents",
                    "console.log('a'); console.group('G'); console.log('b\\nc'); console.group(); console.log({ d: 1 }); console.groupEnd(); console.groupEnd(); console.log('e')",
                    "a\nG\n  b\n  c\n    { d: 1 }\ne\n",
                    ""),
            new Case(
                    "consoleDirUsesInspect",
                    "console.dir({ a: { b: { c: { d: 1 } } } }); console.dir('str')",
                    "{ a: { b: { c: [Object] } } }\n'str'\n",
                    ""),
            new Case(
                    "consoleDirWithDepth",
                    "console.dir({ a: { b: { c: { d: 1 } } } }, { depth: 0 }); console.dir({ a: { b: { c: { d: { e: 1 } } } } }, { depth: null })",
                    "{ a: [Object] }\n{\n  a: {\n    b: { c: { d: { e: 1 } } }\n  }\n}\n",
                    ""),
            new Case(
                    "consoleAssertPassingPrintsNothing",
                    "console.assert(true, 'nope'); console.log('after')",
                    "after\n",
                    ""),
            new Case(
                    "longArrayInsideObjectIndentsGroups",
                    "const a = []; for (let i = 0; i < 20; i++) a[i] = i * 1000; console.log({ data: a })",
                    "{\n  data: [\n        0,  1000,  2000,  3000,\n     4000,  5000,  6000,  7000,\n     8000,  9000, 10000, 11000,\n    12000, 13000, 14000, 15000,\n    16000, 17000, 18000, 19000\n  ]\n}\n",
                    ""),
            new Case(
                    "arrayOfLongStringsOnePerLine",
                    "const r = (c) => { let s = ''; for (let i = 0; i < 30; i++) s += c; return s; }; console.log([r('a'), r('b'), r('c')])",
                    "[\n  'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',\n  'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbb',\n  'cccccccccccccccccccccccccccccc'\n]\n",
                    ""),
            new Case(
                    "nestedArraysOfNumbersMatrix",
                    "console.log([[1, 2, 3], [4, 5, 6], [7, 8, 9]])",
                    "[ [ 1, 2, 3 ], [ 4, 5, 6 ], [ 7, 8, 9 ] ]\n",
                    ""),
            new Case(
                    "objectKeysWithUnicode",
                    "console.log({ 'ключ': 1, 'naïve': 'café' })",
                    "{ 'ключ': 1, 'naïve': 'café' }\n",
                    ""),
            new Case(
                    "wideCharactersInGroupedArray",
                    "console.log(['日本', '中文', '한국어', 'abc', 'de', 'f', 'gh', 'ij'])",
                    "[\n  '日本',   '中文',\n  '한국어', 'abc',\n  'de',     'f',\n  'gh',     'ij'\n]\n",
                    ""),
            new Case(
                    "consoleErrorAndWarnGoToStderr",
                    "console.error('bad', { code: 1 }); console.warn('careful'); console.log('out')",
                    "out\n",
                    "bad { code: 1 }\ncareful\n"),
            new Case(
                    "consoleAssertFailingWritesToStderr",
                    "console.assert(false, 'expected %s', 'thing'); console.assert(0); console.assert(false, { a: 1 })",
                    "",
                    "Assertion failed: expected thing\nAssertion failed\nAssertion failed: [object Object]\n"),
            new Case("formatPercentOSimpleObject", "console.log('%o', { a: 1, b: 'x' })", "{ a: 1, b: 'x' }\n", ""),
            new Case("formatPercentOString", "console.log('%o', 'str')", "'str'\n", ""),
            new Case(
                    "formatPercentJ",
                    "console.log('%j', { a: [1, 'x'], b: null })",
                    "{\"a\":[1,\"x\"],\"b\":null}\n",
                    ""),
            new Case("formatPercentJCircular", "const o = {}; o.o = o; console.log('%j', o)", "[Circular]\n", ""),
            new Case(
                    "sparseArrayWithExtraKeys",
                    "const a = [1, , 3]; a.k = 'v'; console.log(a)",
                    "[ 1, <1 empty item>, 3, k: 'v' ]\n",
                    ""),
            new Case(
                    "sevenShortStringsGroup",
                    "console.log(['a', 'b', 'c', 'd', 'e', 'f', 'g'])",
                    "[\n  'a', 'b', 'c',\n  'd', 'e', 'f',\n  'g'\n]\n",
                    ""),
            new Case(
                    "groupedArrayNestedInObjectRespectsIndentation",
                    "const a = []; for (let i = 0; i < 40; i++) a[i] = 'w' + i; console.log({ outer: { list: a } })",
                    "{\n  outer: {\n    list: [\n      'w0',  'w1',  'w2',  'w3',  'w4',\n      'w5',  'w6',  'w7',  'w8',  'w9',\n      'w10', 'w11', 'w12', 'w13', 'w14',\n      'w15', 'w16', 'w17', 'w18', 'w19',\n      'w20', 'w21', 'w22', 'w23', 'w24',\n      'w25', 'w26', 'w27', 'w28', 'w29',\n      'w30', 'w31', 'w32', 'w33', 'w34',\n      'w35', 'w36', 'w37', 'w38', 'w39'\n    ]\n  }\n}\n",
                    ""),
            new Case(
                    "arrayOfSmallObjectsGroupedOrNot",
                    "console.log([{ a: 1 }, { a: 2 }, { a: 3 }, { a: 4 }, { a: 5 }, { a: 6 }, { a: 7 }])",
                    "[\n  { a: 1 }, { a: 2 },\n  { a: 3 }, { a: 4 },\n  { a: 5 }, { a: 6 },\n  { a: 7 }\n]\n",
                    ""),
            new Case(
                    "objectExactlyAtBreakLength",
                    "console.log({ key1: 'value-aaaaaaa', key2: 'value-bbbbbbb', key3: 'value-ccccccc', k4: 'dd' })",
                    "{\n  key1: 'value-aaaaaaa',\n  key2: 'value-bbbbbbb',\n  key3: 'value-ccccccc',\n  k4: 'dd'\n}\n",
                    ""),
            new Case(
                    "objectJustOverBreakLength",
                    "console.log({ key1: 'value-aaaaaaa', key2: 'value-bbbbbbb', key3: 'value-ccccccc', k4: 'ddddddd' })",
                    "{\n  key1: 'value-aaaaaaa',\n  key2: 'value-bbbbbbb',\n  key3: 'value-ccccccc',\n  k4: 'ddddddd'\n}\n",
                    ""),
            new Case(
                    "topLevelLongStringNotSplit",
                    "let s = ''; for (let i = 0; i < 20; i++) s += 'line ' + i + '\\n'; console.log(s)",
                    "line 0\nline 1\nline 2\nline 3\nline 4\nline 5\nline 6\nline 7\nline 8\nline 9\nline 10\nline 11\nline 12\nline 13\nline 14\nline 15\nline 16\nline 17\nline 18\nline 19\n\n",
                    ""),
            new Case(
                    "longStringInArraySplitsOnNewlines",
                    "let s = ''; for (let i = 0; i < 6; i++) s += 'line number ' + i + ' of text\\n'; console.log([s])",
                    "[\n  'line number 0 of text\\n' +\n    'line number 1 of text\\n' +\n    'line number 2 of text\\n' +\n    'line number 3 of text\\n' +\n    'line number 4 of text\\n' +\n    'line number 5 of text\\n'\n]\n",
                    ""),
            new Case(
                    "nestedEmptyStructures",
                    "console.log({ a: {}, b: [], c: { d: [] } })",
                    "{ a: {}, b: [], c: { d: [] } }\n",
                    ""),
            new Case(
                    "undefinedAndNullValues",
                    "console.log({ u: undefined, n: null }, [undefined, null])",
                    "{ u: undefined, n: null } [ undefined, null ]\n",
                    ""),
            new Case(
                    "symbolDescriptionsAreEscaped",
                    "console.log({ [Symbol(\"it's\\n\")]: 1 })",
                    "{ [Symbol(it\\'s\\n)]: 1 }\n",
                    ""),
            new Case(
                    "functionNamedWithSymbol",
                    "const s = Symbol('sym'); const o = { [s]() {} }; console.log(o[s])",
                    "[Function: [sym]]\n",
                    ""),
            new Case(
                    "classStaticMembersShown",
                    "class S { static x = 1; static m() {} } console.log(S)",
                    "[class S] { x: 1 }\n",
                    ""),
            new Case(
                    "errorInArrayIndented",
                    "const e = new Error('in array'); e.stack = 'Error: in array\\n    at f (a.js:1:1)'; console.log([e, 1])",
                    "[\n  Error: in array\n      at f (a.js:1:1),\n  1\n]\n",
                    ""),
            new Case(
                    "errorWithMultilineMessage",
                    "const e = new Error('line1\\nline2'); e.stack = 'Error: line1\\nline2\\n    at f (a.js:1:1)'; console.log(e)",
                    "Error: line1\nline2\n    at f (a.js:1:1)\n",
                    ""),
            new Case(
                    "errorNameNotMatchingConstructor",
                    "class HttpError extends Error { constructor(m) { super(m); this.name = 'HttpError'; } } const e = new HttpError('404'); e.stack = 'HttpError: 404\\n    at f (a.js:1:1)'; console.log(e)",
                    "HttpError: 404\n    at f (a.js:1:1)\n",
                    ""),
            new Case(
                    "errorWithEmptyMessage",
                    "const e = new Error(); e.stack = undefined; console.log(e)",
                    "[Error]\n",
                    ""),
            new Case(
                    "promiseResolvedWithUndefined",
                    "console.log(Promise.resolve(), Promise.resolve(null))",
                    "Promise { undefined } Promise { null }\n",
                    ""),
            new Case(
                    "asyncFunctionResultPromise",
                    "async function f() { return 5; } const p = f(); console.log(p); Promise.resolve().then(() => console.log(p))",
                    "Promise { 5 }\nPromise { 5 }\n",
                    ""),
            new Case("mapInsideArrayAtDepth", "console.log([[new Map([[1, 2]])]])", "[ [ Map(1) { 1 => 2 } ] ]\n", ""),
            new Case("deepArrayOfArraysLimit", "console.log({ a: [[[1, 2]]] })", "{ a: [ [ [Array] ] ] }\n", ""),
            new Case("dirDepthZeroArray", "console.dir([[1], { a: 1 }], { depth: 0 })", "[ [Array], [Object] ]\n", ""),
            new Case(
                    "datesPrintAsIsoStrings",
                    "console.log(new Date(0), { d: new Date(86400000) }, [new Date(1e12)])",
                    "1970-01-01T00:00:00.000Z { d: 1970-01-02T00:00:00.000Z } [ 2001-09-09T01:46:40.000Z ]\n",
                    ""),
            new Case("invalidDate", "console.log(new Date(NaN))", "Invalid Date\n", ""),
            new Case(
                    "dateWithProperty",
                    "const d = new Date(0); d.label = 'epoch'; console.log(d)",
                    "1970-01-01T00:00:00.000Z { label: 'epoch' }\n",
                    ""),
            new Case(
                    "regExpsPrintAsLiterals",
                    "console.log(/ab+c/gi, { r: /x/ }, [new RegExp('a/b', 'm')])",
                    "/ab+c/gi { r: /x/ } [ /a\\/b/m ]\n",
                    ""),
            new Case("regExpWithProperty", "const r = /x/; r.extra = 1; console.log(r)", "/x/ { extra: 1 }\n", ""),
            new Case(
                    "setOfObjects",
                    "console.log(new Set([{ a: 1 }, [1, 2], 'x']))",
                    "Set(3) { { a: 1 }, [ 1, 2 ], 'x' }\n",
                    ""),
            new Case(
                    "mapOfLongEntriesBreaks",
                    "console.log(new Map([['first key that is long', 'first value that is long'], ['second key', 'second value that is long too']]))",
                    "Map(2) {\n  'first key that is long' => 'first value that is long',\n  'second key' => 'second value that is long too'\n}\n",
                    ""),
            new Case(
                    "nonEnumerableSymbolHidden",
                    "const o = { a: 1 }; Object.defineProperty(o, Symbol('h'), { value: 2 }); console.log(o)",
                    "{ a: 1 }\n",
                    ""),
            new Case(
                    "accessorDefinedWithDefineProperty",
                    "const o = {}; Object.defineProperty(o, 'g', { get() { return 1; }, enumerable: true }); console.log(o)",
                    "{ g: [Getter] }\n",
                    ""),
            new Case("formatPercentOArrayShowsLength", "console.log('%o', [1, 2])", "[ 1, 2, [length]: 2 ]\n", ""),
            new Case(
                    "formatPercentONestedObject",
                    "console.log('%o', { a: { b: { c: { d: { e: 1 } } } } })",
                    "{\n  a: {\n    b: { c: { d: { e: 1 } } }\n  }\n}\n",
                    ""),
            new Case(
                    "objectCreateWithClassPrototype",
                    "class K {} const o = Object.create(K.prototype); o.v = 1; console.log(o)",
                    "K { v: 1 }\n",
                    ""),
            new Case(
                    "objectSetPrototypeOfNull",
                    "const o = { a: 1 }; Object.setPrototypeOf(o, null); console.log(o)",
                    "[Object: null prototype] { a: 1 }\n",
                    ""),
            new Case(
                    "frozenObjectPrintsNormally",
                    "console.log(Object.freeze({ a: 1, b: [1] }))",
                    "{ a: 1, b: [ 1 ] }\n",
                    ""),
            new Case(
                    "jsonParsedObject",
                    "console.log(JSON.parse('{\"a\":[1,{\"b\":null}],\"c\":\"s\"}'))",
                    "{ a: [ 1, { b: null } ], c: 's' }\n",
                    ""),
            new Case(
                    "mathResults",
                    "console.log(Math.PI, Math.max(), Math.min(), Math.round(-0.4))",
                    "3.141592653589793 -Infinity Infinity -0\n",
                    ""),
            new Case(
                    "formatPercentOShowsFunctionInternals",
                    "console.log('%o', { m() {} })",
                    "{ m: [Function: m] { [length]: 0, [name]: 'm' } }\n",
                    ""),
            new Case(
                    "formatPercentOClassShowsPrototype",
                    "console.log('%o', class A {})",
                    "<ref *1> [class A] {\n  [length]: 0,\n  [name]: 'A',\n  [prototype]: { [constructor]: [Circular *1] }\n}\n",
                    ""),
            new Case("formatPercentOStringIsQuoted", "console.log('%o', 'a\\nb')", "'a\\nb'\n", ""),
            new Case(
                    "formatPercentOBoxedString",
                    "console.log('%o', Object('ab'))",
                    "[String: 'ab'] { [length]: 2 }\n",
                    ""),
            new Case(
                    "bigIntsPrintWithTheirSuffix",
                    "console.log(1n, -5n, 0n, 2n ** 70n)",
                    "1n -5n 0n 1180591620717411303424n\n",
                    ""),
            new Case(
                    "bigIntsInsideCollectionsPrintWithTheirSuffix",
                    "console.log([1n, 2n], { a: 3n }, new Map([[1n, 2n]]), new Set([0n]))",
                    "[ 1n, 2n ] { a: 3n } Map(1) { 1n => 2n } Set(1) { 0n }\n",
                    ""),
            new Case(
                    "boxedBigIntPrintsLikeOtherBoxedPrimitives",
                    "const o = Object(1n); o.x = 1; console.log(Object(-3n), [Object(2n)], o)",
                    "[BigInt: -3n] [ [BigInt: 2n] ] [BigInt: 1n] { x: 1 }\n",
                    ""),
            new Case(
                    "longBigIntArraysAlignRightLikeNumbers",
                    "console.log([1n, 22n, 333n, 4444n, 5n, 6n, 7n, 8n, 9n, 10n, 11n, 12n, 13n, 14n, 15n, 16n, 17n, 18n, 19n, 20n, 21n, 22n, 23n, 24n, 25n, 26n, 27n])",
                    "[\n   1n, 22n, 333n, 4444n,  5n,\n   6n,  7n,   8n,    9n, 10n,\n  11n, 12n,  13n,   14n, 15n,\n  16n, 17n,  18n,   19n, 20n,\n  21n, 22n,  23n,   24n, 25n,\n  26n, 27n\n]\n",
                    ""),
            new Case(
                    "formatPercentDAndIOfABigIntKeepTheSuffix",
                    "console.log('%d|%i|%d|%i', 12n, 13n, -12n, -0n)",
                    "12n|13n|-12n|0n\n",
                    ""),
            new Case(
                    "formatPercentDOfABoxedBigIntIsItsNumber",
                    "console.log('%d %i %s', Object(5n), Object(6n), Object(7n))",
                    "5 6 [BigInt: 7n]\n",
                    ""),
            new Case(
                    "formatPercentSOAndCapitalOOfABigInt",
                    "console.log('%s|%o|%O', 14n, 15n, 16n)",
                    "14n|15n|16n\n",
                    ""),
            new Case(
                    "formatPercentJOfABigIntThrows",
                    "try { console.log('%j', 1n); } catch (e) { console.log(e.message); }",
                    "Do not know how to serialize a BigInt\n",
                    ""),
            new Case(
                    "bigIntPrototypeAndConstructor",
                    "console.log(BigInt, BigInt.prototype)",
                    "[Function: BigInt] Object [BigInt] {}\n",
                    ""));

    /** Runs a snippet as a CommonJS body with console writing to buffers: what stdout and stderr got. */
    static String[] outputOf(String code) {
        Engine engine = new Engine();
        StringBuilder out = new StringBuilder();
        StringBuilder err = new StringBuilder();
        ConsoleBuiltins.install(engine.realm(), s -> out.append(s).append('\n'), s -> err.append(s)
                .append('\n'));
        engine.run(new Source("test.js", code));
        return new String[] {out.toString(), err.toString()};
    }

    @TestFactory
    Stream<DynamicTest> consoleLogPrintsWhatNodePrints() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Case c : CASES) {
            tests.add(DynamicTest.dynamicTest(c.rule(), () -> {
                String[] output = outputOf(c.code());
                assertThat(output[0]).as("stdout of " + c.code()).isEqualTo(c.stdout());
                assertThat(output[1]).as("stderr of " + c.code()).isEqualTo(c.stderr());
            }));
        }
        return tests.stream();
    }
}

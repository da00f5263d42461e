package dev.loopsim.js.syntax;

import static dev.loopsim.js.syntax.ParseAssertions.assertScriptError;
import static dev.loopsim.js.syntax.ParseAssertions.syntaxError;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Programs V8 rejects, with V8's message and the line:column of its caret. Every expectation was read from
 * Node v20 ({@code new vm.Script(code)}), not typed from memory.
 */
class ParserErrorsTest {

    // ---- tokens --------------------------------------------------------------------------------------

    @Test
    void strayClosingBraceIsAnUnexpectedToken() {
        assertScriptError("{ a }}", "Unexpected token '}'", 1, 6);
    }

    @Test
    void missingOperandIsUnexpectedEndOfInput() {
        assertScriptError("a +", "Unexpected end of input", 1, 4);
    }

    @Test
    void identifierAfterCompleteExpressionIsUnexpected() {
        assertScriptError("var a = 1 x", "Unexpected identifier 'x'", 1, 11);
    }

    @Test
    void numberAfterCompleteExpressionIsUnexpected() {
        assertScriptError("var a = 1 2", "Unexpected number", 1, 11);
    }

    @Test
    void stringAfterCompleteExpressionIsUnexpected() {
        assertScriptError("var a = 1 \"s\"", "Unexpected string", 1, 11);
    }

    @Test
    void unknownCharacterIsAnInvalidToken() {
        assertScriptError("var a = 1 #", "Invalid or unexpected token", 1, 11);
    }

    @Test
    void keywordWhereAnExpressionIsExpected() {
        assertScriptError("catch (e) {}", "Unexpected token 'catch'", 1, 1);
        assertScriptError("class A extends B, C {}", "Unexpected token ','", 1, 18);
    }

    @Test
    void templateAfterArrowBlockBodyIsUnexpected() {
        assertScriptError("a => { } ()", "Unexpected token '('", 1, 10);
        assertScriptError("a => {} a", "Unexpected identifier 'a'", 1, 9);
    }

    // ---- declarations --------------------------------------------------------------------------------

    @Test
    void constWithoutInitializerIsMissingInitializer() {
        assertScriptError("const a;", "Missing initializer in const declaration", 1, 7);
    }

    @Test
    void constWithoutInitializerInForHeaderIsMissingInitializer() {
        assertScriptError("for (const x;;) {}", "Missing initializer in const declaration", 1, 12);
    }

    @Test
    void destructuringDeclarationWithoutInitializer() {
        assertScriptError("const {a};", "Missing initializer in destructuring declaration", 1, 7);
        assertScriptError("let [a];", "Missing initializer in destructuring declaration", 1, 5);
    }

    @Test
    void letRedeclaredByLetInTheSameScope() {
        assertScriptError("let x; let x;", "Identifier 'x' has already been declared", 1, 12);
    }

    @Test
    void letAndVarOfTheSameNameInOneScope() {
        assertScriptError("let x; var x;", "Identifier 'x' has already been declared", 1, 12);
        assertScriptError("var x; let x;", "Identifier 'x' has already been declared", 1, 12);
    }

    @Test
    void duplicateNameInOneDestructuringDeclaration() {
        assertScriptError("let [a, a] = x", "Identifier 'a' has already been declared", 1, 9);
    }

    @Test
    void catchParameterRedeclaredByLetInTheCatchBlock() {
        assertScriptError("try {} catch (e) { let e; }", "Identifier 'e' has already been declared", 1, 24);
        assertScriptError("try {} catch ([a, a]) {}", "Identifier 'a' has already been declared", 1, 19);
    }

    @Test
    void parameterRedeclaredByLetInTheBody() {
        assertScriptError("function f(a){ let a; }", "Identifier 'a' has already been declared", 1, 20);
    }

    @Test
    void letCannotBeALexicallyBoundName() {
        assertScriptError("let let = 1;", "let is disallowed as a lexically bound name", 1, 5);
    }

    @Test
    void lexicalDeclarationCannotAppearInASingleStatementContext() {
        assertScriptError("if (1) let x = 1;", "Lexical declaration cannot appear in a single-statement context", 1, 8);
        assertScriptError("if (1) const x = 1;", "Unexpected token 'const'", 1, 8);
        assertScriptError("while (1) class A {}", "Unexpected token 'class'", 1, 11);
    }

    @Test
    void functionDeclarationsAsLabeledOrLoopBodies() {
        assertScriptError(
                "label: function* g(){}", "Generators can only be declared at the top level or inside a block.", 1, 16);
        assertScriptError(
                "\"use strict\"; label: function f(){}",
                "In strict mode code, functions can only be declared at top level or inside a block.",
                1,
                22);
        assertScriptError(
                "for(;;) label: function f(){}",
                "In non-strict mode code, functions can only be declared at top level, inside a block, or as the body of an if statement.",
                1,
                16);
    }

    // ---- await / yield / reserved words --------------------------------------------------------------

    @Test
    void awaitInNonAsyncFunction() {
        assertScriptError(
                "function f(){ await x; }",
                "await is only valid in async functions and the top level bodies of modules",
                1,
                15);
    }

    @Test
    void awaitAsABindingInsideAsyncFunction() {
        assertScriptError("async function f(){ var await; }", "Unexpected reserved word", 1, 25);
        assertScriptError("var \\u0061wait; async function f(){ var \\u0061wait; }", "Unexpected reserved word", 1, 41);
    }

    @Test
    void awaitWithoutOperandAtEndOfInput() {
        assertScriptError("async () => await", "Unexpected end of input", 1, 18);
    }

    @Test
    void yieldAsABindingInsideGenerator() {
        assertScriptError("function* g(){ var yield; }", "Unexpected identifier 'yield'", 1, 20);
    }

    @Test
    void strictModeReservedWords() {
        assertScriptError("\"use strict\"; var yield = 1;", "Unexpected strict mode reserved word", 1, 19);
        assertScriptError("\"use strict\"; var let = 1;", "Unexpected strict mode reserved word", 1, 19);
        assertScriptError("\"use strict\"; var interface = 1;", "Unexpected strict mode reserved word", 1, 19);
    }

    @Test
    void yieldStarAfterNewlineIsUnexpected() {
        assertScriptError("function* g(){ yield\n* 1 }", "Unexpected token '*'", 2, 1);
    }

    // ---- control flow --------------------------------------------------------------------------------

    @Test
    void returnAtModuleTopLevelIsIllegal() {
        ParseAssertions.assertModuleError("x = 1;\nreturn;", "Illegal return statement", 2, 1);
    }

    @Test
    void returnInAClassStaticBlockIsIllegal() {
        assertScriptError("class A { static { return; } }", "Illegal return statement", 1, 20);
    }

    @Test
    void returnAtScriptTopLevelIsAllowedAsInACommonJsModule() {
        // Node compiles a .js file as a CommonJS function body: `node --check` accepts a top-level return.
        assertThat(ParseAssertions.stmt("return 1", Node.ReturnStatement.class).argument())
                .isNotNull();
    }

    @Test
    void breakOutsideLoopOrSwitchIsIllegal() {
        assertScriptError("break;", "Illegal break statement", 1, 1);
    }

    @Test
    void continueOutsideLoopIsIllegal() {
        assertScriptError("continue;", "Illegal continue statement: no surrounding iteration statement", 1, 1);
    }

    @Test
    void breakToAnUndefinedLabel() {
        assertScriptError("while(1) { break x; }", "Undefined label 'x'", 1, 18);
    }

    @Test
    void labelDeclaredTwiceInNesting() {
        assertScriptError("x: x: ;", "Label 'x' has already been declared", 1, 4);
    }

    @Test
    void tryWithoutCatchOrFinally() {
        assertScriptError("try {}", "Missing catch or finally after try", 1, 6);
    }

    @Test
    void twoDefaultClausesInASwitch() {
        assertScriptError(
                "switch (x) { default: default: }", "More than one default clause in switch statement", 1, 23);
    }

    @Test
    void forOfHeadsAreRestricted() {
        assertScriptError("for (let x of y, z) ;", "Unexpected token ','", 1, 16);
        assertScriptError(
                "for (var i = 0 of x) ;", "for-of loop variable declaration may not have an initializer.", 1, 10);
        assertScriptError(
                "for (let x = 1 of y) ;", "for-of loop variable declaration may not have an initializer.", 1, 10);
        assertScriptError("for (async of x);", "The left-hand side of a for-of loop may not be 'async'.", 1, 6);
        assertScriptError("for (a + b of c);", "Invalid left-hand side in for-loop", 1, 6);
    }

    // ---- assignment targets and patterns -------------------------------------------------------------

    @Test
    void assignmentToALiteralIsInvalid() {
        assertScriptError("1 = 2", "Invalid left-hand side in assignment", 1, 1);
    }

    @Test
    void assignmentToAParenthesizedPatternOrCompoundPatternIsInvalid() {
        assertScriptError("({a}) = 1", "Invalid left-hand side in assignment", 1, 1);
        assertScriptError("[a] += 1", "Invalid left-hand side in assignment", 1, 1);
    }

    @Test
    void assignmentToOptionalChainIsInvalid() {
        assertScriptError("a?.b = 1", "Invalid left-hand side in assignment", 1, 1);
    }

    @Test
    void assignmentToNewTargetIsInvalid() {
        assertScriptError("function f(){ new.target = 1 }", "Invalid left-hand side in assignment", 1, 15);
    }

    @Test
    void literalInsideADestructuringTargetIsInvalid() {
        assertScriptError("[1] = x", "Invalid destructuring assignment target", 1, 2);
        assertScriptError("({a: 1} = x)", "Invalid destructuring assignment target", 1, 6);
    }

    @Test
    void restElementMustBeLast() {
        assertScriptError("[a, ...b, c] = x", "Rest element must be last element", 1, 5);
        assertScriptError("let [a, ...b, c] = x", "Rest element must be last element", 1, 9);
        assertScriptError("let {a, ...b,} = x", "Rest element must be last element", 1, 12);
        assertScriptError("({...a,} = x)", "Rest element must be last element", 1, 6);
    }

    @Test
    void shorthandInitializerOutsideAPatternIsInvalid() {
        assertScriptError("({a = 1})", "Invalid shorthand property initializer", 1, 3);
    }

    @Test
    void invalidUpdateTargets() {
        assertScriptError("++x++", "Invalid left-hand side expression in prefix operation", 1, 3);
        assertScriptError("++1", "Invalid left-hand side expression in prefix operation", 1, 3);
    }

    @Test
    void updateOperatorWithoutOperandAtEndOfInput() {
        assertScriptError("x\n++\n", "Unexpected end of input", 3, 1);
    }

    // ---- operators -----------------------------------------------------------------------------------

    @Test
    void unaryMinusBeforeExponentNeedsParentheses() {
        assertScriptError(
                "-a ** b",
                "Unary operator used immediately before exponentiation expression. Parenthesis must be used to disambiguate operator precedence",
                1,
                1);
    }

    @Test
    void nullishMixedWithOrWithoutParentheses() {
        assertScriptError("a ?? b || c", "Unexpected token '||'", 1, 8);
        assertScriptError("a || b ?? c", "Unexpected token '??'", 1, 8);
    }

    @Test
    void nullishMixedWithAndWithoutParentheses() {
        assertScriptError("a && b ?? c", "Unexpected token '??'", 1, 8);
    }

    @Test
    void optionalChainRestrictions() {
        assertScriptError("new a?.b()", "Invalid optional chain from new expression", 1, 6);
        assertScriptError("a?.`x`", "Invalid tagged template on optional chain", 1, 4);
    }

    // ---- strict mode ---------------------------------------------------------------------------------

    @Test
    void deleteOfUnqualifiedIdentifierInStrictMode() {
        assertScriptError("\"use strict\"; delete x;", "Delete of an unqualified identifier in strict mode.", 1, 22);
    }

    @Test
    void evalOrArgumentsAsTargetsInStrictMode() {
        assertScriptError("\"use strict\"; eval = 1;", "Unexpected eval or arguments in strict mode", 1, 15);
        assertScriptError("\"use strict\"; arguments = 1;", "Unexpected eval or arguments in strict mode", 1, 15);
        assertScriptError("\"use strict\"; function eval(){}", "Unexpected eval or arguments in strict mode", 1, 24);
        assertScriptError("\"use strict\"; ({eval} = {});", "Unexpected eval or arguments in strict mode", 1, 17);
    }

    @Test
    void useStrictInFunctionWithNonSimpleParameters() {
        assertScriptError(
                "function f(a = 1){ \"use strict\"; }",
                "Illegal 'use strict' directive in function with non-simple parameter list",
                1,
                20);
    }

    @Test
    void withStatementInStrictFunction() {
        assertScriptError(
                "function f(){ \"use strict\"; with (a) {} }",
                "Strict mode code may not include a with statement",
                1,
                29);
    }

    // ---- functions and parameters --------------------------------------------------------------------

    @Test
    void duplicateParametersInArrowOrStrictFunction() {
        assertScriptError("(a, a) => 1", "Duplicate parameter name not allowed in this context", 1, 5);
        assertScriptError(
                "\"use strict\"; function f(a, a){}", "Duplicate parameter name not allowed in this context", 1, 29);
    }

    @Test
    void restParameterRules() {
        assertScriptError("function f(a, ...b,){}", "Rest parameter must be last formal parameter", 1, 19);
        assertScriptError("function f(...b = 1){}", "Rest parameter may not have a default initializer", 1, 17);
    }

    @Test
    void invalidArrowParameters() {
        assertScriptError("(1) => 2", "Invalid destructuring assignment target", 1, 2);
        assertScriptError("({a: 1}) => 1", "Invalid destructuring assignment target", 1, 6);
        assertScriptError("({a:1, b})=>1", "Invalid destructuring assignment target", 1, 5);
        assertScriptError("async function f(){ (await 1) => 1 }", "Invalid destructuring assignment target", 1, 22);
    }

    @Test
    void arrowAsAnOperandOfCommaWithNumberParam() {
        assertScriptError("(a, b) => a, 1 => 2", "Malformed arrow function parameter list", 1, 14);
    }

    @Test
    void getterAndSetterArity() {
        assertScriptError("({ get a(x){} })", "Getter must not have any formal parameters.", 1, 9);
        assertScriptError("({ set a(){} })", "Setter must have exactly one formal parameter.", 1, 9);
        assertScriptError("({ set a(x, y){} })", "Setter must have exactly one formal parameter.", 1, 9);
    }

    @Test
    void asyncGetterIsNotAMethodForm() {
        assertScriptError("({ async *[x] (){} , async get x(){} })", "Unexpected identifier 'x'", 1, 32);
    }

    @Test
    void duplicateProtoInObjectLiteral() {
        assertScriptError(
                "({ __proto__: 1, __proto__: 2 })",
                "Duplicate __proto__ fields are not allowed in object literals",
                1,
                18);
    }

    // ---- classes -------------------------------------------------------------------------------------

    @Test
    void classConstructorMayNotBeAnAccessorAsyncOrGenerator() {
        assertScriptError("class A { get constructor(){} }", "Class constructor may not be an accessor", 1, 15);
        assertScriptError("class A { async constructor(){} }", "Class constructor may not be an async method", 1, 17);
        assertScriptError("class A { *constructor(){} }", "Class constructor may not be a generator", 1, 12);
        assertScriptError("class A { #constructor(){} }", "Class constructor may not be a private method", 1, 11);
    }

    @Test
    void classMayOnlyHaveOneConstructor() {
        assertScriptError(
                "class A { constructor(){} constructor(){} }", "A class may only have one constructor", 1, 27);
    }

    @Test
    void staticPrototypeIsForbidden() {
        assertScriptError(
                "class A { static prototype(){} }", "Classes may not have a static property named 'prototype'", 1, 18);
    }

    @Test
    void superOutsideMethods() {
        assertScriptError("function f(){ super(); }", "'super' keyword unexpected here", 1, 15);
        assertScriptError("function f(){ super.x; }", "'super' keyword unexpected here", 1, 15);
    }

    @Test
    void superCallOutsideDerivedConstructor() {
        assertScriptError("class A { m(){ super(); } }", "'super' keyword unexpected here", 1, 16);
        assertScriptError(
                "class A extends B { constructor(){ super.x(); } } class C { constructor(){ super(); } }",
                "'super' keyword unexpected here",
                1,
                76);
    }

    @Test
    void privateNameMustBeDeclared() {
        assertScriptError(
                "class A { m(){ this.#x; } }", "Private field '#x' must be declared in an enclosing class", 1, 20);
        assertScriptError("this.#x", "Private field '#x' must be declared in an enclosing class", 1, 5);
        assertScriptError(
                "class A { #x; m(){ #y in this } }",
                "Private field '#y' must be declared in an enclosing class",
                1,
                18);
    }

    @Test
    void privateNameAloneIsNotAnExpression() {
        assertScriptError("class A { #x; m(){ #x; } }", "Unexpected identifier '#x'", 1, 20);
        assertScriptError("class A { #x; m(){ #x in #x in this } }", "Unexpected identifier '#x'", 1, 26);
    }

    @Test
    void privateNameDeclaredTwice() {
        assertScriptError("class A { #x; #x; }", "Identifier '#x' has already been declared", 1, 17);
        assertScriptError("class A { static #x; static #x(){} }", "Identifier '#x' has already been declared", 1, 34);
        assertScriptError("class A { get #x(){} get #x(){} }", "Identifier '#x' has already been declared", 1, 31);
    }

    @Test
    void privateFieldsCannotBeDeleted() {
        assertScriptError(
                "class A { constructor(){ delete this.#x; } #x; }", "Private fields can not be deleted", 1, 38);
    }

    // ---- error value ---------------------------------------------------------------------------------

    @Test
    void headlinePrefixesSyntaxErrorAndRenderPointsAtTheColumn() {
        JsSyntaxError error = syntaxError("var a = 1 x");
        assertThat(error.isUnsupported()).isFalse();
        assertThat(error.headline()).isEqualTo("SyntaxError: Unexpected identifier 'x'");
        assertThat(error.render())
                .isEqualTo("t.js:1:11: SyntaxError: Unexpected identifier 'x'\nvar a = 1 x\n          ^");
    }

    @Test
    void renderQuotesTheLineOfTheError() {
        JsSyntaxError error = syntaxError("let a = 1;\nlet b = 2 3;\n");
        assertThat(error.render()).isEqualTo("t.js:2:11: SyntaxError: Unexpected number\nlet b = 2 3;\n          ^");
    }
}

package dev.loopsim.js.syntax;

import static dev.loopsim.js.syntax.ParseAssertions.as;
import static dev.loopsim.js.syntax.ParseAssertions.assertScriptError;
import static dev.loopsim.js.syntax.ParseAssertions.expr;
import static dev.loopsim.js.syntax.ParseAssertions.script;
import static dev.loopsim.js.syntax.ParseAssertions.stmt;
import static org.assertj.core.api.Assertions.assertThat;

import dev.loopsim.js.syntax.Node.*;
import org.junit.jupiter.api.Test;

/** Statements and declarations of a script: their record types, kinds, and how they nest. */
class ParserStatementsTest {

    @Test
    void varDeclarationKeepsKindAndEveryDeclarator() {
        VariableDeclaration decl = stmt("var a = 1, b;", VariableDeclaration.class);
        assertThat(decl.kind()).isEqualTo(VariableKind.VAR);
        assertThat(decl.declarations()).hasSize(2);
        assertThat(as(decl.declarations().get(0).id(), Identifier.class).name()).isEqualTo("a");
        assertThat(as(decl.declarations().get(0).init(), NumberLiteral.class).value())
                .isEqualTo(1.0);
        assertThat(as(decl.declarations().get(1).id(), Identifier.class).name()).isEqualTo("b");
        assertThat(decl.declarations().get(1).init()).isNull();
    }

    @Test
    void letAndConstDeclarationsHaveTheirKinds() {
        Program program = script("let a = 1; const b = 2;");
        assertThat(as(program.body().get(0), VariableDeclaration.class).kind()).isEqualTo(VariableKind.LET);
        assertThat(as(program.body().get(1), VariableDeclaration.class).kind()).isEqualTo(VariableKind.CONST);
    }

    @Test
    void letIsAnIdentifierInSloppyScriptWhenAssigned() {
        AssignmentExpression assign = expr("let = 1", AssignmentExpression.class);
        assertThat(as(assign.left(), Identifier.class).name()).isEqualTo("let");
    }

    @Test
    void letCanBeDeclaredWithVarInSloppyScript() {
        VariableDeclaration decl = stmt("var let = 1;", VariableDeclaration.class);
        assertThat(as(decl.declarations().get(0).id(), Identifier.class).name()).isEqualTo("let");
    }

    @Test
    void letFollowedByBracketStartsADestructuringDeclaration() {
        VariableDeclaration decl = stmt("let [a] = x;", VariableDeclaration.class);
        assertThat(decl.kind()).isEqualTo(VariableKind.LET);
        assertThat(decl.declarations().get(0).id()).isInstanceOf(ArrayPattern.class);
    }

    @Test
    void elseBindsToTheNearestIf() {
        IfStatement outer = stmt("if (a) if (b) x; else y;", IfStatement.class);
        assertThat(outer.alternate()).isNull();
        IfStatement inner = as(outer.consequent(), IfStatement.class);
        assertThat(inner.alternate()).isInstanceOf(ExpressionStatement.class);
    }

    @Test
    void ifElseChainNestsInTheAlternate() {
        IfStatement first = stmt("if (a) {} else if (b) {} else {}", IfStatement.class);
        IfStatement second = as(first.alternate(), IfStatement.class);
        assertThat(second.alternate()).isInstanceOf(BlockStatement.class);
    }

    @Test
    void forStatementWithEmptyHeaderHasNullParts() {
        ForStatement loop = stmt("for (;;) {}", ForStatement.class);
        assertThat(loop.init()).isNull();
        assertThat(loop.test()).isNull();
        assertThat(loop.update()).isNull();
        assertThat(loop.body()).isInstanceOf(BlockStatement.class);
    }

    @Test
    void forStatementInitIsDeclarationOrExpression() {
        ForStatement withLet = stmt("for (let i = 0; i < n; i++) ;", ForStatement.class);
        assertThat(as(withLet.init(), VariableDeclaration.class).kind()).isEqualTo(VariableKind.LET);
        assertThat(as(withLet.test(), BinaryExpression.class).operator()).isEqualTo("<");
        assertThat(as(withLet.update(), UpdateExpression.class).prefix()).isFalse();
        assertThat(withLet.body()).isInstanceOf(EmptyStatement.class);

        ForStatement withSequence = stmt("for (i = 0, j = 1; i < j; i++, j--) ;", ForStatement.class);
        assertThat(as(withSequence.init(), SequenceExpression.class).expressions())
                .hasSize(2);
        assertThat(as(withSequence.update(), SequenceExpression.class).expressions())
                .hasSize(2);
    }

    @Test
    void inInsideParenthesesIsAllowedInForInit() {
        ForStatement loop = stmt("for (var x = ('a' in o); ;) break;", ForStatement.class);
        VariableDeclaration init = as(loop.init(), VariableDeclaration.class);
        assertThat(as(init.declarations().get(0).init(), BinaryExpression.class).operator())
                .isEqualTo("in");
    }

    @Test
    void forInWithVarDeclaration() {
        ForInStatement loop = stmt("for (var k in o) ;", ForInStatement.class);
        VariableDeclaration left = as(loop.left(), VariableDeclaration.class);
        assertThat(left.kind()).isEqualTo(VariableKind.VAR);
        assertThat(left.declarations()).hasSize(1);
        assertThat(left.declarations().get(0).init()).isNull();
        assertThat(as(loop.right(), Identifier.class).name()).isEqualTo("o");
    }

    @Test
    void forInWithMemberExpressionTarget() {
        ForInStatement loop = stmt("for (a.b in c) ;", ForInStatement.class);
        assertThat(loop.left()).isInstanceOf(MemberExpression.class);
    }

    @Test
    void forInRightSideMayBeASequence() {
        ForInStatement loop = stmt("for (let x in y, z) ;", ForInStatement.class);
        assertThat(loop.right()).isInstanceOf(SequenceExpression.class);
    }

    @Test
    void forOfWithPlainIdentifierTarget() {
        ForOfStatement loop = stmt("for (x of xs) ;", ForOfStatement.class);
        assertThat(as(loop.left(), Identifier.class).name()).isEqualTo("x");
        assertThat(loop.isAwait()).isFalse();
    }

    @Test
    void ofIsAnOrdinaryIdentifierOutsideForHeads() {
        VariableDeclaration decl = stmt("var of = 1;", VariableDeclaration.class);
        assertThat(as(decl.declarations().get(0).id(), Identifier.class).name()).isEqualTo("of");
        ForOfStatement loop = stmt("for (var of of xs) ;", ForOfStatement.class);
        Identifier id = as(
                as(loop.left(), VariableDeclaration.class).declarations().get(0).id(), Identifier.class);
        assertThat(id.name()).isEqualTo("of");
    }

    @Test
    void forAwaitOfInsideAsyncFunctionSetsIsAwait() {
        FunctionDeclaration f = stmt("async function f() { for await (const x of xs) ; }", FunctionDeclaration.class);
        ForOfStatement loop = as(f.body().body().get(0), ForOfStatement.class);
        assertThat(loop.isAwait()).isTrue();
        assertThat(as(loop.left(), VariableDeclaration.class).kind()).isEqualTo(VariableKind.CONST);
    }

    @Test
    void whileAndDoWhileKeepTestAndBody() {
        WhileStatement loop = stmt("while (a) b();", WhileStatement.class);
        assertThat(as(loop.test(), Identifier.class).name()).isEqualTo("a");
        DoWhileStatement doLoop = stmt("do { b(); } while (a);", DoWhileStatement.class);
        assertThat(doLoop.body()).isInstanceOf(BlockStatement.class);
        assertThat(as(doLoop.test(), Identifier.class).name()).isEqualTo("a");
    }

    @Test
    void labeledLoopWithBreakAndContinueToTheLabel() {
        LabeledStatement outer = stmt(
                "outer: for (;;) { inner: while (a) { if (b) break outer; continue inner; } }", LabeledStatement.class);
        assertThat(outer.label().name()).isEqualTo("outer");
        ForStatement loop = as(outer.body(), ForStatement.class);
        LabeledStatement inner = as(as(loop.body(), BlockStatement.class).body().get(0), LabeledStatement.class);
        BlockStatement whileBody = as(as(inner.body(), WhileStatement.class).body(), BlockStatement.class);
        BreakStatement brk = as(as(whileBody.body().get(0), IfStatement.class).consequent(), BreakStatement.class);
        assertThat(brk.label().name()).isEqualTo("outer");
        ContinueStatement cont = as(whileBody.body().get(1), ContinueStatement.class);
        assertThat(cont.label().name()).isEqualTo("inner");
    }

    @Test
    void breakOutOfALabeledBlockIsAllowed() {
        LabeledStatement labeled = stmt("a: { break a; }", LabeledStatement.class);
        BlockStatement block = as(labeled.body(), BlockStatement.class);
        assertThat(as(block.body().get(0), BreakStatement.class).label().name()).isEqualTo("a");
    }

    @Test
    void breakWithoutLabelHasNullLabel() {
        WhileStatement loop = stmt("while (1) { break; continue; }", WhileStatement.class);
        BlockStatement body = as(loop.body(), BlockStatement.class);
        assertThat(as(body.body().get(0), BreakStatement.class).label()).isNull();
        assertThat(as(body.body().get(1), ContinueStatement.class).label()).isNull();
    }

    @Test
    void switchWithDefaultInTheMiddleKeepsCaseOrder() {
        SwitchStatement sw =
                stmt("switch (x) { case 1: a(); default: b(); case 2: c(); break; }", SwitchStatement.class);
        assertThat(sw.cases()).hasSize(3);
        assertThat(as(sw.cases().get(0).test(), NumberLiteral.class).value()).isEqualTo(1.0);
        assertThat(sw.cases().get(1).test()).isNull();
        assertThat(as(sw.cases().get(2).test(), NumberLiteral.class).value()).isEqualTo(2.0);
        assertThat(sw.cases().get(2).consequent()).hasSize(2);
    }

    @Test
    void switchCaseMayHaveEmptyConsequentForFallThrough() {
        SwitchStatement sw = stmt("switch (x) { case 1: case 2: f(); }", SwitchStatement.class);
        assertThat(sw.cases().get(0).consequent()).isEmpty();
        assertThat(sw.cases().get(1).consequent()).hasSize(1);
    }

    @Test
    void breakInsideSwitchWithoutLoopIsAllowed() {
        SwitchStatement sw = stmt("switch (x) { case 1: break; }", SwitchStatement.class);
        assertThat(sw.cases().get(0).consequent().get(0)).isInstanceOf(BreakStatement.class);
    }

    @Test
    void tryCatchFinallyHasAllThreeParts() {
        TryStatement t = stmt("try { a(); } catch (e) { b(); } finally { c(); }", TryStatement.class);
        assertThat(t.block().body()).hasSize(1);
        assertThat(as(t.handler().param(), Identifier.class).name()).isEqualTo("e");
        assertThat(t.finalizer()).isNotNull();
    }

    @Test
    void tryFinallyWithoutCatchHasNullHandler() {
        TryStatement t = stmt("try {} finally {}", TryStatement.class);
        assertThat(t.handler()).isNull();
        assertThat(t.finalizer()).isNotNull();
    }

    @Test
    void optionalCatchBindingHasNullParam() {
        TryStatement t = stmt("try { a(); } catch { b(); }", TryStatement.class);
        assertThat(t.handler().param()).isNull();
        assertThat(t.handler().body().body()).hasSize(1);
        assertThat(t.finalizer()).isNull();
    }

    @Test
    void catchParamMayBeADestructuringPattern() {
        TryStatement t = stmt("try {} catch ({ message }) {}", TryStatement.class);
        assertThat(t.handler().param()).isInstanceOf(ObjectPattern.class);
    }

    @Test
    void throwStatementHasArgument() {
        ThrowStatement t = stmt("throw new Error('x');", ThrowStatement.class);
        assertThat(t.argument()).isInstanceOf(NewExpression.class);
    }

    @Test
    void emptyStatementAndDebuggerStatement() {
        Program program = script(";debugger;");
        assertThat(program.body().get(0)).isInstanceOf(EmptyStatement.class);
        assertThat(program.body().get(1)).isInstanceOf(DebuggerStatement.class);
    }

    @Test
    void blocksNest() {
        BlockStatement outer = stmt("{ { a; } b; }", BlockStatement.class);
        assertThat(outer.body()).hasSize(2);
        assertThat(as(outer.body().get(0), BlockStatement.class).body()).hasSize(1);
    }

    @Test
    void objectLiteralAtStatementStartIsABlock() {
        BlockStatement block = stmt("{ a: 1 }", BlockStatement.class);
        LabeledStatement labeled = as(block.body().get(0), LabeledStatement.class);
        assertThat(labeled.label().name()).isEqualTo("a");
    }

    @Test
    void useStrictDirectiveMakesTheScriptStrict() {
        Program program = script("'use strict'; a;");
        assertThat(program.strict()).isTrue();
        assertThat(program.sourceType()).isEqualTo(SourceType.SCRIPT);
        Directive directive = as(program.body().get(0), Directive.class);
        assertThat(directive.raw()).isEqualTo("'use strict'");
        assertThat(directive.value()).isEqualTo("use strict");
    }

    @Test
    void scriptWithoutDirectiveIsSloppy() {
        Program program = script("a;");
        assertThat(program.strict()).isFalse();
        assertThat(program.sourceType()).isEqualTo(SourceType.SCRIPT);
    }

    @Test
    void stringAfterAStatementIsNotADirective() {
        Program program = script("a; 'use strict';");
        assertThat(program.strict()).isFalse();
        assertThat(as(program.body().get(1), ExpressionStatement.class).expression())
                .isInstanceOf(StringLiteral.class);
    }

    @Test
    void directivePrologueMayHoldSeveralStrings() {
        Program program = script("'a'; \"use strict\"; b;");
        assertThat(program.strict()).isTrue();
        assertThat(as(program.body().get(0), Directive.class).raw()).isEqualTo("'a'");
        assertThat(as(program.body().get(1), Directive.class).raw()).isEqualTo("\"use strict\"");
    }

    @Test
    void useStrictWrittenWithAnEscapeIsNotStrict() {
        Program program = script("'use\\x20strict'; var yield = 1;");
        assertThat(program.strict()).isFalse();
        assertThat(as(program.body().get(0), Directive.class).raw()).isEqualTo("'use\\x20strict'");
    }

    @Test
    void useStrictInFunctionBodyIsADirectiveOfThatFunction() {
        Program program = script("function f() { 'use strict'; return 1; }");
        assertThat(program.strict()).isFalse();
        FunctionDeclaration f = as(program.body().get(0), FunctionDeclaration.class);
        assertThat(as(f.body().body().get(0), Directive.class).value()).isEqualTo("use strict");
        assertThat(f.body().body().get(1)).isInstanceOf(ReturnStatement.class);
    }

    @Test
    void functionDeclarationAsIfBodyIsAllowedInSloppyScript() {
        IfStatement s = stmt("if (a) function f() {}", IfStatement.class);
        assertThat(s.consequent()).isInstanceOf(FunctionDeclaration.class);
    }

    @Test
    void varAndFunctionRedeclarationAtScriptTopLevelIsAllowed() {
        Program program = script("var x; var x; function f(){} function f(){}");
        assertThat(program.body()).hasSize(4);
    }

    @Test
    void varRedeclaringCatchParameterIsAllowed() {
        TryStatement t = stmt("try {} catch (e) { var e; }", TryStatement.class);
        assertThat(t.handler().body().body().get(0)).isInstanceOf(VariableDeclaration.class);
    }

    @Test
    void shadowingInANestedBlockIsNotARedeclaration() {
        Program program = script("let x; { let x; } function f(x) { { let x; } }");
        assertThat(program.body()).hasSize(3);
    }

    @Test
    void constInForHeaderWithInitializerIsAllowed() {
        ForStatement loop = stmt("for (const x = 0;;) break;", ForStatement.class);
        assertThat(as(loop.init(), VariableDeclaration.class).kind()).isEqualTo(VariableKind.CONST);
    }

    @Test
    void classDeclarationStatement() {
        ClassDeclaration c = stmt("class A {}", ClassDeclaration.class);
        assertThat(c.id().name()).isEqualTo("A");
        assertThat(c.superClass()).isNull();
        assertThat(c.body()).isEmpty();
    }

    @Test
    void letFollowedByOfInAForHeadDeclaresABindingNamedOf() {
        // node: for (let of of [1]) console.log(of) prints 1; for (let of x); is "Unexpected identifier 'x'"
        ForOfStatement loop = stmt("for (let of of xs) ;", ForOfStatement.class);
        VariableDeclaration head = (VariableDeclaration) loop.left();
        assertThat(head.kind()).isEqualTo(VariableKind.LET);
        assertThat(((Identifier) head.declarations().getFirst().id()).name()).isEqualTo("of");
        assertScriptError("for (let of x);", "Unexpected identifier 'x'", 1, 13);
    }
}

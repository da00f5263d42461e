package dev.loopsim.js.syntax;

import static dev.loopsim.js.syntax.ParseAssertions.as;
import static dev.loopsim.js.syntax.ParseAssertions.expr;
import static dev.loopsim.js.syntax.ParseAssertions.script;
import static dev.loopsim.js.syntax.ParseAssertions.stmt;
import static org.assertj.core.api.Assertions.assertThat;

import dev.loopsim.js.syntax.Node.*;
import org.junit.jupiter.api.Test;

/** Operators, precedence and associativity, member access, calls, optional chains and literals. */
class ParserExpressionsTest {

    @Test
    void multiplicationBindsTighterThanAddition() {
        BinaryExpression plus = expr("a + b * c", BinaryExpression.class);
        assertThat(plus.operator()).isEqualTo("+");
        assertThat(as(plus.right(), BinaryExpression.class).operator()).isEqualTo("*");
    }

    @Test
    void subtractionIsLeftAssociative() {
        BinaryExpression outer = expr("a - b - c", BinaryExpression.class);
        assertThat(as(outer.left(), BinaryExpression.class).operator()).isEqualTo("-");
        assertThat(as(outer.right(), Identifier.class).name()).isEqualTo("c");
    }

    @Test
    void exponentIsRightAssociative() {
        BinaryExpression outer = expr("a ** b ** c", BinaryExpression.class);
        assertThat(outer.operator()).isEqualTo("**");
        assertThat(as(outer.left(), Identifier.class).name()).isEqualTo("a");
        assertThat(as(outer.right(), BinaryExpression.class).operator()).isEqualTo("**");
    }

    @Test
    void parenthesizedUnaryMayBeRaisedToAPower() {
        BinaryExpression pow = expr("(-a) ** b", BinaryExpression.class);
        assertThat(as(pow.left(), UnaryExpression.class).operator()).isEqualTo("-");
    }

    @Test
    void unaryMinusOfAPowerInParentheses() {
        UnaryExpression neg = expr("-(a ** b)", UnaryExpression.class);
        assertThat(as(neg.argument(), BinaryExpression.class).operator()).isEqualTo("**");
    }

    @Test
    void exponentBindsTighterThanMultiplication() {
        BinaryExpression times = expr("2 * 3 ** 2", BinaryExpression.class);
        assertThat(times.operator()).isEqualTo("*");
        assertThat(as(times.right(), BinaryExpression.class).operator()).isEqualTo("**");
    }

    @Test
    void relationalAndEqualityPrecedence() {
        BinaryExpression eq = expr("a < b === c > d", BinaryExpression.class);
        assertThat(eq.operator()).isEqualTo("===");
        assertThat(as(eq.left(), BinaryExpression.class).operator()).isEqualTo("<");
        assertThat(as(eq.right(), BinaryExpression.class).operator()).isEqualTo(">");
    }

    @Test
    void bitwiseOperatorsHaveDistinctPrecedence() {
        BinaryExpression or = expr("a | b ^ c & d", BinaryExpression.class);
        assertThat(or.operator()).isEqualTo("|");
        BinaryExpression xor = as(or.right(), BinaryExpression.class);
        assertThat(xor.operator()).isEqualTo("^");
        assertThat(as(xor.right(), BinaryExpression.class).operator()).isEqualTo("&");
    }

    @Test
    void shiftOperatorsAreBinary() {
        BinaryExpression shift = expr("a >>> b << c", BinaryExpression.class);
        assertThat(shift.operator()).isEqualTo("<<");
        assertThat(as(shift.left(), BinaryExpression.class).operator()).isEqualTo(">>>");
    }

    @Test
    void logicalAndBindsTighterThanOr() {
        LogicalExpression or = expr("a || b && c", LogicalExpression.class);
        assertThat(or.operator()).isEqualTo("||");
        assertThat(as(or.right(), LogicalExpression.class).operator()).isEqualTo("&&");
    }

    @Test
    void nullishCoalescingIsALogicalExpression() {
        LogicalExpression n = expr("a ?? b ?? c", LogicalExpression.class);
        assertThat(n.operator()).isEqualTo("??");
        assertThat(as(n.left(), LogicalExpression.class).operator()).isEqualTo("??");
    }

    @Test
    void nullishMixedWithOrNeedsParenthesesAndThenParses() {
        LogicalExpression n = expr("(a || b) ?? c", LogicalExpression.class);
        assertThat(n.operator()).isEqualTo("??");
        assertThat(as(n.left(), LogicalExpression.class).operator()).isEqualTo("||");
        LogicalExpression m = expr("a ?? (b && c)", LogicalExpression.class);
        assertThat(as(m.right(), LogicalExpression.class).operator()).isEqualTo("&&");
    }

    @Test
    void logicalAssignmentOperators() {
        for (String op : new String[] {"&&=", "||=", "??="}) {
            AssignmentExpression a = expr("x " + op + " y", AssignmentExpression.class);
            assertThat(a.operator()).isEqualTo(op);
            assertThat(as(a.left(), Identifier.class).name()).isEqualTo("x");
        }
    }

    @Test
    void compoundAssignmentOperators() {
        for (String op : new String[] {"+=", "-=", "*=", "/=", "%=", "**=", "<<=", ">>=", ">>>=", "&=", "|=", "^="}) {
            AssignmentExpression a = expr("x " + op + " 1", AssignmentExpression.class);
            assertThat(a.operator()).isEqualTo(op);
        }
    }

    @Test
    void assignmentIsRightAssociative() {
        AssignmentExpression a = expr("a = b = c", AssignmentExpression.class);
        assertThat(as(a.left(), Identifier.class).name()).isEqualTo("a");
        assertThat(as(a.right(), AssignmentExpression.class).operator()).isEqualTo("=");
    }

    @Test
    void assignmentToMemberExpression() {
        AssignmentExpression a = expr("a.b[c] = 1", AssignmentExpression.class);
        MemberExpression target = as(a.left(), MemberExpression.class);
        assertThat(target.computed()).isTrue();
        assertThat(as(target.object(), MemberExpression.class).computed()).isFalse();
    }

    @Test
    void parenthesizedIdentifierIsAValidAssignmentTarget() {
        AssignmentExpression a = expr("(a) = 1", AssignmentExpression.class);
        assertThat(as(a.left(), Identifier.class).name()).isEqualTo("a");
    }

    @Test
    void conditionalIsRightAssociative() {
        ConditionalExpression c = expr("a ? b : c ? d : e", ConditionalExpression.class);
        assertThat(as(c.test(), Identifier.class).name()).isEqualTo("a");
        assertThat(c.alternate()).isInstanceOf(ConditionalExpression.class);
    }

    @Test
    void conditionalConsequentMayContainIn() {
        ForStatement loop = stmt("for (var x = a ? b in c : d; ;) break;", ForStatement.class);
        VariableDeclaration init = as(loop.init(), VariableDeclaration.class);
        ConditionalExpression c = as(init.declarations().get(0).init(), ConditionalExpression.class);
        assertThat(as(c.consequent(), BinaryExpression.class).operator()).isEqualTo("in");
    }

    @Test
    void commaOperatorMakesASequence() {
        SequenceExpression s = expr("a, b, c", SequenceExpression.class);
        assertThat(s.expressions()).hasSize(3);
    }

    @Test
    void parenthesizedCommaIsASequenceNotAnArrow() {
        SequenceExpression s = expr("(a, b)", SequenceExpression.class);
        assertThat(s.expressions())
                .extracting(e -> as(e, Identifier.class).name())
                .containsExactly("a", "b");
    }

    @Test
    void unaryKeywordOperators() {
        assertThat(expr("typeof x", UnaryExpression.class).operator()).isEqualTo("typeof");
        assertThat(expr("void 0", UnaryExpression.class).operator()).isEqualTo("void");
        assertThat(expr("delete a.b", UnaryExpression.class).operator()).isEqualTo("delete");
        assertThat(expr("!a", UnaryExpression.class).operator()).isEqualTo("!");
        assertThat(expr("~a", UnaryExpression.class).operator()).isEqualTo("~");
        assertThat(expr("+a", UnaryExpression.class).operator()).isEqualTo("+");
    }

    @Test
    void deleteOfIdentifierIsAllowedInSloppyScript() {
        UnaryExpression d = expr("delete x", UnaryExpression.class);
        assertThat(as(d.argument(), Identifier.class).name()).isEqualTo("x");
    }

    @Test
    void typeofBindsTighterThanEquality() {
        BinaryExpression eq = expr("typeof x === 'string'", BinaryExpression.class);
        assertThat(as(eq.left(), UnaryExpression.class).operator()).isEqualTo("typeof");
        assertThat(as(eq.right(), StringLiteral.class).value()).isEqualTo("string");
    }

    @Test
    void inAndInstanceofAreBinaryOperators() {
        assertThat(expr("'a' in o", BinaryExpression.class).operator()).isEqualTo("in");
        assertThat(expr("o instanceof C", BinaryExpression.class).operator()).isEqualTo("instanceof");
    }

    @Test
    void prefixAndPostfixUpdate() {
        UpdateExpression pre = expr("++a", UpdateExpression.class);
        assertThat(pre.prefix()).isTrue();
        assertThat(pre.operator()).isEqualTo("++");
        UpdateExpression post = expr("a.b--", UpdateExpression.class);
        assertThat(post.prefix()).isFalse();
        assertThat(post.operator()).isEqualTo("--");
        assertThat(post.argument()).isInstanceOf(MemberExpression.class);
    }

    @Test
    void plusPlusPlusIsPostfixThenBinaryPlus() {
        BinaryExpression b = expr("a+++b", BinaryExpression.class);
        assertThat(b.operator()).isEqualTo("+");
        assertThat(as(b.left(), UpdateExpression.class).prefix()).isFalse();
    }

    @Test
    void unaryMinusOfNegativeIsNested() {
        UnaryExpression outer = expr("- -a", UnaryExpression.class);
        assertThat(as(outer.argument(), UnaryExpression.class).operator()).isEqualTo("-");
        UpdateExpression dec = expr("--a", UpdateExpression.class);
        assertThat(dec.prefix()).isTrue();
    }

    @Test
    void memberAccessDotAndBracket() {
        MemberExpression m = expr("a.b[0]", MemberExpression.class);
        assertThat(m.computed()).isTrue();
        assertThat(m.optional()).isFalse();
        assertThat(as(m.property(), NumberLiteral.class).value()).isEqualTo(0.0);
        MemberExpression inner = as(m.object(), MemberExpression.class);
        assertThat(as(inner.property(), Identifier.class).name()).isEqualTo("b");
    }

    @Test
    void keywordsAreAllowedAsPropertyNamesAfterDot() {
        MemberExpression m = expr("a.if.class.new.typeof", MemberExpression.class);
        assertThat(as(m.property(), Identifier.class).name()).isEqualTo("typeof");
        CallExpression c = expr("promise.catch(f).finally(g)", CallExpression.class);
        assertThat(as(as(c.callee(), MemberExpression.class).property(), Identifier.class)
                        .name())
                .isEqualTo("finally");
    }

    @Test
    void callWithArguments() {
        CallExpression c = expr("f(a, b, ...c)", CallExpression.class);
        assertThat(c.arguments()).hasSize(3);
        assertThat(c.arguments().get(2)).isInstanceOf(SpreadElement.class);
        assertThat(c.optional()).isFalse();
    }

    @Test
    void trailingCommaInCallArguments() {
        CallExpression c = expr("f(a, b,)", CallExpression.class);
        assertThat(c.arguments()).hasSize(2);
    }

    @Test
    void methodCallHasMemberCallee() {
        CallExpression c = expr("console.log(1)", CallExpression.class);
        MemberExpression callee = as(c.callee(), MemberExpression.class);
        assertThat(as(callee.object(), Identifier.class).name()).isEqualTo("console");
    }

    @Test
    void newWithoutArgumentsHasEmptyArgumentList() {
        NewExpression n = expr("new Foo", NewExpression.class);
        assertThat(as(n.callee(), Identifier.class).name()).isEqualTo("Foo");
        assertThat(n.arguments()).isEmpty();
    }

    @Test
    void newWithMemberCalleeBindsTheArguments() {
        NewExpression n = expr("new a.B(1)", NewExpression.class);
        assertThat(n.callee()).isInstanceOf(MemberExpression.class);
        assertThat(n.arguments()).hasSize(1);
    }

    @Test
    void newNewIsNested() {
        NewExpression outer = expr("new new A()()", NewExpression.class);
        assertThat(outer.callee()).isInstanceOf(NewExpression.class);
    }

    @Test
    void callAfterNewCallsTheNewObject() {
        CallExpression c = expr("new A()()", CallExpression.class);
        assertThat(c.callee()).isInstanceOf(NewExpression.class);
    }

    @Test
    void memberOfNewWithoutParensAppliesToConstructor() {
        NewExpression n = expr("new a.b.C", NewExpression.class);
        assertThat(as(n.callee(), MemberExpression.class).object()).isInstanceOf(MemberExpression.class);
    }

    @Test
    void optionalMemberIsChainExpression() {
        ChainExpression chain = expr("a?.b", ChainExpression.class);
        MemberExpression m = as(chain.expression(), MemberExpression.class);
        assertThat(m.optional()).isTrue();
        assertThat(m.computed()).isFalse();
    }

    @Test
    void optionalComputedMemberIsChainExpression() {
        ChainExpression chain = expr("a?.[0]", ChainExpression.class);
        MemberExpression m = as(chain.expression(), MemberExpression.class);
        assertThat(m.optional()).isTrue();
        assertThat(m.computed()).isTrue();
    }

    @Test
    void optionalCallIsChainExpression() {
        ChainExpression chain = expr("a?.()", ChainExpression.class);
        CallExpression c = as(chain.expression(), CallExpression.class);
        assertThat(c.optional()).isTrue();
        assertThat(as(c.callee(), Identifier.class).name()).isEqualTo("a");
    }

    @Test
    void optionalChainContinuesThroughLaterMembersAndCalls() {
        ChainExpression chain = expr("a?.b.c()", ChainExpression.class);
        CallExpression call = as(chain.expression(), CallExpression.class);
        assertThat(call.optional()).isFalse();
        MemberExpression c = as(call.callee(), MemberExpression.class);
        assertThat(c.optional()).isFalse();
        MemberExpression b = as(c.object(), MemberExpression.class);
        assertThat(b.optional()).isTrue();
    }

    @Test
    void parenthesesEndAnOptionalChain() {
        MemberExpression outer = expr("(a?.b).c", MemberExpression.class);
        assertThat(outer.optional()).isFalse();
        assertThat(outer.object()).isInstanceOf(ChainExpression.class);
    }

    @Test
    void optionalChainFollowedByDecimalIsConditional() {
        ConditionalExpression c = expr("a?.5:1", ConditionalExpression.class);
        assertThat(as(c.consequent(), NumberLiteral.class).value()).isEqualTo(0.5);
    }

    @Test
    void optionalMethodCall() {
        ChainExpression chain = expr("a.b?.()", ChainExpression.class);
        CallExpression c = as(chain.expression(), CallExpression.class);
        assertThat(c.optional()).isTrue();
        assertThat(c.callee()).isInstanceOf(MemberExpression.class);
    }

    @Test
    void spreadInArrayLiteralAndHoles() {
        ArrayExpression a = expr("[1, , ...xs, ]", ArrayExpression.class);
        assertThat(a.elements()).hasSize(3);
        assertThat(a.elements().get(1)).isInstanceOf(Elision.class);
        assertThat(a.elements().get(2)).isInstanceOf(SpreadElement.class);
    }

    @Test
    void arrayWithOnlyHoles() {
        ArrayExpression a = expr("[,,]", ArrayExpression.class);
        assertThat(a.elements()).hasSize(2).allMatch(e -> e instanceof Elision);
    }

    @Test
    void literalsHaveTheirValues() {
        assertThat(expr("null")).isInstanceOf(NullLiteral.class);
        assertThat(expr("true", BooleanLiteral.class).value()).isTrue();
        assertThat(expr("false", BooleanLiteral.class).value()).isFalse();
        assertThat(expr("this")).isInstanceOf(ThisExpression.class);
        assertThat(expr("('s')", StringLiteral.class).value()).isEqualTo("s");
    }

    @Test
    void newTargetInsideFunctionIsMetaProperty() {
        FunctionDeclaration f = stmt("function F() { return new.target; }", FunctionDeclaration.class);
        ReturnStatement r = as(f.body().body().get(0), ReturnStatement.class);
        MetaProperty m = as(r.argument(), MetaProperty.class);
        assertThat(m.meta()).isEqualTo("new");
        assertThat(m.property()).isEqualTo("target");
    }

    @Test
    void voidBindsTighterThanComma() {
        SequenceExpression s = expr("void a, b", SequenceExpression.class);
        assertThat(s.expressions().get(0)).isInstanceOf(UnaryExpression.class);
    }

    @Test
    void groupingDoesNotLeaveANode() {
        BinaryExpression b = expr("(a + b) * c", BinaryExpression.class);
        assertThat(b.operator()).isEqualTo("*");
        assertThat(as(b.left(), BinaryExpression.class).operator()).isEqualTo("+");
    }

    @Test
    void contextualKeywordsAreIdentifiersInSloppyScript() {
        for (String name :
                new String[] {"of", "get", "set", "static", "async", "await", "let", "yield", "target", "meta"}) {
            VariableDeclaration decl = stmt("var " + name + " = 1;", VariableDeclaration.class);
            assertThat(as(decl.declarations().get(0).id(), Identifier.class).name())
                    .isEqualTo(name);
        }
    }

    @Test
    void awaitIsAnIdentifierInScriptOutsideAsyncFunctions() {
        CallExpression c = expr("await(1)", CallExpression.class);
        assertThat(as(c.callee(), Identifier.class).name()).isEqualTo("await");
    }

    @Test
    void evalAsPropertyOrUncalledIdentifierParses() {
        CallExpression c = expr("x.eval()", CallExpression.class);
        assertThat(as(as(c.callee(), MemberExpression.class).property(), Identifier.class)
                        .name())
                .isEqualTo("eval");
        MemberExpression m = expr("obj.eval", MemberExpression.class);
        assertThat(as(m.property(), Identifier.class).name()).isEqualTo("eval");
        assertThat(as(expr("typeof eval", UnaryExpression.class).argument(), Identifier.class)
                        .name())
                .isEqualTo("eval");
    }

    @Test
    void stringStatementAtTheStartIsADirectiveNotAnExpression() {
        assertThat(stmt("'s'")).isInstanceOf(Directive.class);
        assertThat(stmt("('s')")).isInstanceOf(ExpressionStatement.class);
    }

    @Test
    void programBodyHoldsEveryStatement() {
        assertThat(script("a; b; c").body()).hasSize(3);
    }
}

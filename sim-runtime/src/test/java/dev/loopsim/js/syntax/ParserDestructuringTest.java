package dev.loopsim.js.syntax;

import static dev.loopsim.js.syntax.ParseAssertions.as;
import static dev.loopsim.js.syntax.ParseAssertions.expr;
import static dev.loopsim.js.syntax.ParseAssertions.stmt;
import static org.assertj.core.api.Assertions.assertThat;

import dev.loopsim.js.syntax.Node.*;
import org.junit.jupiter.api.Test;

/** Binding and assignment patterns: in declarations, parameters, assignments and for-in/of heads. */
class ParserDestructuringTest {

    private static Pattern declaredPattern(String code) {
        return stmt(code, VariableDeclaration.class).declarations().get(0).id();
    }

    @Test
    void arrayPatternWithDefaultHoleAndRestInConst() {
        ArrayPattern p = as(declaredPattern("const [a = 1, , ...rest] = xs;"), ArrayPattern.class);
        assertThat(p.elements()).hasSize(3);
        AssignmentPattern a = as(p.elements().get(0), AssignmentPattern.class);
        assertThat(as(a.left(), Identifier.class).name()).isEqualTo("a");
        assertThat(p.elements().get(1)).isInstanceOf(Elision.class);
        assertThat(as(as(p.elements().get(2), RestElement.class).argument(), Identifier.class)
                        .name())
                .isEqualTo("rest");
    }

    @Test
    void objectPatternWithShorthandRenameDefaultAndRestInLet() {
        ObjectPattern p = as(declaredPattern("let { a, b: c, d = 1, e: f = 2, ...others } = o;"), ObjectPattern.class);
        assertThat(p.properties()).hasSize(5);
        AssignmentProperty a = as(p.properties().get(0), AssignmentProperty.class);
        assertThat(a.shorthand()).isTrue();
        assertThat(as(a.value(), Identifier.class).name()).isEqualTo("a");
        AssignmentProperty b = as(p.properties().get(1), AssignmentProperty.class);
        assertThat(b.shorthand()).isFalse();
        assertThat(as(b.key(), Identifier.class).name()).isEqualTo("b");
        assertThat(as(b.value(), Identifier.class).name()).isEqualTo("c");
        AssignmentProperty d = as(p.properties().get(2), AssignmentProperty.class);
        assertThat(d.shorthand()).isTrue();
        assertThat(as(as(d.value(), AssignmentPattern.class).left(), Identifier.class)
                        .name())
                .isEqualTo("d");
        AssignmentProperty e = as(p.properties().get(3), AssignmentProperty.class);
        assertThat(as(as(e.value(), AssignmentPattern.class).left(), Identifier.class)
                        .name())
                .isEqualTo("f");
        assertThat(as(as(p.properties().get(4), RestElement.class).argument(), Identifier.class)
                        .name())
                .isEqualTo("others");
    }

    @Test
    void nestedPatternsInVar() {
        ObjectPattern p = as(declaredPattern("var { a: [b, { c }] } = o;"), ObjectPattern.class);
        ArrayPattern inner =
                as(as(p.properties().get(0), AssignmentProperty.class).value(), ArrayPattern.class);
        assertThat(inner.elements().get(1)).isInstanceOf(ObjectPattern.class);
    }

    @Test
    void computedAndStringKeysInObjectPattern() {
        ObjectPattern p = as(declaredPattern("const { [k]: v, 'x-y': w, 0: z } = o;"), ObjectPattern.class);
        AssignmentProperty computed = as(p.properties().get(0), AssignmentProperty.class);
        assertThat(computed.computed()).isTrue();
        assertThat(as(computed.key(), Identifier.class).name()).isEqualTo("k");
        assertThat(as(as(p.properties().get(1), AssignmentProperty.class).key(), StringLiteral.class)
                        .value())
                .isEqualTo("x-y");
        assertThat(as(p.properties().get(2), AssignmentProperty.class).key()).isInstanceOf(NumberLiteral.class);
    }

    @Test
    void swapByArrayAssignment() {
        AssignmentExpression a = expr("[a, b] = [b, a]", AssignmentExpression.class);
        ArrayPattern left = as(a.left(), ArrayPattern.class);
        assertThat(left.elements())
                .extracting(e -> as(e, Identifier.class).name())
                .containsExactly("a", "b");
        assertThat(a.right()).isInstanceOf(ArrayExpression.class);
    }

    @Test
    void parenthesizedObjectAssignmentPattern() {
        AssignmentExpression a = expr("({a, b: {c}} = o)", AssignmentExpression.class);
        ObjectPattern left = as(a.left(), ObjectPattern.class);
        AssignmentProperty b = as(left.properties().get(1), AssignmentProperty.class);
        ObjectPattern nested = as(b.value(), ObjectPattern.class);
        assertThat(as(nested.properties().get(0), AssignmentProperty.class).shorthand())
                .isTrue();
    }

    @Test
    void shorthandWithDefaultIsAllowedInAssignmentPattern() {
        AssignmentExpression a = expr("({a = 1} = o)", AssignmentExpression.class);
        AssignmentProperty p = as(as(a.left(), ObjectPattern.class).properties().get(0), AssignmentProperty.class);
        assertThat(p.shorthand()).isTrue();
        assertThat(as(p.value(), AssignmentPattern.class).right()).isInstanceOf(NumberLiteral.class);
    }

    @Test
    void assignmentPatternTargetsMayBeMemberExpressions() {
        AssignmentExpression a = expr("[o.a, o['b'], ...o.rest] = xs", AssignmentExpression.class);
        ArrayPattern left = as(a.left(), ArrayPattern.class);
        assertThat(left.elements().get(0)).isInstanceOf(MemberExpression.class);
        assertThat(left.elements().get(1)).isInstanceOf(MemberExpression.class);
        assertThat(as(left.elements().get(2), RestElement.class).argument()).isInstanceOf(MemberExpression.class);
    }

    @Test
    void nestedAssignmentPatternWithDefaults() {
        AssignmentExpression a = expr("[a = 1, [b] = [], {c} = {}] = xs", AssignmentExpression.class);
        ArrayPattern left = as(a.left(), ArrayPattern.class);
        assertThat(left.elements()).allMatch(e -> e instanceof AssignmentPattern);
        assertThat(as(left.elements().get(1), AssignmentPattern.class).left()).isInstanceOf(ArrayPattern.class);
        assertThat(as(left.elements().get(2), AssignmentPattern.class).left()).isInstanceOf(ObjectPattern.class);
    }

    @Test
    void chainedDestructuringAssignment() {
        AssignmentExpression a = expr("[a] = [b] = xs", AssignmentExpression.class);
        assertThat(a.left()).isInstanceOf(ArrayPattern.class);
        assertThat(as(a.right(), AssignmentExpression.class).left()).isInstanceOf(ArrayPattern.class);
    }

    @Test
    void forOfHeadWithConstArrayPattern() {
        ForOfStatement loop = stmt("for (const [k, v] of m) ;", ForOfStatement.class);
        VariableDeclaration left = as(loop.left(), VariableDeclaration.class);
        assertThat(left.kind()).isEqualTo(VariableKind.CONST);
        ArrayPattern p = as(left.declarations().get(0).id(), ArrayPattern.class);
        assertThat(p.elements()).hasSize(2);
        assertThat(left.declarations().get(0).init()).isNull();
    }

    @Test
    void forOfHeadWithAssignmentObjectPattern() {
        ForOfStatement loop = stmt("for ({a} of xs) ;", ForOfStatement.class);
        ObjectPattern left = as(loop.left(), ObjectPattern.class);
        assertThat(as(left.properties().get(0), AssignmentProperty.class).shorthand())
                .isTrue();
    }

    @Test
    void forOfHeadWithAssignmentArrayPattern() {
        ForOfStatement loop = stmt("for ([a, b = 2] of pairs) ;", ForOfStatement.class);
        ArrayPattern left = as(loop.left(), ArrayPattern.class);
        assertThat(left.elements().get(1)).isInstanceOf(AssignmentPattern.class);
    }

    @Test
    void forInHeadWithLetObjectPattern() {
        ForInStatement loop = stmt("for (let {length} in o) ;", ForInStatement.class);
        VariableDeclaration left = as(loop.left(), VariableDeclaration.class);
        assertThat(left.declarations().get(0).id()).isInstanceOf(ObjectPattern.class);
    }

    @Test
    void arrowParamsDestructureWithDefaults() {
        ArrowFunctionExpression arrow = expr("({ a = 1, b: [c] } = {}) => a + c", ArrowFunctionExpression.class);
        AssignmentPattern param = as(arrow.params().get(0), AssignmentPattern.class);
        ObjectPattern p = as(param.left(), ObjectPattern.class);
        assertThat(p.properties()).hasSize(2);
    }

    @Test
    void catchParamArrayPattern() {
        TryStatement t = stmt("try {} catch ([a, b]) {}", TryStatement.class);
        assertThat(as(t.handler().param(), ArrayPattern.class).elements()).hasSize(2);
    }

    @Test
    void emptyPatterns() {
        assertThat(as(declaredPattern("const {} = o;"), ObjectPattern.class).properties())
                .isEmpty();
        assertThat(as(declaredPattern("const [] = xs;"), ArrayPattern.class).elements())
                .isEmpty();
    }

    @Test
    void spreadInObjectLiteral() {
        ObjectExpression o = expr("({ ...a, b: 1, ...c })", ObjectExpression.class);
        assertThat(o.properties()).hasSize(3);
        assertThat(as(as(o.properties().get(0), SpreadElement.class).argument(), Identifier.class)
                        .name())
                .isEqualTo("a");
        assertThat(o.properties().get(2)).isInstanceOf(SpreadElement.class);
    }

    @Test
    void objectRestInAssignmentPattern() {
        AssignmentExpression a = expr("({ a, ...rest } = o)", AssignmentExpression.class);
        ObjectPattern p = as(a.left(), ObjectPattern.class);
        assertThat(p.properties().get(1)).isInstanceOf(RestElement.class);
    }

    @Test
    void patternWithKeywordKeysRenamed() {
        ObjectPattern p = as(declaredPattern("const { default: d, class: c } = m;"), ObjectPattern.class);
        assertThat(as(as(p.properties().get(0), AssignmentProperty.class).key(), Identifier.class)
                        .name())
                .isEqualTo("default");
        assertThat(as(as(p.properties().get(1), AssignmentProperty.class).value(), Identifier.class)
                        .name())
                .isEqualTo("c");
    }
}

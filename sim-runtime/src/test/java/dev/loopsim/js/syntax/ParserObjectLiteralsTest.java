package dev.loopsim.js.syntax;

import static dev.loopsim.js.syntax.ParseAssertions.as;
import static dev.loopsim.js.syntax.ParseAssertions.expr;
import static org.assertj.core.api.Assertions.assertThat;

import dev.loopsim.js.syntax.Node.*;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Object literals: shorthand, computed keys, methods, accessors, async/generator methods, __proto__. */
class ParserObjectLiteralsTest {

    private static List<ObjectMember> props(String code) {
        return expr(code, ObjectExpression.class).properties();
    }

    private static Property prop(String code, int index) {
        return as(props(code).get(index), Property.class);
    }

    @Test
    void plainPropertiesAreInitKind() {
        Property p = prop("({ a: 1 })", 0);
        assertThat(p.kind()).isEqualTo(PropertyKind.INIT);
        assertThat(p.method()).isFalse();
        assertThat(p.shorthand()).isFalse();
        assertThat(p.computed()).isFalse();
        assertThat(as(p.key(), Identifier.class).name()).isEqualTo("a");
    }

    @Test
    void shorthandPropertyValueIsTheIdentifier() {
        Property p = prop("({ a })", 0);
        assertThat(p.shorthand()).isTrue();
        assertThat(as(p.value(), Identifier.class).name()).isEqualTo("a");
    }

    @Test
    void computedKeys() {
        Property p = prop("({ [a + b]: 1 })", 0);
        assertThat(p.computed()).isTrue();
        assertThat(as(p.key(), BinaryExpression.class).operator()).isEqualTo("+");
    }

    @Test
    void stringAndNumericKeys() {
        List<ObjectMember> members = props("({ 'a-b': 1, 2: 2, 0x10: 3, 1.5: 4 })");
        assertThat(as(as(members.get(0), Property.class).key(), StringLiteral.class)
                        .value())
                .isEqualTo("a-b");
        assertThat(as(as(members.get(2), Property.class).key(), NumberLiteral.class)
                        .value())
                .isEqualTo(16.0);
        assertThat(as(as(members.get(3), Property.class).key(), NumberLiteral.class)
                        .value())
                .isEqualTo(1.5);
    }

    @Test
    void keywordsAreAllowedAsPropertyNames() {
        List<ObjectMember> members = props("({ class: 1, if: 2, new: 3, default: 4, function: 5, null: 6 })");
        assertThat(members)
                .extracting(
                        m -> as(as(m, Property.class).key(), Identifier.class).name())
                .containsExactly("class", "if", "new", "default", "function", "null");
    }

    @Test
    void methodPropertyHasFunctionValue() {
        Property p = prop("({ m(a) { return a; } })", 0);
        assertThat(p.method()).isTrue();
        assertThat(p.kind()).isEqualTo(PropertyKind.INIT);
        FunctionExpression f = as(p.value(), FunctionExpression.class);
        assertThat(f.params()).hasSize(1);
    }

    @Test
    void getterAndSetter() {
        List<ObjectMember> members = props("({ get x() { return 1; }, set x(v) {} })");
        Property get = as(members.get(0), Property.class);
        assertThat(get.kind()).isEqualTo(PropertyKind.GET);
        assertThat(as(get.value(), FunctionExpression.class).params()).isEmpty();
        Property set = as(members.get(1), Property.class);
        assertThat(set.kind()).isEqualTo(PropertyKind.SET);
        assertThat(as(set.value(), FunctionExpression.class).params()).hasSize(1);
    }

    @Test
    void getAndSetAsOrdinaryKeys() {
        List<ObjectMember> members = props("({ get: 1, set() {}, get })");
        assertThat(as(members.get(0), Property.class).kind()).isEqualTo(PropertyKind.INIT);
        Property set = as(members.get(1), Property.class);
        assertThat(set.method()).isTrue();
        assertThat(as(set.key(), Identifier.class).name()).isEqualTo("set");
        assertThat(as(members.get(2), Property.class).shorthand()).isTrue();
    }

    @Test
    void computedGetter() {
        Property p = prop("({ get [k]() { return 1; } })", 0);
        assertThat(p.kind()).isEqualTo(PropertyKind.GET);
        assertThat(p.computed()).isTrue();
    }

    @Test
    void asyncAndGeneratorMethods() {
        List<ObjectMember> members = props("({ async a() {}, *g() {}, async *ag() {}, async: 1, async })");
        FunctionExpression a = as(as(members.get(0), Property.class).value(), FunctionExpression.class);
        assertThat(a.isAsync()).isTrue();
        FunctionExpression g = as(as(members.get(1), Property.class).value(), FunctionExpression.class);
        assertThat(g.isGenerator()).isTrue();
        FunctionExpression ag = as(as(members.get(2), Property.class).value(), FunctionExpression.class);
        assertThat(ag.isAsync()).isTrue();
        assertThat(ag.isGenerator()).isTrue();
        assertThat(as(as(members.get(3), Property.class).key(), Identifier.class)
                        .name())
                .isEqualTo("async");
        assertThat(as(members.get(4), Property.class).shorthand()).isTrue();
    }

    @Test
    void protoPropertyIsAnOrdinaryProperty() {
        Property p = prop("({ __proto__: null, a: 1 })", 0);
        assertThat(as(p.key(), Identifier.class).name()).isEqualTo("__proto__");
        assertThat(p.value()).isInstanceOf(NullLiteral.class);
    }

    @Test
    void shorthandProtoMayRepeatAProtoProperty() {
        assertThat(props("({ __proto__: a, __proto__ })")).hasSize(2);
    }

    @Test
    void duplicateKeysAreAllowed() {
        assertThat(props("({ a: 1, a: 2 })")).hasSize(2);
    }

    @Test
    void trailingCommaIsAllowed() {
        assertThat(props("({ a: 1, })")).hasSize(1);
    }

    @Test
    void emptyObject() {
        assertThat(props("({})")).isEmpty();
    }

    @Test
    void objectInsideArrayInsideObject() {
        Property p = prop("({ list: [{ a: 1 }, { b: [2] }] })", 0);
        ArrayExpression list = as(p.value(), ArrayExpression.class);
        assertThat(list.elements()).hasSize(2).allMatch(e -> e instanceof ObjectExpression);
    }

    @Test
    void objectLiteralAfterReturnIsAnExpression() {
        FunctionDeclaration f = ParseAssertions.stmt("function f() { return { a: 1 }; }", FunctionDeclaration.class);
        ReturnStatement r = as(f.body().body().get(0), ReturnStatement.class);
        assertThat(r.argument()).isInstanceOf(ObjectExpression.class);
    }

    @Test
    void methodNamedWithKeywordOrString() {
        List<ObjectMember> members = props("({ delete() {}, 'quoted name'() {}, 1() {} })");
        assertThat(members).allMatch(m -> ((Property) m).method());
    }
}

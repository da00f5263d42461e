package dev.loopsim.js.syntax;

import static dev.loopsim.js.syntax.ParseAssertions.as;
import static dev.loopsim.js.syntax.ParseAssertions.expr;
import static dev.loopsim.js.syntax.ParseAssertions.stmt;
import static org.assertj.core.api.Assertions.assertThat;

import dev.loopsim.js.syntax.Node.*;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Class declarations and expressions: methods, accessors, fields, private names, static blocks, super. */
class ParserClassesTest {

    private static List<ClassElement> members(String code) {
        return stmt(code, ClassDeclaration.class).body();
    }

    private static String keyName(Expression key) {
        return switch (key) {
            case Identifier id -> id.name();
            case PrivateIdentifier p -> "#" + p.name();
            case StringLiteral s -> s.value();
            default -> key.getClass().getSimpleName();
        };
    }

    @Test
    void constructorIsAMethodOfKindConstructor() {
        MethodDefinition m =
                as(members("class A { constructor(x) { this.x = x; } }").get(0), MethodDefinition.class);
        assertThat(m.kind()).isEqualTo(MethodKind.CONSTRUCTOR);
        assertThat(keyName(m.key())).isEqualTo("constructor");
        assertThat(m.value().params()).hasSize(1);
        assertThat(m.isStatic()).isFalse();
    }

    @Test
    void methodsGettersAndSetters() {
        List<ClassElement> body = members("class A { m() {} get x() { return 1; } set x(v) {} }");
        assertThat(body)
                .extracting(e -> as(e, MethodDefinition.class).kind())
                .containsExactly(MethodKind.METHOD, MethodKind.GET, MethodKind.SET);
        assertThat(body)
                .extracting(e -> keyName(as(e, MethodDefinition.class).key()))
                .containsExactly("m", "x", "x");
    }

    @Test
    void staticMethodIsFlagged() {
        MethodDefinition m = as(members("class A { static create() {} }").get(0), MethodDefinition.class);
        assertThat(m.isStatic()).isTrue();
        assertThat(keyName(m.key())).isEqualTo("create");
    }

    @Test
    void methodNamedStaticOrGetIsAnOrdinaryMethod() {
        List<ClassElement> body = members("class A { static() {} get() {} set() {} async() {} static static() {} }");
        assertThat(body)
                .extracting(e -> keyName(as(e, MethodDefinition.class).key()))
                .containsExactly("static", "get", "set", "async", "static");
        assertThat(body).extracting(e -> as(e, MethodDefinition.class).kind()).containsOnly(MethodKind.METHOD);
        assertThat(as(body.get(4), MethodDefinition.class).isStatic()).isTrue();
        assertThat(as(body.get(3), MethodDefinition.class).value().isAsync()).isFalse();
    }

    @Test
    void asyncAndGeneratorMethods() {
        List<ClassElement> body = members("class A { async a() {} *g() {} async *ag() {} }");
        FunctionExpression a = as(body.get(0), MethodDefinition.class).value();
        FunctionExpression g = as(body.get(1), MethodDefinition.class).value();
        FunctionExpression ag = as(body.get(2), MethodDefinition.class).value();
        assertThat(a.isAsync()).isTrue();
        assertThat(a.isGenerator()).isFalse();
        assertThat(g.isGenerator()).isTrue();
        assertThat(g.isAsync()).isFalse();
        assertThat(ag.isAsync()).isTrue();
        assertThat(ag.isGenerator()).isTrue();
    }

    @Test
    void fieldsWithAndWithoutInitializer() {
        List<ClassElement> body = members("class A { a = 1; b; static c = 2; }");
        PropertyDefinition a = as(body.get(0), PropertyDefinition.class);
        assertThat(keyName(a.key())).isEqualTo("a");
        assertThat(as(a.value(), NumberLiteral.class).value()).isEqualTo(1.0);
        assertThat(as(body.get(1), PropertyDefinition.class).value()).isNull();
        PropertyDefinition c = as(body.get(2), PropertyDefinition.class);
        assertThat(c.isStatic()).isTrue();
    }

    @Test
    void fieldsSeparatedByNewlinesWithoutSemicolons() {
        List<ClassElement> body = members("class A {\n a = 1\n b\n c() {}\n}");
        assertThat(body).hasSize(3);
        assertThat(body.get(0)).isInstanceOf(PropertyDefinition.class);
        assertThat(body.get(1)).isInstanceOf(PropertyDefinition.class);
        assertThat(body.get(2)).isInstanceOf(MethodDefinition.class);
    }

    @Test
    void computedFieldAndComputedMethod() {
        List<ClassElement> body = members("class A { [k] = 1; [Symbol.iterator]() {} }");
        PropertyDefinition field = as(body.get(0), PropertyDefinition.class);
        assertThat(field.computed()).isTrue();
        MethodDefinition method = as(body.get(1), MethodDefinition.class);
        assertThat(method.computed()).isTrue();
        assertThat(method.key()).isInstanceOf(MemberExpression.class);
    }

    @Test
    void stringAndNumberKeys() {
        List<ClassElement> body = members("class A { 'a b'() {} 42 = 1; }");
        assertThat(as(as(body.get(0), MethodDefinition.class).key(), StringLiteral.class)
                        .value())
                .isEqualTo("a b");
        assertThat(as(as(body.get(1), PropertyDefinition.class).key(), NumberLiteral.class)
                        .value())
                .isEqualTo(42.0);
    }

    @Test
    void privateFieldsMethodsAndAccessors() {
        List<ClassElement> body = members(
                "class A { #x = 1; static #count; #m() { return this.#x; } get #v() { return 1; } set #v(a) {} }");
        PropertyDefinition x = as(body.get(0), PropertyDefinition.class);
        assertThat(as(x.key(), PrivateIdentifier.class).name()).isEqualTo("x");
        assertThat(as(body.get(1), PropertyDefinition.class).isStatic()).isTrue();
        MethodDefinition m = as(body.get(2), MethodDefinition.class);
        assertThat(as(m.key(), PrivateIdentifier.class).name()).isEqualTo("m");
        ReturnStatement r = as(m.value().body().body().get(0), ReturnStatement.class);
        MemberExpression access = as(r.argument(), MemberExpression.class);
        assertThat(as(access.property(), PrivateIdentifier.class).name()).isEqualTo("x");
        assertThat(access.computed()).isFalse();
        assertThat(as(body.get(3), MethodDefinition.class).kind()).isEqualTo(MethodKind.GET);
        assertThat(as(body.get(4), MethodDefinition.class).kind()).isEqualTo(MethodKind.SET);
    }

    @Test
    void privateNameInOperator() {
        List<ClassElement> body = members("class A { #x; static has(o) { return #x in o; } }");
        MethodDefinition has = as(body.get(1), MethodDefinition.class);
        ReturnStatement r = as(has.value().body().body().get(0), ReturnStatement.class);
        BinaryExpression in = as(r.argument(), BinaryExpression.class);
        assertThat(in.operator()).isEqualTo("in");
        assertThat(as(in.left(), PrivateIdentifier.class).name()).isEqualTo("x");
    }

    @Test
    void privateNameUsedBeforeItsDeclarationInTheBody() {
        List<ClassElement> body = members("class A { m() { return this.#later; } #later = 1; }");
        assertThat(body).hasSize(2);
    }

    @Test
    void privateNameOfAnOuterClassIsVisibleInAnInnerClass() {
        List<ClassElement> body = members("class A { #x; m() { return class { n(o) { return o.#x; } }; } }");
        assertThat(body).hasSize(2);
    }

    @Test
    void optionalChainWithPrivateName() {
        List<ClassElement> body = members("class A { #x; m(o) { return o?.#x; } }");
        ReturnStatement r =
                as(as(body.get(1), MethodDefinition.class).value().body().body().get(0), ReturnStatement.class);
        ChainExpression chain = as(r.argument(), ChainExpression.class);
        MemberExpression m = as(chain.expression(), MemberExpression.class);
        assertThat(m.optional()).isTrue();
        assertThat(m.property()).isInstanceOf(PrivateIdentifier.class);
    }

    @Test
    void extendsWithSuperCallAndSuperMethodCall() {
        ClassDeclaration c = stmt(
                "class B extends A { constructor() { super(1); } m() { return super.m(); } }", ClassDeclaration.class);
        assertThat(as(c.superClass(), Identifier.class).name()).isEqualTo("A");
        MethodDefinition ctor = as(c.body().get(0), MethodDefinition.class);
        CallExpression superCall = as(
                as(ctor.value().body().body().get(0), ExpressionStatement.class).expression(), CallExpression.class);
        assertThat(superCall.callee()).isInstanceOf(Super.class);
        MethodDefinition m = as(c.body().get(1), MethodDefinition.class);
        ReturnStatement r = as(m.value().body().body().get(0), ReturnStatement.class);
        CallExpression superMethod = as(r.argument(), CallExpression.class);
        assertThat(as(superMethod.callee(), MemberExpression.class).object()).isInstanceOf(Super.class);
    }

    @Test
    void superPropertyIsAllowedInObjectLiteralMethods() {
        ObjectExpression o = expr("({ m() { return super.m(); } })", ObjectExpression.class);
        assertThat(as(o.properties().get(0), Property.class).method()).isTrue();
    }

    @Test
    void superComputedMemberAccess() {
        ClassDeclaration c = stmt("class B extends A { m() { return super['m']; } }", ClassDeclaration.class);
        ReturnStatement r = as(
                as(c.body().get(0), MethodDefinition.class)
                        .value()
                        .body()
                        .body()
                        .get(0),
                ReturnStatement.class);
        MemberExpression m = as(r.argument(), MemberExpression.class);
        assertThat(m.computed()).isTrue();
        assertThat(m.object()).isInstanceOf(Super.class);
    }

    @Test
    void extendsAnArbitraryLeftHandSideExpression() {
        ClassDeclaration c = stmt("class B extends mixin(A, B) {}", ClassDeclaration.class);
        assertThat(c.superClass()).isInstanceOf(CallExpression.class);
        ClassDeclaration n = stmt("class B extends null {}", ClassDeclaration.class);
        assertThat(n.superClass()).isInstanceOf(NullLiteral.class);
    }

    @Test
    void staticBlockHoldsStatements() {
        List<ClassElement> body = members("class A { static x; static { this.x = 1; let y = 2; } }");
        StaticBlock block = as(body.get(1), StaticBlock.class);
        assertThat(block.body()).hasSize(2);
        assertThat(block.body().get(1)).isInstanceOf(VariableDeclaration.class);
    }

    @Test
    void classExpressionMayBeAnonymousOrNamed() {
        ClassExpression anonymous = expr("(class {})", ClassExpression.class);
        assertThat(anonymous.id()).isNull();
        VariableDeclaration decl = stmt("const C = class Named extends Base {};", VariableDeclaration.class);
        ClassExpression named = as(decl.declarations().get(0).init(), ClassExpression.class);
        assertThat(named.id().name()).isEqualTo("Named");
        assertThat(named.superClass()).isInstanceOf(Identifier.class);
    }

    @Test
    void semicolonsBetweenMembersAreIgnored() {
        assertThat(members("class A { ; m() {} ; ; }")).hasSize(1);
    }

    @Test
    void classBodyIsStrictSoYieldIsNotAnIdentifierButProgramStaysSloppy() {
        Program p = ParseAssertions.script("class A { m() { return 1; } } var yield = 1;");
        assertThat(p.strict()).isFalse();
        assertThat(p.body()).hasSize(2);
    }

    @Test
    void newTargetInsideAConstructor() {
        List<ClassElement> body = members("class A { constructor() { this.k = new.target; } }");
        assertThat(as(body.get(0), MethodDefinition.class).kind()).isEqualTo(MethodKind.CONSTRUCTOR);
    }

    @Test
    void getterAndSetterNamedAfterKeywords() {
        List<ClassElement> body = members("class A { get if() {} set class(v) {} static get default() {} }");
        assertThat(body)
                .extracting(e -> keyName(as(e, MethodDefinition.class).key()))
                .containsExactly("if", "class", "default");
    }

    @Test
    void fieldNamedGetOrStaticOrAsync() {
        List<ClassElement> body = members("class A { get; set; static; async; }");
        assertThat(body).hasSize(4).allMatch(e -> e instanceof PropertyDefinition);
        assertThat(body)
                .extracting(e -> keyName(as(e, PropertyDefinition.class).key()))
                .containsExactly("get", "set", "static", "async");
    }

    @Test
    void fieldInitializerArrowCapturesThis() {
        List<ClassElement> body = members("class A { handler = () => this.x; }");
        PropertyDefinition f = as(body.get(0), PropertyDefinition.class);
        ArrowFunctionExpression arrow = as(f.value(), ArrowFunctionExpression.class);
        assertThat(as(arrow.body(), MemberExpression.class).object()).isInstanceOf(ThisExpression.class);
    }

    @Test
    void stringKeyConstructorIsAlsoTheConstructor() {
        MethodDefinition m = as(members("class A { 'constructor'() {} }").get(0), MethodDefinition.class);
        assertThat(m.kind()).isEqualTo(MethodKind.CONSTRUCTOR);
    }

    @Test
    void staticMethodNamedConstructorIsAMethod() {
        MethodDefinition m = as(members("class A { static constructor() {} }").get(0), MethodDefinition.class);
        assertThat(m.kind()).isEqualTo(MethodKind.METHOD);
        assertThat(m.isStatic()).isTrue();
    }
}

package dev.loopsim.js.syntax;

import static dev.loopsim.js.syntax.ParseAssertions.as;
import static dev.loopsim.js.syntax.ParseAssertions.assertModuleError;
import static dev.loopsim.js.syntax.ParseAssertions.assertScriptError;
import static dev.loopsim.js.syntax.ParseAssertions.expr;
import static dev.loopsim.js.syntax.ParseAssertions.module;
import static dev.loopsim.js.syntax.ParseAssertions.script;
import static org.assertj.core.api.Assertions.assertThat;

import dev.loopsim.js.syntax.Node.*;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Module goal: import and export forms, strictness, top-level await, import.meta and dynamic import. */
class ParserModulesTest {

    private static Statement first(String code) {
        return module(code).body().get(0);
    }

    private static String name(Expression e) {
        return switch (e) {
            case Identifier id -> id.name();
            case StringLiteral s -> "\"" + s.value() + "\"";
            default -> e.getClass().getSimpleName();
        };
    }

    @Test
    void moduleIsStrictWithModuleSourceType() {
        Program p = module("x = 1;");
        assertThat(p.sourceType()).isEqualTo(SourceType.MODULE);
        assertThat(p.strict()).isTrue();
    }

    @Test
    void parseChoosesModuleGoalForMjsFiles() {
        Program m = Parser.parse(new Source("a.mjs", "export const x = 1;"));
        assertThat(m.sourceType()).isEqualTo(SourceType.MODULE);
        Program s = Parser.parse(new Source("a.js", "var x = 1;"));
        assertThat(s.sourceType()).isEqualTo(SourceType.SCRIPT);
        assertThat(s.strict()).isFalse();
    }

    @Test
    void importDefault() {
        ImportDeclaration d = as(first("import x from 'm';"), ImportDeclaration.class);
        assertThat(d.source().value()).isEqualTo("m");
        assertThat(as(d.specifiers().get(0), ImportDefaultSpecifier.class)
                        .local()
                        .name())
                .isEqualTo("x");
    }

    @Test
    void importNamespace() {
        ImportDeclaration d = as(first("import * as ns from 'm';"), ImportDeclaration.class);
        assertThat(as(d.specifiers().get(0), ImportNamespaceSpecifier.class)
                        .local()
                        .name())
                .isEqualTo("ns");
    }

    @Test
    void importNamedWithAndWithoutRename() {
        ImportDeclaration d =
                as(first("import { a, b as c, default as d, if as e } from 'm';"), ImportDeclaration.class);
        List<ImportClause> specs = d.specifiers();
        ImportSpecifier a = as(specs.get(0), ImportSpecifier.class);
        assertThat(name(a.imported())).isEqualTo("a");
        assertThat(a.local().name()).isEqualTo("a");
        ImportSpecifier c = as(specs.get(1), ImportSpecifier.class);
        assertThat(name(c.imported())).isEqualTo("b");
        assertThat(c.local().name()).isEqualTo("c");
        assertThat(name(as(specs.get(2), ImportSpecifier.class).imported())).isEqualTo("default");
        assertThat(name(as(specs.get(3), ImportSpecifier.class).imported())).isEqualTo("if");
    }

    @Test
    void importStringNamedSpecifier() {
        ImportDeclaration d = as(first("import { \"string name\" as s } from 'm';"), ImportDeclaration.class);
        ImportSpecifier s = as(d.specifiers().get(0), ImportSpecifier.class);
        assertThat(name(s.imported())).isEqualTo("\"string name\"");
        assertThat(s.local().name()).isEqualTo("s");
    }

    @Test
    void importDefaultTogetherWithNamedOrNamespace() {
        Program p = module("import x, * as ns from 'm'; import y, { a } from 'n';");
        ImportDeclaration first = as(p.body().get(0), ImportDeclaration.class);
        assertThat(first.specifiers().get(0)).isInstanceOf(ImportDefaultSpecifier.class);
        assertThat(first.specifiers().get(1)).isInstanceOf(ImportNamespaceSpecifier.class);
        ImportDeclaration second = as(p.body().get(1), ImportDeclaration.class);
        assertThat(second.specifiers().get(1)).isInstanceOf(ImportSpecifier.class);
    }

    @Test
    void bareImportHasNoSpecifiers() {
        ImportDeclaration d = as(first("import 'side-effect';"), ImportDeclaration.class);
        assertThat(d.specifiers()).isEmpty();
        assertThat(d.source().value()).isEqualTo("side-effect");
    }

    @Test
    void exportVariableDeclaration() {
        ExportNamedDeclaration e = as(first("export const x = 1, y = 2;"), ExportNamedDeclaration.class);
        assertThat(as(e.declaration(), VariableDeclaration.class).declarations())
                .hasSize(2);
        assertThat(e.specifiers()).isEmpty();
        assertThat(e.source()).isNull();
    }

    @Test
    void exportFunctionAndClassDeclarations() {
        Program p = module("export function f() {} export async function g() {} export class C {}");
        assertThat(as(as(p.body().get(0), ExportNamedDeclaration.class).declaration(), FunctionDeclaration.class)
                        .id()
                        .name())
                .isEqualTo("f");
        assertThat(as(as(p.body().get(1), ExportNamedDeclaration.class).declaration(), FunctionDeclaration.class)
                        .isAsync())
                .isTrue();
        assertThat(as(p.body().get(2), ExportNamedDeclaration.class).declaration())
                .isInstanceOf(ClassDeclaration.class);
    }

    @Test
    void exportSpecifiersWithRename() {
        Program p = module("const a = 1, b = 2; export { a, b as c, a as default, b as \"str\" };");
        ExportNamedDeclaration e = as(p.body().get(1), ExportNamedDeclaration.class);
        assertThat(e.declaration()).isNull();
        assertThat(e.specifiers())
                .extracting(s -> name(s.local()) + "->" + name(s.exported()))
                .containsExactly("a->a", "b->c", "a->default", "b->\"str\"");
    }

    @Test
    void reExportNamedFromAModule() {
        ExportNamedDeclaration e = as(first("export { x, default as y } from 'm';"), ExportNamedDeclaration.class);
        assertThat(e.source().value()).isEqualTo("m");
        assertThat(e.specifiers()).hasSize(2);
    }

    @Test
    void exportAllAndExportAllAsNamespace() {
        Program p = module("export * from 'a'; export * as ns from 'b'; export * as \"s\" from 'c';");
        ExportAllDeclaration all = as(p.body().get(0), ExportAllDeclaration.class);
        assertThat(all.exported()).isNull();
        assertThat(all.source().value()).isEqualTo("a");
        assertThat(name(as(p.body().get(1), ExportAllDeclaration.class).exported()))
                .isEqualTo("ns");
        assertThat(name(as(p.body().get(2), ExportAllDeclaration.class).exported()))
                .isEqualTo("\"s\"");
    }

    @Test
    void exportDefaultAnonymousFunctionIsADeclarationWithoutId() {
        ExportDefaultDeclaration e = as(first("export default function () {}"), ExportDefaultDeclaration.class);
        FunctionDeclaration f = as(e.declaration(), FunctionDeclaration.class);
        assertThat(f.id()).isNull();
    }

    @Test
    void exportDefaultAnonymousClassIsADeclarationWithoutId() {
        ExportDefaultDeclaration e = as(first("export default class {}"), ExportDefaultDeclaration.class);
        assertThat(as(e.declaration(), ClassDeclaration.class).id()).isNull();
    }

    @Test
    void exportDefaultNamedAsyncFunction() {
        ExportDefaultDeclaration e = as(first("export default async function f() {}"), ExportDefaultDeclaration.class);
        FunctionDeclaration f = as(e.declaration(), FunctionDeclaration.class);
        assertThat(f.isAsync()).isTrue();
        assertThat(f.id().name()).isEqualTo("f");
    }

    @Test
    void exportDefaultExpression() {
        ExportDefaultDeclaration e = as(first("export default 1 + 2;"), ExportDefaultDeclaration.class);
        assertThat(as(e.declaration(), BinaryExpression.class).operator()).isEqualTo("+");
    }

    @Test
    void topLevelAwaitInModule() {
        Program p = module("await x; for await (const y of z) ;");
        assertThat(as(p.body().get(0), ExpressionStatement.class).expression()).isInstanceOf(AwaitExpression.class);
        assertThat(as(p.body().get(1), ForOfStatement.class).isAwait()).isTrue();
    }

    @Test
    void topLevelAwaitOfDynamicImport() {
        VariableDeclaration d = as(first("const m = await import('m');"), VariableDeclaration.class);
        AwaitExpression a = as(d.declarations().get(0).init(), AwaitExpression.class);
        ImportExpression i = as(a.argument(), ImportExpression.class);
        assertThat(as(i.source(), StringLiteral.class).value()).isEqualTo("m");
    }

    @Test
    void importMetaIsMetaProperty() {
        MemberExpression m =
                as(as(first("import.meta.url"), ExpressionStatement.class).expression(), MemberExpression.class);
        MetaProperty meta = as(m.object(), MetaProperty.class);
        assertThat(meta.meta()).isEqualTo("import");
        assertThat(meta.property()).isEqualTo("meta");
    }

    @Test
    void dynamicImportInScript() {
        CallExpression then = expr("import('m').then(f)", CallExpression.class);
        MemberExpression callee = as(then.callee(), MemberExpression.class);
        ImportExpression i = as(callee.object(), ImportExpression.class);
        assertThat(as(i.source(), StringLiteral.class).value()).isEqualTo("m");
    }

    @Test
    void dynamicImportWithComputedSpecifier() {
        ImportExpression i = expr("import(base + '/x.js')", ImportExpression.class);
        assertThat(i.source()).isInstanceOf(BinaryExpression.class);
    }

    @Test
    void importDeclarationInScriptIsAnError() {
        assertScriptError("import x from \"y\";", "Cannot use import statement outside a module", 1, 1);
    }

    @Test
    void exportInScriptIsAnUnexpectedToken() {
        assertScriptError("export const x = 1;", "Unexpected token 'export'", 1, 1);
    }

    @Test
    void importMetaInScriptIsAnError() {
        assertScriptError("import.meta", "Cannot use 'import.meta' outside a module", 1, 8);
    }

    @Test
    void awaitIsReservedInModules() {
        assertModuleError("var await = 1;", "Unexpected reserved word", 1, 5);
        assertModuleError("function f(){ await x }", "Unexpected reserved word", 1, 15);
    }

    @Test
    void moduleCodeIsStrict() {
        assertModuleError("010", "Octal literals are not allowed in strict mode.", 1, 1);
        assertModuleError("delete x", "Delete of an unqualified identifier in strict mode.", 1, 8);
        assertModuleError("var yield;", "Unexpected strict mode reserved word", 1, 5);
        assertModuleError("arguments = 1", "Unexpected eval or arguments in strict mode", 1, 1);
    }

    @Test
    void duplicateExportNames() {
        assertModuleError("const x = 1; export { x, x };", "Duplicate export of 'x'", 1, 26);
        assertModuleError("export const x = 1; export { x };", "Duplicate export of 'x'", 1, 30);
        assertModuleError("export { a as b, c as b }; var a, c;", "Duplicate export of 'b'", 1, 18);
        assertModuleError("export default function f() {} export default 1;", "Duplicate export of 'default'", 1, 39);
    }

    @Test
    void exportOfAnUndeclaredName() {
        assertModuleError("export { y };", "Export 'y' is not defined in module", 1, 10);
    }

    @Test
    void importBindingConflictsWithLexicalDeclaration() {
        assertModuleError("import {a as b} from \"m\"; let b;", "Identifier 'b' has already been declared", 1, 31);
        assertModuleError(
                "import x from \"y\"; import x from \"z\";", "Identifier 'x' has already been declared", 1, 20);
    }

    @Test
    void importAndExportOnlyAtModuleTopLevel() {
        assertModuleError("function f(){ import x from \"y\"; }", "Unexpected identifier 'x'", 1, 22);
        assertModuleError("{ export const x = 1; }", "Unexpected token 'export'", 1, 3);
    }

    @Test
    void htmlCommentsAreNotAllowedInModules() {
        assertModuleError("<!-- comment", "HTML comments are not allowed in modules", 1, 4);
    }

    @Test
    void reservedWordCannotBeAnImportedLocalName() {
        assertModuleError("import {x as if} from \"m\"", "Unexpected reserved word", 1, 14);
        assertModuleError("import {default} from \"m\"", "Unexpected reserved word", 1, 9);
    }

    @Test
    void newTargetAtModuleTopLevelIsAnError() {
        assertModuleError("new.target", "new.target expression is not allowed here", 1, 5);
    }

    @Test
    void newTargetAtScriptTopLevelIsAllowedAsInACommonJsModule() {
        // Node compiles a .js file as a CommonJS function body: `node --check` accepts a top-level new.target.
        MetaProperty m = expr("new.target", MetaProperty.class);
        assertThat(m.meta() + "." + m.property()).isEqualTo("new.target");
    }

    @Test
    void dynamicImportNeedsASpecifierAndCannotBeConstructed() {
        assertScriptError("import()", "import() requires a specifier", 1, 7);
        assertScriptError("new import(\"m\")", "Cannot use new with import", 1, 5);
    }

    @Test
    void scriptTopLevelAwaitIsOnlyValidInModules() {
        assertScriptError(
                "await 1\n/2/", "await is only valid in async functions and the top level bodies of modules", 1, 1);
    }

    @Test
    void moduleTopLevelMayContainExportsAmongStatements() {
        Program p = script("var a = 1;");
        assertThat(p.body()).hasSize(1);
        Program m = module("import a from 'a'; const b = a + 1; export { b }; export default b;");
        assertThat(m.body())
                .extracting(s -> s.getClass().getSimpleName())
                .containsExactly(
                        "ImportDeclaration",
                        "VariableDeclaration",
                        "ExportNamedDeclaration",
                        "ExportDefaultDeclaration");
    }
}

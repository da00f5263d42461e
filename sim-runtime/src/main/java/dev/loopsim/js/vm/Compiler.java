package dev.loopsim.js.vm;

import dev.loopsim.js.syntax.JsSyntaxError;
import dev.loopsim.js.syntax.Node;
import dev.loopsim.js.syntax.Node.*;
import dev.loopsim.js.syntax.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compiles an AST to {@link FunctionTemplate}s. Every binding lives in an environment slot, resolved here
 * to (depth, slot); a block gets its own environment only when it declares something. A script compiles
 * as the body of a function, as Node compiles a CommonJS file.
 */
public final class Compiler {

    /** Compiles a script (a CommonJS file body) to the template the host calls. */
    public static FunctionTemplate compileScript(Program program) {
        return compileFunctionBody(program, List.of());
    }

    /**
     * Compiles a script as the body of a function with the given simple parameters, as Node's
     * {@code vm.compileFunction} does for the CommonJS wrapper {@code (exports, require, module, …)}.
     */
    public static FunctionTemplate compileFunctionBody(Program program, List<String> parameters) {
        List<Pattern> params = new ArrayList<>();
        for (String name : parameters) {
            params.add(new Identifier(program.span(), name));
        }
        return new Compiler()
                .compileFunctionBody(
                        "",
                        FunctionTemplate.Kind.SCRIPT,
                        program.strict(),
                        false,
                        false,
                        params,
                        program.body(),
                        program.span(),
                        null);
    }

    /**
     * Compiles a module body (ECMA-262 §16.2.1.6.1 ParseModule): strict code whose imports, exports and
     * requested modules come back with the template.
     */
    public static ModuleCode compileModule(Program program) {
        Compiler compiler = new Compiler();
        compiler.module = compiler.new ModuleDeclarations();
        FunctionTemplate t = compiler.compileFunctionBody(
                "", FunctionTemplate.Kind.MODULE, true, false, false, List.of(), program.body(), program.span(), null);
        return compiler.module.finish(t);
    }

    // ==== compile-time scopes =============================================================================

    enum BindingKind {
        VAR,
        PARAM,
        FUNCTION,
        LET,
        CONST,
        CLASS,
        /** The name of a named function expression inside itself: read-only, silently in sloppy code. */
        CALLEE,
        /** An import: its slot holds the exporter's binding (or a namespace object), read through it. */
        IMPORT;

        boolean lexical() {
            return this == LET || this == CONST || this == CLASS;
        }
    }

    record Binding(String name, int slot, BindingKind kind) {}

    /** One runtime environment as the compiler sees it. */
    static final class Scope {
        final Scope parent;
        final FunctionState function;
        final Map<String, Binding> names = new LinkedHashMap<>();
        int size;
        /** For a block scope: where its PUSH_ENV size operand is. */
        int pushEnvOperand = -1;

        Scope(Scope parent, FunctionState function) {
            this.parent = parent;
            this.function = function;
        }

        Binding declare(String name, BindingKind kind) {
            Binding existing = names.get(name);
            if (existing != null) {
                return existing;
            }
            Binding b = new Binding(name, size++, kind);
            names.put(name, b);
            return b;
        }

        /** A nameless slot for the compiler's own temporaries. */
        int temporary() {
            return size++;
        }
    }

    /** Where a name resolved: an environment slot at some depth, or the global object. */
    record Resolved(int depth, Binding binding) {
        boolean isGlobal() {
            return binding == null;
        }
    }

    /** A statement that break/continue can target. */
    static final class JumpTarget {
        final List<String> labels;
        final boolean loop;
        final int envDepth;
        final List<Integer> breaks = new ArrayList<>();
        final List<Integer> continues = new ArrayList<>();
        /** The finally blocks between here and the start of the function, innermost last. */
        final int finallyDepth;

        JumpTarget(List<String> labels, boolean loop, int envDepth, int finallyDepth) {
            this.labels = labels;
            this.loop = loop;
            this.envDepth = envDepth;
            this.finallyDepth = finallyDepth;
        }
    }

    /** A try-finally being compiled: jumps out of its try or catch go through the finally first. */
    static final class FinallyContext {
        final int completionSlot;
        final int envDepth;
        Scope scope;
        final List<Integer> entryJumps = new ArrayList<>();
        /** break/continue jumps that left through this finally, in the order of their completion index. */
        final List<PendingJump> pendingJumps = new ArrayList<>();

        FinallyContext(int completionSlot, int envDepth) {
            this.completionSlot = completionSlot;
            this.envDepth = envDepth;
        }
    }

    /** Per-function compilation state. */
    final class FunctionState {
        final FunctionState outer;
        final FunctionTemplate.Kind kind;
        final boolean strict;
        /** For a module body, set at its first top-level await ([[HasTLA]]). */
        boolean isAsync;

        final boolean isGenerator;
        final Scope functionScope;
        final CodeBuffer code = new CodeBuffer();
        final List<Object> constants = new ArrayList<>();
        final Map<Object, Integer> constantIndex = new HashMap<>();
        final List<FunctionTemplate.Handler> handlers = new ArrayList<>();
        final List<JumpTarget> targets = new ArrayList<>();
        final List<FinallyContext> finallies = new ArrayList<>();
        Scope scope;
        /** Block environments pushed since the function's own. */
        int envDepth;
        /** The current operand stack depth, tracked for exception handlers. */
        int stackDepth;
        /** Labels waiting for the next statement. */
        List<String> pendingLabels = new ArrayList<>();
        /** For a class constructor: the template that initialises fields. */
        FunctionTemplate fieldInitializer;
        /** Where this function's var declarations live (its own scope, or its body's). */
        Scope varScope;
        /** Sloppy block-level functions that also get a var binding (ECMA-262 Annex B.3.2.1). */
        final List<String> annexBFunctions = new ArrayList<>();

        FunctionState(
                FunctionState outer,
                FunctionTemplate.Kind kind,
                boolean strict,
                boolean isAsync,
                boolean isGenerator,
                Scope parentScope) {
            this.outer = outer;
            this.kind = kind;
            this.strict = strict;
            this.isAsync = isAsync;
            this.isGenerator = isGenerator;
            this.functionScope = new Scope(parentScope, this);
            this.scope = functionScope;
        }

        int constant(Object value) {
            Object key = value instanceof Double d ? (Object) ("#" + Double.doubleToRawLongBits(d)) : value;
            if (value instanceof String s) {
                key = "s" + s;
            }
            if (!(value instanceof Double) && !(value instanceof String)) {
                constants.add(value);
                return constants.size() - 1;
            }
            return constantIndex.computeIfAbsent(key, k -> {
                constants.add(value);
                return constants.size() - 1;
            });
        }
    }

    /** The growing code array, with a source position per instruction. */
    static final class CodeBuffer {
        int[] code = new int[64];
        int[] positions = new int[64];
        int length;
        int position = -1;

        int emit(int value) {
            if (length == code.length) {
                code = java.util.Arrays.copyOf(code, length * 2);
                positions = java.util.Arrays.copyOf(positions, length * 2);
            }
            positions[length] = position;
            code[length] = value;
            return length++;
        }

        void patch(int at, int value) {
            code[at] = value;
        }
    }

    private FunctionState fn;
    /** Set while compiling a module body. */
    private ModuleDeclarations module;

    // ==== emitting ========================================================================================

    private void emit(Op op, int... operands) {
        fn.code.emit(op.ordinal());
        for (int operand : operands) {
            fn.code.emit(operand);
        }
        if (op.stackEffect != Op.VARIABLE) {
            fn.stackDepth += op.stackEffect;
        }
    }

    /** Emits a jump with a placeholder target; returns the operand's position for {@link #patchHere}. */
    private int emitJump(Op op) {
        emit(op, -1);
        return fn.code.length - 1;
    }

    private void patchHere(int operandAt) {
        fn.code.patch(operandAt, fn.code.length);
    }

    private int here() {
        return fn.code.length;
    }

    private void at(Node node) {
        fn.code.position = node.span().start();
    }

    private void pushConstant(Object value) {
        emit(Op.CONST, fn.constant(value));
    }

    private int name(String s) {
        return fn.constant(s);
    }

    /** Adjusts the tracked stack depth for an instruction whose effect depends on its operand. */
    private void stack(int delta) {
        fn.stackDepth += delta;
    }

    // ==== name resolution =================================================================================

    /** Finds a binding by walking scopes outward; each scope is one runtime environment. */
    private Resolved resolve(String name) {
        int depth = 0;
        for (Scope s = fn.scope; s != null; s = s.parent) {
            Binding b = s.names.get(name);
            if (b != null) {
                return new Resolved(depth, b);
            }
            depth++;
        }
        return new Resolved(0, null);
    }

    /** Whether {@code arguments} here means the implicit arguments object of the nearest non-arrow function. */
    private boolean isImplicitArguments(String name) {
        if (!name.equals("arguments")) {
            return false;
        }
        for (Scope s = fn.scope; s != null; s = s.parent) {
            if (s.names.containsKey(name)) {
                return false;
            }
            if (s == s.function.functionScope && s.function.kind == FunctionTemplate.Kind.MODULE) {
                return false; // a module body has no arguments object
            }
            if (s == s.function.functionScope && s.function.kind != FunctionTemplate.Kind.ARROW) {
                return true;
            }
        }
        return false;
    }

    private void emitLoad(String name) {
        if (isImplicitArguments(name) && resolve(name).isGlobal()) {
            emit(Op.ARGUMENTS);
            return;
        }
        Resolved r = resolve(name);
        if (r.isGlobal()) {
            emit(Op.GET_GLOBAL, name(name));
        } else if (r.binding().kind() == BindingKind.IMPORT) {
            emit(Op.GET_IMPORT, r.depth(), r.binding().slot(), name(name));
        } else if (r.binding().kind().lexical()) {
            emit(Op.GET_VAR_CHECKED, r.depth(), r.binding().slot(), name(name));
        } else {
            emit(Op.GET_VAR, r.depth(), r.binding().slot());
        }
    }

    /** Stores the top of the stack into {@code name}, keeping it on the stack. */
    private void emitStore(String name, boolean initialize) {
        Resolved r = resolve(name);
        if (r.isGlobal()) {
            emit(Op.SET_GLOBAL, name(name), fn.strict ? 1 : 0);
            return;
        }
        Binding b = r.binding();
        if (!initialize && b.kind() == BindingKind.IMPORT) {
            emit(Op.THROW_CONST_ASSIGN, name(name)); // ECMA-262 §9.1.1.5: import bindings are immutable
            return;
        }
        if (!initialize && b.kind() == BindingKind.CONST) {
            emit(Op.GET_VAR_CHECKED, r.depth(), b.slot(), name(name));
            emit(Op.POP);
            emit(Op.THROW_CONST_ASSIGN, name(name));
            return;
        }
        if (!initialize && b.kind() == BindingKind.CALLEE) {
            if (fn.strict) {
                emit(Op.THROW_CONST_ASSIGN, name(name));
            }
            return;
        }
        if (!initialize && b.kind().lexical()) {
            emit(Op.SET_VAR_CHECKED, r.depth(), b.slot(), name(name));
        } else {
            emit(Op.SET_VAR, r.depth(), b.slot());
        }
    }

    // ==== functions =======================================================================================

    /**
     * Compiles a function: a fresh environment with the parameters, hoisted vars and functions and the
     * body's lexical declarations, then the prologue that fills them, then the body.
     */
    private FunctionTemplate compileFunctionBody(
            String name,
            FunctionTemplate.Kind kind,
            boolean strict,
            boolean isAsync,
            boolean isGenerator,
            List<Pattern> params,
            List<Statement> body,
            Span span,
            String calleeName) {
        FunctionState outer = fn;
        Scope parentScope = outer == null ? null : outer.scope;
        if (calleeName != null) {
            // A named function expression sees its own name in a scope of its own, outside its parameters.
            parentScope = new Scope(parentScope, outer);
            parentScope.declare(calleeName, BindingKind.CALLEE);
        }
        fn = new FunctionState(outer, kind, strict || hasUseStrict(body), isAsync, isGenerator, parentScope);
        try {
            Scope paramScope = fn.functionScope;
            // ECMA-262 §10.2.11 FunctionDeclarationInstantiation: with parameter expressions (defaults,
            // patterns), the body's declarations get an environment of their own, so closures in the
            // defaults see the parameters and a body `let x` never shadows them; and the parameters are
            // initialised in order, so reading a later one early is a dead-zone ReferenceError.
            boolean separateBody = params.stream().anyMatch(p -> !(p instanceof Identifier));
            for (Pattern p : params) {
                for (Identifier id : boundNames(p)) {
                    paramScope.declare(id.name(), separateBody ? BindingKind.LET : BindingKind.PARAM);
                }
            }
            if (separateBody) {
                emitParameters(params);
                enterBlockScope();
            }
            Scope scope = fn.scope;
            fn.varScope = scope;
            boolean moduleBody = kind == FunctionTemplate.Kind.MODULE;
            if (moduleBody) {
                module.declareImports(body, scope);
            }
            List<FunctionDeclaration> hoistedFunctions = new ArrayList<>();
            for (Statement s : body) {
                collectVarDeclarations(s, scope, hoistedFunctions, true);
            }
            declareLexical(body, scope);
            if (moduleBody) {
                module.collectExports(body, scope);
            }
            for (String annexB : fn.annexBFunctions) {
                if (scope.names.get(annexB) == null) {
                    scope.declare(annexB, BindingKind.VAR);
                }
            }
            if (!separateBody) {
                emitParameters(params);
            }
            for (Binding b : scope.names.values()) {
                if (b.kind() == BindingKind.VAR) {
                    Binding param = separateBody ? paramScope.names.get(b.name()) : null;
                    if (param != null) {
                        emit(Op.GET_VAR, 1, param.slot()); // a var named like a parameter starts with its value
                    } else {
                        emit(Op.UNDEFINED);
                    }
                    emit(Op.SET_VAR, 0, b.slot());
                    emit(Op.POP);
                }
            }
            for (FunctionDeclaration f : hoistedFunctions) {
                emitClosure(f.id().name(), f.params(), f.body(), f.isAsync(), f.isGenerator(), f.span(), false);
                emitStore(f.id().name(), true);
                emit(Op.POP);
            }
            if (moduleBody && module.defaultFunction != null) {
                FunctionDeclaration f = module.defaultFunction;
                emitClosure("default", f.params(), f.body(), f.isAsync(), f.isGenerator(), f.span(), false);
                emitStore(ModuleDeclarations.DEFAULT, true);
                emit(Op.POP);
            }
            if (isGenerator || moduleBody) {
                emit(Op.INITIAL_YIELD); // a module waits here, between InitializeEnvironment and ExecuteModule
            }
            for (Statement s : body) {
                compileStatement(s);
            }
            emit(Op.UNDEFINED);
            emit(Op.RETURN);
            if (separateBody) {
                exitBlockScope(); // sizes the body environment; its POP_ENV is never reached
            }
            FunctionTemplate t = finish(name, kind, params, span);
            t.selfBinding = calleeName != null;
            if (!fn.strict
                    && !separateBody
                    && kind == FunctionTemplate.Kind.NORMAL
                    && paramScope.size >= params.size()
                    && params.stream()
                                    .map(p -> ((Identifier) p).name())
                                    .distinct()
                                    .count()
                            == params.size()) {
                t.mappedParameters = params.size();
            }
            return t;
        } finally {
            fn = outer;
        }
    }

    private static boolean hasUseStrict(List<Statement> body) {
        for (Statement s : body) {
            if (!(s instanceof Directive d)) {
                return false;
            }
            if (d.value().equals("use strict") && (d.raw().length() == 12)) {
                return true;
            }
        }
        return false;
    }

    private FunctionTemplate finish(String name, FunctionTemplate.Kind kind, List<Pattern> params, Span span) {
        int length = 0;
        for (Pattern p : params) {
            if (p instanceof AssignmentPattern || p instanceof RestElement) {
                break;
            }
            length++;
        }
        FunctionTemplate t = new FunctionTemplate(
                name,
                kind,
                fn.strict,
                fn.isAsync,
                fn.isGenerator,
                length,
                fn.functionScope.size,
                java.util.Arrays.copyOf(fn.code.code, fn.code.length),
                fn.constants.toArray(),
                fn.handlers.toArray(new FunctionTemplate.Handler[0]),
                java.util.Arrays.copyOf(fn.code.positions, fn.code.length),
                span);
        t.fieldInitializer = fn.fieldInitializer;
        return t;
    }

    /** Parameters from the call's arguments: simple ones directly, patterns and defaults through destructuring. */
    private void emitParameters(List<Pattern> params) {
        for (int i = 0; i < params.size(); i++) {
            Pattern p = params.get(i);
            if (p instanceof RestElement rest) {
                emit(Op.REST_ARGS, i);
                assignPattern(rest.argument(), true);
                emit(Op.POP);
                break;
            }
            emit(Op.GET_ARG, i);
            assignPattern(p, true);
            emit(Op.POP);
        }
    }

    /**
     * Hoists {@code var} names (and, at a function's top level, function declarations) of one statement
     * into {@code scope}, without entering nested functions.
     */
    private void collectVarDeclarations(Node s, Scope scope, List<FunctionDeclaration> functions, boolean topLevel) {
        switch (s) {
            case VariableDeclaration v
            when v.kind() == VariableKind.VAR -> {
                for (VariableDeclarator d : v.declarations()) {
                    for (Identifier id : boundNames(d.id())) {
                        if (scope.names.get(id.name()) == null) {
                            scope.declare(id.name(), BindingKind.VAR);
                        }
                    }
                }
            }
            case FunctionDeclaration f
            when !topLevel && !fn.strict && !f.isAsync() && !f.isGenerator() -> {
                if (!fn.annexBFunctions.contains(f.id().name())) {
                    fn.annexBFunctions.add(f.id().name());
                }
            }
            case FunctionDeclaration f
            when topLevel -> {
                Binding existing = scope.names.get(f.id().name());
                if (existing == null) {
                    scope.declare(f.id().name(), BindingKind.FUNCTION);
                }
                functions.removeIf(g -> g.id().name().equals(f.id().name()));
                functions.add(f);
            }
            case IfStatement i -> {
                collectVarDeclarations(i.consequent(), scope, functions, false);
                if (i.alternate() != null) {
                    collectVarDeclarations(i.alternate(), scope, functions, false);
                }
            }
            case BlockStatement b -> b.body().forEach(x -> collectVarDeclarations(x, scope, functions, false));
            case ForStatement f -> {
                if (f.init() != null) {
                    collectVarDeclarations(f.init(), scope, functions, false);
                }
                collectVarDeclarations(f.body(), scope, functions, false);
            }
            case ForInStatement f -> {
                collectVarDeclarations(f.left(), scope, functions, false);
                collectVarDeclarations(f.body(), scope, functions, false);
            }
            case ForOfStatement f -> {
                collectVarDeclarations(f.left(), scope, functions, false);
                collectVarDeclarations(f.body(), scope, functions, false);
            }
            case WhileStatement w -> collectVarDeclarations(w.body(), scope, functions, false);
            case DoWhileStatement d -> collectVarDeclarations(d.body(), scope, functions, false);
            case LabeledStatement l -> collectVarDeclarations(l.body(), scope, functions, topLevel);
            case TryStatement t -> {
                collectVarDeclarations(t.block(), scope, functions, false);
                if (t.handler() != null) {
                    collectVarDeclarations(t.handler().body(), scope, functions, false);
                }
                if (t.finalizer() != null) {
                    collectVarDeclarations(t.finalizer(), scope, functions, false);
                }
            }
            case SwitchStatement sw ->
                sw.cases()
                        .forEach(c -> c.consequent().forEach(x -> collectVarDeclarations(x, scope, functions, false)));
            case ExportNamedDeclaration e
            when e.declaration() != null -> collectVarDeclarations(e.declaration(), scope, functions, topLevel);
            case ExportDefaultDeclaration e
            when e.declaration() instanceof FunctionDeclaration f -> {
                if (f.id() != null) {
                    collectVarDeclarations(f, scope, functions, topLevel);
                } else {
                    scope.declare(ModuleDeclarations.DEFAULT, BindingKind.FUNCTION);
                    module.defaultFunction = f;
                }
            }
            default -> {}
        }
    }

    /** Declares the let/const/class names (and block-level functions) that sit directly in a statement list. */
    private void declareLexical(List<Statement> statements, Scope scope) {
        for (Statement s : statements) {
            if (s instanceof ExportDefaultDeclaration e) {
                switch (e.declaration()) {
                    case ClassDeclaration c ->
                        scope.declare(c.id() != null ? c.id().name() : ModuleDeclarations.DEFAULT, BindingKind.CLASS);
                    case FunctionDeclaration f -> {}
                    default -> scope.declare(ModuleDeclarations.DEFAULT, BindingKind.LET);
                }
                continue;
            }
            Statement d = s instanceof ExportNamedDeclaration e && e.declaration() != null ? e.declaration() : s;
            switch (d) {
                case VariableDeclaration v
                when v.kind() != VariableKind.VAR -> {
                    for (VariableDeclarator decl : v.declarations()) {
                        for (Identifier id : boundNames(decl.id())) {
                            scope.declare(
                                    id.name(), v.kind() == VariableKind.CONST ? BindingKind.CONST : BindingKind.LET);
                        }
                    }
                }
                case ClassDeclaration c -> scope.declare(c.id().name(), BindingKind.CLASS);
                default -> {}
            }
        }
    }

    private static boolean declaresLexically(List<Statement> statements) {
        for (Statement s : statements) {
            if (s instanceof VariableDeclaration v && v.kind() != VariableKind.VAR
                    || s instanceof ClassDeclaration
                    || s instanceof FunctionDeclaration) {
                return true;
            }
        }
        return false;
    }

    static List<Identifier> boundNames(Node pattern) {
        List<Identifier> out = new ArrayList<>();
        collectBoundNames(pattern, out);
        return out;
    }

    private static void collectBoundNames(Node p, List<Identifier> out) {
        switch (p) {
            case Identifier id -> out.add(id);
            case AssignmentPattern ap -> collectBoundNames(ap.left(), out);
            case RestElement r -> collectBoundNames(r.argument(), out);
            case ArrayPattern ap -> ap.elements().forEach(e -> collectBoundNames(e, out));
            case ObjectPattern op ->
                op.properties()
                        .forEach(m -> collectBoundNames(m instanceof AssignmentProperty prop ? prop.value() : m, out));
            case VariableDeclaration v -> v.declarations().forEach(d -> collectBoundNames(d.id(), out));
            default -> {}
        }
    }

    /** Emits CLOSURE for a nested function; {@code expression} names it inside itself when it has an id. */
    private void emitClosure(
            String name,
            List<Pattern> params,
            BlockStatement body,
            boolean isAsync,
            boolean isGenerator,
            Span span,
            boolean selfNamed) {
        FunctionTemplate t = compileFunctionBody(
                name,
                FunctionTemplate.Kind.NORMAL,
                fn.strict,
                isAsync,
                isGenerator,
                params,
                body.body(),
                span,
                selfNamed ? name : null);
        emit(Op.CLOSURE, fn.constant(t));
    }

    // ==== statements ======================================================================================

    private void compileStatement(Statement s) {
        at(s);
        List<String> labels = fn.pendingLabels;
        if (!(s instanceof LabeledStatement)) {
            fn.pendingLabels = new ArrayList<>();
        }
        switch (s) {
            case Directive d -> {}
            case EmptyStatement e -> {}
            case DebuggerStatement d -> emit(Op.DEBUGGER);
            case ExpressionStatement e -> {
                compileExpression(e.expression());
                emit(Op.POP);
            }
            case VariableDeclaration v -> compileVariableDeclaration(v);
            case FunctionDeclaration f -> annexBAssignment(f); // the function itself was hoisted
            case ClassDeclaration c -> {
                compileClassNamed(c.id(), c.id().name(), c.superClass(), c.body(), c.span());
                emitStore(c.id().name(), true);
                emit(Op.POP);
            }
            case ReturnStatement r -> compileReturn(r);
            case IfStatement i -> {
                compileExpression(i.test());
                int toElse = emitJump(Op.JUMP_IF_FALSE);
                compileBranch(i.consequent());
                if (i.alternate() != null) {
                    int toEnd = emitJump(Op.JUMP);
                    patchHere(toElse);
                    compileBranch(i.alternate());
                    patchHere(toEnd);
                } else {
                    patchHere(toElse);
                }
            }
            case BlockStatement b -> compileBlock(b.body(), labels);
            case ThrowStatement t -> {
                compileExpression(t.argument());
                at(t); // the throw itself, where Node's crash report puts its caret
                emit(Op.THROW);
            }
            case LabeledStatement l -> {
                fn.pendingLabels.add(l.label().name());
                if (l.body() instanceof ForStatement
                        || l.body() instanceof WhileStatement
                        || l.body() instanceof DoWhileStatement
                        || l.body() instanceof ForInStatement
                        || l.body() instanceof ForOfStatement) {
                    compileStatement(l.body());
                } else {
                    JumpTarget target = pushTarget(fn.pendingLabels, false);
                    fn.pendingLabels = new ArrayList<>();
                    compileStatement(l.body());
                    popTarget(target, -1);
                }
            }
            case BreakStatement b -> compileJump(b.label(), false);
            case ContinueStatement c -> compileJump(c.label(), true);
            case WhileStatement w -> {
                JumpTarget target = pushTarget(labels, true);
                int top = here();
                compileExpression(w.test());
                int exit = emitJump(Op.JUMP_IF_FALSE);
                compileStatement(w.body());
                emit(Op.JUMP, top);
                patchHere(exit);
                popTarget(target, top);
            }
            case DoWhileStatement d -> {
                JumpTarget target = pushTarget(labels, true);
                int top = here();
                compileStatement(d.body());
                int continueAt = here();
                compileExpression(d.test());
                emit(Op.JUMP_IF_TRUE, top);
                popTarget(target, continueAt);
            }
            case ForStatement f -> compileFor(f, labels);
            case ForInStatement f -> compileForIn(f, labels);
            case ForOfStatement f -> compileForOf(f, labels);
            case SwitchStatement sw -> compileSwitch(sw, labels);
            case TryStatement t -> compileTry(t);
            case ImportDeclaration i -> {} // bound when the module links
            case ExportNamedDeclaration e -> {
                if (e.declaration() != null) {
                    compileStatement(e.declaration());
                }
            }
            case ExportDefaultDeclaration e -> compileExportDefault(e);
            case ExportAllDeclaration e -> {}
            default -> throw unsupported(s, s.getClass().getSimpleName());
        }
    }

    /** ECMA-262 §16.2.3.7: {@code export default}; an anonymous function or class is named "default". */
    private void compileExportDefault(ExportDefaultDeclaration e) {
        switch (e.declaration()) {
            case FunctionDeclaration f -> {} // hoisted
            case ClassDeclaration c when c.id() != null -> compileStatement(c);
            case ClassDeclaration c -> {
                compileClassNamed(null, "default", c.superClass(), c.body(), c.span());
                emitStore(ModuleDeclarations.DEFAULT, true);
                emit(Op.POP);
            }
            case Expression x -> {
                compileNamed(x, "default");
                emitStore(ModuleDeclarations.DEFAULT, true);
                emit(Op.POP);
            }
            default -> throw unsupported(e, "this export default");
        }
    }

    /**
     * Annex B.3.2.1: when a sloppy block's function declaration is reached, its value is also written to
     * the function-level var of the same name, so the function is visible after the block.
     */
    private void annexBAssignment(FunctionDeclaration f) {
        String name = f.id().name();
        Binding var = fn.varScope == null ? null : fn.varScope.names.get(name);
        if (fn.scope == fn.varScope
                || var == null
                || var.kind() != BindingKind.VAR
                || !fn.annexBFunctions.contains(name)) {
            return;
        }
        emitLoad(name);
        emit(Op.SET_VAR, depthOf(fn.varScope), var.slot());
        emit(Op.POP);
    }

    /** A construct this compiler does not handle yet: a user error at its position, not a crash. */
    private JsSyntaxError unsupported(Node node, String what) {
        return JsSyntaxError.unsupported(node.span(), what + " (not yet)");
    }

    /** An if branch; Annex B.3.3 lets a sloppy {@code if (x) function f() {}} stand for a block. */
    private void compileBranch(Statement branch) {
        if (branch instanceof FunctionDeclaration) {
            compileBlock(List.of(branch), List.of());
        } else {
            compileStatement(branch);
        }
    }

    /** A statement list in a block: a new environment when it declares anything. */
    private void compileBlock(List<Statement> body, List<String> labels) {
        JumpTarget target = labels.isEmpty() ? null : pushTarget(labels, false);
        boolean ownScope = declaresLexically(body);
        if (ownScope) {
            enterBlockScope();
            declareLexical(body, fn.scope);
            hoistBlockFunctions(body);
        }
        for (Statement s : body) {
            compileStatement(s);
        }
        if (ownScope) {
            exitBlockScope();
        }
        if (target != null) {
            popTarget(target, -1);
        }
    }

    /** Block-level function declarations: bound in the block's scope and created at its start. */
    private void hoistBlockFunctions(List<Statement> statements) {
        for (Statement s : statements) {
            if (s instanceof FunctionDeclaration f) {
                fn.scope.declare(f.id().name(), BindingKind.LET);
            }
        }
        for (Statement s : statements) {
            if (s instanceof FunctionDeclaration f) {
                emitClosure(f.id().name(), f.params(), f.body(), f.isAsync(), f.isGenerator(), f.span(), false);
                emitStore(f.id().name(), true);
                emit(Op.POP);
            }
        }
    }

    /** Emits PUSH_ENV; its size is patched when the block ends, after temporaries have been added. */
    private void enterBlockScope() {
        emit(Op.PUSH_ENV, 0);
        fn.scope = new Scope(fn.scope, fn);
        fn.scope.pushEnvOperand = fn.code.length - 1;
        fn.envDepth++;
    }

    private void exitBlockScope() {
        fn.code.patch(fn.scope.pushEnvOperand, fn.scope.size);
        emit(Op.POP_ENV);
        fn.scope = fn.scope.parent;
        fn.envDepth--;
    }

    private void compileVariableDeclaration(VariableDeclaration v) {
        for (VariableDeclarator d : v.declarations()) {
            if (d.init() == null) {
                if (v.kind() == VariableKind.VAR) {
                    continue;
                }
                emit(Op.UNDEFINED);
            } else {
                compileNamed(d.init(), d.id() instanceof Identifier id ? id.name() : null);
            }
            destructuredText = d.init() == null || d.init().span().source() == null
                    ? null
                    : d.init()
                            .span()
                            .source()
                            .text()
                            .substring(d.init().span().start(), d.init().span().end());
            assignPattern(d.id(), v.kind() != VariableKind.VAR);
            destructuredText = null;
            emit(Op.POP);
        }
    }

    private void compileReturn(ReturnStatement r) {
        if (r.argument() != null) {
            compileExpression(r.argument());
            if (fn.isAsync && fn.isGenerator) {
                emit(Op.AWAIT); // ECMA-262 §15.6.2: return in an async generator awaits its value
            }
        } else {
            emit(Op.UNDEFINED);
        }
        emitReturnValue();
    }

    /** Returns the value on the stack, through open iterators and the innermost finally block. */
    private void emitReturnValue() {
        closeIteratorsLeft(null, false, fn.finallies.size());
        if (!fn.finallies.isEmpty()) {
            FinallyContext f = fn.finallies.getLast();
            emitEnvPops(fn.envDepth - f.envDepth);
            emit(Op.SET_VAR, 0, f.completionSlot + 1);
            emit(Op.POP);
            emit(Op.SET_COMPLETION, COMPLETION_RETURN, f.completionSlot);
            f.entryJumps.add(emitJump(Op.JUMP));
            return;
        }
        emit(Op.RETURN);
    }

    /** POP_ENV instructions on a path that jumps away; the compiler's own depth stays as it is. */
    private void emitEnvPops(int count) {
        for (int i = 0; i < count; i++) {
            emit(Op.POP_ENV);
        }
    }

    static final int COMPLETION_NORMAL = 0;
    static final int COMPLETION_RETURN = 1;
    static final int COMPLETION_THROW = 2;
    static final int COMPLETION_JUMP = 3;

    private JumpTarget pushTarget(List<String> labels, boolean loop) {
        JumpTarget t = new JumpTarget(new ArrayList<>(labels), loop, fn.envDepth, fn.finallies.size());
        fn.targets.add(t);
        return t;
    }

    /** Ends a jump target: breaks go here, continues to {@code continueAt}. */
    private void popTarget(JumpTarget target, int continueAt) {
        fn.targets.remove(target);
        for (int at : target.breaks) {
            fn.code.patch(at, here());
        }
        for (int at : target.continues) {
            fn.code.patch(at, continueAt);
        }
    }

    private JumpTarget findTarget(Identifier label, boolean isContinue) {
        for (int i = fn.targets.size() - 1; i >= 0; i--) {
            JumpTarget t = fn.targets.get(i);
            boolean matches = label == null
                    ? (isContinue ? t.loop : t.loop || t.labels.contains(SWITCH))
                    : t.labels.contains(label.name());
            if (matches) {
                return t;
            }
        }
        throw new IllegalStateException("no target for " + (isContinue ? "continue" : "break"));
    }

    private static final String SWITCH = "#switch";

    private void compileJump(Identifier label, boolean isContinue) {
        jumpTo(findTarget(label, isContinue), isContinue);
    }

    /**
     * Jumps to a loop or labelled statement. Crossing a finally block records the jump in that block's
     * completion and enters the finally; the jump table after its END_FINALLY continues from there.
     */
    private void jumpTo(JumpTarget target, boolean isContinue) {
        closeIteratorsLeft(target, isContinue, fn.finallies.size());
        if (fn.finallies.size() > target.finallyDepth) {
            FinallyContext f = fn.finallies.getLast();
            emitEnvPops(fn.envDepth - f.envDepth);
            pushConstant((double) f.pendingJumps.size());
            emit(Op.SET_VAR, 0, f.completionSlot + 1);
            emit(Op.POP);
            emit(Op.SET_COMPLETION, COMPLETION_JUMP, f.completionSlot);
            f.pendingJumps.add(new PendingJump(target, isContinue));
            f.entryJumps.add(emitJump(Op.JUMP));
            return;
        }
        emitEnvPops(fn.envDepth - target.envDepth);
        int at = emitJump(Op.JUMP);
        (isContinue ? target.continues : target.breaks).add(at);
    }

    record PendingJump(JumpTarget target, boolean isContinue) {}

    // ==== loops, switch, try ==============================================================================

    /** Environment depth from the current scope to {@code target} (a scope of this function). */
    private int depthOf(Scope target) {
        int depth = 0;
        for (Scope s = fn.scope; s != target; s = s.parent) {
            depth++;
        }
        return depth;
    }

    /** A temporary slot in the current scope, with its scope for later access. */
    record Temp(Scope scope, int slot) {}

    private Temp temporary() {
        return new Temp(fn.scope, fn.scope.temporary());
    }

    private void loadTemp(Temp t) {
        emit(Op.GET_VAR, depthOf(t.scope()), t.slot());
    }

    private void storeTemp(Temp t) {
        emit(Op.SET_VAR, depthOf(t.scope()), t.slot());
        emit(Op.POP);
    }

    private void compileFor(ForStatement f, List<String> labels) {
        boolean perIteration = f.init() instanceof VariableDeclaration v && v.kind() != VariableKind.VAR;
        if (perIteration) {
            enterBlockScope();
            declareLexical(List.of((Statement) f.init()), fn.scope);
        }
        if (f.init() instanceof VariableDeclaration v) {
            compileVariableDeclaration(v);
        } else if (f.init() instanceof Expression e) {
            compileExpression(e);
            emit(Op.POP);
        }
        if (perIteration) {
            emit(Op.COPY_ENV);
        }
        JumpTarget target = pushTarget(labels, true);
        int top = here();
        int exit = -1;
        if (f.test() != null) {
            compileExpression(f.test());
            exit = emitJump(Op.JUMP_IF_FALSE);
        }
        compileStatement(f.body());
        int continueAt = here();
        if (perIteration) {
            emit(Op.COPY_ENV);
        }
        if (f.update() != null) {
            compileExpression(f.update());
            emit(Op.POP);
        }
        emit(Op.JUMP, top);
        if (exit >= 0) {
            patchHere(exit);
        }
        popTarget(target, continueAt);
        if (perIteration) {
            exitBlockScope();
        }
    }

    /** The binding or target of a for-in/of head, assigned from the value on the stack (consumed). */
    private void assignForHead(Node left) {
        if (left instanceof VariableDeclaration v) {
            boolean lexical = v.kind() != VariableKind.VAR;
            if (lexical) {
                enterBlockScope();
                declareLexical(List.of((Statement) v), fn.scope);
            }
            assignPattern(v.declarations().getFirst().id(), lexical);
        } else {
            assignPattern((Pattern) left, false);
        }
        emit(Op.POP);
    }

    private void endForHead(Node left) {
        if (left instanceof VariableDeclaration v && v.kind() != VariableKind.VAR) {
            exitBlockScope();
        }
    }

    private void compileForIn(ForInStatement f, List<String> labels) {
        compileExpression(f.right());
        emit(Op.FOR_IN_START);
        Temp enumerator = temporary();
        storeTemp(enumerator);
        JumpTarget target = pushTarget(labels, true);
        int top = here();
        loadTemp(enumerator);
        int exit = emitJump(Op.FOR_IN_NEXT);
        stack(1);
        assignForHead(f.left());
        compileStatement(f.body());
        endForHead(f.left());
        emit(Op.JUMP, top);
        patchHere(exit);
        stack(-1);
        popTarget(target, top);
    }

    /** An open iterator of a for-of loop: exits through break, continue to an outer loop or return close it. */
    record OpenIterator(Temp iterator, Temp next, JumpTarget loop, int finallyDepth, boolean async) {}

    private final List<OpenIterator> openIterators = new ArrayList<>();

    private void compileForOf(ForOfStatement f, List<String> labels) {
        if (f.isAwait() && fn.kind == FunctionTemplate.Kind.MODULE) {
            fn.isAsync = true; // a top-level for await
        }
        compileExpression(f.right());
        emit(f.isAwait() ? Op.GET_ASYNC_ITERATOR : Op.GET_ITERATOR, sourceText(f.right()));
        Temp next = temporary();
        Temp iterator = temporary();
        storeTemp(next);
        storeTemp(iterator);
        JumpTarget target = pushTarget(labels, true);
        OpenIterator open = new OpenIterator(iterator, next, target, fn.finallies.size(), f.isAwait());
        int top = here();
        loadTemp(iterator);
        loadTemp(next);
        int exit;
        if (f.isAwait()) {
            emit(Op.ASYNC_ITERATOR_NEXT);
            emit(Op.AWAIT);
            exit = emitJump(Op.ASYNC_ITERATOR_RESULT);
        } else {
            exit = emitJump(Op.ITERATOR_STEP);
            stack(-1);
        }
        int bodyStart = here();
        int depthAtBody = fn.stackDepth;
        openIterators.add(open);
        assignForHead(f.left());
        compileStatement(f.body());
        endForHead(f.left());
        openIterators.remove(open);
        int bodyEnd = here();
        emit(Op.JUMP, top);
        // An exception from the head or body closes the iterator, then goes on.
        int handler = here();
        fn.handlers.add(new FunctionTemplate.Handler(bodyStart, bodyEnd, handler, depthAtBody - 1, fn.envDepth));
        fn.stackDepth = depthAtBody - 1;
        emit(Op.CAUGHT_ANY);
        loadTemp(iterator);
        loadTemp(next);
        emit(Op.ITERATOR_CLOSE_QUIETLY);
        emit(Op.THROW);
        patchHere(exit);
        fn.stackDepth = depthAtBody - 1;
        popTarget(target, top);
    }

    /** Closes the iterators of for-of loops that a jump leaves ({@code target} null: a return). */
    private void closeIteratorsLeft(JumpTarget target, boolean continuing, int finallyDepth) {
        for (int i = openIterators.size() - 1; i >= 0; i--) {
            OpenIterator open = openIterators.get(i);
            if (open.finallyDepth() < finallyDepth) {
                break; // closed by the jump table after that finally
            }
            if (target != null && fn.targets.indexOf(open.loop()) < fn.targets.indexOf(target)) {
                break;
            }
            if (target == open.loop() && continuing) {
                break;
            }
            loadTemp(open.iterator());
            loadTemp(open.next());
            if (open.async()) {
                // ECMA-262 §7.4.13 AsyncIteratorClose: the return() result is awaited before going on.
                emit(Op.ASYNC_ITERATOR_CLOSE);
                emit(Op.AWAIT);
                emit(Op.POP);
            } else {
                emit(Op.ITERATOR_CLOSE);
            }
        }
    }

    private void compileSwitch(SwitchStatement sw, List<String> labels) {
        compileExpression(sw.discriminant());
        List<String> withSwitch = new ArrayList<>(labels);
        withSwitch.add(SWITCH);
        boolean ownScope = false;
        for (SwitchCase c : sw.cases()) {
            ownScope |= declaresLexically(c.consequent());
        }
        if (ownScope) {
            enterBlockScope();
            for (SwitchCase c : sw.cases()) {
                declareLexical(c.consequent(), fn.scope);
            }
            hoistBlockFunctions(
                    sw.cases().stream().flatMap(c -> c.consequent().stream()).toList());
        }
        // Pushed after the case block's environment, so a break lands before its POP_ENV.
        JumpTarget target = pushTarget(withSwitch, false);
        Temp discriminant = temporary();
        storeTemp(discriminant);
        int[] bodyJumps = new int[sw.cases().size()];
        int defaultIndex = -1;
        for (int i = 0; i < sw.cases().size(); i++) {
            SwitchCase c = sw.cases().get(i);
            if (c.test() == null) {
                defaultIndex = i;
                continue;
            }
            loadTemp(discriminant);
            compileExpression(c.test());
            emit(Op.STRICT_EQ);
            bodyJumps[i] = emitJump(Op.JUMP_IF_TRUE);
        }
        int toDefault = emitJump(Op.JUMP);
        int[] bodyStarts = new int[sw.cases().size()];
        for (int i = 0; i < sw.cases().size(); i++) {
            bodyStarts[i] = here();
            for (Statement s : sw.cases().get(i).consequent()) {
                compileStatement(s);
            }
        }
        int end = here();
        for (int i = 0; i < sw.cases().size(); i++) {
            if (sw.cases().get(i).test() != null) {
                fn.code.patch(bodyJumps[i], bodyStarts[i]);
            }
        }
        fn.code.patch(toDefault, defaultIndex >= 0 ? bodyStarts[defaultIndex] : end);
        popTarget(target, -1);
        if (ownScope) {
            exitBlockScope();
        }
    }

    private void compileTry(TryStatement t) {
        FinallyContext finallyContext = null;
        if (t.finalizer() != null) {
            Temp completion = temporary();
            fn.scope.temporary(); // the completion's value lives in the next slot
            finallyContext = new FinallyContext(completion.slot(), fn.envDepth);
            finallyContext.scope = fn.scope;
            fn.finallies.add(finallyContext);
        }
        int tryStart = here();
        int depth = fn.stackDepth;
        compileStatement(t.block());
        int tryEnd = here();
        if (t.handler() != null) {
            int skipCatch = emitJump(Op.JUMP);
            fn.handlers.add(new FunctionTemplate.Handler(tryStart, tryEnd, here(), depth, fn.envDepth));
            fn.stackDepth = depth;
            emit(Op.CAUGHT);
            CatchClause c = t.handler();
            enterBlockScope();
            if (c.param() != null) {
                for (Identifier id : boundNames(c.param())) {
                    fn.scope.declare(id.name(), BindingKind.LET);
                }
                assignPattern(c.param(), true);
            }
            emit(Op.POP);
            compileBlock(c.body().body(), List.of());
            exitBlockScope();
            patchHere(skipCatch);
        }
        if (finallyContext == null) {
            return;
        }
        FinallyContext f = finallyContext;
        fn.finallies.remove(f);
        int protectedEnd = here();
        emit(Op.SET_COMPLETION, COMPLETION_NORMAL, f.completionSlot);
        int toFinally = emitJump(Op.JUMP);
        // Anything thrown in the try or catch: record it and run the finally block.
        fn.handlers.add(new FunctionTemplate.Handler(tryStart, protectedEnd, here(), depth, f.envDepth));
        fn.stackDepth = depth;
        emit(Op.CAUGHT_ANY);
        emit(Op.SET_VAR, 0, f.completionSlot + 1);
        emit(Op.POP);
        emit(Op.SET_COMPLETION, COMPLETION_THROW, f.completionSlot);
        patchHere(toFinally);
        for (int at : f.entryJumps) {
            fn.code.patch(at, here());
        }
        compileStatement(t.finalizer());
        emit(Op.END_FINALLY, f.completionSlot, -1);
        int returnStubOperand = fn.code.length - 1;
        int skipTable = emitJump(Op.JUMP);
        // The jump table: END_FINALLY continues at entry k for the k-th recorded break/continue.
        int[] tableJumps = new int[f.pendingJumps.size()];
        for (int k = 0; k < f.pendingJumps.size(); k++) {
            tableJumps[k] = emitJump(Op.JUMP);
        }
        for (int k = 0; k < f.pendingJumps.size(); k++) {
            fn.code.patch(tableJumps[k], here());
            PendingJump jump = f.pendingJumps.get(k);
            jumpTo(jump.target(), jump.isContinue());
        }
        if (!fn.finallies.isEmpty()) {
            // A return that ran this finally goes on through the enclosing one.
            fn.code.patch(returnStubOperand, here());
            emit(Op.GET_VAR, 0, f.completionSlot + 1);
            emitReturnValue();
        }
        patchHere(skipTable);
    }

    // ==== expressions =====================================================================================

    /** An expression that, when anonymous, takes {@code name} (ECMA-262 NamedEvaluation). */
    private void compileNamed(Expression e, String name) {
        if (name != null) {
            switch (e) {
                case FunctionExpression f
                when f.id() == null -> {
                    at(f);
                    emitClosure(name, f.params(), f.body(), f.isAsync(), f.isGenerator(), f.span(), false);
                    return;
                }
                case ArrowFunctionExpression a -> {
                    compileArrow(a, name);
                    return;
                }
                case ClassExpression c
                when c.id() == null -> {
                    compileClassNamed(null, name, c.superClass(), c.body(), c.span());
                    return;
                }
                default -> {}
            }
        }
        compileExpression(e);
    }

    private void compileExpression(Expression e) {
        at(e);
        switch (e) {
            case NumberLiteral n -> pushConstant(n.value());
            case BigIntLiteral n -> pushConstant(n.value());
            case StringLiteral s -> pushConstant(s.value());
            case BooleanLiteral b -> emit(b.value() ? Op.TRUE : Op.FALSE);
            case NullLiteral n -> emit(Op.NULL);
            case Identifier id -> {
                if (id.name().equals("undefined") && resolve("undefined").isGlobal()) {
                    emit(Op.UNDEFINED);
                } else {
                    emitLoad(id.name());
                }
            }
            case ThisExpression t -> emit(Op.THIS);
            case TemplateLiteral t -> compileTemplate(t);
            case TaggedTemplateExpression t -> compileTaggedTemplate(t);
            case RegExpLiteral r -> emit(Op.REGEXP, name(r.pattern()), name(r.flags()));
            case ArrayExpression a -> compileArray(a.elements());
            case ObjectExpression o -> compileObject(o);
            case FunctionExpression f ->
                emitClosure(
                        f.id() == null ? "" : f.id().name(),
                        f.params(),
                        f.body(),
                        f.isAsync(),
                        f.isGenerator(),
                        f.span(),
                        f.id() != null);
            case ArrowFunctionExpression a -> compileArrow(a, "");
            case ClassExpression c ->
                compileClassNamed(c.id(), c.id() == null ? "" : c.id().name(), c.superClass(), c.body(), c.span());
            case UnaryExpression u -> compileUnary(u);
            case UpdateExpression u -> compileUpdate(u);
            case BinaryExpression b -> compileBinary(b);
            case LogicalExpression l -> {
                compileExpression(l.left());
                int end = emitJump(
                        switch (l.operator()) {
                            case "&&" -> Op.JUMP_IF_FALSE_KEEP;
                            case "||" -> Op.JUMP_IF_TRUE_KEEP;
                            default -> Op.JUMP_IF_NOT_NULLISH_KEEP;
                        });
                stack(-1);
                compileExpression(l.right());
                patchHere(end);
            }
            case ConditionalExpression c -> {
                compileExpression(c.test());
                int toElse = emitJump(Op.JUMP_IF_FALSE);
                compileExpression(c.consequent());
                int toEnd = emitJump(Op.JUMP);
                stack(-1);
                patchHere(toElse);
                compileExpression(c.alternate());
                patchHere(toEnd);
            }
            case AssignmentExpression a -> compileAssignment(a);
            case SequenceExpression s -> {
                for (int i = 0; i < s.expressions().size(); i++) {
                    compileExpression(s.expressions().get(i));
                    if (i < s.expressions().size() - 1) {
                        emit(Op.POP);
                    }
                }
            }
            case MemberExpression m -> {
                ChainState chain = new ChainState();
                compileMember(m, chain);
                chain.finish();
            }
            case CallExpression c -> {
                ChainState chain = new ChainState();
                compileCall(c, chain);
                chain.finish();
            }
            case ChainExpression c -> compileExpression(c.expression());
            case NewExpression n -> {
                compileExpression(n.callee());
                emitArgumentsAnd(n.arguments(), Op.NEW, Op.NEW_SPREAD, n.callee(), 0, n);
            }
            case YieldExpression y -> {
                if (y.argument() != null) {
                    compileExpression(y.argument());
                } else {
                    emit(Op.UNDEFINED);
                }
                emit(y.delegate() ? Op.YIELD_STAR : Op.YIELD);
            }
            case AwaitExpression a -> {
                compileExpression(a.argument());
                if (fn.kind == FunctionTemplate.Kind.MODULE) {
                    fn.isAsync = true; // a top-level await
                }
                emit(Op.AWAIT);
            }
            case MetaProperty m when m.meta().equals("new") -> emit(Op.NEW_TARGET);
            case MetaProperty m -> {
                if (resolve(ModuleDeclarations.META).isGlobal()) {
                    throw unsupported(e, "import.meta outside a module");
                }
                emitLoad(ModuleDeclarations.META);
            }
            case ImportExpression i -> {
                if (resolve(ModuleDeclarations.RECORD).isGlobal()) {
                    emit(Op.UNDEFINED); // from a script: the host resolves against the main module
                } else {
                    emitLoad(ModuleDeclarations.RECORD);
                }
                compileExpression(i.source());
                at(i);
                emit(Op.IMPORT_CALL);
            }
            default -> throw unsupported(e, e.getClass().getSimpleName());
        }
    }

    private static boolean hasSpread(List<Expression> list) {
        for (Expression e : list) {
            if (e instanceof SpreadElement) {
                return true;
            }
        }
        return false;
    }

    /** An array from a list that may hold spreads and holes. */
    private void compileArray(List<Expression> elements) {
        if (!hasSpread(elements) && elements.stream().noneMatch(x -> x instanceof Elision)) {
            for (Expression x : elements) {
                compileExpression(x);
            }
            emit(Op.NEW_ARRAY, elements.size());
            stack(1 - elements.size());
            return;
        }
        emit(Op.NEW_ARRAY, 0);
        stack(1);
        for (Expression x : elements) {
            switch (x) {
                case Elision h -> emit(Op.ARRAY_HOLE);
                case SpreadElement s -> {
                    compileExpression(s.argument());
                    emit(Op.ARRAY_SPREAD, sourceText(s.argument()));
                }
                default -> {
                    compileExpression(x);
                    emit(Op.ARRAY_PUSH);
                }
            }
        }
    }

    private void compileTemplate(TemplateLiteral t) {
        int parts = 0;
        for (int i = 0; i < t.quasis().size(); i++) {
            String cooked = t.quasis().get(i).cooked();
            if (!cooked.isEmpty()) {
                pushConstant(cooked);
                parts++;
            }
            if (i < t.expressions().size()) {
                compileExpression(t.expressions().get(i));
                parts++;
            }
        }
        if (parts == 0) {
            pushConstant("");
            return;
        }
        emit(Op.CONCAT, parts);
        stack(1 - parts);
    }

    private void compileTaggedTemplate(TaggedTemplateExpression t) {
        List<Object> site = new ArrayList<>();
        for (TemplateElement q : t.quasi().quasis()) {
            site.add(new String[] {q.cooked(), q.raw()});
        }
        ChainState chain = new ChainState();
        compileCallee(t.tag(), chain);
        emit(Op.TEMPLATE_OBJECT, fn.constant(new TemplateSite(site)));
        for (Expression x : t.quasi().expressions()) {
            compileExpression(x);
        }
        int argc = 1 + t.quasi().expressions().size();
        emit(Op.CALL, argc, calleeText(t.tag()));
        stack(-argc - 1);
        chain.finish();
    }

    /** The strings of one tagged-template call site; the interpreter caches its frozen array per realm. */
    static final class TemplateSite {
        final List<Object> parts;

        TemplateSite(List<Object> parts) {
            this.parts = parts;
        }
    }

    private void compileArrow(ArrowFunctionExpression a, String name) {
        List<Statement> body = a.body() instanceof BlockStatement b
                ? b.body()
                : List.of(new ReturnStatement(a.body().span(), (Expression) a.body()));
        FunctionTemplate t = compileFunctionBody(
                name, FunctionTemplate.Kind.ARROW, fn.strict, a.isAsync(), false, a.params(), body, a.span(), null);
        emit(Op.CLOSURE, fn.constant(t));
    }

    private void compileObject(ObjectExpression o) {
        emit(Op.NEW_OBJECT);
        for (ObjectMember m : o.properties()) {
            switch (m) {
                case SpreadElement s -> {
                    compileExpression(s.argument());
                    emit(Op.COPY_DATA_PROPERTIES);
                }
                case Property p -> compileProperty(p);
            }
        }
    }

    private void compileProperty(Property p) {
        if (!p.computed()
                && p.kind() == PropertyKind.INIT
                && !p.method()
                && !p.shorthand()
                && "__proto__".equals(keyName(p.key()))) {
            compileExpression(p.value());
            emit(Op.SET_PROTOTYPE);
            return;
        }
        String staticName = p.computed() ? null : keyName(p.key());
        if (p.kind() == PropertyKind.INIT && !p.method()) {
            if (staticName != null) {
                compileNamed(p.value(), staticName);
                emit(Op.DEFINE_FIELD, name(staticName));
            } else {
                compileExpression(p.key());
                emit(Op.TO_PROPERTY_KEY);
                compileExpression(p.value());
                emit(Op.DEFINE_ELEM);
            }
            return;
        }
        if (staticName != null) {
            pushConstant(staticName);
        } else {
            compileExpression(p.key());
            emit(Op.TO_PROPERTY_KEY);
        }
        FunctionExpression f = (FunctionExpression) p.value();
        String fname = staticName == null ? "" : staticName;
        FunctionTemplate t = compileFunctionBody(
                p.kind() == PropertyKind.GET ? "get " + fname : p.kind() == PropertyKind.SET ? "set " + fname : fname,
                FunctionTemplate.Kind.METHOD,
                fn.strict,
                f.isAsync(),
                f.isGenerator(),
                f.params(),
                f.body().body(),
                p.span(), // V8's source text of a method starts at its name, or at get/set/async
                null);
        emit(Op.CLOSURE, fn.constant(t));
        emit(
                switch (p.kind()) {
                    case GET -> Op.DEFINE_GETTER;
                    case SET -> Op.DEFINE_SETTER;
                    default -> Op.DEFINE_METHOD;
                },
                1);
    }

    /** The name of a non-computed key: an identifier, string, number or BigInt literal. */
    private static String keyName(Expression key) {
        return switch (key) {
            case Identifier id -> id.name();
            case StringLiteral s -> s.value();
            case NumberLiteral n -> dev.loopsim.js.value.Values.numberToString(n.value());
            case BigIntLiteral n -> n.value().toString();
            default -> null;
        };
    }

    private void compileUnary(UnaryExpression u) {
        switch (u.operator()) {
            case "typeof" -> {
                if (u.argument() instanceof Identifier id
                        && resolve(id.name()).isGlobal()
                        && !isImplicitArguments(id.name())) {
                    emit(Op.TYPEOF_GLOBAL, name(id.name()));
                } else {
                    compileExpression(u.argument());
                }
                emit(Op.TYPEOF);
            }
            case "delete" -> {
                switch (u.argument()) {
                    case MemberExpression m
                    when !(m.object() instanceof Super) -> {
                        compileExpression(m.object());
                        compileKey(m);
                        emit(Op.DELETE_ELEM, fn.strict ? 1 : 0);
                    }
                    case ChainExpression c
                    when c.expression() instanceof MemberExpression m -> {
                        // delete o?.a.b: deletes when the chain reaches the member; true when it short-circuits
                        ChainState chain = new ChainState();
                        compileChainPart(m.object(), chain);
                        if (m.optional()) {
                            chain.optional(0);
                        }
                        compileKey(m);
                        emit(Op.DELETE_ELEM, fn.strict ? 1 : 0);
                        chain.finish(Op.TRUE);
                    }
                    case Identifier id -> emit(resolve(id.name()).isGlobal() ? Op.TRUE : Op.FALSE);
                    default -> {
                        compileExpression(u.argument());
                        emit(Op.POP);
                        emit(Op.TRUE);
                    }
                }
            }
            case "void" -> {
                compileExpression(u.argument());
                emit(Op.POP);
                emit(Op.UNDEFINED);
            }
            default -> {
                compileExpression(u.argument());
                emit(
                        switch (u.operator()) {
                            case "-" -> Op.NEG;
                            case "+" -> Op.PLUS;
                            case "!" -> Op.NOT;
                            default -> Op.BIT_NOT;
                        });
            }
        }
    }

    /** Pushes a member's key: a name constant or the converted computed key. */
    private void compileKey(MemberExpression m) {
        if (m.computed()) {
            compileExpression(m.property());
            emit(Op.TO_PROPERTY_KEY);
        } else {
            pushConstant(((Identifier) m.property()).name());
        }
    }

    private static Op binaryOp(String operator) {
        return switch (operator) {
            case "+", "+=" -> Op.ADD;
            case "-", "-=" -> Op.SUB;
            case "*", "*=" -> Op.MUL;
            case "/", "/=" -> Op.DIV;
            case "%", "%=" -> Op.MOD;
            case "**", "**=" -> Op.EXP;
            case "&", "&=" -> Op.BIT_AND;
            case "|", "|=" -> Op.BIT_OR;
            case "^", "^=" -> Op.BIT_XOR;
            case "<<", "<<=" -> Op.SHL;
            case ">>", ">>=" -> Op.SHR;
            case ">>>", ">>>=" -> Op.USHR;
            case "==" -> Op.EQ;
            case "!=" -> Op.NE;
            case "===" -> Op.STRICT_EQ;
            case "!==" -> Op.STRICT_NE;
            case "<" -> Op.LT;
            case "<=" -> Op.LE;
            case ">" -> Op.GT;
            case ">=" -> Op.GE;
            case "instanceof" -> Op.INSTANCEOF;
            case "in" -> Op.IN;
            default -> throw new IllegalStateException("operator " + operator);
        };
    }

    private void compileBinary(BinaryExpression b) {
        if (b.left() instanceof PrivateIdentifier p) {
            emitLoad("#" + p.name());
            compileExpression(b.right());
            emit(Op.PRIVATE_IN);
            return;
        }
        if (b.operator().equals("in")) {
            compileExpression(b.left());
            emit(Op.TO_PROPERTY_KEY);
            compileExpression(b.right());
            emit(Op.IN);
            return;
        }
        compileExpression(b.left());
        compileExpression(b.right());
        emit(binaryOp(b.operator()));
    }

    private void compileUpdate(UpdateExpression u) {
        Op op = u.operator().equals("++") ? Op.INC : Op.DEC;
        if (u.argument() instanceof Identifier id) {
            emitLoad(id.name());
            if (u.prefix()) {
                emit(op);
                emitStore(id.name(), false);
            } else {
                emit(Op.TO_NUMERIC);
                emit(Op.DUP);
                emit(op);
                emitStore(id.name(), false);
                emit(Op.POP);
            }
            return;
        }
        MemberExpression m = (MemberExpression) u.argument();
        compileReferenceBase(m);
        emit(Op.DUP2);
        emitGetReference(m);
        if (u.prefix()) {
            emit(op);
            emitSetReference(m);
        } else {
            // obj key old → old obj key new → set → old
            emit(Op.TO_NUMERIC);
            emit(Op.DUP);
            emit(Op.ROT4);
            emit(op);
            emitSetReference(m);
            emit(Op.POP);
        }
    }

    /** For an assignment target member: pushes obj and key (private key, or super's receiver/key/base). */
    private void compileReferenceBase(MemberExpression m) {
        if (m.object() instanceof Super) {
            throw unsupported(m, "assignment to super properties");
        }
        compileExpression(m.object());
        if (m.property() instanceof PrivateIdentifier p) {
            emitLoad("#" + p.name());
        } else {
            compileKey(m);
        }
    }

    /** obj key → value */
    private void emitGetReference(MemberExpression m) {
        emit(m.property() instanceof PrivateIdentifier ? Op.GET_PRIVATE : Op.GET_ELEM);
    }

    /** obj key value → value */
    private void emitSetReference(MemberExpression m) {
        emit(m.property() instanceof PrivateIdentifier ? Op.SET_PRIVATE : Op.SET_ELEM);
    }

    private void compileAssignment(AssignmentExpression a) {
        String op = a.operator();
        Pattern left = a.left();
        if (op.equals("=")) {
            if (left instanceof MemberExpression m && m.object() instanceof Super) {
                // receiver key base value → value: the write starts at the home object's prototype
                emit(Op.THIS);
                compileKey(m);
                emit(Op.SUPER_BASE);
                compileExpression(a.right());
                emit(Op.SET_SUPER_ELEM);
                return;
            }
            if (left instanceof MemberExpression m) {
                compileReferenceBase(m);
                compileExpression(a.right());
                emitSetReference(m);
                return;
            }
            compileNamed(a.right(), left instanceof Identifier id ? id.name() : null);
            assignPattern(left, false);
            return;
        }
        boolean logical = op.equals("&&=") || op.equals("||=") || op.equals("??=");
        Op jump =
                switch (op) {
                    case "&&=" -> Op.JUMP_IF_FALSE_KEEP;
                    case "||=" -> Op.JUMP_IF_TRUE_KEEP;
                    default -> Op.JUMP_IF_NOT_NULLISH_KEEP;
                };
        if (left instanceof Identifier id) {
            emitLoad(id.name());
            if (logical) {
                int end = emitJump(jump);
                stack(-1);
                compileNamed(a.right(), id.name());
                emitStore(id.name(), false);
                patchHere(end);
            } else {
                compileExpression(a.right());
                emit(binaryOp(op));
                emitStore(id.name(), false);
            }
            return;
        }
        MemberExpression m = (MemberExpression) left;
        compileReferenceBase(m);
        emit(Op.DUP2);
        emitGetReference(m);
        if (logical) {
            int keep = emitJump(jump);
            stack(-1);
            compileExpression(a.right());
            emitSetReference(m);
            int end = emitJump(Op.JUMP);
            patchHere(keep);
            stack(1); // on this path: obj key value
            emit(Op.ROT3);
            emit(Op.POP);
            emit(Op.POP);
            patchHere(end);
        } else {
            compileExpression(a.right());
            emit(binaryOp(op));
            emitSetReference(m);
        }
    }

    // ==== members, calls and optional chains ===============================================================

    /**
     * The short-circuit exits of one optional chain: each {@code ?.} jumps out when its base is nullish,
     * with however many values the chain had pushed by then; all exits produce undefined.
     */
    final class ChainState {
        final List<int[]> exits = new ArrayList<>();

        /** A {@code ?.} test on the top of the stack; {@code extra} values lie under it in the chain. */
        void optional(int extra) {
            exits.add(new int[] {emitJump(Op.JUMP_IF_NULLISH), extra});
        }

        void finish() {
            finish(Op.UNDEFINED);
        }

        /** Closes the chain; a short-circuit produces {@code shortCircuitValue} (undefined, or true for delete). */
        void finish(Op shortCircuitValue) {
            if (exits.isEmpty()) {
                return;
            }
            int done = emitJump(Op.JUMP);
            List<Integer> toUndefined = new ArrayList<>();
            for (int[] exit : exits) {
                patchHere(exit[0]);
                for (int i = 0; i <= exit[1]; i++) {
                    fn.code.emit(Op.POP.ordinal());
                }
                toUndefined.add(fn.code.emit(Op.JUMP.ordinal()) + 1);
                fn.code.emit(-1);
            }
            for (int at : toUndefined) {
                fn.code.patch(at, here());
            }
            fn.code.emit(shortCircuitValue.ordinal());
            patchHere(done);
        }
    }

    private void compileMember(MemberExpression m, ChainState chain) {
        if (m.object() instanceof Super) {
            emit(Op.THIS);
            compileKey(m);
            emit(Op.SUPER_BASE);
            emit(Op.GET_SUPER_ELEM);
            return;
        }
        compileChainPart(m.object(), chain);
        if (m.optional()) {
            chain.optional(0);
        }
        emitMemberGet(m);
    }

    /** obj → value for a member access; a failed read is reported at the property, as V8 does. */
    private void emitMemberGet(MemberExpression m) {
        if (m.property() instanceof PrivateIdentifier p) {
            emitLoad("#" + p.name());
            at(m.property());
            emit(Op.GET_PRIVATE);
        } else if (m.computed()) {
            compileExpression(m.property());
            at(m.property());
            emit(Op.GET_ELEM);
        } else {
            at(m.property());
            emit(Op.GET_PROP, name(((Identifier) m.property()).name()));
        }
    }

    /** A sub-expression of an optional chain: members and calls share the chain's exits. */
    private void compileChainPart(Expression e, ChainState chain) {
        switch (e) {
            case MemberExpression m -> compileMember(m, chain);
            case CallExpression c -> compileCall(c, chain);
            default -> compileExpression(e);
        }
    }

    /** Pushes callee and this for a call: a method call keeps its object as this. */
    private void compileCallee(Expression callee, ChainState chain) {
        if (callee instanceof MemberExpression m && !(m.object() instanceof Super)) {
            compileChainPart(m.object(), chain);
            if (m.optional()) {
                chain.optional(0);
            }
            emit(Op.DUP);
            emitMemberGet(m);
            emit(Op.SWAP);
            return;
        }
        if (callee instanceof MemberExpression m) {
            compileMember(m, chain);
            emit(Op.THIS);
            return;
        }
        compileChainPart(callee, chain);
        emit(Op.UNDEFINED);
    }

    private void compileCall(CallExpression c, ChainState chain) {
        if (c.callee() instanceof Super) {
            if (hasSpread(c.arguments())) {
                compileArray(c.arguments());
                emit(Op.SUPER_CALL_SPREAD);
            } else {
                for (Expression arg : c.arguments()) {
                    compileExpression(arg);
                }
                emit(Op.SUPER_CALL, c.arguments().size());
                stack(1 - c.arguments().size());
            }
            return;
        }
        compileCallee(c.callee(), chain);
        if (c.optional()) {
            // callee this: test the callee, which sits under this.
            emit(Op.SWAP);
            chain.optional(1);
            emit(Op.SWAP);
        }
        // V8's stack frames point at the method name of a method call, else at the callee.
        Node position = c.callee() instanceof MemberExpression m && !m.computed() ? m.property() : c;
        emitArgumentsAnd(c.arguments(), Op.CALL, Op.CALL_SPREAD, c.callee(), 1, position);
    }

    /**
     * Pushes the arguments and emits the call or construct: {@code plain} with a count, or, when an
     * argument spreads, {@code spread} over one array. {@code below} values (this) lie under the arguments;
     * the instruction carries {@code position}, where stack traces say the call is.
     */
    private void emitArgumentsAnd(
            List<Expression> arguments, Op plain, Op spread, Expression callee, int below, Node position) {
        if (hasSpread(arguments)) {
            compileArray(arguments);
            at(position);
            emit(spread, calleeText(callee));
            return;
        }
        for (Expression arg : arguments) {
            compileExpression(arg);
        }
        at(position);
        emit(plain, arguments.size(), calleeText(callee));
        stack(-arguments.size() - below);
    }

    /** An expression's source text, as V8 quotes it in "x is not iterable"; -1 when there is none. */
    private int sourceText(Expression e) {
        if (e instanceof BigIntLiteral) {
            return name("(intermediate value)"); // V8's CallPrinter does not print BigInt literals
        }
        Span s = e.span();
        return s.source() == null ? -1 : name(s.source().text().substring(s.start(), s.end()));
    }

    /** The source text of the value an array pattern destructures, when the pattern's caller knows it. */
    private String destructuredText;

    /** How V8 names a callee in "x is not a function": the name or member path, else "(intermediate value)". */
    private int calleeText(Expression callee) {
        return name(describeCallee(callee));
    }

    private static String describeCallee(Expression e) {
        return switch (e) {
            case Identifier id -> id.name();
            case ThisExpression t -> "this";
            case Super s -> "super";
            case MemberExpression m
            when !m.computed() && m.property() instanceof Identifier p -> describeCallee(m.object()) + "." + p.name();
            case MemberExpression m
            when !m.computed() && m.property() instanceof PrivateIdentifier p ->
                describeCallee(m.object()) + ".#" + p.name();
            case MemberExpression m -> describeCallee(m.object()) + "[...]";
            case ChainExpression c -> describeCallee(c.expression());
            default -> "(intermediate value)";
        };
    }

    // ==== patterns ========================================================================================

    /**
     * Assigns the value on top of the stack to a target or destructuring pattern, leaving the value there.
     * {@code initialize} for declarations (which end the temporal dead zone) rather than assignments.
     */
    private void assignPattern(Node target, boolean initialize) {
        switch (target) {
            case Identifier id -> emitStore(id.name(), initialize);
            case MemberExpression m -> {
                // value → value obj key value
                emit(Op.DUP);
                compileReferenceBase(m);
                emit(Op.ROT3);
                emit(Op.ROT3);
                emitSetReference(m);
                emit(Op.POP);
            }
            case AssignmentPattern ap -> {
                // value → value, or the default when value is undefined
                emit(Op.DUP);
                int isUndefined = emitJump(Op.JUMP_IF_UNDEFINED);
                emit(Op.POP);
                int hasValue = emitJump(Op.JUMP);
                patchHere(isUndefined);
                stack(1); // on this path the duplicate is still there
                emit(Op.POP);
                emit(Op.POP);
                compileNamed(ap.right(), ap.left() instanceof Identifier id ? id.name() : null);
                patchHere(hasValue);
                assignPattern(ap.left(), initialize);
            }
            case ObjectPattern op -> compileObjectPattern(op, initialize);
            case ArrayPattern ap -> compileArrayPattern(ap, initialize);
            case RestElement r -> assignPattern(r.argument(), initialize);
            default -> throw unsupported(target, "this assignment target");
        }
    }

    private void compileObjectPattern(ObjectPattern op, boolean initialize) {
        List<Object> usedKeys = new ArrayList<>();
        for (ObjectPatternMember member : op.properties()) {
            emit(Op.DUP);
            if (member instanceof RestElement rest) {
                for (Object key : usedKeys) {
                    pushConstant(key);
                }
                emit(Op.OBJECT_REST, usedKeys.size());
                stack(-usedKeys.size());
                assignPattern(rest.argument(), initialize);
                emit(Op.POP);
                continue;
            }
            AssignmentProperty p = (AssignmentProperty) member;
            String key = p.computed() ? null : keyName(p.key());
            if (key != null) {
                usedKeys.add(key);
                emit(Op.GET_PROP, name(key));
            } else {
                compileExpression(p.key());
                emit(Op.TO_PROPERTY_KEY);
                emit(Op.GET_ELEM);
            }
            assignPattern(p.value(), initialize);
            emit(Op.POP);
        }
    }

    /** Array destructuring over the iterator protocol; the iterator is closed if the pattern stops early. */
    private void compileArrayPattern(ArrayPattern ap, boolean initialize) {
        emit(Op.DUP);
        emit(Op.GET_ITERATOR, destructuredText == null ? -1 : name(destructuredText));
        Temp next = temporary();
        Temp iterator = temporary();
        Temp done = temporary();
        storeTemp(next);
        storeTemp(iterator);
        emit(Op.FALSE);
        storeTemp(done);
        for (Pattern element : ap.elements()) {
            if (element instanceof RestElement rest) {
                loadTemp(done);
                int wasDone = emitJump(Op.JUMP_IF_TRUE);
                loadTemp(iterator);
                loadTemp(next);
                emit(Op.ITERATOR_REST);
                emit(Op.TRUE);
                storeTemp(done);
                int join = emitJump(Op.JUMP);
                patchHere(wasDone);
                stack(-1);
                emit(Op.NEW_ARRAY, 0);
                stack(1);
                patchHere(join);
                assignPattern(rest.argument(), initialize);
                emit(Op.POP);
                continue;
            }
            // value = done ? undefined : step (marking done when the iterator ends)
            loadTemp(done);
            int wasDone = emitJump(Op.JUMP_IF_TRUE);
            loadTemp(iterator);
            loadTemp(next);
            int ended = emitJump(Op.ITERATOR_STEP);
            stack(-1);
            int haveValue = emitJump(Op.JUMP);
            patchHere(ended);
            stack(-1);
            emit(Op.TRUE);
            storeTemp(done);
            patchHere(wasDone);
            emit(Op.UNDEFINED);
            patchHere(haveValue);
            if (element instanceof Elision) {
                emit(Op.POP);
            } else {
                assignPattern(element, initialize);
                emit(Op.POP);
            }
        }
        loadTemp(done);
        int skipClose = emitJump(Op.JUMP_IF_TRUE);
        loadTemp(iterator);
        loadTemp(next);
        emit(Op.ITERATOR_CLOSE);
        patchHere(skipClose);
    }

    // ==== classes =========================================================================================

    /**
     * ECMA-262 §15.7.14 ClassDefinitionEvaluation: a scope with the class's own name and private names,
     * the constructor and prototype, methods in order, then the class binding, then static fields and
     * blocks in order. Leaves the constructor on the stack.
     */
    private void compileClassNamed(
            Identifier id, String name, Expression superClass, List<ClassElement> body, Span classSpan) {
        enterBlockScope();
        if (id != null) {
            fn.scope.declare(id.name(), BindingKind.CONST);
        }
        List<String> privateNames = new ArrayList<>();
        for (ClassElement element : body) {
            Expression key =
                    switch (element) {
                        case MethodDefinition m -> m.key();
                        case PropertyDefinition p -> p.key();
                        default -> null;
                    };
            if (key instanceof PrivateIdentifier p && !privateNames.contains(p.name())) {
                privateNames.add(p.name());
                fn.scope.declare("#" + p.name(), BindingKind.CONST);
            }
        }
        for (String privateName : privateNames) {
            emit(Op.NEW_PRIVATE_NAME, name("#" + privateName));
            emitStore("#" + privateName, true);
            emit(Op.POP);
        }
        if (superClass != null) {
            compileExpression(superClass);
        }
        MethodDefinition constructor = null;
        for (ClassElement element : body) {
            if (element instanceof MethodDefinition m && m.kind() == MethodKind.CONSTRUCTOR) {
                constructor = m;
            }
        }
        // Computed keys are evaluated once, in order, before any instance exists.
        Map<ClassElement, Temp> computedKeys = new HashMap<>();
        FunctionTemplate.Kind ctorKind = superClass != null
                ? FunctionTemplate.Kind.DERIVED_CONSTRUCTOR
                : FunctionTemplate.Kind.CLASS_CONSTRUCTOR;
        FunctionTemplate ctor;
        if (constructor != null) {
            ctor = compileFunctionBody(
                    name,
                    ctorKind,
                    true,
                    false,
                    false,
                    constructor.value().params(),
                    constructor.value().body().body(),
                    classSpan, // a class's source text is the whole class
                    null);
        } else if (superClass != null) {
            // constructor(...args) { super(...args); }
            Span s = Span.NONE;
            Identifier args = new Identifier(s, "args");
            Statement callSuper = new ExpressionStatement(
                    s, new CallExpression(s, new Super(s), List.of(new SpreadElement(s, args)), false));
            ctor = compileFunctionBody(
                    name,
                    ctorKind,
                    true,
                    false,
                    false,
                    List.of(new RestElement(s, args)),
                    List.of(callSuper),
                    classSpan,
                    null);
        } else {
            ctor = compileFunctionBody(name, ctorKind, true, false, false, List.of(), List.of(), classSpan, null);
        }
        Temp constructorTemp = temporary();
        Temp prototypeTemp = temporary();
        List<ClassElement> instanceFields = new ArrayList<>();
        for (ClassElement element : body) {
            if (element instanceof PropertyDefinition p && !p.isStatic()
                    || element instanceof MethodDefinition m && !m.isStatic() && m.key() instanceof PrivateIdentifier) {
                instanceFields.add(element);
            }
        }
        // Keys of instance fields are computed first into temporaries the initialiser reads.
        for (ClassElement element : instanceFields) {
            if (element instanceof PropertyDefinition p && p.computed()) {
                compileExpression(p.key());
                emit(Op.TO_PROPERTY_KEY);
                Temp t = temporary();
                storeTemp(t);
                computedKeys.put(element, t);
            }
        }
        int fieldInit =
                instanceFields.isEmpty() ? -1 : fn.constant(compileFieldInitializer(instanceFields, computedKeys));
        emit(Op.CLASS, fn.constant(ctor), superClass != null ? 1 : 0, fieldInit);
        stack(superClass != null ? 1 : 2);
        storeTemp(prototypeTemp);
        storeTemp(constructorTemp);
        for (ClassElement element : body) {
            if (element instanceof MethodDefinition m && m.kind() != MethodKind.CONSTRUCTOR) {
                if (m.key() instanceof PrivateIdentifier p) {
                    if (m.isStatic()) {
                        loadTemp(constructorTemp);
                        emitLoad("#" + p.name());
                        emitMethodClosure(m, "#" + p.name());
                        emit(Op.DEFINE_PRIVATE, privateElementKind(m));
                        emit(Op.POP);
                    }
                    continue;
                }
                loadTemp(m.isStatic() ? constructorTemp : prototypeTemp);
                String keyName = m.computed() ? null : keyName(m.key());
                if (keyName != null) {
                    pushConstant(keyName);
                } else {
                    compileExpression(m.key());
                    emit(Op.TO_PROPERTY_KEY);
                }
                emitMethodClosure(m, keyName == null ? "" : keyName);
                emit(
                        switch (m.kind()) {
                            case GET -> Op.DEFINE_GETTER;
                            case SET -> Op.DEFINE_SETTER;
                            default -> Op.DEFINE_METHOD;
                        },
                        0);
                emit(Op.POP);
            }
        }
        if (id != null) {
            loadTemp(constructorTemp);
            emitStore(id.name(), true);
            emit(Op.POP);
        }
        for (ClassElement element : body) {
            boolean staticField = element instanceof PropertyDefinition p && p.isStatic();
            if (staticField || element instanceof StaticBlock) {
                Map<ClassElement, Temp> keys = new HashMap<>();
                if (element instanceof PropertyDefinition p && p.computed()) {
                    compileExpression(p.key());
                    emit(Op.TO_PROPERTY_KEY);
                    Temp t = temporary();
                    storeTemp(t);
                    keys.put(element, t);
                }
                FunctionTemplate init = element instanceof StaticBlock b
                        ? compileFunctionBody(
                                "",
                                FunctionTemplate.Kind.METHOD,
                                true,
                                false,
                                false,
                                List.of(),
                                b.body(),
                                b.span(),
                                null)
                        : compileFieldInitializer(List.of(element), keys);
                loadTemp(constructorTemp);
                pushConstant("");
                emit(Op.CLOSURE, fn.constant(init));
                emit(Op.DEFINE_METHOD, 0); // gives the initialiser its home object for super
                emit(Op.POP);
                loadTemp(constructorTemp);
                pushConstant("");
                emit(Op.GET_ELEM);
                loadTemp(constructorTemp);
                emit(Op.CALL, 0, -1);
                stack(-1);
                emit(Op.POP);
                loadTemp(constructorTemp);
                pushConstant("");
                emit(Op.DELETE_ELEM, 0);
                emit(Op.POP);
            }
        }
        loadTemp(constructorTemp);
        exitBlockScope();
    }

    private static int privateElementKind(MethodDefinition m) {
        return switch (m.kind()) {
            case GET -> PrivateNames.GETTER;
            case SET -> PrivateNames.SETTER;
            default -> PrivateNames.METHOD;
        };
    }

    private void emitMethodClosure(MethodDefinition m, String name) {
        FunctionExpression f = m.value();
        String prefix = m.kind() == MethodKind.GET ? "get " : m.kind() == MethodKind.SET ? "set " : "";
        FunctionTemplate t = compileFunctionBody(
                prefix + name,
                FunctionTemplate.Kind.METHOD,
                true,
                f.isAsync(),
                f.isGenerator(),
                f.params(),
                f.body().body(),
                methodSourceSpan(m),
                null);
        emit(Op.CLOSURE, fn.constant(t));
    }

    /** A class method's source text as V8 gives it: from its name (or get/set/async/*), without static. */
    private static Span methodSourceSpan(MethodDefinition m) {
        Span span = m.span();
        if (!m.isStatic() || span.source() == null) {
            return span;
        }
        String text = span.source().text();
        int start = span.start() + "static".length();
        while (start < span.end() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        return Span.of(span.source(), start, span.end());
    }

    /** A method run with the new instance as this: private methods first, then fields in order. */
    private FunctionTemplate compileFieldInitializer(
            List<ClassElement> elements, Map<ClassElement, Temp> computedKeys) {
        FunctionState outer = fn;
        fn = new FunctionState(outer, FunctionTemplate.Kind.METHOD, true, false, false, outer.scope);
        try {
            for (ClassElement element : elements) {
                if (element instanceof MethodDefinition m && m.key() instanceof PrivateIdentifier p) {
                    emit(Op.THIS);
                    emitLoad("#" + p.name());
                    emitMethodClosure(m, "#" + p.name());
                    emit(Op.DEFINE_PRIVATE, privateElementKind(m));
                    emit(Op.POP);
                }
            }
            for (ClassElement element : elements) {
                if (!(element instanceof PropertyDefinition p)) {
                    continue;
                }
                emit(Op.THIS);
                String keyName = p.computed() ? null : keyName(p.key());
                if (p.key() instanceof PrivateIdentifier priv) {
                    emitLoad("#" + priv.name());
                } else if (keyName != null) {
                    pushConstant(keyName);
                } else {
                    Temp t = computedKeys.get(element);
                    emit(Op.GET_VAR, depthOf(t.scope()), t.slot());
                }
                if (p.value() != null) {
                    compileNamed(p.value(), keyName);
                } else {
                    emit(Op.UNDEFINED);
                }
                if (p.key() instanceof PrivateIdentifier) {
                    emit(Op.DEFINE_PRIVATE, PrivateNames.FIELD);
                } else {
                    emit(Op.DEFINE_ELEM);
                }
                emit(Op.POP);
            }
            emit(Op.UNDEFINED);
            emit(Op.RETURN);
            return finish("", FunctionTemplate.Kind.METHOD, List.of(), Span.NONE);
        } finally {
            fn = outer;
        }
    }

    // ==== modules =========================================================================================

    /** What a module body imports and exports, gathered while it compiles (ECMA-262 §16.2.1.6.1). */
    final class ModuleDeclarations {
        /** The binding of an anonymous default export (ECMA-262's "*default*"). */
        static final String DEFAULT = "*default*";
        /** Hidden bindings: import.meta, and the module's own record for import(). */
        static final String META = "*meta*";

        static final String RECORD = "*module*";

        final List<String> requested = new ArrayList<>();
        final List<ModuleCode.ImportEntry> imports = new ArrayList<>();
        final List<ModuleCode.ExportEntry> localExports = new ArrayList<>();
        final List<ModuleCode.ExportEntry> indirectExports = new ArrayList<>();
        final List<ModuleCode.ExportEntry> starExports = new ArrayList<>();
        /** {@code export default function () {}}: hoisted like a declaration, named "default". */
        FunctionDeclaration defaultFunction;

        int metaSlot;
        int recordSlot;

        private void request(String specifier) {
            if (!requested.contains(specifier)) {
                requested.add(specifier);
            }
        }

        /** The hidden bindings, the import bindings and the requested modules, in source order. */
        void declareImports(List<Statement> body, Scope scope) {
            metaSlot = scope.declare(META, BindingKind.CONST).slot();
            recordSlot = scope.declare(RECORD, BindingKind.CONST).slot();
            for (Statement s : body) {
                switch (s) {
                    case ImportDeclaration i -> {
                        String from = i.source().value();
                        request(from);
                        for (ImportClause clause : i.specifiers()) {
                            Identifier local =
                                    switch (clause) {
                                        case ImportDefaultSpecifier d -> d.local();
                                        case ImportNamespaceSpecifier n -> n.local();
                                        case ImportSpecifier sp -> sp.local();
                                    };
                            String imported =
                                    switch (clause) {
                                        case ImportDefaultSpecifier d -> "default";
                                        case ImportNamespaceSpecifier n -> null;
                                        case ImportSpecifier sp -> exportName(sp.imported());
                                    };
                            int at = clause instanceof ImportSpecifier sp
                                    ? sp.imported().span().start()
                                    : local.span().start();
                            int slot = scope.declare(local.name(), BindingKind.IMPORT)
                                    .slot();
                            imports.add(new ModuleCode.ImportEntry(from, imported, local.name(), slot, at));
                        }
                    }
                    case ExportNamedDeclaration e
                    when e.source() != null -> request(e.source().value());
                    case ExportAllDeclaration e -> request(e.source().value());
                    default -> {}
                }
            }
        }

        /** The export entries, once every top-level name has its slot. */
        void collectExports(List<Statement> body, Scope scope) {
            for (Statement s : body) {
                int at = s.span().start();
                switch (s) {
                    case ExportNamedDeclaration e
                    when e.declaration() != null -> {
                        List<Identifier> names =
                                switch (e.declaration()) {
                                    case FunctionDeclaration f -> List.of(f.id());
                                    case ClassDeclaration c -> List.of(c.id());
                                    default -> boundNames(e.declaration());
                                };
                        for (Identifier id : names) {
                            localExport(id.name(), id.name(), scope, at);
                        }
                    }
                    case ExportNamedDeclaration e
                    when e.source() == null -> {
                        for (ExportSpecifier spec : e.specifiers()) {
                            String local = ((Identifier) spec.local()).name();
                            String exported = exportName(spec.exported());
                            ModuleCode.ImportEntry imported = imports.stream()
                                    .filter(i -> i.localName().equals(local))
                                    .findFirst()
                                    .orElse(null);
                            if (imported == null || imported.isNamespace()) {
                                localExport(exported, local, scope, spec.span().start());
                            } else {
                                // Re-exporting an import exports the original binding (§16.2.1.6.1 step 10.b).
                                indirectExports.add(new ModuleCode.ExportEntry(
                                        exported,
                                        imported.moduleRequest(),
                                        imported.importName(),
                                        null,
                                        -1,
                                        spec.span().start()));
                            }
                        }
                    }
                    case ExportNamedDeclaration e -> {
                        for (ExportSpecifier spec : e.specifiers()) {
                            indirectExports.add(new ModuleCode.ExportEntry(
                                    exportName(spec.exported()),
                                    e.source().value(),
                                    exportName(spec.local()),
                                    null,
                                    -1,
                                    spec.local().span().start()));
                        }
                    }
                    case ExportAllDeclaration e
                    when e.exported() == null ->
                        starExports.add(
                                new ModuleCode.ExportEntry(null, e.source().value(), null, null, -1, at));
                    case ExportAllDeclaration e ->
                        indirectExports.add(new ModuleCode.ExportEntry(
                                exportName(e.exported()), e.source().value(), null, null, -1, at));
                    case ExportDefaultDeclaration e -> {
                        String local =
                                switch (e.declaration()) {
                                    case FunctionDeclaration f when f.id() != null -> f.id().name();
                                    case ClassDeclaration c when c.id() != null -> c.id().name();
                                    default -> DEFAULT;
                                };
                        localExport("default", local, scope, at);
                    }
                    default -> {}
                }
            }
        }

        private void localExport(String exported, String local, Scope scope, int at) {
            Binding b = scope.names.get(local);
            if (b == null) { // the parser has already rejected an export of an undeclared name
                throw new IllegalStateException("export of undeclared '" + local + "'");
            }
            localExports.add(new ModuleCode.ExportEntry(exported, null, null, local, b.slot(), at));
        }

        private static String exportName(Expression e) {
            return e instanceof Identifier id ? id.name() : ((StringLiteral) e).value();
        }

        ModuleCode finish(FunctionTemplate template) {
            return new ModuleCode(
                    template,
                    template.isAsync,
                    List.copyOf(requested),
                    List.copyOf(imports),
                    List.copyOf(localExports),
                    List.copyOf(indirectExports),
                    List.copyOf(starExports),
                    metaSlot,
                    recordSlot);
        }
    }
}

package dev.loopsim.js.vm;

import dev.loopsim.js.value.JsArray;
import dev.loopsim.js.value.JsError;
import dev.loopsim.js.value.JsFunction;
import dev.loopsim.js.value.JsObject;
import dev.loopsim.js.value.JsPrimitiveWrapper;
import dev.loopsim.js.value.NativeFunction;
import dev.loopsim.js.value.Property;
import dev.loopsim.js.value.Undefined;
import java.util.ArrayDeque;
import java.util.List;
import java.util.function.Consumer;

/**
 * One realm (ECMA-262 §9.3): the intrinsic objects, the global object and the host hooks, owned by one
 * simulation. Nothing here is static, so realms in parallel threads never meet.
 */
public final class Realm {
    public final JsObject objectPrototype;
    public final JsFunction functionPrototype;
    public final JsObject arrayPrototype;
    public final JsObject stringPrototype;
    public final JsObject numberPrototype;
    public final JsObject booleanPrototype;
    public final JsObject symbolPrototype;
    public final JsObject bigIntPrototype;
    public final JsObject errorPrototype;
    public final JsObject typeErrorPrototype;
    public final JsObject rangeErrorPrototype;
    public final JsObject referenceErrorPrototype;
    public final JsObject syntaxErrorPrototype;
    public final JsObject iteratorPrototype;
    public final JsObject arrayIteratorPrototype;
    public final JsObject generatorPrototype;
    public final JsObject asyncGeneratorPrototype;
    public final JsObject promisePrototype;
    public final JsObject globalObject;

    private JsFunction promiseConstructor;
    private final JsObject generatorFunctionPrototype;
    private final JsObject asyncGeneratorFunctionPrototype;

    private HostHooks hooks;
    /** Without a host, no module can be found. */
    private ModuleLoader moduleLoader = this::noModule;

    private final ArrayDeque<Runnable> jobs = new ArrayDeque<>();
    private final Interpreter interpreter;

    public Realm() {
        objectPrototype = new JsObject(null);
        functionPrototype = new NativeFunction(objectPrototype, "", 0, false, (t, a, n) -> Undefined.INSTANCE);
        arrayPrototype = new JsArray(objectPrototype);
        // ECMA-262: these prototypes are themselves String, Number and Boolean objects ("", 0, false).
        stringPrototype = new JsPrimitiveWrapper(objectPrototype, "");
        numberPrototype = new JsPrimitiveWrapper(objectPrototype, 0.0);
        booleanPrototype = new JsPrimitiveWrapper(objectPrototype, Boolean.FALSE);
        symbolPrototype = new JsObject(objectPrototype);
        bigIntPrototype = new JsObject(objectPrototype);
        errorPrototype = new JsObject(objectPrototype);
        typeErrorPrototype = new JsObject(errorPrototype);
        rangeErrorPrototype = new JsObject(errorPrototype);
        referenceErrorPrototype = new JsObject(errorPrototype);
        syntaxErrorPrototype = new JsObject(errorPrototype);
        iteratorPrototype = new JsObject(objectPrototype);
        arrayIteratorPrototype = new JsObject(iteratorPrototype);
        generatorPrototype = new JsObject(iteratorPrototype);
        asyncGeneratorPrototype = new JsObject(objectPrototype);
        promisePrototype = new JsObject(objectPrototype);
        globalObject = new JsObject(objectPrototype);
        generatorFunctionPrototype = new JsObject(functionPrototype);
        asyncGeneratorFunctionPrototype = new JsObject(functionPrototype);
        globalObject.defineOwn("globalThis", globalObject, Property.HIDDEN);
        hooks = new HostHooks() {
            @Override
            public void enqueueJob(JobKind kind, JsObject subject, Runnable job) {
                jobs.add(job);
            }

            @Override
            public void promiseRejectionTracker(JsObject promise, boolean handled) {}
        };
        interpreter = new Interpreter(this);
    }

    /** %Promise%: set by the Promise built-ins when they are installed. */
    public JsFunction promiseConstructor() {
        return promiseConstructor;
    }

    public void setPromiseConstructor(JsFunction constructor) {
        this.promiseConstructor = constructor;
    }

    JsObject generatorFunctionPrototype() {
        return generatorFunctionPrototype;
    }

    JsObject asyncGeneratorFunctionPrototype() {
        return asyncGeneratorFunctionPrototype;
    }

    public Interpreter interpreter() {
        return interpreter;
    }

    public HostHooks hooks() {
        return hooks;
    }

    /** Hands job scheduling and rejection tracking to a host, such as Node's event loop. */
    public void setHooks(HostHooks hooks) {
        this.hooks = hooks;
    }

    private ModuleRecord noModule(ModuleRecord referrer, String specifier) {
        throw new JsThrow(newError(errorPrototype, "Cannot find module '" + specifier + "'"));
    }

    public ModuleLoader moduleLoader() {
        return moduleLoader;
    }

    /** Hands module loading to a host (ECMA-262 §16.2.1.8 HostLoadImportedModule). */
    public void setModuleLoader(ModuleLoader loader) {
        this.moduleLoader = loader;
    }

    /** The minimal host: runs queued jobs, and the jobs they queue, until none is left. */
    public void runJobs() {
        Runnable job;
        while ((job = jobs.poll()) != null) {
            job.run();
        }
    }

    // ---- making objects ----------------------------------------------------------------------------

    public JsObject newObject() {
        return new JsObject(objectPrototype);
    }

    public JsArray newArray(List<?> values) {
        return JsArray.of(arrayPrototype, values);
    }

    /** A built-in function with the realm's Function.prototype. */
    public NativeFunction function(String name, int length, NativeFunction.Body body) {
        return new NativeFunction(functionPrototype, name, length, false, body);
    }

    /** Defines built-in methods on {@code target}: non-enumerable, as the spec's built-ins are. */
    public void method(JsObject target, String name, int length, NativeFunction.Body body) {
        target.defineOwn(name, function(name, length, body), Property.HIDDEN);
    }

    /** A global constructor whose prototype is {@code prototype}, as the built-in constructors are made. */
    public NativeFunction constructor(String name, int length, JsObject prototype, NativeFunction.Body body) {
        NativeFunction c = new NativeFunction(functionPrototype, name, length, true, body);
        c.defineOwn("prototype", prototype, 0);
        prototype.defineOwn("constructor", c, Property.HIDDEN);
        globalObject.defineOwn(name, c, Property.HIDDEN);
        return c;
    }

    /** Runs {@code install} for each group of built-ins; each installer is one class of js.builtins. */
    public Realm install(List<Consumer<Realm>> installers) {
        installers.forEach(i -> i.accept(this));
        return this;
    }

    // ---- errors ------------------------------------------------------------------------------------

    /** A new error object of the given prototype, with {@code message} and a {@code stack}. */
    public JsError newError(JsObject prototype, String message) {
        JsError error = new JsError(prototype);
        error.defineOwn("message", message, Property.HIDDEN);
        Object name = prototype.get("name");
        String header = (name instanceof String s ? s : "Error") + (message.isEmpty() ? "" : ": " + message);
        error.defineOwn("stack", header + interpreter.stackTrace(), Property.HIDDEN);
        interpreter.stampCreation(error);
        return error;
    }

    public JsThrow typeError(String message) {
        return new JsThrow(newError(typeErrorPrototype, message));
    }

    public JsThrow rangeError(String message) {
        return new JsThrow(newError(rangeErrorPrototype, message));
    }

    public JsThrow referenceError(String message) {
        return new JsThrow(newError(referenceErrorPrototype, message));
    }

    public JsThrow syntaxError(String message) {
        return new JsThrow(newError(syntaxErrorPrototype, message));
    }
}

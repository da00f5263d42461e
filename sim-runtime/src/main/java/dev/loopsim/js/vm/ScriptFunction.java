package dev.loopsim.js.vm;

import dev.loopsim.js.value.JsFunction;
import dev.loopsim.js.value.JsObject;
import dev.loopsim.js.value.Property;

/**
 * A function made from script code: a template plus the environment it closed over. Arrows also keep
 * the this, new.target, arguments and function of the frame that made them.
 */
public final class ScriptFunction extends JsFunction {
    final Realm realm;
    final FunctionTemplate template;
    final Env env;
    /** The object whose prototype {@code super} reads: set when a method is defined on an object. */
    JsObject homeObject;
    /** For class constructors: the closure that defines fields on a new instance, or null. */
    ScriptFunction fieldInitializer;
    /** Arrows only: what the enclosing frame had. */
    Object lexicalThis;

    Object lexicalNewTarget;
    Object[] lexicalArgs;
    ScriptFunction lexicalFunction;

    ScriptFunction(Realm realm, FunctionTemplate template, Env env, JsObject prototype) {
        super(prototype);
        this.realm = realm;
        this.template = template;
        this.env = env;
        defineOwn("length", (double) template.length, Property.CONFIGURABLE);
        defineOwn("name", template.name, Property.CONFIGURABLE);
    }

    public FunctionTemplate template() {
        return template;
    }

    /** A class constructor ({@code [class A]} to util.inspect); it cannot be called without new. */
    public boolean isClassConstructor() {
        return template.kind == FunctionTemplate.Kind.CLASS_CONSTRUCTOR
                || template.kind == FunctionTemplate.Kind.DERIVED_CONSTRUCTOR;
    }

    /** A class declared with {@code extends}. */
    public boolean isDerivedClass() {
        return template.kind == FunctionTemplate.Kind.DERIVED_CONSTRUCTOR;
    }

    public boolean isAsync() {
        return template.isAsync;
    }

    public boolean isGenerator() {
        return template.isGenerator;
    }

    public boolean isArrow() {
        return template.kind == FunctionTemplate.Kind.ARROW;
    }

    @Override
    public Object call(Object thisArg, Object[] args) {
        if (isClassConstructor()) {
            throw realm.typeError("Class constructor " + template.name + " cannot be invoked without 'new'");
        }
        return realm.interpreter().callFunction(this, thisArg, args, null);
    }

    @Override
    public boolean isConstructor() {
        return switch (template.kind) {
            case NORMAL -> !template.isAsync && !template.isGenerator;
            case CLASS_CONSTRUCTOR, DERIVED_CONSTRUCTOR -> true;
            default -> false;
        };
    }

    @Override
    public Object construct(Object[] args, JsObject newTarget) {
        return realm.interpreter().construct(this, args, newTarget);
    }

    @Override
    public String className() {
        return "Function";
    }
}

package dev.loopsim.js.builtins;

import static dev.loopsim.js.builtins.CoreBuiltins.arg;

import dev.loopsim.js.value.JsObject;
import dev.loopsim.js.value.JsSymbol;
import dev.loopsim.js.value.Undefined;
import dev.loopsim.js.vm.Operations;
import dev.loopsim.js.vm.Realm;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Symbol.for and Symbol.keyFor (ECMA-262 §20.4.2.2, §20.4.2.6) over the realm's GlobalSymbolRegistry.
 * The registry hangs off %Symbol.prototype% as a private element, so scripts cannot reach it.
 */
public final class SymbolRegistryBuiltins {
    private SymbolRegistryBuiltins() {}

    /** The private-element key of the registry; an immutable identity shared by all realms. */
    private static final Object REGISTRY = new Object();

    /** The GlobalSymbolRegistry: both directions of the key ⇄ symbol list. */
    static final class Registry {
        final Map<String, JsSymbol> byKey = new HashMap<>();
        final Map<JsSymbol, String> bySymbol = new IdentityHashMap<>();
    }

    public static void install(Realm realm) {
        Registry registry = new Registry();
        realm.symbolPrototype.privateElements(true).put(REGISTRY, registry);
        JsObject symbol = (JsObject) realm.globalObject.get("Symbol");
        // ECMA-262 §20.4.2.2 Symbol.for
        realm.method(symbol, "for", 1, (t, a, n) -> {
            String key = Operations.toString(realm, arg(a, 0));
            return registry.byKey.computeIfAbsent(key, k -> {
                JsSymbol s = new JsSymbol(k);
                registry.bySymbol.put(s, k);
                return s;
            });
        });
        // ECMA-262 §20.4.2.6 Symbol.keyFor
        realm.method(symbol, "keyFor", 1, (t, a, n) -> {
            if (!(arg(a, 0) instanceof JsSymbol s)) {
                throw realm.typeError(Operations.toDisplay(arg(a, 0)) + " is not a symbol");
            }
            String key = registry.bySymbol.get(s);
            return key == null ? Undefined.INSTANCE : key;
        });
    }

    /** Whether {@code symbol} is in the realm's registry (registered symbols cannot be weak keys). */
    static boolean isRegistered(Realm realm, JsSymbol symbol) {
        Map<Object, Object> elements = realm.symbolPrototype.privateElements(false);
        return elements != null
                && elements.get(REGISTRY) instanceof Registry registry
                && registry.bySymbol.containsKey(symbol);
    }
}

package dev.loopsim.host;

import dev.loopsim.js.value.JsObject;
import dev.loopsim.js.vm.Operations;
import dev.loopsim.js.vm.Realm;

/**
 * {@code process.env}: the environment the script sees (empty unless a scenario gives one); like Node's,
 * it stores every value assigned to it as a string.
 */
final class ProcessEnv extends JsObject {
    private final Realm realm;

    ProcessEnv(Realm realm) {
        super(realm.objectPrototype);
        this.realm = realm;
    }

    @Override
    public boolean set(Object key, Object value, Object receiver) {
        return super.set(
                key, receiver == this && key instanceof String ? Operations.toString(realm, value) : value, receiver);
    }
}

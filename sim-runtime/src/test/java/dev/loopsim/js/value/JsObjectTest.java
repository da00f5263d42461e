package dev.loopsim.js.value;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsObjectTest {

    private static JsObject plain() {
        return new JsObject(null);
    }

    @Test
    void ownKeysListIntegerIndicesAscendingThenStringsThenSymbolsInCreationOrder() {
        // Node: Object.keys({b: 1, 2: 1, a: 1, 1: 1}) is ['1', '2', 'b', 'a'].
        JsObject o = plain();
        JsSymbol sym = new JsSymbol("s");
        o.set("b", 1.0);
        o.set(sym, 1.0);
        o.set("2", 1.0);
        o.set("a", 1.0);
        o.set("1", 1.0);
        o.set("01", 1.0); // not an array index: a string key
        assertThat(o.ownPropertyKeys()).containsExactly("1", "2", "b", "a", "01", sym);
    }

    @Test
    void assignmentCreatesAWritableEnumerableConfigurableProperty() {
        JsObject o = plain();
        o.set("x", 1.0);
        Property p = o.getOwnProperty("x");
        assertThat(p.writable()).isTrue();
        assertThat(p.enumerable()).isTrue();
        assertThat(p.configurable()).isTrue();
    }

    @Test
    void nonWritablePropertyRejectsAssignmentAndKeepsItsValue() {
        JsObject o = plain();
        o.defineOwnProperty("x", PropertyDescriptor.data(1.0, Property.ENUMERABLE));
        assertThat(o.set("x", 2.0)).isFalse();
        assertThat(o.get("x")).isEqualTo(1.0);
    }

    @Test
    void inheritedReadOnlyPropertyBlocksAssignmentOnTheChild() {
        JsObject proto = plain();
        proto.defineOwnProperty("x", PropertyDescriptor.data(1.0, 0));
        JsObject child = new JsObject(proto);
        assertThat(child.set("x", 2.0)).isFalse();
        assertThat(child.hasOwnProperty("x")).isFalse();
    }

    @Test
    void nonConfigurablePropertyCannotBeRedefinedOrDeleted() {
        JsObject o = plain();
        o.defineOwnProperty("x", PropertyDescriptor.data(1.0, Property.WRITABLE));
        assertThat(o.defineOwnProperty("x", PropertyDescriptor.data(1.0, Property.DEFAULT)))
                .isFalse();
        assertThat(o.delete("x")).isFalse();
        // Writable may still go from true to false, and the value may change while writable.
        PropertyDescriptor lower = new PropertyDescriptor();
        lower.value = 5.0;
        lower.writable = false;
        assertThat(o.defineOwnProperty("x", lower)).isTrue();
        assertThat(o.get("x")).isEqualTo(5.0);
        assertThat(o.getOwnProperty("x").writable()).isFalse();
    }

    @Test
    void partialDescriptorKeepsTheOtherAttributes() {
        JsObject o = plain();
        o.set("x", 1.0);
        PropertyDescriptor hide = new PropertyDescriptor();
        hide.enumerable = false;
        assertThat(o.defineOwnProperty("x", hide)).isTrue();
        Property p = o.getOwnProperty("x");
        assertThat(p.value()).isEqualTo(1.0);
        assertThat(p.writable()).isTrue();
        assertThat(p.enumerable()).isFalse();
    }

    @Test
    void nonExtensibleObjectRejectsNewPropertiesButKeepsOldOnes() {
        JsObject o = plain();
        o.set("x", 1.0);
        o.preventExtensions();
        assertThat(o.set("y", 1.0)).isFalse();
        assertThat(o.set("x", 2.0)).isTrue();
        assertThat(o.get("x")).isEqualTo(2.0);
    }

    @Test
    void prototypeCyclesAreRefused() {
        JsObject a = plain();
        JsObject b = new JsObject(a);
        assertThat(a.setPrototypeOf(b)).isFalse();
        assertThat(a.getPrototypeOf()).isNull();
    }

    @Test
    void missingPropertyReadsAsUndefinedThroughThePrototypeChain() {
        JsObject proto = plain();
        proto.set("inherited", "yes");
        JsObject o = new JsObject(proto);
        assertThat(o.get("inherited")).isEqualTo("yes");
        assertThat(o.get("absent")).isSameAs(Undefined.INSTANCE);
        assertThat(o.hasProperty("inherited")).isTrue();
        assertThat(o.hasOwnProperty("inherited")).isFalse();
    }
}

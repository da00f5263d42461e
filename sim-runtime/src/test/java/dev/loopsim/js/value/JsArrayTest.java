package dev.loopsim.js.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class JsArrayTest {

    private static JsArray array(Object... values) {
        return JsArray.of(null, List.of(values));
    }

    @Test
    void writingPastTheEndGrowsLengthAndLeavesHoles() {
        // Node: const a = [1]; a[3] = 4; a.length === 4 and 1 in a === false.
        JsArray a = array(1.0);
        a.set("3", 4.0);
        assertThat(a.length()).isEqualTo(4);
        assertThat(a.hasOwnProperty("1")).isFalse();
        assertThat(a.getIndex(1)).isSameAs(Undefined.INSTANCE);
        assertThat(a.ownPropertyKeys()).containsExactly("0", "3", "length");
    }

    @Test
    void shorteningLengthDeletesTheElementsBeyondIt() {
        JsArray a = array(1.0, 2.0, 3.0);
        assertThat(a.set("length", 1.0)).isTrue();
        assertThat(a.length()).isEqualTo(1);
        assertThat(a.hasOwnProperty("2")).isFalse();
        a.push(9.0);
        assertThat(a.getIndex(1)).isEqualTo(9.0);
    }

    @Test
    void lengthIsWritableButNotEnumerableOrConfigurable() {
        Property length = array(1.0).getOwnProperty("length");
        assertThat(length.value()).isEqualTo(1.0);
        assertThat(length.writable()).isTrue();
        assertThat(length.enumerable()).isFalse();
        assertThat(length.configurable()).isFalse();
        assertThat(array().delete("length")).isFalse();
    }

    @Test
    void frozenElementsRejectWritesAndAppendsFailOnFrozenLength() {
        // What Object.freeze does to an array: every element read-only, length read-only, not extensible.
        JsArray a = array(1.0, 2.0);
        for (Object key : a.ownPropertyKeys()) {
            PropertyDescriptor readOnly = new PropertyDescriptor();
            readOnly.writable = false;
            readOnly.configurable = false;
            assertThat(a.defineOwnProperty(key, readOnly)).isTrue();
        }
        a.preventExtensions();
        assertThat(a.set("0", 5.0)).isFalse();
        assertThat(a.getIndex(0)).isEqualTo(1.0);
        assertThat(a.set("2", 5.0)).isFalse();
        assertThat(a.length()).isEqualTo(2);
        assertThat(a.ownPropertyKeys()).containsExactly("0", "1", "length");
    }

    @Test
    void anAccessorElementKeepsTheOtherElements() {
        JsArray a = array(1.0, 2.0, 3.0);
        a.defineOwnProperty("1", PropertyDescriptor.accessor(null, null, Property.CONFIGURABLE));
        assertThat(a.getIndex(0)).isEqualTo(1.0);
        assertThat(a.getIndex(1)).isSameAs(Undefined.INSTANCE);
        assertThat(a.getIndex(2)).isEqualTo(3.0);
        assertThat(a.length()).isEqualTo(3);
    }

    @Test
    void deleteLeavesAHoleAndKeepsLength() {
        JsArray a = array(1.0, 2.0, 3.0);
        assertThat(a.delete("1")).isTrue();
        assertThat(a.length()).isEqualTo(3);
        assertThat(a.ownPropertyKeys()).containsExactly("0", "2", "length");
    }

    @Test
    void aFarIndexIsStoredSparselyWithoutAllocatingTheGap() {
        JsArray a = array(1.0);
        a.set("4000000000", 2.0);
        assertThat(a.length()).isEqualTo(4_000_000_001L);
        assertThat(a.getIndex(4_000_000_000L)).isEqualTo(2.0);
        assertThat(a.ownPropertyKeys()).containsExactly("0", "4000000000", "length");
    }
}

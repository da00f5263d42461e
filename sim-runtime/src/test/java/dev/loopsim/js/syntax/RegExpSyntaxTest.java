package dev.loopsim.js.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Early errors of regular expression literals. Every expected detail message was printed by
 * {@code new RegExp(pattern, flags)} in Node v20.20.2 (V8 11.3), the same messages {@code vm.Script} gives.
 */
class RegExpSyntaxTest {

    /** A pattern, its flags and V8's detail message, or null when V8 accepts it. */
    record Case(String pattern, String flags, String detail) {
        void verify() {
            assertThat(RegExpSyntax.check(pattern, flags))
                    .as("/%s/%s", pattern, flags)
                    .isEqualTo(detail);
        }

        @Override
        public String toString() {
            String shown =
                    pattern.length() <= 60 ? pattern : pattern.substring(0, 12) + "…(" + pattern.length() + " chars)";
            return "/" + shown + "/" + flags + (detail == null ? " is valid" : " → " + detail);
        }
    }

    static Case valid(String pattern, String flags) {
        return new Case(pattern, flags, null);
    }

    static Case invalid(String pattern, String flags, String detail) {
        return new Case(pattern, flags, detail);
    }

    // Patterns as they appear in real programs.
    @ParameterizedTest(name = "{0}")
    @MethodSource
    void realWorldPatternsAreValid(Case c) {
        c.verify();
    }

    static Stream<Case> realWorldPatternsAreValid() {
        return Stream.of(
                valid("^[\\w.+-]+@[\\w-]+\\.[\\w.-]+$", ""),
                valid("^https?:\\/\\/[^\\s/$.?#].[^\\s]*$", "i"),
                valid("^\\d{4}-\\d{2}-\\d{2}$", ""),
                valid("^\\s+|\\s+$", "g"),
                valid("[\\u4e00-\\u9fa5]", ""),
                valid("(?<year>\\d{4})-(?<month>\\d{2})", "u"),
                valid("\\p{L}+", "u"),
                valid("^(?:[01]\\d|2[0-3]):[0-5]\\d$", ""),
                valid("^#?([a-f\\d]{2})([a-f\\d]{2})([a-f\\d]{2})$", "i"),
                valid("\\$\\{([^}]+)\\}", "g"),
                valid("\\B(?=(\\d{3})+(?!\\d))", "g"),
                valid("<\\/?[a-z][\\s\\S]*?>", "gi"),
                valid("(?<=\\$)\\d+(\\.\\d\\d)?", ""),
                valid("(?<!\\\\)\"", "g"),
                valid("^\\p{Lu}\\p{Ll}*$", "u"),
                valid("\\p{Script=Greek}+", "u"),
                valid("^(\\w+)\\s\\1$", ""),
                valid("(?<word>\\w+)\\s\\k<word>", "u"),
                valid("[^\\x00-\\x7F]", "g"),
                valid("\\r\\n|\\r|\\n", "g"),
                valid("^-?\\d*\\.?\\d+(?:[eE][-+]?\\d+)?$", ""),
                valid("\\bfoo\\b", "y"),
                valid("^.*$", "ms"),
                valid("^[\\uD800-\\uDBFF][\\uDC00-\\uDFFF]$", ""),
                valid("[\uD83D\uDE00-\uD83D\uDE02]", "u"),
                valid("\\u{1F600}", "u"),
                valid("[\\p{Emoji}--\\p{ASCII}]", "v"),
                valid("^[\\p{L}\\p{N}_]+$", "v"),
                valid("\\p{RGI_Emoji}", "v"),
                valid("(a)|b", "d"));
    }

    // Annex B ExtendedPatternCharacter and an interval that does not parse are literal text.
    @ParameterizedTest(name = "{0}")
    @MethodSource
    void loneBracketsAreValidWithoutUnicodeFlag(Case c) {
        c.verify();
    }

    static Stream<Case> loneBracketsAreValidWithoutUnicodeFlag() {
        return Stream.of(
                valid("]", ""),
                valid("}", ""),
                valid("{", ""),
                valid("a{", ""),
                valid("a{1", ""),
                valid("a{,5}", ""),
                valid("x{a}", ""),
                valid("a]b}", "g"));
    }

    // With u or v every brace and bracket must be part of a quantifier or a class.
    @ParameterizedTest(name = "{0}")
    @MethodSource
    void loneBracketsAreErrorsInUnicodeMode(Case c) {
        c.verify();
    }

    static Stream<Case> loneBracketsAreErrorsInUnicodeMode() {
        return Stream.of(
                invalid("]", "u", "Lone quantifier brackets"),
                invalid("}", "u", "Lone quantifier brackets"),
                invalid("{", "u", "Lone quantifier brackets"),
                invalid("]", "v", "Lone quantifier brackets"),
                invalid("a{", "u", "Incomplete quantifier"),
                invalid("a{1", "u", "Incomplete quantifier"),
                invalid("a{,5}", "u", "Incomplete quantifier"),
                invalid("a{", "v", "Incomplete quantifier"));
    }

    // Annex B IdentityEscape: any character but c (and k once the pattern has named groups).
    @ParameterizedTest(name = "{0}")
    @MethodSource
    void identityEscapesAreValidWithoutUnicodeFlag(Case c) {
        c.verify();
    }

    static Stream<Case> identityEscapesAreValidWithoutUnicodeFlag() {
        return Stream.of(
                valid("\\q", ""),
                valid("\\-", ""),
                valid("\\8", ""),
                valid("\\9", ""),
                valid("\\c", ""),
                valid("\\c1", ""),
                valid("[\\c1]", ""),
                valid("[\\c_]", ""),
                valid("\\x4", ""),
                valid("\\u12", ""),
                valid("\\u{41}", ""),
                valid("\\p{Foo}", ""),
                valid("\\k", ""),
                valid("\\k<a>", ""),
                valid("[\\B]", ""));
    }

    // With u only syntax characters and / may be escaped; with v also class set punctuators inside a class.
    @ParameterizedTest(name = "{0}")
    @MethodSource
    void identityEscapesAreInvalidInUnicodeMode(Case c) {
        c.verify();
    }

    static Stream<Case> identityEscapesAreInvalidInUnicodeMode() {
        return Stream.of(
                invalid("\\q", "u", "Invalid escape"),
                invalid("\\-", "u", "Invalid escape"),
                invalid("\\8", "u", "Invalid escape"),
                invalid("\\x4", "u", "Invalid escape"),
                invalid("\\u12", "u", "Invalid Unicode escape"),
                invalid("\\c", "u", "Invalid Unicode escape"),
                invalid("[\\c1]", "u", "Invalid Unicode escape"),
                invalid("\\&", "v", "Invalid escape"),
                invalid("[\\&]", "u", "Invalid escape"),
                invalid("[\\B]", "u", "Invalid escape"),
                invalid("\\k", "u", "Invalid named reference"),
                invalid("\\q{abc}", "v", "Invalid escape"),
                invalid("[\\qa]", "v", "Invalid escape"));
    }

    // SyntaxCharacter and / escapes, \- in classes, class set punctuators in v classes.
    @ParameterizedTest(name = "{0}")
    @MethodSource
    void syntaxCharacterEscapesAreValidInUnicodeMode(Case c) {
        c.verify();
    }

    static Stream<Case> syntaxCharacterEscapesAreValidInUnicodeMode() {
        return Stream.of(
                valid("\\^\\$\\\\\\.\\*\\+\\?\\(\\)\\[\\]\\{\\}\\|\\/", "u"),
                valid("[\\-]", "u"),
                valid("[\\b]", "u"),
                valid("[\\&\\!\\#\\~]", "v"),
                valid("\\cJ\\0", "u"));
    }

    // Annex B LegacyOctalEscapeSequence, and \N beyond the group count.
    @ParameterizedTest(name = "{0}")
    @MethodSource
    void legacyOctalEscapesAreValidWithoutUnicodeFlag(Case c) {
        c.verify();
    }

    static Stream<Case> legacyOctalEscapesAreValidWithoutUnicodeFlag() {
        return Stream.of(
                valid("\\0", ""),
                valid("\\07", ""),
                valid("\\377", ""),
                valid("\\1", ""),
                valid("[\\1]", ""),
                valid("\\10(a)", ""),
                valid("(a)\\2", ""));
    }

    // With u a decimal escape is a back reference to an existing group or \0 alone.
    @ParameterizedTest(name = "{0}")
    @MethodSource
    void decimalEscapesAreStrictInUnicodeMode(Case c) {
        c.verify();
    }

    static Stream<Case> decimalEscapesAreStrictInUnicodeMode() {
        return Stream.of(
                invalid("\\00", "u", "Invalid decimal escape"),
                invalid("\\01", "u", "Invalid decimal escape"),
                invalid("[\\01]", "u", "Invalid class escape"),
                invalid("[\\1]", "u", "Invalid class escape"),
                invalid("\\1", "u", "Invalid escape"),
                invalid("\\2(a)", "u", "Invalid escape"),
                invalid("\\10(a)", "u", "Invalid escape"),
                valid("\\0", "u"),
                valid("[\\0]", "u"),
                valid("\\1(a)", "u"),
                valid("(a)\\1", "v"));
    }

    // Every ( needs its ) and the other way round.
    @ParameterizedTest(name = "{0}")
    @MethodSource
    void groupsMustBeBalanced(Case c) {
        c.verify();
    }

    static Stream<Case> groupsMustBeBalanced() {
        return Stream.of(
                invalid("(", "", "Unterminated group"),
                invalid("(?:", "", "Unterminated group"),
                invalid("(?=", "", "Unterminated group"),
                invalid("(?<=", "", "Unterminated group"),
                invalid("((a)", "g", "Unterminated group"),
                invalid("(?<a>", "u", "Unterminated group"),
                invalid(")", "", "Unmatched ')'"),
                invalid("a)", "", "Unmatched ')'"),
                invalid("(a))", "u", "Unmatched ')'"));
    }

    // Only (?: (?= (?! (?<= (?<! and (?<name> exist; Node 20 has no modifiers like (?i:).
    @ParameterizedTest(name = "{0}")
    @MethodSource
    void unknownGroupPrefixesAreInvalid(Case c) {
        c.verify();
    }

    static Stream<Case> unknownGroupPrefixesAreInvalid() {
        return Stream.of(
                invalid("(?", "", "Invalid group"),
                invalid("(?x)", "", "Invalid group"),
                invalid("(?P<a>x)", "", "Invalid group"),
                invalid("(?#c)", "", "Invalid group"),
                invalid("(?i:a)", "", "Invalid group"),
                invalid("(?-i:a)", "", "Invalid group"),
                invalid("(?i:a)", "u", "Invalid group"));
    }

    // A quantifier after nothing, an assertion or another quantifier.
    @ParameterizedTest(name = "{0}")
    @MethodSource
    void quantifiersNeedSomethingToRepeat(Case c) {
        c.verify();
    }

    static Stream<Case> quantifiersNeedSomethingToRepeat() {
        return Stream.of(
                invalid("*", "", "Nothing to repeat"),
                invalid("+a", "", "Nothing to repeat"),
                invalid("?", "u", "Nothing to repeat"),
                invalid("a**", "", "Nothing to repeat"),
                invalid("a???", "", "Nothing to repeat"),
                invalid("^*", "", "Nothing to repeat"),
                invalid("$+", "", "Nothing to repeat"),
                invalid("\\b*", "", "Nothing to repeat"),
                invalid("\\B+", "u", "Nothing to repeat"),
                invalid("a|*", "", "Nothing to repeat"),
                invalid("(*)", "", "Nothing to repeat"),
                invalid("{1}", "", "Nothing to repeat"),
                invalid("{1}", "u", "Nothing to repeat"),
                invalid("a{1}{2}", "", "Nothing to repeat"));
    }

    // In {n,m} n <= m, with bounds past 2^31-1 saturating as in V8.
    @ParameterizedTest(name = "{0}")
    @MethodSource
    void quantifierBoundsMustBeInOrder(Case c) {
        c.verify();
    }

    static Stream<Case> quantifierBoundsMustBeInOrder() {
        return Stream.of(
                invalid("a{2,1}", "", "numbers out of order in {} quantifier"),
                invalid("a{99999999999,5}", "", "numbers out of order in {} quantifier"),
                valid("a{1,2}", ""),
                valid("a{0}", "u"),
                valid("a{5,99999999999}", ""),
                valid("a{2147483648,2147483647}", ""),
                valid("a{3,}?", ""));
    }

    // Not even in Annex B.
    @ParameterizedTest(name = "{0}")
    @MethodSource
    void lookbehindsCannotBeQuantified(Case c) {
        c.verify();
    }

    static Stream<Case> lookbehindsCannotBeQuantified() {
        return Stream.of(
                invalid("(?<=a)*", "", "Invalid quantifier"),
                invalid("(?<!a){1}", "", "Invalid quantifier"),
                invalid("(?<=a)?", "u", "Invalid quantifier"));
    }

    // Annex B QuantifiableAssertion.
    @ParameterizedTest(name = "{0}")
    @MethodSource
    void lookaheadsCanBeQuantifiedOnlyWithoutUnicodeFlag(Case c) {
        c.verify();
    }

    static Stream<Case> lookaheadsCanBeQuantifiedOnlyWithoutUnicodeFlag() {
        return Stream.of(
                valid("(?=a)*", ""),
                valid("(?!a){2}", ""),
                invalid("(?=a)*", "u", "Invalid quantifier"),
                invalid("(?!a)+", "v", "Invalid quantifier"));
    }

    // RegExpIdentifierName; Unicode escapes and surrogate pairs are allowed in names even without u.
    @ParameterizedTest(name = "{0}")
    @MethodSource
    void groupNamesMustBeIdentifiers(Case c) {
        c.verify();
    }

    static Stream<Case> groupNamesMustBeIdentifiers() {
        return Stream.of(
                invalid("(?<1a>x)", "", "Invalid capture group name"),
                invalid("(?<>x)", "", "Invalid capture group name"),
                invalid("(?<a-b>x)", "", "Invalid capture group name"),
                invalid("(?<a", "", "Invalid capture group name"),
                invalid("(?<a\\x41>x)", "", "Invalid capture group name"),
                invalid("(?<a\\u00>x)", "", "Invalid Unicode escape"),
                valid("(?<$>.)(?<_1>.)", ""),
                valid("(?<\\u0061b>.)", ""),
                valid("(?<a\\u{62}>.)", ""),
                valid("(?<\uD835\uDCD0>.)", ""),
                valid("(?<\\ud835\\udcd0>.)", ""),
                valid("(?<ab\u200Cc>.)", "u"));
    }

    // Node 20 rejects duplicates even in different alternatives.
    @ParameterizedTest(name = "{0}")
    @MethodSource
    void duplicateGroupNamesAreErrors(Case c) {
        c.verify();
    }

    static Stream<Case> duplicateGroupNamesAreErrors() {
        return Stream.of(
                invalid("(?<a>x)(?<a>y)", "", "Duplicate capture group name"),
                invalid("(?<a>x)|(?<a>y)", "", "Duplicate capture group name"),
                invalid("(?<a>(?<a>x))", "u", "Duplicate capture group name"));
    }

    // \k<name> in u mode or when the pattern has any named group, wherever it is.
    @ParameterizedTest(name = "{0}")
    @MethodSource
    void namedReferencesMustNameAGroup(Case c) {
        c.verify();
    }

    static Stream<Case> namedReferencesMustNameAGroup() {
        return Stream.of(
                invalid("\\k<b>(?<a>x)", "", "Invalid named capture referenced"),
                invalid("(?<a>.)\\k<b>", "u", "Invalid named capture referenced"),
                invalid("\\k<b>", "u", "Invalid named capture referenced"),
                invalid("(?<a>.)\\k", "", "Invalid named reference"),
                invalid("\\k(?<a>x)", "", "Invalid named reference"),
                invalid("[\\k](?<a>.)", "", "Invalid escape"),
                invalid("\\k<1>(?<a>.)", "", "Invalid capture group name"),
                valid("(?<a>.)\\k<a>", ""),
                valid("\\k<a>(?<a>.)", ""),
                valid("(?<a>\\k<a>)", "u"));
    }

    // The pattern ends inside a class or right after a backslash.
    @ParameterizedTest(name = "{0}")
    @MethodSource
    void unterminatedClassesAndEscapesAreErrors(Case c) {
        c.verify();
    }

    static Stream<Case> unterminatedClassesAndEscapesAreErrors() {
        return Stream.of(
                invalid("[", "", "Unterminated character class"),
                invalid("[a", "u", "Unterminated character class"),
                invalid("[^", "", "Unterminated character class"),
                invalid("[a-", "", "Unterminated character class"),
                invalid("[a", "v", "Unterminated character class"),
                invalid("[[a]", "v", "Unterminated character class"),
                invalid("[\\q{a", "v", "Unterminated character class"),
                invalid("\\", "", "\\ at end of pattern"),
                invalid("[\\", "u", "\\ at end of pattern"));
    }

    // Without u a surrogate pair is two characters, so an astral range is out of order.
    @ParameterizedTest(name = "{0}")
    @MethodSource
    void classRangesMustBeInOrder(Case c) {
        c.verify();
    }

    static Stream<Case> classRangesMustBeInOrder() {
        return Stream.of(
                invalid("[b-a]", "", "Range out of order in character class"),
                invalid("[\uD83D\uDE00-\uD83D\uDE01]", "", "Range out of order in character class"),
                invalid("[\\uD83D\\uDE00-\\uD83D\\uDE01]", "", "Range out of order in character class"),
                invalid("[\\c-a]", "", "Range out of order in character class"),
                invalid("[\\u{1F601}-\\u{1F600}]", "u", "Range out of order in character class"),
                valid("[\uD83D\uDE00-\uD83D\uDE01]", "u"),
                valid("[\\uD83D\\uDE00-\\uD83D\\uDE01]", "u"),
                valid("[\\u{1F600}-\\u{1F601}]", "u"),
                invalid("[z-a]", "v", "Range out of order in character class"));
    }

    // Annex B makes the - literal when a class escape ends a range; u and v do not.
    @ParameterizedTest(name = "{0}")
    @MethodSource
    void classEscapesCannotBoundRangesInUnicodeMode(Case c) {
        c.verify();
    }

    static Stream<Case> classEscapesCannotBoundRangesInUnicodeMode() {
        return Stream.of(
                invalid("[\\d-a]", "u", "Invalid character class"),
                invalid("[a-\\d]", "u", "Invalid character class"),
                invalid("[\\p{L}-z]", "u", "Invalid character class"),
                invalid("[\\d-a]", "v", "Invalid character class"),
                valid("[\\d-a]", ""),
                valid("[\\w-]", "u"));
    }

    // Braced Unicode escapes need one to any number of hex digits up to 10FFFF; plain ones need four.
    @ParameterizedTest(name = "{0}")
    @MethodSource
    void unicodeEscapesAreCheckedInUnicodeMode(Case c) {
        c.verify();
    }

    static Stream<Case> unicodeEscapesAreCheckedInUnicodeMode() {
        return Stream.of(
                invalid("\\u{110000}", "u", "Invalid Unicode escape"),
                invalid("\\u{}", "u", "Invalid Unicode escape"),
                invalid("\\u{12", "u", "Invalid Unicode escape"),
                invalid("\\u{FFFFFFFFF}", "u", "Invalid Unicode escape"),
                valid("\\u{10FFFF}", "u"),
                valid("\\u{0000000000041}", "u"));
    }

    // No loose matching, no Block, properties of strings only with v.
    @ParameterizedTest(name = "{0}")
    @MethodSource
    void propertyEscapesNeedAKnownNameSpelledExactly(Case c) {
        c.verify();
    }

    static Stream<Case> propertyEscapesNeedAKnownNameSpelledExactly() {
        return Stream.of(
                invalid("\\p{Foo}", "u", "Invalid property name"),
                invalid("\\p", "u", "Invalid property name"),
                invalid("\\pL", "u", "Invalid property name"),
                invalid("\\p{L", "u", "Invalid property name"),
                invalid("\\p{}", "u", "Invalid property name"),
                invalid("\\p{letter}", "u", "Invalid property name"),
                invalid("\\p{Block=Basic_Latin}", "u", "Invalid property name"),
                invalid("\\p{sc=Hrkt}", "u", "Invalid property name"),
                invalid("[\\p{Foo}]", "u", "Invalid property name in character class"),
                invalid("[\\pL]", "v", "Invalid property name in character class"),
                invalid("\\p{RGI_Emoji}", "u", "Invalid property name"),
                invalid("\\P{RGI_Emoji}", "v", "Invalid property name"));
    }

    // General_Category values, Script and Script_Extensions, the binary properties of ECMA-262 table 67.
    @ParameterizedTest(name = "{0}")
    @MethodSource
    void propertyEscapesAcceptCategoriesScriptsAndBinaryProperties(Case c) {
        c.verify();
    }

    static Stream<Case> propertyEscapesAcceptCategoriesScriptsAndBinaryProperties() {
        return Stream.of(
                valid("\\p{L}\\p{Letter}\\p{gc=Lu}\\p{General_Category=Decimal_Number}\\p{digit}", "u"),
                valid("\\p{sc=Latn}\\p{Script=Latin}\\p{scx=Hira}\\p{Script_Extensions=Greek}", "u"),
                valid("\\p{Alphabetic}\\p{Alpha}\\P{Any}\\p{ASCII}\\p{Assigned}", "u"),
                valid("\\p{Emoji_Presentation}\\p{ExtPict}\\p{space}\\p{WSpace}", "u"),
                valid("[\\p{sc=Kawi}\\p{sc=Garay}\\p{Script=Zyyy}]", "v"),
                valid("\\p{Basic_Emoji}\\p{RGI_Emoji_Flag_Sequence}", "v"));
    }

    // ClassUnion, ClassSubtraction, ClassIntersection, nested classes and \q{…}.
    @ParameterizedTest(name = "{0}")
    @MethodSource
    void classSetOperationsAreValidInVMode(Case c) {
        c.verify();
    }

    static Stream<Case> classSetOperationsAreValidInVMode() {
        return Stream.of(
                valid("[a--b]", "v"),
                valid("[a&&b]", "v"),
                valid("[\\p{L}--\\p{Lu}]", "v"),
                valid("[[a-z]--[aeiou]]", "v"),
                valid("[a--b--c]", "v"),
                valid("[a&&b&&c]", "v"),
                valid("[[a][b]]", "v"),
                valid("[\\q{abc|d}a-z]", "v"),
                valid("[^\\q{a}]", "v"),
                valid("[\\q{ab}--\\q{a}]", "v"),
                valid("[]", "v"),
                valid("[^]", "v"),
                valid("[a&b!c]", "v"));
    }

    // One operator per class level; ( ) [ ] { } / - | and doubled punctuators are reserved.
    @ParameterizedTest(name = "{0}")
    @MethodSource
    void classSetsRejectMixedOperatorsAndReservedSyntaxInVMode(Case c) {
        c.verify();
    }

    static Stream<Case> classSetsRejectMixedOperatorsAndReservedSyntaxInVMode() {
        return Stream.of(
                invalid("[a--b&&c]", "v", "Invalid set operation in character class"),
                invalid("[ab--c]", "v", "Invalid set operation in character class"),
                invalid("[ab&&c]", "v", "Invalid set operation in character class"),
                invalid("[a-z--b]", "v", "Invalid set operation in character class"),
                invalid("[a!!b]", "v", "Invalid set operation in character class"),
                invalid("[&&a]", "v", "Invalid set operation in character class"),
                invalid("[a&&&b]", "v", "Invalid character in character class"),
                invalid("[(]", "v", "Invalid character in character class"),
                invalid("[a-]", "v", "Invalid character in character class"),
                invalid("[-a]", "v", "Invalid character in character class"),
                invalid("[|]", "v", "Invalid character in character class"),
                invalid("[{]", "v", "Invalid character in character class"),
                invalid("[a-\\q{b}]", "v", "Invalid character class"),
                invalid("[]]", "v", "Lone quantifier brackets"));
    }

    // A complemented class may only match single code points.
    @ParameterizedTest(name = "{0}")
    @MethodSource
    void negatedClassesCannotContainStrings(Case c) {
        c.verify();
    }

    static Stream<Case> negatedClassesCannotContainStrings() {
        return Stream.of(
                invalid("[^\\q{abc}]", "v", "Negated character class may contain strings"),
                invalid("[^\\q{}]", "v", "Negated character class may contain strings"),
                invalid("[^\\p{RGI_Emoji}]", "v", "Negated character class may contain strings"),
                invalid("[^[\\q{ab}]]", "v", "Negated character class may contain strings"),
                invalid("[[^\\q{ab}]]", "v", "Negated character class may contain strings"),
                invalid("[^\\q{ab}--\\q{a}]", "v", "Negated character class may contain strings"),
                valid("[^\\q{\uD83D\uDE00}]", "v"),
                valid("[^\\p{RGI_Emoji}&&\\d]", "v"),
                valid("[^\\q{a}--\\q{ab}]", "v"));
    }

    // Groups live on a stack of their own; V8 stops at 32767 captures and runs out of stack on deeply nested v classes.
    @ParameterizedTest(name = "{0}")
    @MethodSource
    void deepNestingIsCheckedWithoutRecursion(Case c) {
        c.verify();
    }

    static Stream<Case> deepNestingIsCheckedWithoutRecursion() {
        return Stream.of(
                invalid("(".repeat(100000) + ")".repeat(100000), "", "Too many captures"),
                valid("(?:".repeat(100000) + ")".repeat(100000), ""),
                valid("(?=".repeat(100000) + "a" + ")".repeat(100000), "u"),
                valid("()".repeat(32767), ""),
                invalid("()".repeat(32768), "u", "Too many captures"),
                valid("[".repeat(1000) + "]".repeat(1000), "v"),
                invalid("[".repeat(100000) + "]".repeat(100000), "v", "Maximum call stack size exceeded"));
    }

    @Test
    void fullMessageListsFlagsInCanonicalOrder() {
        assertThat(RegExpSyntax.message("(", "yg", "Unterminated group"))
                .isEqualTo("Invalid regular expression: /(/gy: Unterminated group");
        assertThat(RegExpSyntax.message("(", "", "Unterminated group"))
                .isEqualTo("Invalid regular expression: /(/: Unterminated group");
        assertThat(RegExpSyntax.message("a**", "dgimsvy", "Nothing to repeat"))
                .isEqualTo("Invalid regular expression: /a**/dgimsvy: Nothing to repeat");
        assertThat(RegExpSyntax.message("\\p{Foo}", "iu", "Invalid property name"))
                .isEqualTo("Invalid regular expression: /\\p{Foo}/iu: Invalid property name");
    }
}

package dev.loopsim.js.builtins;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * Maps the Unicode property escapes of ECMA-262 §22.2.2.9 ({@code \p{Letter}}, {@code \p{Script=Greek}},
 * {@code \p{Emoji}}) to the contents of a Java character class. Script_Extensions is approximated by
 * Script, and ID_Start/ID_Continue by Java's Unicode identifier rules.
 */
final class RegExpProperties {
    private RegExpProperties() {}

    private static final Map<String, String> GENERAL_CATEGORIES = Map.ofEntries(
            Map.entry("Cased_Letter", "LC"),
            Map.entry("Close_Punctuation", "Pe"),
            Map.entry("Connector_Punctuation", "Pc"),
            Map.entry("Control", "Cc"),
            Map.entry("cntrl", "Cc"),
            Map.entry("Currency_Symbol", "Sc"),
            Map.entry("Dash_Punctuation", "Pd"),
            Map.entry("Decimal_Number", "Nd"),
            Map.entry("digit", "Nd"),
            Map.entry("Enclosing_Mark", "Me"),
            Map.entry("Final_Punctuation", "Pf"),
            Map.entry("Format", "Cf"),
            Map.entry("Initial_Punctuation", "Pi"),
            Map.entry("Letter", "L"),
            Map.entry("Letter_Number", "Nl"),
            Map.entry("Line_Separator", "Zl"),
            Map.entry("Lowercase_Letter", "Ll"),
            Map.entry("Mark", "M"),
            Map.entry("Combining_Mark", "M"),
            Map.entry("Math_Symbol", "Sm"),
            Map.entry("Modifier_Letter", "Lm"),
            Map.entry("Modifier_Symbol", "Sk"),
            Map.entry("Nonspacing_Mark", "Mn"),
            Map.entry("Number", "N"),
            Map.entry("Open_Punctuation", "Ps"),
            Map.entry("Other", "C"),
            Map.entry("Other_Letter", "Lo"),
            Map.entry("Other_Number", "No"),
            Map.entry("Other_Punctuation", "Po"),
            Map.entry("Other_Symbol", "So"),
            Map.entry("Paragraph_Separator", "Zp"),
            Map.entry("Private_Use", "Co"),
            Map.entry("Punctuation", "P"),
            Map.entry("punct", "P"),
            Map.entry("Separator", "Z"),
            Map.entry("Space_Separator", "Zs"),
            Map.entry("Spacing_Mark", "Mc"),
            Map.entry("Surrogate", "Cs"),
            Map.entry("Symbol", "S"),
            Map.entry("Titlecase_Letter", "Lt"),
            Map.entry("Unassigned", "Cn"),
            Map.entry("Uppercase_Letter", "Lu"));

    private static final Map<String, String> BINARY = Map.ofEntries(
            Map.entry("Alphabetic", "\\p{IsAlphabetic}"),
            Map.entry("Alpha", "\\p{IsAlphabetic}"),
            Map.entry("Lowercase", "\\p{IsLowercase}"),
            Map.entry("Lower", "\\p{IsLowercase}"),
            Map.entry("Uppercase", "\\p{IsUppercase}"),
            Map.entry("Upper", "\\p{IsUppercase}"),
            Map.entry("White_Space", "\\p{IsWhite_Space}"),
            Map.entry("space", "\\p{IsWhite_Space}"),
            Map.entry("Ideographic", "\\p{IsIdeographic}"),
            Map.entry("Ideo", "\\p{IsIdeographic}"),
            Map.entry("Hex_Digit", "\\p{IsHex_Digit}"),
            Map.entry("Join_Control", "\\p{IsJoin_Control}"),
            Map.entry("Noncharacter_Code_Point", "\\p{IsNoncharacter_Code_Point}"),
            Map.entry("Assigned", "\\P{Cn}"),
            Map.entry("Emoji", "\\p{IsEmoji}"),
            Map.entry("Emoji_Presentation", "\\p{IsEmoji_Presentation}"),
            Map.entry("Emoji_Modifier", "\\p{IsEmoji_Modifier}"),
            Map.entry("Emoji_Modifier_Base", "\\p{IsEmoji_Modifier_Base}"),
            Map.entry("Emoji_Component", "\\p{IsEmoji_Component}"),
            Map.entry("Extended_Pictographic", "\\p{IsExtended_Pictographic}"),
            Map.entry("ASCII", "\\x{0}-\\x{7F}"),
            Map.entry("Any", "\\x{0}-\\x{10FFFF}"),
            Map.entry("ASCII_Hex_Digit", "0-9A-Fa-f"),
            Map.entry("AHex", "0-9A-Fa-f"),
            Map.entry("ID_Start", "\\p{javaUnicodeIdentifierStart}"),
            Map.entry("IDS", "\\p{javaUnicodeIdentifierStart}"),
            Map.entry("ID_Continue", "\\p{javaUnicodeIdentifierPart}"),
            Map.entry("IDC", "\\p{javaUnicodeIdentifierPart}"));

    /** The Java class contents for {@code \p{name}}, or null if ECMAScript does not know the property. */
    static String toJava(String name) {
        int eq = name.indexOf('=');
        if (eq >= 0) {
            String key = name.substring(0, eq);
            String value = name.substring(eq + 1);
            return switch (key) {
                case "General_Category", "gc" -> generalCategory(value);
                case "Script", "sc", "Script_Extensions", "scx" -> script(value);
                default -> null;
            };
        }
        String gc = generalCategory(name);
        return gc != null ? gc : BINARY.get(name);
    }

    private static String generalCategory(String value) {
        String shortName = GENERAL_CATEGORIES.getOrDefault(value, value);
        if (!shortName.matches("[A-Z][a-z&]?|LC")) {
            return null;
        }
        return compiles("\\p{" + shortName + "}") ? "\\p{" + shortName + "}" : null;
    }

    private static String script(String value) {
        try {
            Character.UnicodeScript script = Character.UnicodeScript.forName(value);
            return "\\p{sc=" + script.name() + "}";
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean compiles(String regex) {
        try {
            Pattern.compile(regex);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}

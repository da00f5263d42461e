package dev.loopsim.cli;

import dev.loopsim.js.syntax.Node;
import dev.loopsim.js.syntax.Parser;
import dev.loopsim.js.syntax.Source;

/**
 * Which ECMAScript goal symbol a file is parsed with: chosen by its name ({@code .mjs} is a module), or
 * forced by {@code --module} / {@code --script}.
 */
enum ParseGoal {
    BY_FILE_NAME,
    SCRIPT,
    MODULE;

    Node.Program parse(Source source) {
        return switch (this) {
            case BY_FILE_NAME -> Parser.parse(source);
            case SCRIPT -> Parser.parseScript(source);
            case MODULE -> Parser.parseModule(source);
        };
    }
}

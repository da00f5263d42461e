package dev.loopsim.properties.run;

import dev.loopsim.js.syntax.JsSyntaxError;
import dev.loopsim.js.syntax.Node;
import dev.loopsim.js.syntax.Parser;
import dev.loopsim.js.syntax.Source;

/**
 * Which ECMAScript goal symbol a file is parsed with: chosen by its name ({@code .mjs} is a module), as
 * node chooses for its main file, or forced by {@code --module} / {@code --script}.
 */
public enum ParseGoal {
    BY_FILE_NAME,
    /**
     * As node v20.20 parses a main file: {@code .mjs} as a module, {@code .cjs} as a script, anything else
     * as a script unless it only parses as a module (syntax detection; the host then also honours a
     * package.json {@code "type": "module"}).
     */
    AS_NODE_DOES,
    SCRIPT,
    MODULE;

    public Node.Program parse(Source source) {
        return switch (this) {
            case BY_FILE_NAME -> Parser.parse(source);
            case AS_NODE_DOES -> {
                if (source.isModuleByName() || source.name().endsWith(".cjs")) {
                    yield Parser.parse(source);
                }
                try {
                    yield Parser.parseScript(source);
                } catch (JsSyntaxError notAScript) {
                    try {
                        yield Parser.parseModule(source);
                    } catch (JsSyntaxError notAModuleEither) {
                        throw notAScript;
                    }
                }
            }
            case SCRIPT -> Parser.parseScript(source);
            case MODULE -> Parser.parseModule(source);
        };
    }
}

/** Source text to AST: the lexer, the parser, the AST records with their positions, and the printer. */
package dev.loopsim.js.syntax;

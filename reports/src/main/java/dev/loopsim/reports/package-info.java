/** Renderers that turn what a run recorded into something a person reads: text, HTML and SVG reports. */
package dev.loopsim.reports;

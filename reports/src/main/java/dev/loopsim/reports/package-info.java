/** reports module; filled by its own issue. */
package dev.loopsim.reports;

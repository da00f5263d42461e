/** properties module; filled by its own issue. */
package dev.loopsim.properties;

/**
 * Colours as people describe them: colours in CIELAB, made from sRGB, moved and mixed
 * ({@link dev.pillid.search.color.Lab}), and their CIEDE2000 difference
 * ({@link dev.pillid.search.color.Ciede2000}).
 */
package dev.pillid.search.color;

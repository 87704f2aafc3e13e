/**
 * Names a value in an issue message ("not a number: object") without ever throwing and without
 * walking into it. `String(value)` or a template literal is not safe for content: it recurses
 * through nested arrays (RangeError at ≈ 5,000 levels), throws on Symbols, on objects without a
 * prototype and on a `toString` that throws, and copies a 1 MB string whole into the message.
 *
 * The one describer of the library: the model's parsers, the sources and the elements all use it
 * (the model is the bottom layer, so everyone may import it). It stays this small on purpose: the
 * view counter's 2 KB budget has no room for object keys or error names.
 */
export function describeValue(value: unknown): string {
  const type = typeof value;
  // A string is quoted ("55" is not 55) and cut; numbers, booleans, null and undefined print
  // safely; anything else (object, bigint, symbol, function) is named by its type alone.
  if (type == 'string') return JSON.stringify((value as string).slice(0, 40));
  return type == 'number' || type == 'boolean' || value == null ? String(value) : type;
}

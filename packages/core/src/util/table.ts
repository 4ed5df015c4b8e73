/**
 * A lookup table without a prototype: a key read from the input ("constructor", "__proto__", "toString")
 * finds nothing instead of an inherited function.
 */
export function table<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}

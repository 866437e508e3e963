/**
 * A response body already written as JSON, in UTF-8. Presenters return it when parts of the body
 * are shared by many requests (a cached comment tree or board page): those parts are written and
 * encoded once, and a response is a copy of bytes instead of serialising, measuring and encoding
 * the same text again. The router sends it as it is, as `application/json`.
 */
export class JsonBody {
  constructor(readonly bytes: Buffer) {}
}

/**
 * `write(value)` as UTF-8, remembered per frozen value: a frozen value cannot change, so its JSON
 * cannot either. Values that are not frozen are written each time.
 */
export function jsonOnce<T extends object>(
  memo: WeakMap<T, Buffer>,
  value: T,
  write: (value: T) => string,
): Buffer {
  if (!Object.isFrozen(value)) return Buffer.from(write(value));
  let bytes = memo.get(value);
  if (bytes === undefined) {
    bytes = Buffer.from(write(value));
    memo.set(value, bytes);
  }
  return bytes;
}

/**
 * A response body already written as JSON. Presenters return it when parts of the body are
 * shared by many requests (a cached comment tree or board page) and so are written out once;
 * the router sends it as it is, as `application/json`.
 */
export class JsonText {
  constructor(readonly text: string) {}
}

/**
 * `write(value)`, remembered per frozen value: a frozen value cannot change, so its JSON cannot
 * either. Values that are not frozen are written each time.
 */
export function jsonOnce<T extends object>(
  memo: WeakMap<T, string>,
  value: T,
  write: (value: T) => string,
): string {
  if (!Object.isFrozen(value)) return write(value);
  let text = memo.get(value);
  if (text === undefined) {
    text = write(value);
    memo.set(value, text);
  }
  return text;
}

/**
 * A response body already written as JSON, in UTF-8: presenters that put a body together from
 * parts return it, and the router sends it as it is, as `application/json`.
 */
export class JsonBody {
  constructor(readonly bytes: Buffer) {}
}

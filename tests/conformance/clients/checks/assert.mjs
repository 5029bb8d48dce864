// The few assertions the smoke checks need, with messages that show what was received.
import { deepStrictEqual, ok } from 'node:assert/strict';

export function equal(actual, expected, what) {
  deepStrictEqual(actual, expected, `${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

export function truthy(value, what) {
  ok(value, `${what}: got ${JSON.stringify(value)}`);
}

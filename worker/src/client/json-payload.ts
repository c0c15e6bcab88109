// A value as the SDK's default JSON payload (`json/plain`, UTF-8 of JSON.stringify), encoded with Node's native UTF-8
// encoder. The SDK's converter encodes with its own pure-JS TextEncoder (it must also run in the workflow sandbox):
// for a journey's ≈17 KB input that was ≈1 ms of the API's CPU per start and a 35 KB scratch array each, the largest
// item of an enrolment's profile after the socket writes. The bytes are the same, so workers decode it as before. Use
// only where the client keeps the default payload converter (a RawValue bypasses a custom one; codecs still apply).
import { RawValue } from '@temporalio/common';

const JSON_PLAIN = Buffer.from('json/plain');

export function jsonPayload<T>(value: T): T {
  const payload = { metadata: { encoding: JSON_PLAIN }, data: Buffer.from(JSON.stringify(value), 'utf8') };
  // Typed as the value so it fits a workflow's typed `args`; the client sends the payload as it is.
  return RawValue.fromPayload(payload) as unknown as T;
}

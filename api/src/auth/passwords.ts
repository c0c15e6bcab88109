// Password hashing with argon2id (prebuilt binaries from npm, no compilation at install).
import { randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

export function hashPassword(password: string): Promise<string> {
  return hash(password, { memoryCost: 19_456, timeCost: 2, parallelism: 1 });
}

export async function verifyPassword(hashed: string, password: string): Promise<boolean> {
  try {
    return await verify(hashed, password);
  } catch {
    return false;
  }
}

// A hash of a random password nobody knows, made once, with the same parameters as real ones.
let dummy: Promise<string> | undefined;

/** Spends the time of a real verification and returns false: for logins to accounts that do not exist. */
export async function verifyAgainstNothing(password: string): Promise<false> {
  dummy ??= hashPassword(randomBytes(32).toString('hex'));
  await verifyPassword(await dummy, password);
  return false;
}

// An app that already has classic zod uses our schemas as they are (SDK README, "Schemas"):
// they are written with zod/mini, and both share zod's core.
import { describe, expect, test } from 'vitest';
import * as z from 'zod';
import { CountryCode, EventInput, RegistrationInput, toFieldErrors } from '../src/index.js';
import * as samples from './samples.js';

describe("an app using classic zod (`import * as z from 'zod'`)", () => {
  test('z.safeParse and z.parse take our schemas, and their issues become our field errors', () => {
    const valid = z.safeParse(RegistrationInput, samples.registration());
    expect(valid.success).toBe(true);
    const input = { ...samples.registration(), consent: false, extra: 1 };
    const result = z.safeParse(RegistrationInput, input);
    expect(result.success).toBe(false);
    expect(toFieldErrors(result.error?.issues ?? [], input)).toMatchObject([
      { path: ['consent'], code: 'invalid_value' },
      { path: ['extra'], code: 'unrecognized_key' },
    ]);
    expect(() => z.parse(RegistrationInput, input)).toThrow(z.ZodError);
  });

  test('our schemas compose into classic ones, keeping their rules, and the types follow', () => {
    const Batch = z.object({ country: CountryCode, events: z.array(EventInput).max(2) });
    const batch: z.input<typeof Batch> = { country: 'HT', events: [samples.event()] };
    const parsed: z.output<typeof Batch> = Batch.parse(batch);
    expect(parsed.events[0]?.timeZone).toBe(samples.event().timeZone);

    const bad = {
      country: 'ht',
      events: [{ ...samples.event(), endsAt: '2026-03-05T13:00:00-05:00' }],
    };
    const result = Batch.safeParse(bad);
    expect(toFieldErrors(result.error?.issues ?? [], bad)).toMatchObject([
      { path: ['country'], code: 'country_code' },
      { path: ['events', 0, 'endsAt'], code: 'end_before_start' },
    ]);
    // Classic methods on the composed schema work as on any classic schema.
    expect(
      Batch.safeParse({ ...batch, events: [samples.event(), samples.event(), samples.event()] }).success,
    ).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { checkTimeZone } from './time-zone';

describe('checkTimeZone', () => {
  it.each(['UTC', 'Etc/UTC', 'Europe/Paris', 'America/New_York', 'America/Argentina/Buenos_Aires', 'Asia/Kolkata', 'US/Pacific', 'Etc/GMT+5', 'GMT'])(
    'accepts %s',
    (zone) => expect(checkTimeZone(zone)).toBeUndefined(),
  );

  it.each<[string, RegExp]>([
    ['', /must not be empty/],
    ['Local', /not Local/],
    ['local', /not Local/],
    ['Europe/Pariss', /unknown time zone/],
    ['europe/paris', /did you mean Europe\/Paris/],
    ['utc', /unknown time zone/],
    ['Europe/../Paris', /unknown time zone/],
    ['/Europe/Paris', /unknown time zone/],
    ['Europe/Paris/', /unknown time zone/],
    ['America/-Foo', /unknown time zone/],
    ['America/Very_Long_Name_Here', /unknown time zone/],
    ['Europe Paris', /unknown time zone/],
  ])('rejects %j', (zone, message) => expect(checkTimeZone(zone)).toMatch(message));
});

// Hours as typed: decimals with a point or a comma, h:mm, 7h30 and minutes all mean what a person
// means; nonsense and more than a day are refused.
import { describe, expect, it } from 'vitest';
import { parseHours } from './typed-hours.ts';

describe('parseHours', () => {
  it('understands decimals, h:mm, hours-and-minutes and minutes', () => {
    const cases: Array<[string, number]> = [['7.5', 450], ['7,5', 450], ['7:30', 450], ['7h30', 450], ['7h30m', 450], ['7h', 420], ['8', 480], ['.25', 15], ['0.1', 6], ['45m', 45], ['90min', 90], [' 7 : 30 ', 450], ['24', 1440], ['0', 0], ['', 0], ['  ', 0]];
    for (const [typed, minutes] of cases) expect(parseHours(typed), typed).toBe(minutes);
  });

  it('refuses what is not hours, and more than a day', () => {
    for (const typed of ['abc', '7:75', '7h60', '24:01', '25', '-1', '7..5', '1.2.3', '7:5', ':30', 'h']) expect(parseHours(typed), typed).toBeNull();
  });
});

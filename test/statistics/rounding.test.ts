// Figures that read right (issue 26, item 6), each against the case the issue names.
import { describe, expect, it } from 'vitest';
import { intervalText, kappaFigure, percentText, roundHalfAwayFromZero, signed } from '../../src/statistics/rounding.js';

describe('rounding half away from zero', () => {
  it.each([
    [2.5, 0, 3],
    [-2.5, 0, -3],
    [0.125, 2, 0.13],
    [-0.125, 2, -0.13],
    [28.499999999999996, 0, 29], // 0.285 * 100
    [1.005, 2, 1.01],
    [-0.4, 0, 0],
    [-0.004, 2, 0],
    [61.49, 0, 61],
  ])('%f to %i places is %f', (x, d, expected) => {
    expect(roundHalfAwayFromZero(x, d)).toBe(expected);
    expect(Object.is(roundHalfAwayFromZero(x, d), -0)).toBe(false);
  });

  it('signs: "+3", "-3", never "-0" or "+0"', () => {
    expect(signed(2.5)).toBe('+3');
    expect(signed(-2.5)).toBe('-3');
    expect(signed(-0.4)).toBe('0');
    expect(signed(0.04, 1)).toBe('0.0');
    expect(signed(-12.25, 1)).toBe('-12.3');
  });
});

describe('shares', () => {
  it('1999 of 2000 is ">99%", 1 of 2000 "<1%", and only exact 0 and 1 print "0%" and "100%"', () => {
    expect(percentText(1999 / 2000)).toBe('>99%');
    expect(percentText(1 / 2000)).toBe('<1%');
    expect(percentText(0)).toBe('0%');
    expect(percentText(1)).toBe('100%');
    expect(percentText(0.005)).toBe('1%');
    expect(percentText(0.385)).toBe('39%');
    expect(() => percentText(1.5)).toThrow(RangeError);
  });
});

describe('intervals beside a verdict', () => {
  it('"0 to +61, change" becomes "+0.1 to +61.0"', () => {
    expect(intervalText(0.001, 0.61, { change: true })).toEqual({ lo: '+0.1', hi: '+61.0', decimals: 1 });
  });

  it('"-31 to 0, change" becomes "-31 to -<0.5" when even a decimal more still shows 0', () => {
    expect(intervalText(-0.31, -0.0004, { change: true })).toEqual({ lo: '-31', hi: '-<0.5', decimals: 0 });
    expect(intervalText(0.00001, 0.2, { change: true })).toEqual({ lo: '+<0.5', hi: '+20', decimals: 0 });
    expect(intervalText(0.00001, 0.2, { change: true, decimals: 1 })).toEqual({ lo: '+<0.05', hi: '+20.0', decimals: 1 });
  });

  it('a clear change keeps whole points; "no change" prints its ends as they round, a 0 end being true', () => {
    expect(intervalText(0.05, 0.3, { change: true })).toEqual({ lo: '+5', hi: '+30', decimals: 0 });
    expect(intervalText(-0.004, 0.2, { change: false })).toEqual({ lo: '0', hi: '+20', decimals: 0 });
  });

  it('refuses a "change" whose interval includes 0, and a reversed interval', () => {
    expect(() => intervalText(-0.1, 0.2, { change: true })).toThrow(RangeError);
    expect(() => intervalText(0.2, 0.1, { change: false })).toThrow(RangeError);
  });
});

describe('kappa and its band from one rounded figure', () => {
  it('41/200 prints "0.21" and reads fair; -1/200 prints "-0.01" and reads poor', () => {
    expect(kappaFigure(41 / 200)).toEqual({ text: '0.21', band: 'fair' });
    expect(kappaFigure(-1 / 200)).toEqual({ text: '-0.01', band: 'poor' });
  });

  it('the band always agrees with the printed text, at every hundredth and its halves', () => {
    for (let i = -100; i <= 100; i++) {
      for (const k of [i / 100, (i + 0.5) / 100, (i - 0.5) / 100]) {
        if (Math.abs(k) > 1) continue;
        const { text, band } = kappaFigure(k);
        const printed = Number(text);
        const expected =
          printed < 0
            ? 'poor'
            : printed <= 0.2
              ? 'slight'
              : printed <= 0.4
                ? 'fair'
                : printed <= 0.6
                  ? 'moderate'
                  : printed <= 0.8
                    ? 'substantial'
                    : 'almost perfect';
        expect(band, `${k} printed ${text}`).toBe(expected);
        expect(text).not.toBe('-0.00');
      }
    }
  });
});

import { describe, expect, it } from 'vitest';
import { calculatorById } from '../../src/calculators/registry.ts';
import { findUsages } from '../../src/calculators/usage.ts';

describe('calculators placed in MDX', () => {
  it('reads the id and numeric overrides, underscores included', () => {
    const body =
      'Text <Calculator id="service-climate" revenue={2_000_000} attribution={40} /> more';
    expect(findUsages(body, calculatorById)).toEqual([
      { id: 'service-climate', overrides: { revenue: 2_000_000, attribution: 40 } },
    ]);
  });

  it('fails on an unknown id, listing the valid ones', () => {
    expect(() => findUsages('<Calculator id="service-climat" />', calculatorById)).toThrow(
      /unknown calculator id "service-climat"; use one of service-climate, /,
    );
  });

  it('fails on an unknown input name, naming it', () => {
    expect(() =>
      findUsages('<Calculator id="service-climate" revenu={5} />', calculatorById),
    ).toThrow(/unknown input "revenu"; use one of revenue, /);
  });

  it('fails on a value the input does not accept or a quoted number', () => {
    expect(() =>
      findUsages('<Calculator id="service-climate" attribution={150} />', calculatorById),
    ).toThrow(/attribution=\{150\} is not a number between 0 and 100/);
    expect(() =>
      findUsages('<Calculator id="service-climate" revenue="5" />', calculatorById),
    ).toThrow(/revenue/);
  });
});

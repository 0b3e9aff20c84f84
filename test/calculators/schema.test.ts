import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import climate from '../../src/calculators/declarations/service-climate.ts';
import { CALCULATORS } from '../../src/calculators/registry.ts';
import { checkDeclaration } from '../../src/calculators/schema.ts';

const FILE = 'src/calculators/declarations/service-climate.ts';

/** The climate declaration with one change, as a newcomer's mistake would make it. */
function broken(change: (d: Record<string, unknown>) => void): unknown {
  const copy = structuredClone({ ...climate, compute: undefined, charts: undefined }) as Record<
    string,
    unknown
  >;
  Object.assign(copy, { compute: climate.compute, charts: climate.charts });
  change(copy);
  return copy;
}

const problem = (value: unknown, file = FILE) => {
  try {
    checkDeclaration(file, value);
  } catch (error) {
    return (error as Error).message;
  }
  return 'accepted';
};

describe('the calculator registry', () => {
  it('holds every module of src/calculators/declarations, in the declared order', () => {
    const files = readdirSync('src/calculators/declarations').map((f) => f.replace(/\.ts$/, ''));
    expect(CALCULATORS.map((c) => c.id).sort()).toEqual(files.sort());
    const orders = CALCULATORS.map((c) => c.order);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
    expect(CALCULATORS[0]!.id).toBe('service-climate');
  });
});

describe('checkDeclaration', () => {
  it('accepts a valid declaration as it is', () => {
    expect(checkDeclaration(FILE, climate)).toBe(climate);
  });

  it('names the file, the calculator and the field of a missing text', () => {
    const message = problem(
      broken((d) => delete (d.inputs as { label: Record<string, string> }[])[1]!.label.en),
    );
    expect(message).toContain(`${FILE} (calculator "service-climate"): inputs[1].label.en:`);
  });

  it('refuses an id that is not the file name', () => {
    expect(problem(climate, 'src/calculators/declarations/climate.ts')).toContain(
      'id: "service-climate" must be the file\'s name, "climate"',
    );
  });

  it('refuses a reference to an output or input that does not exist', () => {
    const band = problem(broken((d) => ((d.bands as { low: string }[])[0]!.low = 'gainLow')));
    expect(band).toContain('bands[0].low: no output is named "gainLow"');
    const coefficient = problem(
      broken((d) => {
        const k = (d.coefficients as { values: { central: { value: unknown } } }[])[0]!;
        k.values.central.value = { input: 'elasticty' };
      }),
    );
    expect(coefficient).toContain(
      'coefficients[0].values.central.value.input: no input is named "elasticty"',
    );
  });

  it('refuses a default outside its bounds, an unknown unit, a twice-declared name and no compute', () => {
    const inputs = (d: Record<string, unknown>) => d.inputs as Record<string, unknown>[];
    expect(problem(broken((d) => (inputs(d)[1]!.default = 101)))).toContain(
      'inputs[1].default: the default must lie within min and max',
    );
    expect(problem(broken((d) => (inputs(d)[1]!.unit = 'euros')))).toContain('inputs[1].unit:');
    expect(problem(broken((d) => (inputs(d)[2]!.name = 'climateNow')))).toContain(
      'inputs[2].name: "climateNow" is declared twice',
    );
    expect(problem(broken((d) => delete d.compute))).toContain('compute:');
  });

  it('lists every problem at once, one per line', () => {
    const message = problem(
      broken((d) => {
        d.order = 0;
        (d.title as Record<string, string>).fr = ' ';
      }),
    );
    expect(message.split('\n')).toHaveLength(2);
    expect(message).toMatch(/order:.*\n.*title\.fr: must not be empty|title\.fr.*\n.*order/);
  });
});

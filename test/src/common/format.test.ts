// Rate formatting: one decimal, half up at the display digit, intervals with an en dash.
import { formatInterval, formatPercent } from '../../../src/common/format';

describe('formatPercent', () => {
  test('one decimal', () => {
    expect(formatPercent(0.85)).toBe('85.0%');
    expect(formatPercent(0.8314)).toBe('83.1%');
    expect(formatPercent(0.90249)).toBe('90.2%');
  });
  test('rounds at the tenth of a percent', () => {
    expect(formatPercent(0.8316)).toBe('83.2%');
    expect(formatPercent(0.84951)).toBe('85.0%');
  });
  test('the ends', () => {
    expect(formatPercent(0)).toBe('0.0%');
    expect(formatPercent(1)).toBe('100.0%');
  });
});

describe('formatInterval', () => {
  test('lower–upper as percents', () => {
    expect(formatInterval([0.8314, 0.9021])).toBe('83.1%–90.2%');
    expect(formatInterval([0.5656, 1])).toBe('56.6%–100.0%');
  });
});

/** Text widths from Times font metrics, which size the rules (L6, L7, L10). */
import { textWidthMm } from '../../../src/core/report';

describe('text widths', () => {
  it('gives a Vietnamese letter the width of its base letter', () => {
    expect(textWidthMm('Độc lập', 13, true)).toBeCloseTo(textWidthMm('Doc lap', 13, true), 6);
    expect(textWidthMm('ư ơ ă', 14)).toBeCloseTo(textWidthMm('u o a', 14), 6);
  });

  it('grows with the size and is wider in bold', () => {
    expect(textWidthMm('Sở Tài chính', 14)).toBeCloseTo((textWidthMm('Sở Tài chính', 13) * 14) / 13, 6);
    expect(textWidthMm('SỞ TÀI CHÍNH', 13, true)).toBeGreaterThan(textWidthMm('SỞ TÀI CHÍNH', 13, false));
  });

  it('measures a known line: an em-wide M at 72 pt is 889/1000 of an inch', () => {
    expect(textWidthMm('M', 72)).toBeCloseTo(0.889 * 25.4, 6);
  });
});

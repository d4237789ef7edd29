/** Shared inputs of the report tests: the header of a report by Sở Tài chính Sơn La, undated, unnumbered. */
import type { HeaderOptions } from '../../../src/core/report';

/** The header every sample document carries. */
export const SAMPLE_HEADER: HeaderOptions = {
  body: { parent: 'UBND tỉnh Sơn La', issuer: 'Sở Tài chính' },
  symbol: 'BC-STC',
  place: 'Sơn La',
  date: { year: 2025 },
};

/** What the pane says when an action fails: a plain sentence; the code only as a detail; a bug's text never. */
import { errorNotice } from '../../src/taskpane/services/notice';
import { uiText } from '../../src/i18n/ui';

describe('error notices', () => {
  it('a bug (a TypeError) is the plain "unexpected" sentence, with only its name as the code', () => {
    const n = errorNotice(new TypeError("Cannot read properties of undefined (reading 'sheets')"));
    expect(n).toEqual({ intent: 'error', lines: [{ key: 'office.error.unknown' }], code: 'TypeError' });
    expect(JSON.stringify(n)).not.toContain('Cannot read');
  });

  it('an Office error is said by its code, which (with where Office failed) is the detail', () => {
    const n = errorNotice({ code: 'InvalidArgument', debugInfo: { errorLocation: 'Range.values' } });
    expect(n.lines).toEqual([{ key: 'office.error.invalidArgument' }]);
    expect(n.code).toBe('InvalidArgument (Range.values)');
    expect(uiText('vi', 'errorCode', { code: n.code ?? '' })).toBe('Mã lỗi: InvalidArgument (Range.values)');
  });
});

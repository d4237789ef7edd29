/** describeOfficeError: branches on error.code only, every mapped code has a message key. */
import { describeOfficeError, OFFICE_ERROR_CODES, OFFICE_ERROR_KEYS } from '../../src/office/errors';
import { FakeOfficeError } from '../support/fake-excel';

describe('describeOfficeError', () => {
  it.each([
    ['InvalidArgument', 'office.error.invalidArgument'],
    ['ItemAlreadyExists', 'office.error.alreadyExists'],
    ['AccessDenied', 'office.error.accessDenied'],
    ['RequestPayloadSizeLimitExceeded', 'office.error.tooLarge'],
    ['GeneralException', 'office.error.general'],
    ['InsertDeleteConflict', 'office.error.conflict'],
    ['ItemNotFound', 'office.error.notFound'],
    ['InvalidOperationInCellEditMode', 'office.error.cellEditMode'],
    ['ApiNotFound', 'office.error.unsupported'],
    ['PropertyNotLoaded', 'office.error.internal'],
  ])('maps %s to %s', (code, key) => {
    expect(describeOfficeError(new FakeOfficeError(code, 'whatever the message says'))).toEqual({
      code,
      messageKey: key,
    });
  });

  it('ignores the message: the same code in another language maps the same', () => {
    const vi = describeOfficeError(
      new FakeOfficeError('AccessDenied', 'Bạn không thể thực hiện thao tác này.'),
    );
    const en = describeOfficeError(
      new FakeOfficeError('AccessDenied', 'You cannot perform the requested operation.'),
    );
    expect(vi).toEqual(en);
  });

  it('keeps where Office says it failed (debugInfo.errorLocation)', () => {
    expect(describeOfficeError(new FakeOfficeError('InvalidArgument', 'x', 'Range.values'))).toMatchObject({
      location: 'Range.values',
    });
  });

  it('reports a code it does not know as "Unknown", never guessing from the message', () => {
    expect(describeOfficeError({ code: 'SomethingNew', message: 'Access denied' })).toEqual({
      code: 'Unknown',
      messageKey: 'office.error.unknown',
    });
  });

  it.each([new Error('boom'), 'text', null, undefined, { code: 42 }])(
    'reports %p as no Office error',
    (e) => {
      expect(describeOfficeError(e)).toEqual({ code: 'NotOfficeError', messageKey: 'office.error.unknown' });
    },
  );

  it('maps every listed code to a key the i18n table must provide', () => {
    for (const key of Object.values(OFFICE_ERROR_CODES)) expect(OFFICE_ERROR_KEYS).toContain(key);
  });
});

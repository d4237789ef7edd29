/**
 * The static fallback of taskpane.html, for webviews that cannot run the pane (Internet Explorer in Office 2019
 * volume licence and older, legacy Edge): its script is ES5 and shows the message at once there, naming what to use
 * instead — the .xlsx templates and the chitieu program.
 */
import fs from 'node:fs';
import path from 'node:path';

const html = fs.readFileSync(path.join(__dirname, '../../src/taskpane/taskpane.html'), 'utf8');
const script = /<script type="text\/javascript">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';

/** The class the inline script gives <html> for a user agent. */
function classFor(userAgent: string): string {
  const documentElement = { className: '' };
  new Function('navigator', 'document', script)({ userAgent }, { documentElement });
  return documentElement.className.trim();
}

describe('the static fallback', () => {
  it.each([
    [
      'Internet Explorer 11 (Trident)',
      'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko',
    ],
    [
      'legacy Edge (EdgeHTML)',
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19041',
    ],
  ])('shows at once in %s', (_, ua) => {
    expect(classFor(ua)).toBe('old-webview');
    expect(html).toMatch(/\.old-webview \.fallback\s*\{\s*animation: none;\s*opacity: 1;\s*\}/);
  });

  it('waits (the pane normally replaces it) in WebView2, whose agent says "Edg/", and in Safari', () => {
    expect(
      classFor(
        'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36 Edg/120.0',
      ),
    ).toBe('');
    expect(
      classFor('Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko)'),
    ).toBe('');
  });

  it('is written in ES5, which Internet Explorer runs (no arrows, let/const, template strings)', () => {
    expect(script).not.toMatch(/=>|\blet\b|\bconst\b|`/);
  });

  it('says what to use instead, in Vietnamese and English', () => {
    expect(html).toContain('chitieu templates');
    expect(html).toContain('chitieu merge');
    expect(html).toMatch(/Excel 2019 bản cấp phép số lượng lớn/);
    expect(html).toMatch(/Excel 2019 volume licence/);
  });
});

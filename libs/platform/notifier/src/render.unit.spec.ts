import { renderHtml, renderText, smsSegments } from './render';

describe('rendering a bilingual message', () => {
  it('puts Arabic first, right-to-left, and escapes everything', () => {
    const html = renderHtml({ ar: 'إشعار', en: 'Notice' }, { ar: 'طلبك <b>رقم</b> 1', en: 'Your request "1" & more' });
    expect(html.indexOf('dir="rtl"')).toBeLessThan(html.indexOf('dir="ltr"'));
    expect(html).toContain('طلبك &lt;b&gt;رقم&lt;/b&gt; 1');
    expect(html).toContain('Your request &quot;1&quot; &amp; more');
    expect(renderText({ ar: 'أ', en: 'a' })).toBe('أ\n\na\n');
  });

  it.each([
    ['short English', 'a'.repeat(160), 1],
    ['long English', 'a'.repeat(161), 2],
    ['short Arabic', 'ب'.repeat(70), 1],
    ['long Arabic', 'ب'.repeat(71), 2],
    ['Arabic over three segments', 'ب'.repeat(135), 3],
  ])('counts SMS segments for %s', (_name, text, segments) => {
    expect(smsSegments(text)).toBe(segments);
  });
});

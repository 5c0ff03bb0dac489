import { safeFileName, sniffContentType, storedFileName } from './document-content';

const bytes = (...b: number[]) => Uint8Array.from(b);

describe('sniffContentType (documents are checked by content, not by name)', () => {
  it.each([
    ['a PDF', bytes(0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37), 'application/pdf'],
    ['a PNG', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00), 'image/png'],
    ['a JPEG', bytes(0xff, 0xd8, 0xff, 0xe0, 0x00), 'image/jpeg'],
  ])('recognises %s', (_name, head, type) => {
    expect(sniffContentType(head)).toBe(type);
  });

  it.each([
    ['a Windows executable', bytes(0x4d, 0x5a, 0x90, 0x00)],
    ['an ELF binary', bytes(0x7f, 0x45, 0x4c, 0x46)],
    ['a ZIP (docx)', bytes(0x50, 0x4b, 0x03, 0x04)],
    ['HTML', new TextEncoder().encode('<html><script>')],
    ['an empty file', bytes()],
    ['a truncated PDF signature', bytes(0x25, 0x50, 0x44)],
  ])('refuses %s', (_name, head) => {
    expect(sniffContentType(head)).toBeNull();
  });
});

describe('safeFileName', () => {
  it('keeps Arabic names and drops paths, control and bidi characters', () => {
    expect(safeFileName('..\\..\\windows\\السيرة الذاتية.pdf')).toBe('السيرة الذاتية.pdf');
    expect(safeFileName('cv\u202Efdp.exe')).toBe('cvfdp.exe');
    expect(safeFileName('\u0000')).toBe('document');
    expect(safeFileName('a'.repeat(300))).toHaveLength(120);
  });
});

describe('storedFileName (the stored extension is the detected type)', () => {
  it.each([
    ['poly.html', 'application/pdf', 'poly.pdf'],
    ['poly.HTML', 'application/pdf', 'poly.pdf'],
    ['report.pdf.exe', 'application/pdf', 'report.pdf.pdf'],
    ['cv.pdf', 'application/pdf', 'cv.pdf'],
    ['cv.PDF', 'application/pdf', 'cv.PDF'],
    ['السيرة الذاتية', 'application/pdf', 'السيرة الذاتية.pdf'],
    ['photo.jpeg', 'image/png', 'photo.png'],
    ['photo.JPG', 'image/jpeg', 'photo.JPG'],
    ['photo.jpeg', 'image/jpeg', 'photo.jpeg'],
    ['scan.svg', 'image/png', 'scan.png'],
    ['poly.html.', 'application/pdf', 'poly.pdf'],
    ['poly.html . ', 'application/pdf', 'poly.pdf'],
    ['.html', 'application/pdf', '.html.pdf'],
    ['', 'image/jpeg', 'document.jpg'],
    ['a.b c', 'application/pdf', 'a.b c.pdf'],
  ] as const)('%s as %s is stored as %s', (name, type, stored) => {
    expect(storedFileName(name, type)).toBe(stored);
  });

  it('stays within 120 characters and keeps the extension', () => {
    const name = storedFileName(`${'ا'.repeat(200)}.html`, 'application/pdf');
    expect(name).toHaveLength(120);
    expect(name.endsWith('.pdf')).toBe(true);
  });
});

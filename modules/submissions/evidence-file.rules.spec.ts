import { acceptableFileName, attachmentHeader } from './evidence-file.rules.js';

describe('evidence file names', () => {
  it('keeps an ordinary Vietnamese name', () => {
    expect(acceptableFileName('Kế hoạch 45-KH-UBND.pdf')).toBe('Kế hoạch 45-KH-UBND.pdf');
  });
  it.each(['../../etc/passwd', '..\\boot.ini', 'a/b.pdf', 'C:\\x.pdf', '..', '', '   ', 'bad\u0000.pdf', 'x'.repeat(256)])('refuses %j', (name) => {
    expect(acceptableFileName(name)).toBeNull();
  });
  it('offers the name for download intact, with an ASCII fallback', () => {
    expect(attachmentHeader('Báo cáo "Đồng Nai".pdf')).toBe(
      `attachment; filename="Bao cao _Dong Nai_.pdf"; filename*=UTF-8''${encodeURIComponent('Báo cáo "Đồng Nai".pdf')}`,
    );
  });
});

import { acceptableFileName, attachmentHeader, nameFitsContent } from './evidence-file.rules.js';

describe('evidence file names', () => {
  it('keeps an ordinary Vietnamese name', () => {
    expect(acceptableFileName('Kế hoạch 45-KH-UBND.pdf')).toBe('Kế hoạch 45-KH-UBND.pdf');
  });
  it.each(['../../etc/passwd', '..\\boot.ini', 'a/b.pdf', 'C:\\x.pdf', '..', '', '   ', 'bad\u0000.pdf', 'x'.repeat(256)])('refuses %j', (name) => {
    expect(acceptableFileName(name)).toBeNull();
  });
  it.each(['hoso\u202Efdp.exe', 'bao\u200Bcao.pdf', '\u2067cv.pdf', 'x\uFEFF.pdf'])('refuses a name with direction or invisible marks %j', (name) => {
    expect(acceptableFileName(name)).toBeNull();
  });
  it('wants the name to end the way its content is', () => {
    expect(nameFitsContent('Kế hoạch.PDF', 'application/pdf')).toBe(true);
    expect(nameFitsContent('Biên bản.doc', 'application/x-cfb')).toBe(true);
    expect(nameFitsContent('setup.msi', 'application/x-cfb')).toBe(false);
    expect(nameFitsContent('anh.pdf', 'image/png')).toBe(false);
    expect(nameFitsContent('khong-duoi', 'application/pdf')).toBe(false);
  });
  it('offers the name for download intact, with an ASCII fallback', () => {
    expect(attachmentHeader('Báo cáo "Đồng Nai".pdf')).toBe(
      `attachment; filename="Bao cao _Dong Nai_.pdf"; filename*=UTF-8''${encodeURIComponent('Báo cáo "Đồng Nai".pdf')}`,
    );
  });
});

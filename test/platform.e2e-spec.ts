import { createTestApp, expectErrorShape, TestApp, tokenFor } from './support/test-app.js';

describe('platform', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('reports health including the database, without sign-in', async () => {
    const res = await t.http.get('/api/health');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'ok', info: { database: { status: 'up' } } });
  });

  it('serves the OpenAPI documentation at /api/docs', async () => {
    const page = await t.http.get('/api/docs');
    expect(page.status).toBe(200);
    expect(page.text).toContain('swagger');
    const json = await t.http.get('/api/docs-json');
    expect(json.body.paths).toHaveProperty('/api/auth/login');
  });

  it('sets security headers (helmet) that still work over plain http on an intranet', async () => {
    const res = await t.http.get('/api/health');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-powered-by']).toBeUndefined();
    // Without HTTPS configured, asking the browser to upgrade every request left the docs page blank.
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['content-security-policy']).not.toContain('upgrade-insecure-requests');
    expect(res.headers['strict-transport-security']).toBeUndefined();
  });

  it('answers an unknown route with 404 in the error shape', async () => {
    const res = await t.http.get('/api/khong-co');
    expectErrorShape(res.body, 404, 'REQUEST.ROUTE_NOT_FOUND');
  });

  it('serves the web application: hashed assets cached for good, the page itself asked again', async () => {
    const page = await t.http.get('/');
    expect(page.status).toBe(200);
    expect(page.headers['cache-control']).toBe('no-cache');
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(page.text)?.[1];
    expect(script).toBeDefined();
    const asset = await t.http.get(script!);
    expect(asset.status).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const deepLink = await t.http.get('/app/don-vi');
    expect(deepLink.status).toBe(200);
    expect(deepLink.text).toContain('<div id="root">');
  });

  it('keeps a signed-in person\'s answers out of every cache', async () => {
    const token = await tokenFor(t, 'admin');
    const res = await t.http.get('/api/units').set('Authorization', `Bearer ${token}`);
    expect(res.headers['cache-control']).toBe('no-store');
    expect((await t.http.get('/api/public/results')).headers['cache-control']).not.toBe('no-store');
  });
});

describe('platform with the API documentation turned off (the production default)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ API_DOCS: 'off' });
  });
  afterAll(() => t.close());

  it('answers /api/docs with 404 while the API works', async () => {
    expectErrorShape((await t.http.get('/api/docs-json')).body, 404, 'REQUEST.ROUTE_NOT_FOUND');
    expect((await t.http.get('/api/docs')).status).toBe(404);
    expect((await t.http.get('/api/health')).status).toBe(200);
  });
});

describe('platform behind HTTPS', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ APP_BASE_URL: 'https://dti.dongnai.gov.vn' });
  });
  afterAll(() => t.close());

  it('asks browsers to stay on HTTPS once the app is reached through it', async () => {
    const res = await t.http.get('/api/health');
    expect(res.headers['content-security-policy']).toContain('upgrade-insecure-requests');
    expect(res.headers['strict-transport-security']).toMatch(/max-age=\d+/);
  });
});

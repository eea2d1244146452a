import { createTestApp, TestApp } from './support/test-app.js';

/**
 * The OpenAPI document is what an integrator reads: every route says in Vietnamese what it does,
 * belongs to a described group, shows an example of each body field, and lists its error answers
 * with their codes.
 */
type Schema = { $ref?: string; example?: unknown; properties?: Record<string, Schema>; items?: Schema; allOf?: Schema[]; type?: string; enum?: unknown[] };
type Operation = { summary?: string; description?: string; tags?: string[]; requestBody?: { content: Record<string, { schema: Schema }> }; responses: Record<string, { description?: string }> };

const VIETNAMESE = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;

describe('the OpenAPI document', () => {
  let t: TestApp;
  let doc: { paths: Record<string, Record<string, Operation>>; tags: { name: string; description: string }[]; components: { schemas: Record<string, Schema> } };
  const operations = () => Object.entries(doc.paths).flatMap(([path, methods]) => Object.entries(methods).map(([method, op]) => ({ where: `${method.toUpperCase()} ${path}`, op })));

  beforeAll(async () => {
    t = await createTestApp();
    doc = (await t.http.get('/api/docs-json')).body;
  });
  afterAll(() => t.close());

  it('gives every route a Vietnamese summary and description, in a described group', () => {
    const tags = new Map(doc.tags.map((tag) => [tag.name, tag.description]));
    const missing = operations().flatMap(({ where, op }) => [
      ...(!op.summary || !VIETNAMESE.test(op.summary) ? [`${where}: summary`] : []),
      ...(!op.description || op.description.length < 20 ? [`${where}: description`] : []),
      ...(!op.tags?.length || op.tags.some((tag) => !VIETNAMESE.test(tags.get(tag) ?? '')) ? [`${where}: tag`] : []),
    ]);
    expect(missing).toEqual([]);
    expect(operations().length).toBeGreaterThan(80);
  });

  it('lists every route\'s error answers with their codes', () => {
    const undocumented = operations()
      .filter(({ op }) => !Object.entries(op.responses).some(([status, answer]) => Number(status) >= 400 && /`[A-Z_]+\.[A-Z_]+`/.test(answer.description ?? '')))
      .map(({ where }) => where);
    expect(undocumented).toEqual([]);
    // the shared ones are there too: a role-protected route documents 401 and 403
    expect(doc.paths['/api/units/{id}'].patch.responses['403'].description).toContain('`ACCESS.FORBIDDEN_ROLE`');
  });

  it('shows an example of every field of every JSON body', () => {
    const resolve = (s: Schema): Schema => (s.$ref ? resolve(doc.components.schemas[s.$ref.split('/').pop()!]) : s);
    const missing: string[] = [];
    for (const { where, op } of operations()) {
      const schema = op.requestBody?.content['application/json']?.schema;
      if (!schema) continue;
      const body = resolve(schema);
      if (body.example !== undefined) continue;
      for (const [name, field] of Object.entries(body.properties ?? {})) {
        const f = resolve(field);
        if (f.example === undefined && field.example === undefined && !f.enum && !(field as Schema).enum) missing.push(`${where}: ${name}`);
      }
    }
    expect(missing).toEqual([]);
  });
});

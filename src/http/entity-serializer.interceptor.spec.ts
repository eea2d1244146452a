import { Reflector } from '@nestjs/core';
import * as classTransformer from 'class-transformer';
import { User } from '../../modules/users/user.entity.js';
import { EntitySerializerInterceptor, holdsInstances } from './entity-serializer.interceptor.js';

describe('EntitySerializerInterceptor', () => {
  // The package handed in: Nest's lazy require does not reach it under jest's ES modules.
  const interceptor = new EntitySerializerInterceptor(new Reflector(), { transformerPackage: classTransformer });
  const user = Object.assign(new User(), { id: 1, username: 'admin', passwordHash: '$argon2id$secret' });

  it('removes what entities exclude, wherever they sit in the answer', () => {
    for (const answer of [user, [user], { items: [user] }, { page: { rows: [{ who: user }] } }]) {
      expect(JSON.stringify(interceptor.serialize(answer as never, {}))).not.toContain('secret');
    }
  });

  it('hands plain answers back untouched, without copying them', () => {
    const tree = { total: 81.25, at: new Date(0), indicators: [{ code: '1.1', trace: 'Có → 10/10 điểm', children: [{ code: '1.1.1', points: null }] }] };
    expect(holdsInstances(tree, 0)).toBe(false);
    expect(interceptor.serialize(tree, {})).toBe(tree);
    expect(holdsInstances({ list: [1, 'a', null, { deep: new Map() }] }, 0)).toBe(true);
  });
});

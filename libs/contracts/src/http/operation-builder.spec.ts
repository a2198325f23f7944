import { z } from 'zod';
import { access, answers, op } from './operation-builder.js';

describe('operation builder', () => {
  const thing = z.object({ id: z.uuid() });

  it('sets the method and the success status the builder names', () => {
    const statuses = [
      op.get('a', '/a', { summary: 's' }),
      op.post('b', '/b', { summary: 's' }),
      op.create('c', '/c', { summary: 's' }),
      op.put('d', '/d', { summary: 's' }),
      op.patch('e', '/e', { summary: 's' }),
      op.delete('f', '/f', { summary: 's' }),
    ].map(({ method, status }) => `${method} ${status}`);
    expect(statuses).toEqual(['get 200', 'post 200', 'post 201', 'put 200', 'patch 200', 'delete 204']);
  });

  it('keeps every field of the spec, with the access text as description and the answers', () => {
    const operation = op.create('createThing', '/things', {
      summary: 'Create a thing',
      body: thing,
      ...access('Platform admins.').answers(thing, 404, 422),
    });
    expect(operation).toEqual({
      operationId: 'createThing',
      method: 'post',
      path: '/things',
      status: 201,
      summary: 'Create a thing',
      body: thing,
      description: 'Platform admins.',
      response: thing,
      errors: [404, 422],
    });
  });

  it('names no errors when none are given', () => {
    expect(answers(thing)).toEqual({ response: thing });
    expect('errors' in answers(thing)).toBe(false);
  });
});

import { isPublicServicePath } from './public-paths.js';

describe('paths answered without a bearer token', () => {
  it('are the calendar feeds of notifications, and nothing else', () => {
    expect(isPublicServicePath('notifications', '/calendar/feeds/AbC-_09')).toBe(true);
    expect(isPublicServicePath('notifications', '/calendar/feeds/AbC?x=1')).toBe(true);
    expect(isPublicServicePath('notifications', '/calendar/feed')).toBe(false);
    expect(isPublicServicePath('notifications', '/calendar/feeds/a/../../inbox')).toBe(false);
    expect(isPublicServicePath('notifications', '/calendar/feeds/%2e%2e')).toBe(false);
    expect(isPublicServicePath('partners', '/calendar/feeds/AbC')).toBe(false);
    expect(isPublicServicePath('notifications', '/inbox')).toBe(false);
  });

  it('include the signed unsubscribe links of notifications, of that shape only', () => {
    expect(isPublicServicePath('notifications', '/unsubscribe/v1.eyJlIjoi.AbC-_9')).toBe(true);
    expect(isPublicServicePath('notifications', '/unsubscribe/v1.eyJlIjoi')).toBe(false);
    expect(isPublicServicePath('notifications', '/unsubscribe/v1.a.b/../../inbox')).toBe(false);
    expect(isPublicServicePath('notifications', '/unsubscribe/v2.a.b')).toBe(false);
    expect(isPublicServicePath('partners', '/unsubscribe/v1.a.b')).toBe(false);
  });
});

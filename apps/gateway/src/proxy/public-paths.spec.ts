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
});

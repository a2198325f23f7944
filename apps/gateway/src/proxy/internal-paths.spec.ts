import { isServiceInternalPath } from './internal-paths.js';

describe("a service's internal paths", () => {
  it('are recognised however the path is written', () => {
    for (const path of [
      '/metrics',
      '/metrics?x=1',
      '/metrics/',
      '/health/ready',
      '/health/live',
      '/health',
      '/%6detrics',
      '/%2fmetrics',
      '//metrics',
      '///health/ready',
      '/programmes/../metrics',
      '/./health/ready',
      '/a/b/../../metrics',
      '/METRICS',
    ]) {
      expect({ path, internal: isServiceInternalPath(path) }).toEqual({ path, internal: true });
    }
  });

  it('leave API paths alone', () => {
    for (const path of ['/programmes', '/programmes/metrics', '/healthy', '/metrics-of-programme', '/%zz']) {
      expect({ path, internal: isServiceInternalPath(path) }).toEqual({ path, internal: false });
    }
  });
});

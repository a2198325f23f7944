import { documentedHeaders, HTTP_APIS } from '@samvirke/contracts';
import { FORWARDED_REQUEST_HEADERS, RETURNED_RESPONSE_HEADERS } from './forwarded-headers.js';

describe('the headers the proxy passes on', () => {
  it('include every header an API operation documents, Prefer and Preference-Applied among them', () => {
    expect(FORWARDED_REQUEST_HEADERS).toEqual(
      expect.arrayContaining(documentedHeaders(HTTP_APIS, 'request')),
    );
    expect(FORWARDED_REQUEST_HEADERS).toContain('prefer');
    expect(RETURNED_RESPONSE_HEADERS).toEqual(
      expect.arrayContaining(documentedHeaders(HTTP_APIS, 'response')),
    );
    expect(RETURNED_RESPONSE_HEADERS).toContain('preference-applied');
  });

  it('keep the caller’s cookies and forwarding claims at the gateway', () => {
    for (const name of ['cookie', 'x-forwarded-for', 'x-forwarded-host', 'connection', 'host'])
      expect(FORWARDED_REQUEST_HEADERS).not.toContain(name);
    expect(RETURNED_RESPONSE_HEADERS).not.toContain('set-cookie');
  });
});

import { Module } from '@nestjs/common';
import { UpstreamClient } from './upstream.client.js';

/** The upstream client, a provider so that Nest closes its connections at shutdown; proxy.route.ts routes to it. */
@Module({ providers: [UpstreamClient], exports: [UpstreamClient] })
export class ProxyModule {}

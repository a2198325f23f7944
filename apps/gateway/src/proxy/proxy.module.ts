import { Module } from '@nestjs/common';
import { ProxyController } from './proxy.controller.js';
import { UpstreamClient } from './upstream.client.js';

@Module({ controllers: [ProxyController], providers: [UpstreamClient] })
export class ProxyModule {}

/** The MOR dialect's mount: every request under /billing goes to the pipeline with the implemented pages. */
import { morActionPages, morHandlers } from './handlers.ts';
import type { Services } from '../../domain/services.ts';
import { MorPipeline } from './pipeline.ts';
import { morRoute } from './http-route.ts';

export const MOR_PATH = /^\/billing(\/.*)?$/;

export function morPipeline(services: Services): MorPipeline {
  return new MorPipeline(services, morHandlers, morActionPages);
}

export function morMount(services: Services) {
  return morRoute(morPipeline(services), services.config.limits);
}

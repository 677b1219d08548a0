/** The MOR dialect's mount: every request under /billing goes to the pipeline with the implemented pages. */
import { morActionPages, morHandlers } from '../../dialects/mor/handlers.ts';
import type { Services } from '../services.ts';
import { MorPipeline } from './pipeline.ts';
import { morRoute } from './route.ts';

export const MOR_PATH = /^\/billing(\/.*)?$/;

export function morPipeline(services: Services): MorPipeline {
  return new MorPipeline(services, morHandlers, morActionPages);
}

export function morMount(services: Services) {
  return morRoute(morPipeline(services), services.config.limits);
}

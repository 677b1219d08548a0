import { describe, expect, it } from 'vitest';
import { Metrics } from '../../../src/platform/observability/metrics.ts';
import { PACKAGE_VERSION } from '../../../src/platform/version.ts';

describe('Metrics', () => {
  it('exposes prom-client’s process and Node.js metrics under their stock names, and the build info', async () => {
    const text = await new Metrics().text();
    expect(text).toMatch(/^process_cpu_seconds_total \d/m);
    expect(text).toMatch(/^process_resident_memory_bytes \d/m);
    expect(text).toMatch(/^nodejs_heap_size_used_bytes \d/m);
    expect(text).not.toMatch(/^switchboard_(process|nodejs)_/m);
    expect(text).toContain(`switchboard_build_info{version="${PACKAGE_VERSION}",node="${process.versions.node}"} 1\n`);
  });
});

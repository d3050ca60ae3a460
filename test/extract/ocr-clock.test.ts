import { describe, expect, it } from 'vitest';
import { OcrClock, WALL_FACTOR } from '../../extract/ocr/ocr-clock.js';
import { childCpuMs, runTool } from '../../extract/ocr/run-tool.js';

const limits = { maxOutputBytes: 1024 * 1024, memoryMb: 512, path: '/usr/bin:/bin' };

describe('childCpuMs', () => {
  it("reads the children's user and system time from the shell's times", () => {
    expect(childCpuMs('warning\n--mamoru-times--\n0m0.010000s 0m0.000000s\n0m5.120000s 0m0.210000s\n')).toBe(5330);
    expect(childCpuMs('--mamoru-times--\n0m0.00s 0m0.00s\n1m2.50s 0m0.50s')).toBe(63000);
  });

  it('gives nothing when the shell did not get to report', () => {
    expect(childCpuMs('Killed')).toBeUndefined();
  });
});

describe('runTool', () => {
  it("counts a waiting tool's CPU time apart from its wall time, and keeps its stderr its own", async () => {
    const run = await runTool('sh', ['-c', 'sleep 0.4; echo done; echo oops >&2'], new Uint8Array(), {
      ...limits,
      timeoutMs: 5000,
    });
    expect(run.code).toBe(0);
    expect(run.stdout.toString()).toBe('done\n');
    expect(run.stderr.trim()).toBe('oops');
    expect(run.ms).toBeGreaterThanOrEqual(400);
    expect(run.cpuMs).toBeDefined();
    expect(run.cpuMs!).toBeLessThan(300);
  });

  it('ends the tool itself, not only its shell, when the wall time runs out', async () => {
    const started = Date.now();
    const run = await runTool('sleep', ['5'], new Uint8Array(), { ...limits, timeoutMs: 300 });
    expect(run.timedOut).toBe(true);
    expect(run.cpuMs).toBeUndefined();
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('says a tool that is not installed is missing', async () => {
    const run = await runTool('no-such-ocr-tool', [], new Uint8Array(), { ...limits, timeoutMs: 2000 });
    expect(run.missing).toBe(true);
  });
});

describe('OcrClock', () => {
  it('spends the budget by CPU time, and stops a file once the wall time is a multiple of it', () => {
    const clock = new OcrClock(true, 60_000, 20);
    // A run that waited for a core on a loaded machine: 50 s on the wall, 20 s of work.
    clock.charge({ ms: 50_000, cpuMs: 20_000 });
    expect(clock.leftMs()).toBe(40_000);
    expect(clock.toolTime()).toEqual({ timeoutMs: 60_000 * WALL_FACTOR - 50_000, cpuMs: 40_000 });
    // Waiting can stretch it only so far.
    clock.charge({ ms: 60_000 * WALL_FACTOR, cpuMs: 1_000 });
    expect(clock.leftMs()).toBeLessThanOrEqual(0);
  });

  it('counts the wall time of a run that reports no CPU time', () => {
    const clock = new OcrClock(true, 60_000, 20);
    clock.charge({ ms: 61_000 });
    expect(clock.leftMs()).toBeLessThanOrEqual(0);
  });
});

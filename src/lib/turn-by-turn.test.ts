import { describe, expect, it } from 'vitest';
import { turnByTurn } from './turn-by-turn.ts';

describe('turnByTurn', () => {
  it('runs the tasks in order, one at a time, with a turn of the event loop before each', async () => {
    const events: string[] = [];
    let running = 0;
    const done = Promise.withResolvers<void>();
    const enqueue = turnByTurn(async (task: number) => {
      running += 1;
      events.push(`start ${task}${running > 1 ? ' while another runs' : ''}`);
      // A callback for the next turn, as a native object's release is: it must come before the next task.
      setImmediate(() => events.push(`turn after ${task}`));
      await Promise.resolve();
      events.push(`end ${task}`);
      running -= 1;
      if (task === 3) done.resolve();
    });
    for (const task of [1, 2, 3]) enqueue(task);
    await done.promise;
    expect(events).toEqual(['start 1', 'end 1', 'turn after 1', 'start 2', 'end 2', 'turn after 2', 'start 3', 'end 3']);
  });
});
